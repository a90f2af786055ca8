"""Where a body's money came from, said in a sentence of its own: 'X has set up a £150,000 grant pot. The money
comes from the UK Shared Prosperity Fund.' The sum's source funded the body the sentence before says holds or got
the sum. The words are data (patterns.json 'money-source'). Imports extract.mentions_base; the reader
(extract.relations) is passed in; read by extract.relations.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .mentions_base import doc_ents, doc_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Relation
    from .relations import RelationReader


def money_sources(reader: RelationReader) -> Iterator[Relation]:
    """'The money comes from Y', 'The funding, which comes from Y, …': 'the' money (one of the rule's 'nouns', the
    subject of one of its 'verbs') is the one sum the sentence before states; Y after 'from' funded the body that
    sentence says holds or was given it (rule 'money-source')."""
    rule = reader.structure.structural.get("money-source", {})
    spec = reader.specs.get(rule.get("predicate", ""))
    if spec is None or reader.sent.start == 0:
        return
    nouns, verbs = set(rule.get("nouns", ())), set(rule.get("verbs", ()))
    if " from " not in reader.evidence:  # (no source named: nothing to read, no word to build)
        return
    for verb in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end]:
        if verb.lemma_.lower() not in verbs or verb.pos_ not in {"VERB", "AUX"}:
            continue
        said = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in reader.structure.relative_pronouns] or (
            [verb.head] if verb.dep_ == "relcl" else [])  # ('The money, which comes from Y')
        if not any(m.lemma_.lower() in nouns and m.i not in reader.tok2ment and any(d.lower_ in {"the", "this", "that"} for d in m.children)
                   for m in said):
            continue
        givers = [x for x in reader._prep_objects(verb, {"from"}) if x[0].entity is not None and x[0].entity.type in spec.subject_types]
        if givers:
            yield from reader.emit(spec, verb, givers, _holders_before(reader, set(rule.get("giving_verbs", ()))), "money-source")


def _holders_before(reader: RelationReader, giving: set[str]) -> list:
    """The bodies the sentence before says hold or got its one sum: the subject of the verb above it (not of a giving
    one: 'X gave £2m to Y' is X's gift), or a passive's ('X has been allocated £1m')."""
    before = reader.doc[reader.sent.start - 1].sent
    sums = [e for e in doc_ents(reader.doc) if e.label_ == "MONEY" and before.start <= e.start and e.end <= before.end]
    if len(sums) != 1:
        return []
    verb: Token = sums[0].root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    passive = [m for c in verb.children if c.dep_ == "nsubjpass" for m in reader.mentions_for(c)]
    doers = [] if verb.lemma_.lower() in giving else [m for c in verb.children if c.dep_ == "nsubj" for m in reader.mentions_for(c)]
    return [m for m in passive or doers if m[0].entity is not None and m[0].entity.type == "Organisation"]
