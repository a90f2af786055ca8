"""Sums listed under a heading (kg/extract/listings.py): texts written for the tests."""

from __future__ import annotations

import pytest

HEADING = ("Ofwat has published its yearly report on the water companies.\n"
           "The penalties for each company are as follows:\n")


def _sums(extract, text: str) -> set[tuple]:
    return {(r.subject.name, r.predicate, r.object.name, str(r.amount.value) if r.amount else None, r.rule.split("+")[0])
            for r in extract(text).relations if r.predicate in {"fined", "funded"}}


def test_each_line_of_a_list_of_penalties_is_a_fine_by_the_articles_regulator(extract):
    found = _sums(extract, HEADING + "Northgate Water: £56.8 million\nBarset Water: £38.1 million\nKelby Water: £700,000\n")
    assert found == {("Ofwat", "fined", "Northgate Water", "56800000", "listed-sum"),
                     ("Ofwat", "fined", "Barset Water", "38100000", "listed-sum"),
                     ("Ofwat", "fined", "Kelby Water", "700000", "listed-sum")}


def test_a_listed_sum_keeps_its_heading_and_its_own_line_as_evidence(extract):
    rels = extract(HEADING + "Northgate Water: £56.8 million\nBarset Water: £38.1 million\n").relations
    [second] = [r for r in rels if r.object.name == "Barset Water"]
    assert second.evidence.startswith("The penalties for each company") and second.evidence.endswith("Barset Water: £38.1 million")
    assert "Northgate" not in second.evidence and second.confidence < 0.6


def test_the_headings_subject_is_the_agent(extract):
    found = _sums(extract, "The Westshire Community Fund and Ofwat met in May.\n"
                           "The Westshire Community Fund awarded these grants:\nBarset Food Bank: £12,000\n")
    assert ("Westshire Community Fund", "funded", "Barset Food Bank", "12000", "listed-sum") in found


def test_the_list_ends_at_the_first_line_that_is_not_a_body_and_a_sum(extract):
    found = _sums(extract, HEADING + "Northgate Water: £56.8 million\nFour companies paid nothing.\nBarset Water: £38.1 million\n")
    assert {f[2] for f in found} == {"Northgate Water"}


def test_a_list_under_a_heading_about_something_else_is_not_fines(extract):
    found = _sums(extract, "Ofwat has published its yearly report on the water companies.\n"
                           "The companies' chief executives are paid as follows:\nNorthgate Water: £560,000\n")
    assert not found


def test_a_line_with_more_than_a_sum_is_no_item(extract):
    found = _sums(extract, HEADING + "Northgate Water: £56.8 million, the largest since the company was sold in 1989 "
                                     "to its present owners\n")
    assert not found


def test_a_list_between_semicolons_in_one_sentence(extract):
    text = ("Ofwat has published its yearly report on the water companies. Northgate Water is among nine firms handed "
            "fines, alongside Barset Water, charged £38.1 million; Kelby Water, charged £36 million; and Upton Water, £5m.")
    found = _sums(extract, text)
    assert {("Ofwat", "fined", "Barset Water", "38100000", "listed-sum"), ("Ofwat", "fined", "Kelby Water", "36000000", "listed-sum"),
            ("Ofwat", "fined", "Upton Water", "5000000", "listed-sum")} <= found


def test_one_name_and_sum_between_semicolons_is_no_list(extract):
    text = ("Ofwat has published its yearly report on the water companies. The fines vary; Barset Water, charged "
            "£38.1 million; was the largest.")
    assert not [f for f in _sums(extract, text) if f[4] == "listed-sum"]


def test_a_bulleted_list_of_names_under_a_funding_heading_is_funded_by_where_the_money_comes_from(extract):
    found = extract("The £12m investment from the Harbour Health Board will be matched by the trusts.\n\n"
                    "The four trusts that will be receiving funding are:\n\n"
                    "  • Westshire Healthcare NHS Trust\n  • Eastshire Mental Health NHS Trust\n  • An Unknown Partnership\n"
                    "  • Northshire Community NHS Trust\n\nThe programme starts in May.")
    funded = {(r.subject.name, r.object.name, r.amount) for r in found.relations if r.predicate == "funded"}
    assert {(f, o) for f, o, _ in funded} >= {("Harbour Health Board", "Westshire Healthcare NHS Trust"),
                                              ("Harbour Health Board", "Northshire Community NHS Trust")}
    assert all(a is None for _, _, a in funded)  # the total is not each one's sum


