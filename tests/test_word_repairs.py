"""Words the tagger and parser misread (kg/extract/word_repairs.py): sentences written for the tests."""

from __future__ import annotations

import pytest
from conftest import relations_of


@pytest.fixture(scope="module")
def nlp(extractor):
    return extractor.nlp


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, dep, head", [
    ("Kelby Council fined Orton Services Ltd. The firm will appeal.", "dobj", "fined"),
    ("Barset Trust has been given £5,000 by Orton Care Ltd. It will buy books.", "pobj", "by"),
])
def test_an_abbreviation_read_as_the_full_stop_takes_the_open_role(nlp, text, dep, head):
    word = _word(nlp(text), "Ltd.")
    assert (word.dep_, word.head.text) == (dep, head)


def test_an_abbreviation_the_parser_read_right_is_left_as_it_was(nlp):
    word = _word(nlp("Orton Services Ltd. has been fined £5,000. It will appeal."), "Ltd.")
    assert word.dep_ == "nsubjpass"


def test_the_sentence_after_keeps_its_own_parse(nlp):
    doc = nlp("Kelby Council fined Orton Services Ltd. The firm will appeal.")
    assert _word(doc, "firm").dep_ == "nsubj" and _word(doc, "appeal").dep_ == "ROOT"


@pytest.mark.parametrize("text, fact", [
    ("Kelby Council fined Orton Services Ltd. The firm will appeal.", ("Kelby Council", "fined", "Orton Services Ltd")),
    ("Barset Trust has been given £5,000 by Orton Care Ltd. It will buy books.", ("Orton Care Ltd", "funded", "Barset Trust")),
])
def test_the_fact_with_the_stopped_name_is_read(extract, text, fact):
    assert fact in relations_of(extract(text))


@pytest.mark.parametrize("text", [
    "Meadow View, a care home run by Kelby Care Ltd, has closed.",
    "Inspectors rated Meadow View, a care home run by Kelby Care Ltd, inadequate.",
])
def test_a_participle_read_as_a_noun_after_another_describes_it(nlp, text):
    doc = nlp(text)
    run, home = _word(doc, "run"), _word(doc, "home")
    assert (run.tag_, run.dep_, run.head.text) == ("VBN", "acl", "home")
    assert _word(doc, "a").head.text == "home"


def test_a_noun_with_no_agent_is_left_as_it_was(nlp):
    run = _word(nlp("The charity organised a fun run in the park."), "run")
    assert run.tag_ == "NN"


def test_the_owner_of_a_care_home_run_by_a_firm_is_read(extract):
    assert ("Meadow View", "partOf", "Kelby Care Ltd") in relations_of(extract("Meadow View, a care home run by Kelby Care Ltd, has closed."))


def test_a_relative_pronoun_read_as_a_second_subject_is_the_object(nlp):
    doc = nlp("Orton Park School, which Ofsted rated outstanding last year, has a new head.")
    assert (_word(doc, "which").dep_, _word(doc, "Ofsted").dep_) == ("dobj", "nsubj")


def test_a_second_appointee_joined_to_the_first_post_is_the_verbs_object(extract):
    found = extract("Kelby Housing Trust has appointed Amit Shah as finance director and Claire Dunn as director of operations.")
    assert {(r.subject.name, r.object.name) for r in found.relations if r.predicate == "appointed"} == {
        ("Kelby Housing Trust", "Amit Shah"), ("Kelby Housing Trust", "Claire Dunn")}


def test_nouns_read_as_a_ratings_modifiers_are_the_verbs_object(nlp):
    doc = nlp("Care home\n\nInspectors rated Orton Lodge care home inadequate for safety and leadership.")
    home = [t for t in doc if t.text == "home"][-1]
    assert (home.dep_, home.head.text) == ("dobj", "rated")


