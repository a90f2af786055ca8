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
    is to do with one of 'work_preps' ('won the contract to run route 42 for Y': on the infinitive or its object)."""
    rule = reader.structure.structural.get("contract-parties", {})
    if tok.lemma_.lower() not in rule.get("nouns", ()) or tok.dep_ != "dobj":  # (the verb's own contract: not 'built X under a contract with Y')
        return []
    works = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VB"]
    found = reader._prep_objects(tok, set(rule.get("noun_preps", ()))) + [
        m for w in works for h in (w, *(d for d in w.children if d.dep_ == "dobj")) for m in reader._prep_objects(h, set(rule.get("work_preps", ())))]
    return [m for m in found if m[0].entity is not None and m[0].entity.type == "Organisation"]
