"""The review queue: every extracted statement with its stable id and review status, lowest confidence first,
and entities that are likely one body under two names (merge candidates). Imports lookup, sparql and
review.decisions.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lookup import normalise
from ..sparql.canned import internal
from .decisions import KG, statement_id

if TYPE_CHECKING:
    from ..store.base import StoreBase

COLUMNS = ("id", "subject", "predicate", "object", "confidence", "evidence", "article", "status")


@dataclass
class QueueRow:
    id: str
    subject: str
    predicate: str
    object: str
    confidence: float
    evidence: str
    article: str  # the article's title
    status: str  # unreviewed, accepted, rejected
    subject_iri: str
    object_iri: str
    article_iri: str
    subject_type: str
    object_type: str


def statements(store: StoreBase) -> list[QueueRow]:
    """Every extracted statement once (two sentences stating the same fact in one article are one row)."""
    rows: dict[str, QueueRow] = {}
    for _, s, p, o, a, sl, ol, st, ot, conf, ev, title, status in store.select_values(internal("review-statements")):
        if a.startswith(KG) or "/decision/" in a:
            continue
        key = statement_id(s, p, o, a)
        row = QueueRow(key, sl or s, p.removeprefix(KG), ol or o, float(conf or 0), ev or "", title or a,
                       status or "unreviewed", s, o, a, (st or "").removeprefix(KG), (ot or "").removeprefix(KG))
        if key not in rows or row.confidence > rows[key].confidence:
            rows[key] = row
    return sorted(rows.values(), key=lambda r: (r.confidence, r.subject.casefold(), r.predicate, r.id))


def select(rows: list[QueueRow], *, entity: str | None = None, predicate: str | None = None,
           kind: str | None = None, status: str | None = "unreviewed") -> list[QueueRow]:
    """The rows a reviewer asked for: about an entity (IRI), of a relation, with a party of a type, in a status
    (None: all)."""
    out = []
    for r in rows:
        if entity and entity not in (r.subject_iri, r.object_iri):
            continue
        if predicate and r.predicate != predicate.removeprefix(KG):
            continue
        if kind and kind not in (r.subject_type, r.object_type):
            continue
        if status and r.status != status:
            continue
        out.append(r)
    return out


def render(rows: list[QueueRow], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([{c: getattr(r, c) for c in COLUMNS} for r in rows], ensure_ascii=False, indent=1)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for r in rows:
            writer.writerow([getattr(r, c) for c in COLUMNS])
        return out.getvalue()
    lines = []
    for r in rows:
        evidence = r.evidence if len(r.evidence) <= 110 else r.evidence[:107] + "…"
        lines.append(f"{r.id}  {r.confidence:.2f}  {r.subject} —{r.predicate}→ {r.object}  [{r.status}]\n"
                     f"            “{evidence}” ({r.article})")
    lines.append(f"({len(rows)} statement(s))")
    return "\n".join(lines)


@dataclass
class Candidate:
    keep: str
    keep_label: str
    other: str
    other_label: str
    reason: str


def candidates(store: StoreBase) -> list[Candidate]:
    """Pairs of entities of one type that are likely the same body: a shared identifier (GSS, UKPRN, ODS code
    or GOV.UK page), names that normalise alike or nearly, or one's acronym being the other's name."""
    names: dict[str, set[str]] = {}
    labels: dict[str, tuple[str, str]] = {}
    for entity, kind, label, name in store.select_values(internal("reconcile-names")):
        labels[entity] = (label, (kind or "").removeprefix(KG))
        names.setdefault(entity, set()).add(label)
        if name:
            names[entity].add(name)
    found: dict[tuple[str, str], str] = {}

    def propose(a: str, b: str, reason: str) -> None:
        if a != b and labels[a][1] == labels[b][1]:
            pair = tuple(sorted((a, b), key=lambda e: (-len(names[e]), labels[e][0], e)))
            found.setdefault(pair, reason)

    by_key: dict[str, list[str]] = {}
    for entity, ns in names.items():
        for n in ns:
            by_key.setdefault(n if ":" in n or n.startswith("http") else normalise(n), []).append(entity)
    for key, entities in by_key.items():
        for other in entities[1:]:
            propose(entities[0], other, f"both are known as '{key}'")
    keys = sorted(k for k in by_key if ":" not in k and len(k) > 6)
    for i, key in enumerate(keys):
        for close in difflib.get_close_matches(key, keys[i + 1:], n=3, cutoff=0.92):
            for a in by_key[key]:
                for b in by_key[close]:
                    propose(a, b, f"'{key}' and '{close}' are nearly the same name")
    return [Candidate(a, labels[a][0], b, labels[b][0], reason) for (a, b), reason in sorted(found.items())]
