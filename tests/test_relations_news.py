"""How news reports state fines, inspections, appointments and partnerships: sentences written for the tests."""

from __future__ import annotations

import pytest


def _facts(extract, text: str) -> set[tuple]:
    return {(r.subject.name, r.predicate, r.object.name, str(r.amount.value) if r.amount else None, r.rule.split("+")[0])
            for r in extract(text).relations}


def test_an_agentless_fine_goes_to_the_articles_only_regulator(extract):
    facts = _facts(extract, "The Information Commissioner's Office investigated the loss of the files. "
                            "Anytown Borough Council has been fined £150,000.")
    assert ("Information Commissioner's Office", "fined", "Anytown Borough Council", "150000", "implied-agent") in facts


def test_with_two_regulators_an_agentless_fine_is_not_attributed(extract):
    facts = _facts(extract, "Ofsted and the Information Commissioner's Office both looked at the case. "
                            "Anytown Borough Council has been fined £150,000.")
    assert not [f for f in facts if f[1] == "fined"]


def test_implied_agents_have_lower_confidence(extract):
    found = extract("The Information Commissioner's Office looked into it. Anytown Borough Council has been fined £150,000.")
    [fine] = [r for r in found.relations if r.predicate == "fined"]
    assert fine.confidence < 0.5


@pytest.mark.parametrize("sentence,fact", [
    ("Jane Smith has been appointed chief executive of Anytown Borough Council.",
     ("Anytown Borough Council", "appointed", "Jane Smith", None, "role-agent")),
    ("Anytown Borough Council is working in partnership with Anytown University on the project.",
     ("Anytown Borough Council", "partneredWith", "Anytown University", None, "active")),
    ("Acme Ltd was ordered to pay £40,000 by the Health and Safety Executive.",
     ("Health and Safety Executive", "fined", "Acme Ltd", "40000", "passive")),
])
def test_news_phrasings(extract, sentence, fact):
    assert fact in _facts(extract, sentence)


def test_receiving_a_rating_is_not_funding(extract):
    facts = _facts(extract, "In 2012 the council received an outstanding rating by Ofsted.")
    assert not [f for f in facts if f[1] == "funded"]
    money = _facts(extract, "Anytown Borough Council received £2 million from the Department for Education.")
    assert ("Department for Education", "funded", "Anytown Borough Council", "2000000", "inverse") in money


def test_such_as_lists_stand_for_their_noun(extract):
    facts = _facts(extract, "The Anytown Data Platform launched last year. The platform is now used by bodies such as "
                            "Anytown Borough Council and the Anytown Fire Service.")
    users = {f[0] for f in facts if f[1] == "uses" and f[2] == "Anytown Data Platform"}
    assert users == {"Anytown Borough Council", "Anytown Fire Service"}


def test_winning_money_from_a_body_is_funding(extract):
    facts = _facts(extract, "Anytown Borough Council won £24 million from the Department for Transport in 2013.")
    assert ("Department for Transport", "funded", "Anytown Borough Council", "24000000", "inverse") in facts


@pytest.mark.parametrize("sentence,fact", [
    # the small parser reads 'rated' as an adjective and 'partnered' as a reduced relative clause here
    ("Ofsted rated Anytown Borough Council's children's services inadequate in March 2016.",
     ("Ofsted", "inspected", "Anytown Borough Council", None, "surface")),
    ("Anytown Borough Council partnered with Nesta on a shared data pact.",
     ("Anytown Borough Council", "partneredWith", "Nesta", None, "surface")),
])
def test_a_misparsed_simple_sentence_is_read_from_its_surface(extract, sentence, fact):
    assert fact in _facts(extract, sentence)


@pytest.mark.parametrize("sentence", [
    "Anytown Borough Council was partnered with Nesta by the minister.",  # passive: not the surface pattern
    "Anytown Borough Council said Nesta partnered it in 2019.",  # another clause's subject in between
    "The scheme Nesta funded in 2019, Anytown Borough Council said, worked.",  # no name right after the verb
])
def test_the_surface_reading_needs_name_verb_name(extract, sentence):
    assert not [f for f in _facts(extract, sentence) if f[4] == "surface"]


def test_a_surface_rating_is_kept(extract):
    [rel] = extract("Ofsted rated Anytown Borough Council inadequate in March 2016.").relations
    assert rel.rating == "inadequate" and rel.confidence <= 0.6
