"""Appointments announced before the appointee is named: 'X has appointed a new finance director.' followed by
'Jo Bloggs will join from Y in May.' The first sentence names the body and an unnamed post ('a new finance
director', 'confirmed the appointment of a new chair', 'An acting director has been appointed by X'); the
holder is the person who, in one of the next sentences, takes up, joins or succeeds to it. The statement's
evidence is both sentences. The words are data (patterns.json 'announced-appointee'). Imports model and the
extract readers; read by relations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..model import Relation
from .mentions_base import Mention, mention_root
from .posts import is_post

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .relations import RelationReader, RelationRules


def announced_appointees(doc: Doc, sents: list[Span], tok2ment: dict[int, Mention], lex: RelationRules,
                         reader_for: Callable[[Span], RelationReader]) -> Iterator[Relation]:
    """appointed(body, person) where a sentence announces an unnamed post and a later one names who takes it."""
    rule = lex.structure.structural.get("announced-appointee", {})
    spec = lex.specs.get(rule.get("predicate", ""))
    if spec is None:
        return
    posts = set(lex.structure.structural.get("role-nouns", {}).get("words", ()))
    words = set(rule.get("verbs", ())) | set(rule.get("nouns", ()))
    for k, sent in enumerate(sents):
        reader = None
        for tok in sent:
            if tok.lemma_.lower() not in words:
                continue
            reader = reader or reader_for(sent)
            bodies = _announcing_bodies(reader, tok, rule, posts)
            if not bodies:
                continue
            for later in sents[k + 1:k + 1 + int(rule.get("sentences", 2))]:
                taker = _taker(doc, later, tok2ment, set(rule.get("taking_verbs", ())))
                if taker is not None:
                    yield from reader_for(doc[sent.start:later.end]).emit(spec, tok, bodies, [(taker, False)], "announced-appointee")
                    break


def _announcing_bodies(reader: RelationReader, tok: Token, rule: dict, posts: set[str]) -> list:
    """The body that announces an unnamed post at *tok* ('appointed a new chief executive'), or []."""
    lemma = tok.lemma_.lower()
    if lemma in rule.get("verbs", ()) and tok.pos_ in {"VERB", "AUX"}:
        said = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        passive = any(c.dep_ == "nsubjpass" for c in said)
        bodies = ([*reader._prep_objects(tok, set(rule.get("passive_prepositions", ()))),  # 'at X', 'by X'
                   *(m for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                     for m in reader.mentions_for(p))] if passive else
                  [m for c in tok.children if c.dep_ == "nsubj" for m in reader.mentions_for(c)])
    elif lemma in rule.get("nouns", ()) and tok.pos_ == "NOUN":  # 'X confirmed the appointment of a new chair'
        said = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        carrier = tok.head if tok.dep_ == "dobj" else None
        bodies = [m for c in (carrier.children if carrier is not None else ()) if c.dep_ == "nsubj" for m in reader.mentions_for(c)]
    else:
        return []
    if not any(_unnamed_post(reader, p, rule, posts) for p in said):
        return []
    return [(m, coref) for m, coref in bodies if m.entity is not None and m.entity.type == "Organisation"]


def _unnamed_post(reader: RelationReader, tok: Token, rule: dict, posts: set[str]) -> bool:
    """'a new chief executive', 'an interim chair': a post word, not a name, that is new or indefinite."""
    if tok.i in reader.tok2ment or tok.pos_ != "NOUN" or not is_post(tok, posts):
        return False
    marks = {c.lower_ for c in tok.children if c.dep_ in {"det", "amod"}}
    return bool(marks & set(rule.get("new_words", ())))


def _taker(doc: Doc, sent: Span, tok2ment: dict[int, Mention], verbs: set[str]) -> Mention | None:
    """The first person in *sent* who is the subject of a verb of taking up a post ('will join', 'took up'), or of a
    verb that such a verb completes ('was chosen to take over')."""
    for tok in sent:
        m = tok2ment.get(tok.i)
        if m is None or m.entity is None or m.entity.type != "Person" or tok.i != m.start:
            continue
        root = mention_root(doc, m)
        if root.dep_ in {"nsubj", "nsubjpass"} and (root.head.lemma_.lower() in verbs or any(  # ('has been selected to take
                c.dep_ == "xcomp" and c.lemma_.lower() in verbs for c in root.head.children)):  # over the role')
            return m
    return None