def test_grants_listed_by_place_under_a_heading_of_councils_go_to_the_councils(extract):
    text = ("Twelve councils have been awarded funding by the Ministry of Housing, Communities and Local Government.\n\n"
            "The councils to receive funding this year are:\n\n  • Bedford: £12.5m\n  • Wexbury Borough Council: £9.1m\n")
    found = _sums(extract, text)
    assert ("Ministry of Housing, Communities and Local Government", "funded", "Bedford Borough Council", "12500000",
            "listed-sum") in found
    assert ("Ministry of Housing, Communities and Local Government", "funded", "Wexbury Borough Council", "9100000",
            "listed-sum") in found


def test_a_heading_line_with_no_colon_over_dashed_items(extract):
    found = extract("The Financial Conduct Authority had a busy year.\nLargest penalties this year\n"
                    "- Kelby Bank plc - £12.5m\n- Barset Mutual Ltd - £3m\nMost were for weak controls.")
    fines = {(r.object.name, r.amount.value) for r in found.relations if r.predicate == "fined"}
    assert fines == {("Kelby Bank plc", 12500000), ("Barset Mutual Ltd", 3000000)}


def test_a_list_line_of_a_name_a_dash_and_fined_with_its_sum(extract):
    found = extract("The Financial Conduct Authority publishes its final notices.\n\nRecent cases:\n\n"
                    "  • Kelby Savings Bank- fined £410,000 for weak anti-fraud controls\n")
    fines = {(r.subject.name, r.object.name, r.amount.value if r.amount else None) for r in found.relations if r.predicate == "fined"}
    assert fines == {("Financial Conduct Authority", "Kelby Savings Bank", 410000)}


def test_an_award_list_with_letter_o_bullets_and_projects_in_brackets(extract):
    found = extract("The Kelby Towns Fund has announced its second round.\n\nThe full list of awards is:\n\n"
                    "o Lowmoor (Riverside Walk (RW): new paths and lighting): £1,250,000.\n"
                    "o Barset (Market Hall Renewal): £980,000.\n")
    grants = {(r.object.name, r.amount.value if r.amount else None) for r in found.relations if r.predicate == "funded"}
    assert grants == {("Lowmoor", 1250000), ("Barset", 980000)}


def test_a_lone_lowercase_o_is_no_bullet_in_running_text(extract):
    found = extract("The Kelby Towns Fund has announced its second round.\n\nThe full list of awards is:\n\n"
                    "o dear, the list was not published in time.\n")
    assert not [r for r in found.relations if r.predicate == "funded"]


@pytest.mark.parametrize("text, facts", [
    ("The Kelby Arts Fund has opened a £2 million round for theatres.\n\nThe biggest awards went to Barset Playhouse "
     "(£150,000), Wexbury Theatre Trust (£120,500) and Lowmoor Opera (£95,000).",
     {("Kelby Arts Fund", "funded", "Barset Playhouse", "150000"), ("Kelby Arts Fund", "funded", "Lowmoor Opera", "95000"),
      ("Kelby Arts Fund", "funded", "Wexbury Theatre Trust", "120500")}),
    ("Ofwat has set out this year's penalties.\n\nOther firms told to repay customers include Kelby Water (£12m) and "
     "Barset Water (£9.5m).", {("Ofwat", "fined", "Kelby Water", "12000000"), ("Ofwat", "fined", "Barset Water", "9500000")}),
])
def test_names_each_with_a_sum_in_brackets(extract, text, facts):
    assert facts <= {f[:4] for f in _sums(extract, text)}


def test_places_with_sums_in_brackets_are_areas_not_grant_holders(extract):
    found = extract("The Kelby Arts Fund has opened a £2 million round for theatres.\n\nAreas to gain most include "
                    "Plymouth (£4m), Bradford (£1.8m) and Luton (£399,000).")
    assert not [r for r in found.relations if r.predicate == "funded"]


def test_a_list_under_they_were_takes_its_relation_from_the_sentence_before(extract):
    found = extract("The Kelby Community Fund opened in May. Successful applicants shared in £30,000 of funding. They were:\n"
                    "- Barset Youth Trust – £7,500 – To support delivery of a range of groupwork programmes.\n"
                    "- Age UK Barset – £15,000 – To support a befriending service.\n")
    assert {(r.object.name, r.amount.value) for r in found.relations if r.predicate == "funded"} == {
        ("Barset Youth Trust", 7500), ("Age UK Barset", 15000)}


def test_a_heading_of_recipients_lists_the_sums_of_the_sentence_before(extract):
    found = extract("The Department for Levelling Up has allocated £30m to councils to tackle rough sleeping this winter. "
                    "The councils receiving the largest amounts are:\nKelby City Council: £2.1m\nOrton Borough Council: £1.6m\n",
                    title="£30m to tackle rough sleeping")
    assert {(r.subject.name, r.object.name, str(r.amount.value)) for r in found.relations if r.predicate == "funded"} == {
        ("Department for Levelling Up", "Kelby City Council", "2100000"), ("Department for Levelling Up", "Orton Borough Council", "1600000")}
