"""The embedded store: Oxigraph on disk, read and queried through rdflib's API.

One process may write at a time (Oxigraph holds a lock on the folder). Imports store.base and store.raw.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..errors import QueryError, StoreError
from ..rdf import ENTITIES_GRAPH, RDFS_LABEL, insert_data
from ..vocab.namespace import PREFIXES
from .base import _MARKER, StoreBase, default_store_path
from .raw import RawCopies

if TYPE_CHECKING:
    import rdflib


class KGStore(StoreBase):
    """A policy-kg store folder. Use as a context manager, or call close()."""

    def __init__(self, path: str | Path | None = None, *, create: bool = True, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        marker = self.path / _MARKER
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: is a file, not a store folder; choose another --store")
        if self.path.is_dir() and any(self.path.iterdir()) and not marker.exists():
            raise StoreError(f"{self.path}: folder exists but is not a policy-kg store; choose another --store")
        if not marker.exists() and not create:
            raise StoreError(f"{self.path}: no store here yet; run `kg build` first (or pass --store)")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._ox = ox.Store.read_only(str(self.path / "oxigraph")) if read_only else ox.Store(str(self.path / "oxigraph"))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(f"{self.path}: the store is in use by another kg process (a build or server); "
                                 "wait for it to finish or use another --store") from None
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from None
        if not read_only:
            marker.write_text("policy-kg store, Oxigraph backend\n", encoding="utf-8")
        self.read_only = read_only
        self._last_flush = time.monotonic()  # a short build is flushed once, when it closes the store
        self._rdflib: rdflib.Dataset | None = None
        self._raw: RawCopies | None = None

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Flush and release the folder lock."""
        if getattr(self, "_ox", None) is not None:
            if not self.read_only:
                self._ox.flush()
            self._ox = None
            used_rdflib, self._rdflib = self._rdflib is not None, None
            if self._raw is not None:
                self._raw.close()
                self._raw = None
            if used_rdflib:  # rdflib objects may still point at the Oxigraph store; the folder lock goes with it
                import gc

                gc.collect()

    @property
    def oxigraph(self) -> ox.Store:
        if self._ox is None:
            raise StoreError(f"{self.path}: store is closed")
        return self._ox

    @property
    def dataset(self) -> rdflib.Dataset:
        """rdflib view of the store; its default graph is the union of all named graphs."""
        if self._rdflib is None:
            import rdflib
            from oxrdflib import OxigraphStore

            self._rdflib = rdflib.Dataset(store=OxigraphStore(store=self.oxigraph), default_union=True)
            for prefix, ns in PREFIXES.items():
                self._rdflib.bind(prefix, ns)
        return self._rdflib

    # ------------------------------------------------------------------ reading

    def query(self, text: str, bindings: dict | None = None):
        """SPARQL through rdflib's API (Oxigraph underneath), prefixes predeclared, values bound."""
        return self.dataset.query(text, initNs=PREFIXES, initBindings=bindings or {})

    def __len__(self) -> int:
        return len(self.oxigraph)

    def select_table(self, text: str) -> tuple[list[str], list[tuple[str | None, ...]]]:
        res = self.oxigraph.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
        names = res.variables
        return [n.value for n in names], [tuple(None if (v := sol[n]) is None else v.value for n in names) for sol in res]

    def labelled_entities(self, nodes: Iterable[ox.NamedNode]) -> set[str]:
        """Which of these entity IRIs already have a label in the entities graph."""
        return {n.value for n in nodes if next(self.oxigraph.quads_for_pattern(n, RDFS_LABEL, None, ENTITIES_GRAPH), None)}

    def triples(self, exclude_graphs: tuple[str, ...] = ()) -> Iterator[ox.Triple]:
        """Every distinct triple of the store (named graphs merged), in a stable order."""
        seen: set[ox.Triple] = set()
        for quad in self.oxigraph.quads_for_pattern(None, None, None, None):
            if quad.graph_name.value not in exclude_graphs:
                seen.add(quad.triple)
        return iter(sorted(seen, key=lambda t: (str(t.subject), str(t.predicate), str(t.object))))

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad, in a stable order."""
        return iter(sorted(self.oxigraph.quads_for_pattern(None, None, None, None),
                           key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))))

    # ------------------------------------------------------------------ writing

    keeps_raw = True

    @property
    def raw_copies(self) -> RawCopies:
        """The extraction as written, before review (store.raw)."""
        if self._raw is None:
            self._raw = RawCopies(self.path, read_only=self.read_only)
        return self._raw

    def _keep_raw(self, article: str, quads: list[ox.Quad]) -> None:
        self.raw_copies.put(article, quads)

    def _forget_raw(self, articles: list[str]) -> None:
        self.raw_copies.remove(articles)

    def _flush_now_and_then(self, every: float = 5.0) -> None:
        """Flush the write-ahead log every few seconds, so readers in other processes open the store quickly."""
        now = time.monotonic()
        if now - self._last_flush > every:
            self.oxigraph.flush()
            self._last_flush = now

    def replace_derived_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> bool:
        """Write only what changed, in one update: after a small build most of the summary is as it was,
        and Oxigraph's cost is per quad written or removed; whether anything changed."""
        if self.read_only:
            raise StoreError(f"{self.path}: store was opened read-only")
        old = set(self.oxigraph.quads_for_pattern(None, None, None, graph))
        if not old:
            try:
                self.oxigraph.extend(quads)  # atomic, and much faster than parsing an update of the same size
            except OSError as exc:
                raise StoreError(f"{self.path}: write failed ({exc}); the store keeps its previous state") from None
            return bool(quads)
        new = set(quads)
        parts = [insert_data(old - new, "DELETE DATA"), insert_data(new - old)]
        update = " ;\n".join(p for p in parts if p)
        if update:
            self._execute_update(update)
        return bool(update)

    def run_update(self, text: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: store was opened read-only")
        try:
            self.oxigraph.update(text, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(" ".join(str(exc).split())) from None
        except (OSError, ValueError) as exc:
            raise StoreError(f"{self.path}: update failed ({' '.join(str(exc).split())})") from None

    def _execute_update(self, update: str) -> None:
        try:
            self.oxigraph.update(update, prefixes=PREFIXES)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.path}: write failed ({exc}); the store keeps its previous state") from None