@pytest.mark.parametrize("text, verb, noun", [
    ("Kelby County Council has awarded home care contracts worth £40m to six providers.", "awarded", "providers"),
    ("The commissioner has handed £450,000 to 12 charities supporting victims.", "handed", "charities"),
])
def test_a_sum_given_to_a_count_of_bodies_is_no_range(nlp, text, verb, noun):
    doc = nlp(text)
    to, plural = _word(doc, "to"), _word(doc, noun)
    assert (to.dep_, to.head.text, plural.dep_, plural.head.text) == ("prep", verb, "pobj", "to")


def test_a_range_between_two_sums_is_left_as_it_was(nlp):
    doc = nlp("Grants of £500 to £2,000 are available.")
    to = next(t for t in doc if t.text == "to")
    assert not (to.dep_ == "prep" and to.head.text == "are")


def test_the_providers_a_sum_is_awarded_to_are_appointed(extract):
    found = extract("Kelby County Council has awarded home care contracts worth £40m to six providers, including Barset Home Care Ltd "
                    "and Orton Carers.")
    assert {("Kelby County Council", "appointed", "Barset Home Care Ltd"), ("Kelby County Council", "appointed", "Orton Carers")} <= {
        (r.subject.name, r.predicate, r.object.name) for r in found.relations}


@pytest.mark.parametrize("text", [
    "Meadow View care home in Barset has been rated inadequate by the Care Quality Commission.",
    "Kelby Care Homes Ltd runs Meadow View care home in Barset.",
])
def test_a_kind_of_bodys_two_words_read_as_a_verb_are_one_noun(nlp, text):
    doc = nlp(text)
    care, home = _word(doc, "care"), _word(doc, "home")
    assert (care.dep_, care.head.i, home.tag_) == ("compound", home.i, "NN")
    assert _word(doc, "View").head.i == home.i


@pytest.mark.parametrize("text, fact", [
    ("Meadow View care home in Barset has been rated inadequate by the Care Quality Commission.",
     ("Care Quality Commission", "inspected", "Meadow View")),
    ("Kelby Care Homes Ltd runs Meadow View care home in Barset.", ("Meadow View", "partOf", "Kelby Care Homes Ltd")),
])
def test_a_named_care_home_is_a_body(extract, text, fact):
    found = extract(text)
    assert fact in {(r.subject.name, r.predicate, r.object.name) for r in found.relations}
    assert {e.type for e in found.entities if e.name == "Meadow View"} == {"Organisation"}


@pytest.mark.parametrize("text", [
    "A further £1.1m went to Sandford Mind for peer support.",
    "£1.1m went to Sandford Mind for peer support.",
])
def test_a_sums_scale_read_as_an_auxiliary_is_the_verbs_subject(nlp, text):
    scale = _word(nlp(text), "m")
    assert (scale.dep_, scale.head.text) == ("nsubj", "went")


def test_a_scale_the_parser_read_right_is_left_as_it_was(nlp):
    scale = _word(nlp("Another £1.1m went to Sandford Mind."), "m")
    assert (scale.dep_, scale.head.text) == ("nsubj", "went")


def test_a_sum_that_went_to_a_body_after_the_funders_sentence_is_its_grant(extract):
    found = extract("The National Lottery Community Fund awarded £5m to groups. A further £1.1m went to Sandford Mind for peer support.")
    assert {(r.subject.name, r.predicate, r.object.name, r.amount.value if r.amount else None) for r in found.relations} == {
        ("National Lottery Community Fund", "funded", "Sandford Mind", 1100000)}


@pytest.mark.parametrize("text", [
    "Kelby Hospitals NHS Trust will keep working with two trusts, Orton Hospitals NHS Trust and Barset Community NHS Trust.",
    "Kelby Hospitals NHS Trust is working with its partner trusts, Orton Hospitals NHS Trust and Barset Community NHS Trust.",
])
def test_a_name_set_off_after_a_prepositions_object_is_its_apposition(nlp, text):
    doc = nlp(text)
    first = next(t for t in doc if t.text == "Trust" and t.i > 5 and doc[t.i - 2].text == "Hospitals" and doc[t.i - 3].text == "Orton")
    assert (first.dep_, first.head.text) == ("appos", "trusts")


