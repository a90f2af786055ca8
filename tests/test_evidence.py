"""What a sentence states and what it only supposes: sentences written for the tests (kg/extract/evidence.py)."""

from __future__ import annotations

import pytest


def _facts(extract, text: str) -> set[tuple]:
    return {(r.subject.name, r.predicate, r.object.name) for r in extract(text).relations}


@pytest.mark.parametrize("sentence", [
    "The Information Commissioner's Office did not fine Anytown Borough Council.",
    "Anytown Borough Council was not fined by the Information Commissioner's Office.",
    "The Information Commissioner's Office could have fined Anytown Borough Council £500,000.",
    "Anytown Borough Council could have been hit with a fine by the Information Commissioner's Office.",
    "Anytown Borough Council may be fined by the Information Commissioner's Office.",
    "The Information Commissioner's Office decided not to fine Anytown Borough Council.",
    "Ofsted has never inspected Anytown Borough Council.",
    "The Information Commissioner's Office said Anytown Borough Council could face a fine.",
    "The Information Commissioner's Office plans to fine Anytown Borough Council £500,000.",
    "The Information Commissioner's Office was called on to punish Anytown Borough Council.",
])
def test_a_fact_denied_or_only_supposed_is_not_stated(extract, sentence):
    assert not [f for f in _facts(extract, sentence) if f[1] in {"fined", "inspected"}]


@pytest.mark.parametrize("sentence,fact", [
    ("The Information Commissioner's Office has fined Anytown Borough Council £500,000.",
     ("Information Commissioner's Office", "fined", "Anytown Borough Council")),
    ("The Department for Education will give Anytown Borough Council £2 million.",
     ("Department for Education", "funded", "Anytown Borough Council")),
    ("Jane Smith, chief executive of Anytown Borough Council, could not say when the review would end.",
     ("Jane Smith", "partOf", "Anytown Borough Council")),
    ("The Information Commissioner's Office fined Anytown Borough Council, which could not explain the loss.",
     ("Information Commissioner's Office", "fined", "Anytown Borough Council")),
    ("The Information Commissioner's Office decided to fine Anytown Borough Council £20,000.",
     ("Information Commissioner's Office", "fined", "Anytown Borough Council")),
])
def test_a_modal_or_negation_elsewhere_in_the_sentence_leaves_the_fact(extract, sentence, fact):
    assert fact in _facts(extract, sentence)


@pytest.mark.parametrize("text", [
    "Kelby Care Homes Ltd, which runs Meadow View in Orton, pleaded guilty.",
    "Meadow View is run by Kelby Care Homes Ltd. It has 40 beds.",
])
def test_what_a_body_runs_is_no_person(extract, text):
    found = extract(text)
    assert ("Meadow View", "partOf", "Kelby Care Homes Ltd") in {(r.subject.name, r.predicate, r.object.name) for r in found.relations}
    assert next(e.type for e in found.entities if e.name == "Meadow View") == "Organisation"


def test_a_person_who_runs_a_body_keeps_her_type(extract):
    found = extract("Jane Porter runs Kelby Care Homes Ltd from an office in Orton.")
    assert next(e.type for e in found.entities if e.name == "Jane Porter") == "Person"
