"""Extraction on a Dask distributed cluster; results come back to this process, the single store writer."""

from __future__ import annotations

from collections.abc import Iterator

from .errors import KGError
from .model import ArticleExtraction, Document

_EXTRACTORS: dict[str | None, object] = {}


def _extract_chunk_on_worker(documents: list[Document], model: str | None) -> list[ArticleExtraction]:
    """Runs on a Dask worker: one pipeline per worker process and model, loaded on first use."""
    from .extract import Extractor

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
