"""Counts that describe a store."""

from __future__ import annotations

from dataclasses import dataclass

from .store import StoreBase


@dataclass
class StoreStats:
    articles: int
    quads: int
    entities_by_type: dict[str, int]
    relations_by_predicate: dict[str, int]


def _local(iri: object) -> str:
    return str(iri).rsplit("#", 1)[-1]


def store_stats(store: StoreBase, exact: bool = True) -> StoreStats:
    """Articles, quads, entities by type and relations by predicate, most frequent first. The quads are
    counted (a scan of the whole store), or with *exact* False read from the summary's void:triples (every
    quad but the summary's own)."""
    from .sparql.canned import internal

    found = [] if exact else store.select_values(internal("summary-exists"))
    quads = int(found[0][0]) if found else len(store)
    from .sparql.canned import get_canned

    def rows(name: str) -> list[dict]:  # the canned counting queries take no parameters: read them directly
        return store.select_records(get_canned(name).text)

    return StoreStats(
        articles=int(rows("stats-articles")[0]["n"]),
        quads=quads,
        entities_by_type={_local(r["type"]): int(r["n"]) for r in rows("stats-types")},
        relations_by_predicate={_local(r["predicate"]): int(r["n"]) for r in rows("stats-predicates")},
    )