def test_a_name_opening_a_clause_of_its_own_after_the_object_is_left_as_it_was(nlp):
    doc = nlp("After talks with the unions, Kelby Council agreed a deal.")
    assert _word(doc, "Council").dep_ == "nsubj"


def test_a_list_after_of_read_as_an_apposition_is_one_list(nlp):
    doc = nlp("Leaders of Kelby Borough Council, the University of Sandford and Kelby Students' Union have signed a memorandum.")
    university = _word(doc, "University")
    assert (university.dep_, university.head.text) == ("conj", "Council")


def test_a_past_tense_with_its_own_subject_read_as_a_common_nouns_modifier_is_the_verb(nlp):
    doc = nlp("T\n\nSandford County Council and Careworks Limited agreed contract terms for the provision of software in 2011.")
    terms = _word(doc, "terms")
    assert (_word(doc, "agreed").dep_, terms.dep_, terms.head.text) == ("ROOT", "dobj", "agreed")


def test_a_name_after_a_thanks_to_phrase_read_as_an_apposition_is_the_verbs_subject(nlp):
    doc = nlp("Thanks to a £20,000 grant from the Kelby Community Foundation, Orton Men's Shed has bought new tools.")
    shed = _word(doc, "Shed")
    assert (shed.dep_, shed.head.text) == ("nsubj", "bought")


def test_names_after_an_opening_phrase_read_as_an_apposition_are_the_verbs_subject(nlp):
    doc = nlp("In signing this agreement with Orton City Council, the University of Orton and Orton St Mary's University "
              "seek to build on their civic work.")
    university = _word(doc, "University")
    assert (university.dep_, university.head.text) == ("nsubj", "seek")


def test_an_apposition_inside_the_opening_phrase_with_the_verbs_subject_after_it_stays(nlp):
    doc = nlp("In a letter to Kelby Council, Ofsted, the inspectorate, said it was concerned.")
    assert not [t for t in doc if t.dep_ == "nsubj" and t.head.text == "said" and t.text == "inspectorate"]


def test_bodies_signing_an_agreement_in_an_opening_phrase_partner_with_the_one_it_names(extract):
    found = extract("In signing this agreement with Orton City Council, the University of Orton and Orton St Mary's University "
                    "seek to build on their civic work.")
    assert {(r.subject.name, r.object.name) for r in found.relations if r.predicate == "partneredWith"} == {
        ("University of Orton", "Orton City Council"), ("Orton St Mary's University", "Orton City Council")}


def test_a_past_tense_right_after_the_object_of_after_is_its_clauses_verb(nlp):
    doc = nlp("It was ordered to improve after an Ofsted inspection in November found failings in Sandford Council's services.")
    found, inspection = _word(doc, "found"), _word(doc, "inspection")
    assert (inspection.dep_, inspection.head.text) == ("nsubj", "found")
    assert found.dep_ == "advcl" and _word(doc, "after").head.text == "found"


def test_a_verb_joined_by_and_after_a_phrase_stays_a_conjunct(nlp):
    doc = nlp("The council met after the election in May and appointed Jo Bloggs as leader.")
    assert _word(doc, "appointed").dep_ == "conj"


def test_a_present_tense_read_as_a_plural_noun_before_its_object_is_the_verb(nlp):
    doc = nlp("Kelby Borough Council commissions support from Orton Housing Group.")
    verb, support = _word(doc, "commissions"), _word(doc, "support")
    assert (verb.dep_, verb.pos_, support.dep_, support.head.text) == ("ROOT", "VERB", "dobj", "commissions")


def test_a_body_that_commissions_a_service_from_another_appointed_it(extract):
    triples = {(r.subject.name, r.predicate, r.object.name) for r in (extract("Kelby Borough Council commissions support from Orton Housing Group.")).relations}
    assert ("Kelby Borough Council", "appointed", "Orton Housing Group") in triples


