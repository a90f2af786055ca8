"""What a reviewer does, one function per `kg review` command: each names its targets the way people do
(a statement's short id; an entity's label, alias or IRI), records the decision, applies it and brings the
summary graph up to date. Imports lookup, summary, errors and the review modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import InputError, QueryError
from ..lookup import resolve_entity
from ..vocab.namespace import ENTITY_TYPES, PREDICATES
from .apply import apply_all, clear, decisions, forget, record
from .decisions import Decision
from .queue import statements

if TYPE_CHECKING:
    from ..store.base import StoreBase


def _done(store: StoreBase, concerns: list[str] | None = None) -> None:
    """Bring the summary up to date: from its tallies for the entities a decision concerns and the articles
    that mention them (*concerns* given, the summary fresh before the decision), else by a recount."""
    from ..summary import refresh_summary, update_summary

    if concerns is not None:
        entities = {c for c in concerns if "/article/" not in c}
        articles = {c for c in concerns if "/article/" in c}
        articles.update(a for a, _ in store.select_in("article-mentions", "entity", entities))
        if update_summary(store, sorted(articles), entities):
            return
    refresh_summary(store)


def _entity(store: StoreBase, name: str) -> str:
    return resolve_entity(store, name)


def decide_statement(store: StoreBase, sid: str, kind: str, by: str | None = None, note: str = "") -> Decision:
    """Accept or reject the statement with this id (as `kg review list` shows it)."""
    rows = [r for r in statements(store) if r.id == sid.strip()]
    if not rows:
        raise QueryError(f"no statement with id '{sid}'; `kg review list --status all` shows the ids")
    r = rows[0]
    data = {"subject": r.subject_iri, "predicate": r.predicate, "object": r.object_iri, "article": r.article_iri}
    return _record(store, Decision(kind, data, **_who(by), note=note))


def retype(store: StoreBase, entity: str, kind: str, by: str | None = None, note: str = "") -> Decision:
    wanted = next((t for t in ENTITY_TYPES if t.casefold() == kind.casefold()), None)
    if wanted is None:
        raise QueryError(f"unknown type '{kind}'; the types are {', '.join(ENTITY_TYPES)}")
    return _record(store, Decision("retype", {"entity": _entity(store, entity), "type": wanted}, **_who(by), note=note))


def rename(store: StoreBase, entity: str, label: str, by: str | None = None, note: str = "") -> Decision:
    if not label.strip():
        raise QueryError("the new label is empty")
    return _record(store, Decision("rename", {"entity": _entity(store, entity), "label": label.strip()}, **_who(by),
                                   note=note))


def merge(store: StoreBase, keep: str, other: str, by: str | None = None, note: str = "") -> Decision:
    keep_iri, other_iri = _entity(store, keep), _entity(store, other)
    if keep_iri == other_iri:
        raise QueryError(f"'{keep}' and '{other}' are already the same entity")
    return _record(store, Decision("merge", {"keep": keep_iri, "other": other_iri}, **_who(by), note=note))


def unmerge(store: StoreBase, entity: str) -> int:
    """Forget the merges into or of this entity; the articles that mention it are marked to be read again,
    which restores the separate entities at the next `kg build`. Returns how many articles were marked."""
    from .apply import _update

    iri = resolve_entity(store, entity)
    found = [d for d in decisions(store) if d.kind == "merge" and iri in (d.data["keep"], d.data["other"])]
    if not found:
        raise QueryError(f"no merge involves {iri}")
    before = len(store.article_hashes())
    for d in found:
        forget(store, d)
        _update(store, "review-mark-unread", e=d.data["keep"])
    _done(store)
    return before - len(store.article_hashes())


def add(store: StoreBase, subject: str, predicate: str, obj: str, *, evidence: str = "", source: str = "",
        amount: str = "", currency: str = "", by: str | None = None, note: str = "") -> Decision:
    """A fact the extractor missed, with the sentence or source that states it."""
    if predicate not in PREDICATES:
        raise QueryError(f"unknown relation '{predicate}'; the relations are {', '.join(PREDICATES)}")
    if source and not source.startswith(("http://", "https://")):
        raise QueryError("--source must be an http(s) address")
    data = {"subject": _entity(store, subject), "predicate": predicate, "object": _entity(store, obj),
            "evidence": evidence, "source": source}
    if amount:
        data.update(amount=amount, currency=currency or "GBP")
    return _record(store, Decision("add", data, **_who(by), note=note))


def export_decisions(store: StoreBase) -> str:
    """Every decision as JSON Lines, oldest first: the file a team keeps in git."""
    return "".join(d.to_json() + "\n" for d in decisions(store))


def import_decisions(store: StoreBase, text: str, where: str, replace: bool = False) -> int:
    """Decisions from JSON Lines (`kg review export`), recorded and applied; with *replace*, the store's own
    decisions are dropped first. A bad line stops the import before anything is written."""
    parsed = [Decision.from_json(line, f"{where}, line {n}") for n, line in enumerate(text.splitlines(), 1)
              if line.strip()]
    if replace:
        clear(store)
    for d in parsed:
        forget(store, d)
        store.add_quads(d.quads())
    apply_all(store)
    _done(store)
    return len(parsed)


def _record(store: StoreBase, decision: Decision) -> Decision:
    try:
        decision.check()
    except InputError as exc:
        raise QueryError(exc.problem if hasattr(exc, "problem") else str(exc)) from None
    from ..summary import mark_summary_stale, summary_is_fresh

    fresh = summary_is_fresh(store)
    mark_summary_stale(store)  # until the summary follows the decision
    record(store, decision)
    _done(store, decision.concerns() if fresh else None)
    return decision


def _who(by: str | None) -> dict:
    return {"by": by} if by else {}
