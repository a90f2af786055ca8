"""`kg serve`: a SPARQL 1.1 Protocol endpoint at /sparql and a small web app at / (no CDN).

Queries run in worker processes that each hold a read-only handle on the store and reopen it when
the store's files change, so a `kg build` in another process can keep writing and the server sees
its data without a restart. A query past its time limit is stopped by ending its worker process;
the pool starts a fresh one. Updates are refused unless the server was started with updates
enabled and a token, and then run through a short-lived writer that needs the store to be free.
"""

from __future__ import annotations

import hmac
import json
import multiprocessing as mp
import os
import queue
import threading
from dataclasses import dataclass
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

from .errors import KGError, StoreError
from .namespace import PREFIXES, SERIALIZATION_PREFIXES
from .sparql_results import GRAPH_TYPES, RESULT_TYPES

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RESULTS = 10_000


@dataclass
class ServerConfig:
    """How the server runs."""

    store: Path
    host: str = "127.0.0.1"
    port: int = 8000
    timeout: float = DEFAULT_TIMEOUT
    max_results: int = DEFAULT_MAX_RESULTS
    allow_updates: bool = False
    token: str | None = None
    workers: int = 2
    quiet: bool = False


class QueryFailed(Exception):
    """A query the client should hear about, with the HTTP status to send."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# ---------------------------------------------------------------------- worker processes

def _store_signature(path: Path) -> tuple:
    """Changes whenever the writer touches the store's files."""
    try:
        return tuple(sorted((e.name, e.stat().st_mtime_ns, e.stat().st_size) for e in os.scandir(path)))
    except OSError:
        return ()


def _worker_main(conn, store_dir: str) -> None:
    """Serve queries from the pipe, one at a time, against a read-only store handle."""
    import pyoxigraph as ox

    from .sparql_results import serialize_boolean, serialize_solutions, serialize_triples

    path = Path(store_dir)
    store, signature = None, None
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        try:
            sig = _store_signature(path)
            if store is None or sig != signature:
                store, signature = None, None
                store = ox.Store.read_only(str(path))
                signature = sig
            subs = {ox.Variable(k): ox.NamedNode(v) for k, v in request.get("iris", {}).items()}
            subs.update({ox.Variable(k): ox.Literal(v) for k, v in request.get("literals", {}).items()})
            result = store.query(request["query"], use_default_graph_as_union=True, prefixes=request["prefixes"],
                                 substitutions=subs or None)
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
            store = None  # reopen next time: the files may have moved under us
            conn.send(("error", 500, f"query failed: {' '.join(str(exc).split())}"))


class WorkerPool:
    """Worker processes that run queries; a worker past the time limit is killed and replaced."""

    def __init__(self, store: Path, size: int = 2) -> None:
        self.store = store
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue = queue.Queue()
        self._all: set = set()
        self._lock = threading.Lock()
        for _ in range(max(1, size)):
            self._idle.put(self._spawn())

    def _spawn(self):
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child, str(self.store)), daemon=True)
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


# ---------------------------------------------------------------------- the application

def _accept_format(accept: str, kinds: dict[str, str], default: str) -> str:
    """The first of the client's Accept types that we can produce."""
    by_type = {v: k for k, v in kinds.items()}
    by_type.update({"application/json": "json", "application/xml": "xml", "text/xml": "xml"} if "json" in kinds else
                   {"application/x-turtle": "ttl", "application/json": "jsonld"})
    for part in accept.split(","):
        mime = part.split(";")[0].strip().lower()
        if mime in by_type and by_type[mime] in kinds:
            return by_type[mime]
    return default