def test_a_grade_after_rated_read_as_a_clause_is_the_participles_complement(nlp):
    doc = nlp("Wessex Ambulance Service NHS Trust was rated requires improvement by the CQC.")
    grade, by = _word(doc, "improvement"), _word(doc, "by")
    assert (grade.dep_, grade.head.text, by.head.text) == ("oprd", "rated", "rated")


def test_an_object_with_a_sum_before_it_read_as_a_clause_is_the_verbs_object(nlp):
    doc = nlp("Kelby District Council has agreed a £3m deal with Orton Leisure Ltd to design and build a new leisure centre.")
    deal = _word(doc, "deal")
    assert (deal.dep_, deal.head.text) == ("dobj", "agreed")


def test_a_deal_with_a_sum_agreed_with_a_firm_to_do_work_is_a_partnership(extract):
    found = extract("Kelby District Council has agreed a £3m deal with Orton Leisure Ltd to design and build a new leisure centre.")
    assert ("Kelby District Council", "Orton Leisure Ltd") in {(r.subject.name, r.object.name) for r in found.relations
                                                                if r.predicate == "partneredWith"}


def test_the_grant_in_a_thanks_to_phrase_opening_the_sentence_went_to_its_subject(extract):
    found = extract("Thanks to a £20,000 grant from the Kelby Community Foundation, Orton Men's Shed has bought new tools.")
    assert {(r.subject.name, r.object.name) for r in found.relations if r.predicate == "funded"} == {
        ("Kelby Community Foundation", "Orton Men's Shed")}


@pytest.mark.parametrize("text, prep", [
    ("Kelby Borough Council's children's services have improved from requires improvement to good, according to Ofsted.", "from"),
    ("Orton Primary School has moved from requires improvement to good, Ofsted said.", "from"),
    ("The school was downgraded to requires improvement last year.", "to"),
])
def test_a_grade_after_a_preposition_is_the_prepositions_object(nlp, text, prep):
    doc = nlp(text)
    grade = next(t for t in doc if t.lower_ == "improvement")
    assert grade.dep_ == "pobj" and grade.head.lower_ == prep
    assert next(t for t in doc if t.lower_ == "requires").head.i == grade.i


def test_a_grade_that_is_the_sentences_verb_is_left_as_it_was(nlp):
    doc = nlp("The school requires improvement, Ofsted said.")
    assert next(t for t in doc if t.lower_ == "improvement").dep_ == "dobj"


def test_a_grade_read_as_a_clause_whose_subject_is_the_object_of_the_verb_leaves_no_loop(nlp):
    doc = nlp("Ofsted downgraded St Mary's Church of England School in Barset from good to requires improvement after a visit in March.")
    school = _word(doc, "School")
    assert (school.dep_, school.head.text) == ("dobj", "downgraded")
    assert all(any(a.dep_ == "ROOT" for a in [t, *t.ancestors]) for t in doc)


def test_a_parse_the_repairs_left_with_a_loop_of_heads_is_put_back_as_it_came(nlp):
    import numpy
    from spacy.attrs import DEP, HEAD

    from kg.extract.agent_repair import loop_free

    doc = nlp("Ofsted downgraded Kelby School from good to requires improvement.")
    heads, labels = doc.to_array([HEAD, DEP]).T
    before = [(t.head.i, t.dep_) for t in doc]
    school, grade = _word(doc, "School"), _word(doc, "improvement")
    school.head, grade.head = grade, school
    loop_free(doc, numpy, heads, labels)
    assert [(t.head.i, t.dep_) for t in doc] == before


def test_the_extraction_of_a_sentence_that_once_looped_reads_the_downgrade(extract):
    found = extract("Ofsted downgraded St Mary's Church of England School in Barset from good to requires improvement after a visit in March.")
    assert {(r.subject.name, r.predicate, r.object.name, r.rating) for r in found.relations if r.predicate == "inspected"} == {
        ("Ofsted", "inspected", "St Mary's Church of England School", "requires improvement")}
