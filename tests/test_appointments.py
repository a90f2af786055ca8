"""Appointments announced before the appointee is named (kg/extract/appointments.py): sentences written for the tests."""

from __future__ import annotations

import pytest
from conftest import relations_of


def _appointed(extract, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.object.name, r.rule.split("+")[0]) for r in extract(text).relations if r.predicate == "appointed"}


@pytest.mark.parametrize("text", [
    "This week Harbourside Hospitals NHS Foundation Trust appointed a new medical director. "
    "Priya Natarajan will join the trust in April from a post in Leeds.",
    "Yesterday Harbourside Hospitals NHS Foundation Trust confirmed the appointment of a new finance director. "
    "Priya Natarajan takes up the job next month.",
    "A new acting finance director has been appointed by Harbourside Hospitals NHS Foundation Trust. "
    "Priya Natarajan started work on Monday.",
    "This week Harbourside Hospitals NHS Foundation Trust appointed a new medical director. The hospitals it "
    "runs serve the whole county. Priya Natarajan will take over in August.",  # the name two sentences on
])
def test_the_person_who_takes_up_an_announced_post_was_appointed_by_the_body(extract, text):
    assert ("Harbourside Hospitals NHS Foundation Trust", "Priya Natarajan", "announced-appointee") in _appointed(extract, text)


def test_someone_who_only_comments_on_the_appointment_was_not_appointed(extract):
    text = ("This week Harbourside Hospitals NHS Foundation Trust appointed a new medical director. "
            "Trust chair Owen Pryce said the board was delighted.")
    assert not _appointed(extract, text)


def test_a_person_named_three_sentences_on_is_too_far(extract):
    text = ("This week Harbourside Hospitals NHS Foundation Trust appointed a new medical director. Its hospitals "
            "are old. It serves half a million people. Its budget is large. Priya Natarajan will join in May.")
    assert not _appointed(extract, text)


def test_a_named_post_holder_in_the_same_sentence_is_not_read_twice(extract):
    found = _appointed(extract, "Harbourside Hospitals NHS Foundation Trust has appointed Priya Natarajan as its new "
                                "chief executive. She will join in May.")
    assert {f[:2] for f in found} == {("Harbourside Hospitals NHS Foundation Trust", "Priya Natarajan")}
    assert not [f for f in found if f[2] == "announced-appointee"]


def test_the_evidence_is_both_sentences(extract):
    found = extract("This week Harbourside Hospitals NHS Foundation Trust appointed a new medical director. "
                    "Priya Natarajan will join in May.")
    [rel] = [r for r in found.relations if r.predicate == "appointed"]
    assert "appointed a new medical director" in rel.evidence and "will join in May" in rel.evidence
    assert rel.confidence < 0.7


def test_the_body_that_announces_an_appointment_made_it(extract):
    found = _appointed(extract, "Harbour Youth Trust has announced that Priya Natarajan has been appointed as its new director.")
    assert ("Harbour Youth Trust", "Priya Natarajan", "role-agent") in found


def test_someone_drafted_in_was_appointed(extract):
    found = _appointed(extract, "Harbour Youth Trust has drafted in Priya Natarajan to lead the charity for a year.")
    assert {f[:2] for f in found} == {("Harbour Youth Trust", "Priya Natarajan")}


def test_the_current_post_holder_set_off_is_at_the_one_body_the_headline_names(extract):
    found = extract("Jo Bloggs has been named the next chair. The current chair, Sam Okafor, will step down in March.",
                    title="Wexley Housing Trust chair appointment")
    assert ("Sam Okafor", "partOf", "Wexley Housing Trust") in relations_of(found)


def test_a_post_holder_set_off_is_at_no_body_when_the_headline_names_two(extract):
    found = extract("The chief executive, Sam Okafor, said the merger was good.", title="Wexley Trust and Barset Council merge teams")
    assert not [r for r in found.relations if r.subject.name == "Sam Okafor"]


def test_she_after_an_announcement_is_the_person_announced(extract):
    found = extract("Health minister Jo Bloggs has announced that Sam Okafor will take up the post of chair of the Wexley "
                    "Commission in April. She replaces Tom Briggs. From May she will act as a non-executive director of the commission.")
    posts = {(r.subject.name, r.object.name) for r in found.relations if r.predicate == "partOf"}
    assert ("Jo Bloggs", "Wexley Commission") not in posts


