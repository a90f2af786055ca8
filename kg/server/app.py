"""What the HTTP handler calls: queries, updates and pages, over any store (a folder or a SPARQL server).

Imports store (connect), sparql, server.workers, server.negotiate and server.pages; knows nothing of HTTP.
"""

from __future__ import annotations

import hmac
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import KGError
from ..rdf import insert_data
from ..sparql.results import GRAPH_TYPES, RESULT_TYPES
from ..summary.graph import stale_mark
from ..vocab.namespace import PREFIXES, SERIALIZATION_PREFIXES
from . import pages
from .guard import check_query, check_update
from .negotiate import _accept_format
from .review import ReviewDesk
from .workbench import Workbench
from .cache import AnswerCache
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
    allow_review: bool = False  # accept review decisions from signed-in pages (needs the token)
    token: str | None = None
    workers: int = 3  # one is always kept for short queries (see WorkerPool)
    quiet: bool = False
    allowed_services: tuple[str, ...] = ()  # IRI prefixes SERVICE may call; none by default
    query_memory: int = 1024  # MiB a query may use on top of its worker's own
    max_body: int = 1_000_000  # bytes of a request body
    cache_mib: int = 64  # answers kept until the store changes (0: none; never for a SPARQL server)
    idle_timeout: float = 60.0  # seconds a client may keep a connection silent before it is dropped


def _failure(exc: QueryFailed) -> tuple:
    headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else {}
    return exc.status, TEXT, exc.message.encode(), headers


