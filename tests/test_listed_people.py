"""People listed with their bodies (kg/extract/listed_people.py): texts written for the tests."""

from __future__ import annotations

import pytest
from conftest import relations_of


@pytest.mark.parametrize("text, fact", [
    ("Jo Bloggs\nChair of the Kelby Commission\n\nThere has been much change this year.", ("Jo Bloggs", "Kelby Commission")),
    ("Jo Bloggs\nChief Executive, Barset Trust\n\nThere has been much change.", ("Jo Bloggs", "Barset Trust")),
])
def test_a_signature_a_name_line_then_a_post_line(extract, text, fact):
    assert {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"} == {fact}


def test_a_name_line_then_a_blank_line_is_no_signature(extract):
    assert not extract("Jo Bloggs\n\nChair of the Kelby Commission said it was good.").relations


@pytest.mark.parametrize("text, body", [
    ("The Kelby Trust board members are Jo Bloggs, Sam Patel and Ann Lee.", "Kelby Trust"),
    ("Members of the Kelby Commission include Jo Bloggs, Sam Patel and Ann Lee.", "Kelby Commission"),
])
def test_a_bodys_members_listed_are_part_of_it(extract, text, body):
    held = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"}
    assert {(p, body) for p in ("Jo Bloggs", "Sam Patel", "Ann Lee")} <= held


def test_members_listed_after_a_colon_the_segmenter_ends_a_sentence_at(extract):
    found = extract("The Kelby Select Committee was appointed by the House of Lords.\n\nCurrent Membership The Members of the "
                    "Committee are: Baroness Bloggs Lord Patel Baroness Lee Lord Okafor")
    assert {r.subject.name for r in found.relations if r.predicate == "partOf" and r.object.name == "Kelby Select Committee"} == {
        "Baroness Bloggs", "Lord Patel", "Baroness Lee", "Lord Okafor"}


def test_a_committee_unnamed_is_no_other_body(extract):
    found = extract("Kelby University's chair of council, Jo Bloggs, who chaired the appointment committee, said it was good.")
    assert {r.object.name for r in found.relations if r.predicate == "partOf"} == {"Kelby University"}


@pytest.mark.parametrize("text, facts", [
    ("The panel included Jo Bloggs (Kelby Council) and Sam Patel (Barset Trust).",
     {("Jo Bloggs", "Kelby Council"), ("Sam Patel", "Barset Trust")}),
    ("Cllr Jo Bloggs (Labour) said it was good.", {("Jo Bloggs", "Labour Party")}),
    ("Jo Bloggs (pictured) said it was good.", set()),
])
def test_a_persons_body_in_brackets_after_the_name(extract, text, facts):
    assert {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"} == facts


def test_people_named_after_a_members_clause_are_no_list(extract):
    assert not extract("Members of the Kelby board are unhappy, Jo Bloggs said.").relations
def test_a_membership_table_flattened_into_a_line_gives_each_person_their_body(extract):
    found = extract("Membership\nCllr Jo Bloggs Essex County Council Sam Smith Essex County Council Ann Lee Environment Agency "
                    "Tom Jones Thames Water\nFor information please ask the clerk.")
    facts = relations_of(found)
    assert {("Jo Bloggs", "partOf", "Essex County Council"), ("Sam Smith", "partOf", "Essex County Council"),
            ("Ann Lee", "partOf", "Environment Agency"), ("Tom Jones", "partOf", "Thames Water")} <= facts
    assert {e.name for e in found.entities if e.type == "Person"} >= {"Jo Bloggs", "Sam Smith", "Ann Lee", "Tom Jones"}


def test_one_name_set_against_a_body_in_running_text_is_no_table(extract):
    found = extract("The report was sent to Jo Bloggs Essex County Council officers on Monday.")
    assert not [r for r in found.relations if r.rule.startswith("table-row")]


def test_a_person_the_tagger_ran_into_a_known_bodys_name_ends_before_it(extract):
    found = extract("Attending were Jo Bloggs Essex County Council and others.")
    assert "Jo Bloggs Essex County" not in {e.name for e in found.entities}


@pytest.mark.parametrize("text, facts", [
    ("Jo Bloggs, Barset County Council, said the plan was sound.", {("Jo Bloggs", "Barset County Council")}),
    ("Jo Bloggs, Ofsted presented the key findings to the committee.", {("Jo Bloggs", "Ofsted")}),
    ("The panel heard from Jo Bloggs, Barset County Council, Sam Smith, Kelby Trust, and Ann Lee.", set()),
    ("Funding went to Jo Bloggs, Barset County Council and Kelby Trust.", set()),
])
def test_a_body_set_off_by_a_comma_after_a_name_before_a_verb(extract, text, facts):
    assert {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"} == facts


@pytest.mark.parametrize("text, facts", [
    ("Present:\nSam Smith - Senior Manager - Local Authority Inspection Team - Ofsted\n\nThe chair opened the meeting.",
     {("Sam Smith", "Ofsted")}),
    ("Councillor Jo Bloggs - Cabinet Member for Housing - Barset County Council\n\nThe chair opened the meeting.",
     {("Jo Bloggs", "Barset County Council")}),
    ("Jo Bloggs - Barset County Council\n\nThe chair opened the meeting.", set()),
])
def test_a_line_of_a_name_a_post_and_a_body_between_dashes(extract, text, facts):
    assert {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"} == facts


def test_list_items_with_the_bullet_glued_to_the_name_and_a_colon_after_it(extract):
    found = extract("The proposed Non-Executive Directors (NED) are announced as:\n\u2022Jo Bloggs: currently a NED at Kelby Hospital "
                    "NHS Trust\n\u2022Sam Patel: currently Chairman at Barset Hospital NHS Trust\n")
    assert {("Jo Bloggs", "Kelby Hospital NHS Trust"), ("Sam Patel", "Barset Hospital NHS Trust")} <= {
        (r.subject.name, r.object.name) for r in found.relations if r.predicate == "partOf"}
    assert not [e for e in found.entities if e.name in {"NED", "\u2022Jo Bloggs"}]
