"""One type per name across the corpus. Each article types its entities from its own evidence, so a name can
come out as a Programme in three articles and an Organisation in a fourth, and become two nodes. After a build
writes articles, the names it touched are put to a vote: when more articles give a name one type than any
other, the other-typed nodes fold into that one (their statements and mentions move across), so the graph
has one node per name. The raw view (kg/rawview.py) still shows each article's own reading.

Only names of two words or more are voted on: a single word ('Jordan', 'Chelsea', 'Leeds') can be a person,
a place and a body in different articles, rightly. A node whose identity comes from a gazetteer (it carries
an official code) is never folded into another, and two such nodes are left apart. A tie is no vote.

Imports vocab, sparql (the internal merge updates the review also uses); the store is passed in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..sparql import with_values
from ..sparql.canned import internal
from ..vocab.namespace import ENTITY_TYPES, ID_BASE, SCHEMA

if TYPE_CHECKING:
    from ..store.base import StoreBase

_SEGMENTS = tuple(t.lower() for t in ENTITY_TYPES)
_IDENTIFIER = str(SCHEMA.identifier)
FOLD_UPDATES = ("review-merge-names", "review-merge-subject", "review-merge-object")


def name_variants(iris: Iterable[str]) -> dict[str, set[str]]:
    """For each entity IRI of a multi-word name, the IRIs the same name would have under every type,
    keyed by the name's IRI segment ('id:organisation/kent-integrated-dataset' -> 'kent-integrated-dataset')."""
    out: dict[str, set[str]] = {}
    for iri in iris:
        kind, _, slug = iri.removeprefix(ID_BASE).partition("/")
        if not iri.startswith(ID_BASE) or kind not in _SEGMENTS or "-" not in slug or "/" in slug:
            continue
        out.setdefault(slug, {f"{ID_BASE}{segment}/{slug}" for segment in _SEGMENTS})
    return out


def choose(present: dict[str, int], fixed: set[str]) -> tuple[str, list[str]] | None:
    """The node a name keeps and the nodes that fold into it, given how many articles mention each node and
    which nodes have a gazetteer identity; None when there is nothing to decide or no majority."""
    if len(present) < 2 or len(fixed & present.keys()) > 1:
        return None
    ranked = sorted(present, key=lambda e: (e in fixed, present[e], e), reverse=True)
    first, second = ranked[0], ranked[1]
    if first not in fixed and present[first] == present[second]:
        return None  # a tie is no vote
    return first, ranked[1:]


def settle_types(store: StoreBase, entities: Iterable[str]) -> set[str]:
    """Fold the other-typed nodes of the names among *entities* into the type most articles give them;
    returns every IRI it changed (kept and folded), for the summary and the names to be refreshed."""
    variants = name_variants(entities)
    if not variants:
        return set()
    candidates = set().union(*variants.values())
    articles = Counter(e for _, e in store.select_in("article-mentions", "entity", candidates))
    present = {e for e in candidates if articles[e]}
    fixed = {e for e, d in store.entity_descriptions(present).items() if any(p == _IDENTIFIER for p, _ in d.other)}
    changed: set[str] = set()
    for iris in variants.values():
        decision = choose({e: articles[e] for e in iris if articles[e]}, fixed)
        if decision is None:
            continue
        keep, others = decision
        for other in others:
            for name in FOLD_UPDATES:
                store.run_update(with_values(internal(name), {"keep": _iri(keep), "other": _iri(other)}))
            changed |= {keep, other}
    return changed


def _iri(value: str):
    from rdflib import URIRef

    return URIRef(value)
