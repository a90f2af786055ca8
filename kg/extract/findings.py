"""An ombudsman's finding written without its finder: 'There was severe maladministration by the landlord', 'There was
fault by the Council which caused injustice', 'The Council was at fault': the body found at fault is criticised by the
article's one regulator (the implied agent of criticism), unless the finding is denied ('There was no fault by …').
The words are data (patterns.json 'fault-findings'). Imports extract.mentions_base; the reader (extract.relations) is
passed in; read by extract.relations.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .mentions_base import doc_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Relation
    from .relations import RelationReader


def fault_findings(reader: RelationReader) -> Iterator[Relation]:
    """'There was maladministration by X' (a noun of fault after an existential 'there', its 'by' naming who was at
    fault) and 'X was at fault' (a subject 'at' one of the nouns): X is criticised by the article's one regulator, at
    the implied agent's confidence (rule 'implied-agent'); not 'there was no fault by X' nor 'X was not at fault'."""
    rule = reader.structure.structural.get("fault-findings", {})
    spec = reader.specs.get(rule.get("predicate", ""))
    nouns = frozenset(rule.get("nouns", ()))
    if spec is None or spec.predicate not in reader.implied or not any(n in reader.evidence for n in nouns):
        return  # (no regulator to have found it, or no word of fault in the sentence: nothing to read)
    finder = [(reader.implied[spec.predicate], True)]
    for verb in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end]:
        if verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
            continue
        if any(c.dep_ == "expl" for c in verb.children):  # 'There was fault by X'
            found = [m for c in verb.children if c.dep_ in {"attr", "nsubj"} and _fault(c, nouns)
                     for m in reader._prep_objects(c, {"by"})]
        else:  # 'X was at fault'
            found = [m for c in verb.children if c.dep_ == "nsubj" for m in reader.mentions_for(c)] if any(
                p.dep_ == "prep" and p.lower_ == "at" and any(o.dep_ == "pobj" and _fault(o, nouns) for o in p.children)
                for p in verb.children) else []
        found = [m for m in found if m[0].entity is not None and m[0].entity.type in spec.object_types]
        if found:
            yield from reader.emit(spec, verb, finder, found, "implied-agent")


def _fault(noun: Token, nouns: frozenset[str]) -> bool:
    """A noun of fault not denied by its determiner ('no fault')."""
    return noun.lemma_.lower() in nouns and not any(c.lower_ in {"no", "little"} for c in noun.children)
