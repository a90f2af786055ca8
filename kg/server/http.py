"""HTTP plumbing around App: routes, headers, and one table from errors to statuses.

Imports server.app, server.pages, server.negotiate and sparql.results (format names); the standard library's
http.server does the rest.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

from ..errors import (
    InputError,
    KGError,
    ModelError,
    OntologyError,
    QueryError,
    StoreError,
)
from ..sparql.results import GRAPH_TYPES, RESULT_TYPES
from . import pages
from .app import App, ServerConfig
from .negotiate import format_as_accept
from .workers import QueryFailed

# the one place where library errors become HTTP statuses
STATUS_FOR_ERROR: tuple[tuple[type[Exception], int], ...] = (
    (QueryError, 400), (InputError, 400), (StoreError, 503), (OntologyError, 500), (ModelError, 500), (KGError, 500))


def error_response(exc: Exception) -> tuple[int, str, bytes]:
    """(status, content type, body) for an error raised while answering a request."""
    if isinstance(exc, QueryFailed):
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else {}
        return exc.status, "text/plain; charset=utf-8", exc.message.encode(), headers
    status = next((code for cls, code in STATUS_FOR_ERROR if isinstance(exc, cls)), 500)
    return status, "text/plain; charset=utf-8", str(exc).encode()


CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
TEXT = "text/plain; charset=utf-8"
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Accept, Content-Type, Authorization", "Access-Control-Max-Age": "600"}


REVIEW_POSTS = ("/review/login", "/review/logout", "/review/decide")
NO_STORE = {"Cache-Control": "no-store"}


@lru_cache(maxsize=4)
def _http_date(second: int) -> str:
    """The Date header's text, made once a second rather than at every answer."""
    from email.utils import formatdate

    return formatdate(second, usegmt=True)