# the W3C's IRIs for the formats the endpoint writes (https://www.w3.org/ns/formats/)
FORMAT_IRIS = {"json": "http://www.w3.org/ns/formats/SPARQL_Results_JSON",
               "xml": "http://www.w3.org/ns/formats/SPARQL_Results_XML",
               "csv": "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
               "tsv": "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
               "ttl": "http://www.w3.org/ns/formats/Turtle", "nt": "http://www.w3.org/ns/formats/N-Triples",
               "jsonld": "http://www.w3.org/ns/formats/JSON-LD", "rdfxml": "http://www.w3.org/ns/formats/RDF_XML"}


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
        self.pool = WorkerPool(location, config.workers, config.timeout, config.query_memory)
        self.cache = AnswerCache(None if self.remote else location, config.cache_mib)
        self.workbench = Workbench(config)
        self.desk = ReviewDesk(config)

    def close(self) -> None:
        self.pool.close()

    def query(self, text: str, accept: str = "", *, iris: dict[str, str] | None = None,
              literals: dict[str, str] | None = None, default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None) -> tuple:
        """Run a query; returns (status, content type, body[, extra headers]). The union of all graphs is the
        default graph unless the query (FROM, FROM NAMED) or the request (default-graph-uri,
        named-graph-uri) names a dataset."""
        result_format = _accept_format(accept, RESULT_TYPES, "json")
        graph_format = _accept_format(accept, GRAPH_TYPES, "ttl")
        if iris or literals:  # our own pages' queries: values bound where the page is chosen (as kg query does)
            from rdflib import Literal, URIRef

            from ..sparql.bind import with_values

            text = with_values(text, {**{k: URIRef(v) for k, v in (iris or {}).items()},
                                      **{k: Literal(v) for k, v in (literals or {}).items()}})
        try:
            dataset_in_query, service = check_query(text, self.config.allowed_services)
        except QueryFailed as exc:
            return _failure(exc)
        request = {"query": text, "prefixes": PREFIXES, "turtle_prefixes": SERIALIZATION_PREFIXES,
                   "max_results": self.config.max_results, "result_format": result_format, "graph_format": graph_format,
                   "dataset_in_query": dataset_in_query,
                   "default_graphs": list(default_graphs or []), "named_graphs": list(named_graphs or []),
                   "service": service}
        key = self.cache.key(request)
        generation = self.cache.generation() if key is not None else ()
        kept = self.cache.get(key, generation)
        if kept is not None:
            kind, body = kept
        else:
            try:
                answer = self.pool.run(request, self.config.timeout)
            except QueryFailed as exc:
                return _failure(exc)
            if answer[0] == "error":
                return answer[1], TEXT, answer[2].encode()
            _, kind, body = answer
            self.cache.put(key, generation, kind, body)
        ctype = GRAPH_TYPES[graph_format] if kind == "graph" else RESULT_TYPES[result_format]
        return 200, f"{ctype}; charset=utf-8", body, {"X-Cache": "hit" if kept is not None else "miss"}

    def rows(self, text: str, **bindings) -> list[dict]:
        """A SELECT's rows as dicts of plain values, for the pages."""
        status, _, body = self.query(text, "application/sparql-results+json", **bindings)[:3]
        if status != 200:
            raise KGError(body.decode())
        data = json.loads(body)
        return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]

    def update(self, text: str, auth: str) -> tuple:
        """Updates: refused (403) unless enabled with a token that the client sends as a Bearer token."""
        if not self.config.allow_updates or not self.config.token:
            return 403, TEXT, b"updates are disabled on this endpoint (read-only)"
        given = auth[7:] if auth.lower().startswith("bearer ") else ""
        if not hmac.compare_digest(given.encode(), self.config.token.encode()):
            return 403, TEXT, b"updates need the server's token (Authorization: Bearer TOKEN)"
        try:
            check_update(text)
            self.cache.invalidate()
            answer = self.pool.run({"update": text, "prefixes": PREFIXES}, self.config.timeout)
            self.cache.invalidate()
            if answer[0] != "error":  # the summary's counts no longer follow the data: the next build recounts
                self.pool.run({"update": insert_data([stale_mark()]), "prefixes": PREFIXES}, self.config.timeout)
        except QueryFailed as exc:
            return _failure(exc)
        if answer[0] == "error":
            return answer[1], TEXT, answer[2].encode()
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
        for fmt_iri in FORMAT_IRIS.values():
            t.append(ox.Triple(svc, ox.NamedNode(sd + "resultFormat"), ox.NamedNode(fmt_iri)))
        from ..describe import dataset_description
        from ..store import connect
        from ..vocab.namespace import DATASET_IRI

        t.append(ox.Triple(svc, ox.NamedNode(sd + "defaultDataset"), ox.NamedNode(DATASET_IRI)))
        try:
            with connect(self.config.store, create=False, read_only=True) as store:
                t += dataset_description(store, endpoint=base + "/sparql")
        except KGError:
            pass  # the description is a courtesy; the service answers without it
        return 200, GRAPH_TYPES[fmt] + "; charset=utf-8", serialize_triples(t, fmt, {"sd": sd})

    # -------------------------------------------------------------- pages

    def home_page(self) -> bytes:
        return pages.home_page()

    def entity_page(self, iri: str, who=None) -> bytes:
        from ..sparql import get_canned

        info = self.rows(get_canned("entity-info").text, iris={"entity": iri})
        if not info:
            raise QueryFailed(404, f"no entity {iri}")
        rels = self.rows(get_canned("entity").text, iris={"entity": iri})
        arts = self.rows(get_canned("entity-articles").text, iris={"entity": iri})
        return pages.entity_page(iri, info[0], rels, arts, who)

    # -------------------------------------------------------------- linked data

    def linked_data(self, path: str, accept: str, base: str) -> tuple:
        """Our IRIs served under this server: https://w3id.org/policy-kg/id/X is /id/X here (HTML for browsers,
        Turtle, N-Triples, JSON-LD or RDF/XML for linked-data clients), the ontology at /ontology, the
        dataset's VoID description at /.well-known/void."""
        from ..sparql.canned import internal
        from ..vocab.namespace import ID_BASE, TOPIC_BASE
        from ..vocab.resources import ontology_file
        from .negotiate import wants_html

        vary = {"Vary": "Accept"}
        if path.startswith("/ontology"):
            return 200, "text/turtle; charset=utf-8", ontology_file("kg.ttl").read_bytes(), vary
        if path.startswith("/.well-known/void"):
            status, ctype, body = self.query(internal("void"), accept or "text/turtle")[:3]
            return status, ctype, body, vary
        local = path.split("/", 2)[2]
        if not re.fullmatch(r"[A-Za-z0-9._~%/-]+", local):
            return 404, TEXT, b"not found", vary
        iri = (ID_BASE if path.startswith("/id/") else TOPIC_BASE) + local
        status, _, body = self.query(internal("known"), "application/sparql-results+json", iris={"e": iri})[:3]
        if status != 200 or not json.loads(body).get("boolean"):
            return 404, TEXT, f"nothing is known about {iri}".encode(), vary
        if wants_html(accept) and local.startswith("article/") and "/" not in local[8:]:
            return 200, "text/html; charset=utf-8", self.workbench.article_page(iri), vary
        if wants_html(accept) and path.startswith("/id/") and "/entity" not in local:
            try:
                return 200, "text/html; charset=utf-8", self.entity_page(iri), vary
            except QueryFailed:
                pass  # an article or a statement: no entity page, its RDF as Turtle
        status, ctype, body = self.query(internal("describe"), "text/turtle" if wants_html(accept) else accept,
                                         iris={"e": iri})[:3]
        return status, ctype, body, vary
