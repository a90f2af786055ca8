"""The partners named with a relation's subject: 'A, alongside B, launched …', 'Working with B, A launched …',
'A, in conjunction with B, …' — each acted with the subject (patterns.json 'co-subject'). Imports the mention
model (extract.mentions_base; extract.phrases for its types only); read by relations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions_base import Mention, mention_root

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .phrases import PhraseReader


def co_subjects(reader: PhraseReader, ment: Mention) -> list[Mention]:
    """'Kent County Council, alongside Kent's CCGs, created ...': the partners named with a subject."""
    rule = reader.structure.structural.get("co-subject", {})
    preps, verbs = set(rule.get("prepositions", ())), set(rule.get("verbs", ()))
    out = []
    root = mention_root(reader.doc, ment)
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            out += [m for tok in child.children if tok.dep_ == "pobj" for m, _ in reader.mentions_for(tok)]
        if child.dep_ in {"acl", "advcl", "relcl"} and child.lemma_ in verbs:
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in set(rule.get("verb_prepositions", ())):
                    out += [m for tok in prep.children if tok.dep_ == "pobj" for m, _ in reader.mentions_for(tok)]
    return out


def clause_partners(reader: PhraseReader, verb: Token) -> list[Mention]:
    """'Working with X, Y launched …', 'Y, in conjunction with X, launched …': the partners named in a clause
    or a phrase on the verb."""
    rule = reader.structure.structural.get("co-subject", {})
    verbs, preps = set(rule.get("verbs", ())), set(rule.get("verb_prepositions", ()))
    return [m for clause in verb.children if clause.dep_ == "advcl" and clause.tag_ == "VBG"
            and {clause.lemma_.lower(), clause.lower_.removesuffix("ing")} & verbs
            for m, _ in reader._prep_mentions(clause, preps, 0)] + (
        [] if verb.lemma_.lower() in verbs else _joint_partners(reader, verb, set(rule.get("joint_nouns", ()))))


def _joint_partners(reader: PhraseReader, verb: Token, nouns: set[str]) -> list[Mention]:
    """'in conjunction with X', 'in association with X' on a verb: X did it with the verb's subject (not on
    'work' or 'partner' themselves, whose 'with X' is their own object)."""
    return [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for n in p.children
            if n.dep_ == "pobj" and n.lower_ in nouns for m, _ in reader._prep_mentions(n, {"with"}, 0)]