class App:
    """What the HTTP handler calls: queries, updates and pages, independent of the HTTP plumbing."""

    def __init__(self, config: ServerConfig) -> None:
        from .store import KGStore

        self.config = config
        # make sure the folder is a store before serving it; do not keep the write lock
        with KGStore(config.store, create=False, read_only=True):
            pass
        self.pool = WorkerPool(Path(config.store) / "oxigraph", config.workers)

    def close(self) -> None:
        self.pool.close()

    def query(self, text: str, accept: str = "", *, iris: dict[str, str] | None = None,
              literals: dict[str, str] | None = None) -> tuple[int, str, bytes]:
        """Run a query; returns (status, content type, body)."""
        result_format = _accept_format(accept, RESULT_TYPES, "json")
        graph_format = _accept_format(accept, GRAPH_TYPES, "ttl")
        request = {"query": text, "prefixes": PREFIXES, "turtle_prefixes": SERIALIZATION_PREFIXES, "max_results": self.config.max_results,
                   "result_format": result_format, "graph_format": graph_format,
                   "iris": iris or {}, "literals": literals or {}}
        try:
            answer = self.pool.run(request, self.config.timeout)
        except QueryFailed as exc:
            return exc.status, "text/plain; charset=utf-8", exc.message.encode()
        if answer[0] == "error":
            return answer[1], "text/plain; charset=utf-8", answer[2].encode()
        _, kind, body = answer
        ctype = GRAPH_TYPES[graph_format] if kind == "graph" else RESULT_TYPES[result_format]
        return 200, f"{ctype}; charset=utf-8", body

    def rows(self, text: str, **bindings) -> list[dict]:
        """A SELECT's rows as dicts of plain values, for the pages."""
        status, _, body = self.query(text, "application/sparql-results+json", **bindings)
        if status != 200:
            raise KGError(body.decode())
        data = json.loads(body)
        return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]

    def update(self, text: str, auth: str) -> tuple[int, str, bytes]:
        """Updates: refused (403) unless enabled with a token that the client sends as a Bearer token."""
        if not self.config.allow_updates or not self.config.token:
            return 403, "text/plain; charset=utf-8", b"updates are disabled on this endpoint (read-only)"
        given = auth[7:] if auth.lower().startswith("bearer ") else ""
        if not hmac.compare_digest(given.encode(), self.config.token.encode()):
            return 403, "text/plain; charset=utf-8", b"updates need the server's token (Authorization: Bearer TOKEN)"
        from .store import KGStore

        try:
            with KGStore(self.config.store, create=False) as store:
                store.oxigraph.update(text, prefixes=PREFIXES)
        except SyntaxError as exc:
            return 400, "text/plain; charset=utf-8", " ".join(str(exc).split()).encode()
        except StoreError as exc:
            return 503, "text/plain; charset=utf-8", str(exc).encode()
        return 204, "text/plain; charset=utf-8", b""

    def service_description(self, base: str, accept: str) -> tuple[int, str, bytes]:
        fmt = _accept_format(accept, GRAPH_TYPES, "ttl")
        from .sparql_results import serialize_triples
        import pyoxigraph as ox

        sd = "http://www.w3.org/ns/sparql-service-description#"
        svc = ox.NamedNode(base + "/sparql")
        t = [ox.Triple(svc, ox.NamedNode(PREFIXES["rdf"] + "type"), ox.NamedNode(sd + "Service")),
             ox.Triple(svc, ox.NamedNode(sd + "endpoint"), svc),
             ox.Triple(svc, ox.NamedNode(sd + "supportedLanguage"), ox.NamedNode(sd + "SPARQL11Query")),
             ox.Triple(svc, ox.NamedNode(sd + "feature"), ox.NamedNode(sd + "UnionDefaultGraph"))]
        if self.config.allow_updates:
            t.append(ox.Triple(svc, ox.NamedNode(sd + "supportedLanguage"), ox.NamedNode(sd + "SPARQL11Update")))
        for mime in [*RESULT_TYPES.values(), *GRAPH_TYPES.values()]:
            t.append(ox.Triple(svc, ox.NamedNode(sd + "resultFormat"), ox.Literal(mime)))
        return 200, GRAPH_TYPES[fmt] + "; charset=utf-8", serialize_triples(t, fmt, {"sd": sd})

    # -------------------------------------------------------------- pages

    def home_page(self) -> bytes:
        from .query import canned_queries

        examples = [{"name": q.name, "description": q.description, "text": q.text,
                     "params": [p for p, _ in q.params]} for q in canned_queries().values()
                    if not q.name.startswith(("graph-", "eval-", "stats-", "aliases"))]
        template = resources.files("kg").joinpath("templates/app.html").read_text(encoding="utf-8")
        from .viz import safe_json

        return template.replace("__EXAMPLES__", safe_json(examples)).replace("__PREFIXES__", safe_json(PREFIXES)).encode()

    def entity_page(self, iri: str) -> bytes:
        from .query import get_canned

        info = self.rows(get_canned("entity-info").text, iris={"entity": iri})
        rels = self.rows(get_canned("entity").text, iris={"entity": iri})
        arts = self.rows(get_canned("entity-articles").text, iris={"entity": iri})
        if not info:
            raise QueryFailed(404, f"no entity {iri}")
        head = info[0]
        label = head.get("label", iri)
        kind = head.get("type", "").rsplit("#", 1)[-1]
        out = [_page_start(label),
               f"<p class='muted'>{escape(kind)} · <code>{escape(iri)}</code></p>"]
        if head.get("aliases"):
            out.append(f"<p>Also known as: {escape(head['aliases'])}</p>")
        out.append(f"<p><a href='/graph?focus={quote(iri, safe='')}'>Graph around {escape(label)}</a></p>")
        out.append("<h2>Relations</h2>")
        if not rels:
            out.append("<p class='muted'>No relations extracted.</p>")
        out.append("<ul class='rels'>")
        for r in rels:
            pred = r["predicate"].rsplit("#", 1)[-1]
            other = f"<a href='/entity?iri={quote(r['other'], safe='')}'>{escape(r['otherLabel'])}</a>"
            line = f"{escape(label)} <b>{escape(pred)}</b> {other}" if r["direction"] == "out" else \
                f"{other} <b>{escape(pred)}</b> {escape(label)}"
            out.append(f"<li>{line}<blockquote>{escape(r['evidence'])}</blockquote>"
                       f"<span class='muted'>from “{escape(r['title'])}”</span></li>")
        out.append("</ul><h2>Articles</h2><ul>")
        out += [f"<li>{escape(a['title'])} <span class='muted'>{escape(a['source'])}</span></li>" for a in arts]
        out.append("</ul>" + _PAGE_END)
        return "".join(out).encode()

    def graph_page(self, focus: str, depth: int = 1) -> bytes:
        from .store import KGStore
        from .viz import VizOptions, page_data, render_html, select
        from .network import project

        # a read-only view for the projection; retry briefly if a writer is flushing
        with KGStore(self.config.store, create=False, read_only=True) as store:
            graph = project(store)
        g, note = select(graph, VizOptions(focus=focus, depth=depth))
        return render_html(page_data(g, note), title=f"Graph around {graph.nodes[focus]['label'] if focus in graph else focus}").encode()