@pytest.mark.parametrize("text, body", [
    ("Barset Council has appointed a new director of children's services. Jo Bloggs has stepped up from her role as "
     "assistant director to fill the job.", "Barset Council"),
    ("A new interim director of children's services has been appointed by Barset Council. This appointment of Jo "
     "Bloggs follows the departure of her predecessor.", "Barset Council"),
    ("The Charity Commission has appointed a new interim manager of the Kelby Trust. Jo Bloggs will take over next month.",
     "Kelby Trust"),
])
def test_the_taker_of_a_post_announced_unnamed_holds_it_at_its_body(extract, text, body):
    held = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"}
    assert ("Jo Bloggs", body) in held and not {b for p, b in held if p == "Jo Bloggs" and "Commission" in b}


def test_a_resolutions_appointment_is_made_by_the_body_whose_minutes_they_are(extract):
    found = extract("RESOLVED: That\n\n(1) Jo Bloggs, Director of Central Services and Deputy Chief Executive, be appointed as "
                    "Interim Chief Executive from 13 December 2023.", title="Retirement of the Chief Executive - Kelby Borough Council")
    facts = {(r.subject.name, r.predicate, r.object.name) for r in found.relations}
    assert {("Kelby Borough Council", "appointed", "Jo Bloggs"), ("Jo Bloggs", "partOf", "Kelby Borough Council")} <= facts
    assert not [f for f in facts if f[1] == "partOf" and f[2] != "Kelby Borough Council"]


def test_an_appointment_without_a_resolution_is_no_pages_bodys(extract):
    found = extract("Jo Bloggs will be appointed as Interim Chief Executive next month.", title="News - Kelby Borough Council")
    assert not [r for r in found.relations if r.predicate == "appointed"]


def test_a_word_resolved_in_running_text_is_no_resolution(extract):
    found = extract("The dispute was resolved. Jo Bloggs has been appointed as Interim Chief Executive.",
                    title="News - Kelby Borough Council")
    assert not [r for r in found.relations if r.predicate == "appointed"]


@pytest.mark.parametrize("text", [
    "Jo Bloggs joins as chief executive in April, the trust said.",
    "Jo Bloggs will become chief executive in April.",
    "Jo Bloggs will take over as chief executive in April.",
])
def test_a_post_taken_up_with_no_body_named_is_at_the_headlines_one_body(extract, text):
    found = extract(text, title="Kelby Trust appoints chief executive")
    assert ("Jo Bloggs", "partOf", "Kelby Trust") in {(r.subject.name, r.predicate, r.object.name) for r in found.relations}


def test_a_post_taken_up_names_no_body_when_the_headline_names_two(extract):
    found = extract("Jo Bloggs will become chief executive in April.", title="Kelby Trust and Barset Trust to merge")
    assert not [r for r in found.relations if r.predicate == "partOf"]


@pytest.mark.parametrize("text", [
    "Jo Bloggs will take the reins at Kelby Trust next April.",
    "Jo Bloggs is to leave his post as director of Barset Council to take the helm at Kelby Trust next April.",
])
def test_taking_the_reins_or_the_helm_at_a_body_is_a_post_there(extract, text):
    found = extract(text)
    assert ("Jo Bloggs", "partOf", "Kelby Trust") in {(r.subject.name, r.predicate, r.object.name) for r in found.relations}


def test_a_body_bringing_in_a_person_appoints_them_but_bringing_in_a_policy_introduces_it(extract):
    found = extract("Kelby Trust has brought in Jo Bloggs to lead the charity for the next year. "
                    "Barset Council brought in the Barset Parking Policy in 2019.")
    triples = {(r.subject.name, r.predicate, r.object.name) for r in found.relations}
    assert ("Kelby Trust", "appointed", "Jo Bloggs") in triples
    assert ("Barset Council", "introduced", "Barset Parking Policy") in triples


@pytest.mark.parametrize("text", [
    "Jo Bloggs is to be seconded to Kelby Vale NHS Foundation Trust to take over as interim chief executive.",
    "Jo Bloggs has been seconded to Kelby Vale NHS Foundation Trust for six months.",
])
def test_a_person_seconded_to_a_body_works_there(extract, text):
    assert ("Jo Bloggs", "partOf", "Kelby Vale NHS Foundation Trust") in relations_of(extract(text))


