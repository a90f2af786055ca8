"""Who let a contract its winner is said to have won or to hold: the body its 'with' or 'for' phrase names ('X has won a
contract with Y', 'X won the contract to run route 42 for Y'). The words are data (patterns.json 'contract-parties').
Imports nothing at run time; the reader is passed in; read by extract.agents (an inverse trigger's giver).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .relations import RelationReader


def contract_givers(reader: RelationReader, tok: Token) -> list:
    """The bodies a contract's noun, a verb's object, names with one of 'noun_preps' ('won a contract with Y'), or the work it
    is to do with one of 'work_preps' ('won the contract to run route 42 for Y': on the infinitive or its object), or as the
    owner of what the work is done to ('to run Y's leisure centres', '… centres owned by Y'; 'owning_verbs')."""
    rule = reader.structure.structural.get("contract-parties", {})
    if tok.lemma_.lower() not in rule.get("nouns", ()) or tok.dep_ != "dobj":  # (the verb's own contract: not 'built X under a contract with Y')
        return []
    works = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VB"]
    worked = [d for w in works for d in w.children if d.dep_ == "dobj"]
    found = reader._prep_objects(tok, set(rule.get("noun_preps", ()))) + [
        m for h in (*works, *worked) for m in reader._prep_objects(h, set(rule.get("work_preps", ())))] + [
        m for d in worked for c in d.children if c.dep_ == "poss" for m in reader.mentions_for(c)] + [  # ('to run Y's centres')
        m for d in worked for a in d.children if a.dep_ == "acl" and a.lemma_.lower() in rule.get("owning_verbs", ())
        for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj" for m in reader.mentions_for(p)]  # ('centres owned by Y')
    return [m for m in found if m[0].entity is not None and m[0].entity.type == "Organisation"]
