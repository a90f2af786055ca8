"""Whose 'we' a quotation speaks with: '"We are working with X," said Jo Bloggs, leader of Y Council' — the body of
the one quoted (a body quoted itself, or the body the person's post is named at: 'leader of Y', "Y's chief
executive", 'Y leader Jo Bloggs', or 'Council leader Jo Bloggs' after Y is named, at any of the person's mentions).
The quote's speaker is the subject of the reporting verb of its sentence, or of the sentence before when that ends
with a colon (patterns.json 'quote-speakers' 'verbs'); a speaker the parser took for a reported verb's object is no
object of it. Imports extract.coref and extract.mentions_base; the reader is passed in; read by extract.phrases and
extract.relations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .coref import nearest_named
from .mentions_base import Mention, mention_root

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .phrases import PhraseReader


def speaker_body(reader: PhraseReader, tok: Token) -> Mention | None:
    """The body a quoted 'we', 'us' or 'our' stands for: the quoted speaker's, or None."""
    verbs = set(reader.structure.structural.get("quote-speakers", {}).get("verbs", ()))
    doc, sent = reader.doc, reader.sent
    said = [sent.root] if sent.root.lemma_ in verbs and sent.root.i != tok.head.i else []
    if not said and sent.start >= 2 and doc[sent.start - 1].text in {'"', "“"} and doc[sent.start - 2].text == ":" \
            or not said and sent.start >= 1 and doc[sent.start - 1].text == ":":
        before = doc[sent.start - 1 - (doc[sent.start - 1].text != ":")].sent.root
        said = [before] if before.lemma_ in verbs else []
    speakers = [m for v in said for c in v.children if c.dep_ == "nsubj" and not (c.i <= tok.i <= c.right_edge.i)
                for m, _ in reader.mentions_for(c)]
    if len(speakers) != 1 or speakers[0].entity is None:
        return None
    one = speakers[0]
    if one.entity.type == "Organisation":
        return one
    return _post_body(reader, one) if one.entity.type == "Person" else None


def _post_body(reader: PhraseReader, person: Mention) -> Mention | None:
    """The one body a person's post is named at, in the words around any of their mentions ('Jo Bloggs, leader of Y',
    'Y leader Jo Bloggs', "Y's chief executive, Jo Bloggs"), or that appointed them (_appointers)."""
    found = {}
    for m in {id(m): m for m in reader.tok2ment.values() if m.entity is person.entity}.values():
        root = mention_root(reader.doc, m)
        near = [t for c in root.children if c.dep_ in {"appos", "compound", "poss"} and not (m.start <= c.i < m.end) for t in c.subtree]
        near += [t for t in root.head.subtree if not (m.start <= t.i < m.end)] if root.dep_ == "appos" and not (m.start <= root.head.i < m.end) else []
        near += _appointers(reader, root)
        for t in near:
            x = reader.tok2ment.get(t.i) or (nearest_named(t, reader.doc[m.start].sent, reader.tok2ment, reader.rules, bare=True)
                                             if t.lower_ in reader.rules.name_nouns and t.is_title and t.i not in reader.tok2ment else None)  # ('Council leader X')
            if x is not None and x.entity is not None and x.entity.type == "Organisation" and t.dep_ not in {"relcl", "acl"}:
                found[id(x.entity)] = x
    return next(iter(found.values())) if len(found) == 1 else None


def not_speakers(reader: PhraseReader, verb: Token, objects: list) -> list:
    """*objects* less a speaker the parser made the verb's object ('… issued £300,000 in penalties to landlords, the
    council's cabinet member, Jo Bloggs, said'): a phrase set off by a comma after the clause, right before the reporting
    verb the clause hangs on, which has no subject of its own."""
    said = verb.head if verb.dep_ == "ccomp" else None
    verbs = set(reader.structure.structural.get("quote-speakers", {}).get("verbs", ()))
    if said is None or said.lemma_ not in verbs or any(c.dep_ == "nsubj" for c in said.children):
        return objects
    doc = reader.doc
    speaking = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and doc[c.left_edge.i - 1].text == ","
                and said.i in {c.right_edge.i + 1, c.right_edge.i + 2}]
    spoken = {t.i for c in speaking for t in c.subtree}
    return [o for o in objects if o[0].start not in spoken]


def _appointers(reader: PhraseReader, root: Token) -> list[Token]:
    """'Y has appointed Jo Bloggs as chair', 'Jo Bloggs has been appointed by Y', 'Y confirmed the appointment of Jo
    Bloggs': the words naming who appointed the person (patterns.json 'role-copula' 'appointing_verbs')."""
    appointing = set(reader.structure.structural.get("role-copula", {}).get("appointing_verbs", ()))
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ == "appointment" else root
    verb = verb.head if verb.dep_ in {"dobj", "nsubjpass"} else None
    if verb is None or verb.lemma_ not in appointing and not (root is not verb and verb.lemma_ in {"confirm", "announce"}):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"] + [p for a in verb.children if a.dep_ == "agent" for p in a.children]
