"""What a trigger acts on when the parse hides or mistakes it: the object a stranded preposition shares with the
next verb ('worked alongside and supported X'), the post after an appointee that is no object ('named X chief
constable'), a headline's passive read as active ('Jo Bloggs named Gwent Police chief constable', 'Acme Ltd fined
£13m'). The words are data (patterns.json 'role-nouns', 'headline-passive'). Imports extract.structure (what a
sum is; the reader is passed in); read by relations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .structure import is_sum

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..vocab.lexicon import RelationSpec
    from .relations import RelationReader


def not_the_posts_body(reader: RelationReader, verb: Token, subjects: list, objects: list) -> list:
    """'named X chief constable': the post after the object is no object itself; and in a headline's passive,
    'Jo Bloggs named Gwent Police chief constable', a person 'names' no body: the body is the post's."""
    posts = reader.structure.structural.get("role-nouns", {}).get("words", ())
    titles = [c for c in verb.children if c.dep_ == "oprd" and c.lemma_.lower() in posts]
    inside = {x.i for t in titles for x in t.subtree}
    objects = [o for o in objects if o[0].start not in inside or (o[0].entity is not None and o[0].entity.type == "Person")]
    if titles and a_person_names_a_body(subjects, objects):
        objects = [o for o in objects if o[0].entity is None or o[0].entity.type != "Organisation"]
    return objects


def a_person_names_a_body(subjects: list, objects: list) -> bool:
    """Every subject a person, some object a body: in an appointment, a headline's passive misread."""
    return bool(subjects) and all(s.entity is not None and s.entity.type == "Person" for s, _ in subjects) and any(
        o.entity is not None and o.entity.type == "Organisation" for o, _ in objects)


def fined_a_sum(reader: RelationReader, verb: Token, spec: RelationSpec) -> bool:
    """'Acme Ltd fined £13m for failings': a headline's passive, read as active with the sum as the object; only
    for the relations that name no sum as their object in the active (patterns.json 'headline-passive')."""
    rule = reader.structure.structural.get("headline-passive", {})
    return (spec.predicate in rule.get("predicates", ()) and verb.tag_ in {"VBD", "VBN"}
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
            and any(c.dep_ == "dobj" and is_sum(c, spec, ()) for c in verb.children))


def shared_objects(reader: RelationReader, verb: Token, spec: RelationSpec) -> list:
    """'has worked alongside and supported X', 'partnered with and funded X': the trigger's preposition is left
    without its object, which the verb coordinated after it takes (and the trigger shares)."""
    stranded = any(c.dep_ in {"prep", "advmod", "prt"} and c.lower_ in spec.object_preps
                   and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children)
    return [m for v in verb.children if stranded and v.dep_ == "conj" and v.pos_ == "VERB"
            for c in v.children if c.dep_ == "dobj" for m in reader.mentions_for(c)]
