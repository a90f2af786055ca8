"""What a participle set off by a comma describes when the parse hung it on the clause: the name right before it
('… by the Kelby Commission, set up by the Barset Foundation'), or, opening the sentence, the main clause's subject
('Funded by the Kelby Foundation, the Barset Scheme will …'); never a place a phrase puts a thing in, nor anything
when money is the agent (what the money paid for is the thing); the object noun a participle is set off after ('placed
the home, run by X, in …'); whether a participle tells of the noun it hangs on (not a sum, nor a name in a work's
phrase); a thing with its price before it ('the £38m centre') as what a passive is done to. Read by relations; imports
extract.structure (what a sum is); the reader is passed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .structure import is_money

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .mentions_base import Mention
    from .relations import RelationReader


def set_off_participle(reader: RelationReader, verb: Token) -> Mention | None:
    """'… by the Kelby Commission, set up by the Barset Foundation and chaired by X': a participle with its own 'by'
    phrase, set off by a comma right after a name, that the parse hung on the clause's verb or noun describes that
    name (and so does one joined to it by 'and'); one that opens the sentence ('Funded by the Kelby Foundation, the
    Barset Scheme will …') describes the main clause's subject. Returns the name's mention, or None."""
    first = verb.head if verb.dep_ == "conj" and verb.head.tag_ == "VBN" else verb
    if verb.tag_ not in {"VBN", "VBD"} or first.dep_ not in {"advcl", "acl"} or not any(c.dep_ == "agent" for c in verb.children):
        return None
    if first.dep_ == "advcl" and first.i == reader.sent.start and first.head.i > first.right_edge.i:  # (no subject of its
        subject = next((c for c in first.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)  # own: VBD a slip)
        named = reader.tok2ment.get(subject.i) if subject is not None else None
        return named if named is not None and named.entity is not None else None
    if verb.tag_ != "VBN" or first.i < 2 or reader.doc[first.i - 1].text != "," or any(is_money(p) or p.lemma_.lower() in reader.structure.structural.get(
            "implied-funder", {}).get("source_nouns", ()) for a in verb.children if a.dep_ == "agent" for p in a.children):
        return None  # (nor 'launched by X, supported by £7m from Y' or 'supplied by X, paid for by a grant from Y': what was launched
        # or bought is what the money supports)
    named = reader.tok2ment.get(first.i - 2)  # (not a place a phrase puts a thing in: 'a new school in Orton, funded by X')
    return named if named is not None and named.entity is not None and named.end == first.i - 1 and not (named.entity.type == "Place" and reader.doc[named.end - 1].head.lower_ in {"in", "at", "across", "near"}) else None


def passive_objects(reader: RelationReader, verb: Token) -> list:
    """What a passive with no subject of its own is done to: what the clause it hangs on is about (its subject: 'X
    was convicted and fined'), or the object noun a participle is set off after (object_before_comma)."""
    found = object_before_comma(reader, verb)
    return reader._inherited_subjects(verb)[0] if found is None else found


def object_before_comma(reader: RelationReader, verb: Token) -> list | None:
    """'The CQC placed the home, run by X, in special measures': a participle with its own 'by' phrase, set off by a
    comma right after the object noun of the verb the parse hung it on, describes that noun, not the verb's subject:
    what the noun stands for ('the home': the one named before), or nothing; None where the participle is not so placed."""
    noun = reader.doc[verb.i - 2] if verb.i >= 2 and reader.doc[verb.i - 1].text == "," else None
    if noun is None or verb.tag_ != "VBN" or verb.dep_ != "advcl" or noun.pos_ != "NOUN" or noun.dep_ != "dobj" \
            or noun.head.i != verb.head.i or not any(c.dep_ == "agent" for c in verb.children):
        return None
    return reader.mentions_for(noun)


def priced_thing(reader: RelationReader, tok: Token, spec, sums) -> bool:
    """'The £38 million centre is funded by X': a thing with its price written before it, which stands for a name
    (the centre named before), is what the passive is done to, not a sum (nor one of 'sum_nouns' or the relation's
    own nouns: 'a £2m grant was awarded to Y')."""
    return tok.pos_ == "NOUN" and tok.ent_type_ != "MONEY" and tok.lemma_.lower() not in sums \
        and tok.lemma_.lower() not in {t.head for t in spec.triggers if t.nominal} and bool(reader.mentions_for(tok))


def describes_its_head(reader: RelationReader, verb: Token, sums) -> bool:
    """Whether a participle tells of the noun it hangs on: not of a sum ('Lottery cash awarded'), nor of a name in a
    work's phrase (below), nor, paid for with money, of another participle's agent ('sensors supplied by X, paid for by a grant')."""
    money = set(reader.structure.structural.get("implied-funder", {}).get("source_nouns", ())) | set(sums)  # (nor of another
    return not (verb.head.ent_type_ == "MONEY" or verb.head.lemma_.lower() in sums or in_a_works_phrase(reader, verb) or (  # participle's agent
        verb.head.head.dep_ == "agent" and any(p.lemma_.lower() in money or p.ent_type_ == "MONEY" for a in reader._children(verb, {"agent"}) for p in a.children)))


def in_a_works_phrase(reader: RelationReader, verb: Token) -> bool:
    """'A review of services at X, led by Y, found …': a participle set off after a name inside the phrase of a work's
    noun describes the work (its maker or leader), however the parser hung it; not the name (one the work is 'of' is
    its author: 'the report of the X Inquiry, chaired by Y'; but a programme or policy it is 'of' is what it is about: 'the
    evaluation of the X programme, published by Y')."""
    head = verb.head
    about = head.head.lower_ != "of" or any(getattr(m.entity, "type", "") in {"Programme", "Policy"} for m, _ in reader.mentions_for(head))
    return verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.dep_ == "prep" and about and reader.doc[verb.i - 1].text == "," and any(
        reader.rules.context_words.get(t.lemma_.lower()) == "Publication" for t in [head.head.head, *head.head.head.ancestors][:3] if t.pos_ == "NOUN")


def given_to(reader: RelationReader, verb: Token, said: list) -> list:
    """'The SIM cards are donated to the National Databank by A and B': a thing given (the passive's subject, no name)
    by one of the giving verbs (patterns.json 'implied-funder' 'giving_verbs') goes to the body after 'to', a gift
    in kind as money would be."""
    giving = reader.structure.structural.get("implied-funder", {}).get("giving_verbs", ())
    if not said or verb.lemma_ not in giving or any(reader.mentions_for(c) for c in said) or any(c.pos_ != "NOUN" for c in said):
        return []
    return [x for x in reader._prep_objects(verb, {"to"}) if x[0].entity is not None and x[0].entity.type == "Organisation"]