class BadRequest(Exception):
    """A malformed request: 400 (or the status given) with a message for the client."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def _one(params: dict[str, list[str]], name: str) -> str | None:
    """A parameter that may appear at most once."""
    values = params.get(name, [])
    if len(values) > 1:
        raise BadRequest(f"the parameter '{name}' was given {len(values)} times; give it once")
    return values[0] if values else None


def _int_param(params: dict[str, list[str]], name: str, default: int, low: int, high: int) -> int:
    raw = _one(params, name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"the parameter '{name}' must be a whole number, not {raw[:40]!r}") from None
    if not low <= value <= high:
        raise BadRequest(f"the parameter '{name}' must be between {low} and {high}")
    return value


def _iri_param(params: dict[str, list[str]], name: str) -> str:
    raw = _one(params, name)
    if not raw:
        raise BadRequest(f"the parameter '{name}' is required")
    if not raw.startswith(("http://", "https://")) or any(c in raw for c in ' <>"{}|\\^`'):
        raise BadRequest(f"'{raw[:80]}' is not an http(s) IRI", status=404 if name == "iri" else 400)
    return raw


class PooledHTTPServer(HTTPServer):
    """Connections answered by a fixed set of threads, each taking the next connection from the listening
    socket itself (a thread per connection, or one thread handing connections to the others, cost more than
    many answers). Connections beyond what the threads are answering wait in the kernel's bounded backlog, and
    a client that stops sending is dropped after the handler's timeout, so slow or many clients cannot pile
    up threads."""

    request_queue_size = 512  # connections the kernel holds while every thread is busy

    def __init__(self, address: tuple[str, int], handler: type, threads: int = 32) -> None:
        super().__init__(address, handler)
        self._count = threads
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._stopped = threading.Event()

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """Answer connections until shutdown() (or an interrupt in the calling thread)."""
        self._stopped.clear()
        self._threads = [threading.Thread(target=self._answer_connections, daemon=True) for _ in range(self._count)]
        for thread in self._threads:
            thread.start()
        try:
            while not self._stopping.wait(poll_interval):
                pass
        finally:
            self._stop_accepting()
            self._stopped.set()

    def _answer_connections(self) -> None:
        while not self._stopping.is_set():
            try:
                request, client_address = self.socket.accept()
            except OSError:  # the socket was shut down (stopping), or one accept failed (no file handles left)
                self._stopping.wait(0.05)
                continue
            try:
                self.finish_request(request, client_address)
            except Exception:  # noqa: BLE001 - one broken connection must not stop the thread
                self.handle_error(request, client_address)
            finally:
                self.shutdown_request(request)

    def _stop_accepting(self) -> None:
        self._stopping.set()
        try:  # wakes every thread waiting in accept() (Linux); closing the socket does not
            self.socket.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        for thread in self._threads:
            thread.join(1.0)

    def shutdown(self) -> None:
        self._stopping.set()
        if self._threads:
            self._stopped.wait()

    def server_close(self) -> None:
        self._stop_accepting()
        super().server_close()


class Handler(BaseHTTPRequestHandler):
    """HTTP plumbing around App."""

    app: App
    server_version = "policy-kg"
    timeout = 60.0  # seconds a client may leave the connection silent before it is dropped (config.idle_timeout)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        if not self.app.config.quiet:
            super().log_message(format, *args)

    def date_time_string(self, timestamp: float | None = None) -> str:
        return _http_date(int(time.time() if timestamp is None else timestamp))

    def _send(self, status: int, ctype: str, body: bytes, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Referrer-Policy", "no-referrer")
        if urlsplit(self.path).path in ("/sparql", "/reconcile", "/reconcile/properties"):
            for k, v in CORS.items():
                self.send_header(k, v)
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        if self.command != "HEAD" and hasattr(self, "_headers_buffer"):
            # the end of the headers and the body in one write: one system call, one packet for small answers
            self._headers_buffer += [b"\r\n", body]
            self.flush_headers()
        else:
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

    def _base(self) -> str:
        return f"http://{self.headers.get('Host') or f'{self.app.config.host}:{self.app.config.port}'}"

    def _dataset(self, params: dict[str, list[str]]) -> dict[str, list[str]]:
        for name in ("default-graph-uri", "named-graph-uri"):
            for value in params.get(name, []):
                if not value.startswith(("http://", "https://", "urn:")):
                    raise BadRequest(f"'{value[:80]}' in {name} is not an IRI")
        return {"default_graphs": params.get("default-graph-uri", []), "named_graphs": params.get("named-graph-uri", [])}

    def _answer(self, handler) -> None:
        try:
            return self._send(*handler())
        except BadRequest as exc:
            return self._send(exc.status, TEXT, exc.message.encode())
        except (QueryFailed, KGError) as exc:
            return self._send(*error_response(exc))

    def do_OPTIONS(self) -> None:  # noqa: N802
        if urlsplit(self.path).path in ("/sparql", "/reconcile"):
            return self._send(204, TEXT, b"", {"Allow": "GET, POST, OPTIONS"})
        return self._send(405, TEXT, b"OPTIONS is only for /sparql", {"Allow": "GET, HEAD"})

    def do_GET(self) -> None:  # noqa: N802
        self._answer(self._get)

    do_HEAD = do_GET

    def _get(self) -> tuple:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        accept = self.headers.get("Accept", "")
        if url.path == "/sparql":
            if "update" in params:
                raise BadRequest("updates must be sent with POST")
            query = _one(params, "query")
            fmt = _one(params, "format")
            if query is not None and fmt:  # a download link: the format instead of an Accept header
                accept = format_as_accept(fmt, RESULT_TYPES, GRAPH_TYPES)
                if not accept:
                    raise BadRequest(f"unknown format '{fmt[:20]}'; use csv, tsv, json, xml, ttl, nt, jsonld or rdfxml")
                status, ctype, body, *extra = self.app.query(query, accept, **self._dataset(params))
                if status == 200:
                    ext = next((k for k, v in {**RESULT_TYPES, **GRAPH_TYPES}.items() if ctype.startswith(v)), "txt")
                    return status, ctype, body, {"Content-Disposition": f'attachment; filename="query-result.{ext}"'}
                return (status, ctype, body, *extra)
            if query is not None:
                return self.app.query(query, accept, **self._dataset(params))
            return self.app.service_description(self._base(), accept)
        if url.path == "/":
            return 200, "text/html; charset=utf-8", self.app.home_page()
        if url.path == "/entity":
            raw = _one(params, "iri") or _one(params, "name")
            who = self.app.desk.reviewer(self.headers.get("Cookie"))
            if raw and not raw.startswith(("http://", "https://")) and "/" not in raw:
                iri = self.app.workbench.resolve_name(raw)
            else:
                iri = _iri_param(params, "iri")
            return 200, "text/html; charset=utf-8", self.app.entity_page(iri, who), NO_STORE if who else {}
        if url.path == "/review":
            single = {k: v[-1][:300] for k, v in params.items()}
            who = self.app.desk.reviewer(self.headers.get("Cookie"))
            return 200, "text/html; charset=utf-8", self.app.desk.queue_page(single, who), NO_STORE
        if url.path == "/browse" or url.path == "/browse/":
            return 303, TEXT, b"", {"Location": "/browse/entities"}
        if url.path.startswith("/browse/"):
            single = {k: v[-1] for k, v in params.items()}
            return self.app.workbench.browse(url.path.removeprefix("/browse/"), single)
        if url.path == "/reconcile":
            return self.app.workbench.reconcile(self._base(), _one(params, "queries"), _one(params, "query"),
                                                _one(params, "extend"))
        if url.path == "/reconcile/properties":
            from ..reconcile import propose_properties

            body = propose_properties(_one(params, "type"))
            return 200, "application/json; charset=utf-8", json.dumps(body).encode()
        if url.path == "/reconcile/preview":
            local = _one(params, "id") or ""
            return 200, "text/html; charset=utf-8", self.app.workbench.reconcile_preview(local[:300])
        if url.path == "/article":
            return 200, "text/html; charset=utf-8", self.app.workbench.article_page(_iri_param(params, "iri"))
        if url.path == "/graph":
            depth = _int_param(params, "depth", 1, 0, 4)
            focus = _one(params, "focus")
            if not focus:
                raise BadRequest("the parameter 'focus' is required")
            return 200, "text/html; charset=utf-8", self.app.workbench.graph_page(focus, depth)
        if url.path.startswith(("/id/", "/ontology", "/.well-known/void", "/topic/")):
            return self.app.linked_data(url.path, accept, self._base())
        if url.path == "/suggest":
            return self.app.workbench.suggestions(_one(params, "q") or "")
        if url.path == "/resolve":
            name = _one(params, "name")
            if not name:
                raise BadRequest("the parameter 'name' is required")
            return self.app.workbench.resolve(name)
        if url.path == "/search.js":
            return 200, "text/javascript; charset=utf-8", pages.search_script()
        if url.path.startswith("/static/"):
            found = pages.static_file(url.path.removeprefix("/static/"))
            if found is None:
                return 404, TEXT, b"not found"
            return 200, *found, {"Cache-Control": "max-age=86400"}
        if url.path == "/page.css":
            return 200, "text/css; charset=utf-8", pages.stylesheet()
        if url.path == "/favicon.ico":
            return 204, "image/x-icon", b""
        return 404, TEXT, b"not found"

    def do_POST(self) -> None:  # noqa: N802
        self._answer(self._post)

    def _post(self) -> tuple:
        url = urlsplit(self.path)
        if url.path not in ("/sparql", "/reconcile", *REVIEW_POSTS):
            return 404, TEXT, b"not found"
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise BadRequest("Content-Length is not a number") from None
        if length > self.app.config.max_body:
            self.close_connection = True
            if length <= 16 * self.app.config.max_body:  # read and discard, so the client hears the 413
                remaining = length
                while remaining > 0 and (chunk := self.rfile.read(min(remaining, 65536))):
                    remaining -= len(chunk)
            raise BadRequest(f"the request body is {length:,} bytes; the limit is {self.app.config.max_body:,}", 413)
        body = self.rfile.read(length).decode("utf-8", "replace") if length > 0 else ""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        accept, auth = self.headers.get("Accept", ""), self.headers.get("Authorization", "")
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in REVIEW_POSTS:
            return self._review_post(url.path, body, ctype)
        if url.path == "/reconcile":  # OpenRefine posts its batches as a form
            form = {**params, **(parse_qs(body, keep_blank_values=True) if ctype == "application/x-www-form-urlencoded" else {})}
            return self.app.workbench.reconcile(self._base(), _one(form, "queries"), _one(form, "query"),
                                                _one(form, "extend"))
        if ctype == "application/sparql-query":
            return self.app.query(body, accept, **self._dataset(params))
        if ctype == "application/sparql-update":
            return self.app.update(body, auth)
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            query, update = _one(form, "query"), _one(form, "update")
            if query is not None and update is not None:
                raise BadRequest("send either a query or an update, not both")
            if query is not None:
                return self.app.query(query, accept, **self._dataset({**params, **form}))
            if update is not None:
                return self.app.update(update, auth)
            raise BadRequest("the form has neither a 'query' nor an 'update' field")
        raise BadRequest("send a query or update as a form (application/x-www-form-urlencoded) or as "
                         "application/sparql-query / application/sparql-update", 415 if ctype else 400)

    def _review_post(self, path: str, body: str, ctype: str) -> tuple:
        """The review forms: sign in, sign out, a decision."""
        if ctype != "application/x-www-form-urlencoded":
            raise BadRequest("review forms are posted as application/x-www-form-urlencoded", 415)
        form = {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()}
        desk, who = self.app.desk, self.app.desk.reviewer(self.headers.get("Cookie"))
        if path == "/review/login":
            return desk.login(form)
        if path == "/review/logout":
            return desk.logout(who, form)
        return desk.decide(who, form, self.headers.get("Origin"), self._base())


def exposure_warning(config: ServerConfig) -> str | None:
    """What to tell the user who binds the server to a non-loopback address."""
    import ipaddress

    try:
        loopback = config.host == "localhost" or ipaddress.ip_address(config.host).is_loopback
    except ValueError:
        loopback = False
    if loopback:
        return None
    note = (f"listening on {config.host}: anyone who can reach this machine can query the graph")
    if config.allow_updates or config.allow_review:
        note += "; updates or review are enabled and the token travels over plain HTTP, so put the server behind a TLS reverse proxy"
    return note


def make_server(config: ServerConfig) -> tuple[PooledHTTPServer, App]:
    """Build the HTTP server (not yet serving). The caller runs serve_forever() and closes the app."""
    if config.allow_updates and not config.token:
        raise KGError("--allow-updates needs --token (or KG_TOKEN): clients must send it to change the store")
    if config.allow_review and not config.token:
        raise KGError("--allow-review needs --token (or KG_TOKEN): reviewers sign in with it on /review")
    app = App(config)
    handler = type("BoundHandler", (Handler,), {"app": app, "timeout": config.idle_timeout})
    try:
        httpd = PooledHTTPServer((config.host, config.port), handler)
    except OSError as exc:
        app.close()
        raise KGError(f"cannot listen on {config.host}:{config.port} ({exc.strerror or exc})") from None
    return httpd, app


def serve(config: ServerConfig) -> None:
    """Run until interrupted."""
    httpd, app = make_server(config)
    try:
        httpd.serve_forever()
    finally:
        httpd.server_close()
        app.close()
