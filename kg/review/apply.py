"""Decisions applied to the store, so that every query, export, page and network command sees the reviewed
graph: rejected statements hidden (kept for audit as kg:RejectedStatement), entities retyped and renamed
(the extracted type and label kept), merged entities folded into one, hand-added facts present. Applying is
idempotent and runs after every build, so decisions survive rebuilds. Imports sparql and review.decisions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef

from ..sparql.bind import drop_graph, with_values
from ..sparql.canned import internal
from .decisions import KG, REVIEW_GRAPH, Decision

if TYPE_CHECKING:
    from ..store.base import StoreBase


def _update(store: StoreBase, name: str, **values) -> None:
    bound = {k: (v if isinstance(v, Literal) else URIRef(v)) for k, v in values.items()}
    store.run_update(with_values(internal(name), bound))


def decisions(store: StoreBase) -> list[Decision]:
    """Every decision in the store, oldest first."""
    out = []
    for _, kind, data, by, at, note in store.select_values(internal("review-decisions")):
        out.append(Decision(kind=kind, data=json.loads(data), by=by or "", at=at or "", note=note or ""))
    return out


def _statement(d: Decision) -> dict:
    data = d.data
    return {"s": data["subject"], "p": KG + data["predicate"].removeprefix(KG), "o": data["object"],
            "article": data["article"]}


def apply_one(store: StoreBase, d: Decision) -> None:
    """Make the store show one decision (again: it is safe to apply twice)."""
    data = d.data
    if d.kind == "reject":
        _update(store, "review-reject", **_statement(d))
    elif d.kind == "accept":
        _update(store, "review-restore", **_statement(d))
        _update(store, "review-accept", **_statement(d))
    elif d.kind == "retype":
        new = KG + data["type"]
        _update(store, "review-retype", e=data["entity"], new=new)
        _update(store, "review-retype-add", e=data["entity"], new=new)
    elif d.kind == "rename":
        _update(store, "review-rename", e=data["entity"], new=Literal(data["label"]))
    elif d.kind == "merge":
        for name in ("review-merge-names", "review-merge-subject", "review-merge-object"):
            _update(store, name, keep=data["keep"], other=data["other"])


def apply_all(store: StoreBase) -> int:
    """Apply every decision (merges first, so the others find the entities they name); returns how many."""
    found = decisions(store)
    order = {"merge": 0, "retype": 1, "rename": 2, "reject": 3, "accept": 3, "add": 4}
    for d in sorted(found, key=lambda d: order[d.kind]):
        apply_one(store, d)
    return len(found)


def record(store: StoreBase, decision: Decision) -> None:
    """Keep a decision in the review graph, replacing an earlier one on the same target, and apply it."""
    decision.check()
    forget(store, decision)
    store.add_quads(decision.quads())
    apply_one(store, decision)


def forget(store: StoreBase, decision: Decision) -> None:
    """Remove a decision from the review graph (what it changed stays until the articles are read again,
    except a rejection, which is undone here)."""
    _update(store, "review-forget", decision=decision.iri)
    if decision.kind == "reject":
        _update(store, "review-restore", **_statement(decision))


def clear(store: StoreBase) -> None:
    """Drop every decision (for a fresh import)."""
    store.run_update(drop_graph(REVIEW_GRAPH))


@dataclass
class Status:
    counts: dict[str, int]
    orphaned: list[tuple[Decision, str]]  # decision, what is missing


def status(store: StoreBase) -> Status:
    """How many decisions of each kind, and those whose target no longer exists (an article pruned, an
    entity no article mentions, a statement no longer extracted)."""
    found = decisions(store)
    counts: dict[str, int] = {}
    for d in found:
        counts[d.kind] = counts.get(d.kind, 0) + 1
    entities = {e for e, *_ in store.select_values(internal("snapshot-entities"))}
    statements = {(s, p, o, a) for _, s, p, o, a, *_ in store.select_values(internal("review-statements"))}
    orphaned = []
    for d in found:
        data = d.data
        if d.kind in ("accept", "reject"):
            key = (data["subject"], KG + data["predicate"].removeprefix(KG), data["object"], data["article"])
            if key not in statements:
                orphaned.append((d, "the statement is no longer extracted from its article"))
        elif d.kind in ("retype", "rename") and data["entity"] not in entities:
            orphaned.append((d, "no article mentions the entity any more"))
        elif d.kind == "merge" and data["keep"] not in entities:
            orphaned.append((d, "no article mentions the entity kept any more"))
    return Status(counts, orphaned)
