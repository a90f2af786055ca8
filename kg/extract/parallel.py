"""Extraction in several processes: a fork pool on this machine, or a Dask distributed cluster (pip install
'policy-kg[dask]'; each worker needs policy-kg and the spaCy pipeline installed). The build
process stays the single writer to the store; workers only read text and return dataclasses.
Imports extract (the Extractor facade) and model.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from ..errors import KGError
from ..model import ArticleExtraction, Document


class _Forked:
    """The extractor a forked worker inherits from its parent (set just before the pool forks)."""

    extractor = None


def _ready(model: str | None):
    from .extractor import Extractor

    if _Forked.extractor is None or _Forked.extractor.model != model:
        _Forked.extractor = Extractor(model)
        _ = _Forked.extractor.nlp
    return _Forked.extractor


def _tie_to_parent(parent: int) -> None:
    """In a worker: die with the build process (even on kill -9), and leave Ctrl-C to the parent."""
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        pass  # not Linux: the pool's own shutdown still ends the workers on a normal exit
    if os.getppid() != parent:
        os._exit(0)  # the parent died before the line above took effect
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_chunk(documents: list[Document]) -> list[ArticleExtraction]:
    return list(_Forked.extractor.extract(documents))


def default_workers() -> int:
    """One extraction process per core."""
    return max(1, os.cpu_count() or 1)


def extract_parallel(documents: list[Document], workers: int, model: str | None = None,
                     chunk: int = 4) -> Iterator[ArticleExtraction]:
    """Extract in *workers* processes, yielding results in input order.

    The pipeline is loaded once here and the workers are forked from this process, so they start at
    once with the model already in memory (shared copy-on-write). The caller stays the only writer to
    the store; workers only read text and return dataclasses.
    """
    import multiprocessing as mp

    _ready(model)
    chunks = [documents[i:i + chunk] for i in range(0, len(documents), chunk)]
    ctx = mp.get_context("fork")
    with ctx.Pool(workers, initializer=_tie_to_parent, initargs=(os.getpid(),)) as pool:
        for results in pool.imap(_extract_chunk, chunks):
            yield from results


# ---------------------------------------------------------------------- a Dask cluster

_EXTRACTORS: dict[str | None, object] = {}


def _extract_chunk_on_worker(documents: list[Document], model: str | None) -> list[ArticleExtraction]:
    """Runs on a Dask worker: one pipeline per worker process and model, loaded on first use."""
    from .extractor import Extractor

    extractor = _EXTRACTORS.get(model)
    if extractor is None:
        extractor = _EXTRACTORS[model] = Extractor(model)
    return list(extractor.extract(documents))


def extract_on_dask(documents: list[Document], address: str, model: str | None = None,
                    chunk: int = 8) -> Iterator[ArticleExtraction]:
    """Send chunks of documents to the cluster at *address*; yield results in input order."""
    try:
        from distributed import Client
    except ImportError:
        raise KGError("Dask is not installed; pip install 'policy-kg[dask]' to use --dask-scheduler") from None
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise KGError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
    try:
        chunks = [documents[i:i + chunk] for i in range(0, len(documents), chunk)]
        futures = client.map(_extract_chunk_on_worker, chunks, model=model, pure=False)
        for future in futures:
            yield from future.result()
    finally:
        client.close()
