"""HTTP plumbing around App: routes, headers, and one table from errors to statuses.

Imports server.app and server.pages; the standard library's http.server does the rest.
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from ..errors import (
    InputError,
    KGError,
    ModelError,
    OntologyError,
    QueryError,
    StoreError,
)
from . import pages
from .app import App, ServerConfig
from .workers import QueryFailed

# the one place where library errors become HTTP statuses
STATUS_FOR_ERROR: tuple[tuple[type[Exception], int], ...] = (
    (QueryError, 400), (InputError, 400), (StoreError, 503), (OntologyError, 500), (ModelError, 500), (KGError, 500))


def error_response(exc: Exception) -> tuple[int, str, bytes]:
    """(status, content type, body) for an error raised while answering a request."""
    if isinstance(exc, QueryFailed):
        return exc.status, "text/plain; charset=utf-8", exc.message.encode()
    status = next((code for cls, code in STATUS_FOR_ERROR if isinstance(exc, cls)), 500)
    return status, "text/plain; charset=utf-8", str(exc).encode()


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
            if url.path == "/page.css":
                return self._send(200, "text/css; charset=utf-8", pages.stylesheet())
            if url.path == "/favicon.ico":
                return self._send(204, "image/x-icon", b"")
            return self._send(404, "text/plain; charset=utf-8", b"not found")
        except (QueryFailed, KGError) as exc:
            return self._send(*error_response(exc))

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
