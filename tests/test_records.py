"""Records of labelled fields (kg/extract/records.py): registers and trackers written for the tests."""

from __future__ import annotations

import pytest
from conftest import relations_of

TRACKER = ("Kelby Care Trust\n\nBreach details\n\nWhat Loss of staff records.\nHow much 900 records.\n\nRegulatory action\n\n"
           "Regulator ICO\nAction Civil penalty of £ 75,000\nWhen 6 May 2013\n\n"
           "Barset Borough Council\n\nBreach details\n\nWhat Letters sent to the wrong homes.\n\nRegulatory action\n\n"
           "Regulator ICO\nAction Undertaking to train its staff.\nWhen 9 June 2013\n")


def _fines(found) -> set[tuple]:
    return {(r.subject.name, r.object.name, str(r.amount.value) if r.amount else None, r.rule)
            for r in found.relations if r.predicate == "fined"}


def test_a_records_penalty_is_a_fine_of_the_body_named_above_it(extract):
    found = extract(TRACKER, title="Breach tracker")
    assert _fines(found) == {("Information Commissioner's Office", "Kelby Care Trust", "75000", "labelled-record")}


def test_a_records_evidence_is_its_body_agent_and_sum_lines(extract):
    [fine] = [r for r in extract(TRACKER, title="Breach tracker").relations if r.predicate == "fined"]
    assert fine.evidence == "Kelby Care Trust … Regulator ICO … Action Civil penalty of £ 75,000"


@pytest.mark.parametrize("text", [
    "Organisation: Kelby Care Trust\nRegulator: Information Commissioner's Office\nPenalty: £75,000\nDate: 6 May 2013\n",
    "Kelby Care Trust\n\nRegulator: ICO\nOutcome: a fine of £75,000\n",
])
def test_labels_with_colons_and_a_body_field_of_its_own(extract, text):
    assert ("Information Commissioner's Office", "fined", "Kelby Care Trust") in relations_of(extract(text, title="Breach register"))


def test_a_record_without_an_agent_field_or_a_penalty_is_no_fine(extract):
    assert not _fines(extract("Kelby Care Trust\n\nAction Civil penalty of £75,000\n", title="Breach register"))
    assert not _fines(extract("Kelby Care Trust\n\nRegulator ICO\nAction Budget of £75,000 agreed\n", title="Breach register"))


def test_a_describing_noun_before_an_acronym_is_no_part_of_its_name(extract):
    found = extract("Regulator ICO said the breach was serious.")
    assert "Information Commissioner's Office" in {e.name for e in found.entities}
    assert not [e for e in found.entities if e.name.startswith("Regulator")]


SCHEDULE = """Grant decisions made by officers for the National Lottery Heritage Fund, 3 May 2024.

Bells of St Kelby

Applicant: Reading Kelby Society

Project description: Replace the frames of the church's six bells.

Decision: Award grant of £9,400

Barset Mill Trail

Applicant: Barset Mill Trust

Decision: Reject

Kelby Lanes

Applicant: Yesterday's Lanes CIC

Decision: Award grant of £12,500
"""


def test_a_funders_schedule_of_grant_decisions_funds_each_applicant_awarded(extract):
    found = extract(SCHEDULE, title="Delegated decisions May 2024")
    grants = {(r.subject.name, r.object.name, str(r.amount.value), r.rule.split("+")[0])
              for r in found.relations if r.predicate == "funded"}
    assert grants == {("National Lottery Heritage Fund", "Reading Kelby Society", "9400", "labelled-grant"),
                      ("National Lottery Heritage Fund", "Yesterday's Lanes CIC", "12500", "labelled-grant")}


def test_a_schedule_naming_two_funders_before_its_records_gives_no_grants(extract):
    text = SCHEDULE.replace("for the National Lottery Heritage Fund", "for the National Lottery Heritage Fund and Arts Council England")
    assert not [r for r in extract(text, title="Delegated decisions").relations if r.rule.startswith("labelled-grant")]


DIRECTORY = ("Care home\nKelbyfield Residential Home\nOverall: Requires improvement read more about inspection ratings\n"
             "12 Mill Lane, Barset, BA1 2CD\nProvided and run by:\nBarset Care Homes Ltd\nAll Inspections\n3 May 2023\n")


@pytest.mark.parametrize("text", [
    DIRECTORY,
    "Care home\nArchived: Kelbyfield Residential Home\nOverall: Inadequate\nOperated by: Barset Care Homes Ltd\n",
])
def test_a_directory_records_owner_field_runs_the_service_named_above(extract, text):
    found = extract(text, title="Kelbyfield Residential Home")
    owned = {(r.subject.name, r.object.name, r.rule) for r in found.relations if r.predicate == "partOf"}
    assert owned == {("Kelbyfield Residential Home", "Barset Care Homes Ltd", "labelled-owner")}


def test_an_owner_field_with_no_service_named_above_it_gives_nothing(extract):
    found = extract("Our homes\nProvided and run by:\nBarset Care Homes Ltd\n", title="Homes")
    assert not [r for r in found.relations if r.rule == "labelled-owner"]
