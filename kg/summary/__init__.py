"""The summary graph: statistics and rankings the counting queries read, computed by `kg build` — recounted
from the whole store (a new store, a stale summary, `kg infer`, `kg review import`), or updated from running tallies for just the
articles and entities a build touched. Imports summary.graph and summary.tally.
"""

from __future__ import annotations

import pyoxigraph as ox

from ..rdf import SUMMARY_GRAPH, lit
from ..sparql.canned import internal
from .graph import (
    CREATED,
    DATASET,
    StoreContents,
    SummaryFacts,
    co_mentions,
    facts_from,
    facts_quads,
    has_summary,
    key_quads,
    mark_summary_stale,
    name_keys,
    read_contents,
    stamp_of,
    stamp_quad,
    summary_is_fresh,
    topic_activity,
)
from .tally import Tally

__all__ = ["StoreContents", "SummaryFacts", "co_mentions", "has_summary", "mark_summary_stale", "read_contents",
           "refresh_summary", "summary_is_fresh", "topic_activity", "update_summary"]


def refresh_summary(store) -> int:
    """Recompute the summary graph from the whole store and replace it in one update (and, beside a store
    folder, rebuild the running tallies, stamped like the summary); returns its size."""

    day = _created_day(store)
    c = read_contents(store)
    facts = facts_from(c)
    stamp = stamp_of(facts, day)
    quads = facts_quads(facts) + [ox.Quad(DATASET, CREATED, lit(day, "date"), SUMMARY_GRAPH), stamp_quad(stamp)]
    for entity in sorted(c.types):
        quads += key_quads(entity, name_keys(c.labels.get(entity, ""), c.aliases.get(entity, ())))
    tally = Tally.of(store)
    if tally is not None:
        try:
            tally.rebuild(store, c, facts, stamp)
        finally:
            tally.close()
    store.replace_derived_graph(SUMMARY_GRAPH, quads)
    return len(quads)


def update_summary(store, articles, entities) -> bool:
    """Bring the summary up to date for these articles and entities from the running tallies, when the
    tallies are those the summary was computed with; returns False (nothing done) otherwise. The caller
    checks, before it writes anything, that the summary was fresh (summary_is_fresh)."""

    tally = Tally.of(store)
    if tally is None:
        return False
    try:
        if not tally.matches(store):
            return False
        tally.update(store, articles, entities)
        tally.write_summary(store, _created_day(store))
    finally:
        tally.close()
    return True


def _created_day(store) -> str:
    import datetime

    created = store.select_values(internal("summary-created"))
    return created[0][0] if created else datetime.date.today().isoformat()
