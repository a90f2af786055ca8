"""An article read in place: its description, topics and entities, and the sentences its statements were
drawn from, with every mention of its entities marked and the statement's own parties told apart.

Reads the store through internal queries (article-*.rq). Imports sparql.canned and vocab only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import QueryError
from .sparql.canned import internal
from .vocab.namespace import ID_BASE, ONTOLOGY_IRI

if TYPE_CHECKING:
    from .store.base import StoreBase


@dataclass
class Segment:
    """A piece of a sentence: plain text, or a mention of *entity* (its role in the statement, if any)."""

    text: str
    entity: str | None = None
    role: str = ""  # "subject", "object" or "" (another mention)
    type: str = ""


@dataclass
class StatementView:
    anchor: str  # the id of the statement on the page (its IRI's local part)
    iri: str
    subject: str
    subject_label: str
    predicate: str
    object: str
    object_label: str
    confidence: float | None
    rule: str
    detail: str


@dataclass
class Sentence:
    segments: list[Segment]
    statements: list[StatementView] = field(default_factory=list)


@dataclass
class ArticleView:
    iri: str
    info: dict
    topics: list[dict]
    entities: list[dict]  # entity, label, type: every entity the article mentions
    sentences: list[Sentence]


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def mark(text: str, names: dict[str, tuple[str, str]], roles: dict[str, str]) -> list[Segment]:
    """Cut *text* into segments, marking each whole-word occurrence of a name (name -> (entity, type)),
    longest names first and never overlapping; *roles* gives the statement's subject and object."""
    spans: list[tuple[int, int, str, str]] = []
    taken = [False] * len(text)
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 2:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if not any(taken[m.start():m.end()]):
                entity, kind = names[name]
                spans.append((m.start(), m.end(), entity, kind))
                for i in range(m.start(), m.end()):
                    taken[i] = True
    segments, at = [], 0
    for start, end, entity, kind in sorted(spans):
        if start > at:
            segments.append(Segment(text[at:start]))
        segments.append(Segment(text[start:end], entity, roles.get(entity, ""), kind))
        at = end
    if at < len(text):
        segments.append(Segment(text[at:]))
    return segments


def article_view(store: StoreBase, iri: str) -> ArticleView:
    """Everything the article page shows; QueryError when the store holds no such article."""
    bound = {"article": iri}
    info = store.select_records(internal("article-info"), bound)
    if not info:
        raise QueryError(f"no article {iri} in the store")
    entities: dict[str, dict] = {}
    names: dict[str, tuple[str, str]] = {}
    for r in store.select_records(internal("article-entities"), bound):
        kind = (r["type"] or "").removeprefix(ONTOLOGY_IRI + "#")
        e = entities.setdefault(r["entity"], {"entity": r["entity"], "label": r["label"] or _local(r["entity"]),
                                              "type": kind})
        for name in (r["name"], r["alias"], e["label"]):
            if name:
                names.setdefault(name, (r["entity"], kind))
    sentences: list[Sentence] = []
    by_text: dict[str, Sentence] = {}
    for r in store.select_records(internal("article-statements"), bound):
        amount = f"{r['amount']} {r['currency'] or ''}".strip() if r["amount"] else ""
        st = StatementView(
            anchor=r["statement"].removeprefix(ID_BASE + "statement/"), iri=r["statement"], subject=r["subject"],
            subject_label=r["subjectLabel"] or _local(r["subject"]), predicate=_local(r["predicate"]),
            object=r["object"], object_label=r["objectLabel"] or _local(r["object"]),
            confidence=float(r["confidence"]) if r["confidence"] else None, rule=r["rule"] or "",
            detail=" · ".join(x for x in (amount, r["rating"] or "", r["date"] or "") if x))
        text = r["evidence"] or ""
        sentence = by_text.get(text)
        if sentence is None:
            sentence = by_text[text] = Sentence(mark(text, names, {}))
            sentences.append(sentence)
        sentence.statements.append(st)
    for sentence in sentences:  # mark the parties of the sentence's statements
        roles = {}
        for st in sentence.statements:
            roles.setdefault(st.subject, "subject")
            roles.setdefault(st.object, "object")
        for seg in sentence.segments:
            if seg.entity:
                seg.role = roles.get(seg.entity, "")
    ordered = sorted(entities.values(), key=lambda e: (e["type"], e["label"].casefold()))
    return ArticleView(iri, info[0], store.select_records(internal("article-topics"), bound), ordered, sentences)