def test_a_person_seconded_from_nowhere_named_holds_no_post(extract):
    found = extract("Jo Bloggs has been seconded to the project for six months.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


def test_continuing_ones_work_as_chair_of_a_body_is_a_post_there(extract):
    found = extract("Jo Bloggs will continue her work as chair of East Kelby NHS Foundation Trust.")
    assert ("Jo Bloggs", "partOf", "East Kelby NHS Foundation Trust") in relations_of(found)


@pytest.mark.parametrize("text, body", [
    ("Jo Bloggs, the chief executive of Orton and Barset NHS Foundation Trust, spoke.", "Orton and Barset NHS Foundation Trust"),
    ("Jo Bloggs is chief executive of Kelby, Orton and Barset NHS Trust.", "Kelby, Orton and Barset NHS Trust"),
])
def test_places_no_register_knows_before_an_nhs_bodys_name_belong_to_it(extract, text, body):
    found = extract(text)
    assert ("Jo Bloggs", "partOf", body) in relations_of(found)
    assert {e.name for e in found.entities if e.type == "Organisation"} == {body}


@pytest.mark.parametrize("text, body", [
    ("Jo Bloggs, deputy vice-chancellor at Warwick, said the plans were welcome.", "University of Warwick"),
    ("Kelby Trust hired a manager from the University of Warwick. Jo Bloggs, pro-chancellor at Lancaster, said "
     "the plans were welcome.", "Lancaster University"),
])
def test_a_place_named_for_a_universitys_post_is_the_university_named_for_it(extract, text, body):
    found = relations_of(extract(text))
    assert ("Jo Bloggs", "partOf", body) in found
    assert not [t for t in found if t[0] == "Jo Bloggs" and t[2] != body]


def test_an_appointee_described_by_a_post_elsewhere_takes_the_new_post_at_the_appointer(extract):
    found = relations_of(extract("Lancaster University has appointed a senior manager at the University of Warwick as "
                                 "its next vice-chancellor. Jo Bloggs will take up the post in January."))
    assert {("Lancaster University", "appointed", "Jo Bloggs"), ("Jo Bloggs", "partOf", "Lancaster University"),
            ("Jo Bloggs", "partOf", "University of Warwick")} <= found


def test_an_appointee_described_by_a_former_post_holds_only_the_new_one(extract):
    found = relations_of(extract("Kelby Trust has appointed the former boss of Barset Council as its new chief executive. "
                                 "Jo Bloggs will join in May."))
    assert ("Jo Bloggs", "partOf", "Kelby Trust") in found
    assert ("Jo Bloggs", "partOf", "Barset Council") not in found


def test_its_post_for_a_region_is_a_post_at_the_appointer(extract):
    found = extract("The Local Government Association has appointed Sarah Kelby as its principal adviser for the North West.")
    facts = {(r.subject.name, r.predicate, r.object.name) for r in found.relations}
    assert ("Sarah Kelby", "partOf", "Local Government Association") in facts


def test_a_post_held_most_recently_is_a_past_post(extract):
    found = relations_of(extract("A new chief executive has been appointed at Kelby County Council. Theresa Grantham, most "
                                 "recently chief executive at Orton Council, has been given a two-year contract."))
    assert ("Theresa Grantham", "partOf", "Orton Council") not in found


def test_a_where_clause_in_the_past_is_a_past_post(extract):
    found = relations_of(extract("Jane Moss studied at Kelby University, where she was president of the students' union. "
                                 "She is now chief executive of Orton Trust."))
    assert ("Jane Moss", "partOf", "Kelby University") not in found


@pytest.mark.parametrize("text, body, person", [
    ("Kelby Council has chosen Andy Bright as its new chief executive.", "Kelby Council", "Andy Bright"),
    ("Andrew Kerrigan was today approved as the new Orton Council chief executive.", "Orton Council", "Andrew Kerrigan"),
    ("The University of Barset has appointed Professor Alan Reed as provost.", "University of Barset", "Alan Reed"),
    ("Kelby Trust has welcomed Jane Moss as its new chair.", "Kelby Trust", "Jane Moss"),
])
def test_choosing_approving_or_welcoming_someone_as_a_post_appoints_them(extract, text, body, person):
    found = relations_of(extract(text))
    assert (body, "appointed", person) in found
    assert (person, "partOf", body) in found


def test_trustees_welcomed_by_name_were_appointed(extract):
    found = relations_of(extract("Bristol Citizens Advice has welcomed three new trustees: Jane Moss, Tom Ali and Ruth Penn."))
    assert {("Bristol Citizens Advice", "appointed", p) for p in ("Jane Moss", "Tom Ali", "Ruth Penn")} <= found


def test_welcoming_a_visitor_appoints_no_one(extract):
    found = relations_of(extract("Kelby Council welcomed the minister, Jane Moss, on a visit to the town."))
    assert not {t for t in found if t[1] == "appointed"}


def test_the_predecessor_a_participle_names_held_the_post(extract):
    found = relations_of(extract("Richard Brown has been appointed interim chief executive of Barset County Council, "
                                 "taking over from Ian Westgate."))
    assert ("Ian Westgate", "partOf", "Barset County Council") in found


def test_a_body_that_has_a_new_post_holder_appointed_the_person_confirmed_next(extract):
    found = relations_of(extract("Orton Police has a new chief constable. Rachel Green was confirmed in the role on Monday."))
    assert ("Orton Police", "appointed", "Rachel Green") in found
    assert ("Rachel Green", "partOf", "Orton Police") in found


def test_an_appointment_by_an_unnamed_office_is_not_the_posts_bodys(extract):
    found = relations_of(extract("Max Collier has been appointed lead commissioner at Barset County Council by the Secretary "
                                 "of State for Housing, Communities and Local Government."))
    assert ("Barset County Council", "appointed", "Max Collier") not in found
    assert ("Max Collier", "partOf", "Barset County Council") in found


@pytest.mark.parametrize("text, person, body", [
    ("Councillor Amy Cole has been elected vice-chair of the Orton Fire Authority.", "Amy Cole", "Orton Fire Authority"),
    ("Councillor Amy Cole has been elected chair of the Orton Fire Authority.", "Amy Cole", "Orton Fire Authority"),
])
def test_someone_elected_to_a_post_holds_it(extract, text, person, body):
    assert (person, "partOf", body) in relations_of(extract(text))


@pytest.mark.parametrize("text, person, body", [
    ("Kelby Trust has appointed Laura Bond to its board of trustees. She is a solicitor at Orton Legal LLP.", "Laura Bond", "Orton Legal LLP"),
    ("Dr Sam Lee, a surgeon at Kelby General Hospital, said waiting lists were growing.", "Sam Lee", "Kelby General Hospital"),
])
def test_a_profession_at_a_body_is_a_post_there(extract, text, person, body):
    assert (person, "partOf", body) in relations_of(extract(text))


@pytest.mark.parametrize("text", [
    "Harbourside Young People's Trust said Priya Natarajan would join in March from Kelby Council.",
    "A children's charity has named its next chief executive. Harbourside Young People's Trust said Priya Natarajan "
    "would join in March.",  # the charity named only in the second sentence
    "Harbourside Young People's Trust announced that Priya Natarajan will start as chief executive in May.",
    "Harbourside Young People's Trust has a new leader. The trust said Priya Natarajan would arrive in June.",
])
def test_a_person_a_body_says_will_join_was_appointed_by_it(extract, text):
    assert ("Harbourside Young People's Trust", "Priya Natarajan", "reported-joiner") in _appointed(extract, text)
    assert ("Priya Natarajan", "partOf", "Harbourside Young People's Trust") in relations_of(extract(text))


@pytest.mark.parametrize("text", [
    "Harbourside Young People's Trust said Priya Natarajan would join the board of Kelby Council.",  # joins something named
    "Harbourside Young People's Trust said Priya Natarajan would join with Kelby Council to run the review.",
    "Harbourside Young People's Trust said Priya Natarajan might join in March.",  # only possibly
    "Harbourside Young People's Trust said Priya Natarajan would not start until the review ended.",
    "Harbourside Young People's Trust said the works would start in March.",  # no person
])
def test_a_reported_join_that_names_what_is_joined_or_doubts_it_appoints_no_one(extract, text):
    assert not {a for a in _appointed(extract, text) if a[2] == "reported-joiner"}


@pytest.mark.parametrize("text", [
    "A mental health trust has announced the appointment of a new chief executive. Priya Natarajan will take up the "
    "role at Harbourside Mind NHS Foundation Trust in the summer.",
    "A mental health trust has appointed a new chief executive. Priya Natarajan will join Harbourside Mind NHS "
    "Foundation Trust in the summer.",
])
def test_an_unnamed_announcer_appointed_for_the_body_the_taker_joins(extract, text):
    assert ("Harbourside Mind NHS Foundation Trust", "Priya Natarajan", "announced-appointee") in _appointed(extract, text)


def test_an_unnamed_announcer_whose_taker_names_no_body_appoints_no_one(extract):
    assert not _appointed(extract, "The government has announced the appointment of a new chair. Priya Natarajan said "
                                   "she was delighted.")


def test_the_posts_an_appointment_fills_do_not_stand_for_their_body(extract):
    found = extract("Non-executive directors of Harbourside Hospitals NHS Trust are appointed by NHS England.")
    assert not [r for r in found.relations if r.predicate == "appointed"]


def test_an_appointment_by_another_unnamed_board_is_not_the_posts_bodys(extract):
    found = extract("Joan Davies has been appointed chair of the Barset Health Partnership by the integrated care board.")
    assert not [r for r in found.relations if r.predicate == "appointed"]
    assert ("Joan Davies", "partOf", "Barset Health Partnership") in relations_of(found)


@pytest.mark.parametrize("text", [
    "Joan Davies has been appointed chair of the Barset Health Partnership by its board.",
    "Joan Davies has been appointed chair of the Barset Health Partnership.",
])
def test_an_appointment_by_the_bodys_own_board_or_no_one_is_the_bodys(extract, text):
    assert ("Barset Health Partnership", "Joan Davies", "role-agent") in _appointed(extract, text)
