"""What a trigger verb holds that may name what it acts on: the nouns whose prepositions name its object ('imposed a
fine on A and one on B', 'highlighted failures in governance at X'), the object a stranded preposition shares with the
next verb ('worked alongside and supported X'), and which of its prepositions may name its object. Read by
extract.relations; imports extract.carried (a 'with' clause's object).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .carried import with_clause_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..vocab.lexicon import RelationSpec
    from .relations import RelationReader


def held_nouns(reader: RelationReader, verb: Token, spec: RelationSpec) -> list:
    """A verb's objects whose prepositions may name the relation's object: each, its conjuncts ('a fine on A and one on B'), its
    'worth' ('a contract worth £1m to X'), its infinitive ('a failure to comply notice to X'), its 'of' noun ('a notice of concern
    to X'), the field of the trigger's own noun (_fields), between equals its phrases' nouns; not one that names someone else by
    it ('recruits a successor to X'), nor a deed a post's verb led ('led the inspection of X', patterns.json 'led-deeds')."""
    others, own = set(reader.structure.structural.get("successor-nouns", {}).get("words", ())), {w for t in spec.triggers for w in t.extra}
    deeds = reader.structure.structural.get("led-deeds", {})  # ('Jo Bloggs led the inspection of X': no post at X)
    others |= set(deeds.get("words", ())) if spec.predicate in deeds.get("predicates", ()) else set()
    return [d for c in reader._children(verb, {"dobj"}) if c.lemma_.lower() not in others for d in (c, *reader._children(c, {"conj"}), *(a for a in reader._children(c, {"amod"}) if a.lower_ == "worth"), *(
        a for a in reader._children(c, {"acl"}) if any(x.lower_ == "to" for x in reader._children(a, {"aux"}))), *(
        g for p in reader._children(c, {"prep"}) if spec.symmetric or p.lower_ == "of" for g in reader._children(p, {"pobj"})),
        *(_fields(reader, c, verb) if c.lemma_.lower() in own else ()))]


def _fields(reader: RelationReader, noun: Token, verb: Token) -> list:
    """'highlighted failures in governance at X': the field after 'in' on the trigger's own noun (or on its verb, where the
    parser hung it there), whose prepositions name the body; not a name, nor a phrase of its own ('in relation to Y')."""
    return [g for h in (noun, verb) for p in reader._children(h, {"prep"}) if p.lower_ == "in" for g in reader._children(p, {"pobj"})
            if g.i not in reader.tok2ment and not any(q.lower_ == "to" for q in reader._children(g, {"prep"}))]


def shared_objects(reader: RelationReader, verb: Token, spec: RelationSpec) -> list:
    """'has worked alongside and supported X', 'partnered with and funded X': the trigger's preposition is left
    without its object, which the verb coordinated after it takes (and the trigger shares); failing that, the objects a
    'with' clause names or the body a funded thing is sited at (sited_bodies)."""
    stranded = any(c.dep_ in {"prep", "advmod", "prt"} and c.lower_ in spec.object_preps
                   and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children)
    return [m for v in verb.children if stranded and v.dep_ == "conj" and v.pos_ == "VERB"
            for c in v.children if c.dep_ == "dobj" for m in reader.mentions_for(c)] or with_clause_objects(reader, verb, spec) or sited_bodies(reader, verb, spec)


def sited_bodies(reader: RelationReader, verb: Token, spec: RelationSpec) -> list:
    """'X has funded a new pool at Y', 'X will pay for a new pool at Y', 'X gave £50,000 towards a new pool at Y': money
    for a thing with no name of its own, sited 'at' a body, goes to that body (the implied funder's predicates only)."""
    if spec.predicate not in reader.structure.structural.get("implied-funder", {}).get("predicates", ()):
        return []
    things = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"for", "towards"} for o in p.children if o.dep_ == "pobj"]
    return [m for t in things if t.pos_ == "NOUN" and t.i not in reader.tok2ment and t.ent_type_ != "MONEY"
            for p in t.children if p.dep_ == "prep" and p.lower_ == "at" for o in p.children if o.dep_ == "pobj"
            for m in reader.mentions_for(o) if m[0].entity is not None and m[0].entity.type == "Organisation"]


def object_preps(reader: RelationReader, verb: Token, spec: RelationSpec, extra) -> set[str]:
    """The prepositions on a trigger verb that may name its object: all the relation's, but not 'in' where the money is the
    subject and a kind is the object ('the grants helped community groups in the borough': where they are)."""
    money = any(reader._words(c) & set(extra) for c in reader._children(verb, {"nsubj"}))
    kinds = [c for c in reader._children(verb, {"dobj"}) if c.pos_ == "NOUN" and c.i not in reader.tok2ment]
    return set(spec.object_preps) - {"in"} if money and kinds else set(spec.object_preps)
