"""A store that lives in a SPARQL 1.1 server (Oxigraph server, Jena Fuseki, GraphDB, Virtuoso, Neptune…).

Reads use the query endpoint, writes the update endpoint; each article is still written as one update
(drop its graph, insert the new one), so the server's own transactions keep articles whole. The server
must treat its default graph as the union of the named graphs (Oxigraph: `--union-default-graph`;
Fuseki: `tdb2:unionDefaultGraph true`), as the embedded store does.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from ..errors import QueryError, StoreError
from ..sparql.canned import internal
from ..vocab.namespace import PREFIXES
from .base import StoreBase

if TYPE_CHECKING:
    from rdflib.query import Result

_PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def is_remote(location: object) -> bool:
    return str(location).startswith(("http://", "https://"))


def endpoints(url: str) -> tuple[str, str]:
    """Query and update endpoints from one URL: Oxigraph's /query pairs with /update; others share one URL."""
    if url.endswith("/query"):
        return url, url[: -len("query")] + "update"
    return url, url


class RemoteStore(StoreBase):
    """The store API over HTTP."""

    def __init__(self, url: str, *, read_only: bool = False, timeout: float = 60.0) -> None:
        self.url = url
        self.path = url  # for messages
        self.query_url, self.update_url = endpoints(url)
        self.read_only = read_only
        self.timeout = timeout
        try:
            self._select("ASK { }", accept="application/sparql-results+json")
        except StoreError as exc:
            raise StoreError(f"{url}: cannot reach the SPARQL endpoint ({exc})") from None

    def close(self) -> None:
        """Nothing to release: every call is its own request."""

    # ------------------------------------------------------------------ HTTP

    def _post(self, url: str, body: str, ctype: str, accept: str) -> bytes:
        req = urllib.request.Request(url, data=body.encode("utf-8"), method="POST",
                                     headers={"Content-Type": ctype, "Accept": accept})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip()[:300]
            if exc.code == 400:
                raise QueryError(f"the endpoint refused the request: {detail}") from None
            raise StoreError(f"{url}: HTTP {exc.code} {detail}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"{url}: {getattr(exc, 'reason', exc)}") from None

    def _select(self, text: str, accept: str = "application/sparql-results+json") -> bytes:
        return self._post(self.query_url, _PROLOGUE + text, "application/sparql-query", accept)

    def _rows(self, text: str) -> list[dict[str, str]]:
        data = json.loads(self._select(text))
        return [{k: v["value"] for k, v in b.items()} for b in data.get("results", {}).get("bindings", [])]

    # ------------------------------------------------------------------ reading

    def select_table(self, text: str) -> tuple[list[str], list[tuple[str | None, ...]]]:
        data = json.loads(self._select(text))
        names = data.get("head", {}).get("vars", [])
        return names, [tuple(b[n]["value"] if n in b else None for n in names)
                       for b in data.get("results", {}).get("bindings", [])]

    def query(self, text: str, bindings: dict | None = None) -> Result:
        """Run a query on the server; bound values become a VALUES block (terms in their RDF syntax)."""
        from rdflib import Graph
        from rdflib.query import Result

        from ..sparql.bind import with_values

        text = with_values(text, bindings or {})
        kind = _query_kind(text)
        if kind in {"CONSTRUCT", "DESCRIBE"}:
            body = self._select(text, accept="application/n-triples")
            result = Result(kind)
            result.graph = Graph().parse(data=body.decode("utf-8"), format="nt")
            return result
        body = self._select(text)
        result = Result.parse(source=_Bytes(body), format="json")
        if result.type == "SELECT":
            result.bindings = list(result.bindings)
        return result

    def __len__(self) -> int:
        rows = self._rows(internal("count-quads"))
        return int(rows[0]["n"]) if rows else 0

    def labelled_entities(self, nodes: Iterable[ox.NamedNode]) -> set[str]:
        nodes = list(nodes)
        if not nodes:
            return set()
        from rdflib import URIRef

        from ..sparql.bind import with_values

        rows = self._rows(with_values(internal("labelled-entities"), {"e": tuple(URIRef(n.value) for n in nodes)}))
        return {r["e"] for r in rows}

    def _all_quads(self) -> list[ox.Quad]:
        data = json.loads(self._select(internal("all-quads")))
        return [ox.Quad(_term(b["s"]), _term(b["p"]), _term(b["o"]), _term(b["g"])) for b in data["results"]["bindings"]]

    def triples(self, exclude_graphs: tuple[str, ...] = ()) -> Iterator[ox.Triple]:
        seen = {q.triple for q in self._all_quads() if q.graph_name.value not in exclude_graphs}
        return iter(sorted(seen, key=lambda t: (str(t.subject), str(t.predicate), str(t.object))))

    def quads(self) -> Iterator[ox.Quad]:
        return iter(sorted(self._all_quads(), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))))

    # ------------------------------------------------------------------ writing

    def _execute_update(self, update: str) -> None:
        self._post(self.update_url, _PROLOGUE + update, "application/sparql-update", "*/*")

    def _flush_now_and_then(self, every: float = 5.0) -> None:
        """The server persists each update itself."""


def _term(t: dict):
    """A SPARQL JSON results term as a pyoxigraph term."""
    if t["type"] == "uri":
        return ox.NamedNode(t["value"])
    if t["type"] == "bnode":
        return ox.BlankNode(t["value"])
    if "xml:lang" in t:
        return ox.Literal(t["value"], language=t["xml:lang"])
    if "datatype" in t:
        return ox.Literal(t["value"], datatype=ox.NamedNode(t["datatype"]))
    return ox.Literal(t["value"])


class _Bytes:
    """rdflib's result parser wants a file-like object."""

    def __init__(self, data: bytes) -> None:
        import io

        self._buf = io.BytesIO(data)

    def read(self, *args: Any) -> bytes:
        return self._buf.read(*args)


def _query_kind(text: str) -> str:
    body = re.sub(r"(?im)^\s*(#.*|PREFIX\s+\S*\s*<[^>]*>|BASE\s+<[^>]*>)\s*$", "", text)
    m = re.search(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", body, re.I)
    return m.group(1).upper() if m else "SELECT"
