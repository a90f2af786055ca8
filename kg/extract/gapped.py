"""Sums listed with the verb left out: 'Kelby Council will receive £5.2m, Orton Council £4.1m and Barset Council
£2.7m' — after a relation that carries a sum, names each followed by a sum of its own, joined by commas and 'and',
stand where the name nearest before the first sum stood, each with its own sum (rule 'gapped-sum', at no more than
the relation's own confidence), and are none of what the verb acts on ('X is providing £52m, Y £40m'). Imports model, resolve and extract.mentions_base; read by relations.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..resolve import SCALE_WORDS, parse_amount
from .mentions_base import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..model import Relation
    from ..vocab.lexicon import RelationSpec


def gapped_sums(doc: Doc, tok2ment: dict[int, Mention], rel: Relation, spec: RelationSpec, confidence: float) -> list[Relation]:
    """The relations the names listed after *rel*'s sum state, each with its sum (none where the list is not of that shape)."""
    sent = doc.char_span(rel.start, rel.end, alignment_mode="expand") if rel.amount is not None else None
    if sent is None:
        return []
    money = next((e for e in doc.ents if e.label_ == "MONEY" and sent.start <= e.start < sent.end
                  and (a := parse_amount(e.text)) is not None and a.value == rel.amount.value), None) or next((
        doc[i:written[1]] for i in range(sent.start, sent.end) if (written := _sum_at(doc, i, sent.end)) is not None
        and written[0].value == rel.amount.value), None)  # (a sum the tagger did not mark: '£2m' after a name)
    if money is None:
        return []
    listed = _listed(doc, tok2ment, money, sent)
    before = [m for i in range(sent.start, money.start) if (m := tok2ment.get(i)) is not None and m.entity is not None and m.end == i + 1]
    nearest = before[-1].entity if before else None
    if not listed or nearest is None or nearest not in (rel.subject, rel.object):
        return []
    side, types = ("subject", spec.subject_types) if nearest is rel.subject else ("object", spec.object_types)
    return [replace(rel, **{side: m.entity}, amount=amount, rule="gapped-sum", confidence=min(confidence, rel.confidence))
            for m, amount in listed if m.entity.type in types and m.entity is not rel.subject and m.entity is not rel.object]


def listed_givers(doc: Doc, tok2ment: dict[int, Mention], verb: Token, objects: list) -> list:
    """*objects* less the names listed after the verb's own sum ('X is providing £52m, Y £40m and Z £3m'): they stand where
    the subject stood, each giving its own sum, not what the verb acts on."""
    sums = [i for i in range(verb.i + 1, min(verb.i + 4, len(doc))) if doc[i].tag_ == "$"]
    written = _sum_at(doc, sums[0], verb.sent.end) if sums else None
    listed = {id(m) for m, _ in _listed(doc, tok2ment, doc[sums[0]:written[1]], verb.sent)} if written else set()
    return [o for o in objects if id(o[0]) not in listed]


def _listed(doc: Doc, tok2ment: dict[int, Mention], money: Span, sent: Span) -> list:
    """', B £4.1m and C £2.7m' right after a sum: each name and the sum right after it, to the list's end."""
    found, pos = [], money.end
    while pos < sent.end and doc[pos].text in {",", "and"}:
        k = pos + 1 + (doc[pos].text == "," and pos + 1 < sent.end and doc[pos + 1].text == "and")
        k += k < sent.end and doc[k].lower_ == "the"  # (', the Department for X £40m')
        m = tok2ment.get(k)
        if m is None or m.start != k or m.entity is None or (written := _sum_at(doc, m.end, sent.end)) is None:
            break  # (the list ends: ', the Ministry announced')
        found.append((m, written[0]))
        pos = written[1]
    return found


def _sum_at(doc: Doc, i: int, limit: int) -> tuple | None:
    """The sum written from token *i* ('£4.1 million', '£2m'; the tagger may not have marked it) and where it ends."""
    if i >= limit or doc[i].tag_ != "$":
        return None
    j = i + 1
    while j < limit and (doc[j].like_num or doc[j].lower_.rstrip(".") in SCALE_WORDS):
        j += 1
    amount = parse_amount(doc[i:j].text)
    return (amount, j) if amount is not None and j > i + 1 else None
