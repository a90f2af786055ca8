"""The store interface: what the pipeline needs from a store, written once over SPARQL Update.

Each article is written as one update that drops its old named graph and inserts the new one, so a
build killed at any moment leaves every article with either its old or its new statements.
Imports rdf, model and vocab; knows no backend (those are store.oxigraph and store.remote).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..errors import StoreError
from ..model import ArticleExtraction
from ..rdf import (
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    RDFS_LABEL,
    article_node,
    article_quads,
    entity_node,
    entity_quads,
    insert_data,
)
from ..sparql.bind import drop_graph, with_values
from ..sparql.canned import internal
from ..vocab.namespace import PREFIXES
from ..vocab.resources import ontology_file

DEFAULT_STORE = "kg-data"
STORE_ENV = "KG_STORE"
_MARKER = "policy-kg-store"


def default_store_path() -> Path:
    """Where the store lives unless --store says otherwise: $KG_STORE or ./kg-data."""
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE)


VALUES_CHUNK = 400  # values bound in one VALUES block

_RDF_TYPE, _LABEL, _ALT = PREFIXES["rdf"] + "type", PREFIXES["rdfs"] + "label", PREFIXES["skos"] + "altLabel"


@dataclass
class EntityDescription:
    """One entity's description in the entities graph: types, labels, aliases, its other statements and
    its size in quads."""

    types: set[str] = field(default_factory=set)
    labels: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    other: list[tuple[str, str]] = field(default_factory=list)  # (predicate, object) of anything else
    size: int = 0

    def add(self, predicate: str, obj: str) -> None:
        self.size += 1
        if predicate == _RDF_TYPE:
            self.types.add(obj)
        elif predicate == _LABEL:
            self.labels.append(obj)
        elif predicate == _ALT:
            self.aliases.add(obj)
        else:
            self.other.append((predicate, obj))

    @property
    def label(self) -> str | None:
        """One label, whatever order the store gave them in."""
        return min(self.labels) if self.labels else None


class StoreBase:
    """What the pipeline needs from a store; the embedded one and a remote SPARQL server share it."""

    path: object
    read_only: bool = False

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        raise NotImplementedError

    def _write(self, preamble: str, quads: list[ox.Quad]) -> None:
        """Run *preamble* (an update from ontology/queries/internal or sparql.bind) and insert *quads*, as one
        SPARQL update (one transaction)."""
        if self.read_only:
            raise StoreError(f"{self.path}: store was opened read-only")
        data = insert_data(quads)
        self._execute_update(preamble + (" ;\n" + data if data else ""))

    def _execute_update(self, update: str) -> None:
        raise NotImplementedError

    def replace_derived_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> bool | None:
        """Replace a graph that is computed from the rest of the store (the summary); whether anything changed
        (None: not known here)."""
        self._write(drop_graph(graph), quads)
        return None

    def change_quads(self, removed: list[ox.Quad], added: list[ox.Quad]) -> None:
        """Delete *removed* and insert *added* in one update."""
        if self.read_only:
            raise StoreError(f"{self.path}: store was opened read-only")
        parts = [p for p in (insert_data(removed, "DELETE DATA"), insert_data(added)) if p]
        if parts:
            self._execute_update(" ;\n".join(parts))

    def run_update(self, text: str) -> None:
        """A SPARQL update written by a user (the endpoint's, with a token): syntax errors raise QueryError."""
        if self.read_only:
            raise StoreError(f"{self.path}: store was opened read-only")
        self._execute_update(text)

    def add_quads(self, quads: list[ox.Quad]) -> None:
        """Insert quads in one update."""
        if self.read_only:
            raise StoreError(f"{self.path}: store was opened read-only")
        if quads:
            self._execute_update(insert_data(quads))

    def _flush_now_and_then(self, every: float = 5.0) -> None:
        raise NotImplementedError

    def labelled_entities(self, nodes: Iterable[ox.NamedNode]) -> set[str]:
        raise NotImplementedError

    def select_values(self, text: str) -> list[tuple[str | None, ...]]:
        """A SELECT's rows as plain strings (IRIs and lexical forms), for bulk reads that skip rdflib."""
        return self.select_table(text)[1]

    def select_table(self, text: str) -> tuple[list[str], list[tuple[str | None, ...]]]:
        """A SELECT's variable names and rows as plain strings."""
        raise NotImplementedError

    def select_records(self, text: str, iris: dict[str, str] | None = None) -> list[dict[str, str | None]]:
        """A SELECT's rows as dicts of plain strings, with *iris* bound (as a VALUES block, never pasted)."""
        from rdflib import URIRef

        names, rows = self.select_table(with_values(text, {k: URIRef(v) for k, v in (iris or {}).items()}))
        return [dict(zip(names, row)) for row in rows]

    def select_in(self, name: str, var: str, values: Iterable[str], *, literals: bool = False) -> list[tuple]:
        """The rows of the internal query *name* with ?var bound to each of *values* (IRIs, or plain literals),
        in VALUES blocks of a few hundred: a look-up whose cost follows the values, not the store."""
        from rdflib import Literal, URIRef

        term = Literal if literals else URIRef
        wanted, rows = sorted(set(values)), []
        for start in range(0, len(wanted), VALUES_CHUNK):
            chunk = tuple(term(x) for x in wanted[start:start + VALUES_CHUNK])
            rows += self.select_values(with_values(internal(name), {var: chunk}))
        return rows

    def entity_descriptions(self, iris: Iterable[str]) -> dict[str, EntityDescription]:
        """What the entities graph says about these entities, read by subject (present ones only)."""
        out: dict[str, EntityDescription] = {}
        for e, p, o in self.select_in("tally-entities", "e", iris):
            out.setdefault(e, EntityDescription()).add(p, o)
        return out

    def article_hashes(self, iris: Iterable[str] | None = None) -> dict[str, str]:
        """Article IRI -> content hash, to skip articles that have not changed: of every stored article, or
        of those among *iris* that are stored (a cost that follows the input, not the store)."""
        if iris is None:
            return dict(self.select_values(internal("article-hashes")))
        return dict(self.select_in("article-hashes", "a", iris))

    def article_sources(self) -> dict[str, str]:
        """Article IRI -> source, used by --prune."""
        return dict(self.select_values(internal("article-sources")))

    def load_ontology(self) -> bool | None:
        """(Re)load ontology/kg.ttl and topics.ttl into their own graph so queries can use labels (writing
        only what changed since the last load: usually nothing); whether the graph changed (None: not known)."""
        quads = []
        for name in ("kg.ttl", "topics.ttl"):
            with ontology_file(name).open("rb") as fh:
                quads += [ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH)
                          for t in ox.parse(fh, format=ox.RdfFormat.TURTLE)]
        return self.replace_derived_graph(ONTOLOGY_GRAPH, quads)

    def put_article(self, extraction: ArticleExtraction) -> None:
        """Replace one article's graph and add its entities, in a single atomic update."""
        art = article_node(extraction)
        nodes = [entity_node(e) for e in extraction.entities]
        labelled = self.labelled_entities(nodes)
        own = article_quads(extraction)
        described = [entity_quads(entity, has_label=False) for entity in extraction.entities]
        quads = list(own)
        seen_here: set[str] = set()
        for node, description in zip(nodes, described):
            has_label = node.value in labelled or node.value in seen_here  # an entity keeps its first label
            quads += [q for q in description if not (has_label and q.predicate == RDFS_LABEL)]
            seen_here.add(node.value)
        self._write(drop_graph(art), quads)
        if self.keeps_raw:  # the copy for the raw view: every description with its label
            self._keep_raw(art.value, own + [q for description in described for q in description])
        self._flush_now_and_then()

    def remove_articles(self, iris: Iterable[str]) -> int:
        """Drop articles by IRI; returns how many were removed."""
        n = 0
        gone = []
        for iri in iris:
            self._write(drop_graph(iri), [])
            gone.append(iri)
            n += 1
        if gone and self.keeps_raw:
            self._forget_raw(gone)
        return n

    # The extraction as written, before review (store.raw): kept beside a store folder, not by a server.
    keeps_raw = False

    def _keep_raw(self, article: str, quads: list[ox.Quad]) -> None:
        raise NotImplementedError

    def _forget_raw(self, articles: list[str]) -> None:
        raise NotImplementedError

    def drop_orphan_entities(self, candidates: Iterable[str] | None = None) -> None:
        """Remove descriptions of entities that no article mentions any more: of any entity, or only among
        *candidates* (those the removed or rewritten articles mentioned)."""
        if candidates is None:
            self._write(internal("drop-orphan-entities"), [])
            return
        from rdflib import URIRef

        wanted = sorted(set(candidates))
        for start in range(0, len(wanted), VALUES_CHUNK):
            chunk = tuple(URIRef(x) for x in wanted[start:start + VALUES_CHUNK])
            self._write(with_values(internal("drop-orphan-entities"), {"e": chunk}), [])

    def drop_inferred(self) -> None:
        """Forget materialised entailments (after the asserted data changed)."""
        self._write(drop_graph(INFERRED_GRAPH), [])
