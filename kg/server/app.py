"""What the HTTP handler calls: queries, updates and pages, over any store (a folder or a SPARQL server).

Imports store (connect), sparql, server.workers, server.negotiate and server.pages; knows nothing of HTTP.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import KGError, QueryError, StoreError
from ..sparql.results import GRAPH_TYPES, RESULT_TYPES
from ..vocab.namespace import PREFIXES, SERIALIZATION_PREFIXES
from . import pages
from .negotiate import _accept_format
from .workers import QueryFailed, WorkerPool

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RESULTS = 10_000
TEXT = "text/plain; charset=utf-8"


@dataclass
class ServerConfig:
    """How the server runs."""

    store: Path | str  # a store folder, or the URL of a SPARQL 1.1 server
    host: str = "127.0.0.1"
    port: int = 8000
    timeout: float = DEFAULT_TIMEOUT
    max_results: int = DEFAULT_MAX_RESULTS
    allow_updates: bool = False
    token: str | None = None
    workers: int = 2
    quiet: bool = False


class App:
    """Queries, updates and pages, independent of the HTTP plumbing."""

    def __init__(self, config: ServerConfig) -> None:
        from ..store import connect, is_remote

        self.config = config
        self.remote = is_remote(config.store)
        # make sure the location is a store before serving it (and reachable); do not keep the write lock
        with connect(config.store, create=False, read_only=True):
            pass
        location = str(config.store) if self.remote else str(Path(config.store) / "oxigraph")
        self.pool = WorkerPool(location, config.workers, config.timeout)

    def close(self) -> None:
        self.pool.close()

    def query(self, text: str, accept: str = "", *, iris: dict[str, str] | None = None,
              literals: dict[str, str] | None = None) -> tuple[int, str, bytes]:
        """Run a query; returns (status, content type, body)."""
        result_format = _accept_format(accept, RESULT_TYPES, "json")
        graph_format = _accept_format(accept, GRAPH_TYPES, "ttl")
        request = {"query": text, "prefixes": PREFIXES, "turtle_prefixes": SERIALIZATION_PREFIXES,
                   "max_results": self.config.max_results, "result_format": result_format, "graph_format": graph_format,
                   "iris": iris or {}, "literals": literals or {}}
        try:
            answer = self.pool.run(request, self.config.timeout)
        except QueryFailed as exc:
            return exc.status, TEXT, exc.message.encode()
        if answer[0] == "error":
            return answer[1], TEXT, answer[2].encode()
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
            return 403, TEXT, b"updates are disabled on this endpoint (read-only)"
        given = auth[7:] if auth.lower().startswith("bearer ") else ""
        if not hmac.compare_digest(given.encode(), self.config.token.encode()):
            return 403, TEXT, b"updates need the server's token (Authorization: Bearer TOKEN)"
        from ..store import connect

        try:
            with connect(self.config.store, create=False) as store:
                store.run_update(text)
        except QueryError as exc:
            return 400, TEXT, str(exc).encode()
        except StoreError as exc:
            return 503, TEXT, str(exc).encode()
        return 204, TEXT, b""

    def service_description(self, base: str, accept: str) -> tuple[int, str, bytes]:
        import pyoxigraph as ox

        from ..sparql.results import serialize_triples

        fmt = _accept_format(accept, GRAPH_TYPES, "ttl")
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
        return pages.home_page()

    def entity_page(self, iri: str) -> bytes:
        from ..sparql import get_canned

        info = self.rows(get_canned("entity-info").text, iris={"entity": iri})
        if not info:
            raise QueryFailed(404, f"no entity {iri}")
        rels = self.rows(get_canned("entity").text, iris={"entity": iri})
        arts = self.rows(get_canned("entity-articles").text, iris={"entity": iri})
        return pages.entity_page(iri, info[0], rels, arts)

    def graph_page(self, focus: str, depth: int = 1) -> bytes:
        from ..network import project
        from ..store import connect
        from ..viz import VizOptions, page_data, render_html, select

        with connect(self.config.store, create=False, read_only=True) as store:
            graph = project(store)
        g, note = select(graph, VizOptions(focus=focus, depth=depth))
        label = graph.nodes[focus]["label"] if focus in graph else focus
        return render_html(page_data(g, note), title=f"Graph around {label}").encode()
