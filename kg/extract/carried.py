"""What one sentence passes on to the next: the bodies it found each body acting on, so that a sum stated with no one to
pay it goes to the one body the sentence before found at fault ('found that X breached its licence. The Commission
imposed a penalty of £5,000'), and a second giver's sum said with 'also' to the one recipient of the sentence before
('Y has awarded £450,000 to X. Z is also contributing £200,000'; patterns.json 'carried-object'); and a second giver in
a 'with' clause gives to what the clause's verb acts on ('X is paid for by Y, with Z contributing £600,000'). Read by
relations and extract.objects; the reader is passed in.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..model import Relation
    from ..vocab.lexicon import RelationSpec
    from .mentions_base import Mention
    from .relations import RelationReader


def read_in_turn(sents: list[Span], reader_for, tok2ment: dict[int, Mention], carried: dict) -> Iterator[Relation]:
    """Each sentence's relations, the sentence told what the one before found each body acting on ('carried-object':
    'found that X breached its licence. The Commission imposed a penalty of £5,000' fines X)."""
    before: dict[int, list[Mention]] = {}
    for sent in sents:
        reader = reader_for(sent)
        reader.acted_on = before
        found = list(reader.relations())
        yield from found
        before = {}
        for rel in (r for r in found if r.predicate in carried.get("from", ()) or r.predicate in carried.get("also_predicates", ())):
            for key in ([id(rel.subject)] if rel.predicate in carried.get("from", ()) else []) + (
                    [rel.predicate] if rel.predicate in carried.get("also_predicates", ()) else []):
                before.setdefault(key, []).extend(m for i in range(sent.start, sent.end)
                                                  if (m := tok2ment.get(i)) is not None and m.start == i and m.entity is rel.object)


def carried_objects(reader: RelationReader, spec: RelationSpec, subjects: list, verb: Token) -> list:
    """The one body the sentence before found the subject acting on, for a sum stated with no one to pay it; or, for
    a sum another gives 'also' ('also_predicates', 'also_words'), the one body the sentence before said received one."""
    rule = reader.structure.structural.get("carried-object", {})
    if spec.predicate in rule.get("also_predicates", ()) and any(c.lower_ in rule.get("also_words", ()) for c in verb.children):
        found = list(reader.acted_on.get(spec.predicate, ()))
    elif spec.predicate not in rule.get("predicates", ()) or _a_record_compared(verb) or _payer_described(reader, verb, spec):
        return []
    else:
        found = [m for s, _ in subjects if s.entity is not None for m in reader.acted_on.get(id(s.entity), ())]
    return [(found[0], True)] if len({id(m.entity) for m in found}) == 1 and all(found[0].entity is not s.entity for s, _ in subjects) else []


def _payer_described(reader: RelationReader, verb: Token, spec: RelationSpec) -> bool:
    """'fined five modelling agencies £1.5m', 'imposed a penalty on two firms': the one to pay is described, not
    named, so it is no body found at fault the sentence before."""
    payers = [c for c in verb.children if c.dep_ in {"dobj", "dative"}] + [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "against"} for p in c.children if p.dep_ == "pobj"]
    own = {t.head for t in spec.triggers if t.nominal}
    return any(p.pos_ == "NOUN" and p.lemma_.lower() not in own and (p.tag_ == "NNS" or reader.rules.context_words.get(
        p.lemma_.lower()) in {"Organisation", "Person"}) for p in payers)  # (not 'imposed penalties totalling £5m')


def _a_record_compared(verb: Token) -> bool:
    """'The highest fine that the regulator handed out before was £14m': a superlative's relative clause names a
    record the sum at hand is compared with, not a sum on the body just found at fault."""
    return verb.dep_ == "relcl" and any(c.tag_ == "JJS" for c in verb.head.children)


def with_clause_objects(reader: RelationReader, verb: Token, spec: RelationSpec) -> list:
    """'X is paid for by A, with B contributing a further £600,000', 'X received £2m from A, with B providing £1m': a
    'with' clause on a verb stating the same relation acts on what that verb acts on."""
    main = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "with" else None
    trigs = [t for t in reader.triggers_for(main, reader.triggers.verb) if t.predicate == spec.predicate] if main is not None and main.pos_ == "VERB" else []
    if not trigs:
        return []
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in main.children)
    deps = {"nsubj", "nsubjpass"} if trigs[0].inverse or passive else {"dobj"}
    return [m for c in main.children if c.dep_ in deps for m in reader.mentions_for(c)]
