"""Counts that describe a store."""

from __future__ import annotations

from dataclasses import dataclass

from .sparql import run_canned
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
    return StoreStats(
        articles=int(next(iter(run_canned(store, "stats-articles")))["n"]),
        quads=quads,
        entities_by_type={_local(r["type"]): int(r["n"]) for r in run_canned(store, "stats-types")},
        relations_by_predicate={_local(r["predicate"]): int(r["n"]) for r in run_canned(store, "stats-predicates")},
    )
