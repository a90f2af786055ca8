"""A sanction stated as the outcome of the work that led to it: 'X prosecuted Y, resulting in a £80m fine', 'The
ICO's investigation into Y led to a £50,000 penalty', 'X investigated Y, which led to a fine of £5,000': the body
that investigated or prosecuted is the sanction's doer, the one it worked on its object. The words are data
(patterns.json 'outcome-of-work'). Imports nothing from the project; the reader (extract.relations) is passed in;
read by extract.nominal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..vocab.lexicon import RelationSpec
    from .relations import RelationReader


def outcome_of_work(reader: RelationReader, noun: Token, spec: RelationSpec) -> tuple[list, list] | None:
    """The doer and the object of the investigation or prosecution the sanction's noun is said to come out of,
    through one of the rule's outcome verbs and its preposition ('resulted in', 'led to', 'ended with'); None if the
    noun is not such an outcome or either end is unnamed."""
    rule = reader.structure.structural.get("outcome-of-work", {})
    held = noun.head if noun.dep_ == "appos" else noun  # ('resulting in a record £80m fine': 'record' took the place)
    prep = held.head
    if spec.predicate not in rule.get("predicates", ()) or held.dep_ != "pobj" or prep.lower_ not in rule.get("preps", ()) \
            or (outcome := prep.head).lemma_.lower() not in rule.get("verbs", ()):
        return None
    works, doers = set(rule.get("work_verbs", ())), set(rule.get("work_nouns", ()))
    for work in (c for c in reader._children(outcome, {"nsubj"}) if c.lemma_.lower() in doers):  # 'The ICO's investigation into Y led to'
        agents = [m for c in reader._children(work, {"poss"}) for m in reader.mentions_for(c)] or reader._prep_objects(work, {"by"})
        objects = reader._prep_objects(work, set(rule.get("object_preps", ()))) or object_on_agent(reader, work)
        return (agents, objects) if agents and objects else None
    verb = outcome.head.head if outcome.dep_ == "relcl" and outcome.head.dep_ == "dobj" else outcome.head  # ('X investigated Y,
    if outcome.dep_ not in {"advcl", "relcl"} or verb.lemma_.lower() not in works:  # which led to a fine')
        return None
    agents = [m for c in reader._children(verb, {"nsubj"}) for m in reader.mentions_for(c)]
    objects = [m for c in reader._children(verb, {"dobj"}) for m in reader.mentions_for(c)]
    return (agents, objects) if agents and objects else None


def object_on_agent(reader: RelationReader, noun: Token) -> list:
    """'An investigation by the ICO into Y': the parse hangs 'into Y' on the agent's name; it says what the noun
    was about (only 'into': 'an inquiry by the Department of Health' is one name)."""
    return [x for a, _ in reader._prep_objects(noun, {"by"}) for x in reader._prep_objects(reader.doc[a.end - 1], {"into"})]
