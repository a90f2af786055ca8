"""Worker processes that run queries, so a query past its time limit can be stopped by ending its process.

Each worker reads from the store's folder (a read-only handle, reopened when a build changes the files) or
forwards the query to the store's SPARQL server. Imports sparql.results and store (remote endpoints).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import threading
from contextlib import contextmanager
from pathlib import Path


class QueryFailed(Exception):
    """A query the client should hear about, with the HTTP status to send (and when to retry, for 503)."""

    def __init__(self, status: int, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


_APPENDED: dict[str, tuple[int, tuple[str, ...]]] = {}  # folder -> (its mtime, the files a writer appends to)


def store_signature(path: Path) -> tuple:
    """Changes whenever a writer touches the store's files. RocksDB writes new files (which changes the
    folder's mtime) and appends only to its write-ahead logs and manifest; so the folder and those files
    are enough to look at, and the list of those files is read again only when the folder changed."""
    try:
        folder = os.stat(path).st_mtime_ns
        known = _APPENDED.get(str(path))
        if known is None or known[0] != folder:
            names = tuple(sorted(e.name for e in os.scandir(path) if e.name.endswith(".log") or e.name.startswith("MANIFEST")))
            _APPENDED[str(path)] = known = (folder, names)
        return (folder,) + tuple((name, (st := os.stat(os.path.join(path, name))).st_mtime_ns, st.st_size)
                                 for name in known[1])
    except OSError:
        _APPENDED.pop(str(path), None)
        return ()


class _EmbeddedBackend:
    """Queries on a read-only handle of the store folder, reopened whenever a writer changed its files."""

    def __init__(self, store_dir: str, cap: MemoryCap | None = None) -> None:
        self.path = Path(store_dir)
        self.cap = cap or MemoryCap(0)
        self.store, self.signature = None, None

    def _open(self):
        import pyoxigraph as ox

        sig = store_signature(self.path)
        if self.store is None or sig != self.signature:
            self.store, self.signature = None, None
            with self.cap.lifted():
                self.store = ox.Store.read_only(str(self.path))
            self.signature = sig
        return self.store

    def query(self, request: dict):
        import pyoxigraph as ox

        dataset: dict = {}
        if request.get("default_graphs") or request.get("named_graphs"):
            dataset = {"default_graph": [ox.NamedNode(g) for g in request.get("default_graphs", [])] or None,
                       "named_graphs": [ox.NamedNode(g) for g in request.get("named_graphs", [])] or None}
        union = not (dataset or request.get("dataset_in_query"))
        return self._open().query(request["query"], use_default_graph_as_union=union, prefixes=request["prefixes"],
                                  **{k: v for k, v in dataset.items() if v})

    reopens = True  # a failed read is tried again on a fresh handle (see _answer_reopening)

    def moved(self) -> bool:
        """Whether the handle failed to open or a writer changed the files since it was opened (a build
        compacting them can pull a file out from under a read, which fails while the answer is being read,
        not when the query starts)."""
        return self.store is None or store_signature(self.path) != self.signature

    def update(self, request: dict) -> None:
        """An update opens the store for writing just for itself (a running build holds the lock: 503)."""
        import pyoxigraph as ox

        try:
            with self.cap.lifted():
                store = ox.Store(str(self.path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise QueryFailed(503, "the store is being written by a build; try the update again when it finishes") from None
            raise QueryFailed(503, "the store cannot be opened for writing") from None
        try:
            store.update(request["update"], prefixes=request["prefixes"])
            store.flush()
        finally:
            del store
        self.reset()

    def reset(self) -> None:
        self.store = None  # reopen next time: the files may have moved under us


class _RemoteBackend:
    """Queries forwarded to a SPARQL 1.1 server; its answers parsed back into pyoxigraph terms, so limits and
    formats are those of the embedded store."""

    def __init__(self, url: str, timeout: float) -> None:
        from ..store.remote import endpoints

        self.url, _ = endpoints(url)
        self.timeout = timeout

    def query(self, request: dict):
        import urllib.error
        import urllib.parse
        import urllib.request

        import pyoxigraph as ox
        text = request["query"]  # values are bound into the text (VALUES) before it reaches a worker
        prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in request["prefixes"].items())
        data = urllib.parse.urlencode({"query": prologue + text}).encode()
        req = urllib.request.Request(self.url, data=data, headers={
            "Accept": "application/sparql-results+json, application/n-triples;q=0.9",
            "Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                body, ctype = resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            status = 400 if exc.code == 400 else 502
            raise QueryFailed(status, f"the store's SPARQL server answered {exc.code} ({exc.reason})") from None
        except (urllib.error.URLError, OSError) as exc:
            raise QueryFailed(502, f"the store's SPARQL server cannot be reached ({getattr(exc, 'reason', exc)})") from None
        if "n-triples" in ctype or "turtle" in ctype:
            return list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES if "n-triples" in ctype else ox.RdfFormat.TURTLE))
        return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)

    def update(self, request: dict) -> None:
        from ..errors import QueryError, StoreError
        from ..store.remote import RemoteStore

        try:
            RemoteStore(self.url).run_update(request["update"])
        except QueryError as exc:
            raise QueryFailed(400, str(exc)) from None
        except StoreError:
            raise QueryFailed(502, "the store's SPARQL server refused or failed the update") from None

    reopens = False  # a failure is the remote server's answer: never sent twice

    def reset(self) -> None:
        """Nothing is kept between queries."""

    def moved(self) -> bool:
        return False


class MemoryCap:
    """A cap on what one query may add to the worker's data memory, so one query cannot take the machine's:
    past the cap the worker dies, and the pool answers 503 and starts another.

    Only the soft limit is set, at the memory in use plus *mib*; opening the store (its caches, its threads)
    happens with the cap lifted and the cap is measured again afterwards, so a worker that reopens the store
    after a write never fails for the store's own memory. The cap is on writable data (RLIMIT_DATA), not on
    address space, which threads reserve without using. Without /proc (not Linux) there is no cap.
    """

    def __init__(self, mib: int) -> None:
        self.mib = mib

    def _in_use(self) -> int | None:
        import re

        try:
            status = Path(f"/proc/{os.getpid()}/status").read_text()
            return int(re.search(r"VmData:\s+(\d+)", status).group(1)) * 1024
        except (OSError, AttributeError):
            return None

    def apply(self) -> None:
        import resource

        now = self._in_use() if self.mib > 0 else None
        if now is not None:
            hard = resource.getrlimit(resource.RLIMIT_DATA)[1]
            soft = now + self.mib * 2**20
            resource.setrlimit(resource.RLIMIT_DATA, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))

    @contextmanager
    def lifted(self):
        """Run the body (opening the store) without the cap, then cap again from what is in use after it."""
        import resource

        if self.mib > 0:
            hard = resource.getrlimit(resource.RLIMIT_DATA)[1]
            resource.setrlimit(resource.RLIMIT_DATA, (hard, hard))
        try:
            yield
        finally:
            self.apply()


def _worker_main(conn, location: str, timeout: float = 60.0, memory_mib: int = 0) -> None:
    """Serve queries from the pipe, one at a time, against the store (a folder or a SPARQL server)."""
    from ..store import is_remote

    cap = MemoryCap(memory_mib)
    backend = _RemoteBackend(location, timeout) if is_remote(location) else _EmbeddedBackend(location, cap)
    cap.apply()
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        try:
            if "update" in request:
                backend.update(request)
                conn.send(("ok", "update", b""))
                continue
            kind, body = _answer_reopening(backend, request)
            conn.send(("ok", kind, body))
        except QueryFailed as exc:
            conn.send(("error", exc.status, exc.message))
        except SyntaxError as exc:
            conn.send(("error", 400, " ".join(str(exc).split())))
        except MemoryError:
            backend.reset()
            conn.send(("error", 503, f"the query needed more than the {memory_mib} MiB of memory a query may use; "
                                     "narrow it (fewer joins, a LIMIT)"))
        except (OSError, ValueError, RuntimeError) as exc:
            backend.reset()
            if request.get("service"):  # never reflect what a remote service answered
                conn.send(("error", 502, "the federated SERVICE call failed"))
            else:
                conn.send(("error", 500, f"query failed: {' '.join(str(exc).split())}"))


def _answer_reopening(backend, request: dict, attempts: int = 3) -> tuple[str, bytes]:
    """The answer, read again on a fresh handle when reading failed for the store's files: a build compacting
    them can pull a file out from under a read (RocksDB reports it as corruption). The first failure is always
    tried again (the folder's time may not have ticked yet); later ones only while the files keep changing."""
    for attempt in range(1, attempts + 1):
        try:
            return _answer(backend, request)
        except (OSError, RuntimeError):
            if not backend.reopens or request.get("service") or attempt == attempts or (attempt > 1 and not backend.moved()):
                raise
            backend.reset()
    raise AssertionError("unreachable")


def _answer(backend, request: dict) -> tuple[str, bytes]:
    """Run the query and write its answer: (kind, body)."""
    import pyoxigraph as ox

    from ..sparql.results import serialize_boolean, serialize_triples

    result = backend.query(request)
    limit = request["max_results"]
    if isinstance(result, ox.QueryBoolean):
        return "boolean", serialize_boolean(bool(result), request["result_format"])
    if isinstance(result, ox.QuerySolutions):
        return "solutions", _solutions(result, request["result_format"], limit)
    triples = []
    for triple in result:
        if len(triples) >= limit:
            raise QueryFailed(413, f"the result has more than {limit} triples; add a LIMIT or narrow the query")
        triples.append(triple)
    return "graph", serialize_triples(triples, request["graph_format"], request["turtle_prefixes"])


def _solutions(result, fmt: str, limit: int) -> bytes:
    """SELECT results written by Oxigraph itself (a Python writer cost more CPU than many queries), then
    counted: more than *limit* rows is refused (413). The worker's memory cap bounds what is written first."""
    import json

    import pyoxigraph as ox

    native = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
              "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}[fmt]
    body = result.serialize(format=native)
    if fmt == "json":
        # rows are separated by "},{" (values and bindings by ':{' and '},"'), so this over-counts only when
        # a value contains the sequence: an upper bound, checked exactly only when it is over the limit
        rows = body.count(b"},{") + 1
        if rows > limit:
            rows = len(json.loads(body)["results"]["bindings"])
    elif fmt == "xml":
        rows = body.count(b"<result>")  # text in values is escaped, so the tag is never data
    else:  # one header line, then one line per row (TSV escapes line breaks; CSV quotes them, counted high)
        rows = body.count(b"\n") - 1
    if rows > limit:
        raise QueryFailed(413, f"the result has more than {limit} rows; add a LIMIT or narrow the query")
    return body


class WorkerPool:
    """Worker processes that run queries and updates; a worker past the time limit is killed and replaced.

    One worker is always kept for short queries: a query still running after *slow_after* seconds needs a
    slow-lane slot (there are size - 1); when none is free it is stopped with 503 and Retry-After, so a few
    runaway queries cannot starve every other client.
    """

    def __init__(self, store: str, size: int = 3, timeout: float = 60.0, memory_mib: int = 0,
                 slow_after: float = 2.0, queue_wait: float = 10.0) -> None:
        self.store, self.timeout, self.memory_mib = store, timeout, memory_mib
        self.slow_after, self.queue_wait = slow_after, queue_wait
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue = queue.Queue()
        self._all: set = set()
        self._lock = threading.Lock()
        self._slow = threading.BoundedSemaphore(max(1, size - 1))
        for _ in range(max(1, size)):
            self._idle.put(self._spawn())

    def _spawn(self):
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child, str(self.store), self.timeout, self.memory_mib),
                                 daemon=True)
        proc.start()
        child.close()
        with self._lock:
            self._all.add(proc)
        return proc, parent

    def _replace(self, proc):
        proc.kill()
        proc.join(5)
        with self._lock:
            self._all.discard(proc)
        return self._spawn()

    def run(self, request: dict, timeout: float):
        """Send a request to an idle worker and wait for its answer, at most *timeout* seconds."""
        try:
            proc, conn = self._idle.get(timeout=min(timeout, self.queue_wait))
        except queue.Empty:
            raise QueryFailed(503, "all query workers are busy; try again shortly", retry_after=5) from None
        slow = False
        try:
            conn.send(request)
            if not conn.poll(min(self.slow_after, timeout)):
                slow = self._slow.acquire(blocking=False)
                if not slow:
                    proc, conn = self._replace(proc)
                    raise QueryFailed(503, "the server is busy with other long-running queries; try again later",
                                      retry_after=10)
                if not conn.poll(max(0.0, timeout - self.slow_after)):
                    proc, conn = self._replace(proc)
                    raise QueryFailed(503, f"query stopped: it ran longer than the {timeout:g} s limit")
            return conn.recv()
        except (EOFError, BrokenPipeError, ConnectionResetError):
            proc, conn = self._replace(proc)
            if self.memory_mib:
                raise QueryFailed(503, f"the query stopped its worker, most likely by needing more than the "
                                       f"{self.memory_mib} MiB a query may use; narrow it (fewer joins, a LIMIT)") from None
            raise QueryFailed(500, "the query worker stopped unexpectedly; try again") from None
        finally:
            if slow:
                self._slow.release()
            self._idle.put((proc, conn))

    @property
    def pids(self) -> list[int]:
        with self._lock:
            return sorted(p.pid for p in self._all if p.is_alive())

    def close(self) -> None:
        with self._lock:
            procs = list(self._all)
        for proc in procs:
            proc.kill()
            proc.join(5)
