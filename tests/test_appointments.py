"""Appointments announced before the appointee is named (kg/extract/appointments.py): sentences written for the tests."""

from __future__ import annotations

import pytest


def _appointed(extract, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.object.name, r.rule.split("+")[0]) for r in extract(text).relations if r.predicate == "appointed"}


@pytest.mark.parametrize("text", [
    "Harbourside Hospitals NHS Foundation Trust has appointed a new chief executive. "
    "Priya Natarajan will join the trust in April from a post in Leeds.",
    "Harbourside Hospitals NHS Foundation Trust has announced the appointment of a new chair. "
    "Priya Natarajan takes up the role next month.",
    "A new interim chief executive has been appointed at Harbourside Hospitals NHS Foundation Trust. "
    "Priya Natarajan officially started on Monday.",
    "Harbourside Hospitals NHS Foundation Trust has appointed a new chief executive. The trust runs two hospitals "
    "in the county. Priya Natarajan will take over the position in August.",  # the name two sentences on
])
def test_the_person_who_takes_up_an_announced_post_was_appointed_by_the_body(extract, text):
    assert ("Harbourside Hospitals NHS Foundation Trust", "Priya Natarajan", "announced-appointee") in _appointed(extract, text)


def test_someone_who_only_comments_on_the_appointment_was_not_appointed(extract):
    text = ("Harbourside Hospitals NHS Foundation Trust has appointed a new chief executive. "
            "Trust chair Owen Pryce said the board was delighted.")
    assert not _appointed(extract, text)


def test_a_person_named_three_sentences_on_is_too_far(extract):
    text = ("Harbourside Hospitals NHS Foundation Trust has appointed a new chief executive. The trust runs two "
            "hospitals. It serves half a million people. Its budget is large. Priya Natarajan will join in May.")
    assert not _appointed(extract, text)


def test_a_named_post_holder_in_the_same_sentence_is_not_read_twice(extract):
    found = _appointed(extract, "Harbourside Hospitals NHS Foundation Trust has appointed Priya Natarajan as its new "
                                "chief executive. She will join in May.")
    assert {f[:2] for f in found} == {("Harbourside Hospitals NHS Foundation Trust", "Priya Natarajan")}
    assert not [f for f in found if f[2] == "announced-appointee"]


def test_the_evidence_is_both_sentences(extract):
    found = extract("Harbourside Hospitals NHS Foundation Trust has appointed a new chief executive. "
                    "Priya Natarajan will join in May.")
    [rel] = [r for r in found.relations if r.predicate == "appointed"]
    assert "has appointed a new chief executive" in rel.evidence and "will join in May" in rel.evidence
    assert rel.confidence < 0.7