_PAGE_STYLE = """body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2433}header{background:#1d2433;color:#fff;padding:10px 20px}
header a{color:#fff;text-decoration:none;font-weight:600}main{padding:16px 20px;max-width:1100px}.muted{color:#5a6478;font-size:13px}
blockquote{margin:4px 0 4px 12px;padding-left:8px;border-left:3px solid #b9c1cf;color:#333}ul.rels li{margin-bottom:10px}code{font-size:12px}"""
_PAGE_END = "</main></body></html>"


def _page_start(title: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)} · policy-kg</title>"
            f"<style>{_PAGE_STYLE}</style></head><body><header><a href='/'>policy-kg</a></header><main>"
            f"<h1>{escape(title)}</h1>")


CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'"


class Handler(BaseHTTPRequestHandler):
    """HTTP plumbing around App."""

    app: App
    server_version = "policy-kg"

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        if not self.app.config.quiet:
            super().log_message(format, *args)

    def _send(self, status: int, ctype: str, body: bytes, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _base(self) -> str:
        return f"http://{self.headers.get('Host') or f'{self.app.config.host}:{self.app.config.port}'}"

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        params = parse_qs(url.query)
        try:
            if url.path == "/sparql":
                if "query" in params:
                    return self._send(*self.app.query(params["query"][0], self.headers.get("Accept", "")))
                if "update" in params:
                    return self._send(400, "text/plain; charset=utf-8", b"updates must be sent with POST")
                return self._send(*self.app.service_description(self._base(), self.headers.get("Accept", "")))
            if url.path == "/":
                return self._send(200, "text/html; charset=utf-8", self.app.home_page())
            if url.path == "/entity" and params.get("iri"):
                return self._send(200, "text/html; charset=utf-8", self.app.entity_page(params["iri"][0]))
            if url.path == "/graph" and params.get("focus"):
                depth = int(params.get("depth", ["1"])[0])
                return self._send(200, "text/html; charset=utf-8", self.app.graph_page(params["focus"][0], depth))
            if url.path == "/favicon.ico":
                return self._send(204, "image/x-icon", b"")
            return self._send(404, "text/plain; charset=utf-8", b"not found")
        except QueryFailed as exc:
            return self._send(exc.status, "text/plain; charset=utf-8", exc.message.encode())
        except KGError as exc:
            return self._send(500, "text/plain; charset=utf-8", str(exc).encode())

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            return self._send(404, "text/plain; charset=utf-8", b"not found")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        accept, auth = self.headers.get("Accept", ""), self.headers.get("Authorization", "")
        if ctype == "application/sparql-query":
            return self._send(*self.app.query(body, accept))
        if ctype == "application/sparql-update":
            return self._send(*self.app.update(body, auth))
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body)
            if "query" in form:
                return self._send(*self.app.query(form["query"][0], accept))
            if "update" in form:
                return self._send(*self.app.update(form["update"][0], auth))
        return self._send(400, "text/plain; charset=utf-8",
                          b"send a query or update as a form field or as application/sparql-query / sparql-update")


def make_server(config: ServerConfig) -> tuple[ThreadingHTTPServer, App]:
    """Build the HTTP server (not yet serving). The caller runs serve_forever() and closes the app."""
    if config.allow_updates and not config.token:
        raise KGError("--allow-updates needs --token (or KG_TOKEN): clients must send it to change the store")
    app = App(config)
    handler = type("BoundHandler", (Handler,), {"app": app})
    try:
        httpd = ThreadingHTTPServer((config.host, config.port), handler)
    except OSError as exc:
        app.close()
        raise KGError(f"cannot listen on {config.host}:{config.port} ({exc.strerror or exc})") from None
    httpd.daemon_threads = True
    return httpd, app


def serve(config: ServerConfig) -> None:
    """Run until interrupted."""
    httpd, app = make_server(config)
    try:
        httpd.serve_forever()
    finally:
        httpd.server_close()
        app.close()
