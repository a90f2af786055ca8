"""Work one body (or a person) did for another: 'an analysis by Orton Advisory LLP for the Rural Councils Network',
'research by X on behalf of Y' -- the body the work was done for commissioned its maker (patterns.json 'commissioned-works'; a
commission is an appointment). Imports extract.mentions_base.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .mentions_base import doc_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Relation
    from .relations import RelationReader


def commissioned_works(reader: RelationReader) -> Iterator[Relation]:
    """A work noun ('analysis', 'report', 'survey') with a 'by' phrase naming its maker and a 'for' (or 'on behalf
    of') phrase naming another body, on the noun, on the maker's name or on the passive the noun is the subject of
    ('The report was prepared by X for Y'): the second commissioned the first; not a regulator's own report ('a report
    by the NAO for Parliament')."""
    rule = reader.structure.structural.get("commissioned-works", {})
    spec, nouns = reader.specs.get(rule.get("predicate", "")), set(rule.get("nouns", ()))
    for tok in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end]:
        if spec is None or tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or tok.i in reader.tok2ment:
            continue
        done = tok.head if tok.dep_ == "nsubjpass" else None  # ('The report was prepared by X for Y'; 'The review, carried out by X,')
        bys = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "by"] + [a for v in ([done] if done is not None else []) + [
            c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"] + [  # (or hung on the verb the noun is the object of)
            c for c in tok.head.children if tok.dep_ == "dobj" and c.dep_ == "advcl" and c.tag_ == "VBN" and c.i == tok.right_edge.i + 2] for a in v.children if a.dep_ == "agent"]
        makers = [x for p in bys for x in _bodies(reader, p, {"Organisation", "Person"})]
        if not makers or any(m.entity is r.entity for m, _ in makers for r in reader.regulators):  # (the article's regulators)
            continue
        heads = [tok, *([done] if done is not None else [])] + [c for p in bys for c in p.children if c.dep_ == "pobj"]
        clients = [x for h in heads for p in h.children if p.dep_ == "prep" for x in _client(reader, p)] or _commissioner(reader, tok, set(rule.get("verbs", ())))
        yield from reader.emit(spec, tok, clients, makers, "commissioned-work")


def _commissioner(reader: RelationReader, tok: Token, verbs: set[str]) -> list:
    """Who commissioned the work: the subject of one of *verbs* whose object the noun is ('X commissioned a review, carried
    out by Y'), or, for 'the' work as its sentence's subject, whose object was the same noun in the sentence before ('X
    commissioned an independent report. The report, written by Y, …')."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in verbs:
        return [x for c in tok.head.children if c.dep_ == "nsubj" for x in reader.mentions_for(c) if x[0].entity is not None and x[0].entity.type == "Organisation"]
    if not (tok.dep_ in {"nsubj", "nsubjpass"} and any(c.lower_ == "the" for c in tok.children)) or reader.sent.start == 0:
        return []
    before = reader.doc[reader.sent.start - 1].sent
    return [x for t in before if t.dep_ == "dobj" and t.lemma_ == tok.lemma_ and t.head.lemma_.lower() in verbs
            for c in t.head.children if c.dep_ == "nsubj" for x in reader.mentions_for(c) if x[0].entity is not None and x[0].entity.type == "Organisation"]


def _client(reader: RelationReader, prep: Token) -> list:
    """The bodies a 'for' or 'on behalf of' phrase names."""
    if prep.lower_ == "on":
        behalf = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "behalf"), None)
        prep = next((p for p in behalf.children if p.dep_ == "prep" and p.lower_ == "of"), None) if behalf is not None else None
    return _bodies(reader, prep) if prep is not None and prep.lower_ in {"for", "of"} else []


def _bodies(reader: RelationReader, prep: Token, types=frozenset({"Organisation"})) -> list:
    return [x for c in prep.children if c.dep_ == "pobj" for x in reader.mentions_for(c)
            if x[0].entity is not None and x[0].entity.type in types]
