"""Worker processes that run queries, so a query past its time limit can be stopped by ending its process.

Each worker reads from the store's folder (a read-only handle, reopened when a build changes the files) or
forwards the query to the store's SPARQL server. Imports sparql.results and store (remote endpoints).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import threading
from pathlib import Path


class QueryFailed(Exception):
    """A query the client should hear about, with the HTTP status to send."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _store_signature(path: Path) -> tuple:
    """Changes whenever the writer touches the store's files."""
    try:
        return tuple(sorted((e.name, e.stat().st_mtime_ns, e.stat().st_size) for e in os.scandir(path)))
    except OSError:
        return ()


class _EmbeddedBackend:
    """Queries on a read-only handle of the store folder, reopened whenever a writer changed its files."""

    def __init__(self, store_dir: str) -> None:
        self.path = Path(store_dir)
        self.store, self.signature = None, None

    def query(self, request: dict):
        import pyoxigraph as ox

        sig = _store_signature(self.path)
        if self.store is None or sig != self.signature:
            self.store, self.signature = None, None
            self.store = ox.Store.read_only(str(self.path))
            self.signature = sig
        subs = {ox.Variable(k): ox.NamedNode(v) for k, v in request.get("iris", {}).items()}
        subs.update({ox.Variable(k): ox.Literal(v) for k, v in request.get("literals", {}).items()})
        return self.store.query(request["query"], use_default_graph_as_union=True, prefixes=request["prefixes"],
                                substitutions=subs or None)

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
        from rdflib import Literal, URIRef

        from ..sparql.bind import with_values

        values = {k: URIRef(v) for k, v in request.get("iris", {}).items()}
        values.update({k: Literal(v) for k, v in request.get("literals", {}).items()})
        text = with_values(request["query"], values) if values else request["query"]
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

    def reset(self) -> None:
        """Nothing is kept between queries."""


def _worker_main(conn, location: str, timeout: float = 60.0) -> None:
    """Serve queries from the pipe, one at a time, against the store (a folder or a SPARQL server)."""
    import pyoxigraph as ox

    from ..sparql.results import (
        serialize_boolean,
        serialize_solutions,
        serialize_triples,
    )
    from ..store import is_remote

    backend = _RemoteBackend(location, timeout) if is_remote(location) else _EmbeddedBackend(location)
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        try:
            result = backend.query(request)
            limit = request["max_results"]
            if isinstance(result, ox.QueryBoolean):
                body, kind = serialize_boolean(bool(result), request["result_format"]), "boolean"
            elif isinstance(result, ox.QuerySolutions):
                variables = [v.value for v in result.variables]
                rows = []
                for solution in result:
                    if len(rows) >= limit:
                        raise QueryFailed(413, f"the result has more than {limit} rows; add a LIMIT or narrow the query")
                    rows.append([solution[i] for i in range(len(variables))])
                body, kind = serialize_solutions(variables, rows, request["result_format"]), "solutions"
            else:
                triples = []
                for triple in result:
                    if len(triples) >= limit:
                        raise QueryFailed(413, f"the result has more than {limit} triples; add a LIMIT or narrow the query")
                    triples.append(triple)
                body, kind = serialize_triples(triples, request["graph_format"], request["turtle_prefixes"]), "graph"
            conn.send(("ok", kind, body))
        except QueryFailed as exc:
            conn.send(("error", exc.status, exc.message))
        except SyntaxError as exc:
            conn.send(("error", 400, " ".join(str(exc).split())))
        except (OSError, ValueError, RuntimeError) as exc:
            backend.reset()
            conn.send(("error", 500, f"query failed: {' '.join(str(exc).split())}"))


class WorkerPool:
    """Worker processes that run queries; a worker past the time limit is killed and replaced."""

    def __init__(self, store: str, size: int = 2, timeout: float = 60.0) -> None:
        self.store = store
        self.timeout = timeout
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue = queue.Queue()
        self._all: set = set()
        self._lock = threading.Lock()
        for _ in range(max(1, size)):
            self._idle.put(self._spawn())

    def _spawn(self):
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child, str(self.store), self.timeout), daemon=True)
        proc.start()
        child.close()
        with self._lock:
            self._all.add(proc)
        return proc, parent

    def run(self, request: dict, timeout: float):
        """Send a request to an idle worker and wait for its answer, at most *timeout* seconds."""
        try:
            proc, conn = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryFailed(503, "all query workers are busy; try again shortly") from None
        try:
            conn.send(request)
            if not conn.poll(timeout):
                proc.kill()
                proc.join(5)
                with self._lock:
                    self._all.discard(proc)
                proc, conn = self._spawn()
                raise QueryFailed(503, f"query stopped: it ran longer than the {timeout:g} s limit")
            return conn.recv()
        except (EOFError, BrokenPipeError, ConnectionResetError):
            with self._lock:
                self._all.discard(proc)
            proc, conn = self._spawn()
            raise QueryFailed(500, "the query worker stopped unexpectedly; try again") from None
        finally:
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
