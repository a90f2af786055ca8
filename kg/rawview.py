"""The raw view, for audit: the graph as the extractor wrote it, before any reviewer's decision. Reviews
change the store in place; the build keeps each article's extraction beside the store folder
(store.raw), and this module rebuilds the graph from those copies in a scratch store with the ontology and
a summary of its own, so queries, exports and the explorer read it exactly as they read the reviewed graph.
Imports store, summary, resolve, rdf, sparql and errors.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import StoreError
from .rdf import ENTITIES_GRAPH, RDFS_LABEL
from .sparql.canned import internal
from .store import KGStore, StoreBase, open_store


@dataclass
class RawView:
    store: KGStore
    articles: int  # stored articles the view holds
    missing: int  # stored articles without a copy of their extraction (written before copies were kept)

    @property
    def note(self) -> str | None:
        if not self.missing:
            return None
        return (f"{self.missing} of {self.articles + self.missing} stored articles were written before raw copies "
                "were kept, so the raw view leaves them out; build them into a new store (and `kg review import` "
                "the decisions) to have them all.")


@contextmanager
def raw_view(store: StoreBase) -> Iterator[RawView]:
    """A scratch store holding the extraction of every stored article as written, before review; it is
    removed when the with-block ends."""
    if not isinstance(store, KGStore):
        raise StoreError(f"{store.path}: the raw view is rebuilt from copies kept beside a store folder; "
                         "a SPARQL server has none (run the command on the store folder)")
    stored = {a for (a,) in store.select_values(internal("stored-articles"))}
    copies = store.raw_copies
    have = copies.articles() & stored
    with tempfile.TemporaryDirectory(prefix="kg-raw-") as tmp:
        scratch = KGStore(Path(tmp) / "store", create=True)
        try:
            scratch.load_ontology()
            labelled: set[str] = set()
            quads = []
            for quad in copies.quads(have):
                if quad.predicate == RDFS_LABEL and quad.graph_name == ENTITIES_GRAPH:
                    if quad.subject.value in labelled:
                        continue  # as in the store, an entity keeps the label it was first written with
                    labelled.add(quad.subject.value)
                quads.append(quad)
            scratch.oxigraph.extend(quads)
            from .resolve.names import refresh_entity_names
            from .summary import refresh_summary

            refresh_entity_names(scratch, labelled)  # labels and aliases from the names the articles use, as a build does
            refresh_summary(scratch)
            yield RawView(scratch, len(have), len(stored - have))
        finally:
            scratch.close()


@contextmanager
def open_view(location: str | Path | None, *, raw: bool = False) -> Iterator[tuple[StoreBase, str | None]]:
    """Open a store read-only for reading: the reviewed graph, or with *raw* the extraction before review;
    yields the store to read and a note for the user (or None)."""
    with open_store(location, read_only=True) as st:
        if not raw:
            yield st, None
            return
        with raw_view(st) as view:
            yield view.store, view.note
