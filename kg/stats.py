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


def store_stats(store: StoreBase) -> StoreStats:
    """Articles, quads, entities by type and relations by predicate, most frequent first."""
    return StoreStats(
        articles=int(next(iter(run_canned(store, "stats-articles")))["n"]),
        quads=len(store),
        entities_by_type={_local(r["type"]): int(r["n"]) for r in run_canned(store, "stats-types")},
        relations_by_predicate={_local(r["predicate"]): int(r["n"]) for r in run_canned(store, "stats-predicates")},
    )
