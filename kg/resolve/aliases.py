"""Names already in the store, so 'KID' in a new article joins the 'Kent Integrated Dataset' node.

Imports sparql (the canned `aliases` query); the store is passed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..model import Entity

if TYPE_CHECKING:
    from ..store.base import StoreBase


class AliasIndex:
    """Names already in the store, so 'KID' in a new article joins the 'Kent Integrated Dataset' node."""

    def __init__(self) -> None:
        self._by_form: dict[tuple[str, str], set[tuple[str, str | None]]] = {}
        self._store: StoreBase | None = None
        self._asked: set[str] = set()

    def add(self, etype: str, label: str, forms: Iterable[str], iri: str | None = None) -> None:
        for form in [label, *forms]:
            self._by_form.setdefault((etype, form.casefold()), set()).add((label, iri))

    def attach(self, store: StoreBase) -> None:
        """Look names up in the store as articles come (see prefetch), rather than loading every name: the
        cost follows the articles read, not the store. Needs the summary's name keys to be up to date."""
        self._store = store

    def prefetch(self, entities: Iterable[Entity]) -> None:
        """Fetch from the attached store the entities known by these entities' names (once per name)."""
        if self._store is None:
            return
        keys = sorted({e.name.lower() for e in entities} - self._asked)
        self._asked.update(keys)
        found = {e for (e,) in self._store.select_in("alias-lookup", "key", keys, literals=True)}
        # their descriptions, read by subject (one query with OPTIONAL scanned every entity)
        for e, d in self._store.entity_descriptions(found).items():
            for etype in d.types:
                for label in d.labels:
                    self.add(etype.rsplit("#", 1)[-1], label, d.aliases, e)

    def load(self, store: StoreBase) -> None:
        """Every name in the store, at once."""
        from ..sparql import run_canned

        for row in run_canned(store, "aliases"):
            etype = str(row["type"]).rsplit("#", 1)[-1]
            self.add(etype, str(row["label"]), [str(row["alias"])] if row.get("alias") else [], str(row["entity"]))

    def resolve(self, entity: Entity) -> None:
        """Join an entity to the known entity whose label or alias it matches, if exactly one does: it takes
        that entity's label and IRI (the IRI stays whatever the label later becomes)."""
        known = self._by_form.get((entity.type, entity.name.casefold()), set())
        if len({iri or label for label, iri in known}) == 1:
            label, iri = next(iter(known))
            if label.casefold() != entity.name.casefold():
                entity.aliases.add(entity.name)
                entity.aliases.discard(label)
                entity.name = label
            entity.iri = iri or entity.iri
        self.add(entity.type, entity.name, entity.aliases, entity.iri)
