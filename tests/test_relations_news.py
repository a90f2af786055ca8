"""How news reports state fines, inspections, appointments and partnerships: sentences written for the tests."""

from __future__ import annotations

import pytest
from conftest import entity_named, relations_of


def _facts(extract, text: str) -> set[tuple]:
    return {(r.subject.name, r.predicate, r.object.name, str(r.amount.value) if r.amount else None, r.rule.split("+")[0])
            for r in extract(text).relations}


def _triples(relations) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.predicate, r.object.name) for r in relations}


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
    # being given a penalty is a fine
    ("Wexbury Borough Council was also given a penalty of £45,000 by the Information Commissioner's Office.",
     ("Information Commissioner's Office", "fined", "Wexbury Borough Council", "45000", "passive")),
    # a sum in a clause of its own below the trigger is that clause's, not the fine's
    ("After a fine was issued last week to Barset Council (£70,000), the Information Commissioner's Office has now "
     "issued a fine of £35,000 to Wexbury Borough Council.",
     ("Information Commissioner's Office", "fined", "Wexbury Borough Council", "35000", "active")),
    # the body in the post before a person's name fined
    ("Information Commissioner Jo Bloggs fined Acme Marketing Ltd £14,000 after an investigation.",
     ("Information Commissioner's Office", "fined", "Acme Marketing Ltd", "14000", "active")),
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
    # (a rating verb's small clause, 'rated [X's services inadequate]', now reads the first before the surface rule)
    ("Ofsted rated Anytown Borough Council's children's services inadequate in March 2016.",
     ("Ofsted", "inspected", "Anytown Borough Council", None, "active")),
    # (the participle reading of a relation between equals now reads this one before the surface rule does)
    ("Anytown Borough Council partnered with Nesta on a shared data pact.",
     ("Anytown Borough Council", "partneredWith", "Nesta", None, "active")),
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


@pytest.mark.parametrize("sentence,fact", [
    # the penalty noun as the passive subject: the object follows 'on'
    ("A penalty of £70,000 was imposed on Marsh Vale District Council by the Information Commissioner's Office.",
     ("Information Commissioner's Office", "fined", "Marsh Vale District Council", "70000", "passive")),
    # 'X's children's services': the possessor of a possessed part noun stands for the body
    ("Wexley Borough Council's children's services were rated inadequate by Ofsted.",
     ("Ofsted", "inspected", "Wexley Borough Council", None, "passive")),
    # a rating given as a thing
    ("Ofsted has given Thornbury Borough Council a 'requires improvement' rating.",
     ("Ofsted", "inspected", "Thornbury Borough Council", None, "active")),
    # people who act for a body stand for it (an inference: coreference confidence)
    ("Inspectors from the Care Quality Commission visited Hallam Hospital NHS Trust in May.",
     ("Care Quality Commission", "inspected", "Hallam Hospital NHS Trust", None, "active")),
    ("Officials from the Home Office criticised Barnfield Borough Council over the delays.",
     ("Home Office", "criticised", "Barnfield Borough Council", None, "active")),
    # a person's organisation as 'of' on the name
    ("Professor Alan Greer, of the University of Bristol, led the review.",
     ("Alan Greer", "partOf", "University of Bristol", None, "role-from")),
    # a symmetric relation as a noun: 'a partnership between A and B'
    ("The project is a partnership between Barnfield Borough Council and the University of Kent.",
     ("Barnfield Borough Council", "partneredWith", "University of Kent", None, "nominal")),
    # a sum without its currency takes the article's (here none: the default)
    ("The Information Commissioner's Office fined Acme Marketing Ltd 130,000 for sending spam texts.",
     ("Information Commissioner's Office", "fined", "Acme Marketing Ltd", "130000", "active")),
])
def test_more_news_phrasings(extract, sentence, fact):
    assert fact in _facts(extract, sentence)


def test_people_standing_for_a_body_are_an_inference(extract):
    [rel] = [r for r in extract("Officials from the Home Office criticised Barnfield Borough Council.").relations
             if r.predicate == "criticised"]
    assert rel.rule == "active+coref" and rel.confidence < 0.8


def test_a_sum_without_currency_takes_the_currency_of_the_articles_other_sums():
    from kg.resolve import parse_implied_amount

    assert parse_implied_amount("fined the firm 130,000 for", "EUR").currency == "EUR"
    assert str(parse_implied_amount("a 2.5 million grant", "GBP").value) == "2500000"
    # years, counts of people, percentages and plain small numbers are not sums
    for text in ("fined in 2019", "after 12,000 people complained", "a 40,000 per cent rise", "fined 300 times"):
        assert parse_implied_amount(text, "GBP") is None, text


def test_a_count_of_people_next_to_a_fine_is_not_its_amount(extract):
    facts = _facts(extract, "The Information Commissioner's Office fined Acme Marketing Ltd after 12,000 people complained.")
    assert ("Information Commissioner's Office", "fined", "Acme Marketing Ltd", None, "active") in facts


def test_the_council_in_a_later_sentence_is_the_council_named_before(extract):
    facts = _facts(extract, "Barnfield Borough Council has been criticised by inspectors. "
                            "Ofsted rated the council inadequate in its latest report.")
    assert ("Ofsted", "inspected", "Barnfield Borough Council", None, "active") in facts


def test_a_place_that_is_fined_or_inspected_stands_for_its_council(extract):
    found = extract("Bradford was rated inadequate by Ofsted in 2018. Surrey was fined £100,000 by the Information "
                    "Commissioner's Office.")
    facts = {(r.subject.name, r.predicate, r.object.name, r.rule) for r in found.relations}
    assert ("Ofsted", "inspected", "City of Bradford Metropolitan District Council", "passive+place") in facts
    assert ("Information Commissioner's Office", "fined", "Surrey County Council", "passive+place") in facts
    council = next(e for e in found.entities if e.name == "Surrey County Council")
    assert council.identifiers["gss"] == "E10000030"  # the council joins the article's entities with its code
    assert {"Bradford", "Surrey"} <= {e.name for e in found.entities if e.type == "Place"}  # the places stay
    assert all(r.confidence < 0.8 for r in found.relations if r.rule.endswith("+place"))


def test_elsewhere_a_place_keeps_its_own_name(extract):
    found = extract("Ofsted inspected schools in Leeds, and Leeds launched the Healthy Streets Programme.")
    assert not [r for r in found.relations if r.rule.endswith("+place")]


def test_a_place_stands_only_for_a_council_the_gazetteer_is_sure_of():
    from kg.vocab.lexicon import councils_by_code, gazetteer

    councils = councils_by_code()
    assert councils["E08000032"].name == "City of Bradford Metropolitan District Council"
    codes = [dict(e.ids).get("gss") for e in gazetteer() if e.type == "Organisation" and not e.ended]
    shared = {c for c in codes if c and codes.count(c) > 1}
    assert not shared & set(councils)


def test_the_regulator_or_the_watchdog_is_the_articles_regulator_wherever_it_is_named(extract):
    facts = _facts(extract, "Westshire County Council has been fined £80,000 by the data watchdog. "
                            "The Information Commissioner's Office said the council had lost the files.")
    assert ("Information Commissioner's Office", "fined", "Westshire County Council", "80000", "passive") in facts


def test_a_body_introduced_as_a_county_council_is_the_one_named_next(extract):
    facts = _facts(extract, "A county council has been fined by the Information Commissioner's Office. "
                            "Westshire County Council lost the files in 2019.")
    assert ("Information Commissioner's Office", "fined", "Westshire County Council", None, "passive") in facts


def test_a_description_the_next_name_does_not_fit_is_not_linked(extract):
    facts = _facts(extract, "A Welsh council has been fined by the Information Commissioner's Office. "
                            "Westshire County Council lost other files in 2019.")
    assert not [f for f in facts if f[1] == "fined"]


def test_each_of_two_coordinated_fines_keeps_its_own_amount(extract):
    facts = _facts(extract, "The Information Commissioner's Office fined Acme Ltd £40,000 and Brightway Marketing Ltd "
                            "£25,000 for nuisance calls.")
    assert ("Information Commissioner's Office", "fined", "Acme Ltd", "40000", "active") in facts
    assert ("Information Commissioner's Office", "fined", "Brightway Marketing Ltd", "25000", "active") in facts


def test_a_sites_headings_are_not_names(extract):
    found = extract("Latest News\n\nRelated Articles\n\nOfsted inspected Barnfield Borough Council in May.")
    names = {e.name for e in found.entities}
    assert not names & {"Latest News", "Related Articles"} and "Barnfield Borough Council" in names


def test_runs_of_a_title_case_headline_are_not_names(extract):
    found = extract("Ofsted Calls For Tougher Regulator\n\nThe Department For Education said Action For Children "
                    "would lead the work.")
    names = {e.name for e in found.entities}
    assert not any("Calls" in n for n in names)
    assert {"Department for Education", "Action for Children"} <= names  # title case in a sentence is kept


def test_two_known_names_joined_by_and_stay_two(extract):
    names = {e.name for e in extract("The University of Manchester and Cardiff University took part, with the "
                                     "Department for Work and Pensions.").entities}
    assert "Cardiff University" in names and any(n.endswith("University of Manchester") for n in names)
    assert not any(" and Cardiff" in n for n in names)
    assert "Department for Work and Pensions" in names  # one name with 'and' inside stays one


def test_services_in_a_place_stand_for_its_council(extract):
    found = extract("Ofsted has rated children's services in Bradford as inadequate.")
    assert ("Ofsted", "inspected", "City of Bradford Metropolitan District Council", "active+place") in {
        (r.subject.name, r.predicate, r.object.name, r.rule) for r in found.relations}


@pytest.mark.parametrize("sentence,fact", [
    ("The Information Commissioner's Office investigated. Westshire County Council was handed a 90,000 penalty "
     "after files were lost.", ("Information Commissioner's Office", "fined", "Westshire County Council", "90000", "implied-agent")),
    ("The Information Commissioner's Office looked into it. Barnfield Borough Council was hit with a £70,000 penalty.",
     ("Information Commissioner's Office", "fined", "Barnfield Borough Council", "70000", "implied-agent")),
    ("The Information Commissioner's Office has served a £50,000 penalty on Marsh Vale District Council.",
     ("Information Commissioner's Office", "fined", "Marsh Vale District Council", "50000", "active")),
    ("The Information Commissioner's Office found the breach serious, and Northgate Borough Council was told to pay "
     "£140,000.", ("Information Commissioner's Office", "fined", "Northgate Borough Council", "140000", "implied-agent")),
])
def test_ways_of_saying_a_penalty_was_given(extract, sentence, fact):
    assert fact in _facts(extract, sentence)


@pytest.mark.parametrize("sentence,fact", [
    # inspectors named without their body: the article's one regulator
    ("Ofsted published its report on Wexley Borough Council. Inspectors visited Wexley Borough Council's children's "
     "services in May.", ("Ofsted", "inspected", "Wexley Borough Council", None, "active")),
    ("Ofsted has downgraded Barnfield Borough Council to 'inadequate'.",
     ("Ofsted", "inspected", "Barnfield Borough Council", None, "active")),
    ("Ofsted found Northgate Borough Council inadequate in 2019.",
     ("Ofsted", "inspected", "Northgate Borough Council", None, "active")),
])
def test_ways_of_saying_an_inspection_was_made(extract, sentence, fact):
    assert fact in _facts(extract, sentence)


def test_inspectors_stand_for_no_body_when_the_article_names_two_regulators(extract):
    facts = _facts(extract, "Ofsted and the Care Quality Commission agreed a plan. Inspectors visited Wexley Borough "
                            "Council's children's services in May.")
    assert not [f for f in facts if f[1] == "inspected"]


@pytest.mark.parametrize("sentence,fact", [
    # a relation noun carried by a verb takes the verb's subject
    ("Westshire County Council has announced the appointment of Helen Marsh as its new chief executive.",
     ("Westshire County Council", "appointed", "Helen Marsh", None, "nominal")),
    ("Westshire County Council signed a partnership with the University of Kent.",
     ("Westshire County Council", "partneredWith", "University of Kent", None, "nominal")),
    ("Ofsted carried out an inspection of Barnfield Borough Council in May.",
     ("Ofsted", "inspected", "Barnfield Borough Council", None, "nominal")),
    # a post held, said with 'be'
    ("Helen Marsh, who is currently strategic director at Barnfield Borough Council, starts in May.",
     ("Helen Marsh", "partOf", "Barnfield Borough Council", None, "role-copula")),
    ("Before that, Helen Marsh was director of adult services at Barnfield Borough Council.",
     ("Helen Marsh", "partOf", "Barnfield Borough Council", None, "role-copula")),
    ("Tom Reid, a partner with Deloitte, led the review.", ("Tom Reid", "partOf", "Deloitte", None, "role-apposition")),
])
def test_posts_and_carried_relation_nouns(extract, sentence, fact):
    assert fact in _facts(extract, sentence)


@pytest.mark.parametrize("sentence", [
    "Helen Marsh is a critic of Westshire County Council.",  # a critic holds no post
    "Tom Baxter, a long-time critic of Westshire County Council, spoke.",
    "The Local Government Association welcomed the fine on Acme Ltd.",  # welcoming a fine is not giving one
    "The minister appointed a former adviser of Helen Marsh to lead the review.",  # the adviser is appointed, not her
    "Priya Shah, the Minister for Digital Government, opened the new office.",  # a minister's remit is no body
])
def test_what_is_not_a_post_or_a_carried_relation(extract, sentence):
    assert not [f for f in _facts(extract, sentence) if f[1] in {"partOf", "fined", "appointed"}]


def test_a_grant_making_fund_is_a_body_that_funds(extract):
    facts = _facts(extract, "Westshire County Council has secured £1.2 million from the National Lottery Community Fund.")
    assert ("National Lottery Community Fund", "funded", "Westshire County Council", "1200000", "inverse") in facts


@pytest.mark.parametrize("sentence,fact", [
    # a thing and the name it is given are one
    ("Barnfield Borough Council launched a new app called Bin Buddy.",
     ("Barnfield Borough Council", "launched", "Bin Buddy", None, "active")),
    ("Westshire County Council launched a scheme known as Safe Hands.",
     ("Westshire County Council", "launched", "Safe Hands", None, "active")),
    ("Barnfield Borough Council started a project, called Local Plus, in May.",
     ("Barnfield Borough Council", "launched", "Local Plus", None, "active")),
    # partners named in a clause on the verb
    ("Working alongside Nesta, Westshire County Council created the Data Exchange.",
     ("Westshire County Council", "partneredWith", "Nesta", None, "co-subject")),
    # "X's 'Named Programme'" tagged as one name is two
    ("Barnfield Borough Council's 'New Homes for Neighbourhoods' programme is building new council homes.",
     ("Barnfield Borough Council", "created", "New Homes for Neighbourhoods", None, "possessive")),
])
def test_names_given_and_partners_in_clauses(extract, sentence, fact):
    assert fact in _facts(extract, sentence)


def test_a_name_given_to_a_described_thing_takes_the_things_type(extract):
    types = {e.name: e.type for e in extract("Barnfield Borough Council launched a new app called Bin Buddy. "
                                             "A man called John Smith complained.").entities}
    assert types["Bin Buddy"] == "Programme" and types["John Smith"] == "Person"


@pytest.mark.parametrize("text, amount", [
    ("Greenway City Council has been fined by the Information Commissioner's Office. "
     "The £50,000 penalty follows a data breach in 2021.", "50000"),
    ("The penalty was £70,000. The Information Commissioner's Office fined Marsh Vale District Council "
     "for losing files.", "70000"),
])
def test_a_fines_amount_in_the_sentence_before_or_after(extract, text, amount):
    fines = [r for r in extract(text).relations if r.predicate == "fined"]
    assert [str(r.amount.value) for r in fines] == [amount]


@pytest.mark.parametrize("text", [
    # a sum beside no word of the relation is not its amount
    "The Information Commissioner's Office fined Marsh Vale District Council. Its budget is £70 million.",
    # two sums beside a fine: which one is not said
    "The Information Commissioner's Office fined Marsh Vale District Council. Fines of £5,000 and £9,000 were "
    "considered.",
])
def test_no_neighbouring_amount_unless_one_sum_stands_beside_a_word_of_the_relation(extract, text):
    fines = [r for r in extract(text).relations if r.predicate == "fined"]
    assert fines and all(r.amount is None for r in fines)


def test_two_bodies_fined_in_one_breath_each_keep_their_own_sum(extract):
    facts = _facts(extract, "The ICO fined Ashford Borough Council £100,000 and Dunmore County Council £85,000 for "
                            "breaches.")
    assert {(f[2], f[3]) for f in facts if f[1] == "fined"} == {("Ashford Borough Council", "100000"),
                                                                 ("Dunmore County Council", "85000")}


def test_a_shared_sum_goes_to_every_body_named_before_it(extract):
    facts = _facts(extract, "The ICO fined Ashford Borough Council and Dunmore County Council £85,000 each.")
    assert {(f[2], f[3]) for f in facts if f[1] == "fined"} == {("Ashford Borough Council", "85000"),
                                                                 ("Dunmore County Council", "85000")}


def test_a_place_after_another_name_is_not_the_first_bodys(extract):
    facts = _facts(extract, "Two authorities, Wrenford Council in Kent and St Mallory in Devon, were named.")
    assert not [f for f in facts if f[1] == "locatedIn" and f[2] == "Devon"]


def test_based_in_as_a_participle(extract):
    assert ("Harbour Trust", "locatedIn", "Leeds", None, "participle") in _facts(
        extract, "Harbour Trust, based in Leeds, opened a cafe.")


@pytest.mark.parametrize("text, body", [
    ("Ofsted has published its visits. Ofsted found that Harwood Borough Council's children's services still "
     "required improvement.", "Harwood Borough Council"),
    ("Ofsted has published its visits. The inspectorate found Larchfield Academy to be outstanding in all areas.",
     "Larchfield Academy"),
])
def test_what_an_inspectorate_found_a_body_to_be(extract, text, body):
    assert ("Ofsted", "inspected", body) in {f[:3] for f in _facts(extract, text)}


def test_a_known_name_written_in_lower_case_is_a_phrase_not_the_name(extract):
    names = {e.name for e in extract("Inspectors looked at support for children in need across the county.").entities}
    assert not names


def test_a_role_held_at_a_body_the_parser_hung_off_the_verb(extract):
    assert ("Sarah Okafor", "partOf", "Wexford County Council") in {f[:3] for f in _facts(
        extract, "Sarah Okafor, who is currently director of children's services at Wexford County Council, "
                 "takes up the post in May.")}
    assert ("Sarah Okafor", "partOf", "Wexford County Council") not in {f[:3] for f in _facts(
        extract, "Sarah Okafor, who was previously director of children's services at Wexford County Council, "
                 "takes up the post in May.")}  # (a post held before: docs/extraction.md)


def test_two_bodies_that_sign_a_partnership_are_partners(extract):
    facts = {f[:3] for f in _facts(extract, "Ashford Borough Council and Mid Kent College have signed a partnership "
                                            "to train care workers.")}
    assert facts & {("Ashford Borough Council", "partneredWith", "Mid Kent College"),
                    ("Mid Kent College", "partneredWith", "Ashford Borough Council")}


def test_a_name_set_off_by_commas_after_the_noun_it_names(extract):
    assert ("Local Government Association", "published", "Councils and Care") in {f[:3] for f in _facts(
        extract, "The Local Government Association published a report, Councils and Care, on Tuesday.")}
    # a name that the noun does not describe is not its name
    assert not [f for f in _facts(extract, "The council published a report, Leeds City Council said.")
                if f[1] == "published"]


def test_an_appointment_whose_body_the_parser_hung_off_the_verb(extract):
    assert ("Brackley Council", "appointed", "Helen Marsh") in {f[:3] for f in _facts(
        extract, "Helen Marsh has been named interim director of children's services at Brackley Council.")}
    assert not _facts(extract, "Helen Marsh was interviewed at Brackley Council.")


def test_an_inspected_part_of_a_body_read_from_the_surface_of_a_misparsed_sentence(extract):
    found = extract("Ofsted inspected children's services in Bradford in May.")
    assert [(r.subject.name, r.object.name, r.rule) for r in found.relations] == [
        ("Ofsted", "City of Bradford Metropolitan District Council", "surface+place")]


def test_a_place_whose_council_is_not_known_is_itself_what_was_inspected(extract):
    # Poole's council merged into a larger one in 2019: the gazetteer knows no current body with its code
    found = extract("Ofsted has graded the children's services in Poole, finding that they require improvement to "
                    "be good.")
    rel = next(r for r in found.relations if r.predicate == "inspected")
    assert (rel.object.name, rel.object.type, rel.rating) == ("Poole", "Place", "requires improvement to be good")
    assert rel.rule.endswith("+place") and rel.confidence < 0.8


@pytest.mark.parametrize("text, fact", [
    ("The Leeds-based charity Harbour Trust opened a cafe.", ("Harbour Trust", "locatedIn", "Leeds")),
    ("Harbour Trust, a Leeds-based charity, opened a cafe.", ("Harbour Trust", "locatedIn", "Leeds")),
    ("The Nesta-funded Healthy Homes Pilot ended in May.", ("Nesta", "funded", "Healthy Homes Pilot")),
])
def test_a_name_joined_to_a_participle_by_a_hyphen(extract, text, fact):
    assert fact + (None, "compound-participle") in _facts(extract, text)


@pytest.mark.parametrize("text, fact", [
    ("The Home Office has given Wexford County Council £500,000 to tackle antisocial behaviour.",
     ("Home Office", "funded", "Wexford County Council", "500000")),
    ("The Scottish Government allocated £4m to Dunmore Council for new homes.",
     ("Scottish Government", "funded", "Dunmore Council", "4000000")),
    ("Brackley Council has secured £1.2 million from the Levelling Up Fund to regenerate the high street.",
     ("Levelling Up Fund", "funded", "Brackley Council", "1200000")),
    ("Brackley Council appointed consultancy Deloitte to review its finances.",
     ("Brackley Council", "appointed", "Deloitte", None)),
])
def test_funding_and_appointments_in_other_words(extract, text, fact):
    assert fact in {f[:4] for f in _facts(extract, text)}


def test_giving_without_a_sum_is_not_funding(extract):
    assert not _facts(extract, "The council gave Harbour Trust a warm welcome.")


def test_a_pair_the_parser_read_as_an_apposition_is_still_a_pair(extract):
    facts = {f[:3] for f in _facts(extract, "The University of Leeds and Leeds City Council have agreed a five-year "
                                            "partnership on air quality.")}
    assert facts & {("University of Leeds", "partneredWith", "Leeds City Council"),
                    ("Leeds City Council", "partneredWith", "University of Leeds")}


@pytest.mark.parametrize("text, fact", [
    ("HMICFRS has graded Wexshire Police as inadequate in three areas.",
     ("HM Inspectorate of Constabulary and Fire & Rescue Services", "inspected", "Wexshire Police")),
    ("An Ofsted inspection of Dunmore Council found serious failings.", ("Ofsted", "inspected", "Dunmore Council")),
    ("The Care Quality Commission has placed Ashcombe Hospital NHS Trust in special measures.",
     ("Care Quality Commission", "inspected", "Ashcombe Hospital NHS Trust")),
])
def test_more_inspection_phrasings(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_placing_something_that_is_not_special_measures_is_no_inspection(extract):
    assert not _facts(extract, "The Care Quality Commission placed an order for laptops in March.")


def test_a_partnership_in_the_past_tense_read_by_the_parser_as_a_participle(extract):
    assert ("Harbour Data Hub", "partneredWith", "Brackley Council", None, "active") in _facts(
        extract, "Harbour Data Hub, a charity, partnered with Brackley Council on flood maps.")


def test_awarding_a_contract_is_not_funding(extract):
    assert not [f for f in _facts(extract, "Brackley Council has awarded a £12m contract to Serco to run its leisure "
                                           "centres.") if f[1] == "funded"]
    assert ("Brackley Council", "funded", "Harbour Trust", "40000") in {f[:4] for f in _facts(
        extract, "Brackley Council awarded Harbour Trust a grant of £40,000.")}


@pytest.mark.parametrize("text, fact", [
    # a post phrase before the name, closed by a comma (the parse seldom hangs it on the name)
    ("Director of Finance at Brackley Council, Priya Shah said the savings were on track.",
     ("Priya Shah", "partOf", "Brackley Council", None, "role-apposition")),
    ("Responding, Head of Housing and Planning at Wexley Borough Council, Tom Reilly said the plan would change.",
     ("Tom Reilly", "partOf", "Wexley Borough Council", None, "role-apposition")),
    # a post word before the name with the body before it, with or without a possessive
    ("Harbour Trust finance chief Gemma Lord told councillors the reserves were low.",
     ("Gemma Lord", "partOf", "Harbour Trust", None, "possessive-role")),
    ("The NSPCC's Deputy Director Omar Baig said the figures were alarming.",
     ("Omar Baig", "partOf", "NSPCC", None, "possessive-role")),
    # funding in the passive with its giver after 'from' (kg:agentPreposition)
    ("The Harbour Homes Pilot was awarded £250,000 from the Brackley Community Fund in June.",
     ("Brackley Community Fund", "funded", "Harbour Homes Pilot", "250000", "passive")),
    # 'in partnership with Y': the partner of the name or of the doer of the verb it hangs on
    ("Wexley Borough Council, in partnership with the University of Kent, opened the clinic.",
     ("Wexley Borough Council", "partneredWith", "University of Kent", None, "co-subject")),
    ("Brackley Council launched the service in partnership with Harbour Trust.",
     ("Brackley Council", "partneredWith", "Harbour Trust", None, "co-subject")),
    ("The clinic is run by Brackley Council in partnership with Harbour Trust.",
     ("Brackley Council", "partneredWith", "Harbour Trust", None, "co-subject")),  # (the 'by' agent made it with the partner)
])
def test_roles_grants_and_partners_in_news_wording(extract, text, fact):
    assert fact in _facts(extract, text)


@pytest.mark.parametrize("text", [
    "He had worked at Brackley Council, Priya Shah said.",  # a clause, not a post phrase, before the name
    "In a statement from Brackley Council, Priya Shah said the savings were on track.",  # no post word
])
def test_a_phrase_before_a_name_without_a_post_is_no_role(extract, text):
    assert not [f for f in _facts(extract, text) if f[1] == "partOf"]


def test_a_passive_grant_from_a_body_is_funding_but_an_honour_is_not(extract):
    assert not [f for f in _facts(extract, "Priya Shah was awarded an OBE from the King in June.") if f[1] == "funded"]


def test_evidence_is_the_whole_sentence_where_the_parser_cut_inside_a_name(extract):
    from kg.extract.relations import reading_sentences

    found = extract("Leeds City Council is working in partnership with Leeds Beckett University to deliver the plan.")
    [rel] = [r for r in found.relations if r.predicate == "partneredWith"]
    assert rel.evidence.startswith("Leeds City Council is working")
    assert callable(reading_sentences)


def test_a_capitalised_post_in_apposition_names_the_body(extract):
    assert ("Omar Baig", "partOf", "Local Government Association", None, "role-apposition") in _facts(
        extract, "Cllr Omar Baig, Senior Vice Chair of the Local Government Association, welcomed the money.")


def test_appointed_as_a_post_of_a_body_names_who_appointed(extract):
    assert ("Harbour Trust", "appointed", "Jane Patel", None, "role-agent") in _facts(
        extract, "Jane Patel has been appointed as the new chief executive of Harbour Trust.")


def test_a_service_in_a_place_rated_by_an_inspectorate_is_the_places_council(extract):
    facts = _facts(extract, "Adult services in Bradford were judged inadequate by the Care Quality Commission. "
                            "Many adults waited months for an assessment.")
    assert ("Care Quality Commission", "inspected", "City of Bradford Metropolitan District Council") in {f[:3] for f in facts}


def test_the_company_is_not_the_subject_of_its_own_clause(extract):
    facts = _facts(extract, "Harbour Homes Ltd misreported its leaks for years. Ofwat then issued the company with a "
                            "penalty of £40,000.")
    assert ("Ofwat", "fined", "Harbour Homes Ltd") in {f[:3] for f in facts}


@pytest.mark.parametrize("text, fact", [
    # a story opening with the given name in capitals (news house style)
    ("PRIYA Shah was named by Harbour County Council as the county's next director of adult care.",
     ("Harbour County Council", "appointed", "Priya Shah")),
    # the partnership announced, with its partners hung on the verb
    ("A new fundraising partnership has been announced between Harbour Trust and Brackley Hospitals Charity.",
     ("Harbour Trust", "partneredWith", "Brackley Hospitals Charity")),
    # 'branded … inadequate' as a rating
    ("Brackley Council opened a new depot. Ofsted inspectors later branded the council's adoption services inadequate.",
     ("Ofsted", "inspected", "Brackley Council")),
])
def test_more_news_wording(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


@pytest.mark.parametrize("text, facts", [
    ("The Harbour Index is produced by a consortium of three organisations: Brackley Council, Harbour Trust and "
     "the University of Kent.", {("Brackley Council", "created", "Harbour Index"), ("Harbour Trust", "created", "Harbour Index"),
                                 ("University of Kent", "created", "Harbour Index")}),
    ("Ofsted inspected two councils: Brackley Council and Wexley Borough Council.",
     {("Ofsted", "inspected", "Brackley Council"), ("Ofsted", "inspected", "Wexley Borough Council")}),
])
def test_names_listed_after_a_colon_stand_for_the_plural_noun_before_it(extract, text, facts):
    assert facts <= {f[:3] for f in _facts(extract, text)}


def test_a_colon_before_a_single_name_is_not_a_list(extract):
    facts = _facts(extract, "Ofsted inspected the councils: Brackley Council said it was pleased.")
    assert ("Ofsted", "inspected", "Brackley Council") not in {f[:3] for f in facts}


@pytest.mark.parametrize("text, fact", [
    ("The ICO slapped Wexley Borough Council with a £45,000 penalty after a data breach.",
     ("Information Commissioner's Office", "fined", "Wexley Borough Council", "45000", "active")),
    # 'by Y' on the noun of the verb's prepositional phrase, not on the verb
    ("Harbour Homes Ltd was issued with a £20,000 monetary penalty notice by the ICO.",
     ("Information Commissioner's Office", "fined", "Harbour Homes Ltd", "20000", "passive")),
    ("Brackley Council and the University of Kent have signed a memorandum of understanding.",
     ("Brackley Council", "partneredWith", "University of Kent", None, "active")),  # the verb "sign memorandum" reads it
])
def test_fines_slapped_notices_issued_and_memoranda_signed(extract, text, fact):
    assert fact in _facts(extract, text)


def test_a_posts_remit_after_of_is_not_its_employer_when_at_names_one(extract):
    facts = {f[:3] for f in _facts(extract, "Omar Baig, director of Welfare at the Harbour Foundation, said the report was clear.")}
    assert ("Omar Baig", "partOf", "Harbour Foundation") in facts
    assert not [f for f in facts if f[1] == "partOf" and f[2] != "Harbour Foundation"]


@pytest.mark.parametrize("text, fact", [
    # receiving a fine is being fined, not being funded
    ("Brackley Council received a £40,000 fine from the Information Commissioner's Office.",
     ("Information Commissioner's Office", "fined", "Brackley Council", "40000", "inverse")),
    ("Wexley Borough Council received a 'requires improvement' rating from Ofsted.",
     ("Ofsted", "inspected", "Wexley Borough Council", None, "inverse")),
    ("Wexley Borough Council became the latest to receive an 'inadequate' judgment from Ofsted.",
     ("Ofsted", "inspected", "Wexley Borough Council", None, "inverse")),
    ("Brackley Council has been given a 'good' rating by Ofsted.", ("Ofsted", "inspected", "Brackley Council", None, "passive")),
    ("Jane Okafor, who chairs Harbour Trust, said the report was welcome.",
     ("Jane Okafor", "partOf", "Harbour Trust", None, "relative")),
])
def test_fines_and_ratings_received_and_posts_held(extract, text, fact):
    assert fact in _facts(extract, text)


def test_a_fine_received_is_not_a_grant(extract):
    assert not [f for f in _facts(extract, "Brackley Council received a £40,000 fine from the ICO.") if f[1] == "funded"]


def test_the_council_is_never_another_kind_of_body_named_before(extract):
    facts = _facts(extract, "Harbour Trust runs the adoption service. In 2012 the council received an 'outstanding' "
                            "rating from Ofsted.")
    assert not [f for f in facts if f[1] == "inspected" and f[2] == "Harbour Trust"]


def test_the_authority_may_stand_for_a_council_named_before(extract):
    facts = _facts(extract, "Brackley Council lost the files in May. The Information Commissioner's Office fined "
                            "the authority £40,000.")
    assert ("Information Commissioner's Office", "fined", "Brackley Council") in {f[:3] for f in facts}


def test_names_each_followed_by_their_own_sum_share_the_verb_left_out(extract):
    facts = _facts(extract, "The Information Commissioner's Office has acted again. Brackley Council was handed a penalty "
                            "of £95,000, Wexley Borough Council £60,000 and Marsh Vale District Council £90,000.")
    assert {("Brackley Council", "95000"), ("Wexley Borough Council", "60000"), ("Marsh Vale District Council", "90000")} <= {
        (f[2], f[3]) for f in facts if f[1] == "fined"}


def test_the_one_sum_of_the_sentence_is_the_fines_where_the_parse_hangs_it_elsewhere(extract):
    facts = _facts(extract, "The Information Commissioner's Office warned lenders in May. Harbour Loans Ltd has become "
                            "the second lender this month to be served with a penalty, and was told to pay £150,000.")
    assert ("Information Commissioner's Office", "fined", "Harbour Loans Ltd", "150000") in {f[:4] for f in facts}


@pytest.mark.parametrize("text, fact", [
    # the object on the agent's noun: 'imposed by X on Y'
    ("A £80,000 penalty was imposed by the UK Pensions Regulator on Brackley Council last week.",
     ("The Pensions Regulator", "fined", "Brackley Council")),
    # a place, 'and', then a body's name: one body
    ("The ICO served its largest fine, £325,000, on Brighton and Harbourside University Hospitals Trust.",
     ("Information Commissioner's Office", "fined", "Brighton and Harbourside University Hospitals Trust")),
    # a post phrase ending in 'the trust', a body named before
    ("Harbour Hospital NHS Trust has a new chair. CEO of the trust, Clare Obi said the board was pleased.",
     ("Clare Obi", "partOf", "Harbour Hospital NHS Trust")),
    # honours after a name stay out of it
    ("Harbour Hospital NHS Trust announced the appointment of Nick Ames CBE as its new chair.",
     ("Harbour Hospital NHS Trust", "appointed", "Nick Ames")),
])
def test_bodies_posts_and_honours_in_appointment_and_penalty_news(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_a_former_post_is_not_a_current_membership(extract):
    facts = _facts(extract, "Harbour Hospital NHS Trust has hired former NHS finance director Sir Tom Reilly to lead its board.")
    assert ("Tom Reilly", "partOf", "NHS") not in {f[:3] for f in facts}
    assert ("Harbour Hospital NHS Trust", "appointed", "Tom Reilly") in {f[:3] for f in facts}


def test_a_person_at_the_end_of_a_part_of_is_not_retyped_as_a_body(extract):
    found = extract("Writing jointly, Chris Grant, the Information Commissioner, and Sir Ben Kerr, Permanent Secretary "
                    "at the Home Office, urged councils to take more care.")
    assert {e.name: e.type for e in found.entities}.get("Ben Kerr") == "Person"


def test_the_fund_is_the_fund_named_before_whatever_it_was_typed(extract):
    facts = _facts(extract, "The Harbour Countryside Fund received 300 applications. The Fund has also awarded the Upland "
                            "Farming Network over £6000 for its helpline.")
    assert ("Harbour Countryside Fund", "funded", "Upland Farming Network", "6000") in {f[:4] for f in facts}


def test_a_given_name_run_the_tagger_cut_short_is_a_person(extract):
    found = extract("Ellie Okafor OBE, Chief Executive of Harbour Trust, said it was here to help.")
    assert ("Ellie Okafor", "partOf", "Harbour Trust") in _triples(found.relations)


def test_ratings_received_after_visits_by_the_inspectorate(extract):
    facts = _facts(extract, "Ofsted looked at services in three places this summer. Stockport, Merton and Barnsley "
                            "all got good ratings after visits by the inspectorate in June.")
    assert {("Ofsted", "inspected", "Stockport Metropolitan Borough Council"),
            ("Ofsted", "inspected", "London Borough of Merton")} <= {f[:3] for f in facts}


def test_a_penalty_received_with_no_giver_named_is_the_articles_regulator(extract):
    facts = _facts(extract, "The Information Commissioner's Office checked the firm's records. Harbour Mobile Ltd "
                            "received a £1,000 penalty notice in October.")
    assert ("Information Commissioner's Office", "fined", "Harbour Mobile Ltd", "1000", "implied-agent") in facts


def test_a_post_in_apposition_with_its_body_before_it(extract):
    assert ("Priya Shah", "partOf", "Information Commissioner's Office", None, "role-apposition") in _facts(
        extract, "Priya Shah, ICO enforcement manager, said the fine was fair.")


def test_a_body_in_apposition_carrying_the_post_words(extract):
    assert ("Jo Hart", "partOf", "Brackley Council", None, "role-apposition") in _facts(
        extract, "Jo Hart, chief executive Brackley Council, said the plan was sound.")


def test_inspectors_visiting_a_places_services_inspected_its_council(extract):
    facts = _facts(extract, "Ofsted has published its latest letters. Inspectors visited Bradford's adult services "
                            "in March to look at waiting lists.")
    assert ("Ofsted", "inspected", "City of Bradford Metropolitan District Council") in {f[:3] for f in facts}


def test_the_authority_in_a_story_whose_headline_names_only_the_place(extract):
    found = extract("Ofsted wrote to the authority after a short visit. Two years ago the inspectorate handed a low "
                    "rating to the authority.", title="Bradford services slow to improve, Ofsted says")
    assert ("Ofsted", "inspected", "City of Bradford Metropolitan District Council") in relations_of(found)


@pytest.mark.parametrize("text, fact", [
    ("Jo Hart became chief executive of Harbour Trust in 2019.", ("Jo Hart", "partOf", "Harbour Trust", None, "role-copula")),
    ("Jo Hart works as a researcher at the University of Kent.",
     ("Jo Hart", "partOf", "University of Kent", None, "role-copula")),
])
def test_posts_taken_up_or_worked_in(extract, text, fact):
    assert fact in _facts(extract, text)


def test_the_second_of_two_posts_in_apposition_names_its_body(extract):
    assert ("Jo Hart", "partOf", "Harbour Combined Authority", None, "role-apposition") in _facts(
        extract, "Jo Hart, Mayor of Wexshire and Chair of the Harbour Combined Authority, said so.")


@pytest.mark.parametrize("text, fact", [
    ("In April, current Harbour Trust chief executive, Patricia Okoye, announced she would leave.",
     ("Patricia Okoye", "partOf", "Harbour Trust")),
    ("Bedfordshire Police Chief Constable Jo Barton said the findings were unfair.",
     ("Jo Barton", "partOf", "Bedfordshire Police")),
    # a known name followed by an acronym that skips a word of it keeps its whole name
    ("At the board meeting, Leeds and York Partnership NHS Foundation Trust (LYPFT) chairman Gary Lowe welcomed the plan.",
     ("Gary Lowe", "partOf", "Leeds and York Partnership NHS Foundation Trust")),
])
def test_posts_in_nhs_and_police_news(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_a_named_body_another_owns_is_part_of_it(extract):
    assert ("Harbour Inclusion Taskforce", "partOf", "Cabinet Office", None, "possessive-part") in _facts(
        extract, "The Cabinet Office's Harbour Inclusion Taskforce set out the plan on Thursday.")


def test_two_bodies_and_their_post_holders_in_a_row_are_not_crossed(extract):
    facts = {f[:3] for f in _facts(extract, "Westshire County Council chief executive Ann Lee and University of Eastbury "
                                            "vice-chancellor Tom Rowe signed the charter.")}
    assert {("Ann Lee", "partOf", "Westshire County Council"), ("Tom Rowe", "partOf", "University of Eastbury")} <= facts
    assert ("Ann Lee", "partOf", "University of Eastbury") not in facts
    assert not [f for f in facts if f[1] == "partneredWith"]  # a person and a body listed together are not partners


@pytest.mark.parametrize("text, person", [
    ("Harbour District Council was fined £20,000. Council leader Jo Bloggs said the fine was unfair.", "Jo Bloggs"),
    ("Harbour District Council was fined £20,000. Council Chief Executive Sam Patel apologised.", "Sam Patel"),
])
def test_a_capitalised_body_noun_before_a_post_is_the_body_named_before(extract, text, person):
    assert (person, "partOf", "Harbour District Council") in {f[:3] for f in _facts(extract, text)}


def test_post_of_the_body_then_a_name_untagged(extract):
    found = extract("Lakeside Healthcare NHS Trust opened a new ward.\n\n"
                    "Vice Chair of the Trust Helen Marsh welcomed the first patients.")
    assert ("Helen Marsh", "Person") in {(e.name, e.type) for e in found.entities}
    assert ("Helen Marsh", "partOf", "Lakeside Healthcare NHS Trust") in _triples(found.relations)


def test_the_university_alone_is_no_name_and_stands_for_the_one_named(extract):
    found = extract("Eastbury Borough Council and the University of Eastbury work together. "
                    "Professor Ruth Kaye, the University's Vice-Chancellor, welcomed the plan.")
    assert "University" not in {e.name for e in found.entities}
    assert ("Ruth Kaye", "partOf", "University of Eastbury") in _triples(found.relations)


@pytest.mark.parametrize("text, body", [
    ("Priya Natarajan will join the trust in May. She is currently chief executive at Westvale Hospitals NHS Trust.",
     "Westvale Hospitals NHS Trust"),
    ("Priya Natarajan will join the trust from Westvale Hospitals NHS Trust, where she is deputy chief executive.",
     "Westvale Hospitals NHS Trust"),
])
def test_a_pronoun_holding_a_post_is_the_person_just_named(extract, text, body):
    assert ("Priya Natarajan", "partOf", body) in {f[:3] for f in _facts(extract, text)}


def test_a_pronoun_is_the_subject_named_before_not_any_person(extract):
    facts = {f[:3] for f in _facts(extract, "Priya Natarajan will take over from the current chief executive Tom Rowe. "
                                            "She is currently chief executive at Westvale Hospitals NHS Trust.")}
    assert ("Priya Natarajan", "partOf", "Westvale Hospitals NHS Trust") in facts
    assert ("Tom Rowe", "partOf", "Westvale Hospitals NHS Trust") not in facts


@pytest.mark.parametrize("text", [
    "Eastbury Borough Council met on Tuesday and will sign a research agreement with the University of Eastbury.",
    "Eastbury Borough Council signed a data sharing agreement with the University of Eastbury.",
    "An agreement between Eastbury Borough Council and the University of Eastbury was signed on Monday.",
])
def test_bodies_that_sign_an_agreement_are_partners(extract, text):
    facts = {f[:3] for f in _facts(extract, text)}
    assert facts & {("Eastbury Borough Council", "partneredWith", "University of Eastbury"),
                    ("University of Eastbury", "partneredWith", "Eastbury Borough Council")}


def test_a_grant_with_no_giver_goes_to_the_articles_one_grant_maker(extract):
    facts = _facts(extract, "The Coastal Communities Fund has handed out £2m this year. "
                            "The largest grant was awarded to Harbour Youth Trust, which received £80,000.")
    assert ("Coastal Communities Fund", "funded", "Harbour Youth Trust", "80000", "implied-agent") in facts


def test_no_grant_maker_is_implied_with_two_of_them_or_for_a_place(extract):
    two = _facts(extract, "Nesta and the Wellcome Trust both opened rounds. Harbour Youth Trust received £80,000.")
    assert not [f for f in two if f[1] == "funded"]
    place = _facts(extract, "The Coastal Communities Fund opened a round. Grimsby received £80,000.")
    assert not [f for f in place if f[1] == "funded" and f[4] == "implied-agent" and f[2] == "Grimsby"]


def test_sums_listed_respectively_go_to_the_bodies_in_order(extract):
    facts = _facts(extract, "The regulator Ofgem acted last year. Northgate Power Ltd and Eastmoor Energy Ltd were ordered "
                            "to pay penalties of £28 million and £11 million respectively.")  # two names, though tagged as one
    fines = {(f[2], f[3]) for f in facts if f[1] == "fined"}
    assert fines == {("Northgate Power Ltd", "28000000"), ("Eastmoor Energy Ltd", "11000000")}


def test_an_honorific_between_a_post_and_a_name(extract):
    text = "Harbour District Council was fined £20,000. Council leader Cllr Jo Bloggs said the fine was unfair."
    assert ("Jo Bloggs", "partOf", "Harbour District Council") in {f[:3] for f in _facts(extract, text)}


def test_a_post_whose_at_phrase_the_parser_hung_on_the_name(extract):
    facts = {f[:3] for f in _facts(extract, 'Mary Oduya, Chief Nursing Officer at Westvale Hospitals NHS Trust, said: "We are ready."')}
    assert ("Mary Oduya", "partOf", "Westvale Hospitals NHS Trust") in facts


def test_a_place_describing_an_unnamed_body_is_not_the_body(extract):
    facts = _facts(extract, "The Regulator of Social Housing cut the grade it gives a north Eastbury housing "
                            "association.")
    assert not [f for f in facts if f[1] == "inspected"]


def test_the_second_of_two_coordinated_passives_has_its_own_subject(extract):
    facts = {f[:3] for f in _facts(extract, "The Regulator of Social Housing published its judgements. Elsewhere, Harbour "
                                            "Homes was downgraded from G2 to G3 and Northgate Housing Group was upgraded "
                                            "from G3 to G2.")}
    assert {("Regulator of Social Housing", "inspected", "Harbour Homes"),
            ("Regulator of Social Housing", "inspected", "Northgate Housing Group")} <= facts


def test_a_report_named_after_its_inspectorate_stands_for_it(extract):
    facts = {f[:3] for f in _facts(extract, "Councillors were answering an Ofsted report which judged the children's "
                                            "services in Westshire and Eastbury to be inadequate.")}
    assert {f[0] for f in facts if f[1] == "inspected"} == {"Ofsted"}


def test_an_inspection_with_no_inspector_named_is_the_articles_regulator(extract):
    facts = _facts(extract, "Ofsted published its findings on Monday. An inspection of Harbour District Council's "
                            "children's social care services found serious failures.")
    assert ("Ofsted", "inspected", "Harbour District Council", None, "implied-agent") in facts


def test_common_words_capitalised_to_open_a_sentence_are_no_name(extract):
    found = extract("Children's Services in three counties need to improve, inspectors say. The children's services "
                    "in Westshire were the worst.")
    assert not [e for e in found.entities if e.name.lower() == "children's services"]


def test_a_quoted_rating_is_no_name(extract):
    found = extract("Inspectors found the 'inadequate' services at Harbour District Council had not improved.")
    assert "inadequate" not in {e.name.lower() for e in found.entities}


def test_bodies_that_enter_into_a_joint_venture_are_partners(extract):
    facts = {f[:3] for f in _facts(extract, "Last spring Homes England, housing association Northgate Keys Homes and "
                                            "housebuilder Westbay Living entered into a joint venture for 900 homes.")}
    assert {("Homes England", "partneredWith", "Northgate Keys Homes"), ("Homes England", "partneredWith", "Westbay Living")} <= facts


def test_a_describing_noun_before_a_name_the_tagger_cut_short(extract):
    found = extract("Last spring Homes England, housing association Northgate Keys Homes and housebuilder "
                    "Westbay Living entered into a joint venture.")
    types = {e.name: e.type for e in found.entities}
    assert types.get("Northgate Keys Homes") == "Organisation" and types.get("Homes England") == "Organisation"


@pytest.mark.parametrize("text, body, amount", [
    ("Of all the awards, the biggest sum – £1,106,250 – was awarded to Harbour Youth Trust.", "Harbour Youth Trust", "1106250"),
    ("£1.1m was given to the Westbay Community Trust.", "Westbay Community Trust", "1100000"),
])
def test_a_sum_given_to_a_body_with_the_giver_named_elsewhere(extract, text, body, amount):
    facts = _facts(extract, "Arts Council England announced its awards. " + text)
    assert ("Arts Council England", "funded", body, amount, "implied-agent") in facts


def test_a_post_and_its_body_set_off_by_commas(extract):
    facts = {f[:3] for f in _facts(extract, "Darius Kemp, Chief Operating Officer, Arts Council England, told the meeting.")}
    assert ("Darius Kemp", "partOf", "Arts Council England") in facts


def test_a_grant_makers_own_fund_does_not_hide_it(extract):
    facts = _facts(extract, "Arts Council England announced a new round of the Cultural Renewal Fund. "
                            "Harbour Youth Trust received £80,000.")
    assert ("Arts Council England", "funded", "Harbour Youth Trust", "80000", "implied-agent") in facts


def test_a_fine_after_a_prosecution_is_not_the_prosecutors(extract):
    facts = _facts(extract, "Harbourside Hospitals NHS Trust was fined £45,000 last week following a prosecution by the "
                            "Care Quality Commission.")
    assert not [f for f in facts if f[1] == "fined" and f[4] != "implied-agent"]


def test_no_regulator_is_implied_for_a_fine_when_a_court_is_named(extract):
    text = ("The Care Quality Commission brought the case. Harbourside Hospitals NHS Trust was fined £80,000. "
            "The case was heard at Eastbury Magistrates' Court.")
    # (the court named in the next sentence fined the trust, as an implied agent)
    assert [f[0] for f in _facts(extract, text) if f[1] == "fined"] == ["Eastbury Magistrates' Court"]
    without = text.replace(" The case was heard at Eastbury Magistrates' Court.", "")
    assert [f for f in _facts(extract, without) if f[1] == "fined"]


def test_a_leader_of_a_council_is_a_post_not_a_name(extract):
    found = extract("Councillor Jo Bloggs, Leader of Westshire County Council, said the plan would help.")
    assert not [e for e in found.entities if e.name.startswith("Leader")]
    assert ("Jo Bloggs", "partOf", "Westshire County Council") in _triples(found.relations)


def test_a_post_of_the_body_named_before_then_an_honorific_and_the_name(extract):
    facts = {f[:3] for f in _facts(extract, "Harbour District Council opened the new hub. Speaking at the opening, the "
                                            "leader of the Council, Councillor Jo Bloggs, thanked the volunteers.")}
    assert ("Jo Bloggs", "partOf", "Harbour District Council") in facts


def test_a_body_owns_the_named_scheme_it_is_the_possessor_of(extract):
    facts = {f[:3] for f in _facts(extract, "£40,000 is going to the Westbay Community Foundation's Warm Homes Westbay scheme.")}
    assert ("Westbay Community Foundation", "created", "Warm Homes Westbay") in facts


def test_a_partnership_carries_no_sum(extract):
    found = extract("Harbour District Council works in partnership with the Scottish Government on a "
                    "£150 grant.")
    [partners] = [r for r in found.relations if r.predicate == "partneredWith"]
    assert partners.amount is None


def test_a_report_title_runs_through_its_year_and_its_owner_published_it(extract):
    found = extract("Out this week, the Harbour Trust's Westshire Poverty 2024 report says incomes have fallen.")
    assert ("Westshire Poverty 2024", "Publication") in {(e.name, e.type) for e in found.entities}
    assert ("Harbour Trust", "published", "Westshire Poverty 2024") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "The Harbour Trust has put out a new report, 'Westshire Poverty 2024'.",
    "Harbour Trust report: Westshire Poverty 2024",
])
def test_a_title_after_a_describing_noun_and_a_comma_or_colon(extract, text):
    assert ("Westshire Poverty 2024", "Publication") in {(e.name, e.type) for e in extract(text).entities}


def test_the_body_whose_decision_it_was_does_what_the_decision_says(extract):
    facts = _facts(extract, "Lawyers questioned the Pensions Regulator's decision to issue Harbour Mutual Ltd with a £72k penalty.")
    assert ("The Pensions Regulator", "fined", "Harbour Mutual Ltd", "72000", "inherited") in facts


def test_a_headline_verb_between_two_names_is_not_part_of_a_name(extract):
    found = extract("Regulator fines Westbay Water £3m over leaks", title="Ofwat fines Westbay Water £3m over leaks")
    assert not [e for e in found.entities if " fines " in e.name]


def test_a_capitalised_body_noun_with_no_such_body_named_stands_for_nothing(extract):
    facts = {f[:3] for f in _facts(extract, "The board added former BBC producer Ann Lee and Students' Union chief executive "
                                            "Tom Rowe.")}
    assert ("Tom Rowe", "partOf", "BBC") not in facts


@pytest.mark.parametrize("text, fact", [
    ("Quayside Haulage Ltd runs a depot by the river. It was fined £75,000 by Anytown Crown Court last week.",
     ("Anytown Crown Court", "fined", "Quayside Haulage Ltd", "75000", "passive")),
    ("Northgate Energy said it had been fined £3m by the Gas and Electricity Markets Authority.",
     ("Gas and Electricity Markets Authority", "fined", "Northgate Energy", "3000000", "passive")),
    ("The Office for Local Data is part of the Cabinet Office. It built the Parish Finder app for smaller councils.",
     ("Office for Local Data", "created", "Parish Finder", None, "active")),
])
def test_it_as_a_subject_stands_for_the_body_the_clause_before_was_about(extract, text, fact):
    assert fact in _facts(extract, text)


@pytest.mark.parametrize("text", [
    # the clause before acts on a second body: 'it' could be either
    "The Care Quality Commission prosecuted Anytown Health NHS Trust over a fall. It was fined £50,000 by Anytown Crown Court.",
    # expletive 'it'
    "Anytown Borough Council met on Monday. It was announced that the Information Commissioner's Office fined Barset Council.",
])
def test_it_stands_for_nothing_when_it_could_be_either_body_or_is_expletive(extract, text):
    facts = _facts(extract, text)
    assert not [f for f in facts if f[1] == "fined" and f[2] not in {"Barset Council"}]


def test_a_sum_with_its_scale_ending_the_sentence_keeps_the_scale(extract):
    [fine] = extract("Ofgem fined Northgate Energy Ltd £2m.").relations
    assert (fine.amount.value, fine.amount.text) == (2000000, "£2m")
    [fine] = [r for r in extract("Ofgem opened its inquiry last year. It fined Northgate Energy Ltd £2m.").relations
              if r.predicate == "fined"]
    assert (fine.amount.value, fine.amount.text) == (2000000, "£2m")


@pytest.mark.parametrize("text, fact", [
    # a post before a name whose honorific is written in lower case
    ("The chair of the Barset Transition Board, councillor Jo Bloggs said the board had met.",
     ("Jo Bloggs", "partOf", "Barset Transition Board", None, "role-apposition")),
    # councillors with no body named stand for the council named before
    ("Barset District Council has picked its next chief executive. Councillors on Tuesday approved the appointment "
     "of Sam Patel as head of paid service.",
     ("Barset District Council", "appointed", "Sam Patel", None, "nominal")),
    # a meeting of the council acts for it
    ("Barset District Council met on Monday. A meeting of the council voted to appoint Sam Patel to the role.",
     ("Barset District Council", "appointed", "Sam Patel", None, "inherited")),
    # a place that appoints stands for its council
    ("Because of the short notice, Calderdale appointed Sam Patel to an interim role.",
     ("Calderdale Metropolitan Borough Council", "appointed", "Sam Patel", None, "active")),
    # moving to a body is joining it
    ("Jo Bloggs moved to Barset District Council as director of children's services in 2019.",
     ("Jo Bloggs", "partOf", "Barset District Council", None, "active")),
])
def test_councils_appointments_and_moves(extract, text, fact):
    assert fact in _facts(extract, text)


def test_she_stands_for_a_main_clauses_subject_not_a_person_in_a_clause_under_it(extract):
    facts = _facts(extract, "Jo Bloggs joins from Westshire County Council. She replaces Sam Patel, who stayed until "
                            "Ann Lee moved to Kelby Council. She is currently a director at Westshire County Council.")
    assert ("Jo Bloggs", "partOf", "Westshire County Council", None, "role-copula") in facts
    assert not [f for f in facts if f[0] == "Ann Lee" and f[2] == "Westshire County Council"]


@pytest.mark.parametrize("text, fact", [
    ("A partnership agreement has been signed between Barset District Council and Kelby College.",
     ("Barset District Council", "partneredWith", "Kelby College", None, "passive")),
    ("An agreement was signed by Barset District Council and Kelby College last week.",
     ("Barset District Council", "partneredWith", "Kelby College", None, "passive")),
    # two posts joined by 'and' before the body and the name
    ("Deputy Mayor and Leader of Barset District Council, Cllr Jo Bloggs added: \"It is good news.\"",
     ("Jo Bloggs", "partOf", "Barset District Council", None, "role-apposition")),
])
def test_agreements_signed_between_two_bodies_and_joined_posts(extract, text, fact):
    assert fact[:3] in {f[:3] for f in _facts(extract, text)}  # (by the passive or by the noun, as the parse goes)


def test_labelled_with_a_rating_is_an_inspection(extract):
    facts = _facts(extract, 'Barset Lodge was labelled "inadequate" by the Care Quality Commission.')
    assert ("Care Quality Commission", "inspected", "Barset Lodge") in {f[:3] for f in facts}


def test_the_field_of_a_post_is_not_the_body_the_holder_works_for(extract):
    facts = {f[:3] for f in _facts(extract, "Jo Bloggs, CQC Deputy Director of Operations in London, said it was bad.")}
    assert facts == {("Jo Bloggs", "partOf", "Care Quality Commission")}


@pytest.mark.parametrize("text", [
    "The Barset Community Fund has announced its spring grants. Kelby Food Bank is using a £9,000 grant to buy a van.",
    "The Barset Community Fund has announced its spring grants. Kelby Food Bank plans to use its £9,000 grant on a van.",
])
def test_a_body_using_a_grant_received_it_from_the_articles_grant_maker(extract, text):
    assert ("Barset Community Fund", "funded", "Kelby Food Bank", "9000", "implied-agent") in _facts(extract, text)


def test_a_lower_case_council_leader_is_the_leader_of_the_council_named_before(extract):
    facts = {f[:3] for f in _facts(extract, "Barset District Council has unveiled plans for an app. Deputy council "
                                            "leader Jo Bloggs said that the new platform would save money.")}
    assert ("Jo Bloggs", "partOf", "Barset District Council") in facts
    assert not {f for f in _facts(extract, "A council leader Jo Bloggs said it was bad.") if f[1] == "partOf"}


def test_a_capitalised_council_far_into_the_article_is_the_council_named_first(extract):
    filler = " ".join(["The plan was discussed at length by residents, officers and partners over many months."] * 12)
    text = (f"Barset District Council has signed the declaration. {filler} "
            "The Council has been given £85,000 from the Barset Innovation Fund.")
    assert ("Barset Innovation Fund", "funded", "Barset District Council") in {f[:3] for f in _facts(extract, text)}


@pytest.mark.parametrize("text, fact", [
    ("The Barset Digital Charter, which was initiated by the Local Government Association, sets out shared aims.",
     ("Local Government Association", "created", "Barset Digital Charter")),
    ("The Barset Housing Association, in conjunction with Kelby Digital Ltd, recently released the Bin Finder app.",
     ("Barset Housing Association", "partneredWith", "Kelby Digital Ltd")),
])
def test_initiating_and_doing_something_in_conjunction_with_a_partner(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_working_in_partnership_with_two_bodies_does_not_make_them_partners_of_each_other(extract):
    facts = {f[:3] for f in _facts(extract, "Barset District Council is working in partnership with Kelby College "
                                            "and the charity Upton Care to tackle loneliness.")}
    assert ("Barset District Council", "partneredWith", "Kelby College") in facts
    assert not facts & {("Kelby College", "partneredWith", "Upton Care"), ("Upton Care", "partneredWith", "Kelby College")}


def test_the_ombudsman_is_the_ombudsman_named_in_the_article_and_its_holder_is_part_of_it(extract):
    text = ("The Westshire Housing Ombudsman looked into the complaint. The Ombudsman has also criticised Barset "
            "District Council for its delays. Jo Bloggs, Westshire Housing Ombudsman said: \"The council must apologise.\"")
    facts = {f[:3] for f in _facts(extract, text)}
    assert ("Westshire Housing Ombudsman", "criticised", "Barset District Council") in facts
    assert ("Jo Bloggs", "partOf", "Westshire Housing Ombudsman") in facts
    assert "Ombudsman" not in {e.name for e in extract(text, title="Ombudsman's report on the council").entities}


def test_bodies_among_several_to_be_placed_in_special_measures(extract):
    facts = {f[:3] for f in _facts(extract, "Ofsted published its findings. Barset District Council and Kelby Borough "
                                            "Council are among six councils to be placed in special measures.")}
    assert {("Ofsted", "inspected", "Barset District Council"), ("Ofsted", "inspected", "Kelby Borough Council")} <= facts


@pytest.mark.parametrize("text, fact", [
    ("Jo Bloggs is to leave her post as chief executive of Barset District Council to join Kelby College.",
     ("Jo Bloggs", "partOf", "Barset District Council")),
    ("Jo Bloggs joins as director of finance at Kelby College.", ("Jo Bloggs", "partOf", "Kelby College")),
    # the body hung on the second part of a post's remit
    ("Jo Bloggs is currently director of policy and volunteering at Kelby College.", ("Jo Bloggs", "partOf", "Kelby College")),
    # a body's announcement that someone has been promoted
    ("Charities welcomed Kelby College's announcement that Jo Bloggs has been promoted to chief executive.",
     ("Kelby College", "appointed", "Jo Bloggs")),
])
def test_posts_left_taken_or_announced(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_someone_else_described_as_holding_a_post_is_not_the_subjects(extract):
    facts = {f[:3] for f in _facts(extract, "The board described Jo Bloggs as chief executive of Barset District Council.")}
    assert not [f for f in facts if f[1] == "partOf" and f[0] != "Jo Bloggs"]


def test_a_surname_the_tagger_takes_for_a_word_is_still_the_person(extract):
    facts = {f[:3] for f in _facts(extract, "Staff welcomed news that Tom Fielding has been promoted. Fielding is now "
                                            "head of campaigns at Kelby College.")}
    assert ("Tom Fielding", "partOf", "Kelby College") in facts


def test_an_agentless_fine_in_a_sentence_naming_one_court_is_the_courts(extract):
    facts = _facts(extract, "The Health and Safety Executive investigated. Kelby Haulage Ltd admitted the offence at "
                            "Barset Crown Court and was fined £35,000 plus costs of £7,631.")
    assert ("Barset Crown Court", "fined", "Kelby Haulage Ltd", "35000", "court-venue") in facts
    assert not [f for f in facts if f[1] == "fined" and f[0] == "Health and Safety Executive"]


def test_costs_are_not_a_fines_amount(extract):
    facts = _facts(extract, "Kelby Haulage Ltd admitted the breach. It was fined at Barset Magistrates' Court, which "
                            "also made it pay £4,200 costs.")
    assert ("Barset Magistrates' Court", "fined", "Kelby Haulage Ltd", None, "court-venue") in facts


@pytest.mark.parametrize("text, fact", [
    ('Barset County Council cabinet member for roads and parking, councillor Jo Bloggs, said: "Good news."',
     ("Jo Bloggs", "partOf", "Barset County Council")),
    ("Barset District Council plans to use the funding from the Department for Transport on cycle lanes.",
     ("Department for Transport", "funded", "Barset District Council")),
])
def test_a_post_with_its_remit_before_a_name_and_funding_used(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_coun_is_an_honorific(extract):
    names = {e.name for e in extract("Coun Jo Bloggs, chair of the committee, said the money was welcome.").entities}
    assert "Jo Bloggs" in names and "Coun Jo Bloggs" not in names


def test_a_report_set_off_in_quotes_after_its_noun_is_the_named_bodys_and_the_funders(extract):
    facts = {f[:3] for f in _facts(extract, "A new Resolution Foundation report, 'Who pays for care: a question for "
                                            "every council?', funded by the Nuffield Foundation, says costs will rise.")}
    title = "Who pays for care: a question for every council?"
    assert ("Resolution Foundation", "published", title) in facts
    assert ("Nuffield Foundation", "funded", title) in facts


def test_money_given_as_part_of_a_bodys_scheme_came_from_the_body_and_the_schemes_size_is_not_the_grant(extract):
    found = extract("Barset District Council was allocated its share as part of the Welsh Government’s £90m "
                    "Cost of Energy Support Scheme.")
    facts = {(r.subject.name, r.predicate, r.object.name, r.amount.text if r.amount else None) for r in found.relations}
    assert ("Welsh Government", "funded", "Barset District Council", None) in facts
    assert ("Welsh Government", "created", "Cost of Energy Support Scheme", "£90m") in facts


def test_payments_funded_by_a_government_are_a_policy_it_funds(extract):
    facts = {f[:3] for f in _facts(extract, "The £130 Winter Warmth Payments, funded by the Scottish Government, reach "
                                            "families in January.")}
    assert ("Scottish Government", "funded", "Winter Warmth Payments") in facts


def test_an_nhs_trust_told_it_requires_improvement_is_the_trust_named_next_not_the_nhs(extract):
    facts = {f[:3] for f in _facts(extract, "An NHS trust with four sites was told last week it \"requires "
                                            "improvement\" after a visit from the Care Quality Commission. Staffing "
                                            "worried inspectors at the Barset Valley NHS Foundation Trust.")}
    assert ("Care Quality Commission", "inspected", "Barset Valley NHS Foundation Trust") in facts
    assert not [f for f in facts if f[2] == "NHS"]


@pytest.mark.parametrize("text, fact", [
    ("Barset Valley NHS Foundation Trust was inspected in May. Jo Bloggs, trust chief executive, said it was fair.",
     ("Jo Bloggs", "partOf", "Barset Valley NHS Foundation Trust")),
    ("CQC chief inspector of hospitals Prof Jo Bloggs said services had improved.", ("Jo Bloggs", "partOf", "Care Quality Commission")),
])
def test_posts_with_a_lower_case_body_noun_or_a_remit(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


@pytest.mark.parametrize("text, pair", [
    ("Barset District Council set up a trading joint venture with Kelby Systems Ltd in 2015.", ("Barset District Council", "Kelby Systems Ltd")),
    ("Barset District Council established a similar arrangement with Kelby Systems Ltd in 2016.", ("Barset District Council", "Kelby Systems Ltd")),
])
def test_a_venture_set_up_or_an_arrangement_established_with_a_body_is_a_partnership(extract, text, pair):
    facts = {f[:3] for f in _facts(extract, text)}
    assert (pair[0], "partneredWith", pair[1]) in facts or (pair[1], "partneredWith", pair[0]) in facts


@pytest.mark.parametrize("text, fact", [
    ("B-Learn, one of the largest academy chains, was lambasted by Ofsted over its poor results.",
     ("Ofsted", "criticised", "B-Learn")),
    ("Ofsted was blunt in its assessment of Barset and Upton Academy (BUA), describing it as inadequate.",
     ("Ofsted", "inspected", "Barset and Upton Academy")),
])
def test_schools_and_academy_chains(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


@pytest.mark.parametrize("sentence,fact", [
    ("Anytown Borough Council has been reprimanded by the Information Commissioner's Office over the leak.",
     ("Information Commissioner's Office", "criticised", "Anytown Borough Council", None, "passive")),
    ("The Information Commissioner's Office issued a reprimand to Anytown Borough Council after the leak.",
     ("Information Commissioner's Office", "criticised", "Anytown Borough Council", None, "active")),
    ("Anytown Borough Council was rapped by Ofsted for its slow response.",
     ("Ofsted", "criticised", "Anytown Borough Council", None, "passive")),
])
def test_a_regulators_reprimand_is_criticism(extract, sentence, fact):
    assert fact in _facts(extract, sentence)


@pytest.mark.parametrize("sentence", [
    "This is the first time the CQC has rated a NHS provider inadequate for caring.",
    "Ofsted rated a Surrey school inadequate in the spring.",
])
def test_a_name_describing_some_body_is_not_that_body(extract, sentence):
    assert not [f for f in _facts(extract, sentence) if f[1] == "inspected"]


@pytest.mark.parametrize("text,fact", [
    # a post only councils have, with no body named: the council named before
    ("Anytown Borough Council was inspected in May. Cabinet member for housing, Jo Bloggs, said she was pleased.",
     ("Jo Bloggs", "partOf", "Anytown Borough Council", None, "possessive-role")),
    ("Anytown Borough Council was inspected in May. Jo Bloggs, director of children's services, said she was pleased.",
     ("Jo Bloggs", "partOf", "Anytown Borough Council", None, "role-apposition")),
    ("Anytown Borough Council was inspected in May. Children's services director Jo Bloggs said she was pleased.",
     ("Jo Bloggs", "partOf", "Anytown Borough Council", None, "possessive-role")),
    # the post, a comma, then the name, which the parser leaves beside the post
    ("Anytown Borough Council was inspected in May.\nThe council's cabinet member for children's services, Jo Bloggs said: "
     "\"This is a result.\"", ("Jo Bloggs", "partOf", "Anytown Borough Council", None, "possessive-role")),
    # the possessive hung on the name's last word rather than on the post
    ("Jo Bloggs, Telford & Wrekin Council's director of Children's and Adult Services, said the system was old.",
     ("Jo Bloggs", "partOf", "Telford & Wrekin Council", None, "role-apposition")),
])
def test_posts_whose_body_is_implied_or_misparsed(extract, text, fact):
    assert fact in _facts(extract, text)


def test_a_post_only_councils_have_finds_no_body_of_another_kind(extract):
    facts = _facts(extract, "Ofsted published the report in May. Jo Bloggs, director of children's services, said she was pleased.")
    assert not [f for f in facts if f[0] == "Jo Bloggs"]


@pytest.mark.parametrize("sentence,fact", [
    ("A report says that Anytown Borough Council has worked alongside and supported Westshire County Council this year.",
     ("Anytown Borough Council", "partneredWith", "Westshire County Council", None, "active")),
    ("Anytown Borough Council has partnered with and funded the Anytown Food Bank since 2019.",
     ("Anytown Borough Council", "partneredWith", "Anytown Food Bank", None, "active")),
])
def test_a_preposition_left_without_its_object_shares_the_next_verbs(extract, sentence, fact):
    assert fact in _facts(extract, sentence)


def test_a_name_in_capitals_is_the_name(extract):
    found = extract("WESTSHIRE County Council has been rated good by OFSTED.\n\nOfsted said the council had improved.")
    assert _triples(found.relations) >= {
        ("Ofsted", "inspected", "Westshire County Council")}
    assert [e.name for e in found.entities if e.name.casefold() == "ofsted"] == ["Ofsted"]


def test_a_relative_clause_on_a_names_place_belongs_to_the_name(extract):
    facts = _facts(extract, "The Harbour Fund has awarded £2 million this year. Grants include the Anytown Trust, in "
                            "Westshire, which has received £10,000 to run a reading project.")
    assert ("Harbour Fund", "funded", "Anytown Trust", "10000", "implied-agent") in facts


def test_cash_a_body_owns_is_not_given_to_it(extract):
    facts = _facts(extract, "Over £2.5 million of Lottery cash awarded in latest round of grants\n\n"
                            "The Harbour Fund has awarded £2.5 million to charities.")
    assert not [f for f in facts if f[1] == "funded" and f[2] == "Lottery"]


def test_opening_a_fund_is_launching_it(extract):
    facts = _facts(extract, "High streets minister Jo Bloggs opened the Market Towns Renewal Fund on Boxing Day.")
    assert ("Jo Bloggs", "launched", "Market Towns Renewal Fund", None, "active") in facts


@pytest.mark.parametrize("text,fact", [
    ("Jo Bloggs, who is currently Chief Constable at Dorset Police, spoke to the panel.",
     ("Jo Bloggs", "partOf", "Dorset Police", None, "role-copula")),
    ("Jo Bloggs was Deputy Chief Constable for Avon and Somerset Police from 2017.",
     ("Jo Bloggs", "partOf", "Avon and Somerset Constabulary", None, "role-copula")),
])
def test_a_capitalised_post_held_at_a_police_force(extract, text, fact):
    assert fact in _facts(extract, text)


def test_a_headlines_passive_naming_is_not_a_person_appointing_a_body(extract):
    facts = _facts(extract, "Jo Bloggs is the new chief constable of Gwent Police.", )
    facts |= _facts(extract, "Jo Bloggs named Gwent Police chief constable\n\nThe panel met on Monday.")
    assert not [f for f in facts if f[1] == "appointed" and f[0] == "Jo Bloggs"]


def test_appointed_to_take_over_as_a_post_names_the_post_s_body(extract):
    facts = _facts(extract, "Professor Jo Bloggs has been appointed to take over from Sir Sam Patel as vice-chancellor "
                            "of the University of Anytown in September.")
    assert ("University of Anytown", "appointed", "Jo Bloggs", None, "role-agent") in facts


def test_a_posts_acronym_is_no_body(extract):
    found = extract("Jo Bloggs, principal of Harbour College, said the new VC would start in April.")
    assert ("Jo Bloggs", "partOf", "Harbour College") in _triples(found.relations)
    assert "VC" not in {e.name for e in found.entities}


@pytest.mark.parametrize("text,fact", [
    # a party named by its short name, and 'the party' for the one named before
    ("The Electoral Commission found the Harbour Party had filed late. The Lib Dems were fined £200.",
     ("Electoral Commission", "fined", "Liberal Democrats", "200", "implied-agent")),
    ("The Harbour Party filed its report late. The Electoral Commission imposed a penalty of £1,200 on the party.",
     ("Electoral Commission", "fined", "Harbour Party", "1200", "active")),
    # paying a fine, in an article about one regulator
    ("The Electoral Commission published its decisions. The Harbour Party paid a £500 fine for one offence.",
     ("Electoral Commission", "fined", "Harbour Party", "500", "implied-agent")),
    # the clause's subject parsed as the reporting verb's object
    ("The Electoral Commission said so. The Electoral Commission also revealed the Harbour Party (HP) was fined "
     "£1,000 for late reporting.", ("Electoral Commission", "fined", "Harbour Party", "1000", "implied-agent")),
])
def test_how_the_elections_regulator_reports_its_fines(extract, text, fact):
    assert fact in {(s.removeprefix("The "), *rest) for s, *rest in _facts(extract, text)}


def test_where_the_articles_money_comes_from_is_the_funder_of_what_is_received(extract):
    facts = _facts(extract, "The £2m investment from the Harbour Health Board was announced on Monday. Westshire "
                            "Community Trust will receive funds to open two clinics.")
    assert ("Harbour Health Board", "funded", "Westshire Community Trust") in {f[:3] for f in facts}


def test_a_headline_that_drops_the_was_of_a_fine(extract):
    facts = _facts(extract, "Harbour Bet Ltd fined £1.2m for failings\n\nThe Gambling Commission found the firm had "
                            "failed to protect customers.", )
    assert ("Gambling Commission", "fined", "Harbour Bet Ltd", "1200000", "implied-agent") in facts
    assert not [f for f in _facts(extract, "Westshire Council funded £2m of repairs last year.") if f[1] == "funded"]


def test_a_lower_case_commission_before_a_post_is_the_commission_named(extract):
    facts = _facts(extract, "The Gambling Commission published its decision. Jo Bloggs, commission executive director, "
                            "said operators must act.")
    assert ("Jo Bloggs", "partOf", "Gambling Commission") in {f[:3] for f in facts}


@pytest.mark.parametrize("text,fact", [
    # the parser ended a sentence after the subject's name
    ("Record fine for BT\n\nBT has been hit with a record £9 million fine by the telecoms watchdog over late "
     "repairs.\nOfcom said the breach was serious.", ("Ofcom", "fined", "BT", "9000000", "implied-agent")),
    # the name the parser left off the noun that says what kind of body it is
    ("Ofcom handed down a £90,000 fine to home phone and internet company Bright Telecom after ending a two-year "
     "inquiry yesterday.", ("Ofcom", "fined", "Bright Telecom", "90000", "active")),
    ("Harbour Telecom was punished by Ofcom with a £4.6 million fine for mishandling complaints.",
     ("Ofcom", "fined", "Harbour Telecom", "4600000", "passive")),
])
def test_how_a_telecoms_regulator_is_reported_fining(extract, text, fact):
    assert fact in _facts(extract, text)


def test_a_country_is_never_fined_and_criticism_carries_no_sum(extract):
    found = extract("Ofcom has fined Harbour Telecom and its Tiscali UK subsidiary £3m for billing errors. The "
                    "regulator first censured Harbour Telecom in November, after which it paid £2.5m in refunds.")
    assert not [r for r in found.relations if r.object.name in {"UK", "United Kingdom"}]
    assert all(r.amount is None for r in found.relations if r.predicate == "criticised")


@pytest.mark.parametrize("text, facts", [
    # who will succeed someone in a post: both hold it
    ("Priya Natarajan will succeed Owen Pryce as Wexbury Borough Council's chief executive in the spring.",
     {("Priya Natarajan", "Wexbury Borough Council"), ("Owen Pryce", "Wexbury Borough Council")}),
    ("Priya Natarajan will replace Owen Pryce as chief executive of Wexbury Borough Council in May.",
     {("Priya Natarajan", "Wexbury Borough Council"), ("Owen Pryce", "Wexbury Borough Council")}),
    # a post held in a participle clause before the subject
    ("Having left his role as Finance Director at Marsh Vale District Council last year, Owen Pryce joins with "
     "wide experience.", {("Owen Pryce", "Marsh Vale District Council")}),
])
def test_posts_held_by_those_named_around_a_succession(extract, text, facts):
    assert {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"} == facts


def test_describing_someone_as_a_post_is_not_succession(extract):
    found = extract("Owen Pryce described Priya Natarajan as chief executive of Wexbury Borough Council.").relations
    assert ("Owen Pryce", "Wexbury Borough Council") not in {(r.subject.name, r.object.name) for r in found}


def test_a_councillors_body_in_apposition_is_not_overridden_by_the_nearest_council(extract):
    text = ("Owen Pryce once worked for Marsh Vale District Council. "
            "Councillor Priya Natarajan, Wexbury Borough Council leader, said the choice was clear.")
    held = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"}
    assert ("Priya Natarajan", "Wexbury Borough Council") in held
    assert ("Priya Natarajan", "Marsh Vale District Council") not in held


def test_a_sum_in_the_next_sentence_that_belongs_to_another_body_is_not_borrowed(extract):
    text = ("Marsh Lane CIC received the largest grant, £550,000, for a skills project. "
            "Harbour Ties Partnership will see investment from Innovate UK.")
    [rel] = [r for r in extract(text).relations if r.object.name == "Harbour Ties Partnership"]
    assert rel.predicate == "funded" and rel.subject.name == "Innovate UK" and rel.amount is None


def test_a_sum_in_the_next_sentence_that_names_nobody_else_is_borrowed(extract):
    text = "Anytown Borough Council has been fined by the Information Commissioner. The £50,000 penalty follows a breach."
    assert ("Information Commissioner's Office", "fined", "Anytown Borough Council", "50000", "passive") in _facts(extract, text)


@pytest.mark.parametrize("text, court, firm, amount", [
    # the court named in a sentence before, and 'the company' / 'it' for the firm
    ("Barset Magistrates' Court heard how a worker fell through a roof. Acme Roofing Ltd of Mill Lane, Barset, "
     "admitted the offence. The company was fined £30,000 and ordered to pay costs.",
     "Barset Magistrates' Court", "Acme Roofing Ltd", "30000"),
    ("At Barset Sheriff Court on Monday, Acme Demolition Ltd admitted two safety breaches. It was fined £15,000.",
     "Barset Sheriff Court", "Acme Demolition Ltd", "15000"),
])
def test_a_fine_after_a_hearing_is_the_courts(extract, text, court, firm, amount):
    assert (court, "fined", firm, amount, "implied-agent") in _facts(extract, text)


def test_a_court_four_sentences_back_is_too_far(extract):
    text = ("Barset Magistrates' Court heard the case. The roof was old. The ladder was short. The site was busy. "
            "Acme Roofing Ltd was fined £30,000.")
    assert not [f for f in _facts(extract, text) if f[1] == "fined"]


def test_a_firm_a_place_describes_is_not_the_places_council(extract):
    facts = _facts(extract, "HSE fines Bristol printing firm £15k after fall")
    assert not [f for f in facts if f[1] == "fined"]


@pytest.mark.parametrize("text, work, maker", [
    ("He read 'Fair Care for All', a new report from the Harbour Trust, last week.", "Fair Care for All", "Harbour Trust"),
    ('Out this week: "Care costs: what comes next for councils", the latest paper by the Harbour Trust.',
     "Care costs: what comes next for councils", "Harbour Trust"),
])
def test_a_work_named_beside_its_describing_noun_was_published_by_its_from_phrase(extract, text, work, maker):
    found = extract(text).relations
    assert (maker, "published", work) in _triples(found)


def test_a_person_with_a_post_and_then_a_body_in_apposition_is_part_of_it(extract):
    found = extract("Sam Patel, research fellow, The King's Fund, warned that waiting lists were growing.").relations
    assert ("Sam Patel", "partOf", "King's Fund") in _triples(found)


def test_a_partnership_deal_between_two_bodies_partners_them(extract):
    text = "A new partnership deal between Wexbury Borough Council and Harbour Care NHS Trust will move 200 staff next year."
    found = _triples(extract(text).relations)
    assert ("Wexbury Borough Council", "partneredWith", "Harbour Care NHS Trust") in found


@pytest.mark.parametrize("text, facts", [
    ("Priya Natarajan will succeed Owen Pryce at Harbour University in April.",
     {("Priya Natarajan", "Harbour University"), ("Owen Pryce", "Harbour University")}),
    ("Priya Natarajan was chosen to take over from Owen Pryce as chief executive of Harbour Trust.",
     {("Priya Natarajan", "Harbour Trust"), ("Owen Pryce", "Harbour Trust")}),
])
def test_the_one_succeeded_held_the_post(extract, text, facts):
    assert facts <= {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"}


def test_a_post_the_parser_took_for_a_verb_is_still_read(extract):
    text = "Owen Pryce, warden of Harbour College, will chair the new Barset Institute board."
    assert ("Owen Pryce", "Harbour College") in {(r.subject.name, r.object.name) for r in extract(text).relations
                                                   if r.predicate == "partOf"}


def test_the_university_with_a_capital_is_the_one_the_headline_names(extract):
    found = extract("Professor Owen Pryce, now deputy principal at Barset University, starts in the new year.\n\n"
                    "The University's chair of council, Priya Natarajan, who led the selection panel, said the choice "
                    "was unanimous.",
                    title="Professor Owen Pryce appointed Vice-Chancellor of Harbour University")
    held = {(r.subject.name, r.object.name) for r in found.relations if r.predicate == "partOf"}
    assert ("Priya Natarajan", "Harbour University") in held and ("Priya Natarajan", "Barset University") not in held


@pytest.mark.parametrize("title, body", [
    ("Professor Owen Pryce appointed Vice-Chancellor of Harbour University", "Harbour University"),
    ("Owen Pryce appointed chief executive of Harbour Trust", "Harbour Trust"),
])
def test_a_headlines_appointment_without_was_is_the_bodys(extract, title, body):
    found = _triples(extract("He starts in May.", title=title).relations)
    assert (body, "appointed", "Owen Pryce") in found
    assert found <= {(body, "appointed", "Owen Pryce"), ("Owen Pryce", "partOf", body)}  # (the post held there)


def test_a_body_that_appoints_in_a_headline_keeps_its_reading(extract):
    found = extract("He starts in May.", title="Harbour Trust appointed Owen Pryce as chief executive").relations
    assert ("Harbour Trust", "appointed", "Owen Pryce") in _triples(found)


def test_being_ordered_to_pay_compensation_is_no_fine(extract):
    facts = _facts(extract, "The ombudsman ordered Wexbury Borough Council to pay a family £300 in compensation.")
    assert not [f for f in facts if f[1] == "fined"]


def test_in_its_report_a_title_the_clauses_subject_published(extract):
    text = "In its latest report, A Fairer Deal for Tenants, the Barset Audit Office says rents rose too fast."
    found = _triples(extract(text).relations)
    assert ("Barset Audit Office", "published", "Fairer Deal for Tenants") in found


def test_he_after_a_subject_named_in_apposition_is_that_person(extract):
    text = "The Chief Auditor, Owen Pryce, reports to the assembly each year. He is the head of the Barset Audit Office."
    found = _triples(extract(text).relations)
    assert ("Owen Pryce", "partOf", "Barset Audit Office") in found


def test_a_relative_clause_giving_up_a_role_names_the_post_its_person_held(extract):
    text = ("The review will be chaired by Owen Pryce, who is to leave his post as director of housing at Wexbury "
            "Borough Council in June.")
    assert ("Owen Pryce", "partOf", "Wexbury Borough Council") in relations_of(extract(text))


@pytest.mark.parametrize("text, fact", [
    ("Harbour Trust has renewed its partnership with Barset University.", ("Harbour Trust", "partneredWith", "Barset University")),
    ("Barset Council will create a housing joint venture worth £90m with builder Marsh Residential.",
     ("Barset Council", "partneredWith", "Marsh Residential")),
])
def test_a_bodys_own_partnership_and_one_it_creates(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_council_named_as_the_trade_press_abbreviates_it_is_the_register_council(extract):
    found = extract("Wirral MBC has signed a partnership with Acme Homes, and the borough's chief executive Jo Bloggs "
                    "said the split was friendly.")
    facts = _triples(found.relations)
    assert ("Wirral Borough Council", "partneredWith", "Acme Homes") in facts
    assert ("Jo Bloggs", "partOf", "Wirral Borough Council") in facts
    assert "Wirral MBC" in entity_named(found, "Wirral Borough Council").aliases


@pytest.mark.parametrize("text, expected", [
    # the sums in the order named, with 'respectively' (a thousands comma is no list)
    ("The Information Commissioner's Office acted. Acme Marketing Ltd and Barset Homes Ltd have been fined "
     "£22,000 and £7,000 respectively.", {("Acme Marketing Ltd", "22000"), ("Barset Homes Ltd", "7000")}),
    # a penalty notice among the objects is no one fined
    ("The Information Commissioner's Office issued two Monetary Penalty Notices against Acme Marketing Ltd and Barset "
     "Homes Ltd, each being fined £40,000 and £12,000 respectively.",
     {("Acme Marketing Ltd", "40000"), ("Barset Homes Ltd", "12000")}),
    # the verb left out after the first sum, and the second name with its article
    ("The Information Commissioner's Office acted. Acme Marketing Ltd will be fined £30,000 and the Barset Homes "
     "Ltd £9,000.", {("Acme Marketing Ltd", "30000"), ("Barset Homes Ltd", "9000")}),
    # a fine's 'for' names who pays it, and so does the coordinated sum's
    ("The Information Commissioner's Office on Tuesday announced a fine of £30,000 for Acme Marketing Ltd and "
     "£9,000 for Barset Homes Ltd for misusing donor data.", {("Acme Marketing Ltd", "30000"), ("Barset Homes Ltd", "9000")}),
])
def test_two_fines_each_with_its_own_sum(extract, text, expected):
    found = {(f[2], f[3]) for f in _facts(extract, text) if f[1] == "fined" and f[0] == "Information Commissioner's Office"}
    assert expected <= found and not [f for f in found if f[0] not in {e[0] for e in expected}]


def test_the_watchdog_in_an_article_naming_two_regulators_is_one_of_them(extract):
    text = ("Acme Marketing Ltd has been fined by the data watchdog. The Information Commissioner's Office said the "
            "firm broke the law. The Charity Commission has opened a case.")
    fines = [f for f in _facts(extract, text) if f[1] == "fined"]
    assert fines and all(f[0] == "Information Commissioner's Office" for f in fines)


def test_a_rating_downgraded_from_one_grade_to_another_is_the_new_grade(extract):
    found = extract("The Care Quality Commission has downgraded the rating for Harbour Lodge in Barchester from "
                    "'requires improvement' to 'inadequate'.").relations
    [rel] = [r for r in found if r.predicate == "inspected"]
    assert rel.object.name == "Harbour Lodge" and rel.rating == "inadequate"
    assert ("Harbour Lodge", "Barchester") in {(r.subject.name, r.object.name) for r in found if r.predicate == "locatedIn"}


def test_a_place_describing_a_care_home_is_not_its_council(extract):
    facts = _facts(extract, "Derbyshire care home put into special measures by the Care Quality Commission")
    assert not [f for f in facts if f[2] == "Derbyshire County Council"]


def test_a_person_in_apposition_to_a_bodys_capitalised_post_is_part_of_it(extract):
    found = extract("The Estyn Inspector, Mr. R. Dawes was there to give the committee a summary.").relations
    assert ("R. Dawes", "partOf", "Estyn") in _triples(found)


@pytest.mark.parametrize("text, fact", [
    # a donation is funding, by verb or noun, and a participle after a donation names who got it
    ("Under the agreement, Marlow Chemicals Ltd donated £18,000 to the Westshire Rivers Trust.",
     ("Marlow Chemicals Ltd", "funded", "Westshire Rivers Trust", "18000", "active")),
    ("Barset Water made a donation of £40,000 to the Westshire Wildlife Trust.",
     ("Barset Water", "funded", "Westshire Wildlife Trust", "40000", "nominal")),
    ("In the North East last year Barset Water made the largest donation, handing £70,000 to Tyne Otter Trust.",
     ("Barset Water", "funded", "Tyne Otter Trust", "70000", "nominal")),
])
def test_donations_are_funding(extract, text, fact):
    assert fact in _facts(extract, text)


def test_a_place_before_the_subject_is_never_the_object(extract):
    facts = _facts(extract, "In the Midlands, Barset Water made a donation of £40,000 under an enforcement undertaking.")
    assert not [f for f in facts if f[2] == "Midlands"]


def test_a_post_with_a_body_hung_on_the_name(extract):
    facts = _facts(extract, 'Priya Shah, Enforcement Officer with the Environment Agency, said: "We act quickly."')
    assert ("Priya Shah", "partOf", "Environment Agency", None, "role-apposition") in facts


def test_a_registered_firm_named_later_by_its_first_word(extract):
    found = extract("Quarrow Northern Limited runs the depot. After the spill, Quarrow donated £9,000 to the Westshire Rivers Trust.")
    assert ("Quarrow Northern Limited", "funded", "Westshire Rivers Trust") in _triples(found.relations)


def test_the_employer_of_a_post_in_mixed_case(extract):
    facts = _facts(extract, "Jo Bloggs, chief executive of DataHIVE, said councils share too little.")
    assert ("Jo Bloggs", "partOf", "DataHIVE", None, "role-apposition") in facts


@pytest.mark.parametrize("text, fact", [
    ("Jo Bloggs has been named as Barset Council's interim chief executive.",
     ("Barset Council", "appointed", "Jo Bloggs", None, "role-agent")),
    ("Jo Bloggs has been named Barset Council's new chief executive.",
     ("Barset Council", "appointed", "Jo Bloggs", None, "role-agent")),
    # a post taken up in a purpose clause, the subject's or a relative clause's
    ("Sam Patel moved from the county council to become chief executive of the Barset Health NHS Foundation Trust in 2019.",
     ("Sam Patel", "partOf", "Barset Health NHS Foundation Trust", None, "role-copula")),
    ("The vacancy follows the exit of Sam Patel, who left the authority to become a director of the Kelby Trust.",
     ("Sam Patel", "partOf", "Kelby Trust", None, "role-copula")),
])
def test_appointments_to_a_bodys_post_and_posts_taken_up(extract, text, fact):
    assert fact in _facts(extract, text)


def test_wanting_a_body_to_be_something_is_no_post(extract):
    assert not _facts(extract, "Jo Bloggs wants the Kelby Trust to be the best employer in Barset.")


def test_a_company_later_named_by_its_first_word_is_the_company_fined(extract):
    found = extract("Bensons Footwear Company missed its pension deadline. After reminders, the Pensions Regulator issued "
                    "Bensons with a £400 penalty.")
    assert ("The Pensions Regulator", "fined", "Bensons Footwear Company") in _triples(found.relations)


def test_funding_named_by_its_funders_abbreviation(extract):
    found = extract("A Department for Education official spoke first. Over two years Barset Trust gets £3m of DfE funding.")
    assert ("Department for Education", "funded", "Barset Trust") in _triples(found.relations)


@pytest.mark.parametrize("text, expected, absent", [
    ("Barset Council and Kelby Council signed the deal. The councils were fined £5,000 each by the Information "
     "Commissioner's Office.", {"Barset Council", "Kelby Council"}, set()),
    # the bodies that act in the sentence before, not what one of them works on
    ("Barset Trust won the contract to run the Kelby Hub, with Kelby University as partner. The organisations are "
     "receiving £2 million of funding from the Department for Education.", {"Barset Trust", "Kelby University"}, {"Kelby Hub"}),
])
def test_a_plural_description_stands_for_the_bodies_named_before(extract, text, expected, absent):
    objects = {r.object.name for r in extract(text).relations if r.predicate in {"fined", "funded"}}
    assert expected <= objects and not absent & objects


@pytest.mark.parametrize("text, fact", [
    # a regulator finding a body in breach criticises it, also in a relative clause the parser hangs wrongly
    ("The Regulator of Social Housing found Kelby Borough Council in breach of the Safety Standard.",
     ("Regulator of Social Housing", "criticised", "Kelby Borough Council", None, "active")),
    ("A notice was published for Kelby Borough Council, which the Regulator of Social Housing has found to breach "
     "the Safety Standard.", ("Regulator of Social Housing", "criticised", "Kelby Borough Council", None, "active")),
    # a downgrade issued is a rating given
    ("The Regulator of Social Housing has issued a downgrade for Westshire Homes.",
     ("Regulator of Social Housing", "inspected", "Westshire Homes", None, "nominal")),
])
def test_regulators_findings_of_breach_and_downgrades(extract, text, fact):
    assert fact in _facts(extract, text)


def test_a_body_finding_a_breach_of_its_own_rules_criticises_no_one(extract):
    assert not _facts(extract, "Barset Council found a breach of its data policy.")


def test_the_object_of_a_relative_clause_is_its_antecedent(extract):
    facts = _facts(extract, "The first was the Kelby Review of Care Homes, which Professor Ann Lowe published in 2019.")
    assert ("Ann Lowe", "published", "Kelby Review of Care Homes", None, "active") in facts


def test_a_registered_name_opening_with_an_adjective_keeps_it(extract):
    found = extract("Bright Window Repairs Limited was given a £30,000 penalty by the Information Commissioner's Office.")
    assert ("Information Commissioner's Office", "fined", "Bright Window Repairs Limited") in _triples(found.relations)


def test_a_body_and_post_before_a_name_hold_the_post(extract):
    facts = _facts(extract, 'ICO Head of Investigations Sam Patel said: "This firm had been warned."')
    assert ("Sam Patel", "partOf", "Information Commissioner's Office", None, "possessive-role") in facts


def test_a_company_described_then_named_as_the_next_sentences_subject(extract):
    found = extract("A company that sells boilers has been fined £45,000 over unwanted calls, the Information Commissioner's "
                    "Office said. Kelby Heating Services would have paid more but the ICO cut the fine because of the "
                    "company's finances.")
    assert ("Information Commissioner's Office", "fined", "Kelby Heating Services") in _triples(found.relations)


@pytest.mark.parametrize("second", [
    "Kelby Recycling Ltd was sentenced at Barset Crown Court following a prosecution by the Environment Agency.",
    "Kelby Recycling Ltd pleaded guilty at Barset Crown Court to two offences.",
])
def test_a_described_company_is_the_body_the_next_sentence_has_answer_for_the_case(extract, second):
    found = extract(f"A waste company near Doncaster has been ordered to pay £400,000. {second}")
    assert ("Barset Crown Court", "fined", "Kelby Recycling Ltd") in _triples(found.relations)


def test_a_described_company_is_not_a_body_the_next_sentence_names_doing_something_else(extract):
    found = extract("A waste company near Doncaster has been fined £400,000 at Barset Crown Court. Kelby Recycling Ltd "
                    "opened a new depot in the town last year.")
    assert not [r for r in found.relations if r.predicate == "fined"]


def test_a_described_company_is_not_the_next_item_of_a_list(extract):
    found = extract("A Leeds business that sent unwanted emails has been fined £45,000 by the Information Commissioner's "
                    "Office.\n\nKelby Digital Solutions fined £20,000 for cold calls.")
    assert not [r for r in found.relations if r.object.name == "Kelby Digital Solutions" and r.amount
                and r.amount.value == 45000]


def test_a_registered_company_shortened_is_fined_by_the_court_named_before(extract):
    found = extract("Bright Window Repairs Limited was given a £30,000 penalty by the ICO in 2019. Nobody attended when "
                    "the case was heard at Kelby Magistrates' Court and an offence was proved in absence. Bright Window, "
                    "based in Kelby, was fined £400.")
    assert ("Kelby Magistrates' Court", "fined", "Bright Window Repairs Limited") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "Barset Council and Kelby University have signed a memorandum of understanding to share data.",
    "Barset Council has signed a memorandum of understanding (MoU) with Kelby University.",
    "Barset Council and Kelby University signed a five-year MoU on Monday.",
])
def test_a_memorandum_of_understanding_is_a_partnership(extract, text):
    found = extract(text)
    assert {("Barset Council", "partneredWith", "Kelby University"), ("Kelby University", "partneredWith", "Barset Council")} \
        & _triples(found.relations)
    assert not {"Memorandum of Understanding", "MoU"} & {e.name for e in found.entities}


def test_a_post_at_a_body_where_the_parser_hangs_at_elsewhere(extract):
    facts = _facts(extract, "Written by Jo Bloggs, Head of Waste at London Borough of Hackney for our series on recycling")
    assert ("Jo Bloggs", "partOf", "London Borough of Hackney", None, "role-apposition") in facts


def test_no_longer_rated_is_no_rating(extract):
    found = extract("Ofsted inspected the service in May. Barset County Council's children's services are no longer "
                    "rated as inadequate.")
    assert not [r for r in found.relations if r.rating == "inadequate"]


@pytest.mark.parametrize("text, rating", [
    ("Ofsted upgraded Barset County Council's rating from the 'inadequate' given in 2015, to 'requires improvement'.",
     "requires improvement"),
    # 'it' is the regulator when its own clause acts on the other body named before
    ("Ofsted visited Barset County Council in May. It has upgraded the council to 'good'.", "good"),
])
def test_upgrades_read_to_the_new_grade_and_through_it(extract, text, rating):
    found = extract(text)
    assert ("Ofsted", "inspected", "Barset County Council", rating) in {
        (r.subject.name, r.predicate, r.object.name, r.rating) for r in found.relations}


def test_it_stays_unread_when_either_body_could_be_it(extract):
    assert not _facts(extract, "The CQC prosecuted the Barset Trust. It was fined £5,000.")


@pytest.mark.parametrize("text, fact", [
    # the parser takes 'to' for an infinitive's: the name right after the verb and its preposition is the object
    ("The Coastal Towns Fund invited bids. A grant of £12m has been awarded to Barset County Council.",
     ("Coastal Towns Fund", "funded", "Barset County Council", "12E+6", "implied-agent")),
    # a body that has netted a sum received it
    ("Barset Council has netted £48m from the Coastal Towns Fund.",
     ("Coastal Towns Fund", "funded", "Barset Council", "48E+6", "inverse")),
])
def test_grants_awarded_to_and_netted(extract, text, fact):
    assert fact[:3] in {f[:3] for f in _facts(extract, text)}


def test_netting_a_profit_is_no_grant(extract):
    assert not _facts(extract, "The Barset Trust netted a £3m profit from the sale of its offices.")


def test_a_firm_with_its_address_before_the_fine(extract):
    found = extract("Kelby Cladding Limited of Mill Road, Leeds were fined £90,000 and told to pay £2,000 costs "
                    "at Barset Magistrates' Court.")
    assert ("Barset Magistrates' Court", "fined", "Kelby Cladding Limited") in _triples(found.relations)


def test_a_court_in_the_paragraph_before_does_not_fine_the_next_item(extract):
    found = extract("In March, Acme Metals Limited was fined £80,000 at Barset Crown Court.\n\n"
                    "Kelby Products Limited pleaded guilty to breaching the rules. The company was fined £100,000.")
    assert not [r for r in found.relations if r.object.name == "Kelby Products Limited"]


def test_the_noun_a_body_was_described_by_stands_for_it(extract):
    found = extract("Kelby Schools, the trust that runs Hill Primary School, failed to fit guards. The trust was fined "
                    "£6,000 at Barset Magistrates' Court.")
    assert ("Barset Magistrates' Court", "fined", "Kelby Schools") in _triples(found.relations)


@pytest.mark.parametrize("text, fact", [
    ("The Charity Commission has issued an official warning to the Barset Animal Trust.",
     ("Charity Commission", "criticised", "Barset Animal Trust", None, "active")),
    ("The Barset Animal Trust received an official warning from the Charity Commission.",
     ("Charity Commission", "criticised", "Barset Animal Trust", None, "inverse")),
])
def test_a_regulators_official_warning_criticises(extract, text, fact):
    assert fact in _facts(extract, text)


def test_a_weather_warning_to_residents_is_no_criticism(extract):
    assert not _facts(extract, "The Met Office issued a warning to residents of Barset about the storm.")


@pytest.mark.parametrize("text", [
    "From May, Sam Patel will be taking up a senior role at Barset Health NHS Foundation Trust.",
    "Sam Patel will take up her new post at Barset Health NHS Foundation Trust in May.",
])
def test_a_post_taken_up_at_a_body(extract, text):
    assert ("Sam Patel", "partOf", "Barset Health NHS Foundation Trust", None, "role-copula") in _facts(extract, text)


def test_taking_a_role_at_an_event_is_no_post(extract):
    assert not _facts(extract, "Sam Patel will take a role at the launch event for the Kelby Trust.")


def test_a_titled_surname_that_is_also_a_town_is_the_person(extract):
    found = extract("Dr Ann Broughton starts in June. The board said Dr Broughton's experience made her the clear choice.")
    assert "Broughton" not in {e.name for e in found.entities}


@pytest.mark.parametrize("text", [
    "In May, Ann Lowe joined on a two-year secondment from Barset Police.",
    "Ann Lowe joins from Barset Police, where she led the fraud team.",
])
def test_a_person_joining_from_a_body_is_part_of_it(extract, text):
    assert ("Ann Lowe", "partOf", "Barset Police", None, "role-copula") in _facts(extract, text)


def test_a_body_joining_from_the_start_has_no_post(extract):
    assert not _facts(extract, "The Kelby Trust joined the scheme from the start.")


@pytest.mark.parametrize("text", [
    "The Local Government and Social Care Ombudsman found Kelby Borough Council at fault over the long delay.",
    "The Local Government and Social Care Ombudsman has ruled against Kelby Borough Council.",
    "The Local Government and Social Care Ombudsman finds fault with Kelby Borough Council over its handling.",
])
def test_an_ombudsman_finding_fault_criticises(extract, text):
    assert ("Local Government and Social Care Ombudsman", "criticised", "Kelby Borough Council") in _triples(
        extract(text).relations)


def test_a_council_finding_fault_with_work_criticises_no_body(extract):
    assert not _facts(extract, "The council found fault with the contractor's paving work.")


def test_a_partnership_in_a_clause_joined_to_the_subjects_first(extract):
    facts = _facts(extract, "Kelby Mapping Ltd won the tender and began working with Barset Council on the new data hub.")
    assert ("Kelby Mapping Ltd", "partneredWith", "Barset Council", None, "inherited") in facts


@pytest.mark.parametrize("text, body", [
    ("Barset Council has been reprimanded after a data breach. It reported itself to the Information Commissioner's "
     "Office in May.", "Barset Council"),
    ("The Information Commissioner's Office published its decisions. They include a reprimand to Kelby Police in "
     "November.", "Kelby Police"),
])
def test_a_reprimand_with_no_agent_is_the_articles_regulators(extract, text, body):
    assert ("Information Commissioner's Office", "criticised", body) in _triples(extract(text).relations)


def test_a_bare_criticism_with_no_agent_is_no_ones(extract):
    found = extract("The Information Commissioner's Office looked at the case. Barset Council was criticised for its handling.")
    assert not [r for r in found.relations if r.predicate == "criticised"]


@pytest.mark.parametrize("text, bodies", [
    ("The Health and Safety Executive fined two firms after the scaffold fell. Kelby Lifts Ltd and Barset Hoists Ltd "
     "had skipped the weekly checks.", ["Kelby Lifts Ltd", "Barset Hoists Ltd"]),
    ("The Department for Education awarded three councils £1 million each. Kelby Borough Council, Barset Council, and "
     "Wexshire County Council will open family hubs.", ["Kelby Borough Council", "Barset Council", "Wexshire County Council"]),
])
def test_a_counted_kind_stands_for_that_many_names_listed_next(extract, text, bodies):
    predicate = "fined" if "fined" in text else "funded"
    found = {(o, p) for s, p, o, *_ in _facts(extract, text) if p == predicate}
    assert found == {(b, predicate) for b in bodies}


def test_a_counted_kind_with_a_different_number_of_names_stands_for_none(extract):
    facts = _facts(extract, "The Health and Safety Executive fined three firms after the scaffold fell. Kelby Lifts Ltd "
                            "and Barset Hoists Ltd had skipped the weekly checks.")
    assert not [f for f in facts if f[1] == "fined"]


@pytest.mark.parametrize("text, councils", [
    ("The Care Quality Commission listed the four councils rated inadequate last year. They were: Dorset, Rutland, Torbay "
     "and Plymouth.", {"Dorset Council", "Rutland County Council", "Torbay Council", "Plymouth City Council"}),
    ("The Care Quality Commission listed the three councils rated inadequate last year. They were: Dorset and Rutland.", set()),
])
def test_a_counted_kind_of_body_stands_for_as_many_places_listed_next(extract, text, councils):
    found = {r.object.name for r in extract(text).relations if r.predicate == "inspected"}
    assert found == councils


@pytest.mark.parametrize("text, appointed", [
    ("The Care Quality Commission named Dorset Council in its annual report.", set()),
    ("The Care Quality Commission named the four councils rated inadequate last year. They were: Dorset, Rutland, Torbay "
     "and Plymouth.", set()),
    ("Barset Council named Kelby Builders Ltd as its preferred bidder.", {"Kelby Builders Ltd"}),
    ("Barset Council named Kelby Builders Ltd its preferred bidder.", {"Kelby Builders Ltd"}),
    ("Barset Council named Jo Bloggs its new chief executive.", {"Jo Bloggs"}),
    ("Barset Council has named Jo Bloggs.", {"Jo Bloggs"}),
])
def test_naming_a_body_appoints_it_only_as_something(extract, text, appointed):
    assert {r.object.name for r in extract(text).relations if r.predicate == "appointed"} == appointed


@pytest.mark.parametrize("text, grades", [
    ("The Regulator of Social Housing has downgraded Kelby Homes to G3 for weak governance.", {"Kelby Homes": "G3"}),
    ("The Regulator of Social Housing published its judgements. Kelby Homes was downgraded from G2 to G3 while Barset "
     "Housing Group was upgraded from V3 to V2.", {"Kelby Homes": "G3", "Barset Housing Group": "V2"}),
])
def test_a_housing_regulators_grade_is_the_rating_of_its_clause(extract, text, grades):
    found = {r.object.name: r.rating for r in extract(text).relations if r.predicate == "inspected"}
    assert found == grades


def test_of_several_regulators_the_headlines_is_the_implied_agent(extract):
    found = extract("The Competition and Markets Authority looked at the market first. Kelby Power Ltd was hit with a "
                    "£2 million fine for missing its targets.", title="Ofgem gets tough on energy firms")
    assert ("Ofgem", "fined", "Kelby Power Ltd") in _triples(found.relations)


def test_of_several_regulators_none_in_the_headline_implies_no_agent(extract):
    found = extract("The Competition and Markets Authority looked at the market first and Ofgem followed. Kelby Power "
                    "Ltd was hit with a £2 million fine for missing its targets.", title="Energy firms under pressure")
    assert not [r for r in found.relations if r.predicate == "fined"]


@pytest.mark.parametrize("text", [
    'The Gambling Commission looked into Kelby Bingo Limited ("the Licensee") last year. The Commission found that '
    'the Licensee had breached its licence conditions.',
    'Barset Borough Council (the "Council") signed the lease. The Local Government and Social Care Ombudsman later found the Council at fault.',
])
def test_a_defined_term_in_brackets_stands_for_the_name_before_it(extract, text):
    found = extract(text)
    [rel] = [r for r in found.relations if r.predicate == "criticised"]
    assert rel.object.name in {"Kelby Bingo Limited", "Barset Borough Council"}
    assert rel.object.aliases & {"Licensee", "Council"}


def test_a_listed_grant_with_where_the_body_is_and_what_it_will_do(extract):
    found = extract("The Kelby Community Foundation shared out £30,000 this spring.\n\n"
                    "The groups and the grants they were given are as follows:\n\n"
                    "• Barset Bowls Club, Upton: £4,500; the club will resurface its green.\n\n"
                    "• Kelby Heritage Museum, Lowmoor: £8,250; the money pays for a new archive room.")
    grants = {(r.object.name, r.amount.value if r.amount else None) for r in found.relations if r.predicate == "funded"}
    assert grants == {("Barset Bowls Club", 4500), ("Kelby Heritage Museum", 8250)}


@pytest.mark.parametrize("text, body", [
    ("HM Inspectorate of Constabulary and Fire & Rescue Services reported on Kelby Police. HM Inspector of "
     "Constabulary Sam Okafor said the force had made progress.", "HM Inspectorate of Constabulary and Fire & Rescue Services"),
    ("HM Inspectorate of Prisons went back to the jail in May. HM Chief Inspector of Prisons Sam Okafor called "
     "the conditions shocking.", "HM Inspectorate of Prisons"),
])
def test_a_crown_inspectors_title_before_a_name_is_a_post_at_the_inspectorate(extract, text, body):
    assert ("Sam Okafor", "partOf", body) in _triples(extract(text).relations)


def test_a_crown_inspectors_title_with_no_inspectorate_named_gives_no_post(extract):
    found = extract("Kelby Police says it has made progress. HM Inspector of Constabulary Sam Okafor agreed.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


@pytest.mark.parametrize("text, rating", [
    ("HM Inspectorate of Constabulary and Fire & Rescue Services reported this week. Inspectors found that Kelby "
     "Police is good at keeping people safe.", "good"),
    ("HM Inspectorate of Constabulary and Fire & Rescue Services reported this week. Inspectors found Kelby Police "
     "to be adequate at answering calls.", "adequate"),
])
def test_inspectors_finding_a_body_good_or_adequate_rate_it(extract, text, rating):
    [rel] = [r for r in extract(text).relations if r.predicate == "inspected"]
    assert (rel.object.name, rel.rating) == ("Kelby Police", rating)


def test_finding_good_practice_somewhere_is_no_rating(extract):
    assert not [r for r in extract("Ofsted found good practice in Barset Council's early help teams.").relations
                if r.predicate == "inspected"]


@pytest.mark.parametrize("text, fact", [
    ("A new director has been appointed at Kelby Borough Council. Ruth Mensah, until now head of housing at Barset "
     "Council, has been given a three-year contract.", ("Kelby Borough Council", "appointed", "Ruth Mensah")),
    ("Kelby Borough Council has offered Ruth Mensah the post of director of place.",
     ("Kelby Borough Council", "appointed", "Ruth Mensah")),
    ("A proposal to appoint Ruth Mensah as Kelby Borough Council's next Chief Executive was carried at the meeting.",
     ("Kelby Borough Council", "appointed", "Ruth Mensah")),
    ("Ruth Mensah, who became Kelby Borough Council's head of finance last year, will lead the review.",
     ("Ruth Mensah", "partOf", "Kelby Borough Council")),
    ("Ruth Mensah ran the housing team at Barset Council and has also worked at Kelby Borough Council.",
     ("Ruth Mensah", "partOf", "Kelby Borough Council")),
    ("Ruth Mensah worked for the Local Government Association for six years.",
     ("Ruth Mensah", "partOf", "Local Government Association")),
])
def test_council_appointments_and_past_posts(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_firm_working_for_a_council_is_not_part_of_it(extract):
    assert not _triples(extract("Kelby Paving Ltd worked for Barset Council on the ring road.").relations)


def test_the_council_is_the_headlines_council_not_one_named_once_among_past_posts(extract):
    found = extract("Ruth Mensah joins Kelby Borough Council from the private sector. She has worked at Barset "
                    "Council and the Local Government Association. Sam Okafor, the council's leader, welcomed her.",
                    title="Kelby Borough Council names new chief executive")
    assert ("Sam Okafor", "partOf", "Kelby Borough Council") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "Ruth Mensah was appointed last month to the role of director of housing at Kelby Borough Council.",
    "Ruth Mensah has been appointed to the board of Kelby Borough Council.",
])
def test_appointed_to_a_post_or_board_of_a_body(extract, text):
    assert ("Kelby Borough Council", "appointed", "Ruth Mensah") in _triples(extract(text).relations)


def test_appointed_to_an_unowned_role_has_no_agent(extract):
    assert not extract("Ruth Mensah was appointed to the role in 2019.").relations


def test_several_bodies_teaming_up_are_each_others_partners(extract):
    found = _triples(extract("Barset Hospitals NHS Trust, Kelby Health NHS Trust and Wexshire Care NHS Trust are teaming "
                             "up on a new clinical research unit.").relations)
    pairs = {frozenset((s, o)) for s, p, o in found if p == "partneredWith"}
    assert pairs == {frozenset(p) for p in [("Barset Hospitals NHS Trust", "Kelby Health NHS Trust"),
                                            ("Barset Hospitals NHS Trust", "Wexshire Care NHS Trust"),
                                            ("Kelby Health NHS Trust", "Wexshire Care NHS Trust")]}


@pytest.mark.parametrize("text", [
    "Barset Hospitals NHS Trust won the bid. The money is split with the trust's partners, Kelby Sensors Ltd and "
    "Wexbury University.",
    "Barset Hospitals NHS Trust won the bid. The trust's partners include Kelby Sensors Ltd and Wexbury University.",
])
def test_bodies_named_as_a_bodys_partners_partnered_with_it(extract, text):
    found = _triples(extract(text).relations)
    assert {("Barset Hospitals NHS Trust", "partneredWith", b) for b in ("Kelby Sensors Ltd", "Wexbury University")} <= found


@pytest.mark.parametrize("text", [
    "Kelby Borough Council has launched a partnership with Wexbury University.",
    "Kelby Borough Council has launched a partnership to improve care records with Wexbury University.",
    "Kelby Borough Council signed an agreement to pool road data with Wexbury University.",
])
def test_a_partnership_launched_or_agreed_for_a_purpose_names_its_partner(extract, text):
    assert ("Kelby Borough Council", "partneredWith", "Wexbury University") in _triples(extract(text).relations)


def test_a_person_launching_a_new_body_launched_it(extract):
    found = extract("Last spring Ruth Mensah launched the Kelby Policy Institute, a new think tank on housing.")
    assert ("Ruth Mensah", "launched", "Kelby Policy Institute") in _triples(found.relations)


def test_a_former_post_before_a_name_is_no_post_now(extract):
    found = extract("The former Information Commissioner Ruth Mensah opened the conference.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


def test_a_long_quoted_title_named_as_a_bodys_latest_report(extract):
    found = extract('This week we read "Home care under strain: waiting lists, unpaid carers and what councils can '
                    'still afford", the newest report from the Kelby Foundation.')
    [rel] = [r for r in found.relations if r.predicate == "published"]
    assert rel.subject.name == "Kelby Foundation" and rel.object.name.startswith("Home care under strain")


@pytest.mark.parametrize("text, fact", [
    ("Barset County Council worked with software firm Kelby Systems to rebuild its case records.",
     ("Barset County Council", "partneredWith", "Kelby Systems")),
    ("Nottinghamshire has worked with Kelby Systems Ltd on its new records system.",
     ("Nottinghamshire County Council", "partneredWith", "Kelby Systems Ltd")),
])
def test_partners_after_a_describing_noun_or_a_place_for_its_council(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_posts_held_at_bodies(extract):
    found = _triples(extract("Ruth Mensah has held senior roles at Kelby Water and Barset Energy Ltd.").relations)
    assert {("Ruth Mensah", "partOf", b) for b in ("Kelby Water", "Barset Energy Ltd")} <= found


def test_an_order_to_pay_costs_is_no_fine(extract):
    found = extract("Barset Crown Court ordered Kelby Water Ltd to pay the campaigner £4,000 to cover her legal costs.")
    assert not [r for r in found.relations if r.predicate == "fined"]


def test_the_company_is_not_the_one_named_only_as_a_passives_agent(extract):
    found = extract("The Environment Agency prosecuted Kelby Drains Ltd over the spill. The company had been hired by "
                    "Barset Homes Ltd to clear a culvert. The company admitted the offence and was fined £9,000.")
    fined = {r.object.name for r in found.relations if r.predicate == "fined"}
    assert fined == {"Kelby Drains Ltd"}


def test_a_prison_named_with_hmp_is_a_body_an_inspectorate_inspects(extract):
    found = extract("HM Inspectorate of Prisons published its findings. Inspectors visited HMP Kelby Grange in "
                    "March and found drug use had risen.")
    assert ("HM Inspectorate of Prisons", "inspected", "HMP Kelby Grange") in _triples(found.relations)


def test_a_crown_chief_inspector_with_no_remit_is_at_the_articles_one_inspectorate(extract):
    found = extract("HM Inspectorate of Prisons published its annual report, according to HM Chief Inspector Sam Okafor.")
    assert ("Sam Okafor", "partOf", "HM Inspectorate of Prisons") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "Kelby Health NHS Trust has appointed Ruth Mensah as chief nurse. She will be joining from Barset Hospitals NHS Trust.",
    "Kelby Health NHS Trust has appointed Ruth Mensah as chief nurse. She joins from Barset Hospitals NHS Trust, where "
    "she leads the nursing team.",
])
def test_she_after_an_appointment_is_the_appointee(extract, text):
    assert ("Ruth Mensah", "partOf", "Barset Hospitals NHS Trust") in _triples(extract(text).relations)


def test_they_after_the_regulators_inspectors_is_the_regulator(extract):
    found = extract("Ofsted inspectors went back to Kelby Borough Council in June. They have upgraded the council's "
                    "children's services to good.")
    assert ("Ofsted", "inspected", "Kelby Borough Council") in _triples(found.relations)


def test_they_after_other_people_is_no_regulator(extract):
    found = extract("Ofsted published a report. Kelby councillors met in June. They have upgraded the council's parks.")
    assert not [r for r in found.relations if r.predicate == "inspected"]


def test_schools_listed_with_commas_and_ranked_inadequate_were_each_inspected(extract):
    found = extract("Ofsted visited the county in the autumn. Kelby Primary School, Barset Church of England Primary "
                    "School and Lowmoor Infant School were ranked 'inadequate' in January.")
    rated = {r.object.name for r in found.relations if r.predicate == "inspected"}
    assert rated == {"Kelby Primary School", "Barset Church of England Primary School", "Lowmoor Infant School"}


@pytest.mark.parametrize("text, fact", [
    ("Ofsted's monitoring report found Kelby Infant School to be inadequate in every area.",
     ("Ofsted", "inspected", "Kelby Infant School")),
    ("The Information Commissioner's Office's investigation found Barset Council in breach of the rules.",
     ("Information Commissioner's Office", "criticised", "Barset Council")),
])
def test_a_bodys_report_or_investigation_finding_is_the_bodys(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text, fact", [
    ("Barset College has paid a £12,000 fine imposed by the Pensions Regulator.",
     ("The Pensions Regulator", "fined", "Barset College", "12000", "inverse")),
    ("Barset College is appealing against a £12,000 penalty from the Office for Students.",
     ("Office for Students", "fined", "Barset College", "12000", "inverse")),
    # the payer is the subject of the clause the purpose clause belongs to
    ("Wexbury University went to the High Court to challenge a £90,000 fine issued by the Office for Students.",
     ("Office for Students", "fined", "Wexbury University", "90000", "inverse")),
    ("Lowmoor Council has begun proceedings to dispute a £20,000 fine levied by the Information Commissioner's Office.",
     ("Information Commissioner's Office", "fined", "Lowmoor Council", "20000", "inverse")),
])
def test_a_fine_paid_or_contested_was_imposed_by_the_body_named_after_it(extract, text, fact):
    assert fact in _facts(extract, text)


def test_a_describing_phrase_after_a_name_is_no_second_object(extract):
    facts = _facts(extract, "Lowmoor Council has initiated proceedings to dispute a £20,000 fine levied by the "
                            "Information Commissioner's Office (ICO), the data protection regulator for the UK.")
    assert {f[:3] for f in facts} == {("Information Commissioner's Office", "fined", "Lowmoor Council")}


def test_a_subject_after_a_fronted_clause_is_still_the_subject(extract):
    facts = _facts(extract, "Using the Kelby Data Hub, Kelby Council identified families sooner.")
    assert ("Kelby Council", "uses", "Kelby Data Hub") in {f[:3] for f in facts}


@pytest.mark.parametrize("text, fact", [
    ("Sam Okafor, the ICO Director of Investigations, said the case was serious.",
     ("Sam Okafor", "partOf", "Information Commissioner's Office")),
    ("Ruth Mensah, the OfS Director for Fair Access and Participation, welcomed the plans.",
     ("Ruth Mensah", "partOf", "Office for Students")),
])
def test_a_post_named_after_its_body_has_its_remit_after_of_or_for(extract, text, fact):
    triples = {f[:3] for f in _facts(extract, text)}
    assert triples == {fact}


@pytest.mark.parametrize("text, fact", [
    ("The Local Government Ombudsman has published a maladministration finding against Kelby Borough Council.",
     ("Local Government and Social Care Ombudsman", "criticised", "Kelby Borough Council")),
    ("The Housing Ombudsman made a finding of maladministration against Barset Homes after a leak went "
     "unrepaired for a year.", ("Housing Ombudsman", "criticised", "Barset Homes")),
])
def test_an_ombudsmans_maladministration_finding_criticises(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_compensation_an_ombudsman_orders_is_no_fine(extract):
    facts = _facts(extract, "The Housing Ombudsman has ordered Lowmoor Council to pay the tenant £2,500 in "
                            "compensation after repairs were delayed.")
    assert not [f for f in facts if f[1] == "fined"]


@pytest.mark.parametrize("text, fact", [
    # an inspection noun that names the kind of a report: the report's 'of'/'on' phrase and owner are the inspection's
    ("Members noted the 2021 Ofsted inspection report of Barset Borough Council children's services.",
     ("Ofsted", "inspected", "Barset Borough Council")),
    ("The Care Quality Commission published an inspection report on Kelby Hospital last week.",
     ("Care Quality Commission", "inspected", "Kelby Hospital")),
    # an inspectorate judging that a body has made progress
    ("Estyn has judged that Wexbury County Council has made good progress since its last inspection.",
     ("Estyn", "inspected", "Wexbury County Council")),
])
def test_inspection_reports_and_judgements_name_who_was_inspected(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_a_rating_word_describing_another_noun_is_no_rating(extract):
    found = extract("Estyn has judged that Wexbury County Council has made good progress since its last inspection.")
    assert [r.rating for r in found.relations if r.predicate == "inspected"] == [None]


def test_the_local_authority_is_no_name(extract):
    found = extract("The Local Authority's Youth Services Review began in May.")
    assert not [e for e in found.entities if e.name.casefold() == "local authority"]


@pytest.mark.parametrize("text, fact", [
    ("Ruth Mensah has been made acting chief executive of the Barset Housing Trust.",
     ("Ruth Mensah", "partOf", "Barset Housing Trust")),
    ("Sam Okafor was elected leader of Wexbury Borough Council in May.",
     ("Sam Okafor", "partOf", "Wexbury Borough Council")),
    # the passive's subject does what the clause after it says
    ("Ruth Mensah was appointed last month to chair the Barset Housing Trust for a four-year term.",
     ("Ruth Mensah", "partOf", "Barset Housing Trust")),
    # a post idiom taken up 'as' a post
    ("Ruth Mensah will take on the mantle as acting chair of the Barset Housing Trust.",
     ("Ruth Mensah", "partOf", "Barset Housing Trust")),
    # a post 'to' a body
    ("Sam Okafor, special adviser to the Department for Education, said the plans were sound.",
     ("Sam Okafor", "partOf", "Department for Education")),
])
def test_posts_made_elected_or_taken_up(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_he_after_a_sentence_about_a_person_holds_the_posts_of_both_linked_clauses(extract):
    facts = _facts(extract, "Sam Okafor will succeed the outgoing chair in June. He is currently a trustee of the Kelby "
                            "Foundation, and is chair of the Barset Housing Trust.")
    assert {("Sam Okafor", "partOf", "Kelby Foundation"), ("Sam Okafor", "partOf", "Barset Housing Trust")} <= {f[:3] for f in facts}


def test_a_short_given_name_later_is_the_person_named_in_full(extract):
    found = extract("Christopher Okafor has been appointed chief executive of Wexbury Borough Council. "
                    "Chris is currently a director of the Barset Housing Trust.")
    assert ("Christopher Okafor", "partOf", "Barset Housing Trust") in {(r.subject.name, r.predicate, r.object.name)
                                                                        for r in found.relations}
    assert not [e for e in found.entities if e.name == "Chris"]


def test_firms_named_as_examples_of_a_group_fined_were_fined(extract):
    facts = _facts(extract, "The Competition and Markets Authority has fined a group of drug companies including "
                            "Kelby Pharma a total of £26 million.")
    assert ("Competition and Markets Authority", "fined", "Kelby Pharma", "26000000", "active") in facts


def test_a_countrys_watchdog_saying_it_fined_is_the_articles_regulator(extract):
    facts = _facts(extract, "Britain's competition watchdog said on Monday it has fined Barset Laboratories £9 million "
                            "for overcharging hospitals. The Competition and Markets Authority opened its case in 2019.")
    assert ("Competition and Markets Authority", "fined", "Barset Laboratories", "9000000") in {f[:4] for f in facts}


def test_two_firms_named_before_a_sum_in_words_are_both_fined_it(extract):
    found = extract("The Competition and Markets Authority fined drug firms Kelby Pharma and Barset Laboratories "
                    "70 million pounds on Monday.")
    fines = {(r.object.name, r.amount.value, r.amount.currency) for r in found.relations if r.predicate == "fined"}
    assert fines == {("Kelby Pharma", 70_000_000, "GBP"), ("Barset Laboratories", 70_000_000, "GBP")}


@pytest.mark.parametrize("text, fact", [
    ("The Care Quality Commission visited Kelby Hospital on Monday.",
     ("Care Quality Commission", "inspected", "Kelby Hospital")),
    # the second place visited hangs off the first visit's date
    ("The Care Inspectorate visited the Barset Care Centre in March and the Kelby Nursing Home in April.",
     ("Care Inspectorate", "inspected", "Kelby Nursing Home")),
])
def test_a_regulators_visit_is_an_inspection(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_anyone_elses_visit_is_no_inspection(extract):
    assert not _facts(extract, "The health minister visited Kelby Hospital on Monday.")


def test_a_tool_described_as_developed_by_a_body_was_created_by_it(extract):
    facts = _facts(extract, "Kelby Council has finished a trial of Barset Notes, a transcription tool developed by "
                            "Lowmoor Labs Ltd, which records meetings.")
    assert ("Lowmoor Labs Ltd", "created", "Barset Notes") in {f[:3] for f in facts}


@pytest.mark.parametrize("text", [
    "Kelby Council has completed a pilot of the Barset Hub with local schools.",
    "Kelby Council began a six-month trial of the Barset Hub in May.",
])
def test_a_body_piloting_a_named_tool_launched_it(extract, text):
    assert ("Kelby Council", "launched", "Barset Hub") in {f[:3] for f in _facts(extract, text)}


def test_a_given_name_alone_described_by_her_job_is_a_person(extract):
    found = extract("Ruth Mensah said the tool helped. Yvonne, a social worker at Kelby Council, said it saved her hours.")
    assert ("Yvonne", "partOf", "Kelby Council") in relations_of(found)


def test_we_and_our_on_a_bodys_own_page_are_that_body(extract):
    found = extract("Barset Sports Foundation\nWe have awarded £20,000 to the Kelby Rowing Club. Our executive director of "
                    "partnerships, Ruth Mensah, said the club had grown.")
    triples = relations_of(found)
    assert {("Barset Sports Foundation", "funded", "Kelby Rowing Club"),
            ("Ruth Mensah", "partOf", "Barset Sports Foundation")} <= triples


def test_we_in_a_quote_is_not_the_page_owner(extract):
    found = extract('Barset Sports Foundation\nThe mayor said: "We have awarded £20,000 to the Kelby Rowing Club."')
    assert not [r for r in found.relations if r.predicate == "funded"]


def test_without_an_owner_line_we_stands_for_no_one(extract):
    found = extract("We have awarded £20,000 to the Kelby Rowing Club, Barset Sports Foundation said.")
    assert not [r for r in found.relations if r.subject.name == "Barset Sports Foundation" and r.predicate == "funded"
                and r.rule.startswith("active+coref")]


@pytest.mark.parametrize("text", [
    "The Barset Care System has been in operation at Kelby County Council since 1995.",
    "The Barset Care System is in place at Kelby County Council and two other councils.",
    "The Barset Care System is used at Kelby County Council.",
])
def test_a_system_in_place_or_used_at_a_body_is_used_by_it(extract, text):
    assert ("Kelby County Council", "uses", "Barset Care System") in {f[:3] for f in _facts(extract, text)}


def test_a_system_in_place_at_a_place_is_used_by_its_council(extract):
    facts = _facts(extract, "The Barset Care System is in place at Wakefield and two other councils.")
    assert ("Wakefield Metropolitan District Council", "uses", "Barset Care System") in {f[:3] for f in facts}


@pytest.mark.parametrize("text, fact", [
    ("On 3 May, Barset Crown Court fined a large water company £120,000 after it admitted the offence. The court also "
     "ordered Kelby Water Ltd to pay costs of £27,500.", ("Barset Crown Court", "fined", "Kelby Water Ltd", "120000")),
    # 'one of the biggest water companies', named next; the court named in the next sentence
    ("One of the region's largest water firms was fined £150,000 yesterday after sewage reached a brook. Barset Crown "
     "Court also ordered Kelby Water to pay a fisherman's costs.", ("Barset Crown Court", "fined", "Kelby Water", "150000")),
])
def test_a_described_company_named_next_and_a_court_named_next(extract, text, fact):
    assert fact in {f[:4] for f in _facts(extract, text)}


def test_a_court_in_the_next_paragraph_fined_no_one(extract):
    facts = _facts(extract, "Kelby Water Ltd was fined £9,000 for polluting a brook.\n\nBarset Crown Court heard another case.")
    assert not [f for f in facts if f[0] == "Barset Crown Court"]


def test_a_person_with_the_office_that_heads_a_body_after_the_name_is_at_that_body(extract):
    facts = _facts(extract, "Charlie Okafor, Chief Inspector of Prisons, said the jail at Barset had improved.")
    assert ("Charlie Okafor", "partOf", "HM Inspectorate of Prisons") in {f[:3] for f in facts}


def test_councillors_named_together_are_all_at_the_council(extract):
    facts = _facts(extract, "Kelby Borough Council approved the plan. Councillors Ruth Mensah and Sam Okafor voted against it.")
    assert {("Ruth Mensah", "partOf", "Kelby Borough Council"), ("Sam Okafor", "partOf", "Kelby Borough Council")} <= {
        f[:3] for f in facts}


def test_a_council_leader_is_at_the_headlines_council_not_one_named_on_the_way(extract):
    found = extract("The search is on for a new chief executive at Kelby Borough Council. She joined on secondment from "
                    "Rutland council, where she had been Rutland council's finance director. Sam Okafor, council leader, "
                    "thanked her.", title="Kelby Borough Council chief executive to leave")
    triples = relations_of(found)
    assert ("Sam Okafor", "partOf", "Kelby Borough Council") in triples
    assert not [t for t in triples if t[0] == "Sam Okafor" and t[2] != "Kelby Borough Council"]


@pytest.mark.parametrize("text, fact", [
    ("Two years ago Ofqual fined OCR £90,000 for late results.", ("Ofqual", "fined", "OCR", "90000")),
    # a 'that' clause the parser hung on a noun still has its own subject
    ("Ofqual issued a statement that it has imposed a penalty of £1,200,000 on Kelby Exams Limited.",
     ("Ofqual", "fined", "Kelby Exams Limited", "1200000")),
    # 'the exam board Barset Examinations …': 'the exam board' later is that board
    ("Ofqual opened an inquiry in May. The exam board Barset Examinations had broken the rules for three years. The exam "
     "board was later fined £30,000 for errors in its marking scheme.", ("Ofqual", "fined", "Barset Examinations", "30000")),
])
def test_exam_boards_fined(extract, text, fact):
    assert fact in {f[:4] for f in _facts(extract, text)}


def test_a_number_of_things_is_no_sum(extract):
    found = extract("Ofqual confirmed it levied its biggest penalty yet on Barset Examinations after 50,000 appeals were "
                    "handled by the same markers.")
    assert [(r.object.name, r.amount) for r in found.relations if r.predicate == "fined"] == [("Barset Examinations", None)]


def test_a_clause_after_told_has_the_told_name_as_its_subject(extract):
    facts = _facts(extract, "Kelby Council's audit panel was told financial consultants Lowmoor Advisory, which employs "
                            "900 people, has been working with Kelby Council since May.")
    assert ("Lowmoor Advisory", "partneredWith", "Kelby Council") in {f[:3] for f in facts}


def test_a_body_named_right_before_a_participle_the_parser_hung_elsewhere(extract):
    facts = _facts(extract, "The idea comes from a report published by the Barset Housing Commission set up by the "
                            "Kelby Foundation.")
    assert ("Kelby Foundation", "created", "Barset Housing Commission") in {f[:3] for f in facts}


# --- tenth session: audit and water regulators' fines, health boards' posts ---

@pytest.mark.parametrize("text, fact", [
    # a regulator the tagger ran together with its country is still the article's one regulator
    ("The UK Financial Reporting Council looked at the audits. Lowmoor Audit LLP was handed a £2.4m fine.",
     ("Financial Reporting Council", "fined", "Lowmoor Audit LLP", "2400000")),
    ("Kelby Audit LLP was landed with a £3m fine by the Financial Reporting Council over the audit.",
     ("Financial Reporting Council", "fined", "Kelby Audit LLP", "3000000")),
    # facing a fine that is decided is being fined; 'could face fines' is not (test below)
    ("Ofwat said that Barset Water will face a £2m penalty for missing its targets.",
     ("Ofwat", "fined", "Barset Water", "2000000")),
    # a number of a group, with its named examples
    ("Ofwat confirmed that 9 out of the 16 water firms, including Wexbury Water, will face fines this year.",
     ("Ofwat", "fined", "Wexbury Water", None)),
])
def test_fines_in_regulators_words(extract, text, fact):
    assert fact in {f[:4] for f in _facts(extract, text)}


def test_a_fine_that_could_be_faced_is_not_stated(extract):
    assert not [f for f in _facts(extract, "Barset Water could face fines as high as a tenth of its turnover, Ofwat warned.")
                if f[1] == "fined"]


def test_sums_listed_before_the_bodies_they_were_for(extract):
    text = ("The Financial Reporting Council's annual report lists its sanctions.\n\n"
            "Large fines handed out this year included:\n\n"
            "£2.5 million for Kelby Audit LLP in relation to Barset Holdings plc;\n"
            "£1.2 million for Lowmoor Accountants in relation to the Wexbury Group.")
    facts = {f[:4] for f in _facts(extract, text)}
    assert ("Financial Reporting Council", "fined", "Kelby Audit LLP", "2500000") in facts
    assert ("Financial Reporting Council", "fined", "Lowmoor Accountants", "1200000") in facts
    assert not [f for f in facts if f[2] in {"Barset Holdings plc", "Wexbury Group"}]


def test_the_company_after_a_fine_by_a_regulator_is_the_fined_company(extract):
    found = extract("Barset Water, the largest supplier in the county, was struck by a large fine by regulator Ofwat.\n\n"
                    "The company has been fined £12.7m after a long investigation.")
    fines = {(r.subject.name, r.object.name, str(r.amount.value) if r.amount else None) for r in found.relations
             if r.predicate == "fined"}
    assert ("Ofwat", "Barset Water", "12700000") in fines


@pytest.mark.parametrize("text, fact", [
    # an appointee is part of the body of the post the appointment names
    ("The health secretary has appointed Ruth Mensah as interim chair of NHS Kelby.", ("Ruth Mensah", "partOf", "NHS Kelby")),
    ("Sam Okafor has been appointed chief executive of Wexbury Borough Council.",
     ("Sam Okafor", "partOf", "Wexbury Borough Council")),
    # a post phrase opening the sentence, with how long it was held
    ("A Kelby Trust board member for 18 months, Sam Okafor was elected its chair in May.", ("Sam Okafor", "partOf", "Kelby Trust")),
    ("A trustee of the Lowmoor Foundation since 2019, Ruth Mensah was elected chair.",
     ("Ruth Mensah", "partOf", "Lowmoor Foundation")),
    # a purpose clause the parser hung on a gerund
    ("The trust regrets the loss of Sam Okafor, who left the post without chairing one board session to become the "
     "head of Barset University.", ("Sam Okafor", "partOf", "Barset University")),
    # a post held by a person whose name serves a verb with a modal
    ("She would work alongside Kelby Trust's chief executive Iain Mensah, who joined in January.",
     ("Iain Mensah", "partOf", "Kelby Trust")),
    # the name parsed as a modifier of the post after it
    ("Ruth Mensah, chair of the Kelby Health and Care Partnership Board said: \"We are pleased.\"",
     ("Ruth Mensah", "partOf", "Kelby Health and Care Partnership Board")),
])
def test_posts_in_appointment_news(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_a_firm_appointed_as_auditor_is_not_part_of_the_body(extract):
    facts = _facts(extract, "Kelby Council has appointed Lowmoor Audit LLP as auditor of the Kelby Pension Fund.")
    assert not [f for f in facts if f[1] == "partOf"]


def test_people_listed_with_their_bodies(extract):
    text = ("Notes from the chairs' May meeting.\n\nAttendees\n\n"
            "  • Ruth Mensah, NHS Kelby\n  • Sam Okafor, Chief Executive, Barset Council (Interim)\n"
            "  • Jo Lowmoor\n")
    facts = {f[:3] for f in _facts(extract, text)}
    assert ("Ruth Mensah", "partOf", "NHS Kelby") in facts
    assert ("Sam Okafor", "partOf", "Barset Council") in facts


@pytest.mark.parametrize("text, fact", [
    ("Kelby Combined Authority, led by Labour mayor Ruth Mensah, said it would phase out the courses.",
     ("Ruth Mensah", "partOf", "Kelby Combined Authority")),
    ("The Barset Housing Trust is led by Sam Okafor.", ("Sam Okafor", "partOf", "Barset Housing Trust")),
])
def test_who_leads_a_body_is_part_of_it(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_leading_a_review_is_no_post(extract):
    assert not [f for f in _facts(extract, "Ruth Mensah led the Barset Review of children's services.") if f[1] == "partOf"]


@pytest.mark.parametrize("text, fact", [
    # a post and its body right before the name, no comma
    ("Chair of the Kelby Audit Commission Sam Okafor said: \"Councils have made progress.\"",
     ("Sam Okafor", "partOf", "Kelby Audit Commission")),
    # a post set off by commas, then its body, tagged as one name
    ("Ruth Mensah, Controller of Audit, Barset Audit Office, said: \"We welcome the progress.\"",
     ("Ruth Mensah", "partOf", "Barset Audit Office")),
    ("The Principal of Lowmoor College, Sam Okafor, said the merger would go ahead.", ("Sam Okafor", "partOf", "Lowmoor College")),
])
def test_posts_before_and_after_names(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_a_councils_deputy_leader_and_a_partys(extract):
    title = "Kelby Council adopts digital strategy"
    facts = {(r.subject.name, r.object.name) for r in extract(
        "Kelby Council has adopted a digital strategy.\n\nSpeaking at a cabinet meeting, the Deputy Leader, Cllr Sam Okafor, "
        "said demand would rise. The deputy leader of the Labour Party, Ruth Mensah, said it was late.", title=title).relations}
    assert ("Sam Okafor", "Kelby Council") in facts
    assert ("Ruth Mensah", "Labour Party") in facts and ("Ruth Mensah", "Kelby Council") not in facts


def test_a_regulator_threatening_fines_has_fined_no_one(extract):
    facts = _facts(extract, "Ofgem is threatening Kelby Energy with massive fines if it misses its targets.")
    assert not [f for f in facts if f[1] == "fined"]


def test_every_name_of_a_long_list_receives(extract):
    facts = _facts(extract, "The money comes from the Kelby Research Fund.\n\nThe University of Barset, University of Lowmoor, "
                            "Wexbury College London, and University of Kelby will receive this funding.")
    funded = {f[2] for f in facts if f[1] == "funded"}
    assert {"University of Barset", "University of Lowmoor", "Wexbury College London", "University of Kelby"} <= funded


def test_a_research_council_is_the_implied_funder(extract):
    facts = _facts(extract, "The grants announced by the Natural Environment Research Council cover soils. "
                            "Barset University will receive £2.6m to set up a centre on storage.")
    assert ("Natural Environment Research Council", "funded", "Barset University", "2600000") in {f[:4] for f in facts}


def test_sums_listed_under_investments(extract):
    text = ("The Kelby Research Fund announced its awards today.\n\nThe investments include:\n"
            "£4.1m to the University of Barset for a centre for soil science.")
    assert ("Kelby Research Fund", "funded", "University of Barset", "4100000") in {f[:4] for f in _facts(extract, text)}


@pytest.mark.parametrize("text, fact", [
    ("UK Research and Innovation Executive Chair, Professor Sam Okafor, said the fund was a success.",
     ("Sam Okafor", "partOf", "UK Research and Innovation")),
    ("The Kelby Trust Chief Executive Ruth Mensah said it was good.", ("Ruth Mensah", "partOf", "Kelby Trust")),
])
def test_a_body_run_together_with_a_post(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_a_regulator_named_with_its_nation_is_still_the_regulator(extract):
    found = extract("The English Regulator of Social Housing looked at it. Kelby Homes was downgraded to G3.")
    assert [(r.subject.name, r.object.name, r.rating) for r in found.relations if r.predicate == "inspected"] == [
        ("English Regulator of Social Housing", "Kelby Homes", "G3")]


def test_listed_awards_with_what_each_is_for(extract):
    text = ("Six village projects will split £400,000 in funding from the Kelby Assembly.\n\n"
            "The latest awardees are:\n"
            "- Barset Canal Trust, Lowmoor - £125,000 to ensure a safe towpath.\n"
            "- Wexbury and District Sports Club, Kelby - £31,000 for new changing rooms.\n")
    facts = {f[:4] for f in _facts(extract, text)}
    assert ("Kelby Assembly", "funded", "Barset Canal Trust", "125000") in facts
    assert ("Kelby Assembly", "funded", "Wexbury and District Sports Club", "31000") in facts


def test_a_body_named_before_its_funding_is_the_funder(extract):
    facts = _facts(extract, "The minister announced Kelby Assembly funding of £900k for community halls. Lowmoor RFC will "
                            "receive £31,250 to improve its pitch.")
    assert ("Kelby Assembly", "funded", "Lowmoor RFC", "31250") in {f[:4] for f in facts}


@pytest.mark.parametrize("text, fact", [
    # an office named as the body, then the holder
    ("The departing Chief Inspector of Probation, Sam Okafor, wants a review of local control.",
     ("Sam Okafor", "partOf", "HM Inspectorate of Probation")),
    # a chief inspector's remit in lower case: the inspectorate the article names
    ("HM Inspectorate of Probation inspected both units in March.\n\nRuth Mensah, chief inspector of probation, told "
     "reporters the units would improve.", ("Ruth Mensah", "partOf", "HM Inspectorate of Probation")),
])
def test_chief_inspectors(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_a_body_set_off_before_a_name_is_not_their_office(extract):
    assert not [f for f in _facts(extract, "The Kelby Trust, Sam Okafor, said it was bad.") if f[1] == "partOf"]


@pytest.mark.parametrize("text, fact", [
    ("Sam Okafor joined the board in May. He has led Barset Council for 25 years.", ("Sam Okafor", "partOf", "Barset Council")),
    ("The trust appointed Ruth Mensah on Monday. She chairs the Wexbury Housing Trust.",
     ("Ruth Mensah", "partOf", "Wexbury Housing Trust")),
])
def test_he_or_she_is_the_person_just_named(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_a_kind_of_bodys_acronym_alone_names_no_body(extract):
    found = extract("Four more chairs were named this week. Ruth Mensah was named the ICB's chair designate. "
                    "Sam Okafor, the current lead for Kelby Valley ICS, will lead the system.")
    assert not [e for e in found.entities if e.name in {"ICB", "ICS"}]
    assert ("Kelby Valley ICS", "Organisation") in {(e.name, e.type) for e in found.entities}
    assert ("Sam Okafor", "partOf", "Kelby Valley ICS") in _triples(found.relations)


def test_a_posts_field_joined_by_an_ampersand_is_no_body(extract):
    facts = _facts(extract, "Commenting on the study, Ruth Mensah, Head of Research & Economics with the Kelby Foundation, "
                            "said reform was overdue.")
    assert {f[:3] for f in facts if f[1] == "partOf"} == {("Ruth Mensah", "partOf", "Kelby Foundation")}


@pytest.mark.parametrize("text, fact", [
    ("Barset City Council will start work with Kelby University on three shared projects this year.",
     ("Barset City Council", "partneredWith", "Kelby University")),
    ("Barset City Council has agreed a plan for the market.\n\nSam Okafor, city mayor, said: \"This is a good start.\"",
     ("Sam Okafor", "partOf", "Barset City Council")),
])
def test_partners_and_mayors_in_council_news(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_starting_work_on_a_site_is_no_partnership(extract):
    assert not [f for f in _facts(extract, "Kelby Builders will start work on the Barset site in May.") if f[1] == "partneredWith"]


def test_a_crown_inspectors_short_title(extract):
    facts = _facts(extract, "HM Inspectorate of Probation published its findings on Kelby.\n\nReporters came to hear what HMI "
                            "Ruth Mensah and HMI Sam Okafor had to say about the service.")
    held = {f[:3] for f in facts if f[1] == "partOf"}
    assert {("Ruth Mensah", "partOf", "HM Inspectorate of Probation"), ("Sam Okafor", "partOf", "HM Inspectorate of Probation")} <= held


@pytest.mark.parametrize("text, fact", [
    ("The Housing Ombudsman ordered Kelby Council to pay £3,000 in compensation to a tenant.",
     ("Housing Ombudsman", "criticised", "Kelby Council")),
    ("The Local Government and Social Care Ombudsman has told Wexbury Borough Council to pay a resident £450.",
     ("Local Government and Social Care Ombudsman", "criticised", "Wexbury Borough Council")),
    ("Barset County Council has now been ordered to pay a carer £900 for the delays.\n\nThe Local Government and "
     "Social Care Ombudsman said the delays had caused real distress.",
     ("Local Government and Social Care Ombudsman", "criticised", "Barset County Council")),
])
def test_an_ombudsmans_order_to_pay_is_criticism_not_a_fine(extract, text, fact):
    facts = {f[:3] for f in _facts(extract, text)}
    assert fact in facts
    assert not [f for f in facts if f[1] == "fined"]


def test_a_regulators_order_to_pay_is_still_a_fine(extract):
    facts = _facts(extract, "Ofwat ordered Kelby Water to pay £2m after it missed its leakage targets.")
    assert ("Ofwat", "fined", "Kelby Water", "2000000") in {f[:4] for f in facts}


def test_an_agentless_fine_in_a_traffic_commissioners_story(extract):
    facts = _facts(extract, "Bus company Kelby Coaches has been fined £24,500 for running late services.\n\nThe firm "
                            "appeared before the Traffic Commissioner in March to answer complaints from passengers.")
    assert ("Traffic Commissioners for Great Britain", "fined", "Kelby Coaches", "24500", "implied-agent") in facts


@pytest.mark.parametrize("text, fact", [
    ("The new chair of Kelby Hospitals NHS Trust will be Ruth Mensah.", ("Ruth Mensah", "partOf", "Kelby Hospitals NHS Trust")),
    ("Wexbury Borough Council's next chief executive is Sam Okafor.", ("Sam Okafor", "partOf", "Wexbury Borough Council")),
    ("Ruth Mensah, who will continue to chair Barset Community NHS Trust, takes up the post in May.",
     ("Ruth Mensah", "partOf", "Barset Community NHS Trust")),
    ("Sam Okafor has been named chief executive in common for Kelby Hospitals NHS Trust and Barset Community NHS Trust.",
     ("Sam Okafor", "partOf", "Barset Community NHS Trust")),
])
def test_a_post_named_as_the_subject_or_held_in_common(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_a_prize_or_a_problem_is_no_post(extract):
    assert not _facts(extract, "The winner of the Kelby Prize was Ruth Mensah.")


@pytest.mark.parametrize("text, facts", [
    ("The Kelby Arts Fund has opened a £2 million round for theatres.\n\nA grant of £6,000 went to Barset Playhouse.",
     {("Kelby Arts Fund", "funded", "Barset Playhouse", "6000")}),
    ("The Kelby Arts Fund has opened a £2 million round for theatres.\n\nThe biggest grants went to the likes of "
     "Barset Playhouse (£150,000), Wexbury Theatre Trust (£120,500) and Lowmoor Opera (£95,000).",
     {("Kelby Arts Fund", "funded", "Barset Playhouse", "150000"), ("Kelby Arts Fund", "funded", "Lowmoor Opera", "95000"),
      ("Kelby Arts Fund", "funded", "Wexbury Theatre Trust", "120500")}),
    ("The Kelby Homes Agency has awarded £1.2bn to 20 housing associations.\n\nWexbury Housing Group has been awarded "
     "£63.5m to build 900 homes.", {("Kelby Homes Agency", "funded", "Wexbury Housing Group", "63500000")}),
])
def test_grants_that_went_to_bodies_from_the_articles_one_giver(extract, text, facts):
    assert facts <= {f[:4] for f in _facts(extract, text)}


def test_a_body_that_gave_out_fines_is_no_grant_maker(extract):
    facts = _facts(extract, "The Kelby Audit Council has given audit firms £12m in fines this year.\n\nBarset Partners, "
                            "one of the firms, was given a £4m penalty for its work on a lender.")
    assert not [f for f in facts if f[1] == "funded"]


def test_which_after_a_persons_post_is_not_the_person(extract):
    facts = _facts(extract, "The Kelby Homes Agency has awarded £1.2bn to 20 housing associations.\n\nRuth Mensah, chief "
                            "executive of 13, which received £40m, said the money was welcome.")
    assert not [f for f in facts if f[1] == "funded" and f[2] == "Ruth Mensah"]


@pytest.mark.parametrize("text, fact", [
    ("The Kelby Youth Fund was set up in 2020 with £150m from the Department for Education.",
     ("Department for Education", "funded", "Kelby Youth Fund", "150000000")),
    ("The Barset Foundation was established with a ten-year £40m endowment from the Home Office.",
     ("Home Office", "funded", "Barset Foundation", "40000000")),
])
def test_a_body_founded_with_anothers_money(extract, text, fact):
    assert fact in {f[:4] for f in _facts(extract, text)}


def test_a_body_founded_by_another_is_not_funded_by_it(extract):
    assert not [f for f in _facts(extract, "The Kelby Youth Fund was set up in 2020 by the Department for Education.")
                if f[1] == "funded"]


@pytest.mark.parametrize("text", [
    "Kelby Trust and the Barset Foundation have launched a new £4m joint funding programme for carers.",
    "Kelby Trust and the Barset Foundation jointly published a study of rural bus services.",
    "Kelby Trust becomes the Barset Foundation's first official partner.",
    "The scheme will be run by charity Kelby Trust, working in partnership with the Barset Foundation.",
])
def test_partners_by_joint_action_or_by_name(extract, text):
    assert {tuple(sorted([f[0], f[2]])) for f in _facts(extract, text) if f[1] == "partneredWith"} == {
        ("Barset Foundation", "Kelby Trust")}


def test_two_bodies_that_each_did_something_are_no_partners(extract):
    assert not [f for f in _facts(extract, "Kelby Trust and the Barset Foundation have each launched a programme for carers.")
                if f[1] == "partneredWith"]


def test_it_after_a_sentence_that_names_a_body_by_the_copula(extract):
    facts = _facts(extract, "The Kelby Arts Fund has offered £2m to 40 groups.\n\nOne charity to benefit is the Barset "
                            "Tenants Association. It has been awarded £45,000 to run a drop-in centre.")
    assert ("Kelby Arts Fund", "funded", "Barset Tenants Association", "45000") in {f[:4] for f in facts}


@pytest.mark.parametrize("text, pair", [
    ("Kelby Council is working with housebuilding firm Taylor Wimpey on 400 new homes.", ("Kelby Council", "Taylor Wimpey")),
    ("Barset Borough Council set up a JV with Lendlease to rebuild its town centre.", ("Barset Borough Council", "Lendlease")),
    ("Transport for Greater Manchester is working with Kier on a new tram stop.", ("Kier Group", "Transport for Greater Manchester")),
])
def test_councils_building_with_developers_and_transport_bodies(extract, text, pair):
    assert tuple(sorted(pair)) in {tuple(sorted([f[0], f[2]])) for f in _facts(extract, text) if f[1] == "partneredWith"}


def test_the_department_is_the_department_named_before(extract):
    facts = _facts(extract, "The Department for Education has named 75 councils that can bid.\n\nThe department has set up "
                            "the Kelby Centre for Family Support to advise them.")
    assert ("Department for Education", "created", "Kelby Centre for Family Support") in {f[:3] for f in facts}


@pytest.mark.parametrize("text, fact", [
    ("Ruth Mensah, leader of Barnsley, said the plan was sound.",
     ("Ruth Mensah", "partOf", "Barnsley Metropolitan Borough Council")),
    ("The review found that Rotherham's mayor, Sam Okafor, had not been told.",
     ("Sam Okafor", "partOf", "Rotherham Metropolitan Borough Council")),
    ("Mayor of Bedford, Ruth Mensah, said the money was welcome.", ("Ruth Mensah", "partOf", "Bedford Borough Council")),
    ("Cllr Ruth Mensah, Norfolk cabinet member for safeguarding, said the plan was sound.",
     ("Ruth Mensah", "partOf", "Norfolk County Council")),
    ("Kent cabinet member Sam Okafor said the plan was sound.", ("Sam Okafor", "partOf", "Kent County Council")),
])
def test_a_place_named_as_a_council_posts_body_is_its_council(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


def test_a_place_named_with_a_member_of_no_council_post_is_no_council(extract):
    assert not [f for f in _facts(extract, "Sam Okafor, a Norfolk member of the Kelby Walking Club, said it was sound.")
                if f[1] == "partOf" and "Council" in f[2]]


def test_a_place_named_with_another_post_is_no_council(extract):
    assert not [f for f in _facts(extract, "Sam Okafor, professor of law at Manchester, welcomed the report.")
                if f[1] == "partOf" and "Council" in f[2]]


def test_a_post_of_the_body_named_before_right_before_a_name(extract):
    facts = _facts(extract, "Kelby County Council has a new leader. The previous leader of the council Sam Okafor had "
                            "resigned from his party in March.")
    assert ("Sam Okafor", "partOf", "Kelby County Council") in {f[:3] for f in facts}


def test_an_unnamed_regulators_warning_is_to_a_body_never_to_a_law(extract):
    facts = _facts(extract, "The Gambling Commission reviewed the licence of a Kelby bookmaker.\n\nThe Commission gave him "
                            "a formal warning under section 117(2) of the Gambling Act 2005.")
    assert not [f for f in facts if f[1] == "criticised"]


@pytest.mark.parametrize("text", [
    "A pact between Independents, Greens and Labour will lead Kelby District Council for the next year.",
    "Labour will lead Barset County Council after Thursday's vote.",
])
def test_a_party_that_leads_a_council_is_no_part_of_it(extract, text):
    assert not [f for f in _facts(extract, text) if f[1] == "partOf"]


def test_a_person_who_leads_or_chairs_a_body_is_part_of_it(extract):
    facts = _facts(extract, "Ruth Mensah will lead Barset County Council after Thursday's vote, and the Kelby Health Trust "
                            "is headed by Tom Wexbury.")
    assert {("Ruth Mensah", "partOf", "Barset County Council"), ("Tom Wexbury", "partOf", "Kelby Health Trust")} <= {
        f[:3] for f in facts}


def test_the_second_clause_of_a_sentence_has_its_own_subject(extract):
    facts = {f[:3] for f in _facts(extract, "Ruth Mensah, dean of law at the University of Kelby, will join Barset College "
                                            "in May, and Sam Okafor, provost of Wexbury College, is to lead Lowmoor "
                                            "University from June.")}
    assert ("Sam Okafor", "partOf", "Lowmoor University") in facts
    assert ("Ruth Mensah", "partOf", "Lowmoor University") not in facts


def test_a_bodys_partners_named_after_it_hold_no_post_there(extract):
    facts = _facts(extract, "The Kelby Health Trust won a research grant.\n\nPart of the money goes to the trust's partners, "
                            "Ember Neurotech and Lowmoor University.")
    assert not [f for f in facts if f[1] == "partOf"]  # (the tagger takes 'Ember Neurotech' for a person)
    facts = _facts(extract, "The Kelby Health Trust won a research grant.\n\nThe grant will be shared with the trust's "
                            "partners, Ember Robotics Ltd and Lowmoor University.")
    assert {("Kelby Health Trust", "partneredWith", "Ember Robotics Ltd"),
            ("Kelby Health Trust", "partneredWith", "Lowmoor University")} <= {f[:3] for f in facts}
    assert not [f for f in facts if f[1] == "partOf"]


@pytest.mark.parametrize("text, audited", [
    ("Audit Scotland audited Kelby Council's accounts for the year.", True),
    ("The Accounts Commission's audit of Kelby Council found weak leadership.", True),
    ("The Barset Trust's chair was criticised for KPMG's auditing of the collapsed lender Kelby Bank.", False),
])
def test_an_audit_is_an_inspection_only_by_a_public_audit_body(extract, text, audited):
    assert bool([f for f in _facts(extract, text) if f[1] == "inspected"]) == audited


@pytest.mark.parametrize("text, court, firm, amount", [
    ("Kelby Magistrates' Court was told a worker had slipped from a ladder.\n\nBarset Fuels was fined £20,000 after "
     "pleading guilty.", "Kelby Magistrates' Court", "Barset Fuels", "20000"),
    ("Lowmoor Crown Court heard that a worker had been hurt.\n\nA firm has been fined £48,000 over unsafe ladders.\n\n"
     "Wexbury Panels Ltd, which makes timber frames, admitted two charges.", "Lowmoor Crown Court", "Wexbury Panels Ltd",
     "48000"),
    ("Barset Feeds Limited admitted the breach. The company was fined £310,000, with £3,100 costs, at "
     "Kelby Magistrates court.", "Kelby Magistrates", "Barset Feeds Limited", "310000"),
])
def test_a_fine_in_a_court_report_is_the_court_named_before(extract, text, court, firm, amount):
    assert (court, firm, amount) in {(f[0], f[2], f[3]) for f in _facts(extract, text) if f[1] == "fined"}


def test_two_courts_leave_a_fine_unattributed_to_either(extract):
    text = ("Kelby Crown Court heard one case and Barset Crown Court another.\n\nWexbury Fuels was fined £20,000.")
    assert not [f for f in _facts(extract, text) if f[1] == "fined" and "Court" in f[0]]


@pytest.mark.parametrize("text, body, place", [
    ("Kelby Panels Ltd of Quarry Lane, Stoke-on-Trent, admitted two breaches.", "Kelby Panels Ltd", "Stoke-on-Trent"),
    ("Barset Fuels, of Mill Street, Shrewsbury, Shropshire, admitted the offence.", "Barset Fuels", "Shrewsbury"),
])
def test_a_bodys_address_after_of_places_it(extract, text, body, place):
    assert (body, "locatedIn", place, None, "address") in _facts(extract, text)


def test_a_single_place_after_of_is_no_address(extract):
    # (a registered firm's one town is: test_a_registered_firms_address_with_one_town_places_it)
    assert not [f for f in _facts(extract, "The Bishop of Durham met the Kelby Panels Trust of Stoke-on-Trent.") if f[1] == "locatedIn"]


@pytest.mark.parametrize("text", [
    "Kelby Borough Council has been warned by the Information Commissioner's Office after it emailed a file to a stranger.",
    "The Information Commissioner's Office has taken enforcement action against Kelby Borough Council.",
])
def test_a_regulators_warning_or_enforcement_action_is_a_criticism(extract, text):
    assert ("Information Commissioner's Office", "criticised", "Kelby Borough Council") in {f[:3] for f in _facts(extract, text)}


def test_a_warning_by_anyone_else_is_no_criticism(extract):
    assert not [f for f in _facts(extract, "The Local Government Association warned that Kelby Borough Council would run "
                                           "out of money.") if f[1] == "criticised"]


def test_every_name_after_a_plural_post_holds_it(extract):
    facts = {f[:3] for f in _facts(extract, "Kelby Borough Council has published its audit.\n\n\"We found six breaches,\" "
                                            "council auditors Ruth Mensah and Sam Okafor wrote.")}
    assert {("Ruth Mensah", "partOf", "Kelby Borough Council"), ("Sam Okafor", "partOf", "Kelby Borough Council")} <= facts


@pytest.mark.parametrize("text", [
    "The Barset Combined Authority comprises Kelby Council, Wexbury Council and Lowmoor Council.",
    "The Barset Combined Authority consists of Kelby Council, Wexbury Council and Lowmoor Council.",
])
def test_a_body_that_comprises_others_has_them_as_parts(extract, text):
    assert {(f[0], f[2]) for f in _facts(extract, text) if f[1] == "partOf"} == {
        (c, "Barset Combined Authority") for c in ("Kelby Council", "Wexbury Council", "Lowmoor Council")}


def test_places_a_combined_authority_comprises_are_their_councils(extract):
    facts = {f[:3] for f in _facts(extract, "The Tees Valley Combined Authority was set up in 2016. It comprises five "
                                            "councils: Darlington, Hartlepool, Middlesbrough, Redcar and Cleveland, and "
                                            "Stockton-on-Tees.")}
    assert ("Darlington Borough Council", "partOf", "Tees Valley Combined Authority") in facts


def test_a_person_of_a_town_is_no_part_of_it(extract):
    facts = _facts(extract, "Head of legal services Sam Okafor 48, of Brynmawr, is on bail.")
    assert not [f for f in facts if f[1] == "partOf"]


def test_joining_another_in_a_state_is_no_membership(extract):
    assert not [f for f in _facts(extract, "Newport joins Cardiff council in being judged in need of urgent support.")
                if f[1] == "partOf"]


@pytest.mark.parametrize("text", [
    "Kelby Housing is to merge with Barset Homes to create a landlord with 11,000 homes.",
    "Kelby Housing and Barset Homes have completed their merger.",
    "The merger between Kelby Housing and Barset Homes completed in May.",
])
def test_bodies_that_merge_are_partners(extract, text):
    assert {tuple(sorted([f[0], f[2]])) for f in _facts(extract, text) if f[1] == "partneredWith"} == {
        ("Barset Homes", "Kelby Housing")}


def test_a_post_after_a_kind_of_body_is_held_at_the_one_named_before(extract):
    facts = _facts(extract, "Kelby Museum, which the borough runs, won a grant.\n\nMuseum Manager Sam Okafor "
                            "added: \"We are delighted.\"")
    assert ("Sam Okafor", "partOf", "Kelby Museum") in {f[:3] for f in facts}


def test_a_headline_award_of_a_named_grant_is_a_passive(extract):
    found = extract("The museum will use the money for a review of its collections.",
                    title="Kelby City Museums awarded Barset Heritage Fund grant to support review")
    assert ("Barset Heritage Fund", "funded", "Kelby City Museums") in _triples(found.relations)
    assert ("Kelby City Museums", "funded", "Barset Heritage Fund") not in _triples(found.relations)


def test_re_appointed_keeps_both_names_of_a_pair(extract):
    facts = {f[:3] for f in _facts(extract, "Dr Ruth Mensah and Dr Sam Okafor have been re-appointed as members of the "
                                            "Barset Advisory Committee for three years.")}
    assert {("Ruth Mensah", "partOf", "Barset Advisory Committee"), ("Sam Okafor", "partOf", "Barset Advisory Committee")} <= facts


def test_a_prefixed_verb_is_the_verb(extract):
    assert ("Kelby Council", "appointed", "Sam Okafor") in {f[:3] for f in _facts(
        extract, "Kelby Council has re-appointed Sam Okafor as its chief executive.")}


def test_a_project_co_ordinated_in_partnership(extract):
    facts = _facts(extract, "The Kelby Streets project – co-ordinated by Groundwork UK in partnership with Barset Housing, "
                            "KLM and Lowmoor Access – will run in 20 areas.")
    assert {("Groundwork UK", "Barset Housing"), ("Groundwork UK", "Lowmoor Access")} <= {
        (f[0], f[2]) for f in facts if f[1] == "partneredWith"}


@pytest.mark.parametrize("text", [
    "Sam Okafor has been named by Barset County Council as its new director of children's services.",
    "Barset County Council has named Sam Okafor as its new director of children's services.",
])
def test_a_post_as_its_new_is_at_the_appointing_body(extract, text):
    assert ("Sam Okafor", "partOf", "Barset County Council") in {f[:3] for f in _facts(extract, text)}


def test_a_rating_word_inside_a_name_rates_nothing(extract):
    facts = {f[:3] for f in _facts(extract, "The regulator Ofgem also found that Good Kelby Energy had charged 900 "
                                            "households too much last winter.")}
    assert not [f for f in facts if f[1] == "inspected"]


def test_a_rating_word_after_find_still_rates(extract):
    assert ("Ofsted", "inspected", "Kelby Academy") in {f[:3] for f in _facts(
        extract, "Ofsted found Kelby Academy good in every area it looked at.")}


def test_names_posts_and_bodies_listed_between_commas(extract):
    facts = {f[:3] for f in _facts(extract, "The committee took evidence from Ruth Mensah, Permanent Secretary, Barset "
                                            "Department for Roads (BDR) and Sam Okafor, Chief Executive, Kelby Water "
                                            "Authority (KWA).")}
    assert {("Ruth Mensah", "partOf", "Barset Department for Roads"), ("Sam Okafor", "partOf", "Kelby Water Authority")} <= facts
    assert ("Ruth Mensah", "partOf", "Kelby Water Authority") not in facts


def test_a_known_bodys_name_ends_before_a_post_title(extract):
    facts = {f[:3] for f in _facts(extract, "Sam Okafor, Electoral Commission Director of Party Finance and Regulation, "
                                            "told us the returns were late.")}
    assert any(f[0] == "Sam Okafor" and f[1] == "partOf" and "Electoral Commission" in f[2] for f in facts)


def test_two_people_of_one_firm(extract):
    facts = {f[:3] for f in _facts(extract, "The trustees stay in post while Ruth Mensah and Sam Okafor of Kelby "
                                            "Barset LLP review the accounts.")}
    assert {("Ruth Mensah", "partOf", "Kelby Barset LLP"), ("Sam Okafor", "partOf", "Kelby Barset LLP")} <= facts


def test_an_unknown_word_fined_in_the_passive_is_a_body(extract):
    found = extract("In May 2021, Kelbet were fined £400,000 by the Gambling Commission after it missed warning signs.")
    assert ("Gambling Commission", "fined", "Kelbet") in _triples(found.relations)
    assert {r.object.type for r in found.relations if r.object.name == "Kelbet"} == {"Organisation"}


def test_a_penalty_with_no_one_named_falls_on_the_body_just_found_in_breach(extract):
    facts = _facts(extract, "After a review, the Gambling Commission found that Kelbet Arcades Limited breached a "
                            "condition of its licence. The Commission then imposed a £7,500 financial penalty.")
    assert ("Gambling Commission", "fined", "Kelbet Arcades Limited", "7500", "carried-object") in facts


def test_a_penalty_after_two_bodies_found_in_breach_falls_on_neither(extract):
    facts = _facts(extract, "After a review, the Gambling Commission found that Kelbet Arcades Limited and Barset Bingo "
                            "Limited breached conditions of their licences. The Commission then imposed a £7,500 financial "
                            "penalty.")
    assert not [f for f in facts if f[1] == "fined"]


def test_a_known_body_in_a_title_case_headline_ends_before_the_headlines_verb(extract):
    found = extract("The Office for Students, which regulates universities in England, imposed a £20,000 penalty on the "
                    "university for filing its accounts late.", title="Keele University Fined Over Late Accounts: What Staff Need to Know")
    assert "Keele University" in {e.name for e in found.entities}
    assert ("Office for Students", "fined", "Keele University") in relations_of(found)


def test_a_known_bodys_longer_name_in_a_sentence_case_headline_is_kept(extract):
    found = extract("The Norfolk County Council Pension Fund was named fund of the year.",
                    title="Norfolk County Council Pension Fund wins award")
    assert "Norfolk County Council Pension Fund" in {e.name for e in found.entities}


def test_starting_to_investigate_a_body_is_no_launch(extract):
    facts = _facts(extract, "The Kelby Commission started investigating the Barset Trust after complaints from donors.")
    assert not [f for f in facts if f[1] == "launched"]


def test_a_report_as_the_doer_with_two_inspectorates_is_not_attributed(extract):
    facts = _facts(extract, "Ofsted and the Care Quality Commission visited in May. The report rated Kelby Academy as "
                            "inadequate.")
    assert not [f for f in facts if f[1] == "inspected" and f[2] == "Kelby Academy"]


def test_a_reports_title_runs_on_through_its_subtitle(extract):
    found = extract("The institute warned in its report Kelby Public Health Spending: Who Pays For Prevention?, published "
                    "on Monday.")
    assert "Kelby Public Health Spending: Who Pays For Prevention" in {e.name.rstrip("?") for e in found.entities
                                                                       if e.type == "Publication"}


def test_a_titled_persons_name_does_not_run_on_through_for(extract):
    found = extract("The plan was backed by the cabinet. Liberal Democrat Barset Cllr Ruth Mensah for Lowmoor and Portfolio "
                    "Holder for Housing said the money was welcome.")
    assert "Ruth Mensah" in {e.name for e in found.entities if e.type == "Person"}
    assert not [e for e in found.entities if "for" in e.name.split()]


def test_a_known_bodys_name_ends_before_a_post_word(extract):
    found = extract("The Ofsted Inspector, Mr. R. Kelbrook was present to give the governors an overview of the visit.")
    assert "Ofsted Inspector" not in {e.name for e in found.entities}
    assert ("R. Kelbrook", "partOf", "Ofsted") in relations_of(found)


def test_a_subsidiary_is_part_of_its_group(extract):
    facts = {f[:3] for f in _facts(extract, "Lowmoor Bet Limited, a subsidiary of Barset Gaming Group, was fined £50,000 "
                                            "by the Gambling Commission.")}
    assert {("Lowmoor Bet Limited", "partOf", "Barset Gaming Group"),
            ("Gambling Commission", "fined", "Lowmoor Bet Limited")} <= facts


def test_what_a_group_owns_is_part_of_it(extract):
    facts = {f[:3] for f in _facts(extract, "Barset Gaming Group owns Lowmoor Bet Limited and Wexbury Bingo Limited.")}
    assert {("Lowmoor Bet Limited", "partOf", "Barset Gaming Group"), ("Wexbury Bingo Limited", "partOf", "Barset Gaming Group")} <= facts
    assert not {f for f in _facts(extract, "The council owns a 20 per cent stake in Lowmoor Airport.") if f[1] == "partOf"}


@pytest.mark.parametrize("text, fact", [
    pytest.param("Barset University was fined £10,000 last week. Vice-chancellor Prof Ruth Mensah said the "
                 "university would appeal.",
                 ("Ruth Mensah", "partOf", "Barset University"),
                 id="a_vice_chancellor_with_no_body_named_is_at_the_articles_university"),
    pytest.param("He thanked the finance manager and Sam Okafor from Lowmoor Consulting for their help with the "
                 "review.",
                 ("Sam Okafor", "partOf", "Lowmoor Consulting"),
                 id="a_person_from_a_firm_where_the_from_hangs_on_the_verb"),
    pytest.param("The Kelby Institute set out its case in its report Homes For Everyone: A Plan For Barset, which "
                 "came out on Monday.",
                 ("Kelby Institute", "published", "Homes For Everyone: A Plan For Barset"),
                 id="its_report_is_published_by_the_body_that_is_the_clauses_subject"),
    pytest.param("Hackney Council has opened a new library. Councillor Ruth Mensah, cabinet member for culture, "
                 "said it was a proud day for the borough.",
                 ("Ruth Mensah", "partOf", "London Borough of Hackney"),
                 id="the_council_is_a_body_whose_other_name_is_a_council"),
    pytest.param("The library opened on Monday. Sam Okafor, Hackney's director of digital services, said the new "
                 "booking system worked well.",
                 ("Sam Okafor", "partOf", "London Borough of Hackney"),
                 id="a_places_director_is_at_the_places_council"),
    pytest.param("Ruth Mensah will take over the leadership of Kelby Borough Council in May.",
                 ("Ruth Mensah", "partOf", "Kelby Borough Council"),
                 id="taking_over_the_leadership_of_a_body"),
    pytest.param("Estyn published its findings on Tuesday. The report came to governors from Her Majesty's "
                 "Inspector of Training, Owain Kelbrook, at the college.",
                 ("Owain Kelbrook", "partOf", "Estyn"),
                 id="a_crown_inspectors_remit_matches_the_inspectorates_official_name"),
    pytest.param("Barset Gaming Group, the owner of Lowmoor Bet Limited, was fined £50,000 by the Gambling Commission.",
                 ("Lowmoor Bet Limited", "partOf", "Barset Gaming Group"), id="the_owner_of_a_firm_has_it_as_part"),
    pytest.param("Barset Gaming Group, the parent company of Lowmoor Bet Limited, agreed to pay £50,000.",
                 ("Lowmoor Bet Limited", "partOf", "Barset Gaming Group"), id="the_parent_of_a_firm_has_it_as_part"),
    pytest.param("Barset Legal LLP, a Reading-based legal practice, was fined £5,000 by the Solicitors Regulation Authority.",
                 ("Barset Legal LLP", "locatedIn", "Reading"), id="a_town_before_based_is_a_place_even_where_it_is_also_a_word"),
    pytest.param("Barset Council’s leader Ruth Mensah and chief executive Sam Okafor signed the letter.",
                 ("Sam Okafor", "partOf", "Barset Council"), id="a_second_post_and_name_share_the_first_posts_body"),
    pytest.param("Sam Okafor, the Home Office’s special representative for the Balkans, will chair the panel.",
                 ("Sam Okafor", "partOf", "Home Office"), id="a_representative_holds_a_post"),
    pytest.param("The councils heard from the Home Office Deputy Director for Border Resilience Ruth Mensah outlining "
                 "the plan.",
                 ("Ruth Mensah", "partOf", "Home Office"), id="a_capitalised_remit_is_no_body_and_not_part_of_the_name"),
    pytest.param("The National Audit Office found that the Barset Rail Agency had failed to control its costs.",
                 ("National Audit Office", "criticised", "Barset Rail Agency"), id="a_regulator_finds_a_body_failed"),
    pytest.param("Audit Wales found serious mismanagement and weak controls at Kelby Town Council last year.",
                 ("Audit Wales", "criticised", "Kelby Town Council"), id="an_auditor_finds_mismanagement_at_a_body"),
    pytest.param("The Home Office is failing to track how the grants are spent, the government’s spending watchdog "
                 "warns. The National Audit Office looked at 40 schemes.",
                 ("National Audit Office", "criticised", "Home Office"), id="the_watchdog_warns_a_body_is_failing"),
    pytest.param("Ruth Mensah, who has sat on the board of the Lowmoor Trust since 2019, will chair the inquiry.",
                 ("Ruth Mensah", "partOf", "Lowmoor Trust"), id="sits_on_the_board_of"),
    pytest.param("Ruth Mensah sits on the Lowmoor Trust’s board and advises two councils.",
                 ("Ruth Mensah", "partOf", "Lowmoor Trust"), id="sits_on_its_board"),
    pytest.param("The Information Commissioner's Office issued Kelby Borough Council with an enforcement notice "
                 "over its late replies.",
                 ("Information Commissioner's Office", "criticised", "Kelby Borough Council"),
                 id="an_enforcement_notice_issued_to_a_body_criticises_it"),
    pytest.param("The Health and Safety Executive served an improvement notice on Kelby Leisure Trust after the fall.",
                 ("Health and Safety Executive", "criticised", "Kelby Leisure Trust"),
                 id="a_notice_served_on_a_body_criticises_it"),
    pytest.param("Ofsted imposed a formal warning on Barset Tots Nursery over staffing.",
                 ("Ofsted", "criticised", "Barset Tots Nursery"), id="a_warning_imposed_on_a_body_criticises_it"),
    pytest.param("Lowmoor Academy was praised by parents. The school joined the Barset Learning Trust in 2015.",
                 ("Lowmoor Academy", "partOf", "Barset Learning Trust"), id="the_school_is_the_academy_named_before"),
    pytest.param("Harbourside Housing has appointed Dana Whitfield as chair after a long search.",
                 ("Dana Whitfield", "partOf", "Harbourside Housing"), id="a_bare_post_a_body_appoints_to_is_its_own"),
    pytest.param("The Kelby Trust appointed Omar Reid as interim director of finance last week.",
                 ("Omar Reid", "partOf", "Kelby Trust"), id="a_bare_post_with_a_remit_is_the_appointers_own"),
    pytest.param("Cheshire and Merseyside integrated care system has hired Omar Reid as its finance director.",
                 ("Omar Reid", "partOf", "Cheshire and Merseyside integrated care system"),
                 id="places_and_a_bodys_kind_in_lower_case_name_a_body"),
    pytest.param("Lincolnshire ICB has named Priya Shah as its new chair.",
                 ("Priya Shah", "partOf", "NHS Lincolnshire Integrated Care Board"),
                 id="an_integrated_care_board_named_without_its_nhs"),
    pytest.param("Acorn Vale Health Trust has signed a deal with Norvell for IT services across its wards.",
                 ("Acorn Vale Health Trust", "partneredWith", "Norvell"), id="a_name_does_not_run_on_into_a_common_phrase"),
    pytest.param("A GP surgery in the town has been rated inadequate by the Care Quality Commission. Inspectors "
                 "said Elmfield Medical Centre kept poor records of its medicines.",
                 ("Care Quality Commission", "inspected", "Elmfield Medical Centre"),
                 id="a_gp_surgery_is_the_medical_centre_named_next"),
    pytest.param("Harbour Vale NHS Trust has awarded a five-year cleaning contract to Kestrix Ltd after a tender.",
                 ("Harbour Vale NHS Trust", "appointed", "Kestrix Ltd"), id="a_contract_awarded_to_a_supplier_appoints_it"),
    pytest.param("The catering contract was awarded to Dunmore Services by Kelby Borough Council in March.",
                 ("Kelby Borough Council", "appointed", "Dunmore Services"), id="a_contract_awarded_in_the_passive"),
    pytest.param("Kelby Borough Council has chosen Dunmore Services as its sole supplier of school meals.",
                 ("Kelby Borough Council", "appointed", "Dunmore Services"), id="a_body_chosen_as_supplier_is_appointed"),
    pytest.param("Wexbury Borough Council has confirmed Dana Whitfield as its new chief executive after a long search.",
                 ("Wexbury Borough Council", "appointed", "Dana Whitfield"), id="a_body_confirming_someone_in_a_post_appoints_them"),
    pytest.param("Det Ch Supt Rhona Blake, head of major crime at Barset Police, said more arrests were likely.",
                 ("Rhona Blake", "partOf", "Barset Police"), id="police_ranks_are_titles_not_names"),
])
def test_posts_publications_and_bodies_in_news_wording(extract, text, fact):
    assert fact in {f[:3] for f in _facts(extract, text)}


@pytest.mark.parametrize("text, fact", [
    pytest.param("The money comes from £30,000 recently awarded to the Wexbury Youth Project by the Kelby "
                 "Foundation as part of its spring grants round.",
                 ("Kelby Foundation", "funded", "Wexbury Youth Project", "30000", "passive"),
                 id="a_sum_awarded_to_a_project_by_a_funder"),
    pytest.param("Each scheme can receive up to £20,000 and is run by Barset Enterprise, a regional agency funded "
                 "by the Wexbury Combined Authority.",
                 ("Wexbury Combined Authority", "funded", "Barset Enterprise", None, "participle"),
                 id="a_body_described_as_funded_takes_no_sum_from_the_rest_of_the_sentence"),
    pytest.param("Ofsted visited the school in May. The report rated Kelby Academy as inadequate.",
                 ("Ofsted", "inspected", "Kelby Academy", None, "implied-agent"),
                 id="a_report_as_the_doer_of_a_rating_stands_for_the_articles_inspectorate"),
    pytest.param("The National Lottery Heritage Fund awarded £250,000 for the restoration of Lowmoor Hall.",
                 ("National Lottery Heritage Fund", "funded", "Lowmoor Hall", "250000", "active"),
                 id="a_grant_for_the_restoration_of_a_building_funds_it"),
    pytest.param("The Environment Agency brought the case. Kelby Water Ltd was told to pay a £12,000 fine plus "
                 "£12,000 in costs.",
                 ("Environment Agency", "fined", "Kelby Water Ltd", "12000", "implied-agent"),
                 id="a_fine_written_the_same_as_the_costs_keeps_its_sum"),
    pytest.param("Kelby Water Ltd was fined £8,000 for polluting the Lowmoor Brook.\n\nThe hearing took place "
                 "at Barset Magistrates' Court last week.",
                 ("Barset Magistrates' Court", "fined", "Kelby Water Ltd", "8000", "implied-agent"),
                 id="the_court_named_in_the_next_paragraph_fines"),
    pytest.param("Kelby Water admitted the offences at Wexbury Crown Court.\n\nThe judge fined Kelby Water "
                 "£1.2m for the spills.",
                 ("Wexbury Crown Court", "fined", "Kelby Water", "1200000", "implied-agent"),
                 id="the_judge_stands_for_the_court_named_nearby"),
    pytest.param("The Environment Agency brought the case. The ruling follows a £40,000 fine handed to Barset Water "
                 "for sewage spills.",
                 ("Environment Agency", "fined", "Barset Water", "40000", "implied-agent"),
                 id="a_fine_handed_to_a_body_as_a_participle"),
    pytest.param("A care home in Kelby has been fined £30,000 for failing its residents.\n\nAt Barset Magistrates’ "
                 "Court yesterday, Lowmoor House Care Home admitted three offences.",
                 ("Barset Magistrates' Court", "fined", "Lowmoor House Care Home", "30000", "implied-agent"),
                 id="a_care_home_is_the_care_home_named_next"),
    pytest.param("The Care Quality Commission issued a notice after two inspections at Lowmoor House Care Home in "
                 "Kelby.",
                 ("Care Quality Commission", "inspected", "Lowmoor House Care Home", None, "implied-agent"),
                 id="inspections_at_a_place_inspect_it"),
    pytest.param("Ofsted wrote to Barset Primary School in June. Inspectors rated the school good.",
                 ("Ofsted", "inspected", "Barset Primary School", None, "active"),
                 id="the_school_is_the_school_named_before"),
    pytest.param("Kelby Youth Club is funded through the Barset Community Fund.",
                 ("Barset Community Fund", "funded", "Kelby Youth Club", None, "passive"),
                 id="funded_through_a_fund_names_the_funder"),
])
def test_sums_and_agents_in_news_wording(extract, text, fact):
    assert fact in _facts(extract, text)


@pytest.mark.parametrize("text", [
    "Kelby Water, which is owned by Barset Utilities Group, was fined £2m by the regulator.",
    "Kelby Water, owned by Barset Utilities Group, was fined £2m by the regulator.",
])
def test_what_is_owned_by_a_group_is_part_of_it_not_the_other_way_round(extract, text):
    facts = {f[:3] for f in _facts(extract, text)}
    assert ("Kelby Water", "partOf", "Barset Utilities Group") in facts
    assert ("Barset Utilities Group", "partOf", "Kelby Water") not in facts


def test_a_firm_of_a_town_and_its_county_is_located_in_the_town(extract):
    facts = {f[:3] for f in _facts(extract, "Kelby Law Solicitors of Warrington, Cheshire was fined £2,894 on 18 March by the SRA.")}
    assert {("Solicitors Regulation Authority", "fined", "Kelby Law Solicitors"),
            ("Kelby Law Solicitors", "locatedIn", "Warrington")} <= facts


def test_a_firm_of_an_unknown_town_and_its_county_is_what_was_fined(extract):
    facts = {f[:3] for f in _facts(extract, "Kelby Law LLP of Lymm, Cheshire was fined £2,894 on 18 March by the SRA.")}
    assert ("Solicitors Regulation Authority", "fined", "Kelby Law LLP") in facts
    assert not [f for f in facts if f[1] == "fined" and f[2] != "Kelby Law LLP"]



def test_a_court_after_a_paragraph_on_another_fine_is_that_cases(extract):
    facts = _facts(extract, "Kelby Water Ltd was fined £8,000 for polluting the Lowmoor Brook.\n\nIn a separate "
                            "case, Barset Ltd was fined £3,000 at Wexbury Magistrates' Court.")
    assert ("Wexbury Magistrates' Court", "fined", "Barset Ltd", "3000", "court-venue") in facts
    assert not {f for f in facts if f[2] == "Kelby Water Ltd"}


def test_a_name_joined_to_a_post_holder_with_a_title_and_its_own_body_keeps_its_own(extract):
    facts = {f[:3] for f in _facts(extract, "Kelby Council’s leader Ruth Mensah and Professor Sam Okafor, Barset "
                                            "University’s vice-chancellor, signed the deal.")}
    assert ("Sam Okafor", "partOf", "Barset University") in facts
    assert ("Sam Okafor", "partOf", "Kelby Council") not in facts


def test_a_remit_after_a_post_with_no_body_before_it_is_the_body(extract):
    facts = {f[:3] for f in _facts(extract, "The Principal of Lowmoor College, Sam Okafor, welcomed the news.")}
    assert ("Sam Okafor", "partOf", "Lowmoor College") in facts


def test_one_of_those_funded_is_the_name_after_is(extract):
    facts = _facts(extract, "The Kelby Community Fund has announced its spring grants.\n\nOne of the projects to "
                            "get funding is Barset Food Bank.")
    assert ("Kelby Community Fund", "funded", "Barset Food Bank", None, "implied-agent") in facts


def test_one_body_described_as_funded_is_the_name_after_is(extract):
    facts = _facts(extract, "The Kelby Community Fund gave out grants this year.\n\nOne charity that received a grant "
                            "from the fund is Barset Food Bank.")
    assert ("Kelby Community Fund", "funded", "Barset Food Bank") in {f[:3] for f in facts}


def test_a_total_shared_among_many_is_no_one_bodys_sum(extract):
    facts = _facts(extract, "Some £40m has been awarded to 1,200 local projects by the Kelby Community Fund.\n\nOne "
                            "of the projects to get funding is Barset Food Bank.")
    assert ("Kelby Community Fund", "funded", "Barset Food Bank", None, "implied-agent") in facts


def test_a_nation_where_funding_is_spent_is_not_funded(extract):
    facts = _facts(extract, "Ruth Mensah, director at the Kelby Foundation, said: “Hundreds of groups will benefit "
                            "from Kelby Foundation funding this winter in England.”")
    assert not [f for f in facts if f[1] == "funded" and f[2] == "England"]


@pytest.mark.parametrize("text", [
    pytest.param("The National Audit Office said that the Barset Rail Agency had not failed to control its costs.",
                 id="denied"),
    pytest.param("Kelby Council said that Barset Waste Ltd had failed to collect the bins.", id="not_a_regulator"),
])
def test_what_is_no_finding_of_failure(extract, text):
    assert not [f for f in _facts(extract, text) if f[1] == "criticised"]


def test_a_body_rolling_out_another_makers_product_uses_it(extract):
    facts = {f[:3] for f in _facts(extract, "Kelby Council is rolling out Microsoft Teams across its offices.")}
    assert ("Kelby Council", "uses", "Microsoft Teams") in facts
    assert ("Kelby Council", "launched", "Microsoft Teams") not in facts
    own = {f[:3] for f in _facts(extract, "Kelby Council launched Kelby Connect, an app for residents.")}
    assert ("Kelby Council", "launched", "Kelby Connect") in own


def test_a_role_taken_as_an_office_named_for_its_body_is_a_post_there(extract):
    facts = {f[:3] for f in _facts(extract, "Ruth Mensah took up her new role as Chief Inspector of Probation in 2021.")}
    assert ("Ruth Mensah", "partOf", "HM Inspectorate of Probation") in facts
    assert not {f for f in _facts(extract, "Ruth Mensah described him as the Chief Inspector of Probation.") if f[1] == "partOf"}


def test_an_office_named_as_the_post_appoints_no_one(extract):
    facts = _facts(extract, "The minister announced the appointment of Ruth Mensah as His Majesty’s Chief Inspector of "
                            "Prisons.")
    assert not [f for f in facts if f[1] == "appointed"]


def test_an_indefinite_provider_is_not_the_regulator_named_next(extract):
    facts = _facts(extract, "A care provider has been ordered to pay £8,000 by Barset Magistrates’ Court. The Care "
                            "Quality Commission brought the prosecution.")
    assert not [f for f in facts if f[2] == "Care Quality Commission"]


def test_partners_at_a_firm_are_no_audit_of_it(extract):
    facts = _facts(extract, "The Financial Reporting Council fined Kelby Audit LLP £2m, and audit partners at the firm "
                            "were fined too.")
    assert not [f for f in facts if f[1] == "inspected"]


def test_each_of_two_posts_and_names_joined_by_and_has_its_own_body(extract):
    facts = {f[:3] for f in _facts(extract, "Kelby University’s Vice Chancellor, Prof Ruth Mensah, and Barset Hospitals "
                                            "NHS Trust chair, Prof Sam Okafor, opened the new building.")}
    assert ("Ruth Mensah", "partOf", "Kelby University") in facts
    assert ("Sam Okafor", "partOf", "Barset Hospitals NHS Trust") in facts
    assert ("Sam Okafor", "partOf", "Kelby University") not in facts


def test_a_place_with_no_one_council_is_no_partner(extract):
    found = {(r.subject.name, r.predicate, r.object.name) for r in extract(
        "The deal was welcomed.", title="Partnership signed between Barset University and Thames Valley hospitals for "
                                        "nurse training").relations}
    assert not [f for f in found if f[1] == "partneredWith" and "Thames Valley" in (f[0], f[2])]


def test_a_capitalised_remit_after_a_bodys_post_is_not_its_body(extract):
    facts = _facts(extract, "Councils were written to by the MHCLG Deputy Director for Local Government Finance Max "
                            "Okafor about budgets.")
    assert not [f for f in facts if f[0] == "Max Okafor" and f[2] == "Local Government"]


def test_a_penalty_notice_is_a_fine_not_a_criticism(extract):
    facts = {f[:3] for f in _facts(extract, "The Care Quality Commission handed a fixed penalty notice to Kelby Care Ltd.")}
    assert ("Care Quality Commission", "fined", "Kelby Care Ltd") in facts
    assert ("Care Quality Commission", "criticised", "Kelby Care Ltd") not in facts


def test_a_body_described_with_a_place_is_located_there(extract):
    facts = {f[:3] for f in _facts(extract, "Kelby Aid, a small charity in Barset, was fined £2,000.")}
    assert ("Kelby Aid", "locatedIn", "Barset") in facts
    wide = _facts(extract, "The Kelby Trust, the largest funder of youth work in the UK, gave £2m.")
    assert not [f for f in wide if f[1] == "locatedIn"]


def test_a_bare_post_is_not_the_appointers_when_the_sentence_names_another_body(extract):
    text = ("HM Treasury, acting on the advice of the Barset Conduct Authority's board, has appointed Omar Reid as "
            "interim chief executive.")
    assert ("Omar Reid", "partOf", "HM Treasury") not in _triples(extract(text).relations)


def test_the_project_is_never_a_fund_named_before(extract):
    text = ("The Harbour Regeneration Fund opened to bids this spring. Kelby Borough Council will receive £2m in "
            "funding for the project, the borough said.")
    assert not any(r.object.name == "Harbour Regeneration Fund" for r in extract(text).relations)


def test_a_ranked_lists_numbered_headings_under_a_headline_of_fines(extract):
    text = ("Regulators handed out fewer penalties this year, though some were large.\n\n"
            "3. Kelby Water Ltd – £4.5m\n\nThe supplier let sewage into two rivers over three summers.\n\n"
            "2. Barset Energy plc – £7m\n\nThe firm overcharged customers on prepayment meters.")
    found = extract(text, title="The largest Ofwat fines of the decade")
    got = {(r.subject.name, r.predicate, r.object.name, r.amount.value if r.amount else None) for r in found.relations}
    assert {("Ofwat", "fined", "Kelby Water Ltd", 4500000), ("Ofwat", "fined", "Barset Energy plc", 7000000)} <= got


def test_one_numbered_heading_or_a_headline_of_one_fine_makes_no_ranked_list(extract):
    found = extract("1. Kelby Water Ltd – £4.5m\n\nThe supplier let sewage into two rivers.",
                    title="The largest Ofwat fines of the decade")
    assert not any(r.rule.startswith("listed-sum") for r in found.relations)


@pytest.mark.parametrize("text, amount", [
    pytest.param("Barset City Council founded Barset Power Ltd in 2016 and has since put more than £12m into the firm.",
                 None, id="a_sum_under_a_verb_joined_to_the_founding_is_not_the_creations"),
    pytest.param("Barset City Council launched the £10 million Harbour Homes Programme in May.",
                 10000000, id="a_launch_keeps_the_sum_written_with_it"),
])
def test_a_creation_or_launch_keeps_only_the_sum_written_with_it(extract, text, amount):
    found = [r for r in extract(text).relations if r.predicate in {"created", "launched"}]
    assert found and all((r.amount.value if r.amount else None) == amount for r in found)


def test_would_in_a_reported_clause_is_a_reported_will(extract):
    text = "The minister confirmed that Kelby Borough Council would receive £2m from the Harbour Towns Fund."
    assert ("Harbour Towns Fund", "funded", "Kelby Borough Council", "2000000", "inverse") in _facts(extract, text)


@pytest.mark.parametrize("text", [
    pytest.param("The regulator said Kelby Water Ltd would have received a far larger penalty had it not owned up.",
                 id="would_have_is_what_did_not_happen"),
    pytest.param("The minister said Kelby Borough Council would receive £2m from the Harbour Towns Fund if its bid improved.",
                 id="would_with_a_condition_is_only_supposed"),
])
def test_would_that_only_supposes_states_nothing(extract, text):
    assert not [r for r in extract(text).relations if r.predicate in {"fined", "funded"}]


def test_two_people_working_alongside_each_other_are_not_partners(extract):
    text = "Dr Rhona Blake will work alongside Barset NHS Trust's chief executive Omar Reid from May."
    assert not [r for r in extract(text).relations if r.predicate == "partneredWith"]


def test_a_post_an_appointment_names_is_not_the_body_it_is_at(extract):
    text = "Barset County Council has announced the appointment of a new chief fire officer for Barset Fire and Rescue Service."
    assert not [r for r in extract(text).relations if r.predicate == "appointed" and r.object.type == "Organisation"]


def test_an_announced_appointee_chosen_to_take_up_the_post(extract):
    text = ("Barset County Council has announced the appointment of a new director of public health. Omar Reid has been "
            "chosen to take up the post in June after a national search.")
    assert ("Barset County Council", "appointed", "Omar Reid") in {f[:3] for f in _facts(extract, text)}


def test_a_police_and_crime_commissioner_is_an_office_not_the_forces_post(extract):
    found = extract("The plan was agreed on Friday. Kent Police and Crime Commissioner Sam Okafor said it would cut burglary.")
    assert not {e.name for e in found.entities} & {"Crime Commissioner", "Kent Police"}
    assert not [r for r in found.relations if r.object.name in {"Kent Police", "Crime Commissioner"}]


@pytest.mark.parametrize("text, party", [
    ("The vote was taken on Monday. Conservative councillor Sam Okafor said the budget was fair.", "Conservative Party"),
    ("The vote was taken on Monday. Liberal Democrat health spokesperson Sam Okafor said the cuts went too far.",
     "Liberal Democrats"),
])
def test_a_party_written_as_an_adjective_is_the_party(extract, text, party):
    assert ("Sam Okafor", "partOf", party) in relations_of(extract(text))


def test_its_post_opening_a_sentence_is_at_the_body_the_sentence_before_was_about(extract):
    found = extract("The Office of Rail and Road published its findings on Tuesday. "
                    "Its chief executive, Sam Okafor, said the railway had to do better.")
    assert ("Sam Okafor", "partOf", "Office of Rail and Road") in relations_of(found)
    unowned = extract("Sam Lowe wrote to the trust on Tuesday. Its chief executive, Sam Okafor, said the railway had to do better.")
    assert not [r for r in unowned.relations if r.subject.name == "Sam Okafor"]


def test_an_acronym_no_list_knows_before_a_post_is_the_body_the_post_is_in(extract):
    found = extract("The talks ended on Monday. The outspoken PCS general secretary, Sam Okafor, said the strike would go on.")
    assert ("Sam Okafor", "partOf", "PCS") in relations_of(found)
    assert not extract("The talks ended on Monday. The SEND officer, Sam Okafor, said the plan was late.").relations


def test_a_post_after_an_inverted_says_is_read_before_the_name(extract):
    found = extract('The sites will be cleared. "It is a fresh start for the town," says Home Office minister, Sam Okafor.')
    assert ("Sam Okafor", "partOf", "Home Office") in relations_of(found)


def test_the_second_of_two_copular_clauses_joined_by_and_keeps_its_post(extract):
    found = extract("The panel met on Monday. Sam Lowe is deputy director and Sam Okafor is chair of the Kelby Housing Trust.")
    assert ("Sam Okafor", "partOf", "Kelby Housing Trust") in relations_of(found)


@pytest.mark.parametrize("text, name", [
    ("Grants come from the Coast, Moorland and Rivers Fund this year.", "Coast, Moorland and Rivers Fund"),
    ("The figures come from the Coastal Economy Finance and Skills Consortium this year.",
     "Coastal Economy Finance and Skills Consortium"),
])
def test_a_name_whose_field_is_a_list_is_one_name(extract, text, name):
    assert entity_named(extract(text), name)


@pytest.mark.parametrize("text, names", [
    ("The bid was backed by the Home Office, Treasury and Cabinet Office last year.", {"Home Office", "Treasury", "Cabinet Office"}),
    ("Sam Okafor, Director of Arts and Heritage, Kelby Culture Trust, said it was good news.", {"Kelby Culture Trust"}),
])
def test_lists_of_bodies_and_a_posts_field_are_no_one_name(extract, text, names):
    assert names <= {e.name for e in extract(text).entities}
    assert not [e for e in extract(text).entities if "," in e.name or e.name.startswith("Arts")]


def test_a_fund_introduced_as_new_is_the_fund_named_next(extract):
    found = extract("Kelby Borough Council has launched a new £2m fund to restore its parks. "
                    "The Kelby Green Spaces Fund opens for bids in May.")
    assert ("Kelby Borough Council", "launched", "Kelby Green Spaces Fund") in relations_of(found)


def test_a_headline_verb_after_to_that_the_text_writes_in_lower_case_is_no_name(extract):
    found = extract("The grant will be used to regenerate the harbour quarter.", title="Barset Council Gets £3m to Regenerate Harbour Quarter")
    assert not [e for e in found.entities if e.name.startswith("Regenerate")]
    assert entity_named(found, "Barset Council")


@pytest.mark.parametrize("title", ["Barset Council Unveils £2m Plan to Revive Its Markets", "Barset Council Backs New Plan for Its Markets"])
def test_a_headline_verb_the_tagger_ran_into_a_bodys_name_is_cut_off(extract, title):
    found = extract("The plan was agreed on Monday.", title=title)
    assert "Barset Council" in {e.name for e in found.entities}
    assert not [e for e in found.entities if e.name.startswith("Barset Council ")]


@pytest.mark.parametrize("text, rating", [
    ("Ofsted published its reports on Friday. Kelby Sixth Form College slipped from good to requires improvement.",
     "requires improvement"),
    ("Ofsted published its reports on Friday. Barset Training Limited climbed from good to outstanding in every area.",
     "outstanding"),
])
def test_a_provider_moving_between_grades_was_inspected_by_the_articles_regulator(extract, text, rating):
    [found] = [r for r in extract(text).relations if r.predicate == "inspected"]
    assert (found.subject.name, found.rating) == ("Ofsted", rating) and found.confidence < 0.5


def test_a_place_and_utc_name_a_university_technical_college(extract):
    found = extract("The reports were published on Friday. Wigan UTC was judged inadequate by Ofsted.")
    assert ("Ofsted", "inspected", "Wigan UTC") in relations_of(found)


def test_a_provider_described_again_before_its_name_is_the_one_described(extract):
    found = extract("It was a good week for colleges, while a private training provider was rated inadequate. "
                    "Kelby College earned its best report yet. Meanwhile, private training provider Acme Skills "
                    "Limited was told to improve quickly.", title="Ofsted reports this week")
    ratings = {(r.object.name, r.rating) for r in found.relations if r.predicate == "inspected"}
    assert ("Acme Skills Limited", "inadequate") in ratings and ("Kelby College", "inadequate") not in ratings


def test_a_firm_named_in_capitals_as_registers_print_it_is_a_body(extract):
    found = extract("The contract was awarded in June, with Barset District Council selecting KELBY HOUSING SOFTWARE LIMITED "
                    "as the supplier.")
    assert ("Barset District Council", "appointed", "KELBY HOUSING SOFTWARE LIMITED") in relations_of(found)
    assert not [e for e in extract("COUNCIL FINES ACME LIMITED FOR LATE PAYMENTS", title="News").entities if e.name.endswith("LIMITED")]


def test_a_quoted_title_right_after_its_kind_is_typed_by_it(extract):
    found = extract("The funding follows the union’s paper ‘Tyfu Gyda’n Gilydd’ in 2019.")
    assert entity_named(found, "Tyfu Gyda'n Gilydd").type == "Publication"


def test_the_one_body_said_to_fund_projects_gives_the_listed_grants(extract):
    found = extract("The Barset Foundation has funded twelve projects this year.\n\n"
                    "The projects being funded in this round are:\n\n"
                    "Kelby Bowls Club, Whitby – £12,000 towards a new pavilion.\n\n"
                    "Reedley Youth Theatre – £8,000 to buy lighting.")
    facts = {(r.subject.name, r.predicate, r.object.name, r.amount.text if r.amount else None) for r in found.relations}
    assert {("Barset Foundation", "funded", "Kelby Bowls Club", "£12,000"), ("Barset Foundation", "funded", "Reedley Youth Theatre", "£8,000")} <= facts


def test_a_participle_set_off_after_a_name_describes_that_name(extract):
    found = extract("The figures appear in a study issued this week by the Kelby Commission, set up by the Barset Trust "
                    "and chaired by Sam Okafor.")
    assert {("Barset Trust", "created", "Kelby Commission"), ("Sam Okafor", "partOf", "Kelby Commission")} <= relations_of(found)


def test_sums_each_followed_by_the_name_they_go_to_are_that_names_grants(extract):
    found = extract("The Kelby Trust has funded pools across the county. In total £2m has been allocated, with £1.2m going "
                    "to Barset Leisure Centre, £500,000 to Wexbury Sports Centre and £300,000 for the Kelby Lido Trust.")
    grants = {(r.object.name, r.amount.text if r.amount else None) for r in found.relations if r.predicate == "funded"}
    assert grants == {("Barset Leisure Centre", "£1.2m"), ("Wexbury Sports Centre", "£500,000"), ("Kelby Lido Trust", "£300,000")}
    assert not [r for r in extract("The Kelby Trust has funded pools. The cuts cost £2m to Barset Council and £1m to "
                                   "Wexbury Council, the report found.").relations if r.object.name.endswith("Council")]


def test_a_post_after_as_in_a_fronted_phrase_is_the_names(extract):
    found = extract("The plan was agreed. In her first speech as chair of the Kelby Housing Trust, Sam Okafor said it was good.")
    assert ("Sam Okafor", "partOf", "Kelby Housing Trust") in relations_of(found)
    assert not extract("The plan was agreed. Known as the voice of the Kelby Housing Trust, Sam Okafor said it was good.").relations


@pytest.mark.parametrize("text, amount", [
    ("The Kelby Foundation has awarded £60m to arts groups. Barset Arts will see its funding climb from £2 million in "
     "2024 to almost £4 million.", "£4 million"),
    ("The Kelby Foundation's allocation of £40,000 to Barset Youth Theatre will pay for a new stage.", "£40,000"),
])
def test_a_sum_that_changes_is_given_at_its_new_value_and_an_allocation_is_a_grant(extract, text, amount):
    [grant] = [r for r in extract(text).relations if r.predicate == "funded"]
    assert grant.subject.name == "Kelby Foundation" and grant.amount.text == amount


def test_a_party_before_a_members_seat_is_the_party_and_a_constituency_no_body(extract):
    found = extract("The vote on Monday was close. Conservative MP Sam Okafor said the report was clear. Sam Lowe was MP "
                    "for Kelby Central until 2019.")
    assert ("Sam Okafor", "partOf", "Conservative Party") in relations_of(found)
    assert not [r for r in found.relations if r.subject.name == "Sam Lowe"]


@pytest.mark.parametrize("text, person, body", [
    ("Funding rose again. The chair of the Barset Museums Trust's board, Sam Okafor, said the figures were welcome.",
     "Sam Okafor", "Barset Museums Trust"),
    ("The chair of the Kelby Arts Council's Board of Trustees, Dame Jo Wells, said she was pleased.", "Jo Wells", "Kelby Arts Council"),
])
def test_a_post_on_a_bodys_board_before_the_name_is_a_post_at_the_body(extract, text, person, body):
    assert (person, "partOf", body) in relations_of(extract(text))


def test_a_unit_named_with_of_and_its_owner_is_part_of_the_owner(extract):
    found = extract("The Enforcement Panel (the Panel) of the Barset Housing Authority met in March to weigh the case.")
    assert ("Enforcement Panel", "partOf", "Barset Housing Authority") in relations_of(found)
    assert not extract("The Youth Justice Board of England and Wales set out its plans on Monday.").relations


@pytest.mark.parametrize("text, tagged, name", [
    ("The regulator fined challenger bank Barset Bank on Wednesday.", "challenger bank Barset Bank", "Barset Bank"),
    ("The trusts signed a deal with AI company Kelby Health Ltd on Friday.", "AI company Kelby Health Ltd", "Kelby Health Ltd"),
])
def test_a_describing_noun_before_a_name_is_no_part_of_it(extractor, text, tagged, name):
    from kg.extract.name_edges import trim_edges
    from kg.vocab.lexicon import type_rules

    doc = extractor.nlp(text)
    start = next(t.i for t in doc if doc[t.i:].text.startswith(tagged))  # a tagger's span, the description and all
    end = start + len(extractor.nlp.make_doc(tagged))
    assert doc[slice(*trim_edges(doc, start, end, "ORG", type_rules()))].text == name


def test_a_firm_described_first_may_be_named_after_a_sentence_more_on_it(extract):
    found = extract("The Kelby Regulator has served a Barset company with a penalty of £30,000 for spam texts. The regulator "
                    "cut the sum after looking at the company's accounts. Acme Windows Limited describes itself as a firm "
                    "that sells glazing.")
    assert ("Kelby Regulator", "fined", "Acme Windows Limited") in relations_of(found)
    found = extract("A Luton firm was fined £20,000 by the Kelby Regulator. It is the fourth such penalty this year. A "
                    "regulator inquiry found Acme Glazing Ltd, of Mill Lane, Luton, had ignored the rules which apply.")
    assert ("Kelby Regulator", "fined", "Acme Glazing Ltd") in relations_of(found)


def test_the_company_is_no_regulator_named_before_it(extract):
    found = extract("The Information Commissioner's Office fined Acme Glazing Ltd £9,000. \u201cWe work with other "
                    "regulators, including Ofcom, on this,\u201d a spokesman said. The ICO also issued the company with a "
                    "formal enforcement notice.")
    assert not [r for r in found.relations if "Ofcom" in (r.subject.name, r.object.name)]
    assert ("Information Commissioner's Office", "criticised", "Acme Glazing Ltd") in relations_of(found)


def test_people_appointed_with_no_body_named_join_the_body_the_sentence_before_was_about(extract):
    found = extract("The Kelby Arts Trust is delighted to welcome two new members to its board. Sam Okafor and Jo Wells have "
                    "been appointed as Trustees.")
    assert {("Sam Okafor", "partOf", "Kelby Arts Trust"), ("Jo Wells", "partOf", "Kelby Arts Trust")} <= relations_of(found)
    assert not [r for r in extract("Kelby Council set its budget on Monday. Jo Wells was appointed as chair by the "
                                   "mayor.").relations if r.predicate == "partOf"]


def test_people_appointed_with_no_body_named_on_a_bodys_own_page_join_that_body(extract):
    found = extract("The Kelby Arts Trust was founded in 1990. Its founder said it had grown. Sam Okafor was appointed chair "
                    "in 2019.", title="Kelby Arts Trust")
    assert ("Sam Okafor", "partOf", "Kelby Arts Trust") in relations_of(found)
    other = extract("The Kelby Arts Trust was founded in 1990. Its founder said it had grown. Sam Okafor was appointed chair "
                    "in 2019.", title="Kelby Arts Trust and Barset Council sign a deal")
    assert not [r for r in other.relations if r.predicate == "partOf" and r.subject.name == "Sam Okafor"]


def test_a_committee_of_a_body_is_part_of_it(extract):
    assert ("Kelby Audit Panel", "partOf", "Barset Council") in relations_of(
        extract("The Kelby Audit Panel is a committee of Barset Council."))


def test_a_bodys_board_is_named_as_the_body(extract):
    found = extract("Sam Okafor joins Kelby Hospitals NHS Foundation Trust Board", title="Sam Okafor joins Kelby Hospitals NHS Foundation Trust Board")
    assert ("Sam Okafor", "partOf", "Kelby Hospitals NHS Foundation Trust") in relations_of(found)
    assert entity_named(extract("The Youth Justice Board met on Monday."), "Youth Justice Board") is not None


def test_a_possessive_inside_a_bodys_name_makes_no_owner(extract):
    found = extract("The centre, a body led by King\u2019s College London and Guy\u2019s and St Thomas\u2019 NHS Foundation Trust, "
                    "has built three tools. The first sites will be Barset General NHS Trust, King\u2019s College Hospital "
                    "NHS Foundation Trust as well as Kelby Hospitals NHS Trust.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


def test_two_bodies_that_both_signed_an_agreement_did_not_sign_with_each_other(extract):
    found = extract("Barset General NHS Trust in Luton and Wye Valley NHS Trust in Hereford have both signed the deal, "
                    "which lets the firm see the records.")
    assert not [r for r in found.relations if r.predicate == "partneredWith"]
    assert {("Barset General NHS Trust", "locatedIn", "Luton"), ("Wye Valley NHS Trust", "locatedIn", "Hereford")} <= relations_of(found)
    assert ("Barset Incubator for Public Data", "partneredWith", "NHS England") in relations_of(
        extract("The Barset Incubator for Public Data and NHS England have signed an agreement to work together on research."))


def test_a_name_ending_in_a_nations_name_is_a_body_not_a_person(extract):
    found = extract("Sam Okafor, chief executive of Migraine UK, said the figures were stark.")
    assert entity_named(found, "Migraine UK").type == "Organisation"
    assert ("Sam Okafor", "partOf", "Migraine UK") in relations_of(found)


def test_a_formal_association_with_a_body_is_a_partnership(extract):
    found = extract("The Kelby Deaf Society announced a formal association with the Barset Hearing Trust on Monday.")
    assert ("Kelby Deaf Society", "partneredWith", "Barset Hearing Trust") in relations_of(found)
    assert not extract("Kelby Homes is a housing association with 3,000 homes across Barset.").relations


def test_two_names_given_apart_and_then_joined_by_and_stay_two(extract):
    found = extract("Sam Okafor, head of the Kelby Society for Deaf People, spoke first. Jo Wells chairs the Barset Hearing "
                    "Society. The Kelby Society for Deaf People and Barset Hearing Society have agreed to share an office.")
    names = {e.name for e in found.entities}
    assert {"Kelby Society for Deaf People", "Barset Hearing Society"} <= names
    assert "Kelby Society for Deaf People and Barset Hearing Society" not in names


def test_ads_for_or_by_a_firm_banned_by_a_regulator_are_against_the_firm(extract):
    found = extract("Radio ads for Kelby Windows Ltd and Barset Loans Ltd were banned on Wednesday by the Advertising "
                    "Standards Authority.")
    assert {("Advertising Standards Authority", "criticised", "Kelby Windows Ltd"),
            ("Advertising Standards Authority", "criticised", "Barset Loans Ltd")} <= relations_of(found)
    assert ("Advertising Standards Authority", "criticised", "Kelby Windows Ltd") in relations_of(
        extract("The Advertising Standards Authority has banned poster ads by Kelby Windows Ltd."))


def test_a_party_post_set_off_after_a_name_is_the_partys_and_its_seat_no_body(extract):
    found = extract("The motion was backed by Sam Okafor, the Conservative MP for Kelby North, and by Jo Wells, MP for Bath.")
    assert ("Sam Okafor", "partOf", "Conservative Party") in relations_of(found)
    assert not [r for r in found.relations if r.subject.name == "Jo Wells"]


def test_an_unknown_word_opening_a_sentence_and_slapped_with_a_fine_is_a_body(extract):
    found = extract("Kelbynet has been slapped with a £90,000 fine for billing former customers. Ofcom issued the fine "
                    "after a long investigation.")
    assert ("Ofcom", "fined", "Kelbynet") in relations_of(found)


@pytest.mark.parametrize("sentence", [
    "Kelby Academy Trust in Luton will run a gardening club with its grant of £4,400.",
    "Kelby Sight Trust in Ely will use their £6,250 award to buy new equipment.",
])
def test_a_grant_a_body_calls_its_own_came_from_the_articles_funder(extract, sentence):
    found = extract("More than 200 groups were given grants by the Barset Community Fund today. " + sentence)
    [grant] = [r for r in found.relations if r.predicate == "funded" and r.object.name.startswith("Kelby")]
    assert grant.subject.name == "Barset Community Fund" and grant.amount is not None


def test_a_capital_and_inside_a_name_outside_a_headline_keeps_it_one_name(extract):
    found = extract("Meanwhile, Kelby Museums And Galleries Trust was given £9,500 for a garden.")
    assert "Kelby Museums And Galleries Trust" in {e.name for e in found.entities}


def test_a_chief_inspector_with_no_body_named_is_the_articles_one_regulator(extract):
    found = extract("Fewer councils were rated inadequate this year, according to Ofsted's latest figures. \u201cStandards "
                    "are rising,\u201d said chief inspector Sam Okafor.")
    assert ("Sam Okafor", "partOf", "Ofsted") in relations_of(found)
    assert not [r for r in extract("Ofsted and the Care Quality Commission published figures. Chief inspector Sam Okafor "
                                   "said standards were rising.").relations if r.subject.name == "Sam Okafor"]


def test_a_lead_inspector_with_no_body_named_is_the_articles_one_regulator(extract):
    found = extract("Inspectors from Ofsted will meet Kelby councillors to discuss their report.\n\nLead inspector Sam Okafor "
                    "will be at the town hall on Monday.")
    assert ("Sam Okafor", "partOf", "Ofsted") in relations_of(found)


def test_a_bodys_post_with_its_remit_run_into_the_name_is_a_post_at_the_body(extract):
    found = extract("\u201cIt is the right call,\u201d Rutland council Cabinet Member for Transport Sam Okafor told reporters.")
    assert [r for r in found.relations if (r.subject.name, r.predicate) == ("Sam Okafor", "partOf") and "Rutland" in r.object.name
            and r.object.type == "Organisation"]


def test_a_convener_holds_a_post_and_a_national_post_is_no_body(extract):
    found = extract("Dr Sam Okafor, Convener of the Kelby Council for Voluntary Service, welcomed the news. The fund's former "
                    "National Head in Scotland of Children in Need Jo Wells said it would help.")
    assert ("Sam Okafor", "partOf", "Kelby Council for Voluntary Service") in relations_of(found)
    assert "National Head" not in {e.name for e in found.entities}


@pytest.mark.parametrize("text, fact", [
    ("Sam Okafor works within the Cabinet Office.", ("Sam Okafor", "partOf", "Cabinet Office")),
    ("Sergeant Sam Okafor of Kelby Police said the trial had helped.", ("Sam Okafor", "partOf", "Kelby Police")),  # a rank
    # a place that ends a known body's name starts no other body
    ("The University of York and North Yorkshire Police will work together on a new study.",
     ("University of York", "partneredWith", "North Yorkshire Police")),
    # 'the company' is no court named before it
    ("Kelby Haulage Ltd was sentenced at Barset Magistrates\u2019 Court on three charges. The company was fined £12,000.",
     ("Barset Magistrates' Court", "fined", "Kelby Haulage Ltd")),
    # a known body, then its unit and a post
    ("\u201cThe failings were serious,\u201d said Sam Okafor, Ofcom Markets Group Director.", ("Sam Okafor", "partOf", "Ofcom")),
    # the body a sum is received from is the article's funder
    ("The Kelby Trust will receive £2m from the Scottish Government over three years. A further £1m has been allocated to "
     "Barset Youth Club.", ("Scottish Government", "funded", "Barset Youth Club")),
])
def test_news_sentences_state_the_fact(extract, text, fact):
    assert fact in relations_of(extract(text))


@pytest.mark.parametrize("text, fact", [
    # 'they' for the one body the sentence before was about
    ("Westshire County Council has been fined after a walker was hurt by a council mower. They were fined £200,000 for "
     "the incident, Barset Crown Court heard.", ("Barset Crown Court", "fined", "Westshire County Council", "200000")),
    # a judge, or a sheriff, named with a title stands in for the court
    ("Judge Sam Okafor fined Kelby Haulage Ltd £40,000 at Barset Crown Court.",
     ("Barset Crown Court", "fined", "Kelby Haulage Ltd", "40000")),
    ("At Inverness Sheriff Court, Sheriff Jo Wells fined Kelby Haulage Ltd £4,000 for the spill.",
     ("Inverness Sheriff Court", "fined", "Kelby Haulage Ltd", "4000")),
])
def test_fines_read_with_their_court_and_their_sum(extract, text, fact):
    assert fact in {(r.subject.name, r.predicate, r.object.name, str(r.amount.value) if r.amount else None)
                    for r in extract(text).relations}


def test_a_judge_who_imposed_a_fine_is_not_the_one_fined(extract):
    found = extract("The trust admitted the breach before Judge Sam Okafor at Barset Crown Court. Judge Okafor imposed the "
                    "fine on the first of the charges.")
    assert not [r for r in found.relations if r.predicate == "fined" and r.object.name == "Sam Okafor"]
    assert entity_named(found, "Sam Okafor").type == "Person"


@pytest.mark.parametrize("text", [
    "Kelby Timber Ltd said its managing director Sam Okafor would step down in May.",
    "Kelby Timber Ltd was fined after its employee Sam Okafor was injured at the depot.",
])
def test_its_in_a_clause_under_the_main_one_is_the_main_subjects(extract, text):
    assert ("Sam Okafor", "partOf", "Kelby Timber Ltd") in relations_of(extract(text))


@pytest.mark.parametrize("text, town", [
    ("Kelby Timber Ltd, of Wick, was handed a £300 penalty notice by the regulator.", "Wick"),
    ("The regulator gave Kelby Timber Ltd of Wick a £300 penalty for late returns.", "Wick"),
    ("Kelby Timber (UK) Limited, Dalry, received the £7,000 fine for failing to keep records.", "Dalry"),
])
def test_a_registered_firms_address_with_one_town_places_it(extract, text, town):
    found = extract(text)
    assert [r for r in found.relations if r.predicate == "locatedIn" and r.object.name == town
            and r.subject.name.startswith("Kelby Timber")]
    assert not [r for r in found.relations if r.predicate == "funded"]  # a penalty given is no grant


def test_a_town_alone_after_of_is_no_address_for_other_bodies(extract):
    found = extract("The Bishop of Durham met the Kelby Trust, of Durham Road, and Kelby Council of Wick.")
    assert not [r for r in found.relations if r.predicate == "locatedIn"]


@pytest.mark.parametrize("text", [
    "Jo Wells has been appointed chief executive of the Kelby Trust. She will succeed Sam Okafor, who retires in May.",
    "The Kelby Trust has appointed Jo Wells as its chief executive. Wells will take over from Sam Okafor, the outgoing "
    "chief executive.",
])
def test_the_one_an_appointee_succeeds_held_the_post_at_the_appointing_body(extract, text):
    found = [r for r in extract(text).relations if r.subject.name == "Sam Okafor"]
    assert [(r.predicate, r.object.name, r.rule.split("+")[0]) for r in found] == [("partOf", "Kelby Trust", "predecessor")]


def test_a_successor_placed_at_no_one_body_says_nothing_of_the_predecessor(extract):
    found = extract("Jo Wells joined the Kelby Trust and Barset Council last year. Wells will replace Sam Okafor in May.")
    assert not [r for r in found.relations if r.subject.name == "Sam Okafor"]


def test_a_middle_initial_without_a_full_stop_stays_in_the_name(extract):
    found = extract("Staff said goodbye to Jane A Holt, the retiring chair of the Kelby Trust.")
    assert entity_named(found, "Jane A Holt").type == "Person"
    assert ("Jane A Holt", "partOf", "Kelby Trust") in relations_of(found)


@pytest.mark.parametrize("text", [
    "Sam Okafor is set to assume the role of director general of the Kelby Institute in May.",
    "Sam Okafor takes up the role of director of the Kelby Institute next month.",
    "Sam Okafor is due to assume the role of director of the Kelby Institute in the spring.",
])
def test_a_post_named_after_the_role_taken_on_places_its_holder_at_its_body(extract, text):
    assert ("Sam Okafor", "partOf", "Kelby Institute") in relations_of(extract(text))


def test_a_surname_with_its_particle_capitalised_to_open_a_sentence_is_the_person(extract):
    found = extract("The board thanked Dr Albert van Kelby for his work. Van Kelby is to assume the role of finance director "
                    "of the Barset Institute.")
    assert ("Albert van Kelby", "partOf", "Barset Institute") in relations_of(found)


def test_a_warning_issued_in_the_passive_is_the_articles_one_regulators(extract):
    found = extract("The Charity Commission reviewed the accounts in March. A formal warning went out to the Kelby Trust "
                    "in June and a second warning was issued to the Kelby Trust after that review.")
    assert ("Charity Commission", "criticised", "Kelby Trust") in relations_of(found)


def test_the_trustees_of_a_charity_stand_for_it(extract):
    found = extract("In May the Charity Commission gave a formal warning to the trustees of the Kelby Trust.")
    assert ("Charity Commission", "criticised", "Kelby Trust") in relations_of(found)


def test_a_registration_number_after_a_name_keeps_it_whole_at_its_and(extract):
    found = extract("Auditors examined the Kelby Mosque and Barset Community Centre (1122974) last year.")
    assert entity_named(found, "Kelby Mosque and Barset Community Centre").type == "Organisation"



def test_a_registered_firms_town_and_county_without_a_comma_place_it_in_the_town(extract):
    found = extract("Inspectors later served the notice on Kelby Timber Limited of Dalry Ayrshire.")
    assert ("Kelby Timber Limited", "locatedIn", "Dalry") in relations_of(found)


def test_a_fine_faced_is_no_fine_where_the_article_calls_it_proposed(extract):
    title = "Kelby Water facing a £2m fine over leaks"
    proposed = extract(f"{title}\n\nThe regulator Ofwat said it intends to fine Kelby Water £2m; the firm can reply first.")
    assert not [r for r in proposed.relations if r.predicate == "fined"]
    imposed = extract(f"{title}\n\nThe regulator Ofwat said the fine followed years of leaks at the firm's works.")
    assert ("Ofwat", "fined", "Kelby Water") in relations_of(imposed)


@pytest.mark.parametrize("sentence,amount", [
    ("After the stolen laptop case, the Information Commissioner's Office told Kelby City Council to cough up £45,000.",
     "45000"),
    ("In its largest penalty so far, the Information Commissioner's Office is telling Barset County Council to hand over "
     "£72,500 for the mistake.", "72500"),
])
def test_a_body_told_to_hand_over_a_sum_is_fined(extract, sentence, amount):
    fines = [r for r in extract(sentence).relations if r.predicate == "fined"]
    assert fines and {(r.subject.name, str(r.amount.value) if r.amount else None) for r in fines} == {
        ("Information Commissioner's Office", amount)}


def test_a_body_told_to_hand_over_papers_is_not_fined(extract):
    found = extract("The Information Commissioner's Office ordered Barset County Council to hand over the documents.")
    assert not [r for r in found.relations if r.predicate == "fined"]


def test_a_headline_verb_after_a_known_body_ends_its_name_and_the_body_acted_on_is_named(extract):
    found = extract("The council has changed how it stores its files, said Councillor Jo Bloggs, cabinet member for resources.",
                    title="ICO Raps Kelby City Council Over Lost Files")
    names = {e.name for e in found.entities}
    assert "Kelby City Council" in names and not [n for n in names if "Raps" in n]
    assert ("Jo Bloggs", "partOf", "Kelby City Council") in relations_of(found)


def test_a_firm_a_council_hired_is_not_the_tribunal_a_sentence_on_its_fine_names(extract):
    found = extract("Barset Council was fined £90,000 by the Information Commissioner's Office. The council had hired an "
                    "outside firm to shred its old files. At the appeal the Information Tribunal overturned the penalty and "
                    "told the regulator to give it back.")
    assert not [r for r in found.relations if r.object.name == "Information Tribunal"]


def test_a_trust_named_later_by_the_first_words_of_its_name_is_the_trust(extract):
    found = extract("Jo Bloggs will move on loan to the Heart of Kelby NHS Foundation Trust as its acting chief executive. "
                    "Sam Patel, Heart of Kelby's chair, said: \"We welcome her.\"")
    assert ("Sam Patel", "partOf", "Heart of Kelby NHS Foundation Trust") in relations_of(found)
    assert not [e for e in found.entities if e.name == "Kelby"]


def test_a_trusts_name_made_of_places_alone_is_not_shortened_to_them(extract):
    found = extract("Jo Bloggs will join Norfolk and Suffolk NHS Foundation Trust. She grew up in Norfolk and Suffolk.")
    assert {"Norfolk", "Suffolk"} <= {e.name for e in found.entities if e.type == "Place"}


@pytest.mark.parametrize("post,found_it", [("chair", True), ("director of adult services", True), ("former chair", False)])
def test_a_bodys_possessive_and_post_after_a_name_and_comma(extract, post, found_it):
    found = extract(f"Sam Patel, Heart of Kelby NHS Foundation Trust’s {post}, said it was a good year.")
    assert (("Sam Patel", "partOf", "Heart of Kelby NHS Foundation Trust") in relations_of(found)) is found_it


@pytest.mark.parametrize("title,body,rule", [
    ("Kelby Council rated inadequate by Ofsted", "Inspectors found failures in its children's services.", "passive"),
    ("Kelby Council downgraded to inadequate", "Ofsted inspectors found failures in its children's services.", "implied-agent"),
])
def test_a_headlines_passive_without_its_auxiliary_is_a_passive(extract, title, body, rule):
    found = extract(body, title=title)
    facts = {(r.subject.name, r.predicate, r.object.name, r.rating, r.rule.split("+")[0]) for r in found.relations}
    assert ("Ofsted", "inspected", "Kelby Council", "inadequate", rule) in facts


def test_a_past_form_with_a_by_phrase_but_no_subject_acted_on_is_no_passive(extract):
    found = extract("Kelby Council improved by ten per cent on the year, Ofsted said.")
    assert not [r for r in found.relations if r.predicate == "inspected"]


@pytest.mark.parametrize("sentence,fact", [
    ("Funded by the Kelby Foundation, the Barset Families Scheme will support families.",
     ("Kelby Foundation", "funded", "Barset Families Scheme")),
    ("Set up by the Kelby Trust in 2019, the Barset Hub has grown every year.", ("Kelby Trust", "created", "Barset Hub")),
])
def test_a_participle_opening_the_sentence_describes_its_subject(extract, sentence, fact):
    assert fact in relations_of(extract(sentence))


def test_an_opening_participle_before_a_subject_that_is_no_name_gives_nothing(extract):
    assert not extract("Funded by the Kelby Foundation, the work was hard, said the Barset Trust.").relations


def test_a_participle_on_the_complement_of_be_describes_the_subject(extract):
    found = extract("The Kelby Foundation is the charity founded by the Barset Trust.")
    assert ("Barset Trust", "created", "Kelby Foundation") in relations_of(found)


@pytest.mark.parametrize("sentence", [
    "Kelby Council runs Barset Leisure Centre.",
    "The Barset Leisure Centre is run by Kelby Council and volunteers.",
    "Kelby Council, which operates Barset Leisure Centre, said it would stay open.",
])
def test_a_place_a_body_runs_or_operates_is_part_of_it(extract, sentence):
    assert ("Barset Leisure Centre", "partOf", "Kelby Council") in relations_of(extract(sentence))


def test_a_person_who_runs_a_body_does_not_own_it_but_works_there(extract):
    assert relations_of(extract("Jo Bloggs runs the Kelby Trust.")) == {("Jo Bloggs", "partOf", "Kelby Trust")}


@pytest.mark.parametrize("sentence,fact,found_it", [
    ("The Care Quality Commission's report into Kelby Nursing Home criticised its night staffing.",
     ("Care Quality Commission", "inspected", "Kelby Nursing Home"), True),
    ("Ofsted's report on Barset Council was published on Monday.", ("Ofsted", "inspected", "Barset Council"), True),
    ("The Kelby Trust's report into Barset Council's finances was critical.", ("Kelby Trust", "inspected", "Barset Council"), False),
])
def test_a_regulators_report_into_a_body_is_an_inspection_of_it(extract, sentence, fact, found_it):
    assert (fact in relations_of(extract(sentence))) is found_it


def test_a_post_for_a_body_the_parser_hung_on_the_person_after_a_headline(extract):
    found = extract("Priya Shah, Chief Executive Officer for the Kelby Commission, reportedly told reporters that the "
                    "sanction would make the whole industry change its ways.", title="Test")
    assert ("Priya Shah", "partOf", "Kelby Commission") in relations_of(found)


def test_a_dotted_countrys_name_before_a_known_body_qualifies_it(extract):
    found = extract("Kelby Slots Limited has settled a U.K. Gambling Commission case. Jo Bloggs, Commission CEO, said the "
                    "rules were clear.")
    assert ("Jo Bloggs", "partOf", "Gambling Commission") in relations_of(found)
    assert not [e for e in found.entities if e.name.startswith("U.K. ")]


@pytest.mark.parametrize("sentence,fact", [
    ("Barset Leisure Centre is being handed £58,400 of Kelby Foundation money for a new roof.",
     ("Kelby Foundation", "funded", "Barset Leisure Centre", "58400")),
    ("£61,900 of Department of Culture, Media and Sport funding will be handed to Barset Leisure Centre.",
     ("Department for Culture, Media and Sport", "funded", "Barset Leisure Centre", "61900")),
    ("The Barset Lido will be paid for with £75,000 of funding from the Kelby Foundation.",
     ("Kelby Foundation", "funded", "Barset Lido", "75000")),
])
def test_money_handed_to_or_paying_for_a_body_is_funding_from_its_giver(extract, sentence, fact):
    assert fact in {(r.subject.name, r.predicate, r.object.name, str(r.amount.value) if r.amount else None)
                    for r in extract(sentence).relations}


def test_a_penalty_handed_out_or_paid_for_is_no_funding(extract):
    found = extract("The Kelby Commission handed Barset Water a £2m penalty. Barset Water will pay for its failures.")
    assert not [r for r in found.relations if r.predicate == "funded"]


def test_a_bodys_boss_is_part_of_it(extract):
    found = extract("Kelby Council's homes boss Jo Bloggs said the partnership would help.")
    assert ("Jo Bloggs", "partOf", "Kelby Council") in relations_of(found)


def test_a_noun_the_verbs_own_subjects_fund_does_not_stand_for_one_of_them(extract):
    found = extract("Kelby Council is working with Barset Shelter, a charity for people without homes. The partnership "
                    "between Kelby Council and Barset Shelter starts in May. The Kelby Trust and Barset Shelter will fund "
                    "the new partnership over three years.")
    assert not [r for r in found.relations if r.predicate == "funded"]


@pytest.mark.parametrize("sentence,council", [
    ("Newham Council named a finance director on Monday. Mayor of Newham Jo Bloggs welcomed her.", "London Borough of Newham"),
    ('The report was praised. Leader of Barnsley Jo Bloggs added: "It will help."', "Barnsley Metropolitan Borough Council"),
])
def test_a_council_post_of_a_place_before_the_name_is_at_its_council(extract, sentence, council):
    assert ("Jo Bloggs", "partOf", council) in relations_of(extract(sentence))


def test_a_post_of_a_place_with_no_council_before_a_name_is_no_post_there(extract):
    assert not [r for r in extract("He met the Bishop of Durham Jo Bloggs at the cathedral.").relations if r.predicate == "partOf"]


def test_a_bodys_noun_before_a_post_and_a_comma_stands_for_the_body_named_before(extract):
    found = extract("Kelby County Council has picked a new finance director. Council chief executive, Jo Bloggs, said the "
                    "choice was easy.")
    assert ("Jo Bloggs", "partOf", "Kelby County Council") in relations_of(found)
    found = extract("The Kelby Trust opened a new hub. Council chief executive, Jo Bloggs, said it would help.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


def test_a_capitalised_trust_is_the_one_the_lead_sentence_names_when_the_headline_names_none(extract):
    found = extract("A new acting chief executive has started at Kelby Hospitals NHS Foundation Trust.\n\nHe was finance "
                    "director at Barset Healthcare NHS Trust for two years.\n\nChair of the Trust Jo Bloggs said: "
                    "\"We are glad to have him.\"", title="New boss starts at hospital trust")
    assert ("Jo Bloggs", "partOf", "Kelby Hospitals NHS Foundation Trust") in relations_of(found)
    assert ("Jo Bloggs", "partOf", "Barset Healthcare NHS Trust") not in relations_of(found)


@pytest.mark.parametrize("second,appointed", [
    ("Jo Bloggs will be responsible for the council's homes and its repairs service.", True),
    ("Jo Bloggs will be accountable for housing across the borough.", True),
    ("Jo Bloggs, the council leader, will be pleased with the choice.", False),
])
def test_a_person_who_will_be_responsible_after_an_announced_post_is_the_appointee(extract, second, appointed):
    found = extract(f"Kelby Council has recruited a new head of housing. {second}")
    assert (("Kelby Council", "appointed", "Jo Bloggs") in relations_of(found)) is appointed


@pytest.mark.parametrize("second", [
    "In June Jo Bloggs takes over the role from the retiring chief executive Sam Patel.",
    "Jo Bloggs will take over the job from Sam Patel in June.",
])
def test_the_one_an_appointee_takes_a_post_from_held_it(extract, second):
    found = extract(f"Kelby Hospitals NHS Foundation Trust has hired a new chief executive after a long search.\n\n{second}")
    assert ("Sam Patel", "partOf", "Kelby Hospitals NHS Foundation Trust") in relations_of(found)


def test_the_names_in_a_firms_address_are_places_and_no_firm_to_fine(extract):
    found = extract("Kelby Roofing was prosecuted by the Health and Safety Executive after a fall.\n\nKelby Roofing Ltd "
                    "of Mill House, Station Road, Barset, Westshire admitted the offence. The company was fined £8,000.",
                    title="Roofer fined after fall")
    assert entity_named(found, "Mill House").type == "Place"
    fines = {(r.subject.name, r.object.name) for r in found.relations if r.predicate == "fined"}
    assert fines and all(firm.startswith("Kelby Roofing") for _, firm in fines)
    located = {r.object.name for r in found.relations if r.predicate == "locatedIn"}
    assert "Mill House" not in located and "Station Road" not in located


def test_the_commissioner_is_the_commissioners_office_named_before(extract):
    found = extract("The Barset Police and Crime Commissioner has put a name to the panel.\n\nThe Commissioner has "
                    "decided to appoint Jo Bloggs as Chief Constable of Kent Police.", title="Chief constable chosen")
    assert ("Barset Police and Crime Commissioner", "appointed", "Jo Bloggs") in relations_of(found)
    found = extract("Kelby County Council opened a new hub. The commissioner said it was welcome.")
    assert not [r for r in found.relations if r.subject.name == "Kelby County Council" and r.predicate != "locatedIn"]


def test_a_persons_name_described_by_a_post_that_is_also_an_office_is_a_person(extract):
    found = extract("Priya Shah, the victims' commissioner, said the delays were too long.")
    assert entity_named(found, "Priya Shah").type == "Person"


@pytest.mark.parametrize("sentence", [
    "The panel was Independent Member Sam Patel and Lay Member Priya Shah.",
    "Non-Executive Director Sam Patel and Co-opted Member Priya Shah signed the letter.",
])
def test_a_posts_capitalised_modifier_is_no_body(extract, sentence):
    found = extract(sentence)
    assert not [e for e in found.entities if e.name in {"Independent", "Lay", "Non", "Non-Executive", "Co"}]
    assert {"Sam Patel", "Priya Shah"} <= {e.name for e in found.entities if e.type == "Person"}


def test_a_hyphened_post_of_a_body_is_no_body_itself(extract):
    found = extract("Sam Patel, Non-Executive Director of Kelby Hospitals NHS Foundation Trust, said he was pleased.")
    assert ("Sam Patel", "partOf", "Kelby Hospitals NHS Foundation Trust") in relations_of(found)
    assert not [e for e in found.entities if e.name.startswith("Non")]


@pytest.mark.parametrize("sentence,amount", [
    ("Kelby Museum will use investment from the Barset Community Foundation to mend its roof.", None),
    ("Kelby Council will spend £2m from the Barset Community Foundation on new classrooms.", "2000000"),
])
def test_money_a_body_uses_or_spends_from_another_was_given_by_it(extract, sentence, amount):
    fact = [f for f in _facts(extract, sentence) if f[1] == "funded"]
    assert [(f[0], f[3]) for f in fact] == [("Barset Community Foundation", amount)]


def test_spending_money_with_no_giver_named_is_no_funding(extract):
    assert not _facts(extract, "Kelby Council will spend money on classrooms after a row with the Department for Education.")



def test_the_same_body_said_of_several_is_one_they_share_not_one_named_before(extract):
    found = extract("The Care Quality Commission has inspected two surgeries. Mill Lane Surgery and Station Road Surgery, "
                    "both run by the same practice, were rated inadequate.", title="Watchdog acts")
    assert not [r for r in found.relations if r.predicate == "partOf"]
    found = extract("Barset County Council has agreed a deal. Kelby Leisure Centre is run by the same council.")
    assert ("Kelby Leisure Centre", "partOf", "Barset County Council") in relations_of(found)


@pytest.mark.parametrize("sentence,pair", [
    ("Mr Bloggs led the merger between Kelby Places and Barset Housing Group in 2020.", ("Kelby Places", "Barset Housing Group")),
    ("A partnership between Telford and Wrekin Council and Kelby University was agreed.", ("Telford & Wrekin Council", "Kelby University")),
])
def test_two_bodies_after_between_are_two_names(extract, sentence, pair):
    assert (pair[0], "partneredWith", pair[1]) in relations_of(extract(sentence))


def test_a_post_at_a_body_named_after_its_kind_and_the(extract):
    found = extract("Sam Patel, who is now chief executive of housing charity the Kelby Trust, starts in May.")
    assert ("Sam Patel", "partOf", "Kelby Trust") in relations_of(found)


def test_a_councils_post_held_at_a_place_is_held_at_its_council(extract):
    found = extract("Sam Okafor was chief executive at Stockport until 2015.")
    assert ("Sam Okafor", "partOf", "Stockport Metropolitan Borough Council") in relations_of(found)
    assert not [r for r in extract("Jo Bloggs was a teacher at Stockport until May.").relations if r.predicate == "partOf"]


def test_money_a_body_transfers_to_another_funds_it(extract):
    assert ("Barset Council", "funded", "Kelby Trust") in relations_of(extract("Barset Council will transfer £40,000 to Kelby Trust."))
    assert not extract("Barset Council will transfer the land to Kelby Trust.").relations


@pytest.mark.parametrize("sentence,fact", [
    ("The ICO set out the reprimand it gave to Kelby Hospitals NHS Foundation Trust.",
     ("Information Commissioner's Office", "criticised", "Kelby Hospitals NHS Foundation Trust", None)),
    ("The ICO said the £50,000 penalty it imposed on Kelby Council was deserved.",
     ("Information Commissioner's Office", "fined", "Kelby Council", "50000")),
])
def test_a_relative_clauses_noun_completes_its_verbs_trigger(extract, sentence, fact):
    assert fact in {f[:4] for f in _facts(extract, sentence)}


SIGNING = ("Kelby Community NHS Trust opened a research unit at University Hospital of North Barset. Guests then watched "
           "the signing of a fresh partnership between the trust and Teesside University, by the trust's chief executive "
           "Jo Bloggs and Professor Sam Patel, Teesside University's pro vice-chancellor (research).")


def test_the_trust_hung_off_the_second_partners_name_is_still_a_partner(extract):
    assert ("Teesside University", "partneredWith", "Kelby Community NHS Trust") in relations_of(extract(SIGNING))


def test_a_possessive_on_a_hyphened_posts_first_word_names_its_body(extract):
    found = relations_of(extract(SIGNING))
    assert ("Sam Patel", "partOf", "Teesside University") in found
    assert ("Sam Patel", "partOf", "University Hospital of North Barset") not in found


def test_an_nhs_foundation_trust_written_ft_is_the_trust(extract):
    found = extract("Manchester University NHS FT has launched a partnership with Barset University.")
    assert ("Manchester University NHS Foundation Trust", "partneredWith", "Barset University") in relations_of(found)


def test_an_honorary_consultants_post_is_no_person(extract):
    found = extract("Professor Sam Patel, Honorary Consultant in Emergency Medicine at Kelby Hospital, said research improves care.")
    assert [e.name for e in found.entities if e.type == "Person"] == ["Sam Patel"]
    assert ("Sam Patel", "partOf", "Kelby Hospital") in relations_of(found)


def test_its_report_named_before_the_body_that_wrote_it_was_published_by_that_body(extract):
    found = extract("Barset Council agreed. In its report, Kelby Futures, the Institute for Fiscal Studies said taxes would rise.")
    assert ("Institute for Fiscal Studies", "published", "Kelby Futures") in relations_of(found)


def test_the_address_after_a_bodys_name_is_no_list_of_bodies(extract):
    found = extract("Estyn has published a report on Kelby Comprehensive School, Mill Road, Barset Green, Pontyclun, Rhondda "
                    "Cynon Taf. Inspectors found that standards were good.")
    inspected = {r.object.name for r in found.relations if r.predicate == "inspected"}
    assert inspected == {"Kelby Comprehensive School"}


def test_an_inspectorates_report_into_a_bodys_performance_is_an_inspection_of_it(extract):
    found = extract("HMICFRS has published a new report into the performance of Barset Constabulary.")
    assert ("HM Inspectorate of Constabulary and Fire & Rescue Services", "inspected", "Barset Constabulary") in relations_of(found)


@pytest.mark.parametrize("sentence,fact", [
    ("The Department for Culture and the Kelby Commission it oversees have a weak understanding of harms.",
     ("Department for Culture", "regulates", "Kelby Commission")),
    ("Barset Council praised the Kelby Trust, which it funds.", ("Barset Council", "funded", "Kelby Trust")),
])
def test_the_noun_an_object_relative_clause_describes_is_its_verbs_object(extract, sentence, fact):
    assert fact in relations_of(extract(sentence))


def test_it_in_a_relative_clause_is_never_the_body_the_clause_describes_and_a_rival_still_blocks(extract):
    assert not [r for r in extract("The CQC prosecuted the Kelby Trust. It was fined £5,000.").relations if r.predicate == "fined"
                and r.object.name == "Care Quality Commission"]


def test_a_known_name_before_a_capitalised_plural_kind_is_no_agent(extract):
    found = extract("Most NHS Trusts and councils use the Kelby Evidence database every year.")
    assert not [r for r in found.relations if r.subject.name == "NHS"]


@pytest.mark.parametrize("sentence,facts", [
    ("Jo Bloggs and Sam Patel, who specialise in employment law at Pinsent Masons, said the fine was a warning.",
     {("Jo Bloggs", "partOf", "Pinsent Masons"), ("Sam Patel", "partOf", "Pinsent Masons")}),
    ("Priya Shah, who specialises in social policy at the University of Kelby, welcomed the report.",
     {("Priya Shah", "partOf", "University of Kelby")}),
    ("Sam Okafor, who teaches at Barset College, said the scheme was a good one.", {("Sam Okafor", "partOf", "Barset College")}),
])
def test_a_person_who_specialises_or_teaches_at_a_body_works_there(extract, sentence, facts):
    assert facts <= relations_of(extract(sentence))


def test_a_firm_that_specialises_in_work_for_a_council_is_not_part_of_it(extract):
    assert not relations_of(extract("Kelby Consulting, which specialises in work for Barset Council, won the contract."))


@pytest.mark.parametrize("sentence,places", [
    ("The Kelby Trust has offices in Barset, Leeds and Cardiff.", {"Barset", "Leeds", "Cardiff"}),
    ("Barset Homes opened an office in Manchester last year.", {"Manchester"}),
])
def test_a_body_with_offices_in_places_is_located_in_them(extract, sentence, places):
    found = extract(sentence)
    assert {r.object.name for r in found.relations if r.predicate == "locatedIn"} == places


def test_projects_in_places_do_not_locate_a_body(extract):
    found = extract("The Kelby Trust has projects in Leeds and Cardiff.")
    assert not [r for r in found.relations if r.predicate == "locatedIn"]


def test_a_body_before_a_post_and_its_holder_is_where_the_holder_works(extract):
    found = extract("As the bill goes through Parliament, Kelby Files chief blogger Jo Bloggs looks at what it means.")
    assert entity_named(found, "Kelby Files").type == "Organisation"
    assert ("Jo Bloggs", "partOf", "Kelby Files") in relations_of(found)


def test_a_person_approved_as_a_known_councils_chief_executive_holds_that_post(extract):
    found = extract("Jo Bloggs was this week approved as the incoming Cornwall Council Chief Executive.")
    assert {e.name for e in found.entities} >= {"Jo Bloggs", "Cornwall Council"}
    assert "Cornwall Council Chief Executive" not in {e.name for e in found.entities}
    assert ("Jo Bloggs", "partOf", "Cornwall Council") in relations_of(found)


@pytest.mark.parametrize("sentence,fact", [
    ("Kelby District Council has announced the appointment of Sam Patel as interim Chief Executive from June.",
     ("Sam Patel", "partOf", "Kelby District Council")),
    ("Barset Borough Council's Appointments Committee announced today the appointment of Sam Patel as the new chief executive.",
     ("Sam Patel", "partOf", "Barset Borough Council")),
])
def test_the_appointee_of_an_announced_appointment_holds_the_appointers_post(extract, sentence, fact):
    found = relations_of(extract(sentence))
    assert fact in found
    assert ("Sam Patel", "partOf", "Appointments Committee") not in found


def test_a_headlines_verb_parsed_as_a_noun_still_takes_its_object(extract):
    found = extract("The minister announced the opening of the new fund.", title="Home Office Launch £25m Kelby Streets Fund")
    assert ("Home Office", "launched", "Kelby Streets Fund") in relations_of(found)


def test_police_and_crime_commissioners_in_the_plural_are_no_body(extract):
    found = extract("Bids may come from Police and Crime Commissioners (PCCs) across the north of England.")
    assert not [e for e in found.entities if "Commissioner" in e.name or e.name == "PCCs"]


def test_two_bodies_strengthening_their_partnership_are_partners(extract):
    found = extract("The University of Leeds and Leeds Teaching Hospitals (LTH) NHS Trust have renewed their partnership under "
                    "a fresh agreement covering research.")
    assert ("University of Leeds", "partneredWith", "Leeds Teaching Hospitals NHS Trust") in relations_of(found)


def test_a_person_whose_surname_is_a_month_holds_the_post_before_it(extract):
    found = extract("Professor Jo Bloggs from the University of Kelby and BH CEO Anthony May put his name to the deal. Barset "
                    "Hospitals (BH) NHS Trust runs two hospitals.")
    assert ("Anthony May", "partOf", "Barset Hospitals NHS Trust") in relations_of(found)
    assert ("Jo Bloggs", "partOf", "Barset Hospitals NHS Trust") not in relations_of(found)


@pytest.mark.parametrize("post", ["vice-chancellor", "chancellor"])
def test_a_kinds_possessive_on_a_post_joined_to_the_name_is_the_nearest_body_of_that_kind(extract, post):
    found = extract("The University of Kelby and the Barset Trust signed a deal. The event was attended by the university's "
                    f"{post}, Professor Jo Bloggs, and the trust's chair, Sam Patel.")
    assert {("Jo Bloggs", "partOf", "University of Kelby"), ("Sam Patel", "partOf", "Barset Trust")} <= relations_of(found)


def test_the_university_is_a_body_headed_by_the_word_not_a_later_one_holding_it(extract):
    found = extract("The University of Kelby and the Kelby University Hospitals NHS Foundation Trust signed a new deal. "
                    "Guests at the signing included the university's vice-chancellor, Professor Jo Bloggs.")
    assert ("Jo Bloggs", "partOf", "University of Kelby") in relations_of(found)
    assert ("Jo Bloggs", "partOf", "Kelby University Hospitals NHS Foundation Trust") not in relations_of(found)


def test_a_chief_nurse_described_after_a_comma_is_a_person_at_the_hospital(extract):
    found = extract("The Kelby Hospital and Barset University have announced a partnership. Poppy Street, chief nurse at "
                    "the Kelby Hospital, called it a milestone.")
    assert entity_named(found, "Poppy Street").type == "Person"
    assert ("Poppy Street", "partOf", "Kelby Hospital") in relations_of(found)


def test_a_persons_name_prefers_the_given_name_to_the_title(extract):
    found = extract("The trust's chair, Sam Okafor, attended. Professor Okafor, chair of the Kelby Hospitals NHS Trust, said "
                    "the deal was welcome.")
    assert "Sam Okafor" in {e.name for e in found.entities} and "Professor Okafor" not in {e.name for e in found.entities}


def test_a_person_who_sits_on_a_body_is_part_of_it(extract):
    found = extract("Mr Bloggs, who sits as well on the Kent and Medway integrated care board, leaves in May.")
    assert any(s == "Mr Bloggs" and p == "partOf" and "Kent and Medway" in o for s, p, o in relations_of(found))


def test_a_persons_posts_in_brackets_are_held_at_their_bodies(extract):
    found = extract("The panel includes Sam Okafor (Professor of Housing Policy and Social Work at the University of Kelby "
                    "and Director of the Barset Centre) and Jo Bloggs.")
    assert {("Sam Okafor", "partOf", "University of Kelby"), ("Sam Okafor", "partOf", "Barset Centre")} <= relations_of(found)
    assert not [e for e in found.entities if e.name.startswith("of ")]


def test_a_research_fellows_post_is_no_body_and_its_holder_works_at_the_next_one(extract):
    found = extract("The author thanks Professor Sam Patel, Associate Professorial Research Fellow, University of Kelby, for "
                    "his comments.")
    assert "Associate Professorial Research Fellow" not in {e.name for e in found.entities}
    assert ("Sam Patel", "partOf", "University of Kelby") in relations_of(found)


@pytest.mark.parametrize("sentence", [
    "The report 'Kelby Fortunes: what councils owe the voluntary sector in hard times' by the Barset Trust shows the scale.",
    "A new report, 'Kelby Fortunes', by the Barset Trust shows the scale of the problem.",
])
def test_a_reports_quoted_title_after_the_noun_is_published_by_who_the_by_phrase_names(extract, sentence):
    found = extract(sentence)
    assert any(s == "Barset Trust" and p == "published" and o.startswith("Kelby Fortunes") for s, p, o in relations_of(found))


def test_a_bodys_monitor_is_a_survey_it_publishes(extract):
    found = extract("Research consultancy Barset Insight's annual Kelby Charities Monitor surveyed 400 councillors.")
    assert entity_named(found, "Kelby Charities Monitor").type == "Publication"
    assert ("Barset Insight", "published", "Kelby Charities Monitor") in relations_of(found)


def test_a_count_before_capitalised_words_is_no_firms_name(extract):
    found = extract("The poll reached 300 councillors and over 250 Local Authority officers in England.")
    assert not [e for e in found.entities if e.name[:1].isdigit()]


def test_a_field_of_two_parts_with_an_acronym_stays_one_name(extract):
    found = extract("The report by Barset University's VCSE Data and Insights Observatory shows the scale.")
    assert "VCSE Data" not in {e.name for e in found.entities}
    assert entity_named(found, "VCSE Data and Insights Observatory") is not None


def test_a_listed_grant_names_the_body_and_two_places_before_its_sum(extract):
    found = extract("The projects funded by the Kelby Community Fund are:\n• Barset Community Association, Rhyl – £15,000 "
                    "for new equipment.\n• St Kelby's Church, Bala, Gwynedd – £25,000 for repairs.\n")
    grants = {(r.object.name, str(r.amount.value)) for r in found.relations if r.predicate == "funded"}
    assert ("St Kelby's Church", "25000") in grants


def test_a_bodys_initials_then_a_posts_field_is_the_body(extract):
    found = extract("Councils joined the Welsh Local Government Association (WLGA) in May. Cllr Sam Patel, WLGA Finance and "
                    "Resources, told members the deal was welcome.")
    assert not [e for e in found.entities if "Finance" in e.name]


def test_bodies_that_act_jointly_are_partners(extract):
    found = extract("From April the services will be run jointly by Fife Council and NHS Fife.")
    assert ("Fife Council", "partneredWith", "NHS Fife") in relations_of(found)
    assert not relations_of(extract("Kelby Council will jointly run the centre with its residents."))


@pytest.mark.parametrize("sentence,name,etype", [
    ("The Scottish Government wrote the plan together with the Convention of Scottish Local Authorities (COSLA).",
     "Convention of Scottish Local Authorities", "Organisation"),
    ("The initiative involves Kelby Council, Jobcentre Plus and Barset Police.", "Jobcentre Plus", "Organisation"),
    ("The Public Bodies (Joint Working) (Scotland) Act 2014 changed how services are run.",
     "Public Bodies (Joint Working) (Scotland) Act 2014", "Policy"),
])
def test_devolved_and_national_bodies_and_laws_with_two_brackets(extract, sentence, name, etype):
    assert entity_named(extract(sentence), name).type == etype


def test_a_before_or_after_phrase_takes_the_subject_of_its_verb(extract):
    found = extract("The government threatened to move Kelby Park Primary School to a new trust. The school lasted five years "
                    "in the Barset Fellowship before joining Kelby Learning Partnership in 2020.")
    assert ("Kelby Park Primary School", "partOf", "Kelby Learning Partnership") in relations_of(found)


def test_a_school_named_for_two_phases_is_one_name(extract):
    found = extract("The trust is gaining St Martin’s CE Primary and Nursery School and Barset Infant and Junior School.")
    assert {"St Martin's CE Primary and Nursery School", "Barset Infant and Junior School"} <= {e.name for e in found.entities}


def test_a_titles_set_off_after_its_noun_is_one_name_whatever_its_case(extract):
    found = extract("In its new report, Lessons from weak councils, the accountancy firm Barset Audit LLP set out five themes.")
    assert ("Barset Audit LLP", "published", "Lessons from weak councils") in relations_of(found)


def test_a_person_described_as_a_post_from_a_body_works_there(extract):
    found = extract("Sam Okafor, external auditor from Barset Audit LLP presented the report to members.")
    assert ("Sam Okafor", "partOf", "Barset Audit LLP") in relations_of(found)


def test_the_force_stands_for_the_police_body_named_before(extract):
    found = extract("Kelby Police has brought in new apps for its officers. The force is now working with Barset "
                    "Constabulary to build more of them.")
    assert ("Kelby Police", "partneredWith", "Barset Constabulary") in relations_of(found)


def test_a_regulator_that_is_itself_fined_implies_no_fines(extract):
    found = extract("The Environment Agency has now been fined £3,200 after a contractor it hired spilled oil into a "
                    "brook. The contractor, Kelby Drains Ltd, was fined £12,000 with costs.")
    assert not [r for r in found.relations if r.predicate == "fined"]
    found = extract("The Environment Agency said Kelby Drains Ltd had spilled oil. The firm was fined £12,000.")
    assert ("Environment Agency", "fined", "Kelby Drains Ltd") in relations_of(found)


def test_a_capitalised_in_after_a_lower_case_word_opens_a_name(extract):
    found = extract("The Barset Gaming Authority has fined online bingo operator In Step Games for weak checks.")
    assert ("Barset Gaming Authority", "fined", "In Step Games") in relations_of(found)
    found = extract("In Barset, the council met. Kelby Council Fined In Court")
    assert not [e for e in found.entities if e.name.startswith("In ")]


def test_a_name_after_a_bodys_post_and_a_comma_holds_the_post(extract):
    found = extract("The firm was fined. Barset Water Chief Executive, Helen Fletcher, said high leakage creates strain.")
    assert ("Helen Fletcher", "partOf", "Barset Water") in relations_of(found)  # (the parser hangs the name on the post)


@pytest.mark.parametrize("sentence,name", [
    ("The plan was first reported by the Barset Evening News on Monday.", "Barset Evening News"),
    ("The firm must repay £2m, the Kelby Evening Standard reports.", "Kelby Evening Standard"),
])
def test_an_evening_newspaper_is_a_body(extract, sentence, name):
    assert entity_named(extract(sentence), name).type == "Organisation"


def test_an_inspection_of_how_a_body_works_inspects_that_body(extract):
    found = extract("Ofsted yesterday published its inspection of how Barset Council is supporting children in care.")
    assert ("Ofsted", "inspected", "Barset Council") in relations_of(found)
    assert not relations_of(extract("Ofsted published its review of how children in Barset are taught."))


@pytest.mark.parametrize("sentence,person,body", [
    ("The panel will question the chosen Chief Constable of Devon and Cornwall Police Sam Okafor.",  # (a guard:
     "Sam Okafor", "Devon & Cornwall Police"),  # a name the tagger finds)
    ("The panel will question the chosen Chief Constable of Kelby Police Shaun Bellamy on Friday.",
     "Shaun Bellamy", "Kelby Police"),
])
def test_a_post_of_a_body_then_the_holders_name_in_a_row(extract, sentence, person, body):
    assert (person, "partOf", body) in relations_of(extract(sentence))


def test_a_police_forces_new_name_and_hearings(extract):
    found = extract("The panel met to confirm Jo Bloggs as Chief Constable of Hampshire and Isle of Wight Constabulary.",
                    title="Confirmation Hearing for the new Chief Constable")
    assert entity_named(found, "Hampshire and Isle of Wight Constabulary").type == "Organisation"
    assert entity_named(found, "Confirmation Hearing").type == "Event"
    found = extract("Hampshire Police have rolled out body-worn cameras to every officer.")
    assert entity_named(found, "Hampshire and Isle of Wight Constabulary") is not None  # a former name's other names follow it


def test_a_person_working_with_a_body_is_no_partner(extract):
    found = extract("Kelby Council must find a new director. A sharply critical review came from commissioner Sam Okafor, "
                    "who is to keep working with the authority for another year.")
    assert not [r for r in found.relations if r.predicate == "partneredWith"]


def test_this_appointment_of_a_person_names_the_post_announced_before(extract):
    found = extract("Kelby Council has appointed an acting chief executive. The appointment of Sam Okafor comes after "
                    "the last one left.")
    assert ("Kelby Council", "appointed", "Sam Okafor") in relations_of(found)


def test_a_pension_fund_fined_is_a_body(extract):
    found = extract("Kelby Pension Fund has been fined by the Pensions Regulator for a late return.")
    assert entity_named(found, "Kelby Pension Fund").type == "Organisation"
    assert any(r.predicate == "fined" and r.object.name == "Kelby Pension Fund" for r in found.relations)


def test_a_london_boroughs_official_name_with_council_is_the_borough(extract):
    found = extract("The regulator fined the London Borough of Camden Council £1,000 for a late return.")
    assert entity_named(found, "London Borough of Camden") is not None


@pytest.mark.parametrize("sentence,funder,grantee", [
    ("Kelby Town Council has gained a £24,000 grant from the Barset Community Foundation.", "Barset Community Foundation",
     "Kelby Town Council"),
    ("Kelby Trust has landed a £20,000 grant from Barset Community Foundation.", "Barset Community Foundation", "Kelby Trust"),
])
def test_gaining_or_landing_a_grant_from_a_body_is_its_funding(extract, sentence, funder, grantee):
    assert (funder, "funded", grantee) in relations_of(extract(sentence))


def test_a_town_hall_alone_is_no_name(extract):
    found = extract("The Town Hall was handed to the Kelby Community Association by the council in 2010.")
    assert "Town Hall" not in {e.name for e in found.entities}


def test_pairs_that_announce_they_are_exploring_a_merger_are_partners(extract):
    found = extract("Kelby Homes and Barset Housing said they were exploring a merger to form one landlord of 9,000 homes.")
    assert ("Kelby Homes", "partneredWith", "Barset Housing") in relations_of(found)
    assert not relations_of(extract("Kelby Council said it is pursuing a merger."))


@pytest.mark.parametrize("noun", ["tie-up", "link-up"])
def test_a_hyphened_partnership_noun_names_partners(extract, noun):
    found = extract(f"Kelby Council announced a {noun} with Barset University on Monday.")
    assert ("Kelby Council", "partneredWith", "Barset University") in relations_of(found)


def test_a_place_describing_an_unnamed_body_need_not_be_in_its_name(extract):
    found = extract("A Barsetshire council has been fined £9,000 by the Information Commissioner for losing files. Kelby "
                    "Borough Council had left them in a skip.")
    assert ("Information Commissioner's Office", "fined", "Kelby Borough Council") in relations_of(found)
    found = extract("A Welsh council has been fined £5,000 by the Information Commissioner. Kelby County Council lost a laptop.")
    assert not relations_of(found)


def test_a_posts_remit_ending_in_a_word_taken_for_a_verb(extract):
    found = extract("Kelby Association director of community wellbeing Jo Bloggs told a trade paper the model worked best.")
    assert ("Jo Bloggs", "partOf", "Kelby Association") in relations_of(found)


def test_an_unnamed_subject_that_appoints_is_not_the_body_of_the_post(extract):
    found = extract("The integrated care system has also appointed Jo Bloggs as executive lead for Kelby Care Partnership.")
    assert not [r for r in found.relations if r.predicate == "appointed"]
    found = extract("The board appointed Jo Bloggs as chief executive of Kelby Trust.")  # (a guard: the body's own board)
    assert ("Kelby Trust", "appointed", "Jo Bloggs") in relations_of(found)


def test_a_board_named_in_lower_case_is_the_headlines_body(extract):
    found = extract("Professor Jo Bloggs will be its next vice-chancellor. She is at present deputy vice-chancellor at "
                    "Kelby University. Sam Okafor, chairman of the board, said she was the right choice.",
                    title="New vice-chancellor for Barset University")
    assert ("Sam Okafor", "partOf", "Barset University") in relations_of(found)
    assert ("Sam Okafor", "partOf", "Kelby University") not in relations_of(found)


def test_ratings_given_with_a_linking_verb_in_an_inspection_story(extract):
    found = extract("Estyn has published its reports on councils' education services. Newport, Conwy and Denbighshire are "
                    "all good, while Torfaen remains in special measures.")
    rated = {(r.object.name, r.rating) for r in found.relations if r.predicate == "inspected"}
    assert {("Newport City Council", "good"), ("Conwy County Borough Council", "good"),
            ("Torfaen County Borough Council", "special measures")} <= rated


@pytest.mark.parametrize("text,rating", [
    ("Ofsted said Kelby Borough Council's children's services are inadequate.", "inadequate"),
    ("HM Inspectorate of Constabulary said Kelby Police needed to make urgent changes and is \"inadequate\" in two areas.",
     "inadequate"),
    ("Ofsted published its findings. Kelby Borough Council's services for care leavers are now good.", "good"),
])
def test_a_rating_of_a_bodys_services_or_after_another_verb(extract, text, rating):
    rated = {(r.object.name, r.rating) for r in extract(text).relations if r.predicate == "inspected"}
    assert len(rated) == 1 and next(iter(rated))[1] == rating and next(iter(rated))[0].startswith("Kelby")


def test_a_post_holders_quality_is_no_rating(extract):
    found = extract("Ofsted published its report. Kelby Borough Council's chief executive is good, the leader said.")
    assert not [r for r in found.relations if r.predicate == "inspected"]


@pytest.mark.parametrize("text", [
    "Estyn has published its report. Kelby Council is good at listening to children.",  # a skill, no rating
    "The council is good, the leader said, and Newport is good too.",  # no inspectorate in the story
])
def test_a_linking_verb_without_a_rating_or_an_inspectorate_rates_nothing(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "inspected"]


def test_telling_a_body_off_criticises_it(extract):
    found = extract("The Information Commissioner told off Kelby Council for leaving files in a skip.")
    assert ("Information Commissioner's Office", "criticised", "Kelby Council") in relations_of(found)


@pytest.mark.parametrize("text,expected", [
    ("Kelby Trust has won a £5,000 grant from the Barset Community Foundation. Chief executive Jo Bloggs said the money "
     "would help.", True),
    ("Kelby Opera is among the companies that have joined the scheme. Artistic director Sam Okafor said it was thanks "
     "to his colleagues.", True),
    ("Kelby Trust has won a grant. Former chief executive Jo Bloggs said it was deserved.", False),  # (guards: a past
    ("Kelby Trust has won a grant. Jo Bloggs said it was deserved.", False),  # post, and no post)
])
def test_a_post_with_no_body_opening_a_sentence_is_at_the_body_the_story_is_about(extract, text, expected):
    rels = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"}
    assert bool(rels & {("Jo Bloggs", "Kelby Trust"), ("Sam Okafor", "Kelby Opera")}) is expected


def test_roles_a_person_held_said_with_a_pronoun(extract):
    found = extract("Jo Bloggs has been confirmed as chair of the Kelby Trust. Before that she held senior roles at Walsall "
                    "Healthcare NHS Trust and Barset County Council.")
    assert {("Jo Bloggs", "partOf", "Walsall Healthcare NHS Trust"),
            ("Jo Bloggs", "partOf", "Barset County Council")} <= relations_of(found)


@pytest.mark.parametrize("text,expected", [
    ("Kelby Council's Ofsted inspection found serious failings.", ("Ofsted", "inspected", "Kelby Council")),
    ("Following Barset Hospital's CQC inspection, the trust made changes.",
     ("Care Quality Commission", "inspected", "Barset Hospital")),
    ("Kelby Youth Trust's National Lottery grant will pay for a minibus.", ("National Lottery", "funded", "Kelby Youth Trust")),
])
def test_a_trigger_noun_between_its_owner_and_a_body_names_who_did_it_to_whom(extract, text, expected):
    assert expected in relations_of(extract(text))


@pytest.mark.parametrize("text,expected", [
    ("Kelby Council has welcomed the findings of an Ofsted inspection of its children's services.", ("Ofsted", "inspected", "Kelby Council")),
    ("Barset County Council has accepted the findings of the CQC inspection published on Monday.",
     ("Care Quality Commission", "inspected", "Barset County Council")),
    ("Kelby Council welcomed the Ofsted inspection report.", ("Ofsted", "inspected", "Kelby Council")),
])
def test_a_body_welcoming_an_inspections_findings_is_the_one_inspected(extract, text, expected):
    assert expected in relations_of(extract(text))


def test_a_noun_before_part_of_in_apposition_is_what_is_part_not_the_name_before(extract):
    found = extract("Library trusts in Britain:\nAngus \u2013 Libraries part of Barset Cultural Trust.\n")
    assert not [r for r in found.relations if r.predicate == "partOf"]


def test_a_body_awarded_a_contract_by_a_council_is_appointed_by_it(extract):
    found = extract("Councillors agreed to set up a public service mutual organisation \u2013 'Reading for Barset' \u2013 to bid "
                    "for the contract. Reading for Barset has been awarded the contract by Barset County Council.")
    assert ("Barset County Council", "appointed", "Reading for Barset") in relations_of(found)


def test_a_body_welcoming_the_findings_of_an_inspection_of_another_is_not_inspected(extract):
    facts = relations_of(extract("Kelby Council welcomed the findings of the Ofsted inspection of Barset Council."))
    assert ("Ofsted", "inspected", "Barset Council") in facts and ("Ofsted", "inspected", "Kelby Council") not in facts


def test_a_bid_for_funding_is_no_grant(extract):
    assert not extract("Kelby Council's Lottery funding bid was turned down.").relations


def test_a_revisit_from_an_inspectorate_is_an_inspection(extract):
    found = extract("Kelby Fire and Rescue Service received a revisit from HMICFRS because of concerns about its culture.")
    assert ("HM Inspectorate of Constabulary and Fire & Rescue Services", "inspected",
            "Kelby Fire and Rescue Service") in relations_of(found)


def test_a_research_grant_to_a_person_from_a_research_council(extract):
    found = extract("Dr Jo Bloggs, from the School of Geography, has won £237,000 from NERC for a project on "
                    "flooding.")
    rel = next(r for r in found.relations if r.predicate == "funded")
    assert (rel.subject.name, rel.object.name, rel.amount.text) == ("Natural Environment Research Council", "Jo Bloggs", "£237,000")


@pytest.mark.parametrize("text,expected", [
    ("The Care Inspectorate published its monthly report. At Glenview Care Home in Perth, inspectors found residents "
     "left alone for hours.", True),
    ("At Glenview Care Home in Perth, inspectors found residents left alone for hours.", False),  # no inspectorate named
    ("Ofsted and the Care Inspectorate published reports. At Glenview Care Home, inspectors found residents left "
     "alone.", False),  # two: no one in particular
    ("The Care Inspectorate published its report. Residents at Glenview Care Home told inspectors they felt safe.", False),
])
def test_a_body_named_where_inspectors_found_things_was_inspected(extract, text, expected):
    rels = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "inspected"}
    assert (("Care Inspectorate", "Glenview Care Home") in rels) is expected


@pytest.mark.parametrize("text,expected", [
    ("Kelby College was supported by £7 million from the Levelling Up Fund.", True),
    ("The Levelling Up Fund supported Kelby College with £20 million.", True),
    ("The Levelling Up Fund supported Kelby College's plan, which will cost £5 million.", False),  # a cost is no grant
])
def test_supporting_a_body_with_a_sum_funds_it(extract, text, expected):
    assert (("Levelling Up Fund", "funded", "Kelby College") in relations_of(extract(text))) is expected


@pytest.mark.parametrize("text,subject", [
    ("The ICO has decided to fine Kelby Council £40,000 for the breach.", "Information Commissioner's Office"),
    ("The Gambling Commission's decision to fine Kelby Bet Ltd £2m follows an investigation.", "Gambling Commission"),
    ("The decision by Ofwat to fine Kelby Water £10m was welcomed.", "Ofwat"),
])
def test_a_decision_to_fine_a_body_is_a_fine(extract, text, subject):
    rel = next(r for r in extract(text).relations if r.predicate == "fined")
    assert rel.subject.name == subject and rel.amount is not None


def test_fine_as_an_adjective_after_to_is_left_alone(extract):
    found = extract("The council moved to fine dining at the Kelby Town Hall cafe.")
    assert not [r for r in found.relations if r.predicate == "fined"]


@pytest.mark.parametrize("text", [
    "Jo Bloggs is permanent secretary to the Cabinet Office.",
    "Jo Bloggs comes to the Kelby Trust from her post as permanent secretary to the Cabinet Office.",
])
def test_a_post_to_a_body(extract, text):
    assert ("Jo Bloggs", "partOf", "Cabinet Office") in relations_of(extract(text))


def test_sitting_on_the_board_at_a_body(extract):
    assert ("Jo Bloggs", "partOf", "Kelby Foundation") in relations_of(extract("Jo Bloggs also sits on the board at Kelby Foundation."))
    found = extract("Jo Bloggs is stepping down. She will continue to serve on the board at the Kelby Foundation.")
    assert ("Jo Bloggs", "partOf", "Kelby Foundation") in relations_of(found)


def test_an_appointee_described_then_named_with_a_pronoun_taking_the_job(extract):
    found = extract("Kelby Homes has appointed the former director of Barset Living as its new chief executive. Jo Bloggs "
                    "said that she will be taking up the post in May.")
    assert ("Kelby Homes", "appointed", "Jo Bloggs") in relations_of(found)


@pytest.mark.parametrize("text,expected", [
    ("The chief executive of Kelby Homes is to retire next year. Jo Bloggs, who has held the job since 2015, will leave "
     "in March.", True),
    ("The chief executive of Kelby Homes said the plans were sound. Jo Bloggs, a tenant, said she was pleased.", False),
    ("A new chief executive of Kelby Homes will be named soon. Jo Bloggs said the search would take months.", False),
    ("The boss of Kelby Homes said he would appeal. Jo Bloggs, the regulator's deputy chief inspector, said the job was "
     "not done.", False),  # (a post of her own)
])
def test_a_post_holder_described_then_named_in_the_next_sentence(extract, text, expected):
    assert (("Jo Bloggs", "partOf", "Kelby Homes") in relations_of(extract(text))) is expected


def test_a_director_of_childrens_services_written_as_an_initialism(extract):
    found = extract("Jo Bloggs, who has been the interim DCS at Kelby Council since May, said the service was improving.")
    assert ("Jo Bloggs", "partOf", "Kelby Council") in relations_of(found)


@pytest.mark.parametrize("text,expected", [
    ("Kelby Council runs Kelby Leisure Trust.", True),
    ("Jo Bloggs, chief executive of Kelby Care, the social enterprise that runs care services in Sutton and Kingston "
     "upon Thames, has been appointed.", False),
])
def test_running_a_body_owns_it_but_running_services_in_a_place_does_not(extract, text, expected):
    parts = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"
             and r.subject.type == "Organisation"}
    assert bool(parts) is expected


def test_a_bodys_possessive_before_a_unit_the_parser_split(extract):
    found = extract("Experts from the University of Kent's Centre for Ageing Research took part.")
    assert ("Centre for Ageing Research", "partOf", "University of Kent") in relations_of(found)


def test_the_university_after_a_list_of_universities_is_none_of_them(extract):
    found = extract("Staff of the Universities of Leeds, York and Hull signed the letter. Professor Jo Bloggs, from the "
                    "University’s Centre for Legal Studies, said it was welcome.")
    assert not [r for r in found.relations if r.subject.name == "Centre for Legal Studies" and r.predicate == "partOf"]
    found = extract("Staff of the University of Leeds signed the letter. Professor Jo Bloggs, from the University’s "
                    "Centre for Legal Studies, said it was welcome.")
    assert ("Centre for Legal Studies", "partOf", "University of Leeds") in relations_of(found)


@pytest.mark.parametrize("text", [
    "Kelby Community Council has come in for strong criticism from the Auditor General for Wales.",
    "The Auditor General for Wales published a report highlighting failures at Kelby Community Council.",
])
def test_criticism_from_an_auditor(extract, text):
    assert ("Audit Wales", "criticised", "Kelby Community Council") in relations_of(extract(text))


def test_a_bodys_short_form_after_a_posts_of(extract):
    found = extract("Kelby Academy Trust and Meridian Learning Partnership will merge. Jo Bloggs, chief executive of "
                    "Meridian, said the schools would benefit.")
    assert ("Jo Bloggs", "partOf", "Meridian Learning Partnership") in relations_of(found)


def test_a_previous_post_is_a_past_one(extract):
    found = extract("Previous Kelby Trust CEO Sam Patel retired in June. Kelby Trust has appointed a successor.")
    assert not [r for r in found.relations if r.predicate == "partOf"]
    assert "Kelby Trust" in {e.name for e in found.entities}


def test_a_decision_to_impose_a_sum_fine_on_a_body(extract):
    found = extract("The Competition and Markets Authority looked into the market. The tribunal agreed with the regulator’s "
                    "decision to impose a £12m fine on Kelby Pipes Ltd for price fixing.")
    rel = next(r for r in found.relations if r.predicate == "fined")
    assert (rel.subject.name, rel.object.name, rel.amount.text) == ("Competition and Markets Authority", "Kelby Pipes Ltd", "£12m")


def test_a_plural_noun_stands_for_no_one_body_named_before(extract):
    found = extract("The CMA fined Kelby Ltd £2m last year. The firms involved in the scheme agreed to pay fines of £8,400.")
    assert {r.amount.text for r in found.relations if r.predicate == "fined"} == {"£2m"}


def test_a_cartel_arrangement_is_no_partnership(extract):
    found = extract("Kelby Fuels and Barset Coal Ltd were found to have an illegal arrangement to share out customers, the CMA said.")
    assert not [r for r in found.relations if r.predicate == "partneredWith"]


@pytest.mark.parametrize("text,expected", [
    ("Under the plan Dundee will receive £12,500,000 of the Local Growth Fund.", True),
    ("Dundee received £5,000 of taxpayers' money from the Local Growth Fund's partners.", False),
])
def test_a_sum_of_a_fund_received_is_funding_from_it(extract, text, expected):
    assert (("Local Growth Fund", "funded", "Dundee") in relations_of(extract(text))) is expected


def test_a_former_office_set_off_before_a_name_is_a_past_post(extract):
    found = extract("A former Kent Police and Crime Commissioner, Jo Bloggs now chairs a housing charity.")
    assert not [r for r in found.relations if r.predicate == "partOf" and "Commissioner" in r.object.name]


def test_a_place_based_body_set_off_after_its_registered_number(extract):
    found = extract("The regulator has warned trustees as it closes its inquiry into Kelby Trust (1234567), a Salford-based "
                    "charity that supports carers.")
    assert ("Kelby Trust", "locatedIn", "Salford") in relations_of(found)


def test_a_groups_initials_and_plural_kind_are_one_name(extract):
    found = extract("Inspectors found KLM Schools, the trust that runs Brook Lane Primary School, had not fitted door guards.")
    assert "KLM Schools" in {e.name for e in found.entities}
    assert ("Brook Lane Primary School", "partOf", "KLM Schools") in relations_of(found)


def test_a_relative_clause_on_a_names_describing_noun_is_about_the_name(extract):
    found = extract("The Meadow Trust, the charity which runs Orchard House School, has been fined £3,000.")
    assert ("Orchard House School", "partOf", "Meadow Trust") in relations_of(found)


def test_a_place_describing_an_institution_does_not_stand_for_its_council(extract):
    found = extract("The Care Quality Commission visited in May. The Wiltshire community hospital was given a rating of "
                    "inadequate overall.")
    assert not [r for r in found.relations if "Council" in r.object.name]


def test_a_councils_services_still_stand_for_the_council(extract):
    found = extract("Ofsted rated Bradford children's services inadequate.")
    assert ("Ofsted", "inspected", "City of Bradford Metropolitan District Council") in relations_of(found)


@pytest.mark.parametrize("text,name", [
    ("Shelter Scotland was fined £2,000 by the Scottish Charity Regulator.", "Shelter Scotland"),
    ("The Charity Commission has fined Barnardo's Cymru £4,000.", "Barnardo's Cymru"),
    ("The Information Commissioner's Office fined Zentel UK £90,000 for nuisance calls.", "Zentel UK"),
])
def test_a_bodys_name_before_a_nations_is_its_arm_there(extract, text, name):
    found = extract(text)
    assert name in {r.object.name for r in found.relations if r.predicate == "fined"}
    assert not [e for e in found.entities if e.type == "Place"]


@pytest.mark.parametrize("text", [
    "The charity works in Edinburgh, Scotland and in Leeds.",
    "Councils across Scotland were fined by the regulator.",
])
def test_a_place_or_a_preposition_before_a_nation_is_no_arm(extract, text):
    assert "Scotland" in {e.name for e in extract(text).entities if e.type == "Place"}


def test_an_owners_possessive_opens_a_national_arms_name(extract):
    found = extract("Reports from the Kelby Trust and the Children & Young People's Commissioner Scotland show the strain.")
    assert "Children & Young People's Commissioner Scotland" in {e.name for e in found.entities}


@pytest.mark.parametrize("text", [
    "Westborough Council and the Kelby Trust have embarked on a partnership to support families.",
    "The Kelby Trust has forged a partnership with Westborough Council.",
])
def test_embarking_on_or_forging_a_partnership(extract, text):
    triples = relations_of(extract(text))
    assert {("Westborough Council", "partneredWith", "Kelby Trust"), ("Kelby Trust", "partneredWith", "Westborough Council")} & triples


def test_a_subject_glad_to_be_doing_something_does_it(extract):
    assert ("Kelby Trust", "partneredWith", "Westborough Council") in relations_of(
        extract("The Kelby Trust is delighted to be working in a long-term partnership with Westborough Council."))


def test_a_subject_keen_to_do_something_has_not_done_it(extract):
    assert not relations_of(extract("The Kelby Trust is keen to work with Westborough Council."))


def test_a_place_to_the_tagger_where_someone_is_managing_director_is_a_body(extract):
    found = extract("Westborough Council has commissioned Brightwell to run the service. Sam Okafor, managing director of "
                    "Brightwell, said: \"We are ready.\"")
    assert ("Sam Okafor", "partOf", "Brightwell") in relations_of(found)


def test_a_headlines_plural_verb_ends_the_name_before_it(extract):
    found = extract("The memorandum was signed on Monday.", title="Town of Ashby, Barset County and Kelby Davis Agree to "
                    "Memorandum of Understanding on Housing and Growth")
    assert not [e for e in found.entities if "Agree" in e.name]


def test_a_penalty_assessed_is_a_fine_not_an_assessment(extract):
    found = extract("Kelby Audit LLP was assessed a penalty of £40,000 by the Financial Reporting Council.")
    assert _triples(r for r in found.relations if r.amount) == {("Financial Reporting Council", "fined", "Kelby Audit LLP")}


def test_a_penalty_accepted_was_given_by_the_articles_regulator(extract):
    facts = _facts(extract, "The Financial Reporting Council looked into the audit. Kelby Audit LLP has accepted a "
                            "regulatory penalty of £35,000.")
    assert ("Financial Reporting Council", "fined", "Kelby Audit LLP", "35000", "implied-agent") in facts


def test_a_currencys_country_before_its_sign_is_part_of_the_sum(extract):
    found = extract("Kelby Audit LLP was assessed a penalty of 40,000 pounds (U.S. $51,000) by the Financial Reporting Council.")
    assert not [e for e in found.entities if e.name.startswith("U.S")]


def test_a_name_with_its_sum_in_brackets_is_still_the_one_fined(extract):
    facts = _facts(extract, "The Solicitors Regulation Authority published its decisions. Kelby Legal LLP (£6,150) has been "
                            "fined for missing risk assessments.")
    assert ("Solicitors Regulation Authority", "fined", "Kelby Legal LLP", "6150", "implied-agent") in facts


def test_a_list_of_names_each_with_its_sum_in_brackets(extract):
    found = extract("The Solicitors Regulation Authority published its decisions. Kelby Legal LLP (£6,150), The Barset "
                    "Practice Limited (£9,020), Ormond (£2,300) and Wexley & Co (£4,410) have all been fined this month.")
    fines = {(r.object.name, r.amount.text) for r in found.relations if r.predicate == "fined"}
    assert {("Kelby Legal LLP", "£6,150"), ("Barset Practice Limited", "£9,020"), ("Wexley & Co", "£4,410")} <= fines


def test_a_persons_name_does_not_run_on_through_of_into_a_place(extract):
    found = extract("Separately Daniel Webb of Leeds-based Harwood Clarke LLP was fined £12,400 by the regulator.")
    assert "Daniel Webb" in {e.name for e in found.entities if e.type == "Person"}
    assert not [e for e in found.entities if "Webb of" in e.name]


def test_people_appointed_to_a_body_leave_the_body_unappointed(extract):
    found = extract("The Ashby Housing Association has appointed two more tenant members to its Management Committee.")
    assert not [r for r in found.relations if r.predicate == "appointed"]


def test_a_contract_awarded_to_a_firm_still_appoints_it(extract):
    assert ("Kelby Council", "appointed", "Acme Ltd") in relations_of(extract("Kelby Council awarded contracts to Acme Ltd."))



def test_the_council_stands_for_the_one_place_named_before_it(extract):
    found = extract("Parents across Rutland are angry about the closures. Jo Bloggs, the council's director of children's "
                    "services, said changes were coming.", title="Parents lose out")
    assert ("Jo Bloggs", "partOf", "Rutland County Council") in relations_of(found)


def test_the_council_stands_for_no_place_when_two_are_named_before_it(extract):
    found = extract("Charities in Leeds and York were fined. Jo Bloggs, the council's leader, said so.", title="Charities fined")
    assert not [r for r in found.relations if r.predicate == "partOf"]


@pytest.mark.parametrize("text", [
    "Owned by Leeds City Council since 2010, Kelby Holdings Ltd runs the depot.",
    "Wholly owned by Leeds City Council, the company Kelby Holdings Ltd runs the depot.",
])
def test_a_fronted_participle_with_its_owner_is_about_the_main_clauses_subject(extract, text):
    assert ("Kelby Holdings Ltd", "partOf", "Leeds City Council") in relations_of(extract(text))


def test_a_care_home_named_court_is_no_court_that_fines(extract):
    found = extract("Acme Care Homes Limited was fined £20,000 in court on Friday. The Care Quality Commission brought the "
                    "prosecution. Meadow Court (run by Acme Care Homes Limited) is a care home in Kelby.")
    assert not [r for r in found.relations if r.predicate == "fined" and r.subject.name == "Meadow Court"]
    assert ("Meadow Court", "partOf", "Acme Care Homes Limited") in relations_of(found)


def test_a_law_court_named_in_the_sentence_still_fines(extract):
    found = extract("The Care Quality Commission brought the case. Acme Care Ltd admitted the offence at Barset Crown Court "
                    "and was fined £35,000.")
    assert ("Barset Crown Court", "fined", "Acme Care Ltd") in relations_of(found)


def test_the_company_is_the_nearest_firm_by_its_legal_ending(extract):
    found = extract("The Environment Agency brought the cases. Kelby Chemicals Limited, a chemical company, was fined £10,000 by "
                    "Barset Magistrates' Court. Wexley Water Plc was prosecuted for the third time this year. The company "
                    "was fined £7,000 by Ormond Magistrates' Court.")
    fines = {(r.object.name, r.amount.text) for r in found.relations if r.predicate == "fined"}
    assert ("Wexley Water Plc", "£7,000") in fines and ("Kelby Chemicals Limited", "£7,000") not in fines


def test_a_firms_name_with_and_before_its_legal_ending_is_one_name(extract):
    found = extract("The regulator fined Kelby and Barset Holdings Ltd £5,000.")
    assert "Kelby and Barset Holdings Ltd" in {e.name for e in found.entities}


@pytest.mark.parametrize("title,fact", [
    ("Ofwat fines Kelby Water £20.3m", ("Ofwat", "fined", "Kelby Water", "20300000")),
    ("ICO fines Barset Borough Council £40,000 over lost files", (
        "Information Commissioner's Office", "fined", "Barset Borough Council", "40000")),
    ("Kelby University partners with Barset NHS Foundation Trust", (
        "Kelby University", "partneredWith", "Barset NHS Foundation Trust", None)),
])
def test_a_headlines_present_tense_states_the_fact(extract, title, fact):
    found = extract("The decision was announced on Monday.", title=title)
    assert fact in {(r.subject.name, r.predicate, r.object.name, str(r.amount.value) if r.amount else None)
                    for r in found.relations}


def test_a_fine_slapped_on_a_body_by_a_regulator(extract):
    facts = _facts(extract, "The previous record was a £12.5m fine slapped on Kelby Water by Ofwat in March.")
    assert ("Ofwat", "fined", "Kelby Water", "12500000", "passive") in facts


def test_a_quoted_adjective_before_a_noun_is_no_name(extract):
    found = extract('Kelby Water was fined for misreporting its data, as well as "substandard" service.')
    assert not [e for e in found.entities if e.name == "substandard"]


@pytest.mark.parametrize("text,fact", [
    ("The Regulator of Social Housing published its judgements. One downgrade is for Kelby Homes.",
     ("Regulator of Social Housing", "inspected", "Kelby Homes")),
    ("The ICO looked at three cases. The biggest fine, £50,000, was for Barset Borough Council.",
     ("Information Commissioner's Office", "fined", "Barset Borough Council")),
])
def test_a_relations_noun_that_is_for_a_body(extract, text, fact):
    assert fact in relations_of(extract(text))


def test_a_nouns_for_with_no_body_names_no_one(extract):
    found = extract("The ICO looked at Barset Borough Council. The fine was for breaching the rules on data.")
    assert not [r for r in found.relations if r.predicate == "fined"]


def test_our_post_in_a_release_labelled_from_a_body_is_at_that_body(extract):
    found = extract("From: Kelby Arts Council\nWe have announced a major expansion of our investment.\n"
                    "Jo Bloggs, our chief executive, joined the minister to announce it.", title="Places expanded")
    assert ("Jo Bloggs", "partOf", "Kelby Arts Council") in relations_of(found)


@pytest.mark.parametrize("text,pair", [
    ("The City of Kelbyville currently partners with Barset State University to run the programme.",
     ("City of Kelbyville", "Barset State University")),
    ("Barset State University has signed a memorandum of understanding with the Town of Kelbyville.",
     ("Barset State University", "Town of Kelbyville")),
])
def test_a_city_of_name_that_acts_is_the_municipalitys_corporation(extract, text, pair):
    found = extract(text)
    town = next(name for name in pair if name.startswith(("City of", "Town of")))
    assert {e.name: e.type for e in found.entities}[town] == "Organisation"
    assert {(pair[0], "partneredWith", pair[1]), (pair[1], "partneredWith", pair[0])} & relations_of(found)


def test_a_city_of_name_where_someone_lives_stays_a_place(extract):
    found = extract("She has lived in the City of Kelbyville since 2010.")
    assert {e.name: e.type for e in found.entities}.get("City of Kelbyville") == "Place"


def test_a_post_joined_to_a_name_with_its_own_holder_is_the_holders(extract):
    found = extract("The memorandum was signed by Lord Mayor Jo Bloggs and the University's Vice Chancellor Professor Sam "
                    "Okafor. Kelby University said it was welcome.")
    names = {e.name for e in found.entities if e.type == "Person"}
    assert "Jo Bloggs" in names and not [n for n in names if "Mayor" in n]
    assert not [r for r in found.relations if r.subject.name == "Jo Bloggs" and r.predicate == "partOf"]


@pytest.mark.parametrize("text", [
    "Kelbyfield Residential Home is run by Barset Care Homes Limited.",
    "The home is the Kelbyfield Residential Home ('the care home') managed by Barset Care Homes Limited.",
])
def test_a_residential_home_run_or_managed_by_its_provider(extract, text):
    assert ("Kelbyfield Residential Home", "partOf", "Barset Care Homes Limited") in relations_of(extract(text))


def test_managing_to_do_something_is_no_ownership(extract):
    found = extract("Barset Care Homes Limited managed to reopen Kelbyfield Residential Home in May.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


def test_paying_for_failings_funds_nothing(extract):
    found = extract("Kelby Gaming Limited were required to pay a regulatory settlement for AML and social responsibility "
                    "failings, the Gambling Commission said.")
    assert not [r for r in found.relations if r.predicate == "funded"]


def test_a_listed_subject_the_parser_broke_is_each_subject(extract):
    found = extract("Kelby CiW Primary School, St. Barset RC High School and Ormond CiW Primary School were inspected "
                    "during the summer term 2017. Estyn published the reports.")
    inspected = {r.object.name for r in found.relations if r.predicate == "inspected"}
    assert inspected == {"Kelby CiW Primary School", "St. Barset RC High School", "Ormond CiW Primary School"}


def test_a_subject_set_off_by_commas_is_no_list(extract):
    found = extract("Kelby Borough Council, the regulator said, was fined £5,000 by the ICO.")
    assert {r.object.name for r in found.relations if r.predicate == "fined"} == {"Kelby Borough Council"}


@pytest.mark.parametrize("text,pair", [
    ("Estyn jointly inspects non-maintained settings with Care Inspectorate Wales.", ("Estyn", "Care Inspectorate Wales")),
    ("Kelby Borough Council jointly runs the service with Barset Borough Council.",
     ("Kelby Borough Council", "Barset Borough Council")),
])
def test_a_body_that_does_something_jointly_with_another_partners_it(extract, text, pair):
    assert (pair[0], "partneredWith", pair[1]) in relations_of(extract(text))


@pytest.mark.parametrize("text", [
    "Kelby Borough Council will appeal if it is fined £5,000 by the ICO.",
    "If Kelby Borough Council is fined, the ICO said, it will appeal.",
    "The ICO will inspect Kelby Borough Council if complaints continue.",
])
def test_a_fact_under_a_condition_is_not_stated(extract, text):
    assert not [r for r in extract(text).relations if r.predicate in {"fined", "inspected"}]


def test_what_a_decision_says_would_happen_is_stated(extract):
    found = extract("The ICO looked into the delays. It was decided that Kelby Borough Council would be reprimanded.")
    assert ("Information Commissioner's Office", "criticised", "Kelby Borough Council") in relations_of(found)


def test_a_headings_noun_written_in_lower_case_elsewhere_is_no_place(extract):
    found = extract("The ICO publishes reprimands.\nReprimand against Kelby Borough Council\nThe council was slow.")
    assert "Reprimand" not in {e.name for e in found.entities}
    assert ("Information Commissioner's Office", "criticised", "Kelby Borough Council") in relations_of(found)


def test_a_sum_ordered_of_a_group_named_elsewhere_is_no_ones_own(extract):
    found = extract("Ofgem has ordered three energy firms to pay £8 million. Kelby Energy, Barset Power and Ormond Gas "
                    "missed the payments.")
    fines = {(r.object.name, r.amount) for r in found.relations if r.predicate == "fined"}
    assert {name for name, _ in fines} == {"Kelby Energy", "Barset Power", "Ormond Gas"}
    assert all(amount is None for _, amount in fines)


def test_a_merger_of_two_bodies_one_the_tagger_calls_a_person(extract):
    found = extract("Housing associations Kelby Homes Trust and Barset Mosaic are to merge in a deal worth £6bn.\n"
                    "Kelby Homes Trust chief executive Jo Bloggs will retire, with Barset Mosaic's Sam Okafor taking the helm.",
                    title="Kelby and Barset Mosaic housing associations to merge")
    assert {e.name: e.type for e in found.entities}.get("Barset Mosaic") == "Organisation"
    assert ("Sam Okafor", "partOf", "Barset Mosaic") in relations_of(found)


def test_a_titled_name_then_a_bodys_post_is_the_person_at_the_body(extract):
    found = extract("Kelby Homes said it would merge. Lord Okafor, Kelby Homes's chairman who will remain in post, said "
                    "the group would achieve more.")
    assert ("Lord Okafor", "partOf", "Kelby Homes") in relations_of(found)


@pytest.mark.parametrize("text,fact", [
    ("Jo Bloggs is a Kelby Borough Council board member.", ("Jo Bloggs", "partOf", "Kelby Borough Council")),
    ("The Ormond Housing Group will merge. Jo Bloggs is an Ormond board member.", ("Jo Bloggs", "partOf", "Ormond Housing Group")),
])
def test_a_post_with_its_body_before_it_after_a_linking_verb(extract, text, fact):
    assert fact in relations_of(extract(text))


def test_bodies_offered_money_each_with_a_bracketed_sum(extract):
    found = extract("Kelby Council for Voluntary Services (£200,000) and Support Barset (£640,000) have been offered the "
                    "money by Kelby City Council to last for five years.")
    grants = {(r.subject.name, r.object.name, r.amount.value if r.amount else None) for r in found.relations if r.predicate == "funded"}
    assert grants == {("Kelby City Council", "Kelby Council for Voluntary Services", 200000),
                      ("Kelby City Council", "Support Barset", 640000)}


def test_a_place_before_a_kind_of_body_is_where_it_is_not_its_council(extract):
    found = extract("The Care Quality Commission published its report.", title="Nottinghamshire care home placed in special measures")
    assert not [r for r in found.relations if "Council" in r.object.name]


@pytest.mark.parametrize("text,fact", [
    ("Kelby Borough Council met on Monday. The leader of the council, Cllr. Jo Bloggs, welcomed the plan.",
     ("Jo Bloggs", "partOf", "Kelby Borough Council")),
    ("Kelby University has advertised the post. The Chairman of the University, Amb. Sam Okafor, presented a letter.",
     ("Sam Okafor", "partOf", "Kelby University")),
])
def test_a_title_written_short_with_a_stop_ends_no_sentence(extract, text, fact):
    assert fact in relations_of(extract(text))


def test_a_post_and_its_holder_after_a_preposition(extract):
    found = extract("Kelby University has advertised the post. It came after Prof. Jo Bloggs took over from the "
                    "Vice Chancellor of the University, Prof. Sam Okafor, in an acting capacity.")
    assert ("Sam Okafor", "partOf", "Kelby University") in relations_of(found)


def test_two_bodies_announcing_an_agreement_after_a_bracketed_date(extract):
    found = extract("Kelby Hospital NHS Trust and University of Barset have today (3 MAR) announced a research agreement.")
    assert {("Kelby Hospital NHS Trust", "partneredWith", "University of Barset"),
            ("University of Barset", "partneredWith", "Kelby Hospital NHS Trust")} & relations_of(found)


def test_two_bodies_starting_a_kind_of_joint_work_are_partners(extract):
    found = extract("In May 2016, the two inspectorates, Ofsted and the Care Quality Commission (CQC) started a new type "
                    "of joint inspection.")
    assert {("Ofsted", "partneredWith", "Care Quality Commission"),
            ("Care Quality Commission", "partneredWith", "Ofsted")} & relations_of(found)


def test_a_city_of_name_described_with_a_linking_verb_stays_a_place(extract):
    found = extract("The City of Kelbyville is home to 40,000 people.")
    assert not [e for e in found.entities if "Kelbyville" in e.name and e.type == "Organisation"]


def test_the_current_holder_of_a_post_at_the_headlines_one_body(extract):
    found = extract("Dr Jo Bloggs has been appointed by the Kelby Trust.\nShe takes over on October 1 following the "
                    "retirement of current CEO Sam Okafor.", title="Kelby Trust appoints new chief")
    assert ("Sam Okafor", "partOf", "Kelby Trust") in relations_of(found)


def test_a_body_that_gave_money_is_the_funder_of_what_others_received(extract):
    found = extract("The Department for Levelling Up, Housing and Communities has given £17m to councils. Nottingham City "
                    "Council received over £400,000, Bristol City Council over £300,000 and Hastings Borough Council almost "
                    "£250,000.", title="Funding for rough sleepers")
    grants = {(r.subject.name, r.object.name, int(r.amount.value) if r.amount else None) for r in found.relations if r.predicate == "funded"}
    assert {("Department for Levelling Up, Housing and Communities", "Nottingham City Council", 400000),
            ("Department for Levelling Up, Housing and Communities", "Bristol City Council", 300000)} <= grants


def test_a_body_that_provides_a_service_funds_no_one(extract):
    found = extract("Kelby Care Ltd provides care to 500 people in Barset. Barset Trust received £5,000 last year.")
    assert not [r for r in found.relations if r.predicate == "funded"]


@pytest.mark.parametrize("text, fact", [
    # the post conferred on the object of 'congratulate … on her election as'
    ("The leader also congratulated Councillor Lisa Brown on her election as Leader of Kelby County Council.",
     ("Lisa Brown", "partOf", "Kelby County Council")),
    ("The board congratulated Jo Bloggs on his appointment as chief executive of Harbour Trust.",
     ("Jo Bloggs", "partOf", "Harbour Trust")),
    # a post taken up in a purpose clause, 'the role as …'
    ("Professor Sheila Brown would be stepping down at the end of the month to take up the role as chair of Kelby "
     "Partnership Foundation Trust.", ("Sheila Brown", "partOf", "Kelby Partnership Foundation Trust")),
])
def test_posts_conferred_and_taken_up(extract, text, fact):
    assert fact in relations_of(extract(text))


def test_thanking_someone_for_their_work_confers_no_post(extract):
    found = extract("The board thanked Jo Bloggs for her work as a volunteer with Harbour Trust.")
    assert ("Jo Bloggs", "partOf", "Harbour Trust") not in relations_of(found)


def test_a_body_named_in_an_opening_in_phrase_inspectors_visited(extract):
    found = extract("The Health Information and Quality Authority (HIQA) has found that 25 nursing homes were "
                    "non-compliant. In the Kelby Community Nursing Unit in Co. Barset, which cares for 35 people, "
                    "inspectors found that the system for overseeing incidents was not robust.")
    assert ("Health Information and Quality Authority", "inspected", "Kelby Community Nursing Unit") in relations_of(found)


def test_an_opening_in_phrase_naming_a_place_is_no_inspection(extract):
    found = extract("HIQA published 35 reports. In Barset, inspectors found that staff were kind.")
    assert not [r for r in found.relations if r.predicate == "inspected"]


def test_fines_each_with_its_sum_written_before_its_object(extract):
    found = extract("The Kelby Data Authority has imposed a fine of EUR 51,000 on the Ministry of Industry and a fine "
                    "of EUR 27,200 on Yay Travel Ltd.")
    fines = {(r.object.name, int(r.amount.value)) for r in found.relations if r.predicate == "fined"}
    assert fines == {("Ministry of Industry", 51000), ("Yay Travel Ltd", 27200)}


def test_two_fines_and_a_third_sum_after_them_pair_no_sums(extract):
    found = extract("The Kelby Data Authority imposed a fine of £5,000 on Acme Ltd and a fine on Barset Ltd of £3,000.")
    assert not [r for r in found.relations if r.predicate == "fined" and r.object.name == "Acme Ltd"
                and r.amount is not None and int(r.amount.value) == 3000]


@pytest.mark.parametrize("sum_text", ["GBP900,000", "EUR 900,000", "£900,000"])
def test_a_grant_received_reads_the_same_in_any_currency_written_any_way(extract, sum_text):
    found = extract(f"Arts Council England has announced its grants. Kelby Theatre Trust will receive {sum_text}.")
    grants = {(r.subject.name, r.object.name, int(r.amount.value)) for r in found.relations if r.predicate == "funded"}
    assert grants == {("Arts Council England", "Kelby Theatre Trust", 900000)}


def test_the_body_a_penalty_is_payable_to_is_not_fined(extract):
    found = extract("Ofcom found the licensee in breach. Decision: To impose a financial penalty (payable to HM Paymaster "
                    "General) of £30,000 on Kelby Radio Limited.")
    assert "HM Paymaster General" not in {r.object.name for r in found.relations if r.predicate == "fined"}


def test_a_post_with_no_body_joined_to_one_at_a_body_is_at_that_body(extract):
    found = extract("Mr Sam Quinn is acting chief executive and Dr Jo Carson is chairman of the Kelby Quality Authority.")
    assert {("Sam Quinn", "partOf", "Kelby Quality Authority"), ("Jo Carson", "partOf", "Kelby Quality Authority")} <= relations_of(found)


@pytest.mark.parametrize("text", [
    "Jo Bloggs is a nurse and Sam Okafor is chair of Kelby Trust.",  # a kind of work, not a post there
    "Jo Bloggs is chief executive of Barset Trust and Sam Okafor is chair of Kelby Trust.",  # a body of its own
])
def test_a_joined_clause_lends_no_body_to_a_post_that_has_one_or_is_a_kind_of_work(extract, text):
    assert ("Jo Bloggs", "partOf", "Kelby Trust") not in relations_of(extract(text))


@pytest.mark.parametrize("text, held_before", [
    ("Dr Jo Bloggs, previously medical director at Kelby Hospitals Trust, will be director for specialised services.",
     ("Jo Bloggs", "partOf", "Kelby Hospitals Trust")),
    ("Barset Trust has appointed Sam Okafor, formerly chief operating officer at Kelby Trust, as its interim chief executive.",
     ("Sam Okafor", "partOf", "Kelby Trust")),
])
def test_a_post_said_to_be_held_before_is_not_held(extract, text, held_before):
    assert held_before not in relations_of(extract(text))


def test_a_post_held_now_beside_the_word_currently_is_held(extract):
    found = extract("Dr Jo Bloggs, currently medical director at Kelby Hospitals Trust, will join in May.")
    assert ("Jo Bloggs", "partOf", "Kelby Hospitals Trust") in relations_of(found)


def test_a_post_and_its_body_then_a_comma_and_the_name_ending_the_sentence(extract):
    found = extract("The watchdog has launched an investigation into allegations against the Chief Constable of Kelby "
                    "Police, Jo Bloggs.")
    assert ("Jo Bloggs", "partOf", "Kelby Police") in relations_of(found)


def test_a_post_and_its_body_then_a_list_of_names_gives_the_first_no_post(extract):
    found = extract("The watchdog met the Chief Constable of Kelby Police, Jo Bloggs and Sam Okafor at the station.")
    assert ("Jo Bloggs", "partOf", "Kelby Police") not in relations_of(found)


@pytest.mark.parametrize("text, grant", [
    ("The Kelby Community Fund announced its grants. Barset Trust will benefit from £49,065 for a project.",
     ("Kelby Community Fund", "Barset Trust", 49065)),
    ("The Kelby Community Fund announced its grants. Elsewhere, an award of £49,968 has been made to Barset Mental Health "
     "Association to support youngsters.", ("Kelby Community Fund", "Barset Mental Health Association", 49968)),
])
def test_money_a_body_benefits_from_or_an_award_made_to_it(extract, text, grant):
    found = extract(text)
    assert grant in {(r.subject.name, r.object.name, int(r.amount.value)) for r in found.relations
                     if r.predicate == "funded" and r.amount is not None}


def test_benefiting_from_a_scheme_is_no_grant(extract):
    found = extract("The Kelby Community Fund runs the scheme. Barset Trust will benefit from the new scheme.")
    assert not [r for r in found.relations if r.predicate == "funded"]


@pytest.mark.parametrize("text, fine", [
    # a participle joined to a passive one shares its subject; the court named in the sentence fined
    ("Kelby Waste Ltd has been convicted and fined £18,000 at Barset Magistrates Court for breaching its permit.",
     ("Barset Magistrates Court", "Kelby Waste Ltd", 18000)),
    ("Kelby Waste Ltd was prosecuted and fined £18,000 at Barset Magistrates Court.",
     ("Barset Magistrates Court", "Kelby Waste Ltd", 18000)),
    # tagged a past tense; the court named in the next sentence
    ("Kelby Waste Ltd has been convicted and penalised a total of £185,000 following prosecution by the Barset Agency. "
     "At Barset Crown Court, the judge said the firm was reckless.", ("Barset Crown Court", "Kelby Waste Ltd", 185000)),
    # a 'by' the parser made a preposition on the joined participle
    ("Kelby Council was criticised by Ofsted and fined £5,000 by the Information Commissioner's Office.",
     ("Information Commissioner's Office", "Kelby Council", 5000)),
    # a court of another country's kind
    ("Kelby Water was fined $30,000 after a spill. In the Barset Land and Environment Court, the judge said so.",
     ("Barset Land and Environment Court", "Kelby Water", 30000)),
])
def test_fines_on_a_participle_joined_to_a_passive_one(extract, text, fine):
    found = extract(text)
    assert fine in {(r.subject.name, r.object.name, int(r.amount.value)) for r in found.relations
                    if r.predicate == "fined" and r.amount is not None}


def test_an_active_verb_joined_to_a_passive_one_keeps_its_own_object(extract):
    found = extract("Jo Bloggs was appointed in 2019 and led Kelby Council until 2023.")
    assert ("Jo Bloggs", "partOf", "Kelby Council") in relations_of(found)


def test_a_former_leader_named_after_the_post_is_a_person_who_held_it_before(extract):
    found = extract("Former Kelby Council leader Dyfed Edwards was subsequently appointed as the new chair of Barset "
                    "University Health Board.")
    assert {e.name: e.type for e in found.entities}.get("Dyfed Edwards") == "Person"
    assert "Former Kelby Council" not in {e.name for e in found.entities}
    facts = relations_of(found)
    assert ("Dyfed Edwards", "partOf", "Barset University Health Board") in facts
    assert ("Dyfed Edwards", "partOf", "Kelby Council") not in facts


def test_a_name_the_tagger_calls_a_body_before_a_capitalised_post_is_its_holder(extract):
    found = extract('"We are delighted," said Niclola Prygodzicz, Chief Executive at Barset University Health Board.')
    assert {e.name: e.type for e in found.entities}.get("Niclola Prygodzicz") == "Person"
    assert ("Niclola Prygodzicz", "partOf", "Barset University Health Board") in relations_of(found)


def test_a_post_that_had_been_held_until_an_end_is_not_held(extract):
    found = extract("Jo Morgan had been leader of Kelby Council for over a decade until his resignation earlier this year.")
    assert ("Jo Morgan", "partOf", "Kelby Council") not in relations_of(found)


def test_a_post_that_had_been_held_since_a_date_is_held(extract):
    found = extract("Jo Bloggs had been chief executive of Kelby Trust since 2014.")
    assert ("Jo Bloggs", "partOf", "Kelby Trust") in relations_of(found)


@pytest.mark.parametrize("text, pair", [
    ("Kelby University has signed a Memorandum of Understanding (MoU) for academic co-operation with Barset University.",
     ("Kelby University", "Barset University")),
    ("Kelby Council signed an agreement on data sharing with Barset NHS Trust.", ("Kelby Council", "Barset NHS Trust")),
])
def test_a_partner_named_in_the_phrase_of_an_agreement_signed(extract, text, pair):
    facts = relations_of(extract(text))
    assert (pair[0], "partneredWith", pair[1]) in facts or (pair[1], "partneredWith", pair[0]) in facts


def test_a_fines_phrase_lends_no_object_to_the_fine(extract):
    found = extract("The regulator imposed a fine for failings with Kelby Ltd's systems on Barset Care Ltd.")
    assert "Kelby Ltd" not in {r.object.name for r in found.relations if r.predicate == "fined"}


def test_a_post_and_its_body_opening_a_run_before_a_name(extract):
    found = extract('Vice-Chancellor of Kelby University Mr Jo Marchant, said: "We are proud."')
    assert {"Kelby University", "Jo Marchant"} <= {e.name for e in found.entities}
    assert "Vice-Chancellor of Kelby University" not in {e.name for e in found.entities}


def test_a_dates_last_number_opens_no_name(extract):
    found = extract("date 2021-11-19 Kelby City Council chief executive Jo Williams spoke.")
    assert "Kelby City Council" in {e.name for e in found.entities}
    assert ("Jo Williams", "partOf", "Kelby City Council") in relations_of(found)


def test_a_post_for_several_places_is_no_councils(extract):
    found = extract("Dr Jo Rossini, currently director of public health at Kelby Borough Council, has been appointed Centre "
                    "Director for Cumbria and Lancashire.")
    facts = relations_of(found)
    assert ("Jo Rossini", "partOf", "Kelby Borough Council") in facts
    assert not [f for f in facts if f[2] == "Lancashire County Council" or f[0] == "Lancashire County Council"]


def test_a_list_of_places_tagged_as_one_body_is_each_place(extract):
    found = extract("Dr Sam Khaw will be Centre Director for Lincolnshire, Leicestershire, Nottinghamshire and Derbyshire.")
    types = {e.name: e.type for e in found.entities}
    assert all(types.get(p) == "Place" for p in ("Lincolnshire", "Leicestershire", "Nottinghamshire", "Derbyshire"))
    assert not [n for n in types if "," in n]


def test_joint_work_inside_a_clause_under_the_object_is_not_the_subjects(extract):
    found = extract("Kelby County Council, Barset Council, and Wexbury Council have appointed people who are not trained "
                    "in public health to take charge of joint public health and social services departments.")
    assert not [r for r in found.relations if r.predicate == "partneredWith"]


def test_a_capitalised_word_the_tagger_puts_in_a_date_can_be_a_name(extractor):
    from spacy.tokens import Span

    from kg.extract.mentions import _date_slip
    doc = extractor.nlp("Duncan Kelbie spoke in May about it.")
    doc.ents = [Span(doc, 1, 2, label="DATE"), Span(doc, 4, 5, label="DATE")]
    assert _date_slip(doc[1]) and not _date_slip(doc[4])


@pytest.mark.parametrize("text, fact", [
    ("The Local Government Ombudsman found maladministration by Kelby District Council.",
     ("Local Government and Social Care Ombudsman", "criticised", "Kelby District Council")),
    ("Local Government Ombudsmen investigation reports\nThe Local Government Ombudsmen found fault with Kelby District Council.",
     ("Local Government and Social Care Ombudsman", "criticised", "Kelby District Council")),
])
def test_fault_found_by_a_body_is_criticism(extract, text, fact):
    assert fact in relations_of(extract(text))


@pytest.mark.parametrize("text", [
    "The Local Government Ombudsman found no maladministration by Kelby District Council.",
    "The Local Government Ombudsman did not find fault with Kelby District Council.",
])
def test_no_fault_found_is_no_criticism(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "criticised"]


def test_a_body_installs_someone_as_its_officer(extract):
    found = extract("Kelby University has installed Sir Sam Witty as its new Chancellor.")
    assert {("Kelby University", "appointed", "Sam Witty"), ("Sam Witty", "partOf", "Kelby University")} <= relations_of(found)


def test_installing_equipment_appoints_no_one(extract):
    found = extract("Kelby Council installed new heat pumps as part of the Barset Scheme.")
    assert not [r for r in found.relations if r.predicate == "appointed"]


def test_a_regulator_is_not_inspected_by_a_body_it_regulates(extract):
    found = extract("The trust is working on its plans.", title="Kelby NHS Trust maternity services downgraded, further to CQC inspection")
    assert not [r for r in found.relations if r.predicate in {"inspected", "fined"} and r.object.name == "Care Quality Commission"]


def test_a_regulator_fined_by_another_regulator(extract):
    found = extract("The Information Commissioner's Office fined the Care Quality Commission £10,000 for losing files.")
    assert ("Information Commissioner's Office", "fined", "Care Quality Commission") in relations_of(found)


@pytest.mark.parametrize("text, rating", [
    ("The Care Quality Commission published its report. Kelby Police will move into special measures.", "special measures"),
    ("Ofsted published its report on Monday. Kelby Council has gone into special measures.", "special measures"),
    ("The Care Quality Commission published its report. Kelby Hospital fell into special measures last year.", "special measures"),
])
def test_a_body_moving_into_a_rating_was_rated(extract, text, rating):
    [found] = [r for r in extract(text).relations if r.predicate == "inspected"]
    assert found.rating == rating and found.rule.startswith("copula-rating")


def test_going_to_lengths_is_no_rating(extract):
    found = extract("Ofsted published its report on Monday. Kelby Council went to great lengths to improve.")
    assert not [r for r in found.relations if r.predicate == "inspected"]


def test_the_met_is_the_metropolitan_police(extract):
    found = extract("The report was sent to acting Met Commissioner Sir Jo Bloggs on Monday.")
    assert ("Jo Bloggs", "partOf", "Metropolitan Police") in relations_of(found)
    assert entity_named(extract("The Met Office issued a weather warning."), "Met Office").type == "Organisation"


@pytest.mark.parametrize("text, fact", [
    ("Jo Smith, Finance Director of Kelby Homes Ltd, attended the hearing.", ("Jo Smith", "partOf", "Kelby Homes Ltd")),
    ("Mr Jo Smith, Company Secretary of Kelby Foods Ltd, attended the hearing.", ("Jo Smith", "partOf", "Kelby Foods Ltd")),
    ("Mr Jo Smith, Company Secretary of Kelby (Barset) Ltd, attended the hearing.", ("Jo Smith", "partOf", "Kelby (Barset) Ltd")),
])
def test_a_posts_field_before_its_word_is_no_part_of_the_body(extract, text, fact):
    assert fact in relations_of(extract(text))


def test_a_place_before_a_post_word_stays_in_the_name(extract):
    found = extract("Staffordshire Commissioner for Police, Fire & Rescue and Crime Jo Bloggs suspended the chief constable.")
    assert "Staffordshire Commissioner for Police" in {e.name for e in found.entities}


def test_a_town_in_a_bodys_street_address_is_not_fined(extract):
    found = extract("The owner of Kelby Foods Ltd, 12 Mill Street, Stowmarket was fined £5,000 at Ipswich Magistrates' Court.")
    fines = [r for r in found.relations if r.predicate == "fined"]
    assert fines and all(r.object.name == "Kelby Foods Ltd" for r in fines)


@pytest.mark.parametrize("text, holders", [
    ('"We are encouraged," said Jo Smith and Sam Jones, joint chief executives at Kelby Trust.', {"Jo Smith", "Sam Jones"}),
    ("The report was written by Jo Smith and Sam Jones, researchers at Kelby University.", {"Jo Smith", "Sam Jones"}),
    ("Jo Smith, Sam Jones and Ann Lee, trustees of the Kelby Trust, said they were pleased.", {"Jo Smith", "Sam Jones", "Ann Lee"}),
    ("Jo Smith and Sam Jones, co-chairs of the Kelby Partnership Board, said they were pleased.", {"Jo Smith", "Sam Jones"}),
])
def test_a_plural_post_after_joined_names_is_each_ones(extract, text, holders):
    assert holders == {r.subject.name for r in extract(text).relations if r.predicate == "partOf"}


def test_a_singular_post_after_a_met_name_is_only_its_own(extract):
    found = extract("Jo Smith met Sam Jones, chief executive of Kelby Trust.")
    assert {r.subject.name for r in found.relations if r.predicate == "partOf"} == {"Sam Jones"}


def test_a_notice_of_intention_to_fine_is_no_fine_and_its_kinds_no_names(extract):
    found = extract("On 15 October 2019, Ofqual issued Kelby Exams Ltd with a Notice of Intention to impose a Monetary Penalty.")
    assert not [r for r in found.relations if r.predicate == "fined"]
    assert {e.name for e in found.entities} == {"Ofqual", "Kelby Exams Ltd"}


def test_a_notice_requiring_a_body_to_pay_a_fine_fines_it(extract):
    found = extract("On 29 January 2020, Ofqual formally issued Kelby Exams Ltd with a Notice of Monetary Penalty "
                    "requiring it to pay a fine of £350,000.")
    [fine] = [r for r in found.relations if r.predicate == "fined"]
    assert (fine.subject.name, fine.object.name, fine.amount.value) == ("Ofqual", "Kelby Exams Ltd", 350000)


def test_a_body_agreeing_to_pay_is_still_the_payer(extract):
    found = extract("Ofwat said that Kelby Water had agreed to pay a penalty of £5m.")
    assert ("Ofwat", "fined", "Kelby Water") in relations_of(found)


def test_the_health_research_funder_is_known_by_its_old_and_new_names(extract):
    found = extract("The National Institute for Health Research funded the study. NIHR's School for Social Care Research "
                    "was set up in 2009. The National Institute for Health and Care Research launched a new programme.")
    funder = entity_named(found, "NIHR")
    assert funder.name == "National Institute for Health and Care Research" and "National Institute for Health Research" in funder.aliases


def test_a_title_before_a_lone_name_takes_a_surname_but_a_knights_a_given_name(extract):
    found = extract("Paul Hackett will lead the new landlord. Mr Paul said he was delighted.")
    assert entity_named(found, "Paul Hackett").aliases == set()
    found = extract("Sir David Bloggs chairs the trust. Sir David said he was delighted.")
    assert "Sir David" in entity_named(found, "David Bloggs").aliases


@pytest.mark.parametrize("text, fact", [
    ("In a statement, Jo Bloggs, Chairman of Peabody, said the merger was agreed.", ("Jo Bloggs", "partOf", "Peabody")),
    ("Sam Jones, Chief Executive of Harbour Mosaic, said the merger was agreed.", ("Sam Jones", "partOf", "Harbour Mosaic")),
])
def test_the_name_after_a_post_held_at_a_body_is_the_body(extract, text, fact):
    found = extract(text)
    assert fact in relations_of(found) and entity_named(found, fact[2]).type == "Organisation"


def test_a_board_after_a_post_is_no_body_of_its_own(extract):
    found = extract("Jo Bloggs, Chair of Governors, said the school would improve.")
    assert {e.name for e in found.entities} == {"Jo Bloggs"}


def test_two_holders_each_with_a_post_keep_their_own_bodies(extract):
    found = extract("In a joint statement, Jo Bloggs, Chairman of Peabody, and Sam Jones, Chairman of Harbour Mosaic, said "
                    "the new group would build on their record.")
    assert {(r.subject.name, r.object.name) for r in found.relations if r.predicate == "partOf"} == {
        ("Jo Bloggs", "Peabody"), ("Sam Jones", "Harbour Mosaic")}


@pytest.mark.parametrize("text, pair", [
    ("Kelbyvo's chief executive spoke. Both Kelbyvo and Barset Housing Group confirmed that the two have merged.",
     {"Kelbyvo", "Barset Housing Group"}),
    ("Housing associations L&Q and East Thames have confirmed their merger.", {"L&Q", "East Thames"}),
])
def test_a_pair_of_bodies_after_both_or_their_kind_is_two_names(extract, text, pair):
    found = extract(text)
    assert pair <= {e.name for e in found.entities} and all(entity_named(found, name).type == "Organisation" for name in pair)


def test_a_pair_of_bodies_merging_partner(extract):
    found = extract("Housing associations L&Q and East Thames have confirmed their merger.")
    assert [{r.subject.name, r.object.name} for r in found.relations if r.predicate == "partneredWith"] == [{"L&Q", "East Thames"}]


def test_both_opens_a_pair_only_when_its_and_is_the_pairs(extractor):
    from kg.extract.name_runs import pair_named
    from kg.vocab.lexicon import type_rules

    rules = type_rules()
    doc = extractor.nlp("Both Kelbyvo and Barset Housing Group confirmed it.")
    assert pair_named(doc, 1, 2, rules)
    doc = extractor.nlp("Both Social Policy and Practice, and the Kelby Information Service aim to increase capacity.")
    assert not pair_named(doc, 1, 3, rules)


@pytest.mark.parametrize("text", [
    "Jo Bloggs remains chief executive of Kelby Trust.",
    "Jo Bloggs will remain as Kelby Trust chief executive.",
])
def test_remaining_in_a_post_holds_it(extract, text):
    assert ("Jo Bloggs", "partOf", "Kelby Trust") in relations_of(extract(text))


def test_remaining_confident_is_no_post(extract):
    assert not extract("Jo Bloggs remains confident about Kelby Trust.").relations


def test_naming_which_bodies_a_kind_is_appoints_none(extract):
    found = extract("The Kelby Ombudsman named the five landlords as the London boroughs of Camden and Newham, as well as "
                    "the housing associations Harbour Housing and the Kelby Group.")
    assert not [r for r in found.relations if r.predicate == "appointed"]


def test_naming_a_firm_as_preferred_bidder_still_appoints_it(extract):
    found = extract("Kelby Council named Barset Homes Ltd as its preferred bidder.")
    assert ("Kelby Council", "appointed", "Barset Homes Ltd") in relations_of(found)


def test_two_words_joined_after_a_singular_kind_of_firm_are_one_firm(extract):
    found = extract("Kelby County Council has signed a contract with developer Urban and Civic to deliver the homes.")
    assert ("Kelby County Council", "partneredWith", "Urban and Civic") in relations_of(found)
    assert {e.name for e in found.entities} == {"Kelby County Council", "Urban and Civic"}


def test_confirmed_in_a_post_without_as_holds_it(extract):
    assert ("Jo Bloggs", "partOf", "Kelby Trust") in relations_of(extract("Jo Bloggs has been confirmed the chair of Kelby Trust."))


def test_confirmed_dead_is_no_post(extract):
    assert not extract("Jo Bloggs was confirmed dead at the scene by Kelby Police.").relations


@pytest.mark.parametrize("text, body", [
    ("Jo Bloggs is chair of NHS Kelby, Barset and Harbour ICB.", "NHS Kelby, Barset and Harbour ICB"),
    ("Jo Bloggs has been confirmed the chair of the new NHS Birmingham, Black Country and Solihull ICB cluster.",
     "NHS Birmingham, Black Country and Solihull ICB"),
])
def test_an_nhs_body_named_for_a_list_of_places_is_one_body(extract, text, body):
    assert ("Jo Bloggs", "partOf", body) in relations_of(extract(text))


def test_an_nhs_body_listed_with_other_bodies_stays_apart(extract):
    found = extract("NHS Birmingham, Warwickshire County Council and Coventry City Council signed the deal.")
    assert {"NHS Birmingham", "Warwickshire County Council", "Coventry City Council"} <= {e.name for e in found.entities}


@pytest.mark.parametrize("text, fact", [
    ("The Kelby Authority has shifted its focus to enforcement, after being criticised by the National Audit Office for its record.",
     ("National Audit Office", "criticised", "Kelby Authority")),
    ("Kelby Council changed its policy after being fined by the Information Commissioner's Office.",
     ("Information Commissioner's Office", "fined", "Kelby Council")),
    ("After being criticised by Ofsted, Kelby Council changed its policy.", ("Ofsted", "criticised", "Kelby Council")),
])
def test_a_passive_after_before_or_after_is_about_the_clauses_subject(extract, text, fact):
    assert fact in relations_of(extract(text))


@pytest.mark.parametrize("text, fact", [
    ("The Children's Commissioner for England published a report. The commissioner, Anne Bloggs, said the system was broken.",
     ("Anne Bloggs", "partOf", "Children's Commissioner for England")),
    ("The Information Commissioner's Office fined Kelby Council. The commissioner, Jo Bloggs, said the breach was serious.",
     ("Jo Bloggs", "partOf", "Information Commissioner's Office")),
])
def test_a_name_set_off_after_the_post_holds_it_at_the_office_named_for_it(extract, text, fact):
    assert fact in relations_of(extract(text))


def test_a_name_set_off_after_a_post_no_body_is_named_for_holds_nothing(extract):
    found = extract("The Kelby Trust published a report. The chief executive, Jo Bloggs, said the system was broken.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


@pytest.mark.parametrize("text, name", [
    ("The campaign was backed by the Kelby Office of the Police and Crime Commissioner.",
     "Kelby Office of the Police and Crime Commissioner"),
    ("The new campaign has been backed by Gloucestershire's Office of the Police and Crime Commissioner.",
     "Office of the Police and Crime Commissioner"),
])
def test_a_name_cut_inside_a_kind_of_office_ends_with_the_office(extract, text, name):
    assert name in {e.name for e in extract(text).entities}


@pytest.mark.parametrize("text, title, fact", [
    ("This annual report from the Kelby Foundation examines poverty.", "Kelby Foundation report: UK Poverty 2018",
     ("Kelby Foundation", "published", "UK Poverty 2018")),
    ("The Kelby Foundation report UK Poverty 2018 examines poverty.", "Test article",
     ("Kelby Foundation", "published", "UK Poverty")),
])
def test_a_work_named_right_after_a_bodys_kind_noun_is_the_bodys(extract, text, title, fact):
    assert fact in relations_of(extract(text, title=title))


def test_a_heading_after_a_colon_is_no_bodys_work(extract):
    found = extract("Kelby Council agreed the report. Policy: Housing Strategy 2020 was adopted.")
    assert not [r for r in found.relations if r.predicate == "published"]


@pytest.mark.parametrize("text, fact", [
    ("With funding from Arts Council England, the Kelby Trust will open a new gallery.",
     ("Arts Council England", "funded", "Kelby Trust")),
    ("Thanks to a £50,000 grant from the National Lottery Community Fund, Kelby Trust will open a new cafe.",
     ("National Lottery Community Fund", "funded", "Kelby Trust")),
    ("Kelby Trust will open a new cafe thanks to a £50,000 grant from the National Lottery Community Fund.",
     ("National Lottery Community Fund", "funded", "Kelby Trust")),
    ("Through funding from Sport England, Kelby Council has built a new pool.", ("Sport England", "funded", "Kelby Council")),
    ("The Kelby Foundation was founded in 2011 by the Barset Trust, with a £12 million grant from the Department for Education.",
     ("Department for Education", "funded", "Kelby Foundation")),
])
def test_money_from_a_body_in_a_phrase_on_a_clause_went_to_its_doer(extract, text, fact):
    assert fact in relations_of(extract(text))


def test_a_passives_agent_is_not_given_the_money_the_phrase_on_it_names(extract):
    found = extract("The Kelby Foundation was founded in 2011 by the Barset Trust, with a £12 million grant from the Department for Education.")
    assert ("Department for Education", "funded", "Barset Trust") not in relations_of(found)


@pytest.mark.parametrize("text, rated", [
    ("Ofsted published its reports. Meanwhile Kelby Training Ltd was hit with a damning 'inadequate' grade across the board.",
     "Kelby Training Ltd"),
    ("Ofsted published its reports. Kelby College earned its grade-one report after a full inspection.", "Kelby College"),
    ("Ofsted published its reports. Kelby College and Barset College rose from grade three to two.", "Barset College"),
    ("Ofsted published its reports. But Kelby Learning, a small provider, dropped from a grade three to a four.", "Kelby Learning"),
])
def test_a_body_hit_with_earning_or_moving_between_grades_was_rated(extract, text, rated):
    assert ("Ofsted", "inspected", rated) in relations_of(extract(text))


def test_a_grade_earned_at_school_by_a_person_is_no_inspection(extract):
    found = extract("Ofsted published its reports. Jo Bloggs earned a good grade in her exams at Kelby College.")
    assert not [r for r in found.relations if r.predicate == "inspected" and r.object.type == "Person"]


@pytest.mark.parametrize("text, before", [
    ("Former director of social services at Kelby Council Jo Bloggs is to be the director at Barset.", ("Jo Bloggs", "partOf", "Kelby Council")),
    ("The former director of social services at Kelby Council, Jo Bloggs, is to join Barset Council.",
     ("Jo Bloggs", "partOf", "Kelby Council")),
])
def test_a_post_phrase_saying_former_before_the_name_is_held_no_longer(extract, text, before):
    assert before not in relations_of(extract(text))


@pytest.mark.parametrize("text", [
    "Director of social services at Kelby Council Jo Bloggs is to join Barset Council.",
    "The director of social services at Kelby Council, Jo Bloggs, said it was welcome.",
])
def test_a_post_phrase_before_the_name_is_held(extract, text):
    assert ("Jo Bloggs", "partOf", "Kelby Council") in relations_of(extract(text))


@pytest.mark.parametrize("text", [
    "John Bloggs last week landed the role of director of children's services at Kelby Council.",
    "John Bloggs has secured the post of director of children's services at Kelby Council.",
])
def test_landing_or_securing_a_post_takes_it(extract, text):
    assert ("John Bloggs", "partOf", "Kelby Council") in relations_of(extract(text))


def test_a_phrase_hung_on_the_clauses_auxiliary_is_about_its_subject(extract):
    found = extract("In collaboration with Kelby University, Barset Trust has for the past nine months gathered insights.")
    assert ("Barset Trust", "partneredWith", "Kelby University") in relations_of(found)


@pytest.mark.parametrize("text, body", [
    ("Jo Bloggs, director of the Care Quality Commission's south network, said the trust must improve.", "Care Quality Commission"),
    ("Jo Bloggs, head of Kelby Council's planning directorate, said it was welcome.", "Kelby Council"),
])
def test_a_post_over_a_bodys_unit_is_held_at_the_body(extract, text, body):
    assert ("Jo Bloggs", "partOf", body) in relations_of(extract(text))


@pytest.mark.parametrize("text, fact", [
    ("Kelby Council has relaunched its Community Action Fund.", ("Kelby Council", "launched", "Community Action Fund")),
    ("Kelby Trust has reappointed Jo Bloggs as chair.", ("Kelby Trust", "appointed", "Jo Bloggs")),
    ("Ofsted reinspected Kelby School in May.", ("Ofsted", "inspected", "Kelby School")),
])
def test_a_trigger_verb_done_again_is_the_same_relation(extract, text, fact):
    assert fact in relations_of(extract(text))


@pytest.mark.parametrize("text, fact", [
    ("Kelbyshire's Police and Crime Commissioner Jo Bloggs has relaunched his fund.",
     ("Jo Bloggs", "partOf", "Kelbyshire's Police and Crime Commissioner")),
    ("Jo Bloggs, Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly, said it was welcome.",
     ("Jo Bloggs", "partOf", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly")),
])
def test_a_kind_of_office_named_with_its_places_is_that_places_office(extract, text, fact):
    found = extract(text)
    assert fact in relations_of(found) and "Police and Crime Commissioner" not in {e.name for e in found.entities}


@pytest.mark.parametrize("text, held", [
    ("The report criticises the Kelby Office's former permanent secretary, Sir Jo Bloggs, who presided over the problems.", False),
    ("The report praises the Kelby Office's permanent secretary, Sir Jo Bloggs, who presided over the changes.", True),
])
def test_a_bodys_former_post_set_off_before_the_name_is_held_no_longer(extract, text, held):
    assert (("Jo Bloggs", "partOf", "Kelby Office") in relations_of(extract(text))) is held


def test_a_post_title_with_a_modifier_after_its_word_before_a_name_is_no_body(extract):
    found = extract("The accounts were late, the Auditor General Jo Bloggs found.")
    assert {(e.type, e.name) for e in found.entities} == {("Person", "Jo Bloggs")}


def test_a_title_before_a_name_is_held_at_the_body_the_article_names_by_it(extract):
    found = extract("The Auditor General for Wales has today published reports. All three councils failed to submit "
                    "accounts, the Auditor General Jo Bloggs found.")
    assert ("Jo Bloggs", "partOf", "Audit Wales") in relations_of(found)


def test_a_title_no_body_is_named_by_holds_nothing(extract):
    found = extract("The Kelby Trust met on Monday. The Chief Executive Jo Bloggs said it was late.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


def test_which_after_a_persons_post_at_a_body_is_about_the_body(extract):
    found = extract('Jo Bloggs, chief executive of the Kelby Federation, which worked with Barset Council and the Harbour '
                    'Agency on the plans, said: "We are delighted."')
    assert {("Kelby Federation", "partneredWith", "Barset Council"), ("Kelby Federation", "partneredWith", "Harbour Agency")} <= relations_of(found)
    assert not {r for r in relations_of(found) if r[1] == "partneredWith" and "Kelby Federation" not in (r[0], r[2])}


def test_the_objects_of_a_relative_partnership_are_not_partners_of_each_other(extract):
    found = extract("The Kelby Trust, which works with Barset Council and Harbour Homes, said it was delighted.")
    assert {frozenset((r[0], r[2])) for r in relations_of(found) if r[1] == "partneredWith"} == {
        frozenset(("Kelby Trust", "Barset Council")), frozenset(("Kelby Trust", "Harbour Homes"))}


def test_a_semicolon_ends_a_name_in_a_list(extract):
    found = extract("The agency will support partnerships with Great Kelby; Barset Group; Matrix Partnership; Places for People.")
    assert "Matrix Partnership" in {e.name for e in found.entities}


@pytest.mark.parametrize("text, amount", [
    ("The Kelby Fund has awarded £2m to Barset Trust, Harbour Homes and Kelby Museum.", None),
    ("The Kelby Fund gave £5,000 each to Barset Trust, Harbour Homes and Kelby Museum.", 5000),
])
def test_a_sum_given_to_several_bodies_is_their_total_unless_each(extract, text, amount):
    grants = [r for r in extract(text).relations if r.predicate == "funded"]
    assert len(grants) == 3 and all((r.amount.value if r.amount else None) == amount for r in grants)


def test_bodies_that_came_together_to_create_a_thing_created_it(extract):
    found = extract("Kelby Council and Barset Trust have come together to create the Kelby Strategy.")
    assert {("Kelby Council", "created", "Kelby Strategy"), ("Barset Trust", "created", "Kelby Strategy")} <= relations_of(found)


def test_a_purpose_clause_is_its_main_subjects_not_the_name_before_it(extract):
    found = extract("Kelby County Council partnered with Kelby Police and the University of Kelby to set up the Kelby "
                    "Centre for Data Analytics in 2018.")
    assert not [r for r in found.relations if r.predicate == "created" and r.subject.name != "Kelby County Council"]


def test_the_fa_is_the_football_association(extract):
    assert entity_named(extract("The FA said the grant was welcome."), "FA").name == "Football Association"


def test_a_court_named_before_a_defendant_holds_no_post_for_them(extract):
    found = extract("On 10 November 2020 at Kelby Magistrates' Court Ms Jo Bloggs pleaded guilty to a charge.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


@pytest.mark.parametrize("text, fact", [
    ("Kelby University's Dr Jo Bloggs said it was welcome.", ("Jo Bloggs", "partOf", "Kelby University")),
    ("Kelbyshire Police and Crime Commissioner Jo Bloggs said it was welcome.",
     ("Jo Bloggs", "partOf", "Kelbyshire Police and Crime Commissioner")),
])
def test_a_body_or_office_right_before_a_name_with_a_post_or_a_possessive_holds_it(extract, text, fact):
    assert fact in relations_of(extract(text))


def test_a_posts_kind_is_read_from_its_own_words_not_the_next_holders(extract):
    found = extract("He saw the signing of a partnership between the trust and Kelby University, by the trust's chief executive "
                    "Jo Bloggs and Professor Sam Jones, Kelby University's pro vice-chancellor.")
    assert ("Jo Bloggs", "partOf", "Kelby University") not in relations_of(found)
    assert ("Sam Jones", "partOf", "Kelby University") in relations_of(found)


@pytest.mark.parametrize("acronym, name", [
    ("DfT", "Department for Transport"), ("FCDO", "Foreign, Commonwealth and Development Office"), ("MoD", "Ministry of Defence"),
    ("Defra", "Department for Environment, Food & Rural Affairs"), ("DESNZ", "Department for Energy Security and Net Zero"),
])
def test_a_ministrys_usual_initials_are_the_ministry(extract, acronym, name):
    assert entity_named(extract(f"{acronym} said the plans were welcome."), acronym).name == name


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_court_on_the_line_before_does_not_fine_the_next_items_firm(extract, sep):
    # a page read from HTML gives one line per paragraph, a text file a blank line between them
    found = extract(f"Acme Water Limited pleaded guilty at Barset Crown Court to one offence. The company was fined "
                    f"£125,000.{sep}Kelby Utilities was fined £10,000 for discharging sewage into a brook.")
    assert ("Barset Crown Court", "fined", "Acme Water Limited") in _triples(found.relations)
    assert not [r for r in found.relations if r.object.name == "Kelby Utilities"]


def test_a_court_named_with_another_bodys_fine_in_the_next_sentence_does_not_fine_this_one(extract):
    found = extract("South Kelby Water was fined £2.15m in April. Days later Barset Water was fined £2.65m at Orton Crown "
                    "Court.")
    assert {(r.subject.name, r.object.name) for r in found.relations if r.predicate == "fined"} == {
        ("Orton Crown Court", "Barset Water")}


def test_a_court_named_with_the_same_bodys_fine_in_the_next_sentence_still_fines_it(extract):
    found = extract("South Kelby Water has been fined £2.15m. South Kelby Water was fined at Orton Crown Court after "
                    "pleading guilty.")
    assert ("Orton Crown Court", "fined", "South Kelby Water") in _triples(found.relations)


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_fine_stated_again_on_the_next_line_is_still_the_courts(extract, sep):
    found = extract(f"Acme Engineering Ltd was fined £1m at Kelby Magistrates' Court after a fatal accident.{sep}"
                    f"The company pleaded guilty to two offences and was fined £1m with costs of £6,311.")
    assert {(r.subject.name, r.object.name) for r in found.relations if r.predicate == "fined"} == {
        ("Kelby Magistrates' Court", "Acme Engineering Ltd")}


@pytest.mark.parametrize("text, body", [
    ("Kelby Council met on Monday. Jo Bloggs will chair the board for Barset Homes.", "Barset Homes"),
    ("Kelby Council met on Monday. Jo Bloggs will chair the board for Crossrail 2.", "Crossrail 2"),
])
def test_the_board_for_a_named_body_is_that_bodys_not_the_one_before(extract, text, body):
    assert {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"} == {("Jo Bloggs", body)}


def test_a_board_for_something_unnamed_is_no_earlier_bodys(extract):
    found = extract("Kelby Council met on Monday. Jo Bloggs will chair the board for Project Xyloquin.")
    assert ("Jo Bloggs", "partOf", "Kelby Council") not in _triples(found.relations)


@pytest.mark.parametrize("text, facts", [
    ("Cllr Jo Bloggs leader of Kelby Council said it was good.", {("Jo Bloggs", "Kelby Council")}),
    ("The mayor spoke alongside Cllr Jo Bloggs leader of Kelby Council, Cllr Sam Patel leader of Barset Council & "
     "Mayor Ann Lee.", {("Jo Bloggs", "Kelby Council"), ("Sam Patel", "Barset Council")}),
])
def test_a_post_right_after_a_name_with_no_comma_is_that_persons(extract, text, facts):
    assert {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"} == facts


@pytest.mark.parametrize("text, kept", [
    ("Jo Bloggs appointed three commissioners to oversee Kelby City Council.", None),
    ("The Kelby Trust appointed consultants to review Barset Homes Ltd.", None),
    ("The Department for Education awarded £20 million to set up the Kelby Centre.", ("Department for Education", "Kelby Centre")),
])
def test_a_purpose_clauses_object_is_the_verbs_only_when_its_own_object_is_a_sum(extract, text, kept):
    found = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate in {"appointed", "funded"}}
    assert found == ({kept} if kept else set())


@pytest.mark.parametrize("name", ["Kelby Metal Exchange", "Barset Data Hub"])
def test_a_fined_name_whose_head_also_names_a_workplace_is_a_body(extract, name):
    found = extract(f"The Financial Conduct Authority imposed a £9m fine against the {name}.")
    assert ("Financial Conduct Authority", "fined", name) in _triples(found.relations)
    assert entity_named(found, name).type == "Organisation"


def test_a_programme_funded_stays_a_programme(extract):
    found = extract("The Kelby Trust funded the Barset Data Hub with £5,000.")
    assert entity_named(found, "Barset Data Hub").type == "Programme"


def test_names_listed_before_a_dash_and_a_sanction_are_the_ones_sanctioned(extract):
    found = extract("The Financial Conduct Authority published its recent penalties:\n\n"
                    "- Kelby Holdings – fined £50,000 for failings\n- Jo Bloggs - fined £6,000 for dishonesty\n"
                    "- Barset Widgets- penalised £2,000 for late returns")
    assert {(r.object.name, r.amount.value) for r in found.relations if r.predicate == "fined"} == {
        ("Kelby Holdings", 50000), ("Jo Bloggs", 6000), ("Barset Widgets", 2000)}
    assert entity_named(found, "Jo Bloggs").type == "Person"


@pytest.mark.parametrize("text, body", [
    ("Jo Bloggs, Vice Chair Golden Gardens, said: \"We have two gardens.\"", "Golden Gardens"),
    ("Jo Bloggs, Vice Chair Kelby Trust, said it was good.", "Kelby Trust"),
    ("Sam Patel, Chief Executive Barset Housing, said it was good.", "Barset Housing"),
])
def test_a_post_set_after_a_name_and_followed_by_a_body_with_no_of(extract, text, body):
    found = extract(text)
    assert {(r.subject.name, r.object.name) for r in found.relations if r.predicate == "partOf"} == {(text.split(",")[0], body)}
    assert entity_named(found, body).type == "Organisation"


@pytest.mark.parametrize("text, facts", [
    ("NHS Kelby brought in new managers to run the Barset Surgery after the visit.", set()),
    ("Kelby Council asked the Barset Trust to run the Kelby Hub.", {("Kelby Hub", "Barset Trust")}),
])
def test_the_one_brought_in_to_do_something_is_its_doer(extract, text, facts):
    assert {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"} == facts


def test_a_street_named_for_a_body_that_is_inspected_is_that_body(extract):
    found = extract("Church Lane Surgery, in Braintree, was rated inadequate by the Care Quality Commission.",
                    title="Church Lane placed in special measures")
    assert {r.object.name for r in found.relations if r.predicate == "inspected"} == {"Church Lane Surgery"}


def test_a_kind_of_people_by_its_initials_opens_no_name(extract):
    found = extract("The CQC's deputy chief inspector of GPs for South of England, Ruth Rankine, said it was a concern.")
    assert {(r.subject.name, r.object.name) for r in found.relations if r.predicate == "partOf"} == {
        ("Ruth Rankine", "Care Quality Commission")}


@pytest.mark.parametrize("text, body", [
    ("Kelby Primary School is celebrating. Commenting on the report, headteacher Jo Bloggs said: \"This is good.\"",
     "Kelby Primary School"),
    ("Pupils at Barset Primary are celebrating. Commenting on the report, headteacher Jo Bloggs said it was good.",
     "Barset Primary"),
])
def test_a_headteacher_with_no_school_named_is_at_the_school_named_before(extract, text, body):
    assert {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"} == {("Jo Bloggs", body)}


def test_a_headteacher_is_at_no_body_of_another_kind(extract):
    found = extract("Kelby Trust is celebrating. Commenting on the report, headteacher Jo Bloggs said it was good.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


def test_the_school_stands_for_a_primary_named_before(extract):
    found = extract("Pupils at Barset Primary are celebrating. The school has been judged outstanding by Ofsted.")
    assert ("Ofsted", "inspected", "Barset Primary") in _triples(found.relations)


def test_bodies_joining_another_to_do_something_work_with_it(extract):
    found = extract("Kelby Council and Barset Council joined Midlands Connect to submit the bid.")
    assert {(r.subject.name, r.predicate, r.object.name) for r in found.relations} == {
        ("Kelby Council", "partneredWith", "Midlands Connect"), ("Barset Council", "partneredWith", "Midlands Connect")}


@pytest.mark.parametrize("text", ["Jo Bloggs will join Kelby Trust in May to lead its research team.",
                                  "Jo Bloggs joined Kelby Trust as chief executive."])
def test_a_person_joining_a_body_is_part_of_it(extract, text):
    assert ("Jo Bloggs", "partOf", "Kelby Trust") in _triples(extract(text).relations)


def test_a_body_joining_another_is_part_of_it(extract):
    assert ("Kelby Council", "partOf", "Local Government Association") in _triples(
        extract("Kelby Council joined the Local Government Association in 2010.").relations)


@pytest.mark.parametrize("text, body", [
    ("The Kelby Centre for Care, led by Professor Jo Bloggs at the University of Kent, will examine social care.", "University of Kent"),
    ("Professor Jo Bloggs at Kelby University said it was good.", "Kelby University"),
])
def test_a_persons_body_after_at_on_the_name(extract, text, body):
    assert ("Jo Bloggs", "partOf", body) in _triples(extract(text).relations)


def test_staff_at_a_body_after_a_name_are_not_the_person(extract):
    assert not extract("Jo Bloggs spoke to staff at Kelby Council on Monday.").relations


def test_a_centre_directed_by_a_person(extract):
    assert ("Jo Bloggs", "partOf", "Kelby Centre for Population Change") in _triples(
        extract("The Kelby Centre for Population Change will be directed by Professor Jo Bloggs.").relations)


def test_directing_a_body_to_do_something_is_no_post_there(extract):
    assert not extract("Jo Bloggs directed Kelby Council to stop the scheme.").relations


@pytest.mark.parametrize("partner, funded", [(" through a partnership with the Barset Institute", False), ("", True)])
def test_a_sum_through_a_partnership_with_a_body_is_not_the_articles_funders(extract, partner, funded):
    found = extract(f"The Nuffield Foundation has funded six centres. The Kelby Trust will also receive £1.5m of co-funding{partner}.")
    assert bool([r for r in found.relations if r.predicate == "funded" and r.object.name == "Kelby Trust"]) is funded


@pytest.mark.parametrize("text, joint", [
    ("In a joint submission to the Spending Review, the Kelby Association and the Barset Trust warned the gap was growing.", True),
    ("In a joint report, the Kelby Association and the Barset Trust said councils need more money.", True),
    ("In a report, the Kelby Association and the Barset Trust said councils need more money.", False),
])
def test_a_joint_phrase_on_the_verb_makes_its_subjects_partners(extract, text, joint):
    found = ("Kelby Association", "partneredWith", "Barset Trust") in _triples(extract(text).relations)
    assert found is joint


def test_a_ministers_field_is_no_body(extract):
    found = extract("Jo Bloggs has become Shadow Minister for Devolution and Local Government.")
    assert not found.relations and {e.name for e in found.entities} == {"Jo Bloggs"}


def test_the_appointer_the_parser_hangs_on_the_posts_noun(extract):
    found = extract("Jo Bloggs was appointed to the position of housing minister by Sam Patel in September.")
    assert ("Sam Patel", "appointed", "Jo Bloggs") in _triples(found.relations)


@pytest.mark.parametrize("text", ["Jo Bloggs will join as a permanent secretary in the Cabinet Office.",
                                  "Jo Bloggs is a permanent secretary in the Cabinet Office."])
def test_a_post_in_a_body(extract, text):
    assert ("Jo Bloggs", "partOf", "Cabinet Office") in _triples(extract(text).relations)


def test_an_association_of_councils_is_no_council_for_a_bare_council_post(extract):
    found = extract("Plans are being finalised by London Councils and NHS London. It is hoped the venture will learn from "
                    "Kelby council, which moved to a joint structure in April. Council chief executive Jo Bloggs now has a dual role.")
    assert ("Jo Bloggs", "partOf", "London Councils") not in _triples(found.relations)


def test_the_housing_agencys_initials_and_the_landlords_it_upgraded(extract):
    found = extract("The HCA upgraded the governance ratings of three landlords – Kelby Homes, Barset Housing Trust and "
                    "Anytown Housing Society.")
    assert {r.object.name for r in found.relations if r.predicate == "inspected" and r.subject.name == "Homes and Communities Agency"} == {
        "Kelby Homes", "Barset Housing Trust", "Anytown Housing Society"}


@pytest.mark.parametrize("text", [
    "Kelby District Council and Barset District Council will share 15 key staff.",
    "Kelby District Council has shared a chief executive with Barset District Council since 2010.",
    "Kelby District Council and Barset District Council have shared a senior management team since October.",
])
def test_councils_sharing_staff_work_together(extract, text):
    found = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partneredWith"}
    assert found in ({("Kelby District Council", "Barset District Council")}, {("Barset District Council", "Kelby District Council")})


def test_sharing_a_report_with_a_body_is_no_partnership(extract):
    assert not extract("Kelby Council shared the report with the Barset Trust.").relations


def test_a_post_of_two_places_is_at_their_councils_when_the_article_names_them(extract):
    found = extract("Breckland Council has shared a chief executive with South Holland District Council since 2010. Jo Bloggs - "
                    "currently chief executive of Breckland and South Holland - is likely to head all three authorities.")
    assert {r.object.name for r in found.relations if r.predicate == "partOf"} == {
        "Breckland District Council", "South Holland District Council"}


def test_a_post_of_two_places_is_no_council_post_where_the_article_names_no_council(extract):
    assert not extract("Jo Bloggs, chief executive of Breckland and South Holland, said it works.").relations


@pytest.mark.parametrize("text, partners", [
    ("Kelby Agency will fund strategic partnerships with eight housing associations including Kelby Homes, Barset Housing "
     "and Anytown Group.", {"Kelby Homes", "Barset Housing", "Anytown Group"}),
    ("Kelby Council has renewed its partnership with Barset Trust.", {"Barset Trust"}),
])
def test_a_partnership_funded_or_renewed_is_the_subjects(extract, text, partners):
    found = extract(text)
    assert {r.object.name for r in found.relations if r.predicate == "partneredWith"} == partners


@pytest.mark.parametrize("text, holders", [
    ("Kelby Fire and Rescue Service held its annual review. The review was presented by Chief Fire Officer (CFO) Jo Bloggs, "
     "Deputy Chief Fire Officer (DCFO) Sam Patel and the mayor.", {"Jo Bloggs", "Sam Patel"}),
    ("Kelby Fire and Rescue Service held its annual review. It was presented by Chief Fire Officer Jo Bloggs.", {"Jo Bloggs"}),
    ("Barset Fire Brigade has a new leader. Deputy Chief Fire Officer Sam Patel takes over in May.", {"Sam Patel"}),
])
def test_a_fire_officer_is_at_the_fire_service_named_before(extract, text, holders):
    found = extract(text)
    assert {r.subject.name for r in found.relations if r.predicate == "partOf"} == holders
    assert {r.object.name for r in found.relations if r.predicate == "partOf"} <= {"Kelby Fire and Rescue Service", "Barset Fire Brigade"}


def test_a_fire_officer_is_not_at_the_inspectorate_of_fire_services(extract):
    found = extract("His Majesty's Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) visited. Chief Fire Officer "
                    "Jo Bloggs welcomed the visit.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


def test_an_artistic_director_is_at_the_theatre_named_before_not_its_funder(extract):
    found = extract("News of Kelby Playhouse's funding loss from the Barset Arts Board came as the new artistic director Jo "
                    "Bloggs began her first day in the role.")
    assert {(r.subject.name, r.object.name) for r in found.relations if r.predicate == "partOf"} == {("Jo Bloggs", "Kelby Playhouse")}
    assert "News of Kelby Playhouse" not in {e.name for e in found.entities}


def test_a_post_listed_after_a_holder_whose_post_names_its_body_is_at_that_body(extract):
    found = extract("Jo Bloggs, the artistic director of the Kelby Playhouse, and executive director Sam Patel said it was vital.")
    assert ("Sam Patel", "partOf", "Kelby Playhouse") in relations_of(found)


def test_a_post_listed_after_another_with_its_own_body_stays_there(extract):
    found = extract("Jo Bloggs, chief executive of Kelby Trust, and Barset Council leader Sam Patel said the plan was sound.")
    assert ("Sam Patel", "partOf", "Kelby Trust") not in relations_of(found)


def test_a_politicians_independent_label_is_not_the_newspaper(extract):
    found = extract("The funding was welcomed by the Independent Member for Kelby, Jo Bloggs.")
    assert "The Independent" not in {e.name for e in found.entities}
    assert not [r for r in found.relations if r.predicate == "partOf"]


def test_the_newspaper_is_still_the_newspaper(extract):
    assert "The Independent" in {e.name for e in extract("Jo Bloggs told The Independent that the plan was sound.").entities}


@pytest.mark.parametrize("text, body", [
    ("A new app released by The City of Newcastle lets people report potholes. \"It will change things,\" said Newcastle Lord "
     "Mayor Jo Bloggs.", "City of Newcastle"),
])
def test_a_place_post_is_at_the_council_the_article_names_for_the_place(extract, text, body):
    assert ("Jo Bloggs", "partOf", body) in relations_of(extract(text))


def test_a_post_and_body_set_off_by_commas_on_a_line_without_a_full_stop(extract):
    found = extract("\"These failings were serious.\" Jo Bloggs, executive director, Kelby Commission")
    assert ("Jo Bloggs", "partOf", "Kelby Commission") in relations_of(found)


def test_a_standfirst_without_a_full_stop_is_read_like_a_headline(extract):
    found = extract("Kelby Council teams up with Barset Trust to offer a prize fund of up to £10m\n\nThe fund opens in May.",
                    title="Council launches contest")
    assert {(r.subject.name, r.predicate, r.object.name) for r in found.relations} & {
        ("Kelby Council", "partneredWith", "Barset Trust"), ("Barset Trust", "partneredWith", "Kelby Council")}


def test_a_portfolio_before_a_lower_case_post_is_no_body(extract):
    found = extract("\"It is important,\" said Universities and Science minister Jo Bloggs.")
    assert {e.name for e in found.entities} == {"Jo Bloggs"}


def test_a_name_with_a_programme_noun_after_it_is_a_programme_even_with_a_bodys_head_word(extract):
    found = extract("Teams in Kelby are due to receive about £400,000 each under the Kelby Living Partnership programme.")
    assert entity_named(found, "Kelby Living Partnership").type == "Programme"


def test_in_partnership_with_after_a_participles_agent_is_about_that_agent(extract):
    found = extract("This is part of the Kelby Cultural Programme, led by Barset Heritage Trust, in partnership with Kelby Arts Board "
                    "and the Anytown Trust.")
    pairs = {frozenset((r.subject.name, r.object.name)) for r in found.relations if r.predicate == "partneredWith"}
    assert pairs == {frozenset(("Barset Heritage Trust", "Kelby Arts Board")), frozenset(("Barset Heritage Trust", "Anytown Trust"))}



def test_operating_as_an_arm_of_a_body_is_being_part_of_it(extract):
    found = extract("The Kelby Custody Service will operate as a distinct arm of the Barset Prison Service.")
    assert ("Kelby Custody Service", "partOf", "Barset Prison Service") in relations_of(found)


def test_operating_as_an_arm_needs_its_subject_named(extract):
    found = extract("The Kelby Board will lose powers with the creation of a new Kelby Custody Service. The new body will operate as "
                    "a distinct arm of the Barset Prison Service.")
    assert ("Kelby Board", "partOf", "Barset Prison Service") not in relations_of(found)


def test_a_signature_with_the_body_on_its_own_line(extract):
    found = extract("Best wishes,\n\nJo Bloggs\nChief Executive Officer\nKelby NHS Foundation Trust")
    assert ("Jo Bloggs", "partOf", "Kelby NHS Foundation Trust") in relations_of(found)


def test_a_body_opening_a_sentence_after_a_signature_is_not_its_signatory(extract):
    found = extract("Jo Bloggs\nChief Executive Officer\nKelby NHS Foundation Trust and Barset Council agreed a plan.")
    assert ("Jo Bloggs", "partOf", "Kelby NHS Foundation Trust") not in relations_of(found)


def test_a_capitalised_post_announced_unnamed_then_its_holder(extract):
    found = extract("The Kelby Authority has appointed a new Chair of Barset Hospitals NHS Trust on an interim basis.\n\n"
                    "Jo Bloggs will take up the post in early July.")
    assert {("Kelby Authority", "appointed", "Jo Bloggs"), ("Jo Bloggs", "partOf", "Barset Hospitals NHS Trust")} <= relations_of(found)


def test_a_post_held_now_joined_to_a_former_one(extract):
    found = extract("Jo Bloggs is a former interim chief executive of Kelby Trust and a director at Barset Consulting.")
    assert relations_of(found) == {("Jo Bloggs", "partOf", "Barset Consulting")}


@pytest.mark.parametrize("text,name", [
    ("Barset Constituency Labour Party paid a £500 fine to the Electoral Commission last week.", "Barset Constituency Labour Party"),
    ("The Electoral Commission said Kelby Lib Dems had reported two donations late.", "Kelby Lib Dems"),
    ("Westshire Green Party has been fined £300 by the Electoral Commission.", "Westshire Green Party"),
])
def test_a_place_before_a_partys_name_names_its_local_branch(extract, text, name):
    found = extract(text)
    assert name in {e.name for e in found.entities if e.type == "Organisation"}


@pytest.mark.parametrize("text,party", [
    ("The UK Labour Party has been fined £2,000 by the Electoral Commission.", "Labour Party"),
    ("Kelby Labour MP Jo Bloggs said the fine was deserved.", "Labour Party"),
])
def test_no_local_branch_before_a_post_or_for_the_uk(extract, text, party):
    names = {e.name for e in extract(text).entities}
    assert not any(n.startswith(("Kelby Labour", "UK Labour")) for n in names)
    assert party in names


def test_authorities_as_the_doer_of_a_fine_are_the_articles_one_regulator(extract):
    found = extract("Election authorities have fined the Kelby Party £3,600 for late reporting of donations.\n"
                    "The fines were paid in August, according to the Electoral Commission.")
    fines = [r for r in found.relations if r.predicate == "fined"]
    assert [(r.subject.name.removeprefix("The "), r.object.name, r.amount and r.amount.value) for r in fines] == [
        ("Electoral Commission", "Kelby Party", 3600)]


@pytest.mark.parametrize("text,triple", [
    ("Kelby Council has had its knuckles rapped by the Audit Commission.", ("Audit Commission", "criticised", "Kelby Council")),
    ("The Kelby Trust had its children's services inspected by Ofsted in May.", ("Ofsted", "inspected", "Kelby Trust")),
])
def test_a_participle_on_what_the_subject_has_says_what_was_done_to_it(extract, text, triple):
    assert triple in relations_of(extract(text))


def test_a_participle_on_a_thing_not_the_subjects_own_is_not_done_to_it(extract):
    found = extract("The Kelby Trust had the report criticised by Ofsted.")
    assert not [r for r in found.relations if r.predicate == "criticised"]


@pytest.mark.parametrize("text,triple", [
    ("The regulator opened an inquiry into Kelby Community Association. It found that the Gloucestershire charity "
     "had been paying wages.", ("Kelby Community Association", "locatedIn", "Gloucestershire")),
    ("Acme Homes was fined £20,000 by the Health and Safety Executive. The Bristol firm admitted the breach.",
     ("Acme Homes", "locatedIn", "Bristol")),
])
def test_a_described_body_with_a_place_before_its_noun_is_in_that_place(extract, text, triple):
    assert triple in relations_of(extract(text))


def test_a_body_whose_name_holds_the_place_gets_no_location_from_its_description(extract):
    found = extract("Kent County Council was fined £10,000. The Kent council said it would appeal.")
    assert not [r for r in found.relations if r.predicate == "locatedIn"]


def test_a_thing_a_fine_is_in_relation_to_is_not_fined(extract):
    found = extract("Barset Regulator has imposed a fine of £75,000 on Kelby Media Ltd in relation to Kelby Radio for "
                    "failing to comply with its rules.")
    assert {r.object.name for r in found.relations if r.predicate == "fined"} == {"Kelby Media Ltd"}


def test_its_after_a_body_the_verb_acts_on_is_no_sign_of_the_subjects_own(extract):
    found = extract("Barset Regulator has imposed a fine on Kelby Media Ltd in relation to its service Kelby Channel Plus.")
    assert not [r for r in found.relations if r.subject.name == "Barset Regulator" and r.predicate != "fined"]


def test_places_joined_before_a_funds_name_are_in_the_name(extract):
    found = extract("The allocation will be invested in the Norfolk and Suffolk Community Investment Fund to boost growth.")
    assert "Norfolk and Suffolk Community Investment Fund" in {e.name for e in found.entities}
    assert "Norfolk" not in {e.name for e in found.entities}


def test_the_articles_one_funder_named_as_where_money_goes_is_no_agent(extract):
    found = extract("The Combined Authority will control a new £20m allocation, to be invested to the Norfolk and Suffolk "
                    "Community Investment Fund, to boost growth.")
    assert not [r for r in found.relations if r.predicate == "funded"]


@pytest.mark.parametrize("text", [
    "Pictured: Jo Bloggs, Director of Kelby Trust, Sam Patel, Barset Council Committee Chair, and Ann Lee, Manager at Kelby Homes.",
    "From left: Jo Bloggs, Director of Kelby Trust, Sam Patel, Westshire Forum Chair, and Ann Lee, Manager at Kelby Homes.",
])
def test_a_post_listed_after_one_holder_is_not_the_next_names(extract, text):
    found = extract(text)
    assert ("Jo Bloggs", "partOf", "Kelby Trust") in relations_of(found)
    assert not [r for r in found.relations if r.subject.name == "Sam Patel" and r.object.name == "Kelby Trust"]


@pytest.mark.parametrize("text,office", [
    ("Jo Bloggs, Kent police and crime commissioner, said the force had improved.", "Kent police and crime commissioner"),
    ("Lancashire's police and crime commissioner, Jo Bloggs, said the force had improved.",
     "Lancashire's police and crime commissioner"),
    ("The process was fair.\nJo Bloggs\nKent police and crime commissioner", "Kent police and crime commissioner"),
])
def test_a_places_office_in_lower_case_is_the_office_not_its_force(extract, text, office):
    found = extract(text)
    assert ("Jo Bloggs", "partOf", office) in relations_of(found)
    assert not [e for e in found.entities if e.name in {"Kent Police", "Lancashire Constabulary"}]


def test_a_temporary_post_is_a_post(extract):
    found = extract("The commissioner is putting Temporary Chief Constable Pam Kelly forward as his preferred candidate.")
    assert "Temporary" not in {e.name for e in found.entities}


@pytest.mark.parametrize("text", [
    "The memorandum of understanding between Kelby Council and the University of Barset covers research.",
    "A partnership of equals between Kelby Council and Barset Trust was agreed last week.",
])
def test_between_after_a_trigger_nouns_of_phrase_names_the_partners(extract, text):
    found = extract(text)
    assert [r.predicate for r in found.relations if r.rule.startswith("nominal")] == ["partneredWith"]


def test_where_recipients_named_by_kind_are_is_no_recipient(extract):
    found = extract("The Kelby Pool Fund provided a total of £80 million to local authorities in England as a support package.")
    assert not [r for r in found.relations if r.predicate == "funded"]
    assert ("Kelby Trust", "funded", "Barset") in relations_of(extract("The Kelby Trust invested £2m in Barset."))


def test_a_works_title_with_a_subtitle_set_off_after_its_noun_is_the_owners(extract):
    found = extract("Care services face a funding gap, according to the Kelby Institute.\nIn its paper, Care funding and the "
                    "NHS: a coming crisis?, the Kelby Institute calls for a single settlement.")
    assert ("Kelby Institute", "published", "Care funding and the NHS: a coming crisis?") in relations_of(found)


def test_a_body_before_a_post_noun_a_headline_appoints_is_no_appointee(extract):
    found = extract("Kelby Council appoints Barset Homes chief as new director for housing\n\nThe council said so.")
    assert not [r for r in found.relations if r.predicate == "appointed"]


@pytest.mark.parametrize("sentence,fact", [
    ("Jo Bloggs, who runs Kelby Day Nursery, said the report was unfair.", ("Jo Bloggs", "partOf", "Kelby Day Nursery")),
    ("Jo Bloggs runs Kelby Trust with her sister.", ("Jo Bloggs", "partOf", "Kelby Trust")),
    ("Barset Day Nursery was rated inadequate by Ofsted last week. Jo Bloggs, who runs the nursery, said the report was unfair.",
     ("Jo Bloggs", "partOf", "Barset Day Nursery")),
    ("Acme Care Group, which runs Kelby Day Nursery, said it would improve.", ("Kelby Day Nursery", "partOf", "Acme Care Group")),
])
def test_a_person_who_runs_a_body_is_part_of_it_and_a_body_that_runs_one_owns_it(extract, sentence, fact):
    assert fact in relations_of(extract(sentence))


def test_the_nursery_is_never_the_inspectorate_that_rated_it(extract):
    found = extract("Ofsted rated the setting inadequate last week. Jo Bloggs, who runs the nursery, said the report was unfair.")
    assert not [r for r in found.relations if r.subject.name == "Jo Bloggs"]


@pytest.mark.parametrize("sentence,wrong", [
    ("The pledge was signed by Armed Forces Champion, Cllr Jo Bloggs, Brigadier Sam Smith from Barset Barracks Command and "
     "Colonel Ann Lee.", ("Jo Bloggs", "partOf", "Barset Barracks Command")),
    ("He added his signature to that of Kelby Council Leader Jo Bloggs, Commander Sam Smith, Chief of Staff at Barset Naval "
     "Command.", ("Jo Bloggs", "partOf", "Barset Naval Command")),
])
def test_a_person_listed_with_a_title_of_their_own_does_not_take_the_next_persons_body(extract, sentence, wrong):
    assert wrong not in relations_of(extract(sentence))


@pytest.mark.parametrize("sentence,people", [
    ("Jo Bloggs and Sam Smith from Kelby Council said it was good.", ("Jo Bloggs", "Sam Smith")),
    ("Dr Jo Bloggs and Dr Sam Smith from Kelby University said it was good.", ("Jo Bloggs", "Sam Smith")),
])
def test_people_listed_alike_before_one_body_are_all_from_it(extract, sentence, people):
    found = relations_of(extract(sentence))
    assert all(any(s == p and r == "partOf" for s, r, _ in found) for p in people)


def test_a_commander_of_a_unit_is_part_of_it(extract):
    found = extract("Jo Bloggs, Commander of the Kelby Garrison, signed the covenant.")
    assert ("Jo Bloggs", "partOf", "Kelby Garrison") in relations_of(found)


def test_a_total_given_to_many_in_the_next_sentence_is_not_one_bodys_sum(extract):
    found = extract("The authority has been awarded the cash by the Home Office. Police and local authorities across the "
                    "region have been given a total of £2,404,801 to support key projects.",
                    title="How Chesterfield council plans to spend government cash")
    funded = [r for r in found.relations if r.predicate == "funded"]
    assert funded and all(r.amount is None or r.amount.value != 2404801 for r in funded)


@pytest.mark.parametrize("sentence,person,body", [
    ("The bid was welcomed by Derbyshire's police and crime commissioner Zorvan Foster.", "Zorvan Foster",
     "Derbyshire's police and crime commissioner"),
    ("Home Office Crime and Policing Minister Jo Bloggs said crime would fall.", "Jo Bloggs", "Home Office"),
])
def test_a_post_in_lower_case_or_a_remit_in_capitals_before_a_name_makes_its_holder(extract, sentence, person, body):
    found = extract(sentence)
    assert next(e for e in found.entities if e.name == person).type == "Person"
    assert (person, "partOf", body) in relations_of(found)


def test_a_body_that_received_a_report_from_the_inspectorate_was_inspected(extract):
    assert ("Ofsted", "inspected", "Kelby Training Limited") in relations_of(
        extract("Kelby Training Limited received a glowing report from Ofsted."))


def test_a_report_from_consultants_is_no_inspection(extract):
    assert not [r for r in extract("Kelby University received a report from consultants PwC on its finances.").relations
                if r.predicate == "inspected"]


@pytest.mark.parametrize("sentence,owners,work", [
    ("Kelby Council and Barset University's project, the Kelby Data Lab, opened today.", {"Kelby Council", "Barset University"},
     "Kelby Data Lab"),
])
def test_a_work_owned_by_two_bodies_joined_by_and_is_both_bodies(extract, sentence, owners, work):
    found = relations_of(extract(sentence))
    assert {s for s, p, o in found if p == "created" and o == work} == owners


def test_a_body_joined_by_and_to_another_bodys_own_noun_not_owning_it_is_not_its_owner(extract):
    found = relations_of(extract("Kelby Council met Barset University's team on Monday."))
    assert not [r for r in found if r[1] == "created"]


@pytest.mark.parametrize("sentence", [
    "The Care Quality Commission published its reports. Jo Bloggs, Chief Inspector of Hospitals, said care was good.",
    "The Care Quality Commission published its reports. Dr Jo Bloggs, Deputy Chief Inspector of General Practice & "
    "Dentistry, said care was good.",
])
def test_a_chief_inspector_of_a_field_is_at_the_articles_one_regulator_when_no_inspectorate_is_named(extract, sentence):
    assert ("Jo Bloggs", "partOf", "Care Quality Commission") in relations_of(extract(sentence))


def test_a_chief_inspector_of_a_field_is_at_the_inspectorate_named(extract):
    found = extract("HM Inspectorate of Prisons and the Care Quality Commission visited. Jo Bloggs, Chief Inspector of "
                    "Prisons, said the jail was unsafe.")
    assert ("Jo Bloggs", "partOf", "Care Quality Commission") not in relations_of(found)


def test_a_crown_chief_inspector_is_not_the_articles_other_regulator(extract):
    found = extract("The Independent Office for Police Conduct began an inquiry. \"I have spoken to His Majesty's Chief "
                    "Inspector of Constabulary, Jo Bloggs, after taking this decision.\"")
    assert ("Jo Bloggs", "partOf", "Independent Office for Police Conduct") not in relations_of(found)


@pytest.mark.parametrize("sentence", [
    "Kelby Hospitals Trust named Jo Bloggs as its chair. She has previously been chief executive of Barset Council.",
    "Jo Bloggs has previously been chief executive of Barset Council.",
    "Jo Bloggs was formerly chief executive of Barset Council.",
])
def test_a_post_held_before_is_not_held_now(extract, sentence):
    assert ("Jo Bloggs", "partOf", "Barset Council") not in relations_of(extract(sentence))


def test_a_post_held_now_after_a_pronoun_is_still_read(extract):
    found = extract("Kelby Hospitals Trust named Jo Bloggs as its chair. She is currently chief executive of Barset Council.")
    assert ("Jo Bloggs", "partOf", "Barset Council") in relations_of(found)


@pytest.mark.parametrize("text, body, rating", [
    ("Estyn inspected Kelby County Council's education services in May and rated them unsatisfactory.", "Kelby County Council",
     "unsatisfactory"),
    ("Estyn inspected Barset County Council's education services and judged them excellent.", "Barset County Council", "excellent"),
    ("Estyn inspected Kelby County Council in March and found it in need of significant improvement.", "Kelby County Council",
     "in need of significant improvement"),
])
def test_the_welsh_inspectorates_judgements_are_ratings(extract, text, body, rating):
    found = {r.object.name: r.rating for r in extract(text).relations if r.predicate == "inspected"}
    assert found.get(body) == rating


def test_the_authority_after_a_place_opening_its_sentence_is_that_places_council(extract):
    found = extract("Estyn has turned its fire on Pembrokeshire County Council. For Caerphilly, the judgement was harsher "
                    "still, with the authority's education department being placed in special measures last summer.")
    rated = {r.object.name: r.rating for r in found.relations if r.predicate == "inspected" and r.rating}
    assert rated == {"Caerphilly County Borough Council": "special measures"}


def test_partners_named_before_a_verb_the_parse_gave_another_subject(extract):
    found = extract("The minister announced a new round of funding in the spring budget and the Kelby Enterprise Partnership and "
                    "Barset Enterprise Partnership are now working together to make sure projects are ready.")
    assert ("Kelby Enterprise Partnership", "partneredWith", "Barset Enterprise Partnership") in relations_of(found)


@pytest.mark.parametrize("text", [
    "We are competing with councils all across the country to secure funding from the Kelby Foundation for Barset Youth Trust.",
    "Barset Youth Trust is trying to win a grant from the Kelby Foundation.",
])
def test_funding_striven_for_is_not_funding_got(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "funded"]


def test_funding_secured_is_funding_got(extract):
    found = extract("Barset Youth Trust has secured a grant of £5,000 from the Kelby Foundation.")
    assert ("Kelby Foundation", "funded", "Barset Youth Trust") in relations_of(found)


def test_a_persons_paper_with_its_title_in_quotes_before_the_noun(extract):
    found = extract("Ministers acted on a key recommendation of Lord Bloggs's 'Leave no town behind' paper.")
    assert ("Lord Bloggs", "published", "Leave no town behind") in relations_of(found)


@pytest.mark.parametrize("text, fact", [
    ("The Centre for Ageing at Kelby University opened a new laboratory.", ("Centre for Ageing", "partOf", "Kelby University")),
    ("£5 million went to the Institute for Advanced Materials at Barset University.",
     ("Institute for Advanced Materials", "partOf", "Barset University")),
])
def test_a_centre_or_institute_at_a_university_is_part_of_it(extract, text, fact):
    assert fact in relations_of(extract(text))


def test_a_body_at_a_bare_name_is_no_part_of_it(extract):
    assert not [r for r in extract("Researchers at the Institute for Fiscal Studies at Kelby said so.").relations if r.predicate == "partOf"]


def test_a_list_line_of_a_body_a_dash_and_a_grant_awarded_is_the_articles_funders_grant(extract):
    found = extract("The Kelby Heritage Fund has awarded £3 million to nature projects.\n\nSome of the successful projects\n\n"
                    "Rivers Recovery in Barset\nBarset Wildlife Trust \u2013 awarded £172,500\nThis project will restore rivers.\n\n"
                    "Meadows for All\nThe Kelby Woodland Trust \u2013 awarded £96,000\nThe funding will restore meadows.\n\n"
                    "Wetlands in the North\nGroundwork Greater Manchester \u2013 awarded £50,000\nThe funding will restore wetlands.\n")
    funded = {(r.subject.name, r.object.name, r.amount.value if r.amount else None) for r in found.relations if r.predicate == "funded"}
    assert {("Kelby Heritage Fund", "Barset Wildlife Trust", 172500), ("Kelby Heritage Fund", "Kelby Woodland Trust", 96000)} <= funded
    assert not [f for f in funded if f[1] == "Greater Manchester"]


def test_a_named_fund_announced_with_its_sum_is_launched(extract):
    assert ("Kelby Council", "launched", "Warm Homes Fund") in relations_of(extract("Kelby Council announced the £2m Warm Homes Fund."))
    assert not [r for r in extract("Jo Bloggs, the minister, announced Kelby Council funding of £900k for the Warm Homes "
                                   "Programme.").relations if r.predicate == "launched"]


def test_a_post_holders_family_name_with_an_inner_capital_set_off_before_the_post(extract):
    found = extract('Eilish MacAskill, Chief Executive, The Kelby Heritage Fund, said: "We are delighted."')
    assert ("Eilish MacAskill", "partOf", "Kelby Heritage Fund") in relations_of(found)


def test_a_prize_awarded_is_no_funding(extract):
    found = extract("The Kelby Institute recognised this and awarded Kelby NHS Trust the Governance Project of the Year 2018 award.")
    assert not [r for r in found.relations if r.predicate == "funded"]


@pytest.mark.parametrize("text", [
    "Kelby Council and Barset Council came together to form the Kelby and Barset Partnership.",
    "This was the case for the two teams of Kelby NHS Trust and Barset NHS Trust, which came together to form Wessex University "
    "Hospitals NHS Trust.",
])
def test_two_bodies_that_came_together_to_form_a_third_partnered_and_created_it(extract, text):
    facts = relations_of(extract(text))
    first, second, formed = ("Kelby Council", "Barset Council", "Kelby and Barset Partnership") if "Council" in text else (
        "Kelby NHS Trust", "Barset NHS Trust", "Wessex University Hospitals NHS Trust")
    assert {(first, "partneredWith", second), (first, "created", formed), (second, "created", formed)} <= facts
    assert (first, "partneredWith", formed) not in facts


def test_forming_part_of_a_body_is_no_creation(extract):
    assert not [r for r in extract("Kelby Trust formed part of the Barset Alliance.").relations if r.predicate == "created"]


@pytest.mark.parametrize("text", [
    "Kelby Day Nursery, which was previously rated 'good', failed to impress Ofsted inspectors when they visited in November.",
    "Kelby NHS Trust received its rating from the CQC following an inspection in April - dropping from a 'good' rating.",
])
def test_a_rating_lost_is_no_rating_given(extract, text):
    assert not [r for r in extract(text).relations if r.rating == "good"]


@pytest.mark.parametrize("text, fact", [
    ("The Kelby Agency, which is part of the Department for Education, said so.", ("Kelby Agency", "partOf", "Department for Education")),
    ("Teachers are regulated through the Kelby Regulation Agency (KRA) which is an executive agency of the Department for Education.",
     ("Kelby Regulation Agency", "partOf", "Department for Education")),
    ("The Kelby Unit, a unit of Barset Council, opened in May.", ("Kelby Unit", "partOf", "Barset Council")),
])
def test_a_body_said_to_be_part_agency_or_unit_of_another(extract, text, fact):
    assert fact in relations_of(extract(text))


def test_a_report_that_is_part_of_a_series_is_no_body_part(extract):
    assert not [r for r in extract("The report, which is part of a series by the Kelby Trust, was published.").relations
                if r.predicate == "partOf"]


@pytest.mark.parametrize("text", [
    "TITLE:Kelby Water faces regulator fine|The water regulator has said Kelby Water must cut its leaks or face a fine.",
    "TITLE:Kelby Water faces fine over leaks|Ofwat said Kelby Water could face a penalty of up to £3m if leaks rise again.",
])
def test_a_fine_only_threatened_is_no_fine(extract, text):
    title, _, body = text[6:].partition("|")
    found = extract(body, title=title)
    assert not [r for r in found.relations if r.predicate == "fined"]


def test_a_fine_faced_without_a_threat_is_still_read(extract):
    found = extract("Ofwat has confirmed the penalty. Kelby Water faces a £3m fine for its leaks.")
    assert {(r.subject.name, r.object.name) for r in found.relations if r.predicate == "fined"} == {("Ofwat", "Kelby Water")}


@pytest.mark.parametrize("text, fact", [
    ("The Office of Rail and Road has issued an order against Kelby Railways over late trains.",
     ("Office of Rail and Road", "criticised", "Kelby Railways")),
    ("The Competition and Markets Authority accused Kelby Pharma Ltd of charging the NHS excessive prices.",
     ("Competition and Markets Authority", "criticised", "Kelby Pharma Ltd")),
    ("Kelby Railways has been accused of being wasteful by the National Audit Office.",
     ("National Audit Office", "criticised", "Kelby Railways")),
])
def test_an_order_against_or_an_accusation_is_a_criticism(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("second", [
    "The highest fine that the regulator had handed out before was £4m, imposed in 2015.",
    "The regulator also fined five estate agents £20,000 last month.",
])
def test_a_sum_on_no_one_named_is_not_carried_to_a_record_or_a_described_payer(extract, second):
    found = extract("The Office of Rail and Road criticised Kelby Railways for its late trains. " + second)
    assert not [r for r in found.relations if r.predicate == "fined"]


def test_a_sum_on_no_one_named_is_still_carried_to_the_body_just_found_at_fault(extract):
    found = extract("The Office of Rail and Road criticised Kelby Railways for its late trains. "
                    "The regulator imposed a penalty of £4m.")
    assert {(r.subject.name, r.object.name) for r in found.relations if r.predicate == "fined"} == {
        ("Office of Rail and Road", "Kelby Railways")}


@pytest.mark.parametrize("text, fact", [
    ("Kelby Consulting was appointed to lead the Barset Enterprise Partners consortium.",
     ("Kelby Consulting", "partOf", "Barset Enterprise Partners")),
    ("Kelby Consulting will lead the Barset Growth Hub partnership.", ("Kelby Consulting", "partOf", "Barset Growth Hub")),
])
def test_a_body_leading_a_consortium_or_partnership_is_part_of_it(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_party_leading_a_council_is_still_no_part_of_it(extract):
    assert not [r for r in extract("The Labour Party leads Barset Council.").relations if r.predicate == "partOf"]


@pytest.mark.parametrize("text, bodies", [
    ("The Information Commissioner's Office publishes its notices. Kelby Police has been served with an enforcement notice "
     "over its backlog of requests.", {"Kelby Police"}),
    ("The Care Inspectorate visited in May. Kelby Care Home Ltd was issued with two improvement notices.", {"Kelby Care Home Ltd"}),
])
def test_a_body_served_or_issued_with_a_notice_is_criticised_by_the_articles_one_regulator(extract, text, bodies):
    assert {r.object.name for r in extract(text).relations if r.predicate == "criticised"} == bodies


@pytest.mark.parametrize("text", [
    "Kelby Homes is a housing association whose head office is in Leeds.",
    "Kelby Homes, whose headquarters are in Leeds, owns 5,000 homes.",
    "The head office of Kelby Homes is in Leeds.",
    "Kelby Homes's head office is in Leeds.",
])
def test_a_bodys_premises_said_to_be_in_a_place_put_the_body_there(extract, text):
    assert ("Kelby Homes", "locatedIn", "Leeds") in _triples(extract(text).relations)


def test_premises_of_no_one_named_put_no_body_in_the_place(extract):
    found = extract("Kelby Homes was fined last year. The office in Leeds is closing and the base in York is in Yorkshire.")
    assert not [r for r in found.relations if r.predicate == "locatedIn" and r.subject.name == "Kelby Homes"]


@pytest.mark.parametrize("text, fact", [
    ("Kelby Council is the local authority for the borough of Kelby. It is a member of the Barset Councils Association.",
     ("Kelby Council", "partOf", "Barset Councils Association")),
    ("Acme Housing runs 400 homes. It is a subsidiary of Barset Homes Group.", ("Acme Housing", "partOf", "Barset Homes Group")),
])
def test_it_before_a_copula_naming_what_only_a_body_is_stands_for_the_body_before(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_it_before_a_copula_naming_a_part_of_something_stays_unread(extract):
    found = extract("Kelby Council launched a scheme in May. It is part of the Healthy Towns Programme.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


@pytest.mark.parametrize("verb", ["singled out", "picked out"])
def test_a_body_singled_out_for_criticism_is_criticised(extract, verb):
    found = extract(f"Ofsted {verb} Kelby Council and Barset Council for criticism in its annual report.")
    assert {(r.subject.name, r.object.name) for r in found.relations if r.predicate == "criticised"} == {
        ("Ofsted", "Kelby Council"), ("Ofsted", "Barset Council")}


def test_a_body_singled_out_for_praise_is_not_criticised(extract):
    assert not extract("Ofsted singled out Kelby Council for praise in its annual report.").relations


@pytest.mark.parametrize("text, fact", [
    ("The Advertising Standards Authority has asked Kelby Buses to stop using the posters.",
     ("Advertising Standards Authority", "criticised", "Kelby Buses")),
    ("Ofcom told Kelby FM to stop broadcasting the show.", ("Ofcom", "criticised", "Kelby FM")),
    ("The Health and Safety Executive ordered Acme Ltd to stop work at the site.",
     ("Health and Safety Executive", "criticised", "Acme Ltd")),
])
def test_a_regulator_telling_a_body_to_stop_criticises_it(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "Kelby Council asked Barset Council to stop using the tip.",  # no regulator
    "Ofcom asked Kelby FM to continue broadcasting the show.",  # not told to stop
])
def test_a_body_asked_to_stop_by_no_regulator_or_to_go_on_is_not_criticised(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "criticised"]


@pytest.mark.parametrize("text", [
    "Probation services in Nottinghamshire have been rated inadequate by HM Inspectorate of Probation.",
    "Ambulance services in Kent were rated inadequate by the Care Quality Commission.",
    "The Care Quality Commission rated maternity services in Derbyshire inadequate.",
])
def test_services_no_council_runs_in_a_place_are_not_its_council(extract, text):
    assert not [r for r in extract(text).relations if "Council" in r.object.name]


def test_a_councils_kind_of_services_in_a_place_is_still_its_council(extract):
    found = extract("Children's services in Nottinghamshire have been rated inadequate by Ofsted.")
    assert ("Ofsted", "inspected", "Nottinghamshire County Council") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "Jo Bloggs, Department of Health and Social Care minister, said the plan would help.",
    "We wrote to Jo Bloggs, then Department of Health and Social Care parliamentary under-secretary of state: she replied.",
])
def test_a_bodys_name_with_and_right_before_the_post_of_the_holder(extract, text):
    assert ("Jo Bloggs", "partOf", "Department of Health and Social Care") in _triples(extract(text).relations)


def test_bodies_listed_after_a_deed_are_no_examples_of_it(extract):
    found = extract("Kelby Council was attacked in May. Throughout the incident, the council liaised with stakeholders to "
                    "manage the response and recovery including the Department for Work and Pensions and the Home Office.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


def test_bodies_listed_after_a_kind_are_still_its_examples(extract):
    found = extract("Kelby Council works with partners including the Barset Trust and the Kelby Foundation.")
    assert {r.object.name for r in found.relations if r.predicate == "partneredWith"} >= {"Barset Trust", "Kelby Foundation"}


@pytest.mark.parametrize("text", [
    "Kelby Borough Council, in Gloucestershire, was forced to declare a major incident.",
    "Governors at Kelby College, in Manchester, were criticised for the decline.",
])
def test_a_place_set_off_by_commas_right_after_a_body_is_where_it_is(extract, text):
    assert {r.object.name for r in extract(text).relations if r.predicate == "locatedIn"} in ({"Gloucestershire"}, {"Manchester"})


def test_a_place_set_off_with_more_after_it_is_not_read_as_where_the_body_is(extract):
    found = extract("Kelby Homes, in Leeds yesterday and in York today, met tenants.")
    assert not [r for r in found.relations if r.predicate == "locatedIn" and r.object.name == "York"]


@pytest.mark.parametrize("text", [
    "Kelby SAR executive summary Jo – June 2021 – The decision was made by the board.",
    "Read the Kelby Trust executive summary Jo Bloggs wrote.",
])
def test_a_thing_a_posts_word_describes_is_no_post(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "partOf"]


def test_a_post_before_a_name_is_still_read_beside_a_thing_noun_elsewhere(extract):
    found = extract("Kelby Trust chief executive Jo Bloggs wrote the executive summary.")
    assert ("Jo Bloggs", "partOf", "Kelby Trust") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "Kelby Housing merged into the Barset Trust last year.",
    "Last year the consultants helped the charity Kelby Housing merge into the Barset Trust.",
])
def test_a_body_merging_into_another_is_part_of_it(extract, text):
    assert ("Kelby Housing", "partOf", "Barset Trust") in _triples(extract(text).relations)


def test_a_body_putting_money_into_another_is_no_part_of_it(extract):
    assert not [r for r in extract("Kelby Council put £2m into the Barset Trust.").relations if r.predicate == "partOf"]


@pytest.mark.parametrize("text, unit, body", [
    ("The respondent is the Kelby Council. On 28 August its Barset Area Committee resolved that officers should act.",
     "Barset Area Committee", "Kelby Council"),
    ("Kelby Council said on Monday that its Audit and Governance Committee had approved the accounts.",
     "Audit and Governance Committee", "Kelby Council"),
])
def test_a_unit_its_owner_names_with_its_is_part_of_that_body(extract, text, unit, body):
    assert (unit, "partOf", body) in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "The ICO fined Kelby Ltd after its Compliance Unit failed checks.",  # 'its' could be either body's
    "Barset Trust works with Kelby Council. Its partner Acme Trust will help.",  # a partner, not a unit
])
def test_its_before_a_partner_or_a_doubtful_owner_gives_no_part(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "partOf"]


@pytest.mark.parametrize("text, thing, place", [
    ("Kelby Academy, Sheffield, was rated inadequate by Ofsted.", "Kelby Academy", "Sheffield"),
    ("The trustees own the Eastgate Shopping Centre, Inverness.", "Eastgate Shopping Centre", "Inverness"),
    ("The letter was sent to Kelby Council, Leeds, which replied.", "Kelby Council", "Leeds"),
])
def test_a_place_set_off_by_a_comma_after_a_name_is_where_it_is(extract, text, thing, place):
    assert (thing, "locatedIn", place) in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "The grant went to Kelby Trust, Leeds, Barset Trust and Acme Trust.",  # a list of names
    "The grant went to Kelby Trust, Leeds and Barset Trust.",
    "In a letter to Kelby Council, Leeds said it would pay.",  # the place acts
])
def test_a_place_listed_or_acting_after_a_comma_is_not_where_the_name_is(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "locatedIn"]


def test_a_chair_of_a_bodys_board_named_in_lower_case_words_is_part_of_the_body(extract):
    found = extract("Jo Bloggs, chair of the Kelby Association's children and young people board, said profits were high.")
    assert ("Jo Bloggs", "partOf", "Kelby Association") in _triples(found.relations)


@pytest.mark.parametrize("text, triple", [
    ("Kent County Council's Climate Emergency Action Plan was published in October.",
     ("Kent County Council", "introduced", "Climate Emergency Action Plan")),
    ("Bristol's Climate Emergency Action Plan was published in October.",
     ("Bristol City Council", "introduced", "Climate Emergency Action Plan")),
    ("Kelby Council approved the Barset Housing Strategy on Monday.", ("Kelby Council", "introduced", "Barset Housing Strategy")),
])
def test_a_bodys_or_a_towns_own_plan_is_one_its_council_introduced(extract, text, triple):
    assert triple in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "The UK's Climate Change Act was passed in 2008.",
    "Kelby Council must follow the Barset Commission's Data Protection Regulation from May.",
])
def test_a_law_a_nation_or_a_body_owns_is_not_read_as_its_introducing_it(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "introduced"]


def test_the_council_of_a_headlines_place_introducing_a_policy_is_the_places_council(extract):
    found = extract("The county council agreed the Environment Strategy 2018-2030 in July.", title="Leicestershire")
    assert ("Leicestershire County Council", "introduced", "Environment Strategy 2018-2030") in _triples(found.relations)


def test_a_wider_place_set_off_after_a_place_is_not_a_council_acting(extract):
    found = extract("A company operating a hotel in Bakewell, Derbyshire has been ordered to pay £16,590 in fines at "
                    "Barset Magistrates' Court.")
    assert not [r for r in found.relations if r.predicate == "fined"]


def test_places_listed_after_commas_still_stand_for_their_councils(extract):
    found = extract("The ICO fined Leeds, Bradford and Kirklees £10,000 each.")
    assert len([r for r in found.relations if r.predicate == "fined"]) == 3


@pytest.mark.parametrize("text, body", [
    ("The firm behind the app, Kelby Ltd, was fined £12,000 by the ICO.", "Kelby Ltd"),
    ("The company responsible for the hotel, Kelby Hotels Ltd, was fined £12,000 by the ICO.", "Kelby Hotels Ltd"),
])
def test_a_bodys_name_closing_its_subject_phrase_names_the_subject(extract, text, body):
    assert ("Information Commissioner's Office", "fined", body) in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "Councillor Jo Bloggs, the portfolio holder for housing at Kelby Council, said the case was clear.",
    "Councillor Jo Bloggs, the portfolio holder responsible for the fire service at Kelby Council, said it was clear.",
    "Jo Bloggs, the officer responsible for housing at Kelby Council, said the case was clear.",
])
def test_a_portfolio_holder_or_an_officer_responsible_for_a_remit_at_a_body_is_part_of_it(extract, text):
    assert ("Jo Bloggs", "partOf", "Kelby Council") in _triples(extract(text).relations)


def test_a_body_and_its_director_named_after_it(extract):
    found = extract("Kelby Hotels Limited and its sole director Jo Bloggs had pleaded not guilty to 12 offences.")
    assert ("Jo Bloggs", "partOf", "Kelby Hotels Limited") in _triples(found.relations)


def test_its_director_after_a_place_phrase_is_not_the_places_body(extract):
    found = extract("We awarded £8m to the Kelby Centre for Imaging at Barset University and its Director, Prof. Jo Bloggs.")
    assert ("Jo Bloggs", "partOf", "Barset University") not in _triples(found.relations)


def test_a_post_of_a_body_before_the_next_name_in_a_list_is_that_names(extract):
    found = _triples(extract("The leaders include Mayor of Greater Manchester Jo Bloggs, Mayor of North of Tyne Combined "
                             "Authority Sam Patel and others.").relations)
    assert ("Sam Patel", "partOf", "North of Tyne Combined Authority") in found
    assert ("Jo Bloggs", "partOf", "North of Tyne Combined Authority") not in found


@pytest.mark.parametrize("text", [
    "Councillor Jo Bloggs, the City of Kelby Council's Cabinet Member for Children and Young People, said it was right.",
    "Jo Bloggs, the City of Kelby Council's Cabinet Member for Housing, said: \"It is right.\"",
])
def test_a_title_case_post_after_the_and_a_bodys_possessive(extract, text):
    assert ("Jo Bloggs", "partOf", "City of Kelby Council") in _triples(extract(text).relations)


@pytest.mark.parametrize("text, body", [
    ("Jo Bloggs, Director of Operations for Kelby Care, said the bid was strong.", "Kelby Care"),
    ("Speaking for the partnership, Jo Bloggs, Head of Policy and Research for the Barset Trust said it was good.", "Barset Trust"),
])
def test_a_posts_field_then_for_and_a_body(extract, text, body):
    found = extract(text)
    assert ("Jo Bloggs", "partOf", body) in _triples(found.relations)
    assert not [e for e in found.entities if e.name.startswith(("Operations", "Policy"))]


@pytest.mark.parametrize("text, pair", [
    ("Kelby Trust will be included in a partnership led by the charity Barset Care.", ("Kelby Trust", "Barset Care")),
    ("Kelby Trust is part of a partnership led by Barset Council.", ("Kelby Trust", "Barset Council")),
    ("Kelby Trust is a member of a consortium headed by Barset Council.", ("Kelby Trust", "Barset Council")),
    ("Kelby Trust joined an alliance led by Barset Council in 2019.", ("Kelby Trust", "Barset Council")),
])
def test_a_body_in_a_group_another_body_leads_is_its_partner(extract, text, pair):
    found = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partneredWith"}
    assert pair in found or pair[::-1] in found


def test_a_group_a_person_leads_names_no_partner(extract):
    found = extract("Kelby Trust joined a partnership led by Jo Bloggs, its founder.")
    assert not [r for r in found.relations if r.predicate == "partneredWith"]


def test_the_noun_after_an_unnamed_one_is_brought_in_stands_for_that_one(extract):
    found = extract("The Kelby Partnership was praised in May. Barset Council has agreed to enter into a partnership "
                    "with its neighbours. The partnership will work with Sandford Council and Wenford Council.")
    assert not [r for r in found.relations if "Kelby Partnership" in {r.subject.name, r.object.name}]


def test_a_named_partnership_described_as_one_is_still_the_partnership(extract):
    found = extract("The Kelby Partnership is a partnership of six councils. The partnership will work with Barset College.")
    assert ("Kelby Partnership", "partneredWith", "Barset College") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "The Appeals Panel of the Care Quality Commission upheld the rating.",
    "In a ruling by the Care Quality Commission (CQC) Appeals Panel, the rating was upheld.",
])
def test_a_unit_named_before_of_or_after_a_known_bodys_bracketed_initials_is_part_of_it(extract, text):
    assert ("Appeals Panel", "partOf", "Care Quality Commission") in _triples(extract(text).relations)


def test_money_given_to_a_body_by_another_is_funding(extract):
    assert ("Home Office", "funded", "Kelby Trust") in _triples(extract("The money has been given to Kelby Trust by the Home Office.").relations)


@pytest.mark.parametrize("text", [
    "The Kelby Recovery Partnership is made up of Barset Housing Trust, Orton Care and the Lowfield Foundation.",
    "The Kelby Recovery Partnership is made up of three organisations: Barset Housing Trust, Orton Care and the Lowfield Foundation.",
    "The Kelby Recovery Partnership won the contract. The partnership is made up of three organisations in addition to "
    "Wenford Care. They are: Barset Housing Trust, Orton Care and the Lowfield Foundation (LF).",
    "The Kelby Recovery Partnership won the contract. Its members are Barset Housing Trust, Orton Care and the Lowfield Foundation.",
    "The members of the Kelby Recovery Partnership are Barset Housing Trust, Orton Care and the Lowfield Foundation.",
    "Barset Housing Trust, Orton Care and the Lowfield Foundation make up the Kelby Recovery Partnership.",
])
def test_the_bodies_a_group_is_made_up_of_are_part_of_it(extract, text):
    found = _triples(extract(text).relations)
    assert {(b, "partOf", "Kelby Recovery Partnership") for b in ("Barset Housing Trust", "Orton Care", "Lowfield Foundation")} <= found


def test_every_body_a_group_comprises_is_part_of_it_though_the_parse_hangs_the_list_elsewhere(extract):
    found = _triples(extract("The Kelby Recovery Partnership comprises Barset Housing Trust, Kelby Mind, Orton Care and "
                             "Lowfield Recovery.").relations)
    assert {(b, "partOf", "Kelby Recovery Partnership") for b in ("Barset Housing Trust", "Orton Care", "Lowfield Recovery")} <= found


def test_a_count_of_bodies_listed_after_they_are_takes_no_more_names_than_it_counts(extract):
    found = extract("The Kelby Recovery Partnership is made up of two organisations. They are: Barset Housing Trust, "
                    "Orton Care and the Lowfield Foundation.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


@pytest.mark.parametrize("text", [
    "Norfolk charity Barset Care won the contract.",
    "The contract went to Barset Care, a Norfolk charity.",
    "The contract went to Barset Care, which operates in Norfolk.",
])
def test_a_place_before_a_bodys_kind_or_where_it_operates_is_where_it_is(extract, text):
    assert ("Barset Care", "locatedIn", "Norfolk") in _triples(extract(text).relations)


def test_the_council_is_not_the_place_another_body_is_based_in(extract):
    found = extract("The Norfolk-based Kelby Project, which was awarded a deal by the council in May, has closed.")
    assert not [r for r in found.relations if r.predicate == "funded"]


def test_the_council_is_no_committee_whose_name_holds_the_word(extract):
    found = extract("It was ratified at a meeting of the Kingston upon Hull City Council Policy and Resources Committee. "
                    "Council leader Jo Bloggs defended the process.")
    assert not [r for r in found.relations if r.subject.name == "Jo Bloggs" and "Committee" in r.object.name]


@pytest.mark.parametrize("text", [
    "Jo Bloggs, Clinical Director of Kelby Primary Care Network, said the bus worked.",
    "Dr Jo Bloggs, GP and Clinical Director for Kelby Primary Care Network, said the bus worked.",
    "Dr Jo Bloggs, GP and Clinical Director for Kelby Primary Care Network, said: \"We used a mobile service.\"",
])
def test_a_clinical_post_and_two_posts_joined_by_and_name_the_body_after_them(extract, text):
    found = extract(text)
    assert ("Jo Bloggs", "partOf", "Kelby Primary Care Network") in _triples(found.relations)
    assert not [e for e in found.entities if "Director" in e.name]


def test_a_gp_at_a_surgery_is_part_of_it(extract):
    assert ("Jo Bloggs", "partOf", "Kelby Surgery") in _triples(extract("Dr Jo Bloggs, a GP at Kelby Surgery, said the bus worked.").relations)


@pytest.mark.parametrize("text, funders", [
    ("Sport England is the main funder of Kelby Trust.", {"Sport England"}),
    ("Sport England, a major funder of Kelby Trust, said it was pleased.", {"Sport England"}),
    ("The funders of Kelby Trust are Sport England and Barset Council.", {"Sport England", "Barset Council"}),
    ("Kelby Trust is a charity. Its principal funders are Sport England and Barset Council.", {"Sport England", "Barset Council"}),
    ("Kelby Trust is a charity. The principal funders are Sport England and Barset Council.", {"Sport England", "Barset Council"}),
])
def test_a_noun_for_the_funder_names_who_funds_what(extract, text, funders):
    found = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "funded"}
    assert found == {(f, "Kelby Trust") for f in funders}


def test_a_service_hosted_by_a_body_is_part_of_it_and_an_event_it_hosts_is_not(extract):
    assert ("Kelby Active", "partOf", "Barset Council") in _triples(extract("Kelby Active is a service hosted by Barset Council.").relations)
    found = extract("Barset Council hosted the Kelby Covenant signing ceremony at Shire Hall.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


@pytest.mark.parametrize("text", [
    "The grant from the Kelby Trust to the Orton Youth Project was £5,000.",
    "A grant of £5,000 from the Kelby Trust will fund the Orton Youth Project.",
    "The council accepted a grant of £5,000 from the Kelby Trust to run the Orton Youth Project.",
    "To seek approval to accept a grant in the sum of £5,000 from the Kelby Trust to deliver the Orton Youth Project.",
])
def test_a_grant_from_a_giver_to_or_for_what_it_runs_is_funding_of_it(extract, text):
    found = [r for r in extract(text).relations if r.predicate == "funded"]
    assert [(r.subject.name, r.object.name) for r in found] == [("Kelby Trust", "Orton Youth Project")]
    assert found[0].amount is not None and found[0].amount.value == 5000


def test_a_givers_name_and_its_initials_before_funded_modify_what_it_funded(extract):
    found = extract("It reports on the delivery of the Kelby Trust (KT) funded Orton Youth Project in Barset.")
    assert ("Kelby Trust", "funded", "Orton Youth Project") in _triples(found.relations)


def test_a_verb_whose_lemma_is_a_kind_of_thing_makes_no_owner(extract):
    found = extract("The delivery of the Kelby Trust funded Orton Youth Project began in May.")
    assert not [r for r in found.relations if r.predicate == "created"]


@pytest.mark.parametrize("text, members", [
    ("The scheme is run in partnership with the Kelby Partnership (Kelby Sports Trust, Barset Youth Trust and Orton Arts Council).",
     {"Kelby Sports Trust", "Barset Youth Trust", "Orton Arts Council"}),
    ("The clubs are coordinated in partnership with Devon Together (Devon Sport, Devon Youth and Orton Arts Trust) with Devon Sport"
     " being the lead provider.", {"Devon Sport", "Devon Youth", "Orton Arts Trust"}),
])
def test_bodies_listed_in_brackets_after_a_bodys_name_are_its_members(extract, text, members):
    found = {r.subject.name for r in extract(text).relations if r.predicate == "partOf"}
    assert found == members


@pytest.mark.parametrize("text", [
    "The Department for Education (DfE) funds the scheme with the Kelby Trust.",
    "The Kelby Partnership (formerly Barset Youth Trust and Orton Arts Council) runs the scheme.",
])
def test_one_name_or_more_than_names_in_brackets_is_no_membership(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "partOf"]


@pytest.mark.parametrize("text", [
    "The Kelby Board operates as a public body sponsored by the Ministry of Justice.",
    "The Kelby Board, established by the Kelby Act 1967, operates as an Executive Non-Departmental Public Body sponsored by the"
    " Ministry of Justice.",
])
def test_a_body_operating_as_a_kind_sponsored_by_a_department_is_funded_by_it(extract, text):
    found = extract(text)
    assert _triples(found.relations) == {("Ministry of Justice", "funded", "Kelby Board")}
    assert not [e for e in found.entities if "Public Body" in e.name]


def test_a_body_that_operates_as_something_runs_no_part_of_what_follows(extract):
    assert not [r for r in extract("The Kelby Board operates as a body sponsored by the Ministry of Justice.").relations
                if r.predicate == "partOf"]


@pytest.mark.parametrize("text, body", [
    ("Jo Bloggs has a long history in justice, having been a Commissioner at the Kelby Review Commission from 2013 to 2018.",
     "Kelby Review Commission"),
    ("Jo Bloggs brings a wealth of experience. She also contributed as the Chair of the Barset Education Trust from 2012 to 2018.",
     "Barset Education Trust"),
    ("Jo Bloggs was appointed in May. He stood down as chair of the Kelby Trust in 2019.", "Kelby Trust"),
])
def test_a_post_held_in_a_participle_clause_or_after_as_by_a_pronoun_is_part_of_its_body(extract, text, body):
    assert ("Jo Bloggs", "partOf", body) in _triples(extract(text).relations)


def test_a_post_after_a_is_no_name(extract):
    found = extract("Jo Bloggs served as a Judicial Appointments Commissioner from 2013 to 2018.")
    assert not [e for e in found.entities if e.name.endswith("Commissioner")]


def test_its_unit_after_a_post_at_the_one_body_named_before_is_that_bodys(extract):
    found = extract("Jo Bloggs has been the Interim Chair of the Kelby Board since April 2018, as well as a member of its "
                    "Management Committee since 2015.")
    assert ("Management Committee", "partOf", "Kelby Board") in _triples(found.relations)


def test_an_appointment_approved_by_an_unnamed_office_holder_is_not_the_bodys(extract):
    found = extract("The Lord Chancellor has approved the appointment of Jo Bloggs as the new Chair of the Kelby Board.")
    assert not [r for r in found.relations if r.predicate == "appointed"]
    assert ("Jo Bloggs", "partOf", "Kelby Board") in _triples(found.relations)


def test_a_party_naming_the_government_is_not_its_funder(extract):
    found = extract("Jo Bloggs said: 'I welcome the news that Kelby will receive £50,000 from this Labour Government.'")
    assert not [r for r in found.relations if r.predicate == "funded"]


def test_services_in_a_nation_are_not_funded_as_that_nation(extract):
    found = extract("Jo Bloggs visited Kelby to announce new funding settlements for bus services in England.")
    assert not [r for r in found.relations if r.predicate == "funded"]


def test_what_a_body_does_through_a_collaboration_with_another_is_a_partnership(extract):
    found = extract("Kelby Buses Ltd has added 20 electric buses to its fleet through a collaboration with Barset Council.")
    assert ("Kelby Buses Ltd", "partneredWith", "Barset Council") in _triples(found.relations)


@pytest.mark.parametrize("text, expected", [
    ("In May, the Department for Transport confirmed that Barset Council had been allocated £2m.",
     {("Department for Transport", "funded", "Barset Council")}),
    ("Barset Council confirmed that it had been allocated £2m.", set()),
    ("The Kelby Trust announced that Barset Council had been awarded £2m by the Lottery Fund.",
     {("Lottery Fund", "funded", "Barset Council")}),
])
def test_a_body_announcing_that_funding_was_allocated_is_its_funder_unless_another_is_named(extract, text, expected):
    assert {t for t in _triples(extract(text).relations) if t[1] == "funded"} == expected


@pytest.mark.parametrize("text, body", [
    ("Jo Bloggs, OBE, Barset Council's corporate director of children and education, said it was good.", "Barset Council"),
    ("Jo Bloggs, CBE, chief executive of the Kelby Trust, said it was good.", "Kelby Trust"),
])
def test_an_honour_set_off_between_a_name_and_its_post_is_passed_over(extract, text, body):
    assert ("Jo Bloggs", "partOf", body) in _triples(extract(text).relations)


def test_a_rating_awarded_is_an_inspection_not_funding(extract):
    found = _triples(extract("Ofsted awarded Barset Council an 'outstanding' rating for its children's services.").relations)
    assert ("Ofsted", "inspected", "Barset Council") in found and not [t for t in found if t[1] == "funded"]


def test_a_rating_received_following_an_inspection_by_a_body_is_that_bodys(extract):
    found = extract("The Barset Youth Service has received an overall rating of 'Good' following an inspection by Ofsted.")
    assert ("Ofsted", "inspected", "Barset Youth Service") in _triples(found.relations)


def test_a_launch_by_a_body_is_of_the_name_before_the_noun(extract):
    found = extract("Jo Bloggs has welcomed the Kelby Fund Prospectus launch by Barset Council.")
    assert ("Barset Council", "launched", "Kelby Fund Prospectus") in _triples(found.relations)


def test_a_named_sub_committee_is_its_councils_and_appoints_for_it(extract):
    found = _triples(extract("Barset Council's Employment Sub-Committee met and decided to appoint Dr Jo Bloggs as the "
                             "council's new Director of Public Health.").relations)
    assert {("Employment Sub-Committee", "partOf", "Barset Council"), ("Barset Council", "appointed", "Jo Bloggs")} <= found
    assert not [t for t in found if t[0] == "Employment Sub-Committee" and t[1] == "appointed"]


def test_a_datelines_place_and_the_posts_field_words_are_no_part_of_a_name(extract):
    found = extract("Jo Bloggs was praised.\nKELBY- Kelby Public Health Director Jo Bloggs was reappointed by the Board of Health.")
    assert not [e for e in found.entities if "Public Health" in e.name or "-" in e.name]
    assert ("Board of Health", "appointed", "Jo Bloggs") in _triples(found.relations)


def test_a_places_possessive_before_the_kind_of_a_body_named_for_the_place_is_that_body(extract):
    found = _triples(extract("Norfolk Fire and Rescue Service was rated good. The report came from HMICFRS, which visited "
                             "Norfolk's service in May.").relations)
    assert ("HM Inspectorate of Constabulary and Fire & Rescue Services", "inspected", "Norfolk Fire and Rescue Service") in found
    assert not [t for t in found if t[2] == "Norfolk County Council"]


@pytest.mark.parametrize("post", [
    "Norfolk's chief fire officer Jo Bloggs said he is pleased.",
    "Norfolk Chief Fire Officer and Chief Executive Jo Bloggs said: 'This is fair.'",
    "Chief Fire Officer for Norfolk Jo Bloggs said: 'I am delighted.'",
])
def test_a_place_named_for_a_post_of_another_kind_of_body_is_the_places_body_of_that_kind(extract, post):
    found = _triples(extract("Norfolk Fire and Rescue Service was rated good. " + post).relations)
    assert ("Jo Bloggs", "partOf", "Norfolk Fire and Rescue Service") in found and not [t for t in found if t[2] == "Norfolk County Council"]


def test_a_place_named_for_a_councils_post_is_still_its_council(extract):
    found = _triples(extract("Norfolk County Council was fined. Norfolk's director of public health Jo Bloggs said he is sorry.").relations)
    assert ("Jo Bloggs", "partOf", "Norfolk County Council") in found


def test_money_acquired_through_a_plan_is_funded_by_it(extract):
    found = extract("Kelby Council has acquired £2.4 million through the government's Barset Homes Plan to cut bills.")
    assert [(r.subject.name, r.object.name, r.amount.value) for r in found.relations if r.predicate == "funded"] == \
        [("Barset Homes Plan", "Kelby Council", 2400000)]


@pytest.mark.parametrize("ranked", ["followed by Orton Council's almost £4m.", "followed by Orton Council with £4m in the second round."])
def test_a_body_ranked_after_a_recipient_by_its_sum_received_that_sum(extract, ranked):
    found = extract("The Kelby Fund made its awards. Barset Council received the largest allocation, £5.1m, " + ranked)
    assert {(r.subject.name, r.object.name, r.amount.value) for r in found.relations if r.predicate == "funded"} == \
        {("Kelby Fund", "Barset Council", 5100000), ("Kelby Fund", "Orton Council", 4000000)}


def test_money_received_to_fund_work_on_something_is_no_funding_of_it_by_the_receiver(extract):
    found = _triples(extract("The Kelby Fund made awards. The Barset Centre has received £892,000 to fund improvements to the "
                             "former Barset Methodist Church.").relations)
    assert not [t for t in found if t[1] == "funded" and t[2] == "Barset Methodist Church"]


def test_a_sum_awarded_for_the_regeneration_of_a_body_funds_it(extract):
    found = extract("The Kelby Fund made awards. Almost £4.5m has been awarded for the regeneration of the Barset Museum in Essex.")
    assert ("Kelby Fund", "funded", "Barset Museum") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "Norfolk's new chief constable, Jo Bloggs, said crime had fallen.",
    "Jo Bloggs, the chief constable of Norfolk, said crime had fallen.",
    "Jo Bloggs has been confirmed as the new Norfolk chief constable."])
def test_a_place_named_for_a_police_post_is_the_places_one_known_force(extract, text):
    found = _triples(extract(text).relations)
    assert ("Jo Bloggs", "partOf", "Norfolk Constabulary") in found and not [t for t in found if t[2] == "Norfolk County Council"]


def test_a_place_whose_force_serves_more_than_it_stands_for_no_force(extract):
    found = _triples(extract("Devon's chief constable, Jo Bloggs, said crime had fallen.").relations)
    assert not [t for t in found if t[0] == "Jo Bloggs"]


def test_an_appointment_to_a_police_post_of_a_place_is_made_by_its_force(extract):
    found = _triples(extract("Jo Bloggs has been appointed as the new chief constable of Norfolk.").relations)
    assert ("Norfolk Constabulary", "appointed", "Jo Bloggs") in found and not [t for t in found if t[0] == "Norfolk County Council"]


def test_a_headline_appointing_a_person_to_a_places_police_post_is_read_as_the_forces_appointment(extract):
    found = _triples(extract("Crime fell last year.", title="Jo Bloggs appointed Norfolk chief constable").relations)
    assert found == {("Norfolk Constabulary", "appointed", "Jo Bloggs")}


@pytest.mark.parametrize("text,place", [("Jo Bloggs is the new Doncaster mayor.", True), ("Jo Bloggs is a Leeds nurse.", False)])
def test_a_place_before_a_post_stands_for_a_body_only_where_the_post_says_which(extract, text, place):
    found = _triples(extract(text).relations)
    assert (("Jo Bloggs", "partOf", "City of Doncaster Council") in found) is place and len(found) == int(place)


@pytest.mark.parametrize("text", [
    "Jo Bloggs will take over as chief executive of Kelby Council from Ann Lowe.",
    "Jo Bloggs takes over the top job at Kelby Council from Ann Lowe.",
    "Kelby Council has a new leader. Jo Bloggs takes over the council's top job from Ann Lowe, who retired in June."])
def test_the_one_a_post_is_taken_over_from_holds_it_too(extract, text):
    found = _triples(extract(text).relations)
    assert {("Jo Bloggs", "partOf", "Kelby Council"), ("Ann Lowe", "partOf", "Kelby Council")} <= found


def test_an_appointment_to_the_role_is_to_the_post_the_sentence_before_named(extract):
    found = _triples(extract("Kelby Police has confirmed the appointment of a new chief constable. Jo Bloggs has been appointed to "
                             "the role after a hearing last Thursday.").relations)
    assert {("Kelby Police", "appointed", "Jo Bloggs"), ("Jo Bloggs", "partOf", "Kelby Police")} <= found


def test_an_appointment_to_the_role_names_no_body_where_the_sentence_before_named_no_post(extract):
    found = _triples(extract("Kelby Council met the Orton Trust. Jo Bloggs has been appointed to the post.").relations)
    assert not found


def test_a_panels_chair_named_with_the_kind_is_the_panels(extract):
    found = _triples(extract("The Kelby Police and Crime Panel confirmed the appointment on Monday. Panel chair Councillor "
                             "Jo Bloggs said the decision was unanimous.").relations)
    assert ("Jo Bloggs", "partOf", "Kelby Police and Crime Panel") in found


def test_the_panel_is_no_other_kind_of_body_named_before(extract):
    found = _triples(extract("The recruitment firm Barset Search was hired to find candidates, and Jo Bloggs headed the "
                             "interview panel that chose the new principal.").relations)
    assert ("Jo Bloggs", "partOf", "Barset Search") not in found


def test_a_post_with_a_hyphen_the_parser_misread_still_names_its_body(extract):
    found = _triples(extract("Ann Lowe, Vice-Chancellor of the University of Kelby, said the plan was good.").relations)
    assert ("Ann Lowe", "partOf", "University of Kelby") in found


@pytest.mark.parametrize("name", ["London Borough of Barnet", "Royal Borough of Kingston upon Thames"])
def test_the_council_may_be_a_borough_named_without_the_word_council(extract, name):
    found = _triples(extract(f"The {name} has signed the deal. Council leader Jo Bloggs said it was good news.").relations)
    assert ("Jo Bloggs", "partOf", name) in found


@pytest.mark.parametrize("text", [
    "The University of Kelby, together with the Barset Trust, has launched the Kelby Civic Agreement.",
    "The University of Kelby, along with the Barset Trust, has launched the Kelby Civic Agreement.",
    "The University of Kelby, in conjunction with the Barset Trust, has launched the Kelby Civic Agreement.",
    "The University of Kelby has launched the Kelby Civic Agreement together with the Barset Trust.",
    "The University of Kelby has launched the Kelby Civic Agreement in partnership with the Barset Trust."])
def test_a_body_named_as_doing_it_with_the_subject_did_it_too_and_is_its_partner(extract, text):
    found = _triples(extract(text).relations)
    assert {("University of Kelby", "launched", "Kelby Civic Agreement"), ("Barset Trust", "launched", "Kelby Civic Agreement"),
            ("University of Kelby", "partneredWith", "Barset Trust")} <= found


def test_working_in_partnership_is_one_partnership_not_a_joint_deed(extract):
    found = _triples(extract("The University of Kelby is working in partnership with the Barset Trust.").relations)
    assert found == {("University of Kelby", "partneredWith", "Barset Trust")}


@pytest.mark.parametrize("text,body", [
    ("On the day the news broke, Jo Bloggs began his first day as artistic director of the Kelby Playhouse.", "Kelby Playhouse"),
    ("Jo Bloggs starts her first week as chief executive of Kelby Council on Monday.", "Kelby Council")])
def test_a_first_day_as_a_post_is_the_post_held(extract, text, body):
    assert ("Jo Bloggs", "partOf", body) in _triples(extract(text).relations)


@pytest.mark.parametrize("text,practice", [
    ("The Care Quality Commission has rated a Barset practice, the Kelby Medical Centre, as Inadequate.", "Kelby Medical Centre"),
    ("England's Chief Inspector of General Practice has rated a Barset practice, The Kelby Practice, as Inadequate after an "
     "inspection by the Care Quality Commission.", "Kelby Practice")])
def test_a_body_rated_named_between_commas_after_the_noun_for_its_kind_is_the_one_rated(extract, text, practice):
    found = extract(text)
    assert [(r.subject.name, r.object.name, r.rating) for r in found.relations if r.predicate == "inspected"] == \
        [("Care Quality Commission", practice, "inadequate")]


@pytest.mark.parametrize("area,held", [("for the North of England", True), ("", True)])
def test_a_regulators_post_for_an_area_is_held_at_the_regulator(extract, area, held):
    found = _triples(extract("The Care Quality Commission rated the Kelby Medical Centre as Inadequate. Jo Bloggs, Deputy Chief "
                             f"Inspector of General Practice {area}, said patients deserved better.".replace(" ,", ",")).relations)
    assert (("Jo Bloggs", "partOf", "Care Quality Commission") in found) is held


def test_a_crown_inspectors_post_for_an_area_is_not_the_articles_other_regulators(extract):
    found = _triples(extract("The Care Quality Commission rated the Kelby Medical Centre as Inadequate. Jo Bloggs, HM Chief "
                             "Inspector of Prisons for Scotland, said more was needed.").relations)
    assert ("Jo Bloggs", "partOf", "Care Quality Commission") not in found


@pytest.mark.parametrize("sentence", [
    "Kelby Water has been fined a record £3 million by Ofwat after it missed its leakage targets.",
    "Barset Buses Ltd was fined a total of £80,000 by the Traffic Commissioner, the largest such penalty.",
])
def test_a_by_phrase_hung_on_the_fines_sum_is_its_agent(extract, sentence):
    fined = [r for r in extract(sentence).relations if r.predicate == "fined"]
    assert [(r.subject.name.split()[0], r.object.name, r.rule) for r in fined] in (
        [("Ofwat", "Kelby Water", "passive")], [("Traffic", "Barset Buses Ltd", "passive")])


def test_a_by_phrase_on_another_event_after_the_sum_is_not_the_fines_agent(extract):
    facts = _facts(extract, "Kelby Haulage Ltd was fined £40,000 after a prosecution brought by Barset Borough Council.")
    assert not any(f[1] == "fined" and f[0] == "Barset Borough Council" and f[4] == "passive" for f in facts)


def test_a_regulator_under_its_former_name_is_the_articles_regulator(extract):
    found = extract("The Office of Fair Trading opened an investigation into Kelby Motors Ltd last year. The firm has now "
                    "been fined £1.2m. The company's managing director, Jo Bloggs, said it would appeal.")
    triples = _triples(found.relations)
    assert ("Office of Fair Trading", "fined", "Kelby Motors Ltd") in triples
    assert ("Jo Bloggs", "partOf", "Kelby Motors Ltd") in triples


def test_a_makers_name_and_a_number_is_one_product(extract):
    found = extract("Kelby Council is rolling out Microsoft 365 to all of its staff.")
    assert {(e.name, e.type) for e in found.entities} >= {("Microsoft 365", "Programme")}
    assert ("Kelby Council", "uses", "Microsoft 365") in _triples(found.relations)
    assert "Microsoft" not in {e.name for e in found.entities}


def test_a_body_moving_something_on_to_a_system_does_not_join_it(extract):
    found = extract("Kelby Borough Council has moved its 2,000 staff on to Microsoft 365.")
    assert not [r for r in found.relations if r.predicate == "partOf"]
    assert ("Jo Bloggs", "partOf", "Barset District Council") in _triples(
        extract("Jo Bloggs moved to Barset District Council in 2019.").relations)


@pytest.mark.parametrize("sentence", [
    "Kelby Council's chatbot, Tom, has answered 12,500 questions since it went live.",
    "Barset Council's new app, Ask Barset, has been downloaded 5,000 times.",
])
def test_a_name_set_off_after_a_bodys_product_holds_no_post(extract, sentence):
    found = extract(sentence)
    assert not [r for r in found.relations if r.predicate == "partOf"]
    assert "Person" not in {e.type for e in found.entities}


def test_in_partnership_with_on_a_phrase_of_the_verb_is_the_subjects_partner(extract):
    found = extract("Kelby Council is also rolling out full fibre across the borough in partnership with Openreach.")
    assert ("Kelby Council", "partneredWith", "Openreach") in _triples(found.relations)


@pytest.mark.parametrize("sentence,court", [
    ("Kelby Foods Ltd was fined £3,500 by Teesside magistrates after admitting four offences.", "Teesside Magistrates"),
    ("Leeds magistrates fined Kelby Foods Ltd £3,500 for the breaches.", "Leeds Magistrates"),
])
def test_a_place_and_magistrates_in_lower_case_is_a_court(extract, sentence, court):
    found = extract(sentence)
    assert (court, "fined", "Kelby Foods Ltd") in _triples(found.relations)
    assert ("Organisation") == next(e.type for e in found.entities if e.name == court)


@pytest.mark.parametrize("sentence,court", [
    ("Kelby Foods Ltd was fined £3,500 by Orton Vale magistrates after admitting four offences.", "Orton Vale Magistrates"),
    ("Kelby Foods Ltd was fined £3,500 at Barsetbury crown court last week.", "Barsetbury Crown Court"),
])
def test_a_name_no_register_knows_before_a_court_kind_in_lower_case_is_a_court(extract, sentence, court):
    found = extract(sentence)
    assert (court, "fined", "Kelby Foods Ltd") in _triples(found.relations)
    assert {"Orton Vale", "Barsetbury", "Orton"}.isdisjoint(e.name for e in found.entities)


def test_magistrates_after_a_word_that_is_no_name_is_no_court(extract):
    found = extract("Yesterday magistrates fined Kelby Foods Ltd £3,500 and Local magistrates agreed.")
    assert not any(e.name.endswith("Magistrates") for e in found.entities)


def test_a_court_written_in_lower_case_fines_rather_than_the_prosecuting_regulator(extract):
    found = extract("The Environment Agency prosecuted Kelby Foods Ltd. The company was fined £3,500 at Leeds magistrates court.")
    fined = {r.subject.name for r in found.relations if r.predicate == "fined"}
    assert fined == {"Leeds Magistrates Court"}


def test_a_kind_noun_with_its_own_capitalised_words_is_not_the_body_named_before(extract):
    found = extract("Barset Homes Ltd opened a cafe in March. Jo Bloggs, who runs the Little Bengal restaurant in "
                    "Kelby, was fined £3,500 for food hygiene offences.")
    assert not [r for r in found.relations if r.predicate == "partOf" and r.subject.name == "Jo Bloggs"]


@pytest.mark.parametrize("text", [
    "HMP Kelby was inspected in June. The jail is run by Barset Justice Services Ltd.",
    "HMP Kelby was inspected in June. The Ministry of Justice said the prison is run by Barset Justice Services Ltd.",
])
def test_the_prison_or_the_jail_is_the_prison_named_before(extract, text):
    assert ("HMP Kelby", "partOf", "Barset Justice Services Ltd") in _triples(extract(text).relations)


@pytest.mark.parametrize("sentence, fact", [
    ("Inspectors from HMICFRS visited custody suites run by Lancashire Constabulary in March.",
     ("HM Inspectorate of Constabulary and Fire & Rescue Services", "inspected", "Lancashire Constabulary")),
    ("The Care Quality Commission fined a care home operated by Kelby Care Ltd £10,000.",
     ("Care Quality Commission", "fined", "Kelby Care Ltd")),
])
def test_a_thing_no_name_holds_run_by_a_body_stands_for_that_body(extract, sentence, fact):
    assert fact in _triples(extract(sentence).relations)


def test_a_body_in_its_own_right_run_by_another_is_not_that_other(extract):
    found = extract("The Care Quality Commission inspected a charity run by Barset Council.")
    assert not [r for r in found.relations if r.predicate == "inspected"]


@pytest.mark.parametrize("sentence, partner", [
    ("Kelby Care NHS Foundation Trust is developing an app with Stanford University.", "Stanford University"),
    ("Kelby Council is designing a new website with Barset Digital Ltd.", "Barset Digital Ltd"),
])
def test_a_body_making_something_with_another_partners_it(extract, sentence, partner):
    found = _triples(extract(sentence).relations)
    assert any(p == "partneredWith" and partner in (s, o) for s, p, o in found)


@pytest.mark.parametrize("sentence", [
    "Barset County Council has launched its Loneliness Strategy, developed with Age UK Barset and Barset Mind.",
    "Barset County Council has launched a Loneliness Strategy, developed with Age UK Barset and Barset Mind.",
])
def test_a_thing_made_with_others_partners_its_owner_or_launcher_with_them(extract, sentence):
    found = _triples(extract(sentence).relations)
    assert {("Barset County Council", "partneredWith", "Age UK Barset"), ("Barset County Council", "partneredWith", "Barset Mind")} <= found


def test_making_something_with_money_or_ones_own_staff_is_no_partnership(extract):
    found = extract("Kelby Council developed the Kelby App with £2m from Barset Trust. Barset Council built the "
                    "Barset Portal with its own analysts.")
    assert not [r for r in found.relations if r.predicate == "partneredWith"]
    assert ("Barset Council", "created", "Barset Portal") in _triples(found.relations)


def test_a_known_trust_then_another_named_for_places_are_two_bodies(extract):
    found = extract("Guy's and St Thomas' NHS Foundation Trust and Royal Devon and Exeter NHS Trust will use the "
                    "Kelby Monitor platform.")
    assert {e.name for e in found.entities if e.type == "Organisation"} == {
        "Guy's and St Thomas' NHS Foundation Trust", "Royal Devon and Exeter NHS Trust"}


def test_implementing_a_named_platform_uses_it(extract):
    found = extract("Mid Yorkshire Hospitals NHS Trust will implement Kelby Neuro, a secure clinical video platform.")
    assert ("Mid Yorkshire Hospitals NHS Trust", "uses", "Kelby Neuro") in _triples(found.relations)


@pytest.mark.parametrize("sentence, fact", [
    ("Cllr Susan Barset, chair of the Orton Combined Authority and leader of Orton Council, said the plan was agreed.",
     ("Susan Barset", "partOf", "Orton Council")),
    ("Jane Kelby, chair of Barset Housing Trust and leader of Orton Council, said she was pleased.",
     ("Jane Kelby", "partOf", "Orton Council")),
])
def test_a_second_post_the_parser_joins_to_the_first_posts_body_is_held_too(extract, sentence, fact):
    found = _triples(extract(sentence).relations)
    assert fact in found and (fact[0], "partOf", "Orton Council") in found
    assert len([f for f in found if f[1] == "partOf"]) == 2


def test_a_body_coordinated_with_the_first_posts_body_is_no_second_post(extract):
    found = _triples(extract("Jane Kelby, chair of Barset Housing Trust and Orton Homes, said she was pleased.").relations)
    assert ("Jane Kelby", "partOf", "Barset Housing Trust") in found


def test_a_fund_part_funded_by_a_body_is_funded_by_it(extract):
    found = _triples(extract("Kelby Combined Authority has launched the Kelby Skills Fund. The fund is part-funded by "
                             "the Barset Trust.").relations)
    assert ("Barset Trust", "funded", "Kelby Skills Fund") in found


@pytest.mark.parametrize("sentence, fact", [
    ("The Department for Education has devolved the £16 million adult skills budget to the Orton Combined Authority.",
     ("Department for Education", "funded", "Orton Combined Authority")),
    ("Kelby County Council devolved its highways budget to Barset Town Council in 2024.",
     ("Kelby County Council", "funded", "Barset Town Council")),
])
def test_devolving_money_to_a_body_funds_it(extract, sentence, fact):
    assert fact in _triples(extract(sentence).relations)


def test_devolving_powers_is_no_funding(extract):
    found = extract("The government devolved housing powers and £20 million to the Kelby Combined Authority.")
    assert not [r for r in found.relations if r.predicate == "funded"]


@pytest.mark.parametrize("sentence, fact", [
    ("Kelby Council has awarded a three-year contract worth £1.2 million to Barset Women's Aid.",
     ("Kelby Council", "appointed", "Barset Women's Aid")),
    ("The Home Office has awarded a grant worth £450,000 to Barset County Council.",
     ("Home Office", "funded", "Barset County Council")),
])
def test_a_contract_or_grant_worth_a_sum_to_a_body_goes_to_that_body(extract, sentence, fact):
    assert fact in _triples(extract(sentence).relations)


@pytest.mark.parametrize("sentence, fact", [
    ("Orton County Council has commissioned Safe Haven Orton to deliver refuge accommodation from April.",
     ("Orton County Council", "appointed", "Safe Haven Orton")),
    ("Barset Refuge Trust has been commissioned by Kelby Council to run the refuge.",
     ("Kelby Council", "appointed", "Barset Refuge Trust")),
])
def test_commissioning_a_body_to_do_something_appoints_it(extract, sentence, fact):
    assert fact in _triples(extract(sentence).relations)


def test_commissioning_a_report_appoints_nobody(extract):
    found = extract("Kelby Council commissioned a report into its finances from Orton Audit Ltd.")
    assert not [r for r in found.relations if r.predicate == "appointed"]


@pytest.mark.parametrize("text, body", [
    ("Orton Women's Centre and Barset Rape Crisis have merged to form a new charity, Kelby Safe Futures. Jane Kelby, "
     "the former chief executive of Orton Women's Centre, will lead the new organisation.", "Kelby Safe Futures"),
    ("Kelby Council launched the Barset Housing Company in May. Orton Homes was appointed to build its first homes. "
     "John Orton will chair the new company.", "Barset Housing Company"),
])
def test_the_new_body_is_the_one_just_formed(extract, text, body):
    found = _triples(extract(text).relations)
    assert [o for s, p, o in found if p == "partOf"] == [body]


@pytest.mark.parametrize("sentence", ["Jenny Barset previously chaired the Ortonshire Police and Crime Panel.",
                                      "Jenny Barset formerly led the Kelby Housing Trust."])
def test_a_body_led_before_is_no_body_one_is_part_of(extract, sentence):
    assert not [r for r in extract(sentence).relations if r.predicate == "partOf"]


def test_a_body_led_now_is_one_is_part_of(extract):
    assert ("Jenny Barset", "partOf", "Kelby Housing Trust") in _triples(
        extract("Jenny Barset chairs the Kelby Housing Trust.").relations)


@pytest.mark.parametrize("sentence, fact", [
    ("The Barset Youth Outreach Team is supported by funding from the Kelby Trust.",
     ("Kelby Trust", "funded", "Barset Youth Outreach Team")),
    ("Local groups have formed the Barset Youth Outreach Team, supported by funding from the Kelby Trust.",
     ("Kelby Trust", "funded", "Barset Youth Outreach Team")),
    ("The Kelby Larder, funded through the National Lottery Community Fund, opened in May.",
     ("National Lottery Community Fund", "funded", "Kelby Larder")),
])
def test_support_by_funding_from_a_body_is_its_funding(extract, sentence, fact):
    found = [r for r in extract(sentence).relations if (r.subject.name, r.predicate, r.object.name) == fact]
    assert found and found[0].rule.split("+")[0] in {"passive", "participle"}


def test_support_by_people_from_a_body_is_no_funding(extract):
    assert not extract("The Kelby Project is supported by volunteers from Barset Council.").relations


def test_a_project_led_by_a_body_in_partnership_with_another_makes_neither_part_of_it(extract):
    found = _triples(extract("Work has started on the Orton Flood Alleviation Scheme, a £12 million project led by the "
                             "Environment Agency in partnership with Ortonshire County Council.").relations)
    assert not [f for f in found if f[1] == "partOf"]
    assert ("Environment Agency", "partneredWith", "Ortonshire County Council") in found


@pytest.mark.parametrize("sentence, fact", [
    ("Barset Foods has contributed £1.7 million to the Kelby Flood Scheme.", ("Barset Foods", "funded", "Kelby Flood Scheme")),
    ("Kelby Council contributed £50,000 towards the Barset Youth Hub.", ("Kelby Council", "funded", "Barset Youth Hub")),
    ("Kelby Pharma is providing £10 million towards the Barset Sea Wall Scheme.",
     ("Kelby Pharma", "funded", "Barset Sea Wall Scheme")),
])
def test_contributing_a_sum_to_or_towards_a_thing_funds_it(extract, sentence, fact):
    found = [r for r in extract(sentence).relations if (r.subject.name, r.predicate, r.object.name) == fact]
    assert found and found[0].amount is not None


def test_contributing_to_costs_is_no_named_funding(extract):
    assert not extract("Kelby Council contributed £5,000 towards its legal costs.").relations


@pytest.mark.parametrize("sentence, fact", [
    ("Orton District Council enters into a joint waste collection contract with Barset District Council.",
     ("Orton District Council", "partneredWith", "Barset District Council")),
    ("Kelby Council has extended its contract with Barset Leisure Trust until 2030.",
     ("Kelby Council", "partneredWith", "Barset Leisure Trust")),
    ("Kelby Council renewed its contract with Barset Leisure Trust for five years.",
     ("Kelby Council", "partneredWith", "Barset Leisure Trust")),
])
def test_entering_extending_or_renewing_a_contract_with_a_body_partners_it(extract, sentence, fact):
    found = _triples(extract(sentence).relations)
    assert fact in found or (fact[2], fact[1], fact[0]) in found


def test_extending_a_contract_with_no_body_named_partners_nobody(extract):
    found = _triples(extract("Kelby Council has extended the contract of its chief executive, Jo Barset.").relations)
    assert found == {("Jo Barset", "partOf", "Kelby Council")}  # (its chief executive: the council's; no partner)


def test_a_councils_cabinet_acts_for_the_council(extract):
    found = _triples(extract("Kelby Council's cabinet agreed to fund the Barset Leisure Trust.").relations)
    assert ("Kelby Council", "funded", "Barset Leisure Trust") in found


def test_the_partnership_formed_with_bodies_is_none_of_them(extract):
    found = extract("Kelbyshire County Council has formed an enhanced partnership with bus operators Barset Buses and "
                    "Orton Coaches. The partnership will receive £8.4 million from the Department for Transport.")
    assert not [r for r in found.relations if r.predicate == "funded"]
    assert ("Kelbyshire County Council", "partneredWith", "Orton Coaches") in _triples(found.relations)


def test_signing_a_charter_with_a_body_partners_it(extract):
    found = _triples(extract("Barset Community Rail Partnership has signed a charter with Northern Kelby Trains.").relations)
    assert ("Barset Community Rail Partnership", "partneredWith", "Northern Kelby Trains") in found


def test_approving_the_award_of_a_contract_to_a_body_appoints_it(extract):
    found = _triples(extract("Kelby Council approved the award of the cleaning contract to Barset Services Ltd.").relations)
    assert ("Kelby Council", "appointed", "Barset Services Ltd") in found


def test_the_award_of_a_sum_is_no_appointment(extract):
    found = extract("Barset Council approved the award of £5,000 to Kelby Youth Trust.")
    assert not [r for r in found.relations if r.predicate == "appointed"]


@pytest.mark.parametrize("sentence", [
    "Kelby County Council and NHS Kelby Integrated Care Board have agreed to pool £35 million of funding for community care.",
    "Kelby County Council will pool its budgets with NHS Kelby Integrated Care Board.",
])
def test_bodies_pooling_their_money_partner(extract, sentence):
    found = _triples(extract(sentence).relations)
    assert {("Kelby County Council", "partneredWith", "NHS Kelby Integrated Care Board"),
            ("NHS Kelby Integrated Care Board", "partneredWith", "Kelby County Council")} & found


def test_a_person_set_off_as_the_former_holder_of_an_office_is_not_part_of_it(extract):
    found = _triples(extract("Anne Orton, the former Children's Commissioner for England, has launched the Centre for "
                             "Young Barset.").relations)
    assert not [f for f in found if f[1] == "partOf"]
    assert ("Anne Orton", "launched", "Centre for Young Barset") in found


@pytest.mark.parametrize("sentence", [
    "The Kelby Care Report was written by Damian Orton, a former minister.",
    "The Kelby Care Report, written by Damian Orton, was published on Monday.",
    "Damian Orton is the author of the Kelby Care Report.",
    "Simon Barset, senior fellow at the Kelby Trust and author of the Kelby Care Report, said a national model would help.",
])
def test_the_author_of_a_publication_created_it(extract, sentence):
    assert [r for r in extract(sentence).relations if r.predicate == "created" and r.object.name == "Kelby Care Report"
            and r.subject.type == "Person"]


def test_writing_to_a_body_creates_nothing(extract):
    assert not [r for r in extract("Kelby Council wrote to Barset Council about the plan.").relations if r.predicate == "created"]


def test_the_hospital_can_be_an_infirmary_named_before(extract):
    found = _triples(extract("Barset Royal Infirmary's maternity unit has improved its rating to good. The hospital is "
                             "run by Barset Teaching Hospitals NHS Foundation Trust.").relations)
    assert ("Barset Royal Infirmary", "partOf", "Barset Teaching Hospitals NHS Foundation Trust") in found


def test_its_post_holder_named_by_a_copula_is_part_of_the_body_just_named(extract):
    found = _triples(extract("Kelby Barset Homes was created in 2024. Its chief executive is Ruth Orton.").relations)
    assert ("Ruth Orton", "partOf", "Kelby Barset Homes") in found


def test_its_after_two_bodies_stands_for_neither(extract):
    found = _triples(extract("Kelby Homes and Barset Housing Trust have merged to create Kelby Barset Homes. Its first "
                             "chief executive is Ruth Orton.").relations)
    assert not [f for f in found if f[0] == "Ruth Orton" and f[2] in {"Kelby Homes", "Barset Housing Trust"}]


@pytest.mark.parametrize("text, prosecutor, fined", [
    ("Barset Convenience Store Ltd has been fined £4,000 after selling vapes to a child. The prosecution was brought "
     "by Orton Borough Council.", "Orton Borough Council", "Barset Convenience Store Ltd"),
    ("A landlord was ordered to pay £30,000 after Kelby City Council prosecuted him. Magistrates fined Ahmed Orton £25,000.",
     "Kelby City Council", "Ahmed Orton"),
    ("Ahmed Orton was fined £25,000 following a prosecution by Kelby City Council.", "Kelby City Council", "Ahmed Orton"),
])
def test_with_no_court_named_the_prosecuting_body_stands_for_the_fines_agent(extract, text, prosecutor, fined):
    found = [r for r in extract(text).relations if (r.subject.name, r.predicate, r.object.name) == (prosecutor, "fined", fined)]
    assert found and found[0].rule.startswith("implied-agent") and found[0].confidence < 0.5


def test_a_named_court_fines_where_a_body_prosecutes(extract):
    found = _triples(extract("Orton Foods Ltd was fined £12,000 at Barset Magistrates' Court. The case was brought by "
                             "Barset City Council.").relations)
    assert ("Barset Magistrates' Court", "fined", "Orton Foods Ltd") in found
    assert ("Barset City Council", "fined", "Orton Foods Ltd") not in found


def test_two_prosecuting_bodies_imply_neither(extract):
    found = extract("Kelby Ltd was fined £4,000. Orton Council prosecuted the firm, and Barset Council prosecuted its director.")
    assert not [r for r in found.relations if r.predicate == "fined"]


def test_it_after_a_programme_opening_the_sentence_before_stands_for_it(extract):
    found = _triples(extract("The Barset Digital Skills Hub has opened in the town centre. It is funded by the UK Shared "
                             "Prosperity Fund.").relations)
    assert ("UK Shared Prosperity Fund", "funded", "Barset Digital Skills Hub") in found


def test_building_digital_uk_awards_contracts(extract):
    found = _triples(extract("Building Digital UK has awarded a £60 million contract to Barset Fibre. The contract is part "
                             "of Project Gigabit.").relations)
    assert ("Building Digital UK", "appointed", "Barset Fibre") in found


@pytest.mark.parametrize("text, body", [
    ("Kelby Tenants' Federation has joined the regulator's panel. The federation's chair, Joan Barset, said tenants needed a voice.",
     "Kelby Tenants' Federation"),
    ("The Kelby Care Alliance was set up in 2020. The alliance's chair, Joan Barset, said it would grow.", "Kelby Care Alliance"),
])
def test_the_federation_or_alliance_stands_for_the_one_named_before(extract, text, body):
    assert ("Joan Barset", "partOf", body) in _triples(extract(text).relations)


def test_a_festival_is_funded_and_partners_and_the_festival_stands_for_it(extract):
    found = _triples(extract("The Barset Literature Festival has signed a three-year partnership with Kelby University. "
                             "The festival is funded by Arts Council England.").relations)
    assert ("Arts Council England", "funded", "Barset Literature Festival") in found
    assert {("Barset Literature Festival", "partneredWith", "Kelby University"),
            ("Kelby University", "partneredWith", "Barset Literature Festival")} & found


def test_a_festival_given_a_sum_is_funded(extract):
    assert ("Arts Council England", "funded", "Barset Literature Festival") in _triples(
        extract("Arts Council England has given £50,000 to the Barset Literature Festival.").relations)


@pytest.mark.parametrize("text", [
    "Barset Homes has joined Kelby City Council in signing a pledge on housing for service leavers.",
    "Orton Trust joined Kelby City Council in backing the campaign.",
])
def test_joining_a_body_in_doing_something_is_acting_with_it_not_membership(extract, text):
    found = _triples(extract(text).relations)
    assert not {t for t in found if t[1] == "partOf"}
    assert {t for t in found if t[1] == "partneredWith"}


def test_joining_a_body_is_still_membership(extract):
    found = _triples(extract("Barset Homes has joined the Kelby Housing Partnership in 2021.").relations)
    assert ("Barset Homes", "partOf", "Kelby Housing Partnership") in found


def test_a_contract_given_to_a_name_the_tagger_calls_a_place_is_given_to_a_body(extract):
    found = extract("Kelby City Council has awarded a £22 million contract to Engie to build an energy centre.")
    assert entity_named(found, "Engie").type == "Organisation"
    assert ("Kelby City Council", "appointed", "Engie") in _triples(found.relations)


def test_a_name_the_tagger_calls_a_work_reprimanded_is_a_body(extract):
    found = extract("The Information Commissioner's Office has reprimanded Orton Migrant Support after it sent an email "
                    "that disclosed the addresses of 200 asylum seekers.")
    assert entity_named(found, "Orton Migrant Support").type == "Organisation"
    assert ("Information Commissioner's Office", "criticised", "Orton Migrant Support") in _triples(found.relations)


def test_funded_by_unnamed_others_implies_no_funder(extract):
    found = extract("The Home Office has awarded £1 million to Reset Communities to train sponsors. Reset Communities "
                    "is also funded by philanthropic foundations.")
    funded = [r for r in found.relations if r.predicate == "funded"]
    assert funded and all(r.rule != "implied-agent" and "implied" not in r.rule for r in funded)


@pytest.mark.parametrize("text, pair", [
    ("Orton City Council will bring its bin collections back in-house when its contract with Serco ends in 2026.",
     ("Orton City Council", "Serco")),
    ("Viridor will build an energy from waste plant in Kelby under a contract with Kelby County Council.",
     ("Viridor", "Kelby County Council")),
])
def test_a_contract_with_a_body_is_working_with_it(extract, text, pair):
    found = _triples(extract(text).relations)
    assert {(pair[0], "partneredWith", pair[1]), (pair[1], "partneredWith", pair[0])} & found


@pytest.mark.parametrize("text, regulator, body", [
    ("The Environment Agency has suspended the permit of Barset Skips Ltd after repeated breaches.",
     "Environment Agency", "Barset Skips Ltd"),
    ("The Gambling Commission has suspended Acme Bets' operating licence.", "Gambling Commission", "Acme Bets"),
    ("Ofcom has revoked the broadcasting licence of Kelby Radio.", "Ofcom", "Kelby Radio"),
])
def test_a_regulator_suspending_or_revoking_a_licence_acts_against_its_holder(extract, text, regulator, body):
    assert (regulator, "criticised", body) in _triples(extract(text).relations)


def test_a_council_suspending_a_permit_is_no_regulators_action(extract):
    found = _triples(extract("Kelby Council suspended the permit of Acme Ltd.").relations)
    assert not {t for t in found if t[1] == "criticised"}


def test_a_subject_parsed_as_the_object_of_show_before_a_set_off_place(extract):
    found = extract("The Care Quality Commission inspects care homes. The latest ratings from the Care Quality Commission "
                    "show Winslade House, in Orton, was rated requires improvement on 11 November.")
    assert ("Care Quality Commission", "inspected", "Winslade House") in _triples(found.relations)


def test_working_closely_with_a_body_to_do_something_partners_it(extract):
    found = _triples(extract("Barset County Council is working closely with Barsetshire Police to tackle anti-social behaviour.").relations)
    assert {("Barset County Council", "partneredWith", "Barsetshire Police"),
            ("Barsetshire Police", "partneredWith", "Barset County Council")} & found


def test_a_name_given_a_penalty_notice_as_first_object_is_a_fined_body(extract):
    found = extract("The Information Commissioner's Office has issued Chatterbox a penalty notice requiring it to pay "
                    "£500,000 over a serious data incident.")
    assert entity_named(found, "Chatterbox").type == "Organisation"
    assert ("Information Commissioner's Office", "fined", "Chatterbox", "500000", "active") in {
        (r.subject.name, r.predicate, r.object.name, str(r.amount.value) if r.amount else None, r.rule.split("+")[0]) for r in found.relations}


def test_a_clause_of_time_lends_no_words_to_the_trigger(extract):
    found = _triples(extract("Orton Mobile received a £1,000 fixed penalty notice after the ICO found it had reported "
                             "three data breaches late.").relations)
    assert not {t for t in found if t[1] == "inspected"}
    assert ("Information Commissioner's Office", "fined", "Orton Mobile") in found


def test_a_penalty_notice_a_relative_clause_says_was_issued_is_a_fine(extract):
    facts = _facts(extract, "The Information Commissioner published a penalty notice it had issued to Kelby Dispensary "
                            "Limited in the sum of £275,000.")
    assert any(f[1:4] == ("fined", "Kelby Dispensary Limited", "275000") for f in facts)


def test_paying_a_sum_for_failures_is_a_fine_from_the_articles_regulator(extract):
    facts = _facts(extract, "The Gambling Commission has warned operators. Kelby Bet will pay £3.5 million for failures "
                            "in its anti-money laundering controls.")
    assert ("Gambling Commission", "fined", "Kelby Bet", "3500000", "implied-agent") in facts


def test_paying_for_something_else_is_no_fine(extract):
    facts = _facts(extract, "The Gambling Commission has warned operators. Kelby Council will pay £3.5 million for new buses.")
    assert not [f for f in facts if f[1] == "fined"]


def test_a_clause_that_states_its_own_fact_is_not_what_was_announced_or_launched(extract):
    found = _triples(extract("Kelby has been awarded £20 million from the Levelling Up Fund to regenerate its town centre, "
                             "the Department for Levelling Up, Housing and Communities announced.",
                             title="Government funding for levelling up").relations)
    assert not {t for t in found if t[1] == "launched"}
    assert {t for t in found if t[1] == "funded"}


def test_a_service_named_with_a_verb_after_its_kind_is_launched_and_made(extract):
    found = extract("Barset County Council has launched an AI chatbot, Ask Barset, built by the technology firm Kelby Digital Ltd.")
    assert entity_named(found, "Ask Barset").type == "Programme"
    triples = _triples(found.relations)
    assert ("Barset County Council", "launched", "Ask Barset") in triples
    assert ("Kelby Digital Ltd", "created", "Barset County Council") not in triples


def test_a_trailing_participle_run_by_belongs_to_the_clauses_subject(extract):
    found = _triples(extract("The Kelby Family Hub has opened in Kelby town centre, run by Kelby County Council and the NHS.").relations)
    assert {("Kelby Family Hub", "partOf", "Kelby County Council"), ("Kelby Family Hub", "partOf", "NHS")} <= found


@pytest.mark.parametrize("text, obj, predicate", [
    ("Kelby District Council has adopted the GOV.UK Notify platform to send text messages to residents.", "GOV.UK Notify", "uses"),
    ("Kelby District Council has adopted the Kelby Local Plan.", "Kelby Local Plan", "introduced"),
])
def test_adopting_a_platform_is_using_it_and_adopting_a_plan_introduces_it(extract, text, obj, predicate):
    assert ("Kelby District Council", predicate, obj) in _triples(extract(text).relations)


def test_a_post_the_two_appointers_share_is_at_both(extract):
    found = _triples(extract("Kelby Hospitals NHS Trust and Barset Community Health NHS Trust have appointed Dr Sara Hale "
                             "as their joint chief executive.").relations)
    assert {("Sara Hale", "partOf", "Kelby Hospitals NHS Trust"), ("Sara Hale", "partOf", "Barset Community Health NHS Trust")} <= found


def test_a_report_titled_with_a_possessive_pronoun_is_one_work(extract):
    found = extract("The NHS Confederation has published a report, Greater than the Sum of its Parts, on shared leadership. "
                    "The report was written by Paul Roberson.")
    assert entity_named(found, "Greater than the Sum of its Parts").type == "Publication"
    assert ("NHS Confederation", "published", "Greater than the Sum of its Parts") in _triples(found.relations)


@pytest.mark.parametrize("text, pair", [
    ("University Hospitals of Kelby was created in 2014 from the merger of Kelby General Hospital NHS Trust and Orton "
     "Hospital NHS Trust.", ("Kelby General Hospital NHS Trust", "Orton Hospital NHS Trust")),
    ("An alliance of Kelby Council and Orton Council will bid for the funding.", ("Kelby Council", "Orton Council")),
])
def test_a_merger_or_alliance_of_two_named_bodies_partners_them(extract, text, pair):
    found = _triples(extract(text).relations)
    assert {(pair[0], "partneredWith", pair[1]), (pair[1], "partneredWith", pair[0])} & found


@pytest.mark.parametrize("text, body", [
    ("Barsetshire Police requires improvement in how it responds to the public, according to His Majesty's Inspectorate "
     "of Constabulary and Fire and Rescue Services.", "Barsetshire Police"),
    ("Ofsted said Kelby Primary School requires improvement.", "Kelby Primary School"),
])
def test_requires_improvement_said_of_a_body_is_its_rating(extract, text, body):
    found = extract(text)
    assert any(r.predicate == "inspected" and r.object.name == body and r.rating == "requires improvement" for r in found.relations)


def test_requiring_something_else_is_no_rating(extract):
    found = extract("Ofsted inspected the area. Kelby Council requires funding to repair roads.")
    assert not [r for r in found.relations if r.predicate == "inspected" and r.object.name == "Kelby Council"]


def test_a_company_fined_is_the_one_the_regulator_then_says_did_it(extract):
    facts = _facts(extract, "A Kelby-based marketing company has been fined £120,000 for making more than 500,000 nuisance "
                            "calls. The Information Commissioner's Office said Orton Leads Ltd had ignored the Telephone "
                            "Preference Service.")
    assert ("Information Commissioner's Office", "fined", "Orton Leads Ltd", "120000", "implied-agent") in facts


@pytest.mark.parametrize("text, fact", [
    ("The Department for Education has issued an academy order to Barset Community School after Ofsted rated it inadequate.",
     ("Ofsted", "inspected", "Barset Community School")),
    ("Acme Ltd said the Information Commissioner's Office had fined it £5,000.",
     ("Information Commissioner's Office", "fined", "Acme Ltd")),
])
def test_it_as_the_object_of_a_clause_is_the_body_named_before_that_is_not_its_subject(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text, pair", [
    ("Kelby Borough Council and Orton Borough Council share IT systems.", ("Kelby Borough Council", "Orton Borough Council")),
    ("Kelby Fire and Rescue Service and Kelby Police will share a new headquarters.", ("Kelby Fire and Rescue Service", "Kelby Police")),
])
def test_bodies_sharing_systems_or_a_headquarters_are_partners(extract, text, pair):
    found = _triples(extract(text).relations)
    assert {(pair[0], "partneredWith", pair[1]), (pair[1], "partneredWith", pair[0])} & found


def test_the_one_called_on_to_give_funding_is_the_giver_not_the_caller(extract):
    found = _triples(extract("The Wildlife Trusts have called on the government to give more funding to Natural England.").relations)
    assert not {t for t in found if t[1] == "funded"}


def test_a_body_asked_by_name_to_fund_is_the_funder(extract):
    found = _triples(extract("Kelby Trust asked Orton Council to fund the Barset Food Bank.").relations)
    assert ("Orton Council", "funded", "Barset Food Bank") in found
    assert ("Kelby Trust", "funded", "Barset Food Bank") not in found


def test_a_participle_funded_by_a_sum_does_not_describe_the_agent_before_it(extract):
    found = _triples(extract("Six nature recovery projects have been launched by Natural England, supported by £7.4 million "
                             "from the Department for Environment, Food and Rural Affairs.").relations)
    assert not {t for t in found if t[1] == "funded" and t[2] == "Natural England"}


@pytest.mark.parametrize("text, members, group", [
    ("The Barset Downs Landscape Partnership, which includes Barset County Council, Natural England and the National Trust, "
     "has won £2.5 million.", ("Barset County Council", "Natural England", "National Trust"), "Barset Downs Landscape Partnership"),
    ("The Kelby Alliance includes Kelby Council and Orton Trust.", ("Kelby Council", "Orton Trust"), "Kelby Alliance"),
])
def test_the_bodies_a_group_includes_are_its_members(extract, text, members, group):
    found = _triples(extract(text).relations)
    assert {(m, "partOf", group) for m in members} <= found


def test_what_a_strategy_includes_are_not_its_members(extract):
    found = _triples(extract("The Kelby Strategy includes Kelby Council and Orton Trust.").relations)
    assert not {t for t in found if t[1] == "partOf"}


def test_a_post_set_off_after_a_name_but_parsed_on_another_word_is_the_names(extract):
    assert ("Noor Kaur", "partOf", "Natural England") in _triples(
        extract("Applications go to Noor Kaur, lead adviser at Natural England.").relations)


def test_a_title_set_off_after_a_works_author_is_the_work_and_theirs(extract):
    found = extract("A new report from the Kelby Policy Institute, Homes for All, says councils need more powers to buy land.")
    assert entity_named(found, "Homes for All").type == "Publication"
    assert ("Kelby Policy Institute", "published", "Homes for All") in _triples(found.relations)


def test_a_toolkits_title_opening_with_a_gerund_is_one_name(extract):
    found = extract("The Local Government Association has released a new toolkit, Tackling Loneliness Together, to help councils.")
    assert entity_named(found, "Tackling Loneliness Together").type == "Programme"
    assert not any(e.type == "Person" for e in found.entities)


def test_a_programme_kind_before_a_comma_without_an_introducing_word_names_nothing(extract):
    found = extract("Under the scheme, Kelby Council, Orton Council and Barset Council will share the funding.")
    assert not any(e.type == "Programme" and "Council" in e.name for e in found.entities)


def test_a_team_from_named_bodies_stands_for_them(extract):
    found = _triples(extract("Barset Prison was inspected by a team from Criminal Justice Inspection Northern Ireland, HM "
                             "Inspectorate of Prisons and the Education and Training Inspectorate.").relations)
    assert {(b, "inspected", "Barset Prison") for b in ("Criminal Justice Inspection Northern Ireland", "HM Inspectorate of Prisons",
                                                        "Education and Training Inspectorate")} <= found


def test_its_post_holder_after_a_fronted_reported_clause_is_the_clauses_subjects(extract):
    found = _triples(extract("Orton County Council faces a £30 million budget gap next year, its chief finance officer, "
                             "Mark Reeves, warned.").relations)
    assert ("Mark Reeves", "partOf", "Orton County Council") in found


def test_a_grant_for_a_body_to_do_something_funds_the_body(extract):
    facts = _facts(extract, "The Home Office has confirmed a £4 million grant for Barsetshire Police to recruit more officers.")
    assert any(f[:4] == ("Home Office", "funded", "Barsetshire Police", "4000000") for f in facts)


def test_a_regulator_disqualifying_a_director_acts_against_them(extract):
    found = _triples(extract("The Traffic Commissioner disqualified Kelby Coaches' director, John Hale, from holding an "
                             "operator's licence for five years.").relations)
    assert ("John Hale", "partOf", "Kelby Coaches") in found
    assert any(t[1] == "criticised" and t[2] == "John Hale" for t in found)


def test_an_ombudsman_upholding_a_complaint_against_a_body_criticises_it(extract):
    found = _triples(extract("The Housing Ombudsman upheld a complaint against Kelby Homes about its repairs service.").relations)
    assert ("Housing Ombudsman", "criticised", "Kelby Homes") in found


def test_an_ombudsman_not_upholding_a_complaint_criticises_no_one(extract):
    found = _triples(extract("The Housing Ombudsman did not uphold the complaint against Kelby Homes.").relations)
    assert not {t for t in found if t[1] == "criticised"}


def test_naming_a_body_as_one_of_many_appoints_it_to_nothing(extract):
    found = _triples(extract("The Housing Ombudsman named Kelby Housing Group as one of 10 landlords with the highest rate "
                             "of maladministration findings.").relations)
    assert not {t for t in found if t[1] == "appointed"}


def test_the_bodies_a_partnership_brings_together_are_its_members(extract):
    found = _triples(extract("The Kelby Community Safety Partnership brings together Kelby Council, Kelby Police and Kelby "
                             "Fire and Rescue Service.").relations)
    assert {(m, "partOf", "Kelby Community Safety Partnership") for m in ("Kelby Council", "Kelby Police", "Kelby Fire and Rescue Service")} <= found


def test_a_titled_officer_of_a_body_is_a_person_at_it(extract):
    found = extract("Chief Constable Simon Ward of Kent Police will retire in June.")
    assert entity_named(found, "Simon Ward").type == "Person"
    assert ("Simon Ward", "partOf", "Kent Police") in _triples(found.relations)


def test_what_a_body_runs_with_people_from_another_makes_that_other_no_part_of_it(extract):
    found = _triples(extract("Barset County Council ran a two-day hackathon, Code for Barset, with students from Orton University.").relations)
    assert ("Orton University", "partOf", "Barset County Council") not in found


def test_receiving_a_sum_from_a_body_is_still_funding(extract):
    assert ("Orton Foundation", "funded", "Kelby Trust") in _triples(extract("Kelby Trust received £2m from the Orton Foundation.").relations)


def test_an_operation_run_into_a_bodys_name_is_its_own_name(extract):
    found = extract("Kelby Police joined forces with Trading Standards for Operation Clean Sweep, a week of action against rogue traders.")
    assert entity_named(found, "Operation Clean Sweep").type == "Programme"
    assert ("Kelby Police", "partneredWith", "Trading Standards") in _triples(found.relations) or (
        "Trading Standards", "partneredWith", "Kelby Police") in _triples(found.relations)


def test_a_name_holding_project_after_for_stays_whole(extract):
    assert entity_named(extract("The Centre for Project Management published a report."), "Centre for Project Management").type == "Organisation"


def test_it_in_a_relative_clause_on_a_bodys_description_is_not_that_body(extract):
    found = _triples(extract("Kelby City Council is to close Kelby Homes Ltd, the housing company it set up in 2018, after it "
                             "failed to build any homes.").relations)
    assert ("Kelby City Council", "created", "Kelby Homes Ltd") in found


@pytest.mark.parametrize("text, regulator, body", [
    ("The Charity Commission has opened a statutory inquiry into the Kelby Community Foundation over its governance.",
     "Charity Commission", "Kelby Community Foundation"),
    ("The Information Commissioner's Office has launched an investigation into Orton Council after a data breach.",
     "Information Commissioner's Office", "Orton Council"),
])
def test_a_regulator_opening_an_inquiry_into_a_body_inspects_it(extract, text, regulator, body):
    found = _triples(extract(text).relations)
    assert any(t[1] == "inspected" and t[2] == body and regulator in t[0] for t in found)


def test_a_council_investigating_something_inspects_no_one(extract):
    found = _triples(extract("Kelby Council has launched an investigation into fly-tipping at Orton Park.").relations)
    assert not {t for t in found if t[1] == "inspected"}


@pytest.mark.parametrize("text, regulator, person", [
    ("Social Work England has struck off a Kelby County Council social worker, John Pike, for falsifying records.",
     "Social Work England", "John Pike"),
    ("The Nursing and Midwifery Council has suspended Orton Hospitals NHS Trust nurse Mary Fenn for 12 months.",
     "Nursing and Midwifery Council", "Mary Fenn"),
    ("The Teaching Regulation Agency has banned Mark Todd, a former teacher at Kelby Academy, from teaching indefinitely.",
     "Teaching Regulation Agency", "Mark Todd"),
])
def test_a_professional_regulator_striking_off_suspending_or_banning_someone_acts_against_them(extract, text, regulator, person):
    assert (regulator, "criticised", person) in _triples(extract(text).relations)


def test_a_council_suspending_a_service_acts_against_no_one(extract):
    found = _triples(extract("Kelby Council has suspended its garden waste collections for two weeks.").relations)
    assert not {t for t in found if t[1] == "criticised"}


def test_a_firms_legal_ending_tagged_a_common_noun_still_closes_its_name(extract):
    facts = _facts(extract, "The Solicitors Regulation Authority has fined Orton Legal LLP £25,000 for failing to carry out checks.")
    assert any(f[1:4] == ("fined", "Orton Legal LLP", "25000") for f in facts)


@pytest.mark.parametrize("text, body", [
    ("Kelby Tots Nursery has closed after Ofsted cancelled its registration.", "Kelby Tots Nursery"),
    ("Kelby Tots Nursery reopened on Monday. Ofsted had cancelled its registration in May.", "Kelby Tots Nursery"),
    ("Barset Bears Nursery has had its registration suspended by Ofsted for six weeks.", "Barset Bears Nursery"),
    ("Orton Bingo Ltd had its licence revoked by the Gambling Commission.", "Orton Bingo Ltd"),
])
def test_its_licence_or_registration_acted_on_by_a_regulator_is_the_bodys_own(extract, text, body):
    assert {(r.predicate, r.object.name) for r in extract(text).relations if r.predicate == "criticised"} == {("criticised", body)}


def test_its_on_a_regulators_own_work_is_not_read_as_another_bodys(extract):
    found = extract("Kelby Council welcomed the news after Ofsted published its report.").relations
    assert not [r for r in found if r.predicate == "criticised"]


@pytest.mark.parametrize("text, fact", [
    ("Kelby Care Group has acquired Orton Lodge Ltd, adding 12 homes to its network.", ("Orton Lodge Ltd", "partOf", "Kelby Care Group")),
    ("Barset Council bought Orton Leisure Ltd in 2019.", ("Orton Leisure Ltd", "partOf", "Barset Council")),
])
def test_a_body_acquired_becomes_part_of_the_buyer(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_land_or_a_stake_acquired_makes_nothing_part_of_the_buyer(extract):
    found = extract("Kelby Homes has acquired a stake in Orton Energy Ltd and bought land at Barset Park.").relations
    assert not [r for r in found if r.predicate == "partOf"]


def test_a_body_on_a_street_is_on_the_street_and_in_the_streets_place(extract):
    found = extract("The Little Acorns Day Nursery on Mill Lane in Kelby has closed.")
    assert {("Little Acorns Day Nursery", "locatedIn", "Mill Lane"), ("Little Acorns Day Nursery", "locatedIn", "Kelby")} <= _triples(found.relations)


@pytest.mark.parametrize("text, fact", [
    ("The Kelby Palliative Care Council will be absorbed into Barset Hospice Care in July.",
     ("Kelby Palliative Care Council", "partOf", "Barset Hospice Care")),
    ("Orton Arts Trust was folded into Kelby Culture Ltd last year.", ("Orton Arts Trust", "partOf", "Kelby Culture Ltd")),
    ("Kelby Homes was merged into Orton Housing Group in 2020.", ("Kelby Homes", "partOf", "Orton Housing Group")),
    ("Kelby Homes became part of Orton Housing Group in 2020.", ("Kelby Homes", "partOf", "Orton Housing Group")),
    ("Kelby Homes will become part of Orton Housing Group next year.", ("Kelby Homes", "partOf", "Orton Housing Group")),
    ("Kelby Homes remains a member of the Orton Housing Group.", ("Kelby Homes", "partOf", "Orton Housing Group")),
])
def test_a_body_absorbed_merged_or_become_part_of_another_is_part_of_it(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_sum_paid_into_a_fund_by_a_body_does_not_move_the_sum(extract):
    found = extract("A £2m grant was paid into the Kelby Fund by Orton Council.").relations
    assert not [r for r in found if r.predicate == "partOf"]


@pytest.mark.parametrize("text, fact", [
    ("The Competition and Markets Authority has launched enforcement action against Orton Tickets Ltd over booking fees.",
     ("Competition and Markets Authority", "criticised", "Orton Tickets Ltd")),
    ("The Pensions Regulator has begun legal proceedings against Kelby Payroll Ltd.",
     ("The Pensions Regulator", "criticised", "Kelby Payroll Ltd")),
])
def test_a_regulator_launching_action_or_proceedings_against_a_body_criticises_it(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_council_campaigning_against_a_firm_is_no_regulators_action(extract):
    found = extract("Kelby Council launched a campaign against Orton Tickets Ltd.").relations
    assert not [r for r in found if r.predicate == "criticised"]


def test_a_penalty_paid_to_a_regulator_was_its_fine(extract):
    found = extract("Orton Removals Ltd paid a £30,000 penalty to the Competition and Markets Authority after it admitted "
                    "breaking consumer law.").relations
    assert [(r.subject.name, r.object.name, r.amount.text) for r in found if r.predicate == "fined"] == [
        ("Competition and Markets Authority", "Orton Removals Ltd", "£30,000")]


@pytest.mark.parametrize("text", [
    "Orton Bet has agreed to pay a £2m settlement to the Gambling Commission following an investigation into its checks.",
    "Orton Bet paid a £2m settlement to the Gambling Commission.",
])
def test_a_settlement_paid_to_a_regulator_is_its_fine_not_funding(extract, text):
    found = extract(text).relations
    assert [(r.subject.name, r.predicate, r.object.name, r.amount.text, r.rule) for r in found] == [
        ("Gambling Commission", "fined", "Orton Bet", "£2m", "inverse")]


def test_a_settlement_paid_to_a_firm_is_neither_fine_nor_funding(extract):
    assert not extract("Kelby Council agreed to pay a £50,000 settlement to Orton Homes after a dispute over land.").relations


def test_a_penalty_appealed_to_a_tribunal_is_not_the_tribunals_fine(extract):
    found = extract("Orton Removals Ltd appealed the £30,000 penalty to the First-tier Tribunal.").relations
    assert not [r for r in found if r.predicate == "fined"]


def test_a_passive_joined_to_one_with_an_agent_shares_it(extract):
    found = extract("Steven Cole has been fined £17,900 by the Financial Conduct Authority and banned from compliance roles.")
    assert {("Financial Conduct Authority", "fined", "Steven Cole"), ("Financial Conduct Authority", "criticised", "Steven Cole")} <= _triples(found.relations)


def test_a_passive_with_its_own_agent_keeps_it(extract):
    found = extract("Kelby Trust was founded by Jane Smith and funded by the Orton Foundation.")
    assert ("Orton Foundation", "funded", "Kelby Trust") in _triples(found.relations)
    assert ("Jane Smith", "funded", "Kelby Trust") not in _triples(found.relations)


def test_a_council_passing_a_sum_to_its_operators_funds_them(extract):
    found = extract("Barset Council will pass £450,000 from Sport England to its leisure operators, Barset Leisure Trust and Active Orton.")
    assert {("Barset Council", "funded", "Barset Leisure Trust"), ("Barset Council", "funded", "Active Orton")} <= _triples(found.relations)


def test_passing_a_budget_funds_no_one(extract):
    assert not extract("Kelby Council passed a £2m budget for Orton Leisure Ltd.").relations


def test_a_contract_awarded_to_a_leisure_operator_appoints_it(extract):
    found = extract("Kelby Council has awarded a ten-year contract to run its leisure centres to Places Leisure.")
    assert ("Kelby Council", "appointed", "Places Leisure") in _triples(found.relations)


@pytest.mark.parametrize("text, fact", [
    ("The Independent Office for Police Conduct has launched an investigation into Barset Police's handling of a missing person report.",
     ("Independent Office for Police Conduct", "inspected", "Barset Police")),
    ("Kelby Council said the Local Government and Social Care Ombudsman had criticised its handling of the complaint.",
     ("Local Government and Social Care Ombudsman", "criticised", "Kelby Council")),
    ("The Information Commissioner's Office criticised the response of Kelby Council to the breach.",
     ("Information Commissioner's Office", "criticised", "Kelby Council")),
])
def test_a_bodys_handling_or_response_stands_for_the_body(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_persons_treatment_does_not_make_the_person_criticised(extract):
    found = extract("The Local Government and Social Care Ombudsman criticised the treatment of Anna Webb by Kelby Council.").relations
    assert not [r for r in found if r.object.name == "Anna Webb"]


@pytest.mark.parametrize("text, fact", [
    ("A Barset Police sergeant, Mark Lane, has been charged with misconduct.", ("Mark Lane", "partOf", "Barset Police")),
    ("Kelby Fire and Rescue Service firefighter Tom Reed received a bravery award.",
     ("Tom Reed", "partOf", "Kelby Fire and Rescue Service")),
])
def test_a_police_rank_or_firefighter_at_a_service_is_part_of_it(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_post_set_beside_a_person_and_appointed_by_a_body_is_the_persons_appointment(extract):
    found = extract("The hearing was led by Alan Price, an independent chair appointed by the Barset Police and Crime Commissioner.")
    assert ("Barset Police and Crime Commissioner", "appointed", "Alan Price") in _triples(found.relations)


def test_money_from_a_round_of_a_programme_came_from_the_programme(extract):
    found = extract("Kelby City Council received £400,000 and Barset Borough Council £300,000 from the latest round of the "
                    "Rough Sleeping Initiative.")
    assert {("Rough Sleeping Initiative", "funded", "Kelby City Council"), ("Rough Sleeping Initiative", "funded", "Barset Borough Council")} \
        <= _triples(found.relations)


def test_a_service_run_by_a_charity_is_part_of_it_whatever_the_tagger_called_it(extract):
    found = extract("The Kelby Winter Night Shelter, run by the charity Open Doors Kelby, has been given £25,000 by Kelby City Council.")
    assert ("Kelby Winter Night Shelter", "partOf", "Open Doors Kelby") in _triples(found.relations)
    assert entity_named(found, "Kelby Winter Night Shelter").type != "Publication"


@pytest.mark.parametrize("text, fact", [
    ("Barset Care Services, a company wholly owned by Barset Council, employs 400 care workers.",
     ("Barset Care Services", "partOf", "Barset Council")),
    ("Cherry Lane Care Home, provided and run by Barset Care Homes Limited, was rated good.",
     ("Cherry Lane Care Home", "partOf", "Barset Care Homes Limited")),
    ("Kelby County Council has commissioned Barset Homecare to take over the care of 140 people.",
     ("Kelby County Council", "appointed", "Barset Homecare")),
])
def test_owned_or_run_bodies_and_commissioned_home_care_firms(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_participle_after_a_comma_describes_the_name_right_before_it(extract):
    found = extract("Kelby County Council has awarded the contract for its stop smoking service to Smokefree Life Kelby, run by "
                    "the charity Change Grow Live.")
    assert {("Kelby County Council", "appointed", "Smokefree Life Kelby"), ("Smokefree Life Kelby", "partOf", "Change Grow Live")} \
        <= _triples(found.relations)
    assert ("Kelby County Council", "partOf", "Change Grow Live") not in _triples(found.relations)


def test_a_participle_after_its_clause_with_no_name_before_describes_the_subject(extract):
    assert ("Kelby Hub", "partOf", "Orton Trust") in _triples(extract("The Kelby Hub opened last week, run by Orton Trust.").relations)


def test_a_campaign_launched_with_a_body_is_a_partnership(extract):
    found = extract("The UK Health Security Agency has launched a campaign with Kelby County Council to warn parents about vapes.")
    assert ("UK Health Security Agency", "partneredWith", "Kelby County Council") in _triples(found.relations)


def test_money_from_a_name_through_a_known_body_came_from_both(extract):
    found = extract("The Barset Book Festival has received £30,000 from the National Lottery through Arts Council England.")
    assert {"National Lottery", "Arts Council England"} <= {e.name for e in found.entities}
    assert ("Arts Council England", "funded", "Barset Book Festival") in _triples(found.relations)


def test_a_sum_confirmed_for_a_body_funds_it_but_a_confirmed_fine_does_not(extract):
    assert ("Arts Council England", "funded", "Kelby Theatre Company") in _triples(
        extract("Arts Council England has confirmed £1.2m a year for Kelby Theatre Company.").relations)
    assert not [r for r in extract("The Information Commissioner's Office confirmed a £500,000 fine for Kelby Council.").relations
                if r.predicate == "funded"]


def test_a_passive_purpose_clause_does_not_make_the_main_subject_its_object(extract):
    found = extract("The Department for Transport has approved funding for the new bypass, to be built by Barset Construction Ltd.")
    assert not [r for r in found.relations if r.predicate == "created" and r.object.name == "Department for Transport"]


@pytest.mark.parametrize("text", [
    "The Green Party and the Barset Independents have agreed to run Barset Borough Council together.",
    "The Conservatives run Kelby Council.",
    "Kelby Council is run by the Liberal Democrats.",
])
def test_a_council_a_party_runs_is_no_part_of_the_party(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "partOf"]


def test_a_centre_a_trust_runs_is_still_part_of_the_trust(extract):
    assert ("Kelby Leisure Centre", "partOf", "Orton Trust") in _triples(extract("Kelby Leisure Centre is run by Orton Trust.").relations)


def test_a_participle_the_parser_hung_on_an_earlier_noun_describes_the_name_before_its_comma(extract):
    found = extract("Inspectors served an improvement notice on Glenbarr Nursing Home, run by Orton Care Group, after a visit.")
    assert ("Glenbarr Nursing Home", "partOf", "Orton Care Group") in _triples(found.relations)


def test_two_services_sharing_a_station_are_partners(extract):
    found = extract("Barset Fire and Rescue Service and Barset Ambulance Service will share a new station at Orton Park.")
    assert ("Barset Fire and Rescue Service", "partneredWith", "Barset Ambulance Service") in _triples(found.relations)


def test_an_appointees_current_post_elsewhere_does_not_hide_the_appointers_post(extract):
    found = extract("Kelby Ambulance Service NHS Trust has appointed Dr Helen Moss, currently medical director at Barset "
                    "Ambulance Service, as chief executive.")
    assert {("Helen Moss", "partOf", "Kelby Ambulance Service NHS Trust"), ("Helen Moss", "partOf", "Barset Ambulance Service")} \
        <= _triples(found.relations)


def test_a_developer_paying_a_sum_to_a_council_towards_something_funds_it(extract):
    found = extract("Orton Homes Ltd will pay £2.1m to Barset Council towards new school places under a section 106 agreement.")
    assert ("Orton Homes Ltd", "funded", "Barset Council") in _triples(found.relations)


def test_trustees_appointed_including_a_named_person_make_that_person_the_appointers_trustee(extract):
    found = extract("The Barset Community Foundation has appointed four new trustees, including the former chief constable Susan Yale.")
    assert ("Susan Yale", "partOf", "Barset Community Foundation") in _triples(found.relations)


def test_a_lottery_run_by_a_council_is_part_of_it(extract):
    found = extract("The Kelby Lottery, run by Kelby City Council, has raised £150,000 for good causes since it began.",
                    title="Funding round")
    assert ("Kelby Lottery", "partOf", "Kelby City Council") in _triples(found.relations)


def test_a_decision_to_fine_read_as_a_names_modifier_keeps_its_object_and_sum(extract):
    found = extract("The Information Commissioner's Office's decision to fine Kelby County Council £40,000 was welcomed.").relations
    assert [(r.object.name, r.amount.text if r.amount else None) for r in found if r.predicate == "fined"] == [("Kelby County Council", "£40,000")]


def test_its_decision_announced_by_a_body_is_that_bodys(extract):
    found = extract("The Information Commissioner's Office announced its decision to reprimand Kelby County Council for failing "
                    "to redact a report.")
    assert ("Information Commissioner's Office", "criticised", "Kelby County Council") in _triples(found.relations)


def test_its_decision_welcomed_by_a_body_is_not_read_as_its_own(extract):
    assert not extract("Kelby Council welcomed its decision to fine Orton Ltd.").relations


@pytest.mark.parametrize("text, name", [
    ("Kelby Mind has opened a crisis cafe in the town centre.", "Kelby Mind"),
    ("Barset Samaritans has trained 40 new volunteers.", "Barset Samaritans"),
])
def test_a_place_before_a_national_charity_with_branches_names_its_branch(extract, text, name):
    assert entity_named(extract(text), name).type == "Organisation"


@pytest.mark.parametrize("text, predicate, name", [
    ("Kelby County Council has commissioned Carers Trust Kelby to run its carers support service.", "appointed", "Carers Trust Kelby"),
    ("Kelby County Council has funded Citizens Advice Orton to give debt advice.", "funded", "Citizens Advice Orton"),
    ("Barset City Council has funded Shelter Barset to run a hostel for rough sleepers.", "funded", "Shelter Barset"),
])
def test_a_place_after_a_national_charity_with_branches_names_its_branch(extract, text, predicate, name):
    assert (text.split(" has ")[0], predicate, name) in _triples(extract(text).relations)


def test_a_place_after_a_national_charity_going_on_into_a_name_is_no_branch(extract):
    names = {e.name for e in extract("Age UK and Kelby Council run the service. Age UK Kelby Council partnership work goes on.").entities}
    assert "Age UK Kelby" not in names


def test_the_national_charity_alone_is_still_known(extract):
    assert entity_named(extract("Mind said the figures were worrying."), "Mind").type == "Organisation"


def test_a_sum_a_body_opened_something_with_came_from_its_giver(extract):
    found = extract("Kelby Mind has opened a crisis cafe with £90,000 from NHS Kelby Integrated Care Board.")
    assert ("NHS Kelby Integrated Care Board", "funded", "Kelby Mind") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "Barset Council's housing company, Barset Homes Ltd, has gone into administration.",
    "Barset Homes Ltd, Barset Council's housing company, has gone into administration.",
])
def test_a_body_named_beside_a_kind_a_body_owns_is_part_of_the_owner(extract, text):
    assert ("Barset Homes Ltd", "partOf", "Barset Council") in _triples(extract(text).relations)


def test_a_bodys_partner_named_beside_it_is_no_part_of_it(extract):
    found = extract("Kelby Council's partner, Orton Homes Ltd, will build the homes.")
    assert ("Orton Homes Ltd", "partOf", "Kelby Council") not in _triples(found.relations)


@pytest.mark.parametrize("text, fact", [
    ("Orton Port Authority has agreed a £50m loan from the UK Infrastructure Bank to build a new berth.",
     ("UK Infrastructure Bank", "funded", "Orton Port Authority")),
    ("Kelby Council borrowed £20m from the Public Works Loan Board.", ("Public Works Loan Board", "funded", "Kelby Council")),
])
def test_a_loan_from_a_body_is_its_funding(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text, fact", [
    ("The Barset Secure Children's Home will be rebuilt with £25m from the Department for Education.",
     ("Department for Education", "funded", "Barset Secure Children's Home")),
    ("Kelby Library was refurbished with £2m from Arts Council England.", ("Arts Council England", "funded", "Kelby Library")),
])
def test_a_sum_from_a_body_that_a_thing_is_rebuilt_or_refurbished_with_funds_it(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text, fact", [
    ("Estyn inspectors found that teaching at Ysgol Barset had improved since their last visit.", ("Estyn", "inspected", "Ysgol Barset")),
    ("Ofsted inspectors found that staff at Kelby Nursery were well trained.", ("Ofsted", "inspected", "Kelby Nursery")),
    ("The Welsh Language Commissioner has opened an investigation into Kelby County Borough Council's bilingual services.",
     ("Welsh Language Commissioner", "inspected", "Kelby County Borough Council")),
])
def test_what_inspectors_found_at_a_body_or_a_language_regulators_investigation(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_finding_by_a_body_that_is_no_inspectorate_inspects_nothing(extract):
    assert not extract("The council found that staff at Kelby Nursery were well trained.").relations


@pytest.mark.parametrize("text, fact", [
    ("Orton Council's licensing committee revoked the licence of the Barset Arms after repeated fights.", ("Orton Council", "criticised", "Barset Arms")),
    ("Kelby City Council suspended the licence of Orton Cabs Ltd after drivers were found without checks.",
     ("Kelby City Council", "criticised", "Orton Cabs Ltd")),
])
def test_a_licensing_authority_revoking_or_suspending_a_licence_criticises_its_holder(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_firm_suspending_its_own_licence_criticises_no_one(extract):
    assert not extract("Kelby Cabs Ltd suspended its licence to trade while it restructured.").relations


def test_a_curator_at_a_gallery_is_part_of_it(extract):
    found = extract("The Kelby Museum has appointed Dr Sara Lind, curator at the Orton Art Gallery, as its new director.")
    assert {("Sara Lind", "partOf", "Orton Art Gallery"), ("Sara Lind", "partOf", "Kelby Museum")} <= _triples(found.relations)


@pytest.mark.parametrize("text", [
    "The Environment Agency granted Orton Water Ltd a drought permit to take more water.",
    "Kelby Council granted planning permission to Barset Homes Ltd.",
    "Kelby Council has granted Orton Trust a 99-year lease.",
])
def test_granting_a_permit_permission_or_lease_is_no_funding(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "funded"]


@pytest.mark.parametrize("text, fact", [
    ("Ofwat has placed Barset Water under enhanced monitoring because of its finances.", ("Ofwat", "criticised", "Barset Water")),
    ("Orton Water has paid £400,000 to the Orme Rivers Trust as part of an enforcement undertaking.",
     ("Orton Water", "funded", "Orme Rivers Trust")),
])
def test_a_regulators_monitoring_and_a_sum_paid_to_a_charity(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_compensation_paid_to_a_body_is_no_funding(extract):
    assert not [r for r in extract("Kelby Council paid £5,000 in compensation to Orton Trust.").relations if r.predicate == "funded"]


def test_two_bodies_sharing_a_cost_are_partners(extract):
    found = extract("Network Rail and Kelby City Council will share the £30m cost of rebuilding Kelby Central station.")
    assert ("Network Rail", "partneredWith", "Kelby City Council") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "Kelby County Council has ended its contract with Orton Home Support Ltd.",
    "Kelby Council scrapped its partnership with Orton Trust.",
])
def test_a_contract_or_partnership_ended_states_none(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "partneredWith"]


def test_a_regulator_removing_someone_from_its_register_criticises_them(extract):
    found = extract("Social Work England has removed social worker Dean Hart from its register after he lied about visits.")
    assert ("Social Work England", "criticised", "Dean Hart") in _triples(found.relations)


def test_a_council_removing_a_firm_from_its_list_is_no_regulators_act(extract):
    assert not extract("Kelby Council removed Orton Trust from its list of suppliers.").relations


def test_a_school_opened_with_a_body_is_a_partnership(extract):
    found = extract("Kelby University will open a new medical school with Orton University Hospitals NHS Trust in 2027.")
    assert ("Kelby University", "partneredWith", "Orton University Hospitals NHS Trust") in _triples(found.relations)


@pytest.mark.parametrize("text, body", [
    ("Barset Fire and Rescue Service has served a prohibition notice on Meadow Court Management Ltd.", "Barset Fire and Rescue Service"),
    ("Kelby Fire Service issued an enforcement notice to Orton Lettings Ltd after finding blocked exits.", "Kelby Fire Service"),
])
def test_a_fire_service_serving_a_notice_on_a_body_criticises_it(extract, text, body):
    found = extract(text)
    assert any(s == body and p == "criticised" for s, p, _ in _triples(found.relations))


def test_a_council_serving_a_notice_is_no_regulators_act(extract):
    assert not extract("Kelby Council served a notice on Orton Lettings Ltd to repair the roof.").relations


def test_a_fire_service_is_no_implied_agent_of_a_fine(extract):
    found = extract("Orton Lettings Ltd has been fined £20,000 for letting unsafe flats. Kelby Fire and Rescue Service "
                    "said it welcomed the outcome.", title="Letting firm fined")
    assert not [r for r in found.relations if r.predicate == "fined" and r.subject.name == "Kelby Fire and Rescue Service"]


def test_a_councils_fund_named_after_it_is_its_own_entity_run_by_the_council(extract):
    found = extract("Kelby County Council Pension Fund is run by Kelby County Council. The fund has 70,000 members.")
    assert ("Kelby County Council Pension Fund", "partOf", "Kelby County Council") in _triples(found.relations)


@pytest.mark.parametrize("text, triple", [
    ("The Pensions Regulator fined the trustees of Barset Homes £5,000.", ("The Pensions Regulator", "fined", "Barset Homes")),
    ("The Pensions Ombudsman ordered the trustees of Barset Homes to pay £1,000 to a member.", ("Pensions Ombudsman", "criticised", "Barset Homes")),
])
def test_a_bodys_trustees_stand_for_it(extract, text, triple):
    found = extract(text)
    assert [r for r in found.relations if (r.subject.name, r.predicate, r.object.name) == triple and "coref" not in r.rule]


def test_its_on_a_code_a_body_breached_names_no_owner(extract):
    found = extract("Ofcom found that Barset TV Ltd breached its Broadcasting Code by airing an interview.")
    assert not [r for r in found.relations if r.predicate == "introduced"]


def test_its_on_a_policy_a_body_sets_out_names_the_body(extract):
    found = extract("Kelby Council set out its Climate Strategy in May.")
    assert ("Kelby Council", "introduced", "Climate Strategy") in _triples(found.relations)


def test_a_post_on_a_bodys_board_is_filled_by_the_body(extract):
    found = extract("Dame Alison Frere has been appointed chair of Ofcom's Content Board.")
    triples = _triples(found.relations)
    assert ("Ofcom", "appointed", "Alison Frere") in triples and ("Content Board", "appointed", "Alison Frere") not in triples


@pytest.mark.parametrize("text, body, person", [
    ("Barset Harbour Commissioners have appointed Captain Neil Rowe as harbour master.", "Barset Harbour Commissioners", "Neil Rowe"),
    ("The University of Orton has appointed Professor Jo Bloggs as vice-chancellor.", "University of Orton", "Jo Bloggs"),
])
def test_a_body_appointing_someone_as_its_head_named_bare_fills_its_own_post(extract, text, body, person):
    assert (person, "partOf", body) in _triples(extract(text).relations)


def test_work_said_to_be_over_is_no_post(extract):
    assert not extract("Neil Rowe previously worked for Associated British Ports.").relations


def test_work_for_a_body_is_a_post_there(extract):
    assert ("Neil Rowe", "partOf", "Associated British Ports") in _triples(extract("Neil Rowe worked for Associated British Ports for ten years.").relations)


def test_a_civil_sanction_with_a_sum_is_a_fine(extract):
    found = extract("The Marine Management Organisation has issued a £40,000 civil sanction to Harbourside Developments Ltd.")
    assert ("Marine Management Organisation", "fined", "Harbourside Developments Ltd") in _triples(found.relations)


def test_two_places_before_a_combined_authority_open_its_name(extract):
    found = extract("Orton City Council and Kelby County Council signed a deal to create the Orton and Kelby Combined County Authority.")
    triples = _triples(found.relations)
    assert ("Orton City Council", "created", "Orton and Kelby Combined County Authority") in triples
    assert not [t for t in triples if t[1] == "created" and t[2] == "Orton City Council"]


def test_a_councillor_representing_a_ward_on_a_council_is_part_of_it(extract):
    found = extract("Councillor Ahmed Patel represents the Orton North division on Barset County Council.")
    assert ("Ahmed Patel", "partOf", "Barset County Council") in _triples(found.relations)


def test_a_party_in_apposition_with_a_says_the_person_is_a_member(extract):
    found = extract("Councillor Ahmed Patel, a Liberal Democrat, represents the ward.")
    assert ("Ahmed Patel", "partOf", "Liberal Democrats") in _triples(found.relations)


@pytest.mark.parametrize("text, partner", [
    ("Barset Police has joined forces with Barset Drug and Alcohol Service to give officers naloxone kits.", "Barset Drug and Alcohol Service"),
    ("Kelby Council has partnered with Barset Housing Service.", "Barset Housing Service"),
])
def test_a_service_a_body_partners_with_is_a_body(extract, text, partner):
    found = extract(text)
    assert entity_named(found, partner).type == "Organisation"
    assert any(p == "partneredWith" and partner in (s, o) for s, p, o in _triples(found.relations))


def test_a_partner_of_a_hub_is_in_it_not_partnered_with_it(extract):
    found = extract("Barset University is a founding partner of the Kelby Digital Hub, alongside Kelby City Council and BT.")
    assert entity_named(found, "Kelby Digital Hub").type == "Programme"


def test_a_collaboration_between_three_bodies_partners_each_with_each(extract):
    found = extract("The institute is a collaboration between Orton College, the University of Orton and Siemens.")
    triples = {(s, o) for s, p, o in _triples(found.relations) if p == "partneredWith"}
    assert {("Orton College", "Siemens"), ("Orton College", "University of Orton"), ("University of Orton", "Siemens")} <= triples


@pytest.mark.parametrize("text, body", [
    ("The Education and Skills Funding Agency has issued a notice of concern to Barset Valley College over its finances.",
     "Education and Skills Funding Agency"),
    ("The Gambling Commission has issued a notice of suspension to Kelby Bets Ltd.", "Gambling Commission"),
])
def test_a_notice_of_something_issued_to_a_body_criticises_it(extract, text, body):
    assert any(s == body and p == "criticised" for s, p, _ in _triples(extract(text).relations))


def test_its_in_a_clause_of_what_a_body_is_criticised_for_is_that_bodys(extract):
    found = extract("The National Audit Office has criticised the Home Office for failing to control the cost of its contracts "
                    "with Serco and Mears Group.")
    triples = _triples(found.relations)
    assert {("Home Office", "partneredWith", "Serco"), ("Home Office", "partneredWith", "Mears Group")} <= triples
    assert not [t for t in triples if t[0] == "National Audit Office" and t[1] == "partneredWith"]


def test_the_borders_inspector_finding_failings_criticises(extract):
    found = extract("The Independent Chief Inspector of Borders and Immigration found that the Home Office had failed to "
                    "keep accurate records.")
    assert ("Independent Chief Inspector of Borders and Immigration", "criticised", "Home Office") in _triples(found.relations)


def test_a_post_the_parser_reads_as_an_adjective_is_still_a_post(extract):
    found = extract("Barset Migrant Support has appointed Rev Ruth Okafor as chair. Okafor is vicar of St Mark's Church in Barset.")
    assert ("Ruth Okafor", "partOf", "St Mark's Church") in _triples(found.relations)


@pytest.mark.parametrize("second", ["The Football Foundation is also contributing £200,000.",
                                    "The Football Foundation has also given £200,000."])
def test_a_second_givers_sum_said_with_also_goes_to_the_one_recipient_before(extract, second):
    found = extract("Sport England has awarded £450,000 to Kelby Cricket Club. " + second)
    [grant] = [r for r in found.relations if r.subject.name == "Football Foundation"]
    assert (grant.predicate, grant.object.name, grant.amount.text) == ("funded", "Kelby Cricket Club", "£200,000")


def test_a_second_givers_sum_with_two_recipients_before_goes_to_neither(extract):
    found = extract("Sport England has awarded £450,000 to Kelby Cricket Club and £20,000 to Orton FC. "
                    "The Football Foundation is also contributing £200,000.")
    assert not [r for r in found.relations if r.subject.name == "Football Foundation"]


def test_a_sports_governing_body_banning_a_club_criticises_it(extract):
    found = extract("The Football Association has banned Barset United from playing home matches with spectators.")
    assert ("Football Association", "criticised", "Barset United") in _triples(found.relations)


def test_a_participle_after_a_name_in_a_reviews_phrase_describes_the_review(extract):
    found = extract("An independent review of maternity services at Barset Hospitals NHS Trust, led by midwife Donna Kirk, "
                    "found that babies might have survived.")
    assert not [r for r in found.relations if r.subject.name == "Donna Kirk"]


def test_a_participle_after_a_name_still_describes_the_name(extract):
    found = extract("The Kelby Centre, run by Orton Trust, opened in May.")
    assert ("Kelby Centre", "partOf", "Orton Trust") in _triples(found.relations)


def test_a_plural_kind_of_body_stands_for_the_bodies_it_lists(extract):
    found = extract("The universities of Leeds, York and Sheffield have formed the Northern Research Alliance.")
    creators = {s for s, p, o in _triples(found.relations) if p == "created" and o == "Northern Research Alliance"}
    assert {"University of Leeds", "University of York"} <= creators and len(creators) == 3


@pytest.mark.parametrize("text", [
    "Barset Hospitals NHS Trust and Orton University Hospitals NHS Trust have formed a group.",
    "Barset Hospitals NHS Trust and Orton University Hospitals NHS Trust have agreed to form a hospital group with a single "
    "chief executive, Dr Omar Haddad.",
])
def test_bodies_forming_a_group_together_are_partners(extract, text):
    found = extract(text)
    assert ("Barset Hospitals NHS Trust", "partneredWith", "Orton University Hospitals NHS Trust") in _triples(found.relations)


def test_a_body_forming_a_group_of_people_partners_no_one(extract):
    assert not extract("Barset Hospitals NHS Trust has formed a group of volunteers.").relations


@pytest.mark.parametrize("text, body", [
    ("The Employment Agency Standards Inspectorate has banned Barset Staffing Solutions Ltd from operating for five years.",
     "Employment Agency Standards Inspectorate"),
    ("The Kelby Water Regulator has issued an enforcement notice to Orton Water Ltd.", "Kelby Water Regulator"),
])
def test_an_inspectorate_or_regulator_by_its_name_acts_as_one(extract, text, body):
    assert any(s == body and p == "criticised" for s, p, _ in _triples(extract(text).relations))


@pytest.mark.parametrize("text, triple", [
    ("Homes England has agreed a £45 million loan to Kelby Regeneration LLP to build 600 homes.",
     ("Homes England", "funded", "Kelby Regeneration LLP")),
    ("Orton Council has lent £2m to Kelby Football Club.", ("Orton Council", "funded", "Kelby Football Club")),
])
def test_a_loan_a_body_agrees_or_makes_to_another_funds_it(extract, text, triple):
    assert triple in _triples(extract(text).relations)


def test_the_builder_of_something_paid_for_by_a_grant_is_no_recipient_or_giver(extract):
    found = extract("Orton Housing Association has completed 48 homes at Mill Lane, Kelby, built by Cresswell Construction "
                    "with £2.9 million of grant from Homes England.")
    assert not [r for r in found.relations if r.predicate == "funded" and "Cresswell Construction" in (r.subject.name, r.object.name)]


def test_things_lent_are_no_funding(extract):
    assert not extract("The British Library has lent 40 manuscripts to Barset Cathedral for a summer exhibition.").relations


def test_a_bodys_first_word_before_a_common_noun_is_the_body(extract):
    found = extract("The Trussell Trust said its food banks handed out 12,000 parcels. Kelby Food Bank is part of the Trussell network.")
    assert ("Kelby Food Bank", "partOf", "Trussell Trust") in _triples(found.relations)
    assert "Trussell" not in {e.name for e in found.entities}


def test_a_firm_named_alone_after_its_foundation_is_the_firm(extract):
    found = extract("The KFC Foundation gave £5,000 to Orton Youth Club. KFC said it was proud.")
    assert {"KFC", "KFC Foundation"} <= {e.name for e in found.entities}


def test_a_body_a_thing_is_made_with_after_an_of_phrase_is_a_partner(extract):
    found = extract("Barset Borough Council has launched a cost of living hub with Citizens Advice Barset, offering advice on debt.")
    assert ("Barset Borough Council", "partneredWith", "Citizens Advice Barset") in _triples(found.relations)


def test_a_second_giver_joined_after_the_first_recipient_is_no_recipient(extract):
    found = extract("The National Lottery Heritage Fund gave £2.4 million to Kelby Museum and Kelby City Council gave £1 million.")
    assert _triples(found.relations) == {("National Lottery Heritage Fund", "funded", "Kelby Museum")}


@pytest.mark.parametrize("text", [
    "Barset Police and Barset Mental Health NHS Foundation Trust have agreed to share information on people in crisis.",
    "Barset Police will share data with Barset Mental Health NHS Foundation Trust.",
])
def test_bodies_sharing_information_are_partners(extract, text):
    assert ("Barset Police", "partneredWith", "Barset Mental Health NHS Foundation Trust") in _triples(extract(text).relations)


def test_sharing_information_with_residents_partners_no_one(extract):
    assert not extract("Kelby Council shared information about the scheme with residents.").relations


def test_a_bodys_possessive_on_a_policy_the_parser_hung_on_a_later_noun_names_its_owner(extract):
    found = extract("The Planning Inspectorate has found Kelby City Council's Local Plan 2025-2040 sound, subject to modifications.")
    assert ("Kelby City Council", "introduced", "Local Plan 2025-2040") in _triples(found.relations)


@pytest.mark.parametrize("text, court, body", [
    ("The High Court has quashed Kelby County Council's decision to approve a quarry extension.", "High Court", "Kelby County Council"),
    ("The Court of Appeal overturned the decision of Orton Borough Council.", "Court of Appeal", "Orton Borough Council"),
])
def test_a_court_quashing_a_bodys_decision_rules_against_it(extract, text, court, body):
    assert (court, "criticised", body) in _triples(extract(text).relations)


def test_a_body_overturning_its_own_decision_criticises_no_one(extract):
    assert not extract("Kelby Council overturned its decision to close the library.").relations


def test_the_body_a_case_was_brought_by_fines_where_no_court_is_named(extract):
    found = extract("Kelby Metals Ltd was fined £8,000 for operating without a scrap metal dealer's licence, in a case "
                    "brought by Barset Borough Council.")
    assert ("Barset Borough Council", "fined", "Kelby Metals Ltd") in _triples(found.relations)


def test_bodies_launching_a_thing_together_are_partners(extract):
    found = extract("NatWest and Kelby City Council have launched a £5 million loan scheme for small firms in the city.")
    assert ("NatWest", "partneredWith", "Kelby City Council") in _triples(found.relations)


def test_bodies_each_launching_a_thing_are_no_partners(extract):
    assert not extract("Kelby Council and Orton Council have each launched a scheme.").relations


def test_a_staffed_programme_that_appoints_is_a_body(extract):
    found = extract("The Orton Growth Hub has appointed Sanjay Mehta as its director.")
    assert ("Orton Growth Hub", "appointed", "Sanjay Mehta") in _triples(found.relations)


def test_the_press_regulator_upholding_a_complaint_against_a_paper_criticises_it(extract):
    found = extract("IPSO has upheld a complaint against the Kelby Evening Post over a story that wrongly named a teenager.")
    assert ("Independent Press Standards Organisation", "criticised", "Kelby Evening Post") in _triples(found.relations)


def test_an_editor_named_bare_holds_the_appointing_papers_post(extract):
    found = extract("The Orton Echo has appointed Rachel Dunn as editor.")
    assert ("Rachel Dunn", "partOf", "Orton Echo") in _triples(found.relations)


def test_a_bodys_trading_company_is_another_body_and_its_arm(extract):
    found = extract("Orton Hospice Trading Ltd, the trading arm of Orton Hospice, was fined £15,000.")
    assert {"Orton Hospice", "Orton Hospice Trading Ltd"} <= {e.name for e in found.entities}
    assert ("Orton Hospice Trading Ltd", "partOf", "Orton Hospice") in _triples(found.relations)


def test_a_body_and_its_name_with_a_legal_ending_are_one(extract):
    found = extract("Kelby Homes Ltd built 40 homes. Kelby Homes said it was proud.")
    assert [e.name for e in found.entities] == ["Kelby Homes Ltd"]


def test_a_name_formed_of_two_places_and_a_bodys_words_after_form_is_one(extract):
    found = extract("Kelby Voluntary Action and Orton Community Action will merge next year to form Kelby and Orton Voluntary Action.")
    triples = _triples(found.relations)
    assert {("Kelby Voluntary Action", "created", "Kelby and Orton Voluntary Action"),
            ("Orton Community Action", "created", "Kelby and Orton Voluntary Action")} <= triples
    assert not [t for t in triples if "Kelby" in (t[0], t[2])]


def test_a_sum_distributed_to_named_charities_funds_them(extract):
    found = extract("Kelby Community Foundation has distributed £500,000 to 60 local charities, including Orton Food Share and Kelby Men's Shed.")
    assert {("Kelby Community Foundation", "funded", "Orton Food Share"), ("Kelby Community Foundation", "funded", "Kelby Men's Shed")} <= _triples(found.relations)


def test_a_ward_on_a_council_is_the_ward_and_the_council(extract):
    found = extract("The party has suspended Councillor Gary Moore, who represents Barset West on Barset Council.")
    assert ("Gary Moore", "partOf", "Barset Council") in _triples(found.relations)
    assert entity_named(found, "Barset West").type == "Place"


@pytest.mark.parametrize("text, pair", [
    ("Barset Council and Barset Police have set up a multi-agency safeguarding hub at the police station.", ("Barset Council", "Barset Police")),
    ("Kelby Council has established a youth hub with Orton Trust.", ("Kelby Council", "Orton Trust")),
])
def test_bodies_setting_up_or_establishing_a_thing_together_are_partners(extract, text, pair):
    assert (pair[0], "partneredWith", pair[1]) in _triples(extract(text).relations)


def test_bodies_making_things_in_the_plural_are_no_partners(extract):
    assert not extract("Kelby Council and Orton Council set their budgets on Tuesday.").relations


def test_fostering_agencies_merging_create_the_new_one(extract):
    found = extract("Barset Fostering and Kelby Family Placements have merged to form Northern Foster Care.", title="Fostering agency merger")
    triples = _triples(found.relations)
    assert {("Barset Fostering", "created", "Northern Foster Care"), ("Kelby Family Placements", "created", "Northern Foster Care")} <= triples


@pytest.mark.parametrize("text, pair", [
    ("Ofsted has found failings in Kelby County Council's services.", ("Ofsted", "Kelby County Council")),
    ("Inspectors from the Care Quality Commission identified serious weaknesses in Orton Hospital's maternity unit.",
     ("Care Quality Commission", "Orton Hospital")),
])
def test_failings_a_regulator_finds_in_a_bodys_services_criticise_the_body(extract, text, pair):
    assert (pair[0], "criticised", pair[1]) in _triples(extract(text).relations)


def test_no_failings_found_is_no_criticism(extract):
    assert not [t for t in _triples(extract("Ofsted found no failings in Kelby County Council's services.").relations) if t[1] == "criticised"]


def test_failings_in_a_partnership_make_no_partners_of_the_inspectors(extract):
    found = extract("Ofsted and the Care Quality Commission have found widespread failings in the local area partnership in Kelby.")
    assert not [t for t in _triples(found.relations) if t[1] == "partneredWith"]


@pytest.mark.parametrize("text, pair", [
    ("The First-tier Tribunal has ruled that Barset Council unlawfully refused to assess a child.", ("First-tier Tribunal", "Barset Council")),
    ("The High Court ruled that Barset Council had acted unlawfully.", ("High Court", "Barset Council")),
    ("The Court of Appeal ruled that Kelby Water breached its licence.", ("Court of Appeal", "Kelby Water")),
])
def test_a_court_ruling_a_body_acted_unlawfully_criticises_it(extract, text, pair):
    assert (pair[0], "criticised", pair[1]) in _triples(extract(text).relations)


def test_a_court_ruling_a_body_acted_lawfully_states_nothing(extract):
    assert not extract("The High Court ruled that Barset Council had not acted unlawfully.").relations


def test_a_participle_after_a_place_in_a_phrase_describes_the_thing_there(extract):
    found = extract("Orton Learning Trust will run a new school in Orton, funded by the Department for Education.")
    assert not [t for t in _triples(found.relations) if t[1] == "funded"]


def test_two_inspectorates_opening_a_sentence_both_criticise(extract):
    found = extract("Ofsted and HM Inspectorate of Probation criticised Kelby County Council.", title="Joint inspection")
    assert {("Ofsted", "criticised", "Kelby County Council"), ("HM Inspectorate of Probation", "criticised", "Kelby County Council")} <= _triples(found.relations)


@pytest.mark.parametrize("text, pair", [
    ("HM Inspectorate of Prisons has found that HMP Kelby is not sufficiently safe.", ("HM Inspectorate of Prisons", "HMP Kelby")),
    ("The Care Quality Commission found that Kelby Care Home was unsafe.", ("Care Quality Commission", "Kelby Care Home")),
])
def test_a_regulator_finding_a_place_not_safe_criticises_it(extract, text, pair):
    assert (pair[0], "criticised", pair[1]) in _triples(extract(text).relations)


@pytest.mark.parametrize("text", ["The Care Quality Commission found that Kelby Care Home was safe.",
                                  "The Care Quality Commission found that Kelby Care Home was not unsafe."])
def test_a_regulator_finding_a_place_safe_criticises_nothing(extract, text):
    assert not extract(text).relations


def test_funding_set_off_after_a_purpose_goes_to_the_sentences_doer(extract):
    found = extract("The Shannon Trust is working with HMP Orton to help prisoners learn to read, with funding from the Kelby Foundation.")
    assert ("Kelby Foundation", "funded", "Shannon Trust") in _triples(found.relations)


def test_a_grant_paying_for_things_a_firm_supplied_does_not_fund_the_firm(extract):
    found = extract("Orton Borough Council has installed 50 air quality sensors supplied by Vortex IoT, paid for by a grant from the "
                    "Department for Environment, Food and Rural Affairs.")
    assert not [t for t in _triples(found.relations) if t[1] == "funded" and t[2] == "Vortex IoT"]


def test_a_body_set_up_by_another_is_still_described_by_its_participle(extract):
    found = extract("The review was led by the Kelby Commission, set up by the Barset Foundation.")
    assert ("Barset Foundation", "created", "Kelby Commission") in _triples(found.relations)


@pytest.mark.parametrize("text, made, predicate", [
    ("Orton Women's Centre has merged with Safe Space Barset to create Northern Safe Spaces.", "Northern Safe Spaces", "created"),
    ("Kelby Hospice has merged with Barset Hospice Care to form Kelby and Barset Hospices.", "Kelby and Barset Hospices", "created"),
    ("Kelby Council is working with Orton Trust to launch the Kelby Food Hub.", "Kelby Food Hub", "launched"),
])
def test_a_partner_a_working_or_merging_verb_names_makes_its_purpose_too(extract, text, made, predicate):
    found = _triples(extract(text).relations)
    makers = {s for s, p, o in found if p == predicate and o == made}
    assert len(makers) == 2, found


def test_a_partner_a_working_verb_names_does_not_use_what_the_subject_uses(extract):
    found = extract("Kelby Hospital is working with Kelby Video Ltd to implement Kelby Neuro, a video service for patients.")
    assert not [t for t in _triples(found.relations) if t[0] == "Kelby Video Ltd" and t[1] == "uses"]


@pytest.mark.parametrize("text, pair", [
    ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services has said that Kelby Police is not doing enough "
     "to protect victims of stalking.", ("HM Inspectorate of Constabulary and Fire & Rescue Services", "Kelby Police")),
    ("Ofsted found that Kelby County Council was not doing enough to support care leavers.", ("Ofsted", "Kelby County Council")),
])
def test_a_regulator_saying_a_body_is_not_doing_enough_criticises_it(extract, text, pair):
    assert (pair[0], "criticised", pair[1]) in _triples(extract(text).relations)


def test_a_regulator_saying_a_body_is_doing_enough_criticises_nothing(extract):
    assert not extract("Ofsted said Kelby County Council was doing enough to support care leavers.").relations


def test_the_office_of_a_placed_commissioner_is_one_name(extract):
    found = extract("The Office of the Police and Crime Commissioner for Kelby has commissioned Kelby Women's Aid to provide refuge services.")
    assert entity_named(found, "Office of the Police and Crime Commissioner for Kelby").type == "Organisation"


@pytest.mark.parametrize("text, pair", [
    ("The Mayor of the Kelby Combined Authority has appointed former Olympic cyclist Emma Ross as active travel commissioner.",
     ("Kelby Combined Authority", "Emma Ross")),
    ("Kelby Council has selected Orton Leisure Trust to operate its three leisure centres.", ("Kelby Council", "Orton Leisure Trust")),
])
def test_a_post_holder_appointing_or_a_body_choosing_a_provider_appoints(extract, text, pair):
    assert (pair[0], "appointed", pair[1]) in _triples(extract(text).relations)


def test_a_body_choosing_to_run_a_service_itself_appoints_no_one(extract):
    assert not extract("Kelby Council chose to run the service itself.").relations


def test_a_head_word_read_as_a_verb_ends_the_name_it_heads(extract):
    found = extract("The Office for Veterans' Affairs has awarded £350,000 to Orton Veterans Hub to provide mental health support.")
    assert ("Office for Veterans' Affairs", "funded", "Orton Veterans Hub") in _triples(found.relations)


def test_a_body_opening_a_sentence_before_and_joins_forces_with_the_other(extract):
    found = extract("Stoll and Kelby Housing Association have joined forces to build 30 homes for veterans in Kelby.", title="Housing partnership for veterans")
    assert {("Stoll", "partneredWith", "Kelby Housing Association"), ("Kelby Housing Association", "partneredWith", "Stoll")} & _triples(found.relations)


@pytest.mark.parametrize("text, pair", [
    ("Op Courage, the NHS mental health service for veterans, is run in the region by Barset Health Partnership NHS Trust.",
     ("Op Courage", "Barset Health Partnership NHS Trust")),
    ("The Kelby Hub, a service for veterans, is run by Barset Health Partnership NHS Trust.", ("Kelby Hub", "Barset Health Partnership NHS Trust")),
])
def test_a_service_run_by_a_body_is_part_of_it_whatever_its_apposition_says(extract, text, pair):
    assert (pair[0], "partOf", pair[1]) in _triples(extract(text).relations)


def test_a_body_running_services_is_no_ones_part(extract):
    assert not [t for t in _triples(extract("Kelby Council runs services for veterans in Orton.").relations) if t[1] == "partOf"]


def test_a_regulator_warning_that_a_body_is_heading_for_trouble_criticises_it(extract):
    found = extract("The National Audit Office has warned that NHS Barset Integrated Care Board is on course for a £90 million deficit.")
    assert ("National Audit Office", "criticised", "NHS Barset Integrated Care Board") in _triples(found.relations)


def test_a_regulator_warning_of_a_general_trend_criticises_no_one(extract):
    assert not extract("The National Audit Office has warned that councils face a £4 billion funding gap.").relations


def test_bodies_pooling_budgets_are_partners(extract):
    found = extract("Kelby County Council and NHS Kelby Integrated Care Board have agreed to pool £240 million in a Better Care Fund.")
    assert {("Kelby County Council", "partneredWith", "NHS Kelby Integrated Care Board"),
            ("NHS Kelby Integrated Care Board", "partneredWith", "Kelby County Council")} & _triples(found.relations)


def test_a_health_innovation_network_is_a_body_named_for_its_place(extract):
    found = extract("Health Innovation Manchester has received £600,000 from NHS England to roll out a digital tool.")
    assert ("NHS England", "funded", "Health Innovation Manchester") in _triples(found.relations)


def test_a_council_suspending_a_wildlife_parks_licence_criticises_the_business(extract):
    found = extract("Kelby City Council has suspended the licence of Orton Wildlife Park after inspectors found animals kept in poor conditions.")
    assert ("Kelby City Council", "criticised", "Orton Wildlife Park") in _triples(found.relations)
    assert entity_named(found, "Orton Wildlife Park").type == "Organisation"


def test_a_body_contracting_a_firm_to_run_a_service_appoints_it(extract):
    found = extract("Orton Borough Council has contracted Animal Wardens Ltd to run its stray dog service from January.")
    assert ("Orton Borough Council", "appointed", "Animal Wardens Ltd") in _triples(found.relations)


def test_the_bodies_forming_a_named_joint_venture_create_it(extract):
    found = extract("Orton Borough Council and Vattenfall have formed a joint venture, Orton Heat, to build a district heat network.")
    assert {("Orton Borough Council", "created", "Orton Heat"), ("Vattenfall", "created", "Orton Heat")} <= _triples(found.relations)
    assert entity_named(found, "Orton Heat").type == "Organisation"


@pytest.mark.parametrize("text, pair", [
    ("Kelby City Council has handed its revenues and benefits service to Capita under a seven-year contract worth £45 million.",
     ("Kelby City Council", "Capita")),
    ("Kelby City Council has outsourced its payroll to Capita.", ("Kelby City Council", "Capita")),
])
def test_a_body_handing_or_outsourcing_a_service_under_contract_appoints_the_firm(extract, text, pair):
    assert (pair[0], "appointed", pair[1]) in _triples(extract(text).relations)


def test_a_body_handing_a_building_to_a_trust_appoints_no_one(extract):
    assert not [t for t in _triples(extract("Kelby City Council has handed the old library to Orton Trust.").relations) if t[1] == "appointed"]


@pytest.mark.parametrize("text, pair", [
    ("Grant Thornton, the external auditor of Orton Borough Council, has issued an adverse value for money opinion on the "
     "council's arrangements.", ("Grant Thornton", "Orton Borough Council")),
    ("The Ministry of Housing, Communities and Local Government has issued a best value notice to Barset Council.",
     ("Ministry of Housing, Communities and Local Government", "Barset Council")),
])
def test_an_adverse_opinion_or_a_best_value_notice_criticises_the_body(extract, text, pair):
    assert (pair[0], "criticised", pair[1]) in _triples(extract(text).relations)


def test_a_practice_handing_back_its_contract_appoints_no_one(extract):
    found = extract("Kelby Dental Care has handed back its NHS contract to NHS Kelby Integrated Care Board.")
    assert not [t for t in _triples(found.relations) if t[1] == "appointed"]


@pytest.mark.parametrize("text, triple", [
    ("The Independent Commission on Civil Aviation Noise has criticised Orton Airport for failing to consult residents.",
     ("Independent Commission on Civil Aviation Noise", "criticised", "Orton Airport")),
    ("Manchester Airports Group has bought Kelby Airport for £120 million.", ("Kelby Airport", "partOf", "Manchester Airports Group")),
])
def test_an_airport_is_a_body_that_is_criticised_or_bought(extract, text, triple):
    assert triple in _triples(extract(text).relations)


def test_trading_standards_bodies_named_for_their_reach_are_bodies(extract):
    found = extract("National Trading Standards has given £300,000 to the North West Regional Trading Standards scam team.")
    assert ("National Trading Standards", "funded", "North West Regional Trading Standards") in _triples(found.relations)
    assert entity_named(found, "North West Regional Trading Standards").type == "Organisation"


def test_an_appointee_previously_at_another_body_holds_the_appointers_post(extract):
    found = extract("Barset Fire and Rescue Service has appointed Sarah Cole, previously deputy chief fire officer at Kelby Fire and "
                    "Rescue Service, as its chief fire officer.")
    triples = _triples(found.relations)
    assert ("Sarah Cole", "partOf", "Barset Fire and Rescue Service") in triples
    assert ("Sarah Cole", "partOf", "Kelby Fire and Rescue Service") not in triples


def test_its_post_named_before_its_holder_is_the_clauses_subjects(extract):
    found = extract("Orton Fire Authority has suspended its chief fire officer, Mark Dean, pending an investigation.")
    assert ("Mark Dean", "partOf", "Orton Fire Authority") in _triples(found.relations)


def test_a_person_named_for_an_award_is_appointed_by_no_one(extract):
    found = extract("Jamie Wilson has been named apprentice of the year by the Institute for Apprenticeships and Technical Education.")
    assert not [t for t in _triples(found.relations) if t[1] == "appointed"]
    assert "Institute for Apprenticeships and Technical Education" in {e.name for e in found.entities}


def test_a_person_named_to_a_post_this_year_is_still_appointed(extract):
    found = extract("Kelby Council named Jo Bloggs its chief executive earlier this year.")
    assert ("Kelby Council", "appointed", "Jo Bloggs") in _triples(found.relations)


def test_its_contract_after_the_body_acted_on_is_that_bodys(extract):
    found = extract("Healthwatch Orton has criticised E-Zec Medical for late journeys under its patient transport contract with "
                    "NHS Orton Integrated Care Board.")
    triples = _triples(found.relations)
    assert ("E-Zec Medical", "partneredWith", "NHS Orton Integrated Care Board") in triples
    assert ("Healthwatch Orton", "partneredWith", "NHS Orton Integrated Care Board") not in triples


def test_a_deal_agreed_with_a_firm_makes_partners(extract):
    found = extract("Kelby General Hospital NHS Trust has agreed a deal with Spire Healthcare to send 2,000 patients a year for operations.")
    assert ("Kelby General Hospital NHS Trust", "partneredWith", "Spire Healthcare") in _triples(found.relations)


def test_a_body_named_with_a_places_word_is_kept(extract):
    found = extract("Barset Council has awarded its sexual health service contract to Brook, replacing the previous provider.")
    assert ("Barset Council", "appointed", "Brook") in _triples(found.relations)


@pytest.mark.parametrize("text, pair", [
    ("Senior coroner Andrew Hill has issued a prevention of future deaths report to Kelby Hospitals NHS Foundation Trust.",
     ("Andrew Hill", "Kelby Hospitals NHS Foundation Trust")),
    ("The coroner for Barset, Mark Edwards, has written to National Highways raising concerns about a stretch of the A66.",
     ("Mark Edwards", "National Highways")),
    ("The Prisons and Probation Ombudsman has found that staff at HMP Orton failed to follow suicide prevention procedures.",
     ("Prisons and Probation Ombudsman", "HMP Orton")),
])
def test_a_coroners_report_or_concerns_or_an_ombudsmans_finding_criticise_the_body(extract, text, pair):
    assert (pair[0], "criticised", pair[1]) in _triples(extract(text).relations)


def test_a_coroner_for_a_place_belongs_to_no_body_there(extract):
    found = extract("The coroner for Barset, Mark Edwards, has written to National Highways raising concerns about the road.")
    assert not [t for t in _triples(found.relations) if t[1] == "partOf"]


def test_a_police_watchdog_investigating_a_forces_contact_inspects_the_force(extract):
    found = extract("The Independent Office for Police Conduct has launched an investigation into Kelby Police's contact with a man before his death.")
    assert ("Independent Office for Police Conduct", "inspected", "Kelby Police") in _triples(found.relations)


def test_a_firms_own_treatment_works_make_no_one_part_of_anything(extract):
    found = extract("Barset Water will pay a record £90 million penalty after Ofwat found it had failed to manage its sewage treatment works properly.")
    assert not [t for t in _triples(found.relations) if t[1] == "partOf"]


def test_a_fund_named_with_a_colon_is_one_name_and_no_recipient(extract):
    found = extract("The Department for Energy Security and Net Zero has awarded Orton Housing Group £6 million from the "
                    "Warm Homes: Social Housing Fund.")
    triples = _triples(found.relations)
    assert ("Department for Energy Security and Net Zero", "funded", "Orton Housing Group") in triples
    assert not [t for t in triples if t[2].endswith("Fund")]
    assert entity_named(found, "Warm Homes: Social Housing Fund").type == "Programme"


def test_a_colon_before_a_list_of_recipients_ends_the_funders_name(extract):
    found = extract("Three projects have received funding from The National Lottery Community Fund: Orton Carers Network received "
                    "£120,000 and Kelby Refugee Welcome received £85,000.")
    assert "The National Lottery Community Fund" in {e.name for e in found.entities} or "National Lottery Community Fund" in {
        e.name for e in found.entities}


def test_a_failure_to_comply_notice_criticises_the_home_it_goes_to(extract):
    found = extract("The Regulation and Quality Improvement Authority has issued a failure to comply notice to Barset Lodge Care Home.")
    assert ("Regulation and Quality Improvement Authority", "criticised", "Barset Lodge Care Home") in _triples(found.relations)


def test_a_health_and_social_care_trust_is_one_body(extract):
    found = extract("The Southern Health and Social Care Trust is working with the Health Service Executive to run a cancer service.")
    assert ("Southern Health and Social Care Trust", "partneredWith", "Health Service Executive") in _triples(found.relations)


def test_the_northern_ireland_safety_executive_is_its_own_body(extract):
    found = extract("The Health and Safety Executive for Northern Ireland has prosecuted Kelby Foods Ltd, which was fined £25,000.")
    assert "Health and Safety Executive for Northern Ireland" in {e.name for e in found.entities}


@pytest.mark.parametrize("text", ["Kelby Council refused to fund Orton Trust.",
                                  "Kelby Council and Orton Hospital failed to share information about the woman."])
def test_a_trigger_a_failing_or_refusing_verb_governs_states_nothing(extract, text):
    assert not [t for t in _triples(extract(text).relations) if t[1] in {"funded", "partneredWith"}]


def test_a_trigger_an_agreeing_verb_governs_still_states_its_fact(extract):
    assert ("Kelby Council", "funded", "Orton Trust") in _triples(extract("Kelby Council agreed to fund Orton Trust.").relations)


def test_committing_a_body_to_act_funds_no_one(extract):
    found = extract("Barset University has signed a legal agreement with the Equality and Human Rights Commission, committing it to "
                    "improve how it handles complaints.")
    assert not [t for t in _triples(found.relations) if t[1] == "funded"]


def test_committing_a_sum_to_a_body_funds_it(extract):
    found = extract("Kelby Council has committed £2 million to Orton Trust.")
    assert ("Kelby Council", "funded", "Orton Trust") in _triples(found.relations)


def test_a_festival_that_appoints_a_director_is_a_body(extract):
    found = extract("Orton International Festival has appointed Maya Singh as its artistic director.")
    assert ("Orton International Festival", "appointed", "Maya Singh") in _triples(found.relations)
    assert entity_named(found, "Orton International Festival").type == "Organisation"


def test_a_body_taking_over_a_venue_owns_it(extract):
    found = extract("Orton Borough Council has taken over the Orton Playhouse after the charity that ran it closed.")
    assert ("Orton Playhouse", "partOf", "Orton Borough Council") in _triples(found.relations)


def test_a_body_taking_over_as_chair_or_the_running_of_surgeries_owns_nothing(extract):
    assert not [t for t in _triples(extract("Kelby Health has taken over the running of Orton Surgery.").relations) if t[0] == "Orton Surgery"]


def test_a_body_merging_its_services_into_a_trust_is_no_part_of_it(extract):
    found = extract("Orton Borough Council has merged its library and museum services into a single organisation, Orton Culture Trust.")
    assert ("Orton Borough Council", "partOf", "Orton Culture Trust") not in _triples(found.relations)


def test_a_regulator_removing_a_charitys_trustees_criticises_the_charity(extract):
    found = extract("The Charity Commission has removed two trustees of the Kelby Islamic Centre after finding they had mismanaged its funds.")
    assert ("Charity Commission", "criticised", "Kelby Islamic Centre") in _triples(found.relations)


def test_an_appointee_formerly_of_a_body_is_no_part_of_it(extract):
    found = extract("The Kelby Community Foundation has appointed Tom Harris, formerly of the Barset Community Foundation, as its chief executive.")
    triples = _triples(found.relations)
    assert ("Tom Harris", "partOf", "Kelby Community Foundation") in triples
    assert ("Tom Harris", "partOf", "Barset Community Foundation") not in triples


def test_an_appointees_post_named_after_their_firm_is_at_the_posts_body(extract):
    found = extract("The Charity Commission has appointed Jane Doe of Kelby Accountants as interim manager of the Orton Community Association.")
    assert ("Jane Doe", "partOf", "Orton Community Association") in _triples(found.relations)


def test_the_recipient_of_money_given_for_a_purpose_does_it(extract):
    found = extract("The Nuffield Foundation has given £1 million to Orton University to set up the Centre for Family Justice Research.")
    triples = _triples(found.relations)
    assert ("Orton University", "created", "Centre for Family Justice Research") in triples
    assert ("Nuffield Foundation", "created", "Centre for Family Justice Research") not in triples


def test_an_appointing_body_after_a_post_is_the_passives_agent(extract):
    found = extract("Professor Ruth Gill of Barset University has been appointed chief social worker for adults by the "
                    "Department of Health and Social Care.")
    assert {("Department of Health and Social Care", "appointed", "Ruth Gill"),
            ("Ruth Gill", "partOf", "Department of Health and Social Care")} <= _triples(found.relations)


def test_a_bodys_centre_stands_for_the_body(extract):
    found = extract("Barset Council has joined forces with Kelby University's cyber security centre to train council staff.")
    assert ("Barset Council", "partneredWith", "Kelby University") in _triples(found.relations)


def test_a_firm_named_in_one_camel_cased_word_can_be_fined(extract):
    found = extract("Kelby Magistrates' Court has fined PureGym £50,000 after a member was injured by faulty equipment.")
    assert ("Kelby Magistrates' Court", "fined", "PureGym") in _triples(found.relations)


def test_a_councillor_leaving_a_group_to_join_a_party_joins_it(extract):
    found = extract("Councillor Peter Long has left the Conservative group on Barset Council to join Reform UK.", title="Councillor defects")
    triples = _triples(found.relations)
    assert ("Peter Long", "partOf", "Reform UK") in triples
    assert not [t for t in triples if t[1] == "partneredWith"]


def test_a_bodys_leader_appointing_someone_appoints_for_the_body(extract):
    found = extract("Orton Borough Council's leader has appointed Councillor David Bell as cabinet member for housing.")
    assert ("Orton Borough Council", "appointed", "David Bell") in _triples(found.relations)


@pytest.mark.parametrize("text, pair", [
    ("Barset Council's environmental health officers have served a hygiene emergency prohibition notice on Kelby Foods Ltd.",
     ("Barset Council", "Kelby Foods Ltd")),
    ("Kelby City Council has served an improvement notice on Orton Care Ltd.", ("Kelby City Council", "Orton Care Ltd")),
])
def test_a_prohibition_or_improvement_notice_served_criticises_the_firm(extract, text, pair):
    assert (pair[0], "criticised", pair[1]) in _triples(extract(text).relations)


def test_a_company_a_council_owns_named_before_which_is_part_of_it(extract):
    found = extract("Kelby City Council has transferred its children's social care to a new company, Kelby Children's Trust, which it owns.")
    assert ("Kelby Children's Trust", "partOf", "Kelby City Council") in _triples(found.relations)


def test_a_regulator_ordering_a_firm_to_act_criticises_it(extract):
    found = extract("The Competition and Markets Authority has ordered Kelby Funeral Services Ltd to publish its prices.")
    assert ("Competition and Markets Authority", "criticised", "Kelby Funeral Services Ltd") in _triples(found.relations)


def test_a_council_ordering_a_review_criticises_no_one(extract):
    assert not extract("Kelby Council has ordered a review of its bereavement services.").relations


def test_a_crematorium_is_a_body(extract):
    assert entity_named(extract("Kelby Crematorium failed to return the ashes of babies to families."), "Kelby Crematorium").type == "Organisation"


def test_bodies_launching_a_named_operation_in_the_plural_are_partners(extract):
    found = extract("Barset Police and Barset Council have launched Operation Safe Streets to tackle anti-social behaviour.")
    assert {("Barset Police", "partneredWith", "Barset Council"), ("Barset Council", "partneredWith", "Barset Police")} & _triples(found.relations)


@pytest.mark.parametrize("text, pair", [
    ("The external auditor, PKF Littlejohn, has issued a public interest report on Barset Parish Council over unlawful expenditure.",
     ("PKF Littlejohn", "Barset Parish Council")),
    ("Grant Thornton has published a public interest report on Kelby City Council's finances.", ("Grant Thornton", "Kelby City Council")),
])
def test_an_auditors_public_interest_report_criticises_the_body(extract, text, pair):
    assert (pair[0], "criticised", pair[1]) in _triples(extract(text).relations)


def test_an_ombudsman_telling_a_firm_to_compensate_criticises_it(extract):
    found = extract("The Financial Ombudsman Service has told Kelby Building Society to compensate a shared owner.")
    assert ("Financial Ombudsman Service", "criticised", "Kelby Building Society") in _triples(found.relations)


@pytest.mark.parametrize("text, pair", [
    ("Orton Borough Council has agreed with First Bus to cap single fares at £2 until the end of the year.", ("Orton Borough Council", "First Bus")),
    ("Network Rail and Kelby City Council have agreed to redevelop Kelby station together.", ("Network Rail", "Kelby City Council")),
])
def test_bodies_agreeing_with_each_other_to_act_are_partners(extract, text, pair):
    triples = _triples(extract(text).relations)
    assert (pair[0], "partneredWith", pair[1]) in triples or (pair[1], "partneredWith", pair[0]) in triples


def test_a_body_agreeing_with_a_finding_partners_no_one(extract):
    found = extract("Kelby Council agreed with the findings of the Local Government and Social Care Ombudsman.")
    assert not [t for t in _triples(found.relations) if t[1] == "partneredWith"]


def test_a_community_transport_charity_is_a_body(extract):
    found = extract("Barset Community Transport has received £80,000 from the Department for Transport to buy two minibuses.")
    assert ("Department for Transport", "funded", "Barset Community Transport") in _triples(found.relations)


def test_a_post_taken_at_the_end_of_the_year_is_no_award(extract):
    found = extract("Jo Bloggs was named chief executive of Kelby Council at the start of the year.")
    assert ("Kelby Council", "appointed", "Jo Bloggs") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "A letting agent has been ordered to pay £8,000 after Kelby Borough Council prosecuted the firm, Orton Lettings Ltd, for failing to join a redress scheme.",
    "A care provider has been fined £20,000 after Kelby Borough Council prosecuted the company, Orton Lettings Ltd, over fire safety.",
])
def test_an_indefinite_body_is_the_one_its_sentence_names_beside_the_firm(extract, text):
    assert ("Kelby Borough Council", "fined", "Orton Lettings Ltd") in _triples(extract(text).relations)


def test_the_firm_named_in_another_clause_is_not_an_unrelated_indefinite(extract):
    found = extract("A new scheme was launched after Kelby Council bought the firm, Orton Lettings Ltd, last year.")
    assert not [t for t in _triples(found.relations) if t[1] == "fined"]


def test_a_new_panel_is_not_the_charity_that_helped_set_it_up(extract):
    found = extract("Orton Housing Group has set up a tenants' scrutiny panel with the help of the charity TPAS.")
    assert not [t for t in _triples(found.relations) if t[1] == "created"]


@pytest.mark.parametrize("text", [
    "The UK Health Security Agency and Barset Council are running a vaccination campaign in mosques.",
    "The Royal British Legion and Orton Borough Council will host the town's parade on 28 June.",
])
def test_bodies_making_one_thing_together_are_partners_though_the_verb_states_no_fact(extract, text):
    triples = _triples(extract(text).relations)
    assert any(p == "partneredWith" for _, p, _ in triples)


@pytest.mark.parametrize("text", [
    "Kelby Council and Orton Council each run a library service.",
    "Kelby Council and Orton Council run their own libraries.",
])
def test_bodies_each_running_their_own_services_are_not_partners(extract, text):
    assert not [t for t in _triples(extract(text).relations) if t[1] == "partneredWith"]


def test_a_post_phrase_after_a_possessive_is_no_work_title(extract):
    found = extract("In her annual report, Kelby's director of public health, Dr Ruth Adeyemi, warned that life expectancy had fallen.")
    assert not [e for e in found.entities if e.type == "Publication"]


@pytest.mark.parametrize("text, pair", [
    ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services said Barset Police needed to improve how it shares "
     "information.", ("HM Inspectorate of Constabulary and Fire & Rescue Services", "Barset Police")),
    ("Ofsted said Kelby Council must improve its care leavers service.", ("Ofsted", "Kelby Council")),
])
def test_a_regulator_saying_a_body_needs_to_improve_criticises_it(extract, text, pair):
    assert (pair[0], "criticised", pair[1]) in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "Ofsted found that Kelby Council did not need to improve its services.",
    "Kelby Council said Orton Council needed to improve its roads.",
])
def test_no_need_to_improve_or_a_body_not_a_regulator_saying_so_criticises_no_one(extract, text):
    assert not [t for t in _triples(extract(text).relations) if t[1] == "criticised"]


def test_a_body_trialling_something_with_another_partners_it(extract):
    found = extract("Kelby Police is trialling knife arches at railway stations with British Transport Police.")
    assert ("Kelby Police", "partneredWith", "British Transport Police") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "Kelby Community Catering has won a contract from Kelby Council to provide school meals.",
    "Kelby Community Catering has won a £300,000 contract from Kelby Council to provide school meals.",
])
def test_a_contract_won_from_a_body_is_that_bodys_appointment_not_a_grant(extract, text):
    triples = _triples(extract(text).relations)
    assert ("Kelby Council", "appointed", "Kelby Community Catering") in triples
    assert not [t for t in triples if t[1] == "funded"]


def test_a_grant_won_from_a_body_is_still_funding(extract):
    found = extract("Kelby Community Catering has won £30,000 from the National Lottery Community Fund to buy a van.")
    assert ("National Lottery Community Fund", "funded", "Kelby Community Catering") in _triples(found.relations)


def test_a_name_the_tagger_took_for_a_persons_merging_with_a_body_is_a_body(extract):
    found = extract("Barset Credit Union has merged with Kelby Savers to form a single credit union.")
    assert entity_named(found, "Kelby Savers").type == "Organisation"
    assert ("Barset Credit Union", "partneredWith", "Kelby Savers") in _triples(found.relations)


@pytest.mark.parametrize("text, pair", [
    ("Kelby Credit Union has elected Margaret Obi as chair of its board.", ("Kelby Credit Union", "Margaret Obi")),
    ("Orton Housing Co-operative has elected John Lee as its new chair.", ("Orton Housing Co-operative", "John Lee")),
])
def test_a_body_electing_someone_to_a_post_appoints_them(extract, text, pair):
    triples = _triples(extract(text).relations)
    assert (pair[0], "appointed", pair[1]) in triples and (pair[1], "partOf", pair[0]) in triples


@pytest.mark.parametrize("text", [
    "Tom Ridley has been elected the first mayor of the Orton and Kelby Combined Authority.",
    "Jo Bloggs was elected as a councillor on Kelby Council in May.",
])
def test_someone_elected_by_voters_is_no_bodys_appointment(extract, text):
    assert not [t for t in _triples(extract(text).relations) if t[1] == "appointed"]


def test_a_leader_elected_of_an_unnamed_shadow_authority_is_read_without_error(extract):
    found = extract("Councillor Ahmed Patel has been elected leader of the West Barset shadow authority. Patel, a Liberal "
                    "Democrat, represents the Orton North division on Barset County Council.")
    assert ("Ahmed Patel", "partOf", "Barset County Council") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "A housing provider has been handed a £90,000 penalty. The Regulator of Social Housing said Kelby Homes had failed to "
    "carry out gas safety checks.",
    "A housing provider has been fined £90,000. The Regulator of Social Housing said Kelby Homes had failed to carry out checks.",
])
def test_an_indefinite_body_sharing_a_word_with_the_regulator_is_not_the_regulator(extract, text):
    assert ("Regulator of Social Housing", "fined", "Kelby Homes") in _triples(extract(text).relations)


def test_a_body_announcing_two_appointments_appointed_the_next_two_who_take_a_post(extract):
    found = _triples(extract("Kelby Council has made two senior appointments. Laura Quinn will join as director of finance in "
                             "April. She moves from Orton City Council. Ben Carter becomes head of legal services.").relations)
    assert {("Kelby Council", "appointed", "Laura Quinn"), ("Kelby Council", "appointed", "Ben Carter"),
            ("Ben Carter", "partOf", "Kelby Council")} <= found


def test_a_body_announcing_appointments_names_no_one_who_takes_no_post(extract):
    found = extract("Kelby Council has made several appointments this year. Laura Quinn chaired the meeting.")
    assert not [t for t in _triples(found.relations) if t[1] == "appointed"]


@pytest.mark.parametrize("text, predicate", [
    ("Ofgem said Kelby Power had breached its licence conditions.", "criticised"),
    ("The Care Quality Commission has told Orton Care Group to make urgent improvements.", "criticised"),
    ("Ofsted told Kelby Academy it requires improvement.", "inspected"),
])
def test_a_regulator_saying_a_body_breached_or_telling_it_to_improve_criticises_it(extract, text, predicate):
    found = _triples(extract(text).relations)
    assert {t[1] for t in found} == {predicate}


def test_a_regulator_saying_a_body_did_not_breach_criticises_no_one(extract):
    assert not extract("Ofgem said Kelby Power had not breached its licence.").relations


def test_an_indefinite_agency_is_the_firm_the_next_sentence_has_answer_for_the_case(extract):
    found = extract("A home care agency has been fined £18,000 after a client was left without care. Kelby Home Care Ltd "
                    "pleaded guilty to breaching care regulations at Barset Magistrates' Court.")
    assert ("Barset Magistrates' Court", "fined", "Kelby Home Care Ltd") in _triples(found.relations)


def test_the_agency_is_the_regulator_whose_name_holds_the_word(extract):
    found = extract("Barset Recycling Ltd was sentenced at Sheffield Crown Court following a prosecution by the Environment "
                    "Agency. The agency's area environment manager, Helen Orton, welcomed the sentence.")
    assert ("Helen Orton", "partOf", "Environment Agency") in _triples(found.relations)


@pytest.mark.parametrize("text, pair", [
    ("St Orton's Hospice has sold its shops. The hospice's chief executive, Fiona Marsh, said the sale would help.",
     ("Fiona Marsh", "St Orton's Hospice")),
    ("Barset Football Club has opened a food bank. The club's chairman, Tom Reed, said it would help.", ("Tom Reed", "Barset Football Club")),
])
def test_the_hospice_and_the_club_stand_for_the_one_named_before(extract, text, pair):
    assert (pair[0], "partOf", pair[1]) in _triples(extract(text).relations)


def test_a_body_asking_another_to_run_services_appoints_it_but_not_to_run_a_review(extract):
    assert ("Barset County Council", "appointed", "Kelby Buses") in _triples(
        extract("Barset County Council has asked Kelby Buses to run emergency services.").relations)
    assert not extract("Barset County Council has asked Kelby Police to run a review of the incident.").relations


def test_it_rated_in_a_clause_stands_for_the_indefinite_subject_named_next(extract):
    found = extract("A nursery in Kelby has closed after Ofsted rated it inadequate. Happy Days Nursery had been warned about "
                    "safeguarding failures.")
    assert ("Ofsted", "inspected", "Happy Days Nursery") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "The Pensions Regulator has appointed an independent trustee to run the Kelby Engineering Pension Scheme.",
    "Kelby Council has hired a contractor to run the Kelby Leisure Centre.",
])
def test_the_one_appointed_to_run_something_runs_it_not_the_appointer(extract, text):
    assert not [t for t in _triples(extract(text).relations) if t[1] == "partOf"]


def test_the_money_a_body_provides_is_the_sum_the_sentence_before_gave(extract):
    found = extract("A housing project in Orton has been given £2 million. Homes England is providing the money to Orton "
                    "Housing Association to build 40 homes.")
    funded = [r for r in found.relations if r.predicate == "funded"]
    assert [(r.subject.name, r.object.name, r.amount.value) for r in funded] == [("Homes England", "Orton Housing Association", 2000000)]


def test_the_grant_a_body_received_is_the_sum_the_sentence_before_said_it_secured(extract):
    found = extract("An arts centre in Kelby has secured £750,000 to repair its roof. The Kelby Arts Centre received the grant "
                    "from the National Lottery Heritage Fund.")
    assert [(r.subject.name, r.amount.value) for r in found.relations if r.predicate == "funded"] == [("National Lottery Heritage Fund", 750000)]


def test_a_unit_owned_by_a_body_whose_name_runs_on_after_its_head_is_part_of_it(extract):
    found = extract("The University of Barset's new Centre for Connected Communities will work with local councils.")
    assert ("Centre for Connected Communities", "partOf", "University of Barset") in _triples(found.relations)


@pytest.mark.parametrize("text, amount", [
    ("The Information Commissioner's Office has fined Barset Academy Trust £35k, reduced from an initial £50k.", 35000),
    ("The Competition and Markets Authority has fined Kelby Compare £1.5bn for breaking consumer law.", 1500000000),
])
def test_a_sum_the_small_model_misses_or_takes_for_a_date_is_read(extract, text, amount):
    fined = [r for r in extract(text).relations if r.predicate == "fined"]
    assert [r.amount.value for r in fined] == [amount]


def test_one_grant_named_after_including_in_a_total_is_that_bodys_sum(extract):
    found = extract("The Kelby Community Foundation has awarded grants totalling £96,000 to 14 local groups, including "
                    "£10,000 to Orton Food Bank.")
    assert [(r.subject.name, r.object.name, r.amount.value) for r in found.relations if r.predicate == "funded"] == [
        ("Kelby Community Foundation", "Orton Food Bank", 10000)]


def test_a_board_welcoming_two_new_members_appointed_the_two_who_joined(extract):
    found = _triples(extract("Orton Hospitals NHS Foundation Trust has welcomed two new non-executive directors to its board. "
                             "Dr Helen Akers and James Whitfield joined on 1 May.").relations)
    assert {("Orton Hospitals NHS Foundation Trust", "appointed", "Helen Akers"),
            ("Orton Hospitals NHS Foundation Trust", "appointed", "James Whitfield"),
            ("James Whitfield", "partOf", "Orton Hospitals NHS Foundation Trust")} <= found


def test_one_announced_post_goes_to_the_first_of_two_people_joined(extract):
    found = _triples(extract("Kelby Trust has appointed a new chair. Jo Bloggs and Sam Patel joined the board in May.").relations)
    assert ("Kelby Trust", "appointed", "Jo Bloggs") in found and ("Kelby Trust", "appointed", "Sam Patel") not in found


@pytest.mark.parametrize("text, pair", [
    ("The Police and Crime Commissioner for Orton has chosen Chief Constable Dave Hart to lead Orton Police.",
     ("Police and Crime Commissioner for Orton", "Dave Hart")),
    ("Kelby Music Service has been chosen by Arts Council England to lead the new Kelby Music Hub.",
     ("Arts Council England", "Kelby Music Service")),
])
def test_the_one_chosen_to_lead_is_appointed(extract, text, pair):
    assert (pair[0], "appointed", pair[1]) in _triples(extract(text).relations)


def test_the_bodies_an_unnamed_partnership_brings_together_are_partners(extract):
    found = _triples(extract("The partnership, which brings together Kelby Council, NHS Kelby and Kelby Voluntary Action, has "
                             "published its first annual report.").relations)
    pairs = {frozenset((s, o)) for s, p, o in found if p == "partneredWith"}
    assert pairs == {frozenset(("Kelby Council", "NHS Kelby")), frozenset(("Kelby Council", "Kelby Voluntary Action")),
                     frozenset(("NHS Kelby", "Kelby Voluntary Action"))}


def test_the_bodies_a_report_brings_together_are_no_partners(extract):
    found = extract("The report, which brings together Kelby Council, NHS Kelby and Kelby Voluntary Action data, was published.")
    assert not [t for t in _triples(found.relations) if t[1] == "partneredWith"]


def test_a_name_before_its_kinds_words_is_that_one_not_another_body_beside_it(extract):
    found = extract("Orton Lodge care home has been downgraded from good to requires improvement following an unannounced "
                    "inspection by the Care Quality Commission.")
    assert ("Care Quality Commission", "inspected", "Orton Lodge") in _triples(found.relations)


def test_a_bodys_unit_named_with_its_kind_is_still_the_body_s_own(extract):
    found = extract("The University of Orton law school has teamed up with Kelby Citizens Advice to offer free legal clinics.")
    assert not [t for t in _triples(found.relations) if t[0] == "University of Orton" and t[1] == "partneredWith"]


@pytest.mark.parametrize("text", [
    "Kelby Grammar School has retained its outstanding rating after Ofsted inspectors visited in March.",
    "Kelby Grammar School has kept its outstanding rating from Ofsted.",
])
def test_a_rating_kept_is_a_rating_given(extract, text):
    rated = [r for r in extract(text).relations if r.predicate == "inspected"]
    assert [(r.subject.name, r.object.name, r.rating) for r in rated] == [("Ofsted", "Kelby Grammar School", "outstanding")]


def test_a_property_a_body_buys_is_no_part_of_it(extract):
    found = extract("Orton University has bought the Riverside student village from Kelby Estates for £45m.")
    assert not [t for t in _triples(found.relations) if t[1] == "partOf"]


def test_an_investment_from_a_giver_in_a_body_the_parser_hung_on_the_giver_funds_that_body(extract):
    found = extract("A £15 million investment from the National Wealth Fund in Kelby Energy Ltd will fund a new battery plant.")
    assert [(r.subject.name, r.object.name, r.amount.value) for r in found.relations if r.predicate == "funded"] == [
        ("National Wealth Fund", "Kelby Energy Ltd", 15000000)]


def test_funding_from_a_giver_in_a_place_funds_no_place(extract):
    found = extract("A grant from the Kelby Foundation in Orton will fund a new play area.")
    assert not [r for r in found.relations if r.predicate == "funded"]


def test_it_after_a_main_verb_acting_on_nothing_else_is_that_verbs_subject(extract):
    found = _triples(extract("Orton Primary School will become part of the Kelby Learning Trust in September after Ofsted "
                             "rated it inadequate.").relations)
    assert ("Ofsted", "inspected", "Orton Primary School") in found and ("Ofsted", "inspected", "Kelby Learning Trust") not in found


def test_a_post_announced_by_an_unnamed_appointer_is_still_at_the_body_its_of_names(extract):
    found = _triples(extract("The government has appointed a new chair of the Social Housing Regulator. Dame Clare Moss will "
                             "take up the role in July.").relations)
    assert ("Clare Moss", "partOf", "Social Housing Regulator") in found


def test_a_provider_told_to_improve_is_criticised_by_the_articles_regulator(extract):
    found = extract("A company that runs 12 children's homes has been told to improve after inspectors raised concerns. "
                    "Ofsted said Kelby Care Services Ltd had relied too heavily on agency staff.")
    assert ("Ofsted", "criticised", "Kelby Care Services Ltd") in _triples(found.relations)


def test_the_holder_of_an_appointed_post_ending_the_sentence_is_appointed(extract):
    found = extract("Ofsted said Kelby Care Services Ltd had relied on agency staff. The provider said it was recruiting staff "
                    "and had appointed a new director of operations, Natalie Brooks.")
    assert ("Kelby Care Services Ltd", "appointed", "Natalie Brooks") in _triples(found.relations)


def test_the_platform_is_the_one_a_body_launched_naming_it_in_apposition(extract):
    found = extract("The Barset Office of Data Analytics has launched a new open data platform, Barset Insight. The platform "
                    "was funded by the Local Government Association.")
    assert ("Local Government Association", "funded", "Barset Insight") in _triples(found.relations)


def test_the_partnership_is_not_the_partner_it_was_formed_with(extract):
    found = extract("Kelby Council has formed a partnership with Orton Trust. The partnership was funded by the Barset Foundation.")
    assert ("Barset Foundation", "funded", "Orton Trust") not in _triples(found.relations)


def test_one_appointed_to_a_post_heading_a_body_is_part_of_it(extract):
    found = extract("Sir Martyn Oliver has been appointed His Majesty's Chief Inspector of Education, Children's Services and "
                    "Skills, heading Ofsted.")
    assert ("Martyn Oliver", "partOf", "Ofsted") in _triples(found.relations)


def test_the_doer_of_a_passive_still_does_its_participle(extract):
    found = extract("The scheme is run by Kelby Council, working with Orton Trust.")
    assert ("Orton Trust", "partneredWith", "Kelby Council") in _triples(found.relations) or (
        "Kelby Council", "partneredWith", "Orton Trust") in _triples(found.relations)


@pytest.mark.parametrize("first, value", [("£40,000", 40000), ("£1.2 million", 1200000)])
def test_each_giver_named_after_its_own_sum_gave_that_sum(extract, first, value):
    found = extract(f"Kelby Literary Festival has received {first} from Arts Council England and £15,000 from Kelby City Council.")
    assert {(r.subject.name, r.amount.value) for r in found.relations if r.predicate == "funded"} == {
        ("Arts Council England", value), ("Kelby City Council", 15000)}


def test_two_givers_of_one_sum_share_it(extract):
    found = extract("Kelby Literary Festival has received £40,000 from Arts Council England and Kelby City Council.")
    assert {(r.subject.name, r.amount.value if r.amount else None) for r in found.relations if r.predicate == "funded"} <= {
        ("Arts Council England", 40000), ("Kelby City Council", 40000), ("Arts Council England", None), ("Kelby City Council", None)}


@pytest.mark.parametrize("text, fact", [
    ("The National Audit Office has published a report on the cost of temporary accommodation. The report, Housing the "
     "Homeless, said councils lacked data.", ("National Audit Office", "published", "Housing the Homeless")),
    ("Kelby Carers Trust has released a survey of unpaid carers. The survey, Carers Count, found one in three had no break.",
     ("Kelby Carers Trust", "published", "Carers Count")),
])
def test_a_report_named_in_the_next_sentence_beside_the_report_is_the_one_published(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_report_followed_by_another_work_that_goes_on_about_neither_is_not_it(extract):
    found = extract("The Kelby Policy Institute has published a report on poverty. The Child Poverty Index 2026 was "
                    "funded by the Barset Foundation.")
    assert not [r for r in found.relations if r.predicate == "published"]


@pytest.mark.parametrize("text, rating", [
    ("Education Scotland evaluated Orton Primary School as good for learning and teaching.", "good"),
    ("The Care Inspectorate has graded Orton House care home as weak for its care and support.", "weak"),
    ("The Care Inspectorate graded Kelby Nursery as very good for its leadership.", "very good"),
])
def test_scottish_inspectorates_grade_on_their_own_scale(extract, text, rating):
    found = [r for r in extract(text).relations if r.predicate == "inspected"]
    assert [r.rating for r in found] == [rating]


def test_a_firm_evaluating_a_school_inspects_nothing(extract):
    assert not [r for r in extract("Kelby Consulting Ltd evaluated Orton Primary School's reading scheme.").relations if r.predicate == "inspected"]


def test_the_kind_written_after_a_name_is_the_name_later(extract):
    found = extract("The Care Inspectorate inspected Orton House care home. The home is operated by Highland Kelby Care Ltd.")
    assert ("Orton House", "partOf", "Highland Kelby Care Ltd") in _triples(found.relations)


@pytest.mark.parametrize("text, fact", [
    ("A charity which supports young families has been awarded a grant of £126,000 by the National Lottery Community Fund. "
     "Barset Home-Start is one of 18 groups in the region to share £2m.", ("National Lottery Community Fund", "funded", "Barset Home-Start")),
    ("A company has been fined £5,000 by the Information Commissioner's Office. Acme Ltd is one of the largest firms in Kelby.",
     ("Information Commissioner's Office", "fined", "Acme Ltd")),
])
def test_an_indefinite_body_is_the_one_the_next_sentence_says_is_of_its_kind(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_an_indefinite_body_is_not_one_the_next_sentence_calls_another_kind(extract):
    found = extract("A company has been fined £5,000 by the Information Commissioner's Office. Barset Council is a unitary authority.")
    assert not [r for r in found.relations if r.predicate == "fined"]


@pytest.mark.parametrize("text, recipient", [
    ("Kelby Council has awarded grants worth £370,000. The grant of £220,000 will enable Kelby Family Contact to expand its "
     "outreach project.", "Kelby Family Contact"),
    ("The funding from Barset Council will help Kelby Foodbank to open a second warehouse.", "Kelby Foodbank"),
])
def test_a_grant_that_enables_a_body_funds_it(extract, text, recipient):
    assert recipient in {r.object.name for r in extract(text).relations if r.predicate == "funded"}


def test_a_grant_that_helps_unnamed_people_funds_no_one(extract):
    assert not [r for r in extract("The grant will help families in Kelby to pay their bills.").relations if r.predicate == "funded"]


@pytest.mark.parametrize("text, rating", [
    ("The Care Quality Commission has lifted the rating of Orton General Hospital to good, two years after it was rated inadequate.", "good"),
    ("The Care Quality Commission has raised Orton General Hospital's rating to good.", "good"),
    ("Ofsted has lowered the rating of Kelby Academy from good to requires improvement.", "requires improvement"),
])
def test_a_regulator_moving_a_rating_inspected_the_body_at_its_new_rating(extract, text, rating):
    found = [r for r in extract(text).relations if r.predicate == "inspected"]
    assert [r.rating for r in found] == [rating]


def test_a_body_improving_its_own_rating_was_inspected_by_no_one_named(extract):
    assert not extract("Kelby Academy has improved its rating to good.").relations


def test_a_participle_set_off_after_a_names_kind_describes_the_name(extract):
    found = extract("The Care Quality Commission has suspended the registration of Orton Lodge care home, run by Kelby Care Group.")
    assert ("Orton Lodge", "partOf", "Kelby Care Group") in _triples(found.relations)
    assert not [r for r in found.relations if r.subject.name == "Care Quality Commission" and r.predicate == "partOf"]


def test_a_participle_after_a_place_in_a_phrase_describes_the_clauses_subject(extract):
    found = extract("The Kelby Family Hub, a new one-stop service for parents, has opened in Kelby town centre, run by Kelby County Council.")
    assert ("Kelby Family Hub", "partOf", "Kelby County Council") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "The Department for Education has selected Wigan Council to pilot the new Family Hubs scheme.",
    "Wigan Council was chosen by the Department for Education to trial the new scheme.",
])
def test_a_body_chosen_to_pilot_or_trial_a_scheme_was_appointed(extract, text):
    assert ("Department for Education", "appointed", "Wigan Metropolitan Borough Council") in _triples(extract(text).relations)


def test_a_place_chosen_to_host_an_event_appoints_no_council(extract):
    assert not [r for r in extract("Wigan has been chosen to host the 2027 Rugby League World Cup final.").relations if r.predicate == "appointed"]


def test_her_report_after_a_commissioners_sentence_is_the_commissioners(extract):
    found = extract("The Children's Commissioner for England has criticised Kelby Council. Her report, Homes Not Hotels, was published on Monday.")
    assert ("Children's Commissioner for England", "published", "Homes Not Hotels") in _triples(found.relations)


def test_her_report_after_a_councils_sentence_is_no_councils(extract):
    found = extract("Kelby Council has appointed Jane Smith. Her report, Homes Not Hotels, was published on Monday.")
    assert not [r for r in found.relations if r.predicate == "published"]


def test_a_post_a_commissioner_calls_hers_is_at_the_commissioners_office(extract):
    found = extract("The Domestic Abuse Commissioner has appointed Priya Kaur as her new chief executive.")
    assert ("Priya Kaur", "partOf", "Domestic Abuse Commissioner") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "The Information Commissioner's Office has reduced a fine on Orton Builders Ltd from £40,000 to £15,000 after the firm showed it could not pay.",
    "The Information Commissioner's Office cut its fine on Orton Builders Ltd to £15,000.",
])
def test_a_regulator_changing_its_fine_fined_at_the_new_sum(extract, text):
    found = [(r.subject.name, r.object.name, r.amount.text) for r in extract(text).relations if r.predicate == "fined"]
    assert found == [("Information Commissioner's Office", "Orton Builders Ltd", "£15,000")]


def test_a_court_reducing_a_regulators_fine_did_not_fine(extract):
    found = extract("The Court of Appeal reduced the fine imposed on Orton Builders Ltd by the Information Commissioner's Office.")
    assert {r.subject.name for r in found.relations if r.predicate == "fined"} == {"Information Commissioner's Office"}


def test_it_rated_after_a_body_joins_another_is_the_body_that_joins(extract):
    found = extract("Kelby Primary School will join the Barset Learning Trust after Ofsted rated it inadequate in March.")
    assert [(r.subject.name, r.object.name) for r in found.relations if r.predicate == "inspected"] == [("Ofsted", "Kelby Primary School")]


def test_it_rated_after_a_body_appoints_another_is_the_one_appointed(extract):
    found = extract("Kelby Council appointed Orton Care Ltd after the Care Quality Commission rated it good.")
    assert [r.object.name for r in found.relations if r.predicate == "inspected"] == ["Orton Care Ltd"]


def test_the_insolvency_service_disqualifying_a_director_acts_on_him(extract):
    found = extract("Mark Lee, a director of Kelby Scaffolding Ltd, has been disqualified for seven years by the Insolvency Service.")
    assert ("The Insolvency Service", "criticised", "Mark Lee") in _triples(found.relations)


@pytest.mark.parametrize("text, fact", [
    ("The integrated care board has issued a breach notice to Riverside Surgery in Kelby. NHS Orton Integrated Care Board "
     "said the practice must improve access.", ("NHS Orton Integrated Care Board", "criticised", "Riverside Surgery")),
    ("A pharmacy in Orton has lost its NHS contract after NHS England found it had repeatedly failed to open on time. "
     "Orton Pharmacy said it would appeal.", ("NHS England", "criticised", "Orton Pharmacy")),
])
def test_nhs_commissioners_hold_practices_and_pharmacies_to_their_contracts(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_an_nhs_commissioner_saying_a_hospital_must_do_more_about_nothing_named_criticises_no_one(extract):
    assert not [r for r in extract("NHS England said hospitals must improve.").relations if r.predicate == "criticised"]


@pytest.mark.parametrize("text, fact", [
    ("Orton Park School, which Ofsted rated outstanding last year, has a new head.", ("Ofsted", "inspected", "Orton Park School")),
    ("The headteacher of Orton Park School, which Ofsted rated outstanding in a report published on Friday, was delighted.",
     ("Ofsted", "inspected", "Orton Park School")),
    ("Kelby Energy Ltd, which Ofgem fined £1.5m last week, said it would appeal.", ("Ofgem", "fined", "Kelby Energy Ltd")),
])
def test_a_body_a_which_clause_says_was_acted_on_is_the_object(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_who_clause_on_a_person_after_a_body_is_the_persons(extract):
    found = extract("The headteacher of Orton Park School, who Ofsted praised in its report, was delighted.")
    assert not [r for r in found.relations if r.object.name == "Orton Park School" and r.predicate == "criticised"]


@pytest.mark.parametrize("text, pairs", [
    ("A consortium led by Kelby University and including Barset College and Orton Chamber of Commerce has won £4m to run a skills hub.",
     {("Kelby University", "Barset College"), ("Kelby University", "Orton Chamber of Commerce")}),
    ("A partnership led by Kelby Council, including Barset Trust, will run the hub.", {("Kelby Council", "Barset Trust")}),
])
def test_the_leader_of_an_unnamed_group_partners_the_bodies_it_includes(extract, text, pairs):
    found = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partneredWith"}
    assert pairs <= found


def test_a_consortium_leader_partners_no_body_named_in_another_sentence(extract):
    found = extract("A consortium led by Kelby University has won £4m. Councils including Barset Council back it.")
    assert not [r for r in found.relations if r.predicate == "partneredWith"]


@pytest.mark.parametrize("text, rating", [
    ("Inspectors rated Orton Lodge care home inadequate for safety and leadership, giving it an overall rating of requires "
     "improvement. The Care Quality Commission said improvements had been made since its last visit.", "requires improvement"),
    ("The Care Quality Commission rated Kelby General Hospital good for being caring and requires improvement overall.", "requires improvement"),
    ("The Care Quality Commission rated Kelby General Hospital good for being caring.", "good"),
])
def test_of_several_ratings_the_overall_one_is_the_inspections(extract, text, rating):
    assert [r.rating for r in extract(text, title="Care home").relations if r.predicate == "inspected"] == [rating]


def test_he_fined_after_a_sentence_naming_one_person_as_its_object_is_that_person(extract):
    found = extract("Kelby City Council has prosecuted landlord Peter Grant for failing to license a house in multiple occupation. "
                    "He was fined £12,000 by Kelby Magistrates' Court.")
    assert ("Kelby Magistrates' Court", "fined", "Peter Grant") in _triples(found.relations)


def test_he_after_a_sentence_naming_two_people_is_neither(extract):
    found = extract("Kelby City Council has prosecuted landlord Peter Grant and his partner Jane Moss. He was fined £12,000 by "
                    "Kelby Magistrates' Court.")
    assert not [r for r in found.relations if r.predicate == "fined"]


@pytest.mark.parametrize("text, fact", [
    ("The First-tier Tribunal has made a remediation order against Kelby Estates Ltd.", ("First-tier Tribunal", "criticised", "Kelby Estates Ltd")),
    ("Barset Borough Council has secured a banning order against rogue landlord Sam Hale.", ("Barset Borough Council", "criticised", "Sam Hale")),
    ("Orton Fire and Rescue Service served a prohibition notice on the Kelby Hotel after finding blocked fire exits.",
     ("Orton Fire and Rescue Service", "criticised", "Kelby Hotel")),
])
def test_orders_against_and_notices_on_bodies_act_on_them(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "The Kelby Foundation's latest grants include £40,000 to Orton Food Bank and £25,000 to Barset Carers.",
])
def test_grants_that_include_sums_to_bodies_fund_them(extract, text):
    found = {(r.subject.name, r.object.name, r.amount.text) for r in extract(text).relations if r.predicate == "funded"}
    assert found == {("Kelby Foundation", "Orton Food Bank", "£40,000"), ("Kelby Foundation", "Barset Carers", "£25,000")}


def test_fines_that_include_a_sum_to_a_body_fund_nothing(extract):
    assert not [r for r in extract("The fines include £40,000 to Orton Water.").relations if r.predicate == "funded"]


def test_a_heading_of_case_studies_lists_no_grants(extract):
    found = extract("In 2016 the charity Nesta published a report on councils' uses of data. The case studies included:\n\n"
                    "Kelby County Council\n\nKelby County Council has created the Kelby Integrated Dataset.")
    assert not [r for r in found.relations if r.predicate == "funded"]


@pytest.mark.parametrize("title, fact", [
    ("ICO Fines Kelby Council £40,000 Over Data Leak", ("Information Commissioner's Office", "fined", "Kelby Council")),
    ("Ofwat Fines Barset Water £11m", ("Ofwat", "fined", "Barset Water")),
])
def test_a_title_case_headlines_capitalised_verb_states_its_fact(extract, title, fact):
    assert fact in _triples(extract("The two bodies made the news this week.", title=title).relations)


def test_a_title_case_headlines_new_post_is_no_body(extract):
    found = extract("Anna Price will take up the post in May.", title="Kelby Council Appoints New Chief Executive")
    assert "New Chief Executive" not in {e.name for e in found.entities}


def test_a_further_sum_from_a_second_giver_is_that_givers(extract):
    found = extract("Kelby Foodbank has received £20,000 from the Kelby Community Foundation and a further £15,000 from Kelby Council.")
    assert {(r.subject.name, r.amount.text) for r in found.relations if r.predicate == "funded"} == {
        ("Kelby Community Foundation", "£20,000"), ("Kelby Council", "£15,000")}


def test_a_post_holder_set_off_beside_the_subject_joins_from_a_body(extract):
    found = extract("Kelby General Hospital's new medical director, Dr Omar Said, joins from Barset Royal Infirmary.")
    assert {("Omar Said", "partOf", "Barset Royal Infirmary"), ("Omar Said", "partOf", "Kelby General Hospital")} <= _triples(found.relations)


@pytest.mark.parametrize("text, fact", [
    ("Ofgem has ordered Barset Energy to pay £2.5m in compensation to customers it overcharged.", ("Ofgem", "criticised", "Barset Energy")),
    ("Southern Kelby Water must pay £15m to customers after Ofwat found it had missed its leakage targets.",
     ("Ofwat", "criticised", "Southern Kelby Water")),
])
def test_a_regulator_ordering_redress_or_finding_targets_missed_acts_on_the_body(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "A judge ordered Kelby Council to pay £500 in compensation to the family.",
    "Ofwat found that Barset Water had not missed its targets.",
])
def test_a_judges_redress_order_or_targets_not_missed_criticise_no_one(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "criticised"]


@pytest.mark.parametrize("text, fact", [
    ("The Independent Office for Police Conduct is investigating Kelby Police over its handling of a missing person case.",
     ("Independent Office for Police Conduct", "inspected", "Kelby Police")),
    ("The Information Commissioner's Office is investigating a data breach at Barset Council.",
     ("Information Commissioner's Office", "inspected", "Barset Council")),
])
def test_a_regulator_investigating_a_body_inspects_it(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_council_investigating_complaints_inspects_no_one(extract):
    assert not [r for r in extract("Kelby Council is investigating complaints about Orton Homes.").relations if r.predicate == "inspected"]


@pytest.mark.parametrize("text, facts", [
    ("The Orton Combined Authority brings together Orton City Council, Barset Borough Council and Kelby District Council.",
     {("Orton City Council", "partOf", "Orton Combined Authority"), ("Kelby District Council", "partOf", "Orton Combined Authority")}),
    ("The Orton Combined Authority was set up in 2016. The authority brings together five councils, including Orton City Council "
     "and Barset Borough Council.", {("Barset Borough Council", "partOf", "Orton Combined Authority")}),
])
def test_the_councils_an_authority_brings_together_are_its_members(extract, text, facts):
    assert facts <= _triples(extract(text).relations)


@pytest.mark.parametrize("text, fact", [
    ("Orton City Council is one of five councils that make up the Orton Combined Authority.",
     ("Orton City Council", "partOf", "Orton Combined Authority")),
    ("Kelby Mind is one of the charities which received money from the Orton Trust.", ("Orton Trust", "funded", "Kelby Mind")),
    ("Kelby Council is one of the councils that Ofsted rated inadequate.", ("Ofsted", "inspected", "Kelby Council")),
])
def test_a_clause_on_the_kind_a_body_is_one_of_is_about_that_body(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_clause_on_a_kind_no_named_body_is_one_of_names_no_subject(extract):
    found = extract("Kelby Council said one of the charities which received money from the Orton Trust had closed.")
    assert not [r for r in found.relations if r.predicate == "funded" and r.object.name == "Kelby Council"]


def test_a_notice_demanding_a_sum_is_a_fine_and_no_telling_off(extract):
    found = extract("The Pensions Regulator issued a £1.2 million contribution notice against James Hale.")
    assert {(r.predicate, r.object.name, r.amount.text if r.amount else None) for r in found.relations} == {
        ("fined", "James Hale", "£1.2 million")}


@pytest.mark.parametrize("text", [
    "The RQIA has issued two failure to comply notices to Templeton Nursing Home.",
    "The Regulator of Social Housing has issued a regulatory notice to Barset Homes after it failed to check 40 blocks.",
])
def test_a_notice_with_a_count_but_no_sum_tells_off(extract, text):
    assert {r.predicate for r in extract(text).relations} == {"criticised"}


@pytest.mark.parametrize("text", [
    "The Pensions Regulator took Mark Dunn to court and banned him from acting as a trustee.",
    "The Pensions Regulator prosecuted Mark Dunn, the former owner of Barset Motorcycles, and banned him from acting as a trustee.",
])
def test_him_after_a_second_joined_verb_is_the_person_the_first_acted_on(extract, text):
    assert ("The Pensions Regulator", "criticised", "Mark Dunn") in _triples(extract(text).relations)


def test_him_after_joined_verbs_with_two_people_before_stands_for_no_one(extract):
    found = extract("Kelby Council thanked Jane Hill and Tom Reed and later censured him.")
    assert not [r for r in found.relations if r.predicate == "criticised"]


@pytest.mark.parametrize("text", [
    "The Engineering and Physical Sciences Research Council will fund 80% of the cost of the new Kelby Health Technologies Hub.",
    "Kelby Council will fund half of the Orton Youth Project.",
    "Kelby Council will meet the cost of the Orton Youth Project.",
    "Kelby Council will cover the costs of the Orton Youth Project.",
])
def test_funding_a_share_or_the_cost_of_a_programme_funds_it(extract, text):
    assert [r.predicate for r in extract(text).relations] == ["funded"]


@pytest.mark.parametrize("text", [
    "Barset Ltd was ordered to cover the costs of the prosecution brought by Kelby Council.",
    "Kelby Council agreed to meet the legal costs of Orton Homes.",
])
def test_meeting_legal_or_court_costs_funds_no_one(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "funded"]


def test_a_partners_body_includes_its_members(extract):
    found = extract("Barset University is a founding member of Kelby Partners, which also includes Orton University and three local councils.")
    assert {("Barset University", "partOf", "Kelby Partners"), ("Orton University", "partOf", "Kelby Partners")} <= _triples(found.relations)


def test_a_body_described_at_a_street_address_is_on_the_street_and_in_its_town(extract):
    found = extract("Golden Wok Ltd, a takeaway at 12 Mill Lane, Kelby, was given a zero rating.")
    assert {("Golden Wok Ltd", "locatedIn", "Mill Lane"), ("Golden Wok Ltd", "locatedIn", "Kelby")} <= _triples(found.relations)


def test_a_street_is_never_inspected(extract):
    found = extract("Inspectors from Kelby Council visited the Euro Star supermarket on Hill Road on January 3.")
    assert ("Kelby Council", "inspected", "Euro Star") in _triples(found.relations)
    assert not [r for r in found.relations if r.predicate == "inspected" and r.object.name == "Hill Road"]


@pytest.mark.parametrize("text, fact", [
    ("Stagecoach has won the contract to run route 42 for Transport for Kelby for five years.",
     ("Transport for Kelby", "appointed", "Stagecoach")),
    ("Orton Buses has won a five-year contract with Transport for Kelby.", ("Transport for Kelby", "appointed", "Orton Buses")),
    ("Barset Travel Ltd holds the contract with Orton County Council.", ("Orton County Council", "appointed", "Barset Travel Ltd")),
])
def test_the_body_a_won_or_held_contract_is_with_or_for_let_it(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "Viridor will build a £250 million energy from waste plant in Kelby under a contract with Kelby County Council.",
    "Kelby Council holds the contract details on its website.",
])
def test_a_contract_that_is_no_verbs_object_names_no_giver(extract, text):
    assert not [r for r in extract(text).relations if r.predicate in {"funded", "appointed"}]


def test_the_largest_bus_operators_are_known_bodies(extract):
    found = extract("Stagecoach and Arriva both bid for the routes.")
    assert {e.name for e in found.entities if e.type == "Organisation"} >= {"Stagecoach", "Arriva"}


@pytest.mark.parametrize("text", [
    "Kelby Council and Barset Council have worked together since 2018 as the Orton Waste Partnership.",
    "Kelby Council and Barset Council have joined forces as the Orton Waste Partnership.",
])
def test_bodies_working_as_a_named_group_are_its_members(extract, text):
    assert {("Kelby Council", "partOf", "Orton Waste Partnership"), ("Barset Council", "partOf", "Orton Waste Partnership")} <= _triples(
        extract(text).relations)


def test_the_bodies_listed_before_working_as_a_group_are_its_members(extract):
    found = extract("Kelby NHS Foundation Trust and Barset NHS Foundation Trust will share a chair. The two trusts have worked "
                    "together since 2018 as the Orton Acute Hospital Alliance.")
    assert ("Barset NHS Foundation Trust", "partOf", "Orton Acute Hospital Alliance") in _triples(found.relations)


def test_a_person_working_as_a_groups_officer_is_no_member_by_that_rule(extract):
    assert not [r for r in extract("Jane Hill worked as the Kelby Partnership's coordinator.").relations if r.rule.startswith("working-as")]


@pytest.mark.parametrize("text, fact", [
    ("Barset District Council has migrated its housing records to the Orton Cloud platform.", ("Barset District Council", "uses", "Orton Cloud")),
    ("Orton County Council is trialling the Barset Route app to plan school transport.", ("Orton County Council", "uses", "Barset Route")),
    ("Kelby Council has switched to the Barset Pay system.", ("Kelby Council", "uses", "Barset Pay")),
])
def test_migrating_to_switching_to_or_trialling_a_system_uses_it(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_residents_invited_to_trial_an_app_trial_it_not_the_council(extract):
    found = extract("Kelby Borough Council is inviting residents to trial a free app called Love Clean Kelby.")
    assert not [r for r in found.relations if r.predicate == "uses"]


@pytest.mark.parametrize("text, names", [
    ("The Barset Police and Crime Commissioner has handed £450,000 to 12 charities supporting victims of domestic abuse, including "
     "Barset Women's Aid and the Orton Survivors Trust.", {"Barset Women's Aid", "Orton Survivors Trust"}),
    ("Kelby Council has given grants to charities in the north of the county, including Barset Mind.", {"Barset Mind"}),
])
def test_examples_set_off_after_the_words_describing_a_plural_kind_stand_for_it(extract, text, names):
    assert {r.object.name for r in extract(text).relations if r.predicate == "funded"} == names


def test_a_second_passive_joined_in_a_relative_clause_is_about_its_head(extract):
    found = extract("The Kelby Violence Reduction Unit, which is funded by the Home Office and hosted by the Kelby Police and Crime "
                    "Commissioner, works with schools.")
    assert ("Kelby Violence Reduction Unit", "partOf", "Kelby Police and Crime Commissioner") in _triples(found.relations)


def test_a_grant_agreed_in_a_clause_with_no_one_named_goes_to_the_main_clauses_body(extract):
    found = extract("Kelby Playhouse has been saved from closure after Arts Council England agreed an emergency grant of £150,000.")
    assert {(r.subject.name, r.object.name, r.amount.text) for r in found.relations if r.predicate == "funded"} == {
        ("Arts Council England", "Kelby Playhouse", "£150,000")}


def test_a_grant_agreed_to_a_named_body_in_such_a_clause_goes_to_that_body(extract):
    found = extract("Kelby Playhouse reopened after Arts Council England agreed a grant of £20,000 for Barset Theatre.")
    assert {r.object.name for r in found.relations if r.predicate == "funded"} == {"Barset Theatre"}


@pytest.mark.parametrize("text", [
    "Tom Bell's appointment as chief executive of Kelby Council was confirmed on Monday.",
    "Councillors approved Tom Bell's appointment as Kelby Council's chief executive.",
])
def test_a_persons_appointment_as_a_bodys_post_is_that_bodys_appointment(extract, text):
    assert {("Kelby Council", "appointed", "Tom Bell"), ("Tom Bell", "partOf", "Kelby Council")} <= _triples(extract(text).relations)


def test_a_persons_appointment_with_no_post_names_no_appointer(extract):
    assert not extract("Tom Bell's appointment was welcomed by staff at Kelby Council.").relations



@pytest.mark.parametrize("text, fact", [
    ("Ann Begg was one of two joint interim chief executives at Orton Council.", ("Ann Begg", "partOf", "Orton Council")),
    ("Kelby Council is one of the members of the Orton Partnership.", ("Kelby Council", "partOf", "Orton Partnership")),
    ("Kelby Council, which is one of the members of the Orton Partnership, agreed.", ("Kelby Council", "partOf", "Orton Partnership")),
])
def test_one_of_several_posts_or_members_is_one_of_them(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text, fact", [
    ("Barset Primary School will join Kelby Learning Trust. The trust, which runs 14 schools, was chosen by the Department for "
     "Education. Its chief executive, Helen Shaw, said staff would receive extra support.", ("Helen Shaw", "partOf", "Kelby Learning Trust")),
    ("Kelby Care Homes Ltd was fined £300,000. The company was also ordered to pay costs. Its managing director, Paul Rees, said "
     "the firm had fitted restrictors.", ("Paul Rees", "partOf", "Kelby Care Homes Ltd")),
])
def test_its_post_opening_a_sentence_is_at_the_body_the_last_sentence_was_about(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_its_author_opening_a_sentence_is_no_post_at_the_last_subject(extract):
    found = extract("The Barset Centre for Cities has released a review of housing delivery. Its author, Dr Ruth Akers, said councils "
                    "lacked planners.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


def test_a_successor_to_someone_is_no_one_appointed(extract):
    found = extract("The Care Quality Commission has appointed Kate Terry as interim chief executive while it recruits a permanent "
                    "successor to Ian Dale.")
    assert {r.object.name for r in found.relations if r.predicate == "appointed"} == {"Kate Terry"}


def test_the_chief_inspectors_statutory_title_is_a_post_at_the_inspectorate(extract):
    found = extract("Sir Martin Oliver has been named as His Majesty's Chief Inspector of Education, Children's Services and Skills.")
    assert ("Martin Oliver", "partOf", "Ofsted") in _triples(found.relations)


def test_a_capitalised_word_tagged_common_before_a_head_word_is_part_of_the_name(extract):
    found = extract("Kelby City Council has published its Climate Emergency Strategy, drawn up with the Kelby Climate Partnership.")
    assert ("Kelby City Council", "published", "Climate Emergency Strategy") in _triples(found.relations)


def test_a_participle_after_the_programme_an_evaluation_is_of_describes_the_evaluation(extract):
    found = extract("The evaluation of the Barset Family Hubs programme, published by the Department for Education, found improved attendance.")
    assert not [r for r in found.relations if r.predicate == "published"]


@pytest.mark.parametrize("text, fact", [
    ("The Kelby Children's Services Review, commissioned by Kelby City Council and carried out by Barset Consulting, found high caseloads.",
     ("Barset Consulting", "created", "Kelby Children's Services Review")),
    ("Barset Consulting conducted the Kelby Residents Survey 2024 for the council.", ("Barset Consulting", "created", "Kelby Residents Survey 2024")),
])
def test_carrying_out_or_conducting_a_named_work_creates_it(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_second_joined_participle_does_not_act_on_the_body_the_first_names(extract):
    found = extract("A new dementia hub, run by Orton Age UK and funded by the National Lottery Community Fund, has opened in Orton.")
    assert not [r for r in found.relations if r.predicate == "funded"]


@pytest.mark.parametrize("text, pair", [
    ("Kelby City Council has published its Climate Emergency Strategy, drawn up with the Kelby Climate Partnership.",
     ("Kelby City Council", "Kelby Climate Partnership")),
    ("Kelby City Council drew up the Kelby Local Plan with Barset Homes.", ("Kelby City Council", "Barset Homes")),
])
def test_drawing_up_a_work_with_another_body_partners_it(extract, text, pair):
    assert (pair[0], "partneredWith", pair[1]) in _triples(extract(text).relations)


def test_drawing_crowds_with_an_event_partners_no_one(extract):
    assert not extract("Kelby City Council drew large crowds with the Barset Festival.").relations


def test_a_rating_of_a_service_at_a_body_rates_the_body(extract):
    found = extract("Adult social care at Barset Council \"requires improvement\", according to the Care Quality Commission.")
    assert [(r.subject.name, r.object.name, r.rating) for r in found.relations if r.predicate == "inspected"] == [
        ("Care Quality Commission", "Barset Council", "requires improvement")]


def test_services_run_by_two_bodies_make_neither_part_of_the_other(extract):
    found = extract("Inspectors from Ofsted and the CQC found failings in Orton's special educational needs services, run by Orton "
                    "Borough Council and NHS Orton Integrated Care Board.")
    assert not [r for r in found.relations if r.predicate == "partOf"]


@pytest.mark.parametrize("title, text, name", [
    ("Train operator fined", "Kelby Trains has been fined £1.1m over a crash in which a passenger was injured.", "Kelby Trains"),
    ("Trust created from merger", "University Hospitals of Kelby was created in 2014 from a merger.", "University Hospitals of Kelby"),
])
def test_a_name_opening_the_first_paragraph_after_a_headline_is_kept_whole(extract, title, text, name):
    assert name in {e.name for e in extract(text, title=title).entities}


def test_a_sum_a_penalty_was_reduced_from_is_not_its_amount(extract):
    found = extract("The ICO has fined Kelby Borough Council. The penalty, of £45,000, was reduced from £90,000.")
    assert {r.amount.text for r in found.relations if r.predicate == "fined" and r.amount} == {"£45,000"}


@pytest.mark.parametrize("text, fact", [
    ("Meadow View care home in Barset has been rated inadequate by the Care Quality Commission.", ("Meadow View", "locatedIn", "Barset")),
    ("The Regulation and Quality Improvement Authority has issued a notice to Orton Lodge nursing home in County Down.",
     ("Orton Lodge", "locatedIn", "County Down")),
])
def test_a_named_body_whose_kind_noun_is_in_a_place_is_there(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_contract_named_for_a_body_in_a_place_puts_no_body_there(extract):
    found = extract("Smile Dental Care has handed back its NHS contract in Kelby.")
    assert not [r for r in found.relations if r.predicate == "locatedIn" and r.subject.name == "NHS"]


@pytest.mark.parametrize("text, fact", [
    ("Orton Water has appointed Peter Marsh as its new chief executive, replacing Anne Clay, who is retiring.",
     ("Anne Clay", "partOf", "Orton Water")),
    ("Barset Arts Centre has appointed Leila Shah as artistic director, succeeding Tom Eves.", ("Tom Eves", "partOf", "Barset Arts Centre")),
])
def test_the_one_a_body_s_appointee_replaces_held_the_post_there(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "Kelby Homes was found responsible for severe maladministration by the Housing Ombudsman over its handling of damp.",
    "The Housing Ombudsman found Kelby Homes responsible for severe maladministration.",
])
def test_a_body_an_ombudsman_found_responsible_for_maladministration_is_criticised(extract, text):
    assert ("Housing Ombudsman", "criticised", "Kelby Homes") in _triples(extract(text).relations)


def test_a_body_found_responsible_by_no_regulator_is_criticised_by_no_one(extract):
    assert not extract("Kelby Council was found responsible for the flooding by an inquest jury.").relations


@pytest.mark.parametrize("text", [
    "Three new trustees have joined the board of the Orton Community Foundation: Sam Obi, a solicitor at Kelby Law; Jo Hart; and Dev Rao.",
    "Three new trustees have joined the board of the Orton Community Foundation: Sam Obi, Jo Hart and Dev Rao.",
])
def test_people_listed_after_a_colon_ending_the_clause_are_its_plural_subject(extract, text):
    assert {r.subject.name for r in extract(text).relations if r.object.name == "Orton Community Foundation"} == {"Sam Obi", "Jo Hart", "Dev Rao"}


def test_bodies_listed_after_a_colon_on_the_object_stay_the_objects(extract):
    found = extract("Kelby Council awarded grants to four organisations: Kelby Mind, Barset Carers and Orton Age UK.")
    assert {"Kelby Mind", "Orton Age UK"} <= {r.object.name for r in found.relations if r.predicate == "funded"}


def test_a_post_appointed_to_a_body_appoints_no_body(extract):
    found = extract("The Scottish Housing Regulator has appointed a manager to Orton Housing Co-operative after governance failings.")
    assert not [r for r in found.relations if r.predicate == "appointed"]


@pytest.mark.parametrize("text, fact", [
    ("Barset Energy will sponsor Kelby Academy's new engineering wing, contributing £250,000 over five years.",
     ("Barset Energy", "funded", "Kelby Academy")),
    ("Sport England gave £50,000 towards Kelby Rugby Club's new building.", ("Sport England", "funded", "Kelby Rugby Club")),
])
def test_funding_a_bodys_building_or_wing_funds_the_body(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "The Department for Education issued a notice to Barset County Council and allocated £6 million to its children's services.",
    "Kelby Council served a notice on Orton Waste Ltd and later gave £20,000 to the Barset Trust.",
])
def test_a_sum_a_joined_verb_gives_is_not_a_notices_fine(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "fined"]


@pytest.mark.parametrize("text, fact", [
    # a past tense the tagger read as the modifier of the name after it, with the name before it as its subject
    ("Ofsted placed Kelby Academy in special measures.", ("Ofsted", "inspected", "Kelby Academy")),
    ("Ofsted inspected Orton Primary School in March.", ("Ofsted", "inspected", "Orton Primary School")),
    # a 'by' phrase hung on the noun of the passive verb's preposition is its agent
    ("Barset Constabulary has been placed into enhanced monitoring by His Majesty's Inspectorate of Constabulary and "
     "Fire & Rescue Services.", ("HM Inspectorate of Constabulary and Fire & Rescue Services", "criticised", "Barset Constabulary")),
    # the police inspectorate's 'engage' phase of monitoring
    ("Kelby Police has been placed into the engage phase of enhanced monitoring by HMICFRS.",
     ("HM Inspectorate of Constabulary and Fire & Rescue Services", "criticised", "Kelby Police")),
])
def test_placing_a_body_under_monitoring(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text, fact", [
    ("Ofcom said Barset Telecom's network arm, Orton Lines, had committed a serious breach.", ("Orton Lines", "partOf", "Barset Telecom")),
    ("Barset Telecom's subsidiary Orton Lines was fined £2m.", ("Orton Lines", "partOf", "Barset Telecom")),
])
def test_a_body_named_beside_a_part_another_owns_is_its_part(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_one_word_body_punished_by_a_regulator_is_a_body(extract):
    found = extract("Barset Mobile was punished by Ofcom for breaching consumer protection rules.", title="Mobile operator penalised")
    assert ("Ofcom", "fined", "Barset Mobile") in _triples(found.relations)


def test_its_on_a_joined_noun_stands_for_the_clauses_subject_too(extract):
    found = extract("Kelby Council is topping up its Local Council Tax Support Scheme and its Emergency Support Scheme.")
    assert {("Kelby Council", "created", "Local Council Tax Support Scheme"),
            ("Kelby Council", "created", "Emergency Support Scheme")} <= _triples(found.relations)


def test_its_after_a_body_the_clause_acts_on_stays_unresolved(extract):
    found = extract("Ofcom fined Kelby Telecom over its Fast Broadband Scheme.")
    assert not [r for r in found.relations if r.object.name == "Fast Broadband Scheme" and r.subject.name == "Ofcom"]


@pytest.mark.parametrize("text, present, absent", [
    # the 'to' phrase of an appointment of someone names where they go, not whom it appoints
    ("Defra has announced the appointment of Tom Ellis to the Barset Rivers Authority.",
     {("Department for Environment, Food & Rural Affairs", "appointed", "Tom Ellis"), ("Tom Ellis", "partOf", "Barset Rivers Authority")},
     {("Department for Environment, Food & Rural Affairs", "appointed", "Barset Rivers Authority")}),
    # people named after a colon ending the phrase the plural of people is in
    ("Defra has announced the appointment of three new board members to the Barset Rivers Authority: Tom Ellis, Priya Rao "
     "and Gwen Hughes.", {("Department for Environment, Food & Rural Affairs", "appointed", "Priya Rao"),
                          ("Department for Environment, Food & Rural Affairs", "appointed", "Gwen Hughes")},
     {("Department for Environment, Food & Rural Affairs", "appointed", "Barset Rivers Authority")}),
    # appointed to a body: its member
    ("Sam Obi has been appointed to the Orton Ports Authority.", {("Sam Obi", "partOf", "Orton Ports Authority")}, set()),
])
def test_appointments_to_a_body(extract, text, present, absent):
    found = _triples(extract(text).relations)
    assert present <= found and not absent & found


@pytest.mark.parametrize("text", [
    "The contract replaces the council's previous arrangement with Kelby Construction, Barset County Council said.",
    "The former partnership between Kelby Council and Orton Trust ended in 2019.",
])
def test_a_relation_a_noun_says_is_over_is_not_stated(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "partneredWith"]


@pytest.mark.parametrize("text, fact", [
    ("The Housing Ombudsman found maladministration in Kelby Homes' handling of a resident's reports of damp.",
     ("Housing Ombudsman", "criticised", "Kelby Homes")),
    # a one-word office's title before a name: the one body the article names with that word
    ("The Housing Ombudsman published a special report. Ombudsman Richard Blakeway said landlords must learn.",
     ("Richard Blakeway", "partOf", "Housing Ombudsman")),
    # a company's name written with its abbreviation's stop ends there
    ("The Information Commissioner's Office fined Orton Ltd. Commissioner John Edwards said it was serious.",
     ("Information Commissioner's Office", "fined", "Orton Ltd")),
])
def test_ombudsman_findings_and_office_titles(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_one_word_office_title_with_two_such_bodies_names_neither(extract):
    found = extract("The Local Government Ombudsman and the Housing Ombudsman published a report. Ombudsman Richard Blakeway spoke.")
    assert not [r for r in found.relations if r.subject.name == "Richard Blakeway"]


@pytest.mark.parametrize("text, fact", [
    # a passive after 'after' is no state the joining is in
    ("Kelby Primary School will join the Orton Learning Trust in September after being rated inadequate by Ofsted.",
     ("Kelby Primary School", "partOf", "Orton Learning Trust")),
    # one of the owner's of its kind
    ("Dr Simon Reed is executive headteacher of Kelby High School, one of the Orton Learning Trust's schools.",
     ("Kelby High School", "partOf", "Orton Learning Trust")),
])
def test_schools_joining_trusts(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text, fact", [
    # 'him' read as the second verb's indirect object: the person the first acted on
    ("The FCA has banned Mark Dale, former chief executive of Orton Wealth Ltd, from working in financial services and "
     "fined him £420,000.", ("Financial Conduct Authority", "fined", "Mark Dale")),
])
def test_financial_regulators_fines(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "Barset Dance, which had been in Arts Council England's portfolio since 2012, lost its funding.",
    "Kelby Council withdrew its grant to Orton Trust.",
])
def test_funding_lost_or_withdrawn_states_none(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "funded"]


def test_joining_a_bodys_programme_does_not_join_the_body(extract):
    found = extract("Orton Theatre Company has joined Arts Council England's National Portfolio for the first time.")
    assert ("Orton Theatre Company", "partOf", "Arts Council England") not in _triples(found.relations)


@pytest.mark.parametrize("text, fact", [
    ("Network Rail will fund a £24 million upgrade of Orton Library.", ("Network Rail", "funded", "Orton Library")),
    ("Orton County Council will fund the rebuild of Kelby Leisure Centre.", ("Orton County Council", "funded", "Kelby Leisure Centre")),
])
def test_funding_works_on_a_named_building_funds_it(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text, fact", [
    ("Barset Healthcare NHS Foundation Trust completed its acquisition of Sandford Community Services NHS Trust on 1 October.",
     ("Sandford Community Services NHS Trust", "partOf", "Barset Healthcare NHS Foundation Trust")),
    ("Kelby Group's takeover of Orton Buses was approved by the regulator.", ("Orton Buses", "partOf", "Kelby Group")),
])
def test_a_bodys_acquisition_of_another_makes_it_a_part(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_acquiring_a_stake_or_a_building_makes_no_part(extract):
    assert not extract("Kelby Council completed its acquisition of a stake in Orton Energy.").relations


def test_a_unit_that_brings_bodies_together_has_them_as_members(extract):
    found = extract("The Orton Violence Reduction Unit, funded by the Home Office, brings together Orton Police, the county "
                    "council and NHS Orton.")
    assert {("Orton Police", "partOf", "Orton Violence Reduction Unit"), ("NHS Orton", "partOf", "Orton Violence Reduction Unit")} \
        <= _triples(found.relations)


def test_a_second_appointee_joined_to_the_first_posts_field_is_appointed_too(extract):
    found = extract("Kelby City Council leader Amina Yusuf has appointed Councillor Raj Patel as cabinet member for housing "
                    "and Councillor Lisa Ward as cabinet member for finance.")
    assert {("Amina Yusuf", "appointed", "Raj Patel"), ("Amina Yusuf", "appointed", "Lisa Ward")} <= _triples(found.relations)


def test_a_post_set_off_after_a_posts_place_describes_the_holder(extract):
    found = extract("Councillor Ann Booth has been chosen as the new Mayor of Orton, the ceremonial head of Orton Town Council.")
    assert "Person" not in {e.type for e in found.entities if e.name == "Orton"}
    assert ("Ann Booth", "partOf", "Orton Town Council") in _triples(found.relations)


def test_a_contracts_infinitive_is_done_by_whom_the_contract_went_to(extract):
    found = extract("NHS Kelby Integrated Care Board has awarded a ten-year contract to run the Orton Road Surgery to Barset "
                    "Health Partnership.")
    triples = _triples(found.relations)
    assert ("Orton Road Surgery", "partOf", "Barset Health Partnership") in triples
    assert ("Orton Road Surgery", "partOf", "NHS Kelby Integrated Care Board") not in triples


@pytest.mark.parametrize("text, fact", [
    ("The Kelby Plan was developed with Orton University.", ("Orton University", "created", "Kelby Plan")),
    ("Kelby Council adopted the Kelby Plan, drawn up with Orton University.", ("Orton University", "created", "Kelby Plan")),
])
def test_a_work_made_with_a_body_was_made_by_it_too(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_work_made_with_money_names_no_maker(extract):
    assert not [r for r in extract("The Kelby Plan was developed with funding from the Orton Trust.").relations
                if r.predicate == "created"]


@pytest.mark.parametrize("text, present", [
    ("Ysgol Kelby is maintained by Orton County Borough Council.", True),
    ("Kelby School maintained its good rating at the latest inspection.", False),
])
def test_a_school_maintained_by_a_council_is_its(extract, text, present):
    found = [r for r in extract(text).relations if r.predicate == "partOf"]
    assert bool(found) is present


@pytest.mark.parametrize("text, owner", [
    ("Ofsted praised the services. The partnership is made up of Kelby City Council and Orton Trust.", None),
    ("The Kelby Care Partnership was praised by Ofsted. The partnership is made up of Kelby City Council and Orton Trust.",
     "Kelby Care Partnership"),
])
def test_the_partnership_stands_only_for_a_name_that_says_so(extract, text, owner):
    owners = {r.object.name for r in extract(text).relations if r.predicate == "partOf"}
    assert owners == ({owner} if owner else set())


def test_its_in_a_clause_controlled_by_the_object_is_the_objects(extract):
    found = extract("Ofwat has banned Kelby Water from paying bonuses to its chief executive, Mark Lowe, this year.")
    assert ("Mark Lowe", "partOf", "Kelby Water") in _triples(found.relations)


@pytest.mark.parametrize("text, fined", [
    ("Ofwat told Kelby Water to review its chief executive's pay.", False),
    ("Ofwat told Kelby Water to pay £2 million to its customers.", True),
])
def test_told_to_pay_is_a_fine_only_with_a_sum_or_a_penalty(extract, text, fined):
    assert bool([r for r in extract(text).relations if r.predicate == "fined"]) is fined


@pytest.mark.parametrize("text, person, body", [
    ("Orton District Council resolved to appoint Tina Cole as acting chief executive.", "Tina Cole", "Orton District Council"),
    ("Sandford Borough Council appointed Adele Knight as interim Section 151 Officer.", "Adele Knight", "Sandford Borough Council"),
    ("The chief executive of Sandford Borough Council appointed Adele Knight as interim finance officer.", "Adele Knight",
     "Sandford Borough Council"),
])
def test_a_bare_post_filled_by_a_body_or_its_officer_is_the_bodys(extract, text, person, body):
    assert (person, "partOf", body) in _triples(extract(text).relations)


def test_a_bare_post_filled_at_anothers_request_is_not_the_askers(extract):
    assert not [r for r in extract("The Pensions Regulator asked Kelby Trustees to appoint a new chair.").relations
                if r.predicate == "partOf"]


@pytest.mark.parametrize("text", [
    "Kelby Borough Council agreed to keep its interim director, Paul Ward, for nine months.",
    "Kelby Borough Council agreed to extend the contract of its interim director, Paul Ward.",
    "Kelby Borough Council agreed to extend the appointment of its two interim directors, Paul Ward and Nina Shah, for nine months.",
])
def test_its_in_a_clause_controlled_by_the_subject_is_the_subjects(extract, text):
    assert ("Paul Ward", "partOf", "Kelby Borough Council") in _triples(extract(text).relations)


def test_a_court_named_in_the_fines_sentence_is_its_stated_agent(extract):
    facts = _facts(extract, "Barset Property Group Ltd pleaded guilty and was fined £14,000 at Orton Magistrates' Court.")
    assert ("Orton Magistrates' Court", "fined", "Barset Property Group Ltd", "14000", "court-venue") in facts
    earlier = _facts(extract, "Orton Magistrates' Court heard the case on Monday. Barset Property Group Ltd was fined £14,000.")
    assert ("Orton Magistrates' Court", "fined", "Barset Property Group Ltd", "14000", "implied-agent") in earlier


def test_a_business_described_before_its_name_is_the_body_named_next(extract):
    facts = _facts(extract, "A farming business in Sandford was fined £12,000 at Kelby Magistrates' Court. "
                            "Orton Stevens Limited had pleaded guilty to breaching health and safety law.")
    assert ("Kelby Magistrates' Court", "fined", "Orton Stevens Limited", "12000", "court-venue") in facts


def test_parts_of_a_sum_paid_out_with_going_to_are_the_payers_grants(extract):
    facts = {f[:4] for f in _facts(extract, "Orton Recycling Ltd was instructed to pay £100,000, with £55,000 going to "
                                            "Sandford Wildlife Trust and £45,000 to Kelby Parish Council.")}
    assert {("Orton Recycling Ltd", "funded", "Sandford Wildlife Trust", "55000"),
            ("Orton Recycling Ltd", "funded", "Kelby Parish Council", "45000")} <= facts
    received = _facts(extract, "Kelby Council received £2m, with £500,000 going to Orton Trust.")
    assert not [f for f in received if f[0] == "Kelby Council"]


@pytest.mark.parametrize("text, owned", [
    ("The Willows Care Home was rated inadequate. The CQC said it placed the home, run by Barset Care Consortium Limited, "
     "in special measures.", "Willows Care Home"),
    ("The CQC placed the home, run by Barset Care Consortium Limited, in special measures.", None),
])
def test_a_participle_set_off_after_the_object_describes_the_object(extract, text, owned):
    found = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"}
    assert found == ({(owned, "Barset Care Consortium Limited")} if owned else set())


def test_a_post_named_from_a_body_after_degrees_is_at_that_body(extract):
    found = extract("Simon Barker BA MA MRTPI from the Planning Inspectorate will examine the plan.")
    assert ("Simon Barker", "partOf", "Planning Inspectorate") in _triples(found.relations)


@pytest.mark.parametrize("text, present", [
    ("Kelby Estates Ltd has challenged Orton Borough Council's adoption of its Site Allocations Local Plan.", True),
    ("Orton Borough Council's adoption service was praised by Ofsted.", False),
])
def test_a_bodys_adoption_of_a_policy_is_its_introduction(extract, text, present):
    found = [r for r in extract(text).relations if r.predicate == "introduced"]
    assert bool(found) is present


@pytest.mark.parametrize("text, pairs", [
    ("Kelby District Council and Orton District Council have saved £90,000 a year since appointing a joint chief executive.",
     {("Kelby District Council", "Orton District Council")}),
    ("Barset Borough Council and Sandford Borough Council have agreed to expand their shared services.",
     {("Barset Borough Council", "Sandford Borough Council")}),
    ("Orton District Council and Sandford District Council run a joint trading standards service with Barset Council.",
     {("Orton District Council", "Sandford District Council"), ("Orton District Council", "Barset Council"),
      ("Sandford District Council", "Barset Council")}),
    ("Kelby Council and Orton Council have shared concerns about the plan.", set()),
])
def test_bodies_that_act_jointly_or_share_what_they_run_are_partners(extract, text, pairs):
    found = {tuple(sorted((r.subject.name, r.object.name))) for r in extract(text).relations if r.predicate == "partneredWith"}
    assert found == {tuple(sorted(p)) for p in pairs}


def test_an_ombudsman_named_besides_the_regulator_leaves_it_the_implied_fining_body(extract):
    facts = {f[:4] for f in _facts(extract, "A council has been fined £250,000 after it published addresses.\n\nThe Information "
                                            "Commissioner's Office said Barset Council had failed.\n\nBarset Council also referred "
                                            "itself to the Local Government and Social Care Ombudsman.")}
    assert ("Information Commissioner's Office", "fined", "Barset Council", "250000") in facts
    assert not [f for f in facts if f[1] == "fined" and "Ombudsman" in f[0]]


@pytest.mark.parametrize("text, partnered", [
    ('"We are working with Barset County Council," said Sue Baxter, leader of Orton Borough Council.', True),
    ('Orton Borough Council leader Sue Baxter said: "We are working with Barset County Council."', True),
    ('Orton Borough Council was praised. Council leader Sue Baxter said the findings were fair. "We are working with Barset '
     'County Council as our improvement partner," she said.', True),
    ('"We are working with Barset County Council," said Sue Baxter.', False),
])
def test_a_quoted_we_is_the_body_of_the_one_quoted(extract, text, partnered):
    found = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partneredWith"}
    assert (("Orton Borough Council", "Barset County Council") in found) is partnered


@pytest.mark.parametrize("text", [
    "Kelby Trust will open the Sandford Diagnostic Centre. The £38 million centre is funded by NHS England.",
    "Kelby Trust will open the Sandford Diagnostic Centre. The £38 million centre is being built with Sandford University "
    "and is funded by NHS England.",
])
def test_the_centre_with_its_price_before_it_is_the_named_centre_funded(extract, text):
    facts = {f[:4] for f in _facts(extract, text)}
    assert ("NHS England", "funded", "Sandford Diagnostic Centre", "38000000") in facts


def test_a_sum_noun_with_its_price_is_still_the_sum(extract):
    facts = {f[:3] for f in _facts(extract, "The Orton Fund launched in May. A £5,000 grant was awarded by Barset Council.")}
    assert not [f for f in facts if f[1] == "funded"]


def test_names_listed_with_their_own_sums_after_a_sum_share_its_relation(extract):
    facts = {f[:4] for f in _facts(extract, "Kelby City Council will receive £5.2 million, Orton Council £4.1 million and Barset "
                                            "Council £2.7 million, the Department for Education announced on Tuesday.")}
    assert {("Department for Education", "funded", "Kelby City Council", "5200000"),
            ("Department for Education", "funded", "Orton Council", "4100000"),
            ("Department for Education", "funded", "Barset Council", "2700000")} <= facts
    fines = {f[:4] for f in _facts(extract, "Ofwat fined Kelby Water £1m, Orton Water £2m and Barset Water £3m last year.")}
    assert ("Ofwat", "fined", "Barset Water", "3000000") in fines


@pytest.mark.parametrize("text, funded", [
    ("Kelby Council will receive £5m, the Department for Education confirmed.", True),
    ("Kelby Council was awarded £50,000, Orton Trust said on Monday.", False),
])
def test_a_body_announcing_a_grant_after_the_clause_is_its_giver(extract, text, funded):
    found = [r for r in extract(text).relations if r.predicate == "funded"]
    assert bool(found) is funded


def test_a_police_and_crime_commissioner_is_no_part_of_the_force(extract):
    found = extract("Barset Constabulary was inspected. Barset's police and crime commissioner, Linda Cole, said she would act.")
    assert not [r for r in found.relations if r.predicate == "partOf" and r.subject.name == "Linda Cole"]


@pytest.mark.parametrize("text, force", [
    ("Barset Constabulary was inspected by HMICFRS. Chief Constable Tom Hayes said Barset Constabulary had set up a new unit.",
     "Barset Constabulary"),
    ("Kelby Police was inspected. Chief Constable Tom Hayes said it would act.", "Kelby Police"),
])
def test_a_chief_constable_with_no_force_named_is_the_forces_named_before(extract, text, force):
    assert ("Tom Hayes", "partOf", force) in _triples(extract(text).relations)


@pytest.mark.parametrize("text, pairs", [
    ("The project brings together researchers from Orton University and Barset Institute of Technology with the charity "
     "Age Concern Sandford.", {("Orton University", "Barset Institute of Technology"), ("Orton University", "Age Concern Sandford"),
                               ("Barset Institute of Technology", "Age Concern Sandford")}),
    ("The event will bring Kelby Council together with Orton Trust.", {("Kelby Council", "Orton Trust")}),
    ("The summit brought together leaders from across Kelby.", set()),
])
def test_bodies_a_project_brings_together_are_partners(extract, text, pairs):
    found = {tuple(sorted((r.subject.name, r.object.name))) for r in extract(text).relations if r.predicate == "partneredWith"}
    assert found == {tuple(sorted(p)) for p in pairs}


def test_a_participle_right_after_a_name_the_parser_hung_on_the_clause_describes_the_name(extract):
    found = extract("The project received £1.2 million from the Local Digital Fund run by the Ministry of Justice.")
    assert _triples(found.relations) & {("Local Digital Fund", "partOf", "Ministry of Justice")}
    assert not [r for r in found.relations if r.predicate == "partOf" and r.subject.name != "Local Digital Fund"]


@pytest.mark.parametrize("text", [
    "The Charity Commission has appointed an interim manager to run Kelby Night Shelter. Rachel Byrne will take up the role.",
    "The Charity Commission has opened an inquiry into Kelby Night Shelter and appointed an interim manager to run the "
    "charity. Accountant Rachel Byrne has been appointed as interim manager.",
])
def test_a_manager_appointed_to_run_a_body_holds_the_post_at_that_body(extract, text):
    found = _triples(extract(text).relations)
    assert {("Charity Commission", "appointed", "Rachel Byrne"), ("Rachel Byrne", "partOf", "Kelby Night Shelter")} <= {
        (s.removeprefix("The "), p, o) for s, p, o in found}
    assert not [t for t in found if t[1] == "partOf" and "Commission" in t[2]]


@pytest.mark.parametrize("text, funder", [
    ("Kelby Trust receives most of its income from Orton Council.", "Orton Council"),
    ("Kelby Night Shelter was praised by the Charity Commission. The charity receives most of its income from Orton "
     "Council.", "Orton Council"),
    ("Kelby Trust receives most of its income from donations.", None),
])
def test_income_received_from_a_body_is_its_funding(extract, text, funder):
    found = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "funded"}
    assert {f for f, _ in found} == ({funder} if funder else set())
    assert not [o for _, o in found if "Commission" in o]


@pytest.mark.parametrize("text, joined", [
    ("Orton Park Primary School has been rated outstanding by Ofsted, two years after it joined the Kelby Learning "
     "Partnership.", True),
    ("The CQC prosecuted Kelby Trust after it joined the Orton Group.", False),
])
def test_it_in_the_same_sentence_is_the_passive_subject_not_its_agent(extract, text, joined):
    found = [r for r in extract(text).relations if r.predicate == "partOf"]
    assert bool(found) is joined and not [r for r in found if r.subject.name in {"Ofsted", "Care Quality Commission"}]


@pytest.mark.parametrize("text, funded", [
    ("The Kelby Foundation has pledged £500,000 to Orton Hospice.", True),
    ("Kelby Council has pledged to cut emissions by half.", False),
])
def test_a_sum_pledged_to_a_body_is_a_grant(extract, text, funded):
    assert bool([r for r in extract(text).relations if r.predicate == "funded"]) is funded


def test_a_listing_grade_is_no_entity(extract):
    assert not [e for e in extract("The building was listed at Grade II* in 2001.").entities if e.name.startswith("Grade")]


def test_its_on_the_speaker_after_a_said_clause_is_what_the_clause_is_about(extract):
    found = extract("The ICO fined Kelby Council. The council will appeal, its chief executive, Jo Bloggs, said.")
    assert ("Jo Bloggs", "partOf", "Kelby Council") in _triples(found.relations)


@pytest.mark.parametrize("text, pair", [
    ("The scheme was developed with the Kelby Chamber of Commerce, whose chief executive, Priya Shah, said employers had "
     "struggled.", ("Priya Shah", "Kelby Chamber of Commerce")),
    ("The grant went to Priya Shah, whose chief executive, Jo Bloggs, welcomed it.", None),
])
def test_whose_post_is_at_the_body_named_right_before(extract, text, pair):
    found = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"}
    assert found == ({pair} if pair else set())


def test_money_distributed_to_a_body_is_a_grant(extract):
    found = extract("The Energy Saving Trust will distribute the money to charities including Barset Warm Homes.")
    assert ("Energy Saving Trust", "funded", "Barset Warm Homes") in _triples(found.relations)


def test_the_holder_set_beside_an_auditors_office_is_part_of_its_body(extract):
    found = extract("In a report published on Wednesday, the Auditor General for Wales, Adrian Cole, said the council had failed.")
    assert ("Adrian Cole", "partOf", "Audit Wales") in _triples(found.relations)


def test_a_gapped_list_after_a_sum_the_tagger_left_unmarked_shares_the_fine(extract):
    found = [r for r in extract("Orton Water was fined £2m, Barset Water £3m and Sandford Water £4m by Ofwat.").relations
             if r.predicate == "fined"]
    amounts = {r.object.name: str(r.amount.value) for r in found if r.amount}
    assert amounts.get("Barset Water") == "3000000" and amounts.get("Sandford Water") == "4000000"
    base = next(r for r in found if r.object.name == "Orton Water")
    assert all(r.confidence <= base.confidence for r in found if r.rule == "gapped-sum")


def test_a_one_word_gathering_verb_is_read_in_any_form(extract):
    found = extract("The project unites researchers from Orton University and Barset College.")
    assert {("Orton University", "Barset College"), ("Barset College", "Orton University")} & {
        (r.subject.name, r.object.name) for r in found.relations if r.predicate == "partneredWith"}


@pytest.mark.parametrize("text, owner", [
    ("Leeds City Council has appointed a new director. Its children's services department was rated inadequate by Ofsted.", "Leeds City Council"),
    ("Acme Care Ltd runs six homes. Its home care service was rated good by the Care Quality Commission.", "Acme Care Ltd"),
])
def test_its_part_as_the_subject_stands_for_the_body_the_sentence_before_was_about(extract, text, owner):
    found = [r for r in extract(text).relations if r.predicate == "inspected"]
    assert [r.object.name for r in found] == [owner]


@pytest.mark.parametrize("text, expected", [
    ("The Department for Education has sent in a commissioner, Alan Pryce, to oversee the council.", True),
    ("The council has sent in its report, Kelby Futures, to the Department for Education.", False),
])
def test_a_body_that_sends_in_a_named_officer_appoints_them(extract, text, expected):
    found = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "appointed"}
    assert bool(found) is expected and (not expected or found == {("Department for Education", "Alan Pryce")})


@pytest.mark.parametrize("text, fined_by_court", [
    ("Kelby Council pleaded guilty and was fined £180,000. Orton Grounds Ltd was fined £80,000 at Barset Magistrates' Court.", True),
    ("Kelby Council pleaded guilty under the Health and Safety at Work etc. Act 1974 and was fined £180,000. Orton Grounds Ltd "
     "was fined £80,000 at Barset Magistrates' Court.", True),
    ("Kelby Council was fined £180,000 in March. Orton Grounds Ltd was fined £80,000 at Barset Magistrates' Court in May.", False),
])
def test_co_defendants_fines_told_together_with_no_time_of_their_own_share_the_court(extract, text, fined_by_court):
    found = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "fined"}
    assert (("Barset Magistrates' Court", "Kelby Council") in found) is fined_by_court
    assert ("Barset Magistrates' Court", "Orton Grounds Ltd") in found


@pytest.mark.parametrize("text, body", [
    # a loose private kind ('the charity') is no council named before it
    ("Orton Young Carers will open drop-in sessions.\n\nThe project will be run with Barset County Council.\n\n"
     "The charity's chief executive, Amira Nolan, said it was good news.", "Orton Young Carers"),
    # a place before the kind only says where the charity is; the name that opens the next sentence is the charity
    ("A Leeds charity has been awarded £48,000. Orton Young Carers will use the grant with Sandford Primary Care Network.\n\n"
     "The charity's chief executive, Amira Nolan, said it was good news.", "Orton Young Carers"),
])
def test_the_charity_is_the_body_introduced_as_one_not_the_nearest_council_or_place(extract, text, body):
    found = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"}
    assert found == {("Amira Nolan", body)}


@pytest.mark.parametrize("text", [
    "The Charity Commission for England and Wales has opened a statutory inquiry into Orton Community Pantry.",
    "The Charity Commission has opened a statutory inquiry into Orton Community Pantry.",
])
def test_a_regulator_known_by_its_official_name_with_the_opens_inquiries(extract, text):
    found = [r for r in extract(text).relations if r.predicate == "inspected"]
    assert [(r.subject.name.removeprefix("The "), r.object.name) for r in found] == [("Charity Commission", "Orton Community Pantry")]


def test_money_received_from_a_bodys_unnamed_scheme_came_from_that_body(extract):
    found = extract("Orton Young Carers has been awarded £48,000 by the National Lottery Community Fund. Last year the charity "
                    "received £25,000 from Barset County Council's community grants scheme.")
    funders = {(r.subject.name, str(r.amount.value)) for r in found.relations if r.predicate == "funded" and r.amount}
    assert ("Barset County Council", "25000") in funders and ("National Lottery Community Fund", "25000") not in funders


@pytest.mark.parametrize("text, inspected", [
    ("Leeds City Council has appointed a new director. The department was rated inadequate by Ofsted in March.", {"Leeds City Council"}),
    ("Leeds City Council has appointed a new director. The service was rated inadequate by Ofsted in March.", {"Leeds City Council"}),
    # the part of a body the sentence names itself is that body's, and a regulator owns no part it inspects
    ("Leeds City Council has appointed a new director. The probation service was rated inadequate by Ofsted.", set()),
    ("The Care Quality Commission visited in May. The service was rated good by the Care Quality Commission.", set()),
])
def test_the_department_with_no_owner_is_the_part_of_the_body_the_story_is_about(extract, text, inspected):
    assert {r.object.name for r in extract(text).relations if r.predicate == "inspected"} == inspected


@pytest.mark.parametrize("text, fact", [
    ("Orton Homes has launched a repairs app for its tenants. The app, called FixIt, was developed with tenants.",
     ("Orton Homes", "launched", "FixIt")),
    ("Orton Homes has published a report on damp. The report, Mould Matters, found 300 homes affected.",
     ("Orton Homes", "published", "Mould Matters")),
])
def test_a_thing_brought_in_with_a_is_the_one_the_next_sentence_names_beside_its_kind(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_thing_brought_in_with_a_is_not_another_kind_named_next(extract):
    found = extract("Orton Homes has launched a repairs app. The report, Mould Matters, found 300 homes affected.")
    assert not [r for r in found.relations if r.object.name == "Mould Matters"]


@pytest.mark.parametrize("place", ["Kelby", "Leeds"])
def test_a_company_named_in_the_next_sentence_is_fined_whatever_place_describes_it(extract, place):
    found = extract(f"A {place} company that made calls has been fined £120,000 by the Information Commissioner's Office.\n\n"
                    "Orton Home Improvements Ltd called people without their consent, the ICO said.")
    assert ("Information Commissioner's Office", "fined", "Orton Home Improvements Ltd") in _triples(found.relations)
    assert not [e for e in found.entities if e.name.startswith("A ")]


@pytest.mark.parametrize("text, target", [
    ("The ICO issued an enforcement notice requiring Kelby Council to respond to requests.", "Kelby Council"),
    ("The Information Commissioner's Office has fined Orton Calls Ltd £80,000. The regulator also issued an enforcement "
     "notice ordering the firm to stop making the calls.", "Orton Calls Ltd"),
])
def test_a_notice_ordering_a_body_to_act_is_issued_to_that_body(extract, text, target):
    assert ("Information Commissioner's Office", "criticised", target) in _triples(extract(text).relations)


@pytest.mark.parametrize("text, appointer", [
    ("Orton Leisure Ltd has won a contract to run Kelby District Council's four leisure centres.", "Kelby District Council"),
    ("Orton Leisure Ltd has won a 15-year contract to run four leisure centres owned by Kelby District Council.", "Kelby District Council"),
    ("Orton Leisure Ltd has won a contract to run four centres currently run by Sandford Leisure Ltd.", None),
])
def test_the_owner_of_what_a_contract_is_to_run_let_it(extract, text, appointer):
    found = extract(text).relations
    assert {(r.subject.name, r.object.name) for r in found if r.predicate == "appointed"} == ({(appointer, "Orton Leisure Ltd")} if appointer else set())
    assert not [r for r in found if r.subject.name == "Sandford Leisure Ltd"]  # (the operator it takes over from is no part of it)


@pytest.mark.parametrize("lines, expected", [
    ("- £62,000 – Barset Women's Aid\n- £48,500 – Orton Refuge Trust", {("Barset Women's Aid", "62000"), ("Orton Refuge Trust", "48500")}),
    ("- £62,000 – Barset Women's Aid (abuse services)\n- £48,500 – Orton Refuge Trust (sexual violence services)",
     {("Barset Women's Aid", "62000"), ("Orton Refuge Trust", "48500")}),
    # a sum, a dash and a sentence about a body is no list item
    ("- £62,000 – the sum Barset Women's Aid asked for\n- £48,500 – what Orton Refuge Trust spent", set()),
])
def test_list_lines_with_the_sum_first_and_a_dash_name_the_grantees(extract, lines, expected):
    found = extract("The Barset Community Foundation has awarded grants as follows:\n" + lines).relations
    assert {(r.object.name, str(r.amount.value)) for r in found if r.predicate == "funded" and r.amount} == expected


@pytest.mark.parametrize("text, held", [
    ("The board of Kelby Water has appointed Simon Todd as interim chair following the resignation of Clare Moss.", True),
    ("Following the retirement of Clare Moss, Simon Todd has been appointed chief executive of Kelby Water.", True),
    ("Kelby Water has appointed Simon Todd as chair after the publication of Clare Moss's report.", False),
])
def test_the_one_whose_leaving_an_appointment_follows_held_the_post(extract, text, held):
    found = _triples(extract(text).relations)
    assert (("Clare Moss", "partOf", "Kelby Water") in found) is held


@pytest.mark.parametrize("text, expected", [
    ("Barset Council has confirmed Sue Kaye, who has been acting chief executive since March, in the role permanently.", True),
    ("The council confirmed its role in the Kelby Partnership.", False),
])
def test_a_body_that_confirms_someone_in_a_role_appoints_them(extract, text, expected):
    assert bool([r for r in extract(text).relations if r.predicate == "appointed"]) is expected


@pytest.mark.parametrize("text, fact", [
    ("A report by Audit Scotland has found that Orton Council lacks a clear plan to close its budget gap.",
     ("Audit Scotland", "criticised", "Orton Council")),
    ("An investigation by the Information Commissioner's Office found that Kelby Council had failed to protect data.",
     ("Information Commissioner's Office", "criticised", "Kelby Council")),
])
def test_a_work_by_a_body_that_finds_failings_stands_for_the_body(extract, text, fact):
    found = [r for r in extract(text).relations if (r.subject.name, r.predicate, r.object.name) == fact]
    assert found and found[0].rule != "implied-agent+coref"


def test_finding_that_families_lack_money_criticises_no_one(extract):
    assert not [r for r in extract("The Kelby Foundation found that Orton families lack money.").relations if r.predicate == "criticised"]


@pytest.mark.parametrize("text, pair", [
    ("The council's development company, Barset Homes Ltd, working with Kelby Living, will build 300 homes.",
     ("Barset Homes Ltd", "Kelby Living")),
    ("Barset Council's housing team, working with Kelby Living, will build homes.", ("Barset Council", "Kelby Living")),
])
def test_a_participle_set_off_after_a_named_body_is_said_of_that_body_not_its_owner(extract, text, pair):
    found = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partneredWith"}
    assert pair in found or pair[::-1] in found
    assert not {("Barset Council", "Kelby Living"), ("Kelby Living", "Barset Council")} & found or pair[0] == "Barset Council"


def test_it_after_a_passive_is_its_subject_not_its_agent(extract):
    found = extract("The Centre for Local Net Zero is funded by UK Research and Innovation. It will be based in Sandford. "
                    "Its director, Professor Alan Cho, said councils wanted evidence.")
    assert ("Alan Cho", "partOf", "Centre for Local Net Zero") in _triples(found.relations)
    assert not [r for r in found.relations if r.subject.name == "UK Research and Innovation" and r.predicate == "locatedIn"]


@pytest.mark.parametrize("text, launched", [
    ("Orton University has launched a £12m research centre. The Centre for Local Net Zero is funded by UK Research and Innovation.",
     "Centre for Local Net Zero"),
    ("Orton University has launched a research centre. The Kelby Trust will open it in May.", None),
    ("Barset County Council has built a shared data platform. The Barset Linked Dataset holds records on 600,000 residents.",
     "Barset Linked Dataset"),
    ("The council runs the Kelby Hub. Barset County Council has built a data platform. The Kelby Hub will promote it.", None),
])
def test_a_thing_brought_in_with_a_is_the_name_headed_by_its_noun_that_opens_the_next_sentence(extract, text, launched):
    found = {r.object.name for r in extract(text).relations if r.predicate in {"launched", "created"} and r.subject.name != "Kelby Trust"}
    assert found == ({launched} if launched else set())


@pytest.mark.parametrize("text, creator", [
    ("Barset County Council commissioned the Orton Institute to carry out an independent review of its services. "
     "The Review of SEND Services in Barset, published last week, made 24 recommendations.", "Orton Institute"),
    ("Kelby Council worked with Orton Trust to create the Kelby Hub.", "Kelby Council"),
])
def test_the_body_named_right_before_to_is_who_does_what_the_infinitive_says(extract, text, creator):
    found = {r.subject.name for r in extract(text).relations if r.predicate == "created"}
    assert creator in found and "Barset County Council" not in found


def test_a_counted_kind_is_the_list_of_that_many_names_holding_its_noun_in_the_next_sentence(extract):
    found = extract("Three universities have launched a research centre. The Centre for Local Net Zero is a partnership between "
                    "the University of Kelby, Barset University and Orton Metropolitan University.")
    assert {r.subject.name for r in found.relations if r.predicate == "launched"} == {
        "University of Kelby", "Barset University", "Orton Metropolitan University"}


def test_a_thing_developed_with_money_from_a_body_was_funded_by_it(extract):
    found = extract("The Kelby Hub was developed with the University of Sandford, with £1.2m from the Health Foundation.")
    assert ("Health Foundation", "funded", "Kelby Hub") in _triples(found.relations)


def test_it_after_a_policy_named_with_and_is_that_policy(extract):
    found = extract("Kelby City Council has adopted a five-year strategy to end rough sleeping. The Kelby Homelessness and Rough "
                    "Sleeping Strategy 2026-2031 sets out plans for 120 homes. It was drawn up with Orton Housing Trust.")
    triples = _triples(found.relations)
    assert ("Kelby City Council", "introduced", "Kelby Homelessness and Rough Sleeping Strategy 2026-2031") in triples
    assert ("Orton Housing Trust", "created", "Kelby Homelessness and Rough Sleeping Strategy 2026-2031") in triples


def test_a_report_from_a_body_named_beside_the_noun_in_the_next_sentence_is_the_bodys(extract):
    found = extract("Profits are high, according to a report from the Kelby Institute. The report, Profiting from Care, "
                    "was written by Dr Nadia Bell.")
    assert ("Kelby Institute", "published", "Profiting from Care") in _triples(found.relations)


@pytest.mark.parametrize("text, expected", [
    ("Kelby Environmental Ltd, a wholly owned company of Kelby District Council, will employ the staff.", True),
    ("Kelby Environmental Ltd is a wholly owned company of Kelby District Council.", True),
    ("Kelby Environmental Ltd is a company of 40 staff based near Kelby District Council's offices.", False),
])
def test_a_wholly_owned_company_of_a_body_is_part_of_it(extract, text, expected):
    assert (("Kelby Environmental Ltd", "partOf", "Kelby District Council") in _triples(extract(text).relations)) is expected


@pytest.mark.parametrize("text", [
    "A children's home in Kelby has been rated inadequate by Ofsted.\n\nOrton House, which is operated by Barset Care Group, "
    "cares for four children.",
    "Orton House cares for four children. The home was rated good by Ofsted.",
])
def test_a_care_home_is_named_as_houses_are(extract, text):
    assert ("Ofsted", "inspected", "Orton House") in _triples(extract(text).relations)


def test_a_list_item_named_after_its_kind_is_not_the_first_items_apposition(extract):
    found = extract("The Kelby Housing Strategy was drawn up with Orton Housing Trust, the charity Barset Outreach and the "
                    "Sandford Integrated Care Board.")
    assert {r.subject.name for r in found.relations if r.predicate == "created"} == {
        "Orton Housing Trust", "Barset Outreach", "Sandford Integrated Care Board"}


def test_money_from_another_body_is_no_size_of_what_was_made(extract):
    found = extract("The Kelby Hub was developed with the University of Sandford, with £1.2m from the Health Foundation.").relations
    created = [r for r in found if r.predicate == "created"]
    assert created and all(r.amount is None for r in created)
    assert [str(r.amount.value) for r in found if r.predicate == "funded"] == ["1200000"]


@pytest.mark.parametrize("text, fined", [
    ("Sandford Energy must pay £2m into Ofgem's redress fund after missing deadlines.", True),
    ("Kelby Council will pay £2m into its pension fund.", False),
])
def test_money_paid_into_a_regulators_fund_is_its_payment_order(extract, text, fined):
    assert bool([r for r in extract(text).relations if r.predicate == "fined"]) is fined


@pytest.mark.parametrize("text, pairs", [
    ("A consortium led by Kelby University, with Barset College and Orton Chamber of Commerce, has won £3m to run a skills bootcamp.",
     {("Kelby University", "Barset College"), ("Kelby University", "Orton Chamber of Commerce")}),
    ("A consortium of Kelby University, Barset College and Orton Chamber of Commerce has won £3m.",
     {("Kelby University", "Barset College"), ("Kelby University", "Orton Chamber of Commerce"), ("Barset College", "Orton Chamber of Commerce")}),
])
def test_the_bodies_an_unnamed_group_is_of_or_led_with_are_partners(extract, text, pairs):
    found = {tuple(sorted((r.subject.name, r.object.name))) for r in extract(text).relations if r.predicate == "partneredWith"}
    assert {tuple(sorted(p)) for p in pairs} <= found


def test_what_a_clause_says_according_to_an_inspection_by_a_regulator_was_inspected(extract):
    found = extract("Kelby Care Ltd has serious failings, according to an inspection by the Care Quality Commission.").relations
    assert [(r.subject.name, r.object.name, r.rule) for r in found if r.predicate == "inspected"] == [
        ("Care Quality Commission", "Kelby Care Ltd", "nominal")]


def test_a_leaving_named_in_a_verbless_sentence_ends_the_search_for_its_verb(extract):
    found = extract("Kelby Water has appointed Simon Todd as chair. The resignation of Clare Moss.")
    assert ("Kelby Water", "appointed", "Simon Todd") in _triples(found.relations)  # (it used to loop at the sentence's root)


def test_a_kind_named_known_at_the_end_of_an_article_names_nothing(extract):
    found = extract("Orton Homes has launched a repairs app. The app, known")
    assert not [r for r in found.relations if r.predicate == "launched"]


@pytest.mark.parametrize("text, body", [
    ("Dan Whitely, funding director at Kelby Council, said the awards were good.", "Kelby Council"),
    ("Dan Whitely, England funding director at The National Lottery Community Fund, said the awards were good.",
     "National Lottery Community Fund"),
    ("Dan Whitely, funding director at the Charity Commission, said the awards were good.", "Charity Commission"),
])
def test_a_post_made_the_subject_of_said_with_the_name_hung_apart_is_the_names(extract, text, body):
    found = [(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"]
    assert [(s, o.removeprefix("The ")) for s, o in found] == [("Dan Whitely", body)]


def test_a_place_after_a_names_comma_is_no_post(extract):
    assert not [r for r in extract("Dan Whitely, Leeds, said the awards were good at Kelby Council.").relations if r.predicate == "partOf"]


@pytest.mark.parametrize("text, funded", [
    ("Some £48m has been awarded by The National Lottery Community Fund.\n\nProjects that received funding include Tide Turners, "
     "a social enterprise. It has received £9,500 to buy a minibus.", True),
    ("Some £48m has been awarded by The National Lottery Community Fund.\n\nProjects that received funding include Tide Turners "
     "and Kelby Aid. It has received £9,500 to buy a minibus.", False),  # ('it' cannot be one of two)
])
def test_it_after_a_plural_listing_one_named_body_is_that_body(extract, text, funded):
    found = [(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "funded"]
    assert (("National Lottery Community Fund", "Tide Turners") in found) is funded


@pytest.mark.parametrize("text, pairs", [
    ("One project is a joint £120,000 initiative between Kelby City Council, Barset District Council and Orton Borough Council.",
     {("Kelby City Council", "Barset District Council"), ("Kelby City Council", "Orton Borough Council"),
      ("Barset District Council", "Orton Borough Council")}),
    ("The initiative between Kelby City Council and Barset District Council ended.", set()),  # (no 'joint')
    ("Delivered by Orton Borough Council and the Greater London Authority, a third project will look at planning.",
     {("Greater London Authority", "Orton Borough Council")}),
    ("The scheme is run by Orton Borough Council and the Greater London Authority.", {("Greater London Authority", "Orton Borough Council")}),
    ("The schemes are run by Orton Borough Council and the Greater London Authority.", set()),  # (each may run its own)
    ("The review was carried out by Orton Borough Council and the Greater London Authority.", set()),  # (no making verb)
    ("A further £300,000 will go to a project led by Sandford Metropolitan Borough Council, working with Leeds City Council, "
     "to give social workers better information.", {("Leeds City Council", "Sandford Metropolitan Borough Council")}),
])
def test_joint_initiatives_between_bodies_and_things_made_by_two_bodies_are_partnerships(extract, text, pairs):
    found = {tuple(sorted((r.subject.name, r.object.name))) for r in extract(text).relations if r.predicate == "partneredWith"}
    assert found == {tuple(sorted(p)) for p in pairs}


@pytest.mark.parametrize("text, held", [
    ("Inspectors visited HMP Kelby. Mark Ellison, the governor, said staff were working hard.", True),
    ("Inspectors visited HMP Kelby. Charlie Taylor said a new governor, Mark Ellison, had a clear grasp of the problems.", True),
    ("The Bank of England said rates would rise. Andrew Bailey, the governor, said inflation was high.", False),  # (no prison)
])
def test_a_governor_with_no_body_named_is_the_named_prisons(extract, text, held):
    found = [(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"]
    assert bool([p for p in found if p[1] == "HMP Kelby"]) is held
    assert not [p for p in found if p[1] == "Bank of England"]


@pytest.mark.parametrize("text, predicate", [
    ("Barset Police has been placed into an enhanced level of monitoring by the Kelby Inspectorate.", "criticised"),
    ("Kelby Council received a high level of funding from the Arts Council.", "funded"),
])
def test_a_level_or_form_of_a_triggers_noun_counts_as_the_noun(extract, text, predicate):
    assert [r.predicate for r in extract(text).relations] == [predicate]


@pytest.mark.parametrize("text, expected", [
    ("The programme WorkWell Kelby is paid for by the Department for Work and Pensions, with the Kelby and Barset Integrated "
     "Care Board contributing a further £600,000.",
     {("Department for Work and Pensions", None), ("Kelby and Barset Integrated Care Board", 600000)}),
    ("WorkWell Kelby received £2m from the Department for Work and Pensions, with the Kelby and Barset Integrated Care Board "
     "providing £600,000.", {("Department for Work and Pensions", 2000000), ("Kelby and Barset Integrated Care Board", 600000)}),
])
def test_a_with_clause_giving_a_sum_funds_what_the_main_verb_funds_and_keeps_its_sum(extract, text, expected):
    found = {(r.subject.name, r.amount.value if r.amount else None) for r in extract(text).relations
             if r.predicate == "funded" and r.object.name == "WorkWell Kelby"}
    assert found == expected


def test_a_prison_named_with_hmp_is_the_prison_a_governor_heads_over_a_service_named_for_prisons(extract):
    found = extract("Inspectors visited HMP Kelby in June.\n\nA spokesperson for HM Prison and Probation Service said a new governor, "
                    "Dawn Hale, had been appointed.").relations
    assert [(r.subject.name, r.object.name) for r in found if r.predicate == "partOf"] == [("Dawn Hale", "HMP Kelby")]


@pytest.mark.parametrize("text, expected", [
    ("The Kelby High Streets Fund is providing £52m, the Department for Culture, Media and Sport £40m and the National "
     "Lottery Heritage Fund £3m.", set()),  # (givers listed after the verb's own sum, with no one given to)
    ("Kelby Council will receive £5.2m, the Orton Council £4.1m and Barset Council £2.7m from the Arts Council.",
     {("Arts Council", "Kelby Council", 5200000), ("Arts Council", "Orton Council", 4100000), ("Arts Council", "Barset Council", 2700000)}),
    ("Kelby Town Council's market square scheme has been awarded £750,000 from the Towns Fund.", {("Towns Fund", "Kelby Town Council", 750000)}),
])
def test_gapped_givers_fund_nothing_and_a_bodys_scheme_stands_for_it(extract, text, expected):
    found = {(r.subject.name, r.object.name, r.amount.value if r.amount else None) for r in extract(text).relations if r.predicate == "funded"}
    assert found == expected


def test_a_contract_awarded_with_its_worth_between_names_its_winner_after_the_worth(extract):
    found = extract("Sandford District Council has awarded a seven-year waste and recycling contract worth £48m to Veolia.").relations
    assert [(r.subject.name, r.predicate, r.object.name) for r in found] == [("Sandford District Council", "appointed", "Veolia")]


def test_a_speaker_the_parser_made_a_reported_verbs_object_is_none_of_its_objects(extract):
    found = extract("Kelby City Council's private sector housing team has issued more than £300,000 in civil penalties to landlords "
                    "since 2021, the council's cabinet member for housing, Councillor Amir Khan, said.").relations
    assert not [r for r in found if r.predicate == "fined"]
    assert [(r.subject.name, r.object.name) for r in found if r.predicate == "partOf"] == [("Amir Khan", "Kelby City Council")]


def test_a_finite_verb_the_parser_hung_on_a_name_made_the_root_has_that_name_as_subject(extract):
    found = extract("Audit Wales has warned that Kelby County Borough Council is not doing enough.\n\nIn a report, the auditor "
                    "general said the council had relied too heavily on its reserves.\n\nEstyn, the education inspectorate, separately "
                    "rated the council's education services as adequate and needing improvement.").relations
    assert ("Estyn", "inspected", "Kelby County Borough Council") in _triples(found)


@pytest.mark.parametrize("text, appointed", [
    ("Barset Arts Trust has welcomed two new trustees to its board, the broadcaster Sam Cole and the accountant Jane Fry.",
     {("Barset Arts Trust", "Sam Cole"), ("Barset Arts Trust", "Jane Fry")}),
    ("Barset Arts Trust has appointed two new trustees to its board, the broadcaster Sam Cole and the accountant Jane Fry, "
     "who start in May.", set()),  # (the list does not run to the sentence's end)
])
def test_people_described_after_a_comma_ending_the_sentence_are_the_counted_plural_objects(extract, text, appointed):
    assert {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "appointed"} == appointed


def test_a_confirmed_reappointment_with_its_post_hung_on_the_appointee_names_the_posts_body(extract):
    found = extract("The Welsh Government has confirmed the reappointment of Huw Morgan as chief executive of Kelby Natural "
                    "Resources for a further three years.").relations
    assert {("Welsh Government", "appointed", "Huw Morgan"), ("Huw Morgan", "partOf", "Kelby Natural Resources")} <= _triples(found)


@pytest.mark.parametrize("text, pairs", [
    ("The project brings together academics from the University of Kelby with the public health team at Kelby City Council.",
     {("Kelby City Council", "University of Kelby")}),
    ("The festival brings together artists from Leeds.", set()),
])
def test_bodies_the_people_a_gathering_verb_brings_together_come_from_are_partners(extract, text, pairs):
    found = {tuple(sorted((r.subject.name, r.object.name))) for r in extract(text).relations if r.predicate == "partneredWith"}
    assert found == pairs


def test_a_programme_described_by_a_misparsed_apposition_is_what_the_participle_says_is_run(extract):
    found = extract("Funding will come from the Rough Sleeping Initiative, a government grant programme run by the Ministry of "
                    "Justice.").relations
    assert ("Rough Sleeping Initiative", "partOf", "Ministry of Justice") in _triples(found)


@pytest.mark.parametrize("text", [
    "Inspectors from the Care Quality Commission have given Orton Lodge care home in Leeds an overall rating of inadequate.",
    "Orton Lodge care home in Leeds has closed.",
])
def test_a_named_home_with_its_kind_words_is_in_the_place_after_them(extract, text):
    assert ("Orton Lodge", "locatedIn", "Leeds") in _triples(extract(text).relations)


@pytest.mark.parametrize("text, triple", [
    ("The Kelby City Council-owned firm Kelby Homes Maintenance Ltd will employ the staff.",
     ("Kelby Homes Maintenance Ltd", "partOf", "Kelby City Council")),  # (an inverse trigger's agent is the owner)
    ("Kelby City Council has set up a company.\n\nA new council-owned company, Kelby Homes Maintenance Ltd, will employ the staff.",
     ("Kelby Homes Maintenance Ltd", "partOf", "Kelby City Council")),  # (a body's kind before the participle: the one named before)
    ("The Nesta-funded Healthy Homes Pilot started.", ("Nesta", "funded", "Healthy Homes Pilot")),
])
def test_a_compound_participle_of_an_inverse_trigger_makes_its_prefix_the_owner(extract, text, triple):
    found = _triples(extract(text).relations)
    assert triple in found and (triple[2], triple[1], triple[0]) not in found


@pytest.mark.parametrize("text, funder", [
    ("Barset City Council backed the plan.\n\nKelby Food Partnership is funded by the county council.", None),
    ("Barset County Council backed the plan.\n\nKelby Food Partnership is funded by the county council.", "Barset County Council"),
    ("Barset City Council backed the plan.\n\nKelby Food Partnership is funded by the council.", "Barset City Council"),
])
def test_a_council_of_a_tier_stands_only_for_a_council_named_with_that_tier(extract, text, funder):
    found = [r.subject.name for r in extract(text).relations if r.predicate == "funded"]
    assert found == ([funder] if funder else [])


@pytest.mark.parametrize("text, body", [
    ("The Resolution Foundation published a report.\n\nThe think tank's chief executive, Ruth Curtice, said it was bad.", "Resolution Foundation"),
    ("The Resolution Foundation published a report. The Department of Health said it was giving councils money.\n\n"
     "The think tank's chief executive, Ruth Curtice, said it was bad.", "Resolution Foundation"),
])
def test_the_think_tank_is_a_private_kind_no_government_department(extract, text, body):
    assert [r.object.name for r in extract(text).relations if r.predicate == "partOf"] == [body]


@pytest.mark.parametrize("text, found", [
    ("Mark Dunn, who joined from Kelby Police, will start in May.", [("Mark Dunn", "Kelby Police")]),
    ("The council has appointed a new chief executive, Mark Dunn, who joins from Kelby Police.", [("Mark Dunn", "Kelby Police")]),
    ("Mark Dunn, who joined from the start, was good.", []),
    ("Mark Dunn has started as chief executive of Orton Council, joining from Kelby Police.", [("Mark Dunn", "Orton Council"), ("Mark Dunn", "Kelby Police")]),
    ("Mark Dunn has started as chief executive of Orton Council, with Jo Hale joining from Kelby Police.", [("Mark Dunn", "Orton Council")]),
])
def test_a_person_who_joins_from_a_body_in_a_who_clause_was_part_of_it(extract, text, found):
    assert sorted((r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf" and r.subject.name == "Mark Dunn") == sorted(found)


@pytest.mark.parametrize("text, appointed", [
    ("Kelby Council has commissioned a review of its children's services by the consultancy Orton Advisory.", [("Kelby Council", "Orton Advisory")]),
    ("The University of Barset was fined.\n\nThe university commissioned an independent review by the law firm Pinsent Masons.",
     [("University of Barset", "Pinsent Masons")]),
    ("The review, commissioned by Kelby Council, was published on Monday.", []),
])
def test_a_review_commissioned_by_a_named_firm_appoints_it(extract, text, appointed):
    assert [(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "appointed"] == appointed


@pytest.mark.parametrize("text, triples", [
    ("Leeds and Bradford councils have joined forces to insulate 900 homes.",
     {("City of Bradford Metropolitan District Council", "partneredWith", "Leeds City Council")}),
    ("Cumbria and Durham constabularies were inspected by HMICFRS.",
     {("HM Inspectorate of Constabulary and Fire & Rescue Services", "inspected", "Cumbria Constabulary"),
      ("HM Inspectorate of Constabulary and Fire & Rescue Services", "inspected", "Durham Constabulary")}),
])
def test_places_before_a_plural_kind_that_a_verb_hangs_on_are_its_subjects(extract, text, triples):
    assert _triples(extract(text).relations) == triples


@pytest.mark.parametrize("text, criticised", [
    ("The Charity Commission said it had identified serious concerns about the governance of Orton Youth Trust.", True),
    ("The Charity Commission raised concerns about Orton Youth Trust.", True),
    ("The Charity Commission said it had no concerns about Orton Youth Trust.", False),
    ("Kelby Council raised concerns about the closure of Orton Library.", False),
])
def test_concerns_raised_or_identified_about_a_body_criticise_it(extract, text, criticised):
    assert bool([r for r in extract(text).relations if r.predicate == "criticised"]) is criticised


@pytest.mark.parametrize("text, criticised", [
    ("The Accounts Commission said the Kelby Council had been too slow to make decisions.", True),
    ("The Accounts Commission found that Kelby Council was too slow to act on complaints.", True),
    ("The Accounts Commission said Kelby Council had not been too slow.", False),
])
def test_a_regulator_saying_a_body_was_too_slow_criticises_it(extract, text, criticised):
    assert bool([r for r in extract(text).relations if r.predicate == "criticised"]) is criticised


@pytest.mark.parametrize("text, held", [
    ("HMICFRS rated Kent Police inadequate. Inspector of Constabulary Helen Ward said the force must improve.", True),
    ("HM Inspectorate of Prisons criticised HMP Leeds. Inspector of Prisons Charlie Taylor said the jail must improve.", True),
    ("HM Inspectorate of Prisons criticised HMP Leeds. Inspector of Taxes Charlie Taylor said the jail must improve.", False),
])
def test_an_inspectors_title_without_the_crown_is_a_post_at_the_inspectorate_of_its_remit(extract, text, held):
    found = extract(text)
    assert bool([r for r in found.relations if r.predicate == "partOf" and r.object.name.startswith("HM Inspectorate")]) is held


@pytest.mark.parametrize("text, triple", [
    ("The Lottery fund awarded £5m to groups. Other groups include Barset Sole, a walking club for people recovering from "
     "strokes, which was given £9,500 by Kelby Council.", ("Kelby Council", "funded", "Barset Sole")),
    ("Ofsted praised Kelby Trust, a charity for families, which was funded by Leeds City Council.",
     ("Leeds City Council", "funded", "Kelby Trust")),
])
def test_a_singular_relative_clause_hung_on_a_plural_noun_is_about_the_singular_noun_it_describes(extract, text, triple):
    assert triple in _triples(extract(text).relations)


def test_a_plural_relative_clause_stays_on_its_plural_noun(extract):
    found = extract("Ofsted praised Kelby Trust, a charity for families, which were funded by Leeds City Council.")
    assert ("Leeds City Council", "funded", "Kelby Trust") not in _triples(found.relations)


@pytest.mark.parametrize("text, triple", [
    ("The current chair, Ruth Okafor, is stepping down to become chair of Barset Partnership NHS Foundation Trust.",
     ("Ruth Okafor", "partOf", "Barset Partnership NHS Foundation Trust")),
    ("The trust's finance director, Ruth Okafor, is stepping down to become chief executive of Orton Mind.",
     ("Ruth Okafor", "partOf", "Orton Mind")),
])
def test_a_post_taken_up_by_a_name_set_off_beside_the_subject_noun_is_the_names(extract, text, triple):
    assert triple in _triples(extract(text).relations)


@pytest.mark.parametrize("text, partners", [
    ("Kelby Hospitals NHS Trust has appointed Gareth Price as chair. He said: \"We will keep working with Orton Mind.\"", True),
    ("Kelby Hospitals NHS Trust has confirmed the appointment of Gareth Price as chair. Mr Price said: \"We will keep working "
     "with Orton Mind.\"", True),
    ("Gareth Price has been appointed chair by Kelby Hospitals NHS Trust. \"We will keep working with Orton Mind,\" he said.", True),
    ("Kelby Hospitals NHS Trust has praised Gareth Price. He said: \"We will keep working with Orton Mind.\"", False),
])
def test_a_quoted_we_stands_for_the_body_that_appointed_the_speaker(extract, text, partners):
    found = _triples(extract(text).relations)
    assert (("Kelby Hospitals NHS Trust", "partneredWith", "Orton Mind") in found) is partners


@pytest.mark.parametrize("text, part", [
    ("Kelby Hospitals NHS Trust said it works with our partner trusts, Orton Hospitals NHS Trust and Barset NHS Trust.", False),
    ("Kelby Hospitals NHS Trust said: \"We are proud of our trusts, Orton Hospitals NHS Trust and Barset NHS Trust.\"", True),
])
def test_bodies_beside_a_kind_said_to_be_the_owners_peers_are_no_parts_of_it(extract, text, part):
    found = _triples(extract(text).relations)
    assert (("Orton Hospitals NHS Trust", "partOf", "Kelby Hospitals NHS Trust") in found) is part


@pytest.mark.parametrize("text", [
    "Leaders of Kelby Borough Council, the University of Sandford and Kelby Students' Union have signed a memorandum of understanding.",
    "Representatives of Kelby Borough Council, the University of Sandford and Kelby Students' Union have signed a memorandum of understanding.",
])
def test_people_of_a_listed_set_of_bodies_who_sign_an_agreement_partner_the_bodies(extract, text):
    assert _triples(extract(text).relations) >= {
        ("Kelby Borough Council", "partneredWith", "University of Sandford"),
        ("Kelby Borough Council", "partneredWith", "Kelby Students' Union"),
        ("University of Sandford", "partneredWith", "Kelby Students' Union")}


@pytest.mark.parametrize("text, partners", [
    ("Under a new protocol, Kelby Police and Kelby Borough Council will pool information on anti-social behaviour.", True),
    ("Kelby Police will pool data with Kelby Borough Council.", True),
    ("Kelby Police will publish data on anti-social behaviour with Kelby Borough Council's backing.", False),
])
def test_bodies_that_pool_information_partner(extract, text, partners):
    found = _triples(extract(text).relations)
    assert (("Kelby Police", "partneredWith", "Kelby Borough Council") in found) is partners


@pytest.mark.parametrize("text, triple", [
    ("The figures come from an independent analysis by Orton Advisory LLP for the Rural Councils Network.",
     ("Rural Councils Network", "appointed", "Orton Advisory LLP")),
    ("Polling by Kelby Research on behalf of the Barset Trust found most residents support the plan.",
     ("Barset Trust", "appointed", "Kelby Research")),
    ("A report by the National Audit Office for Parliament found the scheme had failed.", None),
])
def test_work_one_body_did_for_another_was_commissioned_by_it(extract, text, triple):
    found = {t for t in _triples(extract(text).relations) if t[1] == "appointed"}
    assert found == ({triple} if triple else set())


@pytest.mark.parametrize("text", [
    "In its paper, Paying for Care: a looming crisis?, the Barset Health Trust calls for a single settlement.",
    "The council's new strategy, Funding Our Future, was published on Monday by Kelby Council.",
])
def test_a_verb_inside_a_works_title_states_nothing(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "funded"]


@pytest.mark.parametrize("text, placed", [
    ("A GP surgery in Leeds has been rated inadequate. The Care Quality Commission found Riverside Medical Practice was "
     "failing patients.", True),
    ("A farming business in Leeds was fined £12,000 at Kelby Magistrates' Court. Orton Stevens Limited had pleaded guilty.", True),
    ("A GP surgery has been rated inadequate. The Care Quality Commission found Riverside Medical Practice in Leeds was "
     "failing patients.", True),
    ("The Care Quality Commission found Riverside Medical Practice was failing. A surgery in Leeds was rated good.", False),
])
def test_a_body_brought_in_as_a_kind_in_a_place_and_named_next_is_in_that_place(extract, text, placed):
    found = {(s, o) for s, p, o in _triples(extract(text).relations) if p == "locatedIn"}
    assert bool({x for x in found if x[1] == "Leeds" and x[0] != "Leeds"}) is placed


@pytest.mark.parametrize("text, appointed", [
    ("NHS Kelby Integrated Care Board brought in Orton Primary Care Ltd to run the practice.", True),
    ("Kelby Council brought in new rules to run the market.", False),
])
def test_a_body_brought_in_to_run_a_service_is_appointed(extract, text, appointed):
    assert bool([r for r in extract(text).relations if r.predicate == "appointed"]) is appointed


@pytest.mark.parametrize("text, amount", [
    ("An allocation of £165,000 from the Kelby Trust would be used to fund the Barset Community Grant Scheme.", 165000),
    ("Money from the Kelby Trust will fund the Barset Community Grant Scheme.", None),
])
def test_a_sum_from_a_body_that_funds_a_thing_is_that_bodys_funding(extract, text, amount):
    found = [r for r in extract(text).relations if r.predicate == "funded"]
    assert [(r.subject.name, r.object.name, r.amount.value if r.amount else None) for r in found] == [
        ("Kelby Trust", "Barset Community Grant Scheme", amount)]


def test_a_word_inside_a_name_it_does_not_end_completes_no_trigger(extract):
    found = extract("Staff from the Kelby Trust will support the Barset Community Grant Scheme.")
    assert not [r for r in found.relations if r.predicate == "funded"]


@pytest.mark.parametrize("text, triple", [
    ("The report was prepared by Orton Consulting for Kelby Schools Partnership.",
     ("Kelby Schools Partnership", "appointed", "Orton Consulting")),
    ("A review by Dame Sue Owen for the Department for Education found failings.",
     ("Department for Education", "appointed", "Sue Owen")),
    ("A text survey is being carried out by Ipsos UK on behalf of the Department for Work and Pensions.",
     ("Department for Work and Pensions", "appointed", "Ipsos UK")),
])
def test_work_done_by_a_maker_for_a_body_in_a_passive_or_by_a_person_was_commissioned(extract, text, triple):
    assert triple in _triples(extract(text).relations)


@pytest.mark.parametrize("text, part", [
    ("Riverside Junior School, a school within the Barset Learning Trust, was praised by inspectors.", True),
    ("Riverside Junior School will reopen as a sponsored academy within the Barset Learning Trust.", True),
    ("Riverside Junior School is one of 12 schools within the Barset Learning Trust.", True),
    ("Riverside Junior School will reopen as part of the Barset Learning Trust.", True),
    ("Riverside Junior School is the only school within the Barset Learning Trust area to close.", False),
])
def test_a_body_described_as_a_kind_within_another_or_reopening_as_its_part_is_part_of_it(extract, text, part):
    found = _triples(extract(text).relations)
    assert (("Riverside Junior School", "partOf", "Barset Learning Trust") in found) is part


@pytest.mark.parametrize("text, funder", [
    ("The Government has provided £21m to councils, according to the Ministry of Housing, Communities and Local Government. "
     "£450,000 was awarded to Leeds City Council, the ministry said.", "Ministry of Housing, Communities and Local Government"),
    ("The Department for Education has published new guidance. The government has given £2m to Leeds City Council.",
     "Department for Education"),
    ("The Home Office and the Department for Education met. The government has given £2m to Leeds City Council.", None),
])
def test_the_government_stands_for_the_one_ministry_an_article_names(extract, text, funder):
    found = {r.subject.name for r in extract(text).relations if r.predicate == "funded" and r.object.name == "Leeds City Council"}
    assert found == ({funder} if funder else set())


def test_a_sum_given_each_to_listed_bodies_is_each_ones(extract):
    found = extract("The Ministry of Housing, Communities and Local Government has given £21m to councils. £450,000 was awarded "
                    "to Leeds City Council, and £200,000 each to Hastings Borough Council and Eastbourne Borough Council.")
    assert {(r.object.name, r.amount.value) for r in found.relations if r.predicate == "funded"} == {
        ("Leeds City Council", 450000), ("Hastings Borough Council", 200000), ("Eastbourne Borough Council", 200000)}


@pytest.mark.parametrize("text, held", [
    ("The Department for Education has given £21m to schools. Schools minister Rachel Hurst said the funding would help.", True),
    ("The UK Government has left the EU. Digital minister, Rachel Hurst, said data would flow.", False),
])
def test_a_minister_named_without_a_body_holds_the_post_at_the_ministry_named_before(extract, text, held):
    assert bool([r for r in extract(text).relations if r.predicate == "partOf" and r.subject.name == "Rachel Hurst"]) is held


@pytest.mark.parametrize("text, appointed", [
    ("Sandford Housing Association has poached Lucy Hart from Barset Homes.", True),
    ("Sandford Housing Association has headhunted Lucy Hart to be its new finance director.", True),
    ("Poachers took fish from the lake at Sandford Park.", False),
])
def test_a_body_that_poaches_or_headhunts_someone_appoints_them(extract, text, appointed):
    assert bool([r for r in extract(text).relations if r.predicate == "appointed"]) is appointed


@pytest.mark.parametrize("text, triples", [
    ("The inspection of Barset Youth Justice Service was carried out jointly by HM Inspectorate of Probation and Ofsted.",
     {("HM Inspectorate of Probation", "inspected", "Barset Youth Justice Service"), ("Ofsted", "inspected", "Barset Youth Justice Service")}),
    ("The appointment of Jo Bloggs was announced by Kelby Council.", {("Kelby Council", "appointed", "Jo Bloggs")}),
    ("The appointment of Jo Bloggs was criticised by Kelby Council.", set()),
])
def test_a_relation_noun_made_the_subject_of_a_carrier_verbs_passive_takes_its_agent(extract, text, triples):
    found = {t for t in _triples(extract(text).relations) if t[1] in {"inspected", "appointed"}}
    assert found == triples


def test_the_probation_service_is_a_known_body_apart_from_hmpps(extract):
    found = extract("HMP Kelby is run by HM Prison and Probation Service. Kelby Probation Delivery Unit is run by the "
                    "Probation Service.")
    assert ("Kelby Probation Delivery Unit", "partOf", "Probation Service") in _triples(found.relations)
    assert ("HMP Kelby", "partOf", "HM Prison and Probation Service") in _triples(found.relations)


@pytest.mark.parametrize("text, partners", [
    ("The Centre for Ageing and Connection will be based at the university's Barset campus and will work with Barset City Council.", True),
    ("The Centre for Ageing and Connection was praised by Barset City Council and will work with Orton Mind.", False),
])
def test_an_active_verb_joined_to_a_passive_takes_the_passives_subject(extract, text, partners):
    found = _triples(extract(text).relations)
    assert (("Centre for Ageing and Connection", "partneredWith", "Barset City Council") in found) is partners


@pytest.mark.parametrize("text, triple, absent", [
    ("Kelby County Council's current social care case management system, CareBase, has been in place since 2003.",
     ("Kelby County Council", "uses", "CareBase"), ("Kelby County Council", "created", "CareBase")),
    ("Barset Council has developed its own software, which works alongside CasePoint, the council's care management system.",
     ("Barset Council", "uses", "CasePoint"), ("Barset Council", "created", "CasePoint")),
])
def test_a_system_a_bodys_possessive_describes_is_one_it_uses_not_made(extract, text, triple, absent):
    found = _triples(extract(text).relations)
    assert triple in found and absent not in found


@pytest.mark.parametrize("text, partners", [
    ("Sandford County Council and Careworks Limited agreed contract terms for the provision of CareDesk software in 2011.", True),
    ("Sandford County Council agreed terms with Careworks Limited for a new system.", True),
    ("Sandford County Council agreed terms of reference for the Careworks Limited review.", False),
])
def test_bodies_that_agree_contract_terms_partner(extract, text, partners):
    found = _triples(extract(text).relations)
    assert (("Sandford County Council", "partneredWith", "Careworks Limited") in found) is partners


@pytest.mark.parametrize("text, criticised", [
    ("The Housing Ombudsman said Barset Council had let residents down by ignoring complaints about damp.", True),
    ("The Housing Ombudsman found that Barset Council let down a vulnerable tenant.", True),
    ("The Housing Ombudsman said Barset Council had not let residents down.", False),
    ("Kelby Council said Barset Council had let residents down.", False),
])
def test_a_regulator_saying_a_body_let_people_down_criticises_it(extract, text, criticised):
    assert bool([r for r in extract(text).relations if r.predicate == "criticised"]) is criticised


@pytest.mark.parametrize("text, held", [
    ("Orton Rape Crisis received £45,000. Commissioner Diane Harper said every project works with survivors.", False),
    ("Orton Rape Crisis received £45,000. Ombudsman Diane Harper said every complaint matters.", False),
    ("Orton Rape Crisis received £45,000. Chief executive Diane Harper said every project works with survivors.", True),
])
def test_an_office_title_before_a_name_is_no_post_at_the_body_the_sentence_before_is_about(extract, text, held):
    found = _triples(extract(text).relations)
    assert (("Diane Harper", "partOf", "Orton Rape Crisis") in found) is held


@pytest.mark.parametrize("text, created", [
    ("The scheme is being paid for with £150,000 from Kelby City Council's Household Support Fund allocation.", False),
    ("Kelby Council's Warm Homes scheme will help 500 families.", True),
])
def test_a_possessive_on_a_portion_of_a_programme_owns_the_portion_not_the_programme(extract, text, created):
    assert bool([r for r in extract(text).relations if r.predicate == "created"]) is created


@pytest.mark.parametrize("text, held", [
    ("Barset Buses will issue the passes through its app. Councillor Ruth Aske, cabinet member for children, said fares "
     "were a barrier.", None),
    ("Kelby City Council will issue the passes. Councillor Ruth Aske said fares were a barrier.", "Kelby City Council"),
])
def test_a_post_only_one_kind_of_body_has_is_not_held_at_another_kind_the_sentence_before_is_about(extract, text, held):
    found = {r.object.name for r in extract(text).relations if r.predicate == "partOf" and r.subject.name == "Ruth Aske"}
    assert found == ({held} if held else set())


@pytest.mark.parametrize("text, place", [
    ("The Sandford Trust has moved its offices from Leeds to Bradford.", "Bradford"),
    ("The Sandford Trust has relocated to Bradford.", "Bradford"),
    ("Kelby Council operates from Leeds Town Hall.", "Leeds Town Hall"),
    ("The Sandford Trust operates from 9am to 5pm.", None),
])
def test_a_body_that_operates_from_or_moves_its_offices_to_a_place_is_there(extract, text, place):
    found = {r.object.name for r in extract(text).relations if r.predicate == "locatedIn"}
    assert found == ({place} if place else set())


@pytest.mark.parametrize("text, placed", [
    ("Barset Works, a social enterprise from Sheffield, has won a contract.", True),
    ("Barset Works, a social enterprise that won funding from Sheffield City Council, has grown.", False),
])
def test_a_kind_set_beside_a_name_from_a_place_puts_the_body_there(extract, text, placed):
    assert (("Barset Works", "locatedIn", "Sheffield") in _triples(extract(text).relations)) is placed


@pytest.mark.parametrize("text, funded", [
    ("The SIM cards are donated to the National Databank by Virgin Media and Vodafone.", {"Virgin Media", "Vodafone"}),
    ("The building was handed to Kelby Trust by Barset Council.", set()),
])
def test_a_thing_donated_to_a_body_by_others_is_their_funding_of_it(extract, text, funded):
    assert {r.subject.name for r in extract(text).relations if r.predicate == "funded"} == funded


@pytest.mark.parametrize("text", ["Kelby Council sent SMS reminders to tenants.", "Residents can collect free SIM cards at the library."])
def test_a_technical_acronym_before_a_common_noun_names_no_body(extract, text):
    assert not [e for e in extract(text).entities if e.name in {"SMS", "SIM"}]


@pytest.mark.parametrize("text, amount", [
    ("The ICO handed Kelby Council a penalty, with its £41,000 making up half of the year's total.", "41000"),
    ("The ICO handed Kelby Council a penalty, with Barset Council giving £41,000 to the victims.", None),
])
def test_a_with_clause_about_the_statements_own_sum_gives_its_amount(extract, text, amount):
    fines = {f[3] for f in _facts(extract, text) if f[1] == "fined"}
    assert fines == {amount}


@pytest.mark.parametrize("text, inspected", [
    ("A care home in Kelby has been rated inadequate by the Care Quality Commission. "
     "Inspectors said Elmfield House, which is run by Orton Care Homes Ltd, had too few nurses.", "Elmfield House"),
    ("A secondary school has been rated inadequate by Ofsted. Kelby Academy said it would appeal.", "Kelby Academy"),
])
def test_a_kind_of_two_words_is_named_next_by_a_name_of_its_noun(extract, text, inspected):
    assert {r.object.name for r in extract(text).relations if r.predicate == "inspected"} == {inspected}


@pytest.mark.parametrize("text, fact", [
    ("The School of Engineering at Northumbria University has opened a new lab.",
     ("School of Engineering", "partOf", "Northumbria University")),
    ("The Department of Sociology at the University of Kelby has won a grant from the Barset Trust.",
     ("Department of Sociology", "partOf", "University of Kelby")),
])
def test_a_school_or_department_at_a_university_is_part_of_it(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_primary_school_at_a_road_is_no_unit_of_it(extract):
    assert not [r for r in extract("Kelby Primary School at Orton Road has been rated good by Ofsted.").relations
                if r.predicate == "partOf"]


@pytest.mark.parametrize("text, member", [
    ("Professor Reeve has also worked in industry and is a fellow of the Royal Academy of Engineering.", True),
    ("Professor Reeve has worked in industry and said a fellow of the Royal Academy of Engineering had helped.", False),
])
def test_a_post_after_and_on_the_subjects_second_verb_is_held(extract, text, member):
    assert (("Professor Reeve", "partOf", "Royal Academy of Engineering") in _triples(extract(text).relations)) is member


@pytest.mark.parametrize("text, partner", [
    ("Kelby Police was inspected in May. The inspectorate found that the force's control room, which it shares with "
     "Barset Fire and Rescue Service, was short of staff.", "Kelby Police"),
    ("Kelby Police was inspected in May. The inspectorate found that the control room, which it shares with "
     "Barset Fire and Rescue Service, was short of staff.", None),
])
def test_it_in_a_relative_clause_on_an_owned_noun_is_the_owner(extract, text, partner):
    partners = {r.subject.name for r in extract(text).relations if r.predicate == "partneredWith"}
    assert partner in partners if partner else "Kelby Police" not in partners


@pytest.mark.parametrize("text, amount", [
    ("The Kelby Data Lab is made possible thanks to a £250,000 gift from the Orton Foundation.", "250000"),
    ("The Kelby Data Lab has been made possible by funding from the Orton Foundation.", None),
    ("The Orton Foundation made a gift of £1m to the Kelby Data Lab.", "1000000"),
])
def test_a_gift_or_funding_that_makes_a_thing_possible_is_its_funding(extract, text, amount):
    assert ("Orton Foundation", "funded", "Kelby Data Lab", amount) in {f[:4] for f in _facts(extract, text)}


def test_thanks_to_a_gift_needs_a_verb_that_takes_one(extract):
    assert not [r for r in extract("The Kelby Data Lab opened thanks to hard work by the Orton Foundation.").relations
                if r.predicate == "funded"]


@pytest.mark.parametrize("text, criticised", [
    ("Ofgem raised concerns over how Kelby Energy treated households.", True),
    ("Ofgem has raised concerns about the way Kelby Energy handled complaints.", True),
    ("Ofgem raised concerns over how households were treated by their suppliers, Kelby Energy said.", False),
    ("Ofgem found that Kelby Energy had not taken customers' circumstances into account.", True),
    ("Ofgem found that Kelby Energy had taken account of customers' needs.", False),
])
def test_concerns_over_how_a_body_acted_and_not_taking_account_are_criticism(extract, text, criticised):
    assert (("Ofgem", "criticised", "Kelby Energy") in _triples(extract(text).relations)) is criticised


def test_a_sum_one_reading_of_a_sentence_found_is_kept_by_a_surer_reading(extract):
    facts = _facts(extract, "Kelby Borough Council has been told to pay £1,500 to a family after the Housing Ombudsman found "
                            "severe maladministration in how it handled damp complaints.")
    assert {f[3] for f in facts if f[:3] == ("Housing Ombudsman", "criticised", "Kelby Borough Council")} == {"1500"}


@pytest.mark.parametrize("text, appointed", [
    ("Sandford Borough Council has hired consultants from Saxton Partners.", True),
    ("Sandford Borough Council has appointed auditors from Saxton Partners to review its books.", True),
    ("Sandford Borough Council has brought in consultants from Saxton Partners to lead a review.", True),
    ("Sandford Borough Council has hired a new director from Saxton Partners.", False),
])
def test_professionals_hired_from_a_firm_stand_for_the_firm(extract, text, appointed):
    assert (("Sandford Borough Council", "appointed", "Saxton Partners") in _triples(extract(text).relations)) is appointed


def test_the_one_a_post_holder_succeeds_held_the_post_at_that_body(extract):
    text = "Paul Reid takes over as chief constable of Barset Police next month, succeeding Claire Dunn, who retires after 30 years."
    assert ("Claire Dunn", "partOf", "Barset Police") in _triples(extract(text).relations)


@pytest.mark.parametrize("text, facts", [
    ("Kelby Trust has appointed a new chief executive. The new chief executive, Jo Bloggs, has worked in the sector for 20 years.",
     {("Kelby Trust", "appointed", "Jo Bloggs"), ("Jo Bloggs", "partOf", "Kelby Trust")}),
    ("The Charity Commission has appointed interim managers to take over the running of the Kelby Trust. The charity's trustees "
     "resigned. It had not filed accounts. The interim managers, Sarah Holt and Gareth Lyle, will secure its assets.",
     {("Charity Commission", "appointed", "Sarah Holt"), ("Charity Commission", "appointed", "Gareth Lyle"),
      ("Sarah Holt", "partOf", "Kelby Trust"), ("Gareth Lyle", "partOf", "Kelby Trust")}),
])
def test_an_announced_post_named_again_with_its_holders_beside_it_is_theirs(extract, text, facts):
    assert facts <= _triples(extract(text).relations)


def test_a_person_beside_another_bodys_post_does_not_take_the_announced_one(extract):
    text = "Kelby Trust has appointed a new chief executive. The chief executive of Barset Trust, Jo Bloggs, welcomed the news."
    assert ("Kelby Trust", "appointed", "Jo Bloggs") not in _triples(extract(text).relations)


@pytest.mark.parametrize("text, criticised", [
    ("The High Court described Kelby Borough Council's decision as irrational.", True),
    ("The High Court found Kelby Borough Council's decision unlawful.", True),
    ("The High Court did not find Kelby Borough Council's decision unlawful.", False),
])
def test_a_court_calling_a_bodys_decision_unlawful_or_irrational_criticises_it(extract, text, criticised):
    assert (("High Court", "criticised", "Kelby Borough Council") in _triples(extract(text).relations)) is criticised


@pytest.mark.parametrize("text, fact", [
    ("Kelby Council commissioned services from Orton Homecare Ltd.", ("Kelby Council", "appointed", "Orton Homecare Ltd")),
    ("The deal was approved by the Barset Integrated Care Board, which commissions Orton Care NHS Foundation Trust's community "
     "services.", ("Barset Integrated Care Board", "appointed", "Orton Care NHS Foundation Trust")),
])
def test_a_body_commissioning_anothers_services_appoints_it(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_commissioning_a_review_of_services_appoints_no_one(extract):
    assert not [r for r in extract("Kelby Council commissioned a review of Orton Homecare Ltd's services.").relations
                if r.predicate == "appointed"]


@pytest.mark.parametrize("text, funded", [
    ("Twelve councils will share £36 million from the Department for Education. The councils, which include Barnsley, "
     "Bolton, Calderdale and Derby, were chosen for their deprivation.", {"Barnsley", "Bolton", "Calderdale", "Derby"}),
    ("Twelve councils will share £36 million from the Department for Education. They include Barnsley and Bolton.",
     {"Barnsley", "Bolton"}),
    ("Two councils will share £36 million from the Department for Education. The councils, which include Barnsley, "
     "Bolton and Derby, were chosen.", set()),
])
def test_a_counted_kind_stands_for_some_of_them_named_after_include(extract, text, funded):
    assert {r.object.name for r in extract(text).relations if r.predicate == "funded"} == funded


@pytest.mark.parametrize("text, funded", [
    ("Barnsley Council will share £36 million from the Department for Education.", True),
    ("Barnsley Council and Bolton Council will share the £2m cost of the scheme.", False),
])
def test_sharing_a_sum_from_a_body_is_its_funding(extract, text, funded):
    assert bool([r for r in extract(text).relations if r.predicate == "funded"]) is funded


@pytest.mark.parametrize("text, funded", [
    ("Seven projects have received money from the Local Digital Fund. Barset Council has been awarded £75,000 to improve "
     "code sharing, working with Orton Borough Council.", True),
    ("Seven projects have received money from the Local Digital Fund. Barset Council will receive £75,000 of co-funding "
     "through a partnership with Orton Borough Council.", False),
])
def test_a_participle_saying_who_a_funded_body_works_with_keeps_the_implied_funder(extract, text, funded):
    facts = _triples(extract(text).relations)
    assert (("Local Digital Fund", "funded", "Barset Council") in facts) is funded


@pytest.mark.parametrize("text, part", [
    ("Kelby Learning Trust said one of its schools, Barset Vale Academy, would help.", True),
    ("Kelby Learning Trust runs six schools. It brought in support from one of its other schools, Barset Vale Academy.", True),
    ("Kelby Learning Trust said one of its partner schools, Barset Vale Academy, would help.", False),
])
def test_a_body_named_as_one_of_its_kind_is_part_of_the_body_its_stands_for(extract, text, part):
    assert (("Barset Vale Academy", "partOf", "Kelby Learning Trust") in _triples(extract(text).relations)) is part


@pytest.mark.parametrize("text", [
    "Kelby Council's contractor, Orton Building Services, collapsed.",
    "Kelby Council's supplier, Orton Ltd, collapsed.",
    "Kelby City Council will take its repairs service back in-house after the collapse of its contractor, Orton Ltd.",
])
def test_a_body_named_as_anothers_contractor_or_supplier_is_no_part_of_it(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "partOf"]


@pytest.mark.parametrize("text", [
    "Barset Fire and Rescue Service was told to improve. Inspectors said the service required improvement in how it "
    "looked after its people, HMICFRS reported.",
    "Kelby Council was visited by Ofsted in May. Inspectors said the council remained inadequate.",
])
def test_an_unnamed_subject_given_a_rating_is_the_body_it_stands_for(extract, text):
    assert [r for r in extract(text).relations if r.predicate == "inspected" and r.rule.startswith("copula-rating")]


@pytest.mark.parametrize("text, appointed", [
    ("Kelby Council commissioned a review from the Orton Consultancy Group.", True),
    ("Kelby Council bought a review from the Orton Consultancy Group.", False),
])
def test_commissioning_work_from_a_firm_appoints_it(extract, text, appointed):
    assert (("Kelby Council", "appointed", "Orton Consultancy Group") in _triples(extract(text).relations)) is appointed


def test_the_leader_of_an_unnamed_consortium_is_its_members_partner_not_their_part(extract):
    facts = _triples(extract("A consortium led by Barset Energy Co-operative, and including Orton Community Trust and Kelby "
                             "College, has won £1.2 million to install solar panels.").relations)
    assert ("Barset Energy Co-operative", "partneredWith", "Kelby College") in facts
    assert not [f for f in facts if f[1] == "partOf"]


@pytest.mark.parametrize("text", [
    "Kelby Council will stop funding the Kelby Law Centre from April.",
    "The Barset Fund has ceased funding Kelby Youth Club.",
])
def test_a_trigger_said_to_stop_is_no_longer_so(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "funded"]


def test_a_bodys_own_grants_to_others_are_its_gifts_not_a_grant_it_got(extract):
    text = ("Kelby Borough Council has approved a budget that cuts its grants to voluntary groups by a quarter. "
            "Ruth Okoye said the law centre would now seek money from the Barset Community Foundation.")
    assert ("Barset Community Foundation", "funded", "Kelby Borough Council") not in _triples(extract(text).relations)


@pytest.mark.parametrize("text, fact", [
    ("Kelby Council's contractor, Orton Building Services, collapsed.", ("Kelby Council", "appointed", "Orton Building Services")),
    ("The procurement was run by Orton Council's advisers, Sandford Property Consultants.",
     ("Orton Council", "appointed", "Sandford Property Consultants")),
    ("Kelby City Council took its repairs back in-house after the collapse of its contractor, Orton Ltd.",
     ("Kelby City Council", "appointed", "Orton Ltd")),
])
def test_a_body_named_as_anothers_contractor_or_adviser_was_hired_by_it(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_body_named_as_anothers_partner_is_not_hired(extract):
    assert not [r for r in extract("Kelby Council's partner, Orton Trust, has closed.").relations if r.predicate == "appointed"]


@pytest.mark.parametrize("text, inspected", [
    ("Inspectors from the Care Quality Commission found that Kelby General Hospital's emergency department was overcrowded.", True),
    ("Inspectors from the Care Quality Commission found that Kelby General Hospital was overcrowded.", True),
    ("The Care Quality Commission said Kelby General Hospital was overcrowded.", False),
])
def test_a_body_inspectors_found_something_of_was_inspected(extract, text, inspected):
    assert (("Care Quality Commission", "inspected", "Kelby General Hospital") in _triples(extract(text).relations)) is inspected


def test_a_prison_is_a_body_and_calling_it_unsafe_criticises_it(extract):
    found = extract("HM Inspectorate of Prisons described Barset Prison as unsafe.")
    assert entity_named(found, "Barset Prison").type == "Organisation"
    assert ("HM Inspectorate of Prisons", "criticised", "Barset Prison") in _triples(found.relations)


def test_the_new_body_is_the_name_a_combined_one_will_be_called(extract):
    text = ("Kelby Nightstop and the Barset Housing Project are to merge. The combined organisation, which will be called "
            "Orton Homes Together, will employ 180 staff. Kelby Nightstop's chief executive, Sue Brennan, will lead the new charity.")
    assert ("Sue Brennan", "partOf", "Orton Homes Together") in _triples(extract(text).relations)


def test_an_award_from_a_body_that_allows_another_to_act_is_its_funding(extract):
    facts = _facts(extract, "A £150,000 award from the Arts Council will allow the Orton Playhouse to run workshops in schools.")
    assert ("Arts Council", "funded", "Orton Playhouse", "150000") in {f[:4] for f in facts}


def test_a_predecessor_named_beside_the_appointees_pronoun_held_the_post(extract):
    text = ("Kelby Teaching Hospitals NHS Foundation Trust has appointed Dr Nadia Rahman as its permanent chief executive. "
            "Dr Rahman has been acting chief executive since March, when her predecessor, Colin Whitby, left to run "
            "Barset and Orton Hospitals NHS Trust.")
    assert ("Colin Whitby", "partOf", "Kelby Teaching Hospitals NHS Foundation Trust") in _triples(extract(text).relations)


def test_a_post_previously_worked_as_is_not_held(extract):
    assert not [r for r in extract("Jo Bloggs previously worked as a director at Kelby Trust.").relations if r.predicate == "partOf"]


@pytest.mark.parametrize("text, body", [
    ("Barset Combined Authority has awarded Kelby Buses a contract. Kelby Buses is a subsidiary of Sandford Group. "
     "Metro mayor Helen Carter said franchising would let the authority set fares.", "Barset Combined Authority"),
    ("The Kelby Trust opened a cafe. Metro mayor Helen Carter cut the ribbon.", None),
])
def test_a_metro_mayor_is_the_nearest_authority_or_councils(extract, text, body):
    held = {r.object.name for r in extract(text).relations if r.predicate == "partOf" and r.subject.name == "Helen Carter"}
    assert held == ({body} if body else set())


@pytest.mark.parametrize("text", [
    "Orton Builders Ltd is owned by its parent company, Barset Homes Ltd.",
    "Orton Builders Ltd said its parent company, Barset Homes Ltd, would repay the loans.",
    "Orton Builders Ltd's owner, Barset Homes Ltd, declined to comment.",
])
def test_a_body_set_beside_a_possessors_owner_noun_owns_the_possessor(extract, text):
    found = _triples(extract(text).relations)
    assert ("Orton Builders Ltd", "partOf", "Barset Homes Ltd") in found
    assert ("Barset Homes Ltd", "partOf", "Orton Builders Ltd") not in found


def test_a_report_to_a_body_is_sent_to_it_not_about_it(extract):
    text = ("The Care Inspectorate has graded 11 homes \"weak\" in its latest monthly report to the Scottish Parliament. "
            "It will revisit them.")
    assert not [r for r in extract(text).relations if r.object.name == "Scottish Parliament"]


@pytest.mark.parametrize("text, triple", [
    ("The Care Inspectorate inspected Millbrae House, a care home for older people run by Kelby Care Group Ltd, in the spring.",
     ("Millbrae House", "partOf", "Kelby Care Group Ltd")),
    ("The Kelby Hub, a drop-in centre for young people run by Barset Youth Trust, opened on Monday.",
     ("Kelby Hub", "partOf", "Barset Youth Trust")),
])
def test_a_participle_after_the_people_a_described_body_serves_describes_the_body(extract, text, triple):
    assert triple in _triples(extract(text).relations)


def test_a_portfolio_before_minister_is_no_body_named_before(extract):
    text = "Homes England will fund Barset Housing Association. Housing minister Ruth Mallory said the fund would help."
    assert not [r for r in extract(text).relations if r.subject.name == "Ruth Mallory"]


@pytest.mark.parametrize("text, triples", [
    ("Homes England will provide £410m to fund the first wave of strategic partnerships with Kelby Homes Group, "
     "Barset Housing and Orton Living.", {("Homes England", "partneredWith", n) for n in ("Kelby Homes Group", "Barset Housing", "Orton Living")}),
    ("Kelby Council announced a new round of grants to Orton Trust and Barset Aid.",
     {("Kelby Council", "funded", "Orton Trust"), ("Kelby Council", "funded", "Barset Aid")}),
    ("Homes England signed a series of partnerships with Kelby College and Orton University.",
     {("Homes England", "partneredWith", "Kelby College"), ("Homes England", "partneredWith", "Orton University")}),
])
def test_a_relation_noun_after_a_collective_noun_is_carried_by_its_verb(extract, text, triples):
    assert triples <= _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "Five nurses at the Willow Manor care home in Kelby were suspended.",
    "Staff at Willow Manor care home in Kelby were praised.",
])
def test_a_place_after_the_kind_noun_a_name_is_followed_by_places_it_however_parsed(extract, text):
    assert ("Willow Manor", "locatedIn", "Kelby") in _triples(extract(text).relations)


def test_a_kind_noun_a_verb_acts_on_after_a_name_places_nothing(extract):
    assert not [r for r in extract("Kelby Trust helps charities in Orton.").relations if r.predicate == "locatedIn"]


@pytest.mark.parametrize("text", [
    "The RQIA sent Willow Manor a written warning at the start of June.",
    "The RQIA sent a written warning to Willow Manor at the start of June.",
])
def test_a_warning_sent_criticises(extract, text):
    assert ("Regulation and Quality Improvement Authority", "criticised", "Willow Manor") in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "Kelby Council's Ofsted rating rose to good.",
    "The trust's CQC inspection found problems at Kelby Hospital.",
])
def test_a_name_modifying_a_possessed_noun_is_no_part_of_the_possessor(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "partOf"]


@pytest.mark.parametrize("text", [
    "The Ofsted rating for Kelby Council rose to good.",
    "The Ofsted rating for Kelby Council's children's services rose to good.",
])
def test_a_ratings_for_names_what_was_rated(extract, text):
    assert ("Ofsted", "inspected", "Kelby Council") in _triples(extract(text).relations)


@pytest.mark.parametrize("text, appointer", [
    ("Graham Tull has chosen Sarah Lindqvist to be his chief executive.", "Graham Tull"),
    ("Kelby Council has selected Sarah Lindqvist to become its next chief executive.", "Kelby Council"),
])
def test_chosen_to_be_a_post_is_appointed(extract, text, appointer):
    assert (appointer, "appointed", "Sarah Lindqvist") in _triples(extract(text).relations)


def test_chosen_to_be_a_place_appoints_no_one(extract):
    assert not extract("Kelby Council chose Orton Park to be the site of the new school.").relations


@pytest.mark.parametrize("text, triples", [
    ("Medaid and Children First International have announced that they are merging.",
     {("Medaid", "partneredWith", "Children First International")}),
    ("Two international aid charities, Medaid and Children First International, have announced that they are merging.",
     {("Medaid", "partneredWith", "Children First International")}),
    ("Kelby Council and Orton Council said they would fund the Barset Trust.",
     {("Kelby Council", "funded", "Barset Trust"), ("Orton Council", "funded", "Barset Trust")}),
])
def test_they_under_a_verb_whose_subject_names_several_bodies_stands_for_all(extract, text, triples):
    assert triples <= _triples(extract(text).relations)


@pytest.mark.parametrize("text, fact", [
    ("Kelbook Ltd was hit with a £9m fine from the Information Commissioner's Office.",
     ("Information Commissioner's Office", "fined", "Kelbook Ltd", "9000000", "passive")),
    ("Social network owner Kelbook was hit with a record £9m fine from the Information Commissioner's Office for failing "
     "to protect children's data.", ("Information Commissioner's Office", "fined", "Kelbook", "9000000", "passive")),
])
def test_a_fines_from_after_the_passives_with_names_its_agent(extract, text, fact):
    assert fact in _facts(extract, text)


@pytest.mark.parametrize("text, fined", [
    ("The Gambling Commission said Barset Bet Ltd would pay £1.2m in lieu of a financial penalty.", True),
    ("Kelby Council will pay £5,000 in lieu of notice to its former chief executive.", False),
])
def test_a_sum_paid_in_lieu_of_a_regulators_penalty_is_a_fine(extract, text, fined):
    assert bool([r for r in extract(text).relations if r.predicate == "fined"]) == fined


def test_bodies_that_sign_a_named_agreement_are_each_others_partners(extract):
    text = ("The University of Kelby, Kelby City Council and the Barset Combined Authority have signed a Civic University "
            "Agreement.")
    found = _triples(extract(text).relations)
    assert {("University of Kelby", "partneredWith", "Kelby City Council"), ("University of Kelby", "partneredWith", "Barset Combined Authority"),
            ("Kelby City Council", "partneredWith", "Barset Combined Authority")} <= found


@pytest.mark.parametrize("text", [
    "The Auditor General for Wales highlighted failures in governance at Kelby Community Council.",
    "The Auditor General for Wales has published reports in the public interest highlighting failures in governance at "
    "Kelby Community Council.",
])
def test_failings_in_a_field_at_a_body_criticise_the_body(extract, text):
    assert ("Audit Wales", "criticised", "Kelby Community Council") in _triples(extract(text).relations)


def test_a_contract_in_partnership_names_no_appointee(extract):
    assert not [r for r in extract("Kelby Council awarded a contract in partnership with Barset Homes.").relations if r.predicate == "appointed"]


def test_its_after_a_regulator_acts_on_a_bodys_noun_is_that_bodys(extract):
    text = ("The Care Quality Commission has told Kelby University Hospitals NHS Trust to improve. CQC carried out an unannounced "
            "inspection of the trust's maternity services in March at two of its hospitals, Kelby General Hospital and Orton "
            "Royal Infirmary.")
    found = _triples(extract(text).relations)
    assert {("Kelby General Hospital", "partOf", "Kelby University Hospitals NHS Trust"),
            ("Orton Royal Infirmary", "partOf", "Kelby University Hospitals NHS Trust")} <= found
    assert not [t for t in found if t[1] == "partOf" and t[2] == "Care Quality Commission"]


def test_its_in_a_regulators_own_subject_is_the_regulators(extract):
    text = "The Care Quality Commission inspected Kelby Hospital. Its chief inspector, Jo Bloggs, said care had improved."
    assert ("Jo Bloggs", "partOf", "Care Quality Commission") in _triples(extract(text).relations)


@pytest.mark.parametrize("text, person", [
    ("TITLE:Changes at the trust|Kelby Lands Trust held its election in May.\n\nThe current chair, Simon Kemp, has decided to step down.",
     "Simon Kemp"),
    ("TITLE:Trustees news|Mary Dunn has told the trustees of Orton Street Mission that she will stand down as honorary secretary.\n\n"
     "Stephen Lane said he would stand down as chairman in December.", "Stephen Lane"),
    ("TITLE:Trustees news|Orton Street Mission met in March.\n\nThe trustees said Jane Pattison had agreed to take over as the new chair.",
     "Jane Pattison"),
])
def test_a_post_with_no_body_in_a_story_naming_one_body_is_at_that_body(extract, text, person):
    title, text = text[6:].split("|", 1)
    found = _triples(extract(text, title=title).relations)
    assert any(s == person and p == "partOf" for s, p, _ in found)


def test_a_describing_noun_before_a_name_is_no_post_at_the_storys_body(extract):
    text = ("The chief executive of Barset and Orton NHS Foundation Trust has resigned.\n\nThe independent review, led by the "
            "midwife Donna Ockenden, found failings.")
    assert not [r for r in extract(text, title="Trust chief executive steps down").relations if r.subject.name == "Donna Ockenden"]


def test_which_after_a_participles_person_is_the_described_bodys(extract):
    text = ("The successful projects include the Centre for Later Life Care, led by Professor Anne Whitley at the University of "
            "Kelby, which will receive £7.9m from the Economic and Social Research Council.")
    facts = {f[:4] for f in _facts(extract, text)}
    assert ("Economic and Social Research Council", "funded", "Centre for Later Life Care", "7900000") in facts
    assert not [f for f in facts if f[1] == "funded" and f[2] == "University of Kelby"]


@pytest.mark.parametrize("text", [
    "The Centre for Later Life Care opened in May. Its partners include the University of Orton and Kelby Carers Trust.",
    "The partners of the Centre for Later Life Care are the University of Orton and Kelby Carers Trust.",
])
def test_a_bodys_partners_listed_are_its_partners(extract, text):
    found = _triples(extract(text).relations)
    assert {("Centre for Later Life Care", "partneredWith", "University of Orton"),
            ("Centre for Later Life Care", "partneredWith", "Kelby Carers Trust")} <= found


def test_linked_up_with_is_a_partnership(extract):
    found = _triples(extract("Barset Library Service has linked up with Kelby Age Concern to offer digital skills classes.").relations)
    assert ("Barset Library Service", "partneredWith", "Kelby Age Concern") in found


@pytest.mark.parametrize("text, fact", [
    ("The Orton Trust is pumping £3m into the Kelby Youth Zone over five years.", ("Orton Trust", "funded", "Kelby Youth Zone", "3000000")),
    ("Barset Council has stumped up £25,000 for the Orton Carnival.", ("Barset Council", "funded", "Orton Carnival", "25000")),
    ("Kelby Council invested £2m into the Orton Trust.", ("Kelby Council", "funded", "Orton Trust", "2000000")),
    ("£1m of Barset Council's money will go towards restoring Kelby Lido, the council said.", ("Barset Council", "funded", "Kelby Lido", "1000000")),
])
def test_money_pumped_stumped_up_or_of_a_bodys_money_is_its_funding(extract, text, fact):
    assert fact in {f[:4] for f in _facts(extract, text)}


@pytest.mark.parametrize("text", [
    "The board of Sandford Trust has selected Amina Yusuf to succeed Colin Page as chief executive.",
    "Sandford Trust has appointed Amina Yusuf to succeed Colin Page as chief executive.",
])
def test_the_one_an_appointee_is_appointed_to_succeed_held_the_post(extract, text):
    assert ("Colin Page", "partOf", "Sandford Trust") in _triples(extract(text).relations)


@pytest.mark.parametrize("text", ["Barset Theatre has handed the top job to Lena Cross.", "Barset Theatre has given the job to Lena Cross."])
def test_a_job_handed_to_someone_appoints_them(extract, text):
    assert ("Barset Theatre", "appointed", "Lena Cross") in _triples(extract(text).relations)


@pytest.mark.parametrize("text, criticised", [
    ("A damning report by the National Audit Office concluded that the Home Office had not achieved value for money.", True),
    ("The National Audit Office found that the Home Office had achieved value for money.", False),
])
def test_an_auditor_finding_no_value_for_money_criticises(extract, text, criticised):
    assert (("National Audit Office", "criticised", "Home Office") in _triples(extract(text).relations)) == criticised


def test_the_council_is_not_one_named_only_for_someones_past_post(extract):
    text = ("Commissioners will run parts of Kelby Borough Council. They include Peter Osei, a former finance director of "
            "Orton City Council. The council's leader, Councillor Simon Drake, said the authority accepted the findings.")
    found = _triples(extract(text).relations)
    assert ("Simon Drake", "partOf", "Kelby Borough Council") in found
    assert ("Simon Drake", "partOf", "Orton City Council") not in found


def test_its_after_the_authority_in_a_sentence_with_no_named_body_is_the_authoritys(extract):
    text = ("Inspectors visited Kelby Borough Council in May. The inspection found a toxic culture at the authority and weak "
            "oversight of its housing company, Kelby Homes Ltd.")
    assert ("Kelby Homes Ltd", "partOf", "Kelby Borough Council") in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "The Barset Fire and Rescue Service is governed by the Barset Fire Authority.",
    "The Barset Fire Authority governs the Barset Fire and Rescue Service.",
])
def test_a_body_governed_by_another_is_part_of_it(extract, text):
    assert ("Barset Fire and Rescue Service", "partOf", "Barset Fire Authority") in _triples(extract(text).relations)


def test_joining_the_service_from_another_body_joins_the_service_named_before(extract):
    text = "Kelby Fire and Rescue Service was inspected in May. Mark Tolley joined the service from Orton Borough Council in October."
    found = _triples(extract(text).relations)
    assert ("Mark Tolley", "partOf", "Kelby Fire and Rescue Service") in found
    assert ("Mark Tolley", "partOf", "Orton Borough Council") in found


def test_a_body_the_story_keeps_calling_the_service_is_found_far_back(extract):
    filler = " ".join(f"The service has also improved its {w} work in the last year, inspectors said in their report." for w in (
        "prevention", "protection", "training", "response", "planning", "recruitment", "estates", "fleet"))
    text = f"Kelby Fire and Rescue Service was inspected in May. {filler} A new head of people, Mark Tolley, has joined the service."
    assert ("Mark Tolley", "partOf", "Kelby Fire and Rescue Service") in _triples(extract(text).relations)


def test_the_hall_is_the_hall_named_before(extract):
    text = "Sandford Music Hall has seen its grant cut. The hall is run by the Sandford Heritage Trust."
    assert ("Sandford Music Hall", "partOf", "Sandford Heritage Trust") in _triples(extract(text).relations)


def test_the_hall_is_no_body_of_another_kind(extract):
    text = "Kelby Council met at the town hall on Monday. The hall is run by Orton Trust."
    assert not any(o == "Orton Trust" for _, _, o in _triples(extract(text).relations))


@pytest.mark.parametrize("text, described, other", [
    ("New members include the Barset Puppet Theatre and Lantern Youth Arts, a charity based in Orton.", "Lantern Youth Arts", "Barset Puppet Theatre"),
    ("The grants went to Kelby Playhouse and Barset Arts, a company owned by Orton Council.", "Barset Arts", "Kelby Playhouse"),
])
def test_one_kind_set_beside_a_list_describes_its_last_name(extract, text, described, other):
    found = {(s, o) for s, _, o in _triples(extract(text).relations)}
    assert any(s == described for s, _ in found)
    assert not any(s == other for s, _ in found)


def test_one_kind_set_beside_the_first_name_of_a_list_describes_that_name(extract):
    found = _triples(extract("Kelby Playhouse, a theatre based in Orton, and Barset Arts got grants.").relations)
    assert ("Kelby Playhouse", "locatedIn", "Orton") in found
    assert ("Barset Arts", "locatedIn", "Orton") not in found


@pytest.mark.parametrize("text, person, body", [
    ("Kelby Hospitals NHS Trust agreed the plan. Kelby's chief executive, Richard Lamb, will retire.", "Richard Lamb", "Kelby Hospitals NHS Trust"),
    ("The board of Orton and Sandford NHS Foundation Trust agreed the plan. Orton and Sandford's interim chief executive, "
     "Joanne Reid, will not apply.", "Joanne Reid", "Orton and Sandford NHS Foundation Trust"),
])
def test_a_trusts_name_cut_to_its_place_before_a_post_is_the_trust(extract, text, person, body):
    assert (person, "partOf", body) in _triples(extract(text).relations)


def test_a_place_opening_two_trusts_names_is_neither_before_a_post(extract):
    text = ("Kelby Hospitals NHS Trust and Kelby Community NHS Trust met. Kelby's chief executive, Richard Lamb, will retire.")
    found = _triples(extract(text).relations)
    assert ("Richard Lamb", "partOf", "Kelby Hospitals NHS Trust") not in found
    assert ("Richard Lamb", "partOf", "Kelby Community NHS Trust") not in found


@pytest.mark.parametrize("text", [
    "The boards of Kelby Hospitals NHS Trust and Orton NHS Foundation Trust agreed the plan. Helen Okafor, chair of both trusts, said it would help.",
    "Kelby Hospitals NHS Trust and Orton NHS Foundation Trust agreed the plan. The trusts will remain separate organisations. "
    "Helen Okafor, chair of both trusts, said it would help.",
    "Kelby Hospitals NHS Trust will lose its chief executive. Orton NHS Foundation Trust's chair will stay. "
    "Helen Okafor, chair of both trusts, said it would help.",
])
def test_both_trusts_are_the_two_named_before(extract, text):
    found = _triples(extract(text).relations)
    assert ("Helen Okafor", "partOf", "Kelby Hospitals NHS Trust") in found
    assert ("Helen Okafor", "partOf", "Orton NHS Foundation Trust") in found


@pytest.mark.parametrize("text", [
    "Kelby Hospitals NHS Trust and Orton NHS Foundation Trust agreed the plan. The two trusts have worked together since 2021 as part of the Barset Acute Alliance.",
    "Kelby Hospitals NHS Trust and Orton NHS Foundation Trust agreed the plan. The trusts have worked together as members of the Barset Acute Alliance.",
])
def test_bodies_working_as_part_of_a_group_are_part_of_it(extract, text):
    found = _triples(extract(text).relations)
    assert ("Kelby Hospitals NHS Trust", "partOf", "Barset Acute Alliance") in found
    assert ("Orton NHS Foundation Trust", "partOf", "Barset Acute Alliance") in found


def test_a_collaborative_that_includes_a_body_has_it_as_a_member(extract):
    text = "The trusts belong to the Barset Acute Alliance, a provider collaborative that also includes Barset Community Health NHS Trust."
    assert ("Barset Community Health NHS Trust", "partOf", "Barset Acute Alliance") in _triples(extract(text).relations)


@pytest.mark.parametrize("text, found", [
    ("Orton Park Academy will transfer to the Sandford Schools Partnership in September.", True),
    ("Orton Park Academy will transfer the playing field to the Sandford Schools Partnership.", False),
    ("Orton Park Academy transferred £20,000 to the Sandford Schools Partnership.", False),
])
def test_a_body_transferring_to_another_joins_it(extract, text, found):
    assert (("Orton Park Academy", "partOf", "Sandford Schools Partnership") in _triples(extract(text).relations)) == found


@pytest.mark.parametrize("text", [
    "Orton District Council has formed a partnership with the Barset Integrated Care Board and Kestrel Insight Ltd.",
    "Orton District Council has formed a partnership with the Barset Integrated Care Board and data firm Kestrel Insight Ltd to share data.",
])
def test_a_partnership_with_a_pair_partners_both(extract, text):
    found = _triples(extract(text).relations)
    assert ("Orton District Council", "partneredWith", "Barset Integrated Care Board") in found
    assert ("Orton District Council", "partneredWith", "Kestrel Insight Ltd") in found
    assert not any(p == "created" for _, p, _ in found)


def test_a_sum_ending_a_sentence_ends_it(extract):
    text = "The Competition and Markets Authority fined three suppliers £6m. Orton Outfitters Ltd was fined £2.5m."
    facts = _facts(extract, text)
    assert ("Competition and Markets Authority", "fined", "Orton Outfitters Ltd", "2500000", "implied-agent") in facts
    assert not any(f[3] == "6000000" for f in facts)


def test_a_sum_for_one_of_the_bodies_fined_is_its_own(extract):
    text = "The Competition and Markets Authority fined three suppliers a total of £6m, including £2.5m for Orton Outfitters Ltd."
    facts = _facts(extract, text)
    assert ("Competition and Markets Authority", "fined", "Orton Outfitters Ltd", "2500000", "active") in facts


@pytest.mark.parametrize("text", [
    "The Environment Agency said Kelby Chemicals Ltd must pay a £600,000 civil sanction after pollution of the River Orme.",
    "Kelby Rail Infrastructure is facing a £3 million fine after an investigation by the Environment Agency.",
])
def test_a_body_paying_or_facing_a_sanction_is_fined(extract, text):
    found = _triples(extract(text).relations)
    assert any(s == "Environment Agency" and p == "fined" and o in {"Kelby Chemicals Ltd", "Kelby Rail Infrastructure"} for s, p, o in found)


@pytest.mark.parametrize("text", [
    "The panel included the chief executive of the charity Sandford Voices, Grace Obi.",
    "The selection panel included Mr Aldridge, a former chief constable of Orton Police, Neil Hart, and the chief executive "
    "of the charity Sandford Voices, Grace Obi.\n\nMr Aldridge thanked them.",
])
def test_a_name_set_after_a_post_of_a_kind_of_body_holds_the_post(extract, text):
    found = _triples(extract(text).relations)
    assert ("Grace Obi", "partOf", "Sandford Voices") in found
    assert not any(s.endswith("Aldridge") and o == "Sandford Voices" for s, _, o in found)


@pytest.mark.parametrize("text, criticised", [
    ("The Scottish Public Services Ombudsman said Sandford Council had unreasonably delayed a decision on a planning case.", True),
    ("The Housing Ombudsman found that Sandford Council had wrongly refused a tenant's transfer.", True),
    ("The Scottish Public Services Ombudsman said it had not found that Sandford Council acted unreasonably.", False),
])
def test_an_ombudsman_saying_a_body_acted_unreasonably_criticises_it(extract, text, criticised):
    found = {(p, o) for _, p, o in _triples(extract(text).relations)}
    assert (("criticised", "Sandford Council") in found) == criticised


def test_a_statutory_recommendation_from_auditors_criticises_the_body(extract):
    text = "Auditors at Grant Thornton issued a statutory recommendation to Orton Borough Council over its budget."
    assert ("Grant Thornton", "criticised", "Orton Borough Council") in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "Ofsted and the Care Quality Commission carried out the joint inspection in September.\n\nInspectors looked at the work of Kelby County Council.",
    "Ofsted and the Care Quality Commission carried out the joint inspection in September. Inspectors examined Kelby County Council.",
])
def test_inspectors_after_a_joint_inspection_are_every_inspectorate_named(extract, text):
    found = _triples(extract(text).relations)
    assert ("Ofsted", "inspected", "Kelby County Council") in found
    assert ("Care Quality Commission", "inspected", "Kelby County Council") in found


def test_inspectors_with_several_regulators_named_long_before_are_none_of_them(extract):
    text = ("Ofsted rated the school good in 2019. The Care Quality Commission rated the surgery good. The council met on Monday. "
            "Inspectors looked at the work of Kelby County Council.")
    assert not any(o == "Kelby County Council" for _, _, o in _triples(extract(text).relations))


@pytest.mark.parametrize("text, person, body", [
    ("Barsetshire Police was inspected. Assistant Chief Constable Priya Nair said Barsetshire Police had set up a new hub.", "Priya Nair", "Barsetshire Police"),
    ("Kelby Council was inspected. Chief executive Priya Nair said Barsetshire Police had set up a new hub.", "Priya Nair", None),
])
def test_a_titled_speaker_naming_a_body_of_the_posts_kind_works_there(extract, text, person, body):
    found = {(s, o) for s, p, o in _triples(extract(text).relations) if p == "partOf"}
    assert ((person, body) in found) if body else not any(s == person for s, _ in found)


@pytest.mark.parametrize("text, partnered", [
    ("The guidance, written by the Local Government Association with the Kelby Institute, sets out how councils should use AI.", True),
    ("The Local Government Association wrote the guidance with the Kelby Institute.", True),
    ("The guidance was written by the Local Government Association with help from its own staff.", False),
])
def test_a_work_written_by_one_body_with_another_partners_them(extract, text, partnered):
    found = _triples(extract(text).relations)
    assert (("Local Government Association", "partneredWith", "Kelby Institute") in found) == partnered


@pytest.mark.parametrize("text, funded", [
    ("Orton Borough Council's bid was backed by the town's MP, Helen Carter, who said it would bring jobs.", False),
    ("Orton Borough Council's bid was backed by the Orton Trust.", True),
])
def test_a_person_backing_a_body_funds_it_only_with_a_sum(extract, text, funded):
    found = {(s, p) for s, p, _ in _triples(extract(text).relations)}
    assert any(p == "funded" for _, p in found) == funded
    assert ("Helen Carter", "funded") not in found


def test_one_leaving_a_body_to_join_another_was_part_of_both(extract):
    found = _triples(extract("Rachel Ellis is to leave Orton Borough Council to join the Local Government Association as director of policy.").relations)
    assert ("Rachel Ellis", "partOf", "Orton Borough Council") in found
    assert ("Rachel Ellis", "partOf", "Local Government Association") in found
    assert ("Orton Borough Council", "partneredWith", "Local Government Association") not in found


@pytest.mark.parametrize("text, found", [
    ("Hannah Lowe spent six years at the Orton Trust.", True),
    ("Hannah Lowe takes the helm at Barset Community Foundation next month after six years at the Orton Trust.", True),
    ("Hannah Lowe spent the weekend at the Orton Trust centre.", False),
    ("Hannah Lowe spent £5,000 at the Orton Trust shop.", False),
])
def test_years_spent_at_a_body_were_spent_as_part_of_it(extract, text, found):
    assert (("Hannah Lowe", "partOf", "Orton Trust") in _triples(extract(text).relations)) == found


@pytest.mark.parametrize("text", [
    "Orton Borough Council appointed insolvency practitioners from Halden Advisory as administrators on Tuesday.",
    "Orton Borough Council appointed Halden Advisory as administrators.",
])
def test_administrators_from_a_firm_appoint_the_firm(extract, text):
    assert ("Orton Borough Council", "appointed", "Halden Advisory") in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "Brightwater Energy Ltd ceased trading on Monday. Orton Borough Council later lent it a further £12m.",
    "Brightwater Energy Ltd ceased trading on Monday. Orton Borough Council bought a stake in the company in 2019 and later lent it a further £12m.",
])
def test_it_as_the_object_of_a_main_verb_is_the_body_the_sentence_before_was_about(extract, text):
    facts = _facts(extract, text)
    assert any(f[:4] == ("Orton Borough Council", "funded", "Brightwater Energy Ltd", "12000000") for f in facts)


def test_it_as_the_object_is_not_the_sentences_own_subject(extract):
    text = "Kelby Council met on Monday. Kelby Council later lent it a further £12m."
    assert not any(o == "Kelby Council" for _, _, o in _triples(extract(text).relations))


def test_an_opposition_leader_councillor_is_of_the_articles_council(extract):
    text = "Orton Borough Council lost money. Opposition leader Councillor Fiona Grant said the investment had been a scandal."
    assert ("Fiona Grant", "partOf", "Orton Borough Council") in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "An inspection by the Care Quality Commission found that Sandford General Hospital was overcrowded.",
    "An unannounced inspection by the Care Quality Commission found that Sandford General Hospital's emergency department was overcrowded.",
])
def test_an_inspection_by_a_regulator_that_found_something_inspected_the_body_found_about(extract, text):
    assert ("Care Quality Commission", "inspected", "Sandford General Hospital") in _triples(extract(text).relations)


def test_a_kind_set_beside_a_council_describes_the_name_before_of_its_kind(extract):
    text = ("The university runs the Orton Civic Lab with Barset County Council, a project funded by the Arts and Humanities "
            "Research Council.")
    found = _triples(extract(text).relations)
    assert ("Arts and Humanities Research Council", "funded", "Orton Civic Lab") in found
    assert ("Arts and Humanities Research Council", "funded", "Barset County Council") not in found
    assert ("Organisation", "Barset County Council") in {(e.type, e.name) for e in extract(text).entities}


def test_a_place_no_register_knows_before_a_mayor_is_the_council_named_for_it(extract):
    text = "Orton Town Council signed the deal. Orton's mayor, Councillor Dennis Rowe, said it was a win for both."
    found = _triples(extract(text).relations)
    assert ("Dennis Rowe", "partOf", "Orton Town Council") in found
    assert ("Dennis Rowe", "partOf", "Orton") not in found


def test_a_joint_venture_with_a_plc_partners_it(extract):
    text = "Orton Homes Ltd has signed a joint venture agreement with developer Castlegate plc."
    assert ("Orton Homes Ltd", "partneredWith", "Castlegate plc") in _triples(extract(text).relations)


def test_every_member_of_a_consortium_is_each_others_partner(extract):
    found = _triples(extract("A consortium of Barset Housing, Kelby Homes and Orton Living won the contract.").relations)
    assert {("Barset Housing", "Orton Living"), ("Kelby Homes", "Orton Living")} <= {(s, o) for s, p, o in found if p == "partneredWith"}


def test_a_predecessor_moving_on_to_another_post_held_the_post_too(extract):
    text = ("Kelby Trust has appointed a new chair. Dame Patricia Hollis will take up the post on 1 January. She replaces Dr Simon "
            "Ford, who is stepping down after four years to become chair of Orton University Hospitals NHS Foundation Trust.")
    found = _triples(extract(text).relations)
    assert ("Simon Ford", "partOf", "Kelby Trust") in found
    assert ("Simon Ford", "partOf", "Orton University Hospitals NHS Foundation Trust") in found


def test_a_report_set_after_a_finding_lends_it_no_negation(extract):
    text = ("The Regulator of Social Housing has published its judgements. Separately, the regulator found Sandford Borough Council in "
            "breach of the Safety and Quality Standard, saying the council had not met its legal duties.")
    assert ("Regulator of Social Housing", "criticised", "Sandford Borough Council") in _triples(extract(text).relations)


def test_a_finding_of_no_breach_is_still_no_criticism(extract):
    text = "The regulator said it found no breach by Sandford Borough Council, noting the council had acted quickly."
    assert not {r for r in extract(text).relations if r.predicate == "criticised"}


def test_a_grade_lowered_in_a_clause_of_have_is_the_subjects_inspection(extract):
    text = ("The Regulator of Social Housing published its latest judgements. Orton Vale Homes, which owns about 6,400 homes, had its "
            "governance grade lowered from G1 to G2 after it referred itself to the regulator.")
    assert ("Regulator of Social Housing", "inspected", "Orton Vale Homes") in _triples(extract(text).relations)


def test_a_licence_cancelled_in_a_clause_of_have_by_a_regulator(extract):
    text = "Kelby Homecare Ltd had its registration cancelled by the Care Quality Commission."
    assert ("Care Quality Commission", "criticised", "Kelby Homecare Ltd") in _triples(extract(text).relations)


def test_a_regulators_investigation_that_found_failings_inspected_the_body(extract):
    for text in ("An investigation by the Health and Safety Executive found that Orton Learning Trust had not assessed the risk.",
                 "A Health and Safety Executive investigation found that Orton Learning Trust had not assessed the risk."):
        assert ("Health and Safety Executive", "inspected", "Orton Learning Trust") in _triples(extract(text).relations), text


def test_a_police_investigation_is_no_inspection(extract):
    text = "An investigation by Barset Police into Kelby Borough Council found no wrongdoing."
    assert not {r for r in extract(text).relations if r.predicate == "inspected"}


def test_working_with_a_regulator_to_put_things_right_is_no_partnership(extract):
    for text in ("Kelby Borough Council said it was working closely with Ofsted to improve its services.",
                 "The trust said it would work with the Care Quality Commission to make the improvements needed.",
                 "Orton Vale Homes said the board was working with the Regulator of Social Housing to put things right."):
        assert not {r for r in extract(text).relations if r.predicate == "partneredWith"}, text


def test_working_with_a_regulator_on_a_project_or_with_others_to_improve_is_a_partnership(extract):
    assert ("Kelby Borough Council", "partneredWith", "Ofsted") in _triples(extract("Kelby Borough Council is working with Ofsted on a new pilot.").relations)
    text = "Kelby Borough Council is working with Barset Police to improve road safety."
    assert ("Kelby Borough Council", "partneredWith", "Barset Police") in _triples(extract(text).relations)


def test_a_sum_in_a_verb_joined_to_give_is_the_joined_verbs(extract):
    facts = _facts(extract, "The Gambling Commission gave Orton Leisure Group Ltd a warning and fined the operator £212,000.")
    assert not {f for f in facts if f[1] == "funded"}
    assert ("Gambling Commission", "fined", "Orton Leisure Group Ltd", "212000") in {f[:4] for f in facts}


def test_money_paid_to_a_regulator_for_failings_is_a_fine(extract):
    facts = _facts(extract, "Barset Bet Ltd paid £540,000 to the Gambling Commission in 2022 for similar failings.")
    assert ("Gambling Commission", "fined", "Barset Bet Ltd", "540000") in {f[:4] for f in facts}
    assert not {f for f in facts if f[1] == "funded"}


def test_facing_action_from_a_regulator_is_its_criticism(extract):
    found = _triples(extract("Barset Bet Ltd has faced regulatory action from the Gambling Commission.").relations)
    assert ("Gambling Commission", "criticised", "Barset Bet Ltd") in found
    assert not _triples(extract("Kelby Borough Council faces legal action from residents.").relations)


def test_a_perfect_participle_clause_shares_the_subject_of_its_verb(extract):
    facts = {f[:4] for f in _facts(extract, "Barset Bet Ltd has faced action from the Gambling Commission before, having paid £540,000 "
                                            "in 2022 for similar failings.")}
    assert ("Gambling Commission", "fined", "Barset Bet Ltd", "540000") in facts
    facts = {f[:4] for f in _facts(extract, "Orton Homes, having been fined £20,000 by the Health and Safety Executive, has now "
                                            "improved its safety record.")}
    assert ("Health and Safety Executive", "fined", "Orton Homes", "20000") in facts


def test_a_post_announced_then_someone_chosen_for_it(extract):
    text = ("Barset County Council has announced the appointment of a permanent chief fire officer. Karen Whitlock was chosen "
            "after an open recruitment process.")
    assert ("Barset County Council", "appointed", "Karen Whitlock") in _triples(extract(text).relations)
    found = _triples(extract("Kelby Trust has chosen a new chief executive. Dr Ann Lee was selected from a strong field.").relations)
    assert ("Kelby Trust", "appointed", "Ann Lee") in found


def test_a_councillor_named_with_the_councils_place_and_tier_sits_on_that_council(extract):
    found = extract("Kelby County Councillor Amir Shah won the vote.")
    assert ("Amir Shah", "partOf", "Kelby County Council") in _triples(found.relations)
    assert ("Organisation", "Kelby County Council") in {(e.type, e.name) for e in found.entities}
    found = _triples(extract("Orton Borough Councillor Lydia Grant, formerly vice-chair of the Orton Fire Authority, was elected chair.").relations)
    assert ("Lydia Grant", "partOf", "Orton Borough Council") in found


def test_a_hyphened_post_held_formerly_is_no_post_now(extract):
    found = _triples(extract("Lydia Grant, formerly vice-chair of the Orton Fire Authority, was elected chair.").relations)
    assert ("Lydia Grant", "partOf", "Orton Fire Authority") not in found
    found = _triples(extract("Lydia Grant, vice-chair of the Orton Fire Authority, was elected chair.").relations)
    assert ("Lydia Grant", "partOf", "Orton Fire Authority") in found


def test_one_of_the_bodies_a_joint_name_joins_is_no_short_form_of_it(extract):
    names = {e.name for e in extract("A new chair has been elected to the Kelby and Orton Fire and Rescue Authority. Amir Shah "
                                     "was previously chair of the Kelby Fire Authority.").entities}
    assert {"Kelby and Orton Fire and Rescue Authority", "Kelby Fire Authority"} <= names
    names = {e.name for e in extract("Barset Fire and Rescue Authority met on Monday. The Fire Authority agreed the budget.").entities}
    assert "Fire Authority" not in names


def test_the_body_that_announced_the_funding_gives_the_shares_received_after(extract):
    facts = {f[:4] for f in _facts(extract, "The Department for Levelling Up, Housing and Communities has announced £310 million in funding "
                                            "through the Homelessness Prevention Grant. Sandford Borough Council will receive £374,000 of "
                                            "the new funding and Barset Council has been allocated £612,000.")}
    dept = "Department for Levelling Up, Housing and Communities"
    assert {(dept, "funded", "Sandford Borough Council", "374000"), (dept, "funded", "Barset Council", "612000")} <= facts


def test_a_package_from_a_body_makes_it_the_source_of_the_shares_listed(extract):
    facts = {f[:4] for f in _facts(extract, "The money is part of a £203 million package from the Ministry of Housing, Communities and "
                                            "Local Government. Kelby County Council has received £368,550, Orton District Council £464,960 "
                                            "and Sandford District Council £205,695.")}
    assert ("Ministry of Housing, Communities and Local Government", "funded", "Orton District Council", "464960") in facts


def test_a_successful_bid_for_funding_from_a_body_is_its_funding(extract):
    assert ("Arts Council", "funded", "Orton District Council") in _triples(
        extract("Orton District Council successfully bid for £40,000 from the Arts Council.").relations)
    for text in ("Orton District Council bid for £40,000 from the Arts Council.",
                 "Orton District Council has bid unsuccessfully for funding from the Arts Council."):
        assert not _triples(extract(text).relations), text


def test_the_last_two_of_a_list_of_bodies_are_two_names(extract):
    found = extract("Kelby General Hospitals, Orton Health and Sandford Healthcare are partnering on the Barset Commercial Research Centre.")
    assert {"Orton Health", "Sandford Healthcare"} <= {e.name for e in found.entities}
    assert ("Orton Health", "partneredWith", "Sandford Healthcare") in _triples(found.relations)
    assert "Local Government Finance and Devolution Consortium" in {
        e.name for e in extract("He joined the Local Government Finance and Devolution Consortium.").entities}


def test_a_participle_opening_the_sentence_describes_the_body_its_subject_stands_for(extract):
    text = ("The Kelby Biomedical Research Centre opened in May. Funded by the National Institute for Health and Care Research, the "
            "centre links researchers with local industry.")
    assert ("National Institute for Health and Care Research", "funded", "Kelby Biomedical Research Centre") in _triples(extract(text).relations)
    assert not _triples(extract("Kelby Borough Council approved the plan. Funded by the Arts Council, the scheme will run for two years.").relations
                        ) & {("Arts Council", "funded", "Kelby Borough Council")}


def test_an_inspection_set_in_time_naming_no_one_is_of_the_storys_one_body(extract):
    text = ("Kelby City Council's children's services have made steady progress over the past two years, according to Ofsted. "
            "During a four-week inspection, inspectors found that social workers act quickly.")
    assert ("Ofsted", "inspected", "Kelby City Council") in _triples(extract(text).relations)
    text = ("Kelby City Council and Orton Borough Council share services, Ofsted said. During a recent inspection, inspectors "
            "found that social workers act quickly.")
    assert not {r for r in extract(text).relations if r.predicate == "inspected"}


def test_the_one_taken_over_from_held_the_post_stated_the_sentence_before(extract):
    text = "Rachel Dunn is chief executive of the Barset Development Agency. She took over from Sir Peter Grant in 2022."
    assert ("Peter Grant", "partOf", "Barset Development Agency") in _triples(extract(text).relations)
    text = "Rachel Dunn is chief executive of the Barset Development Agency. Sam Cole took over from Sir Peter Grant in 2022."
    assert ("Peter Grant", "partOf", "Barset Development Agency") not in _triples(extract(text).relations)


def test_a_pronoun_that_moved_or_left_to_become_a_post_holds_it(extract):
    for verb in ("moved", "left"):
        text = f"Sir Peter Grant stepped down in 2022. He {verb} to become permanent secretary at the Department for Housing."
        assert ("Peter Grant", "partOf", "Department for Housing") in _triples(extract(text).relations), verb
    assert not _triples(extract("Sir Peter Grant retired in 2022. He wants to be chair of Kelby Trust.").relations)


def test_he_is_no_one_the_article_calls_ms(extract):
    text = ("Rachel Dunn said she would leave the agency. Ms Dunn took over from Sir Peter Grant in 2022, when he became permanent "
            "secretary at the Department for Housing.")
    assert ("Rachel Dunn", "partOf", "Department for Housing") not in _triples(extract(text).relations)


def test_a_bare_post_before_a_name_a_body_suspends_or_sacks_is_at_that_body(extract):
    assert ("Gary Stone", "partOf", "Kelby Borough Homes") in _triples(
        extract("Kelby Borough Homes has suspended chief executive Gary Stone.").relations)
    assert ("Sam Reed", "partOf", "Kelby Borough Council") in _triples(extract("Kelby Borough Council has sacked finance director Sam Reed.").relations)
    found = _triples(extract("The Barset Police and Crime Commissioner has appointed Deputy Chief Constable Mia Grant as the new chief "
                             "constable of Barset Constabulary.").relations)
    assert ("Mia Grant", "partOf", "Barset Police and Crime Commissioner") not in found


def test_a_venture_worth_a_sum_with_a_partner_hung_on_the_sum(extract):
    text = "Orton Borough Council has agreed to create a joint venture worth up to £500m with developer Sandford Residential."
    assert ("Orton Borough Council", "partneredWith", "Sandford Residential") in _triples(extract(text).relations)


def test_a_body_appointed_or_described_as_a_partner_with_another_partners_it(extract):
    for text in ("Orton Homes Ltd had been appointed as a joint venture partner with Sandford Borough Council for residential development.",
                 "Orton Homes Ltd is a joint venture partner with Sandford Borough Council."):
        assert ("Orton Homes Ltd", "partneredWith", "Sandford Borough Council") in _triples(extract(text).relations), text
    found = _triples(extract("Jo Bloggs has been named as a partner of Kelby Law LLP.").relations)
    assert not {t for t in found if t[1] == "partneredWith"}


def test_working_with_the_inspectorate_unnamed_is_answering_to_it(extract):
    text = ("Barset Police was inspected by His Majesty's Inspectorate of Constabulary and Fire and Rescue Services. The chief "
            "constable said the force would keep working closely with the inspectorate.")
    assert not {r for r in extract(text).relations if r.predicate == "partneredWith"}


def test_a_body_placed_in_engage_by_the_articles_regulator_is_criticised(extract):
    text = ("Six police forces in England are now under special measures, His Majesty's Inspectorate of Constabulary and Fire and "
            "Rescue Services said. Kelby Police was the latest to be placed in the Engage phase this week.")
    found = {(r.predicate, r.object.name) for r in extract(text).relations}
    assert ("criticised", "Kelby Police") in found


def test_a_person_a_body_sacks_or_dismisses_was_part_of_it(extract):
    assert ("Sean Pryce", "partOf", "Kelby Police") in _triples(extract("Sean Pryce was sacked by Kelby Police in 2012.").relations)
    assert ("Jo Bloggs", "partOf", "Kelby Police") in _triples(extract("Kelby Police dismissed PC Jo Bloggs after a hearing.").relations)
    assert not _triples(extract("Kelby Borough Council sacked contractor Orton Ltd in May.").relations)
    found = _triples(extract("The Nursing and Midwifery Council suspended nurse Jo Bloggs for six months.").relations)
    assert ("Jo Bloggs", "partOf", "Nursing and Midwifery Council") not in found


def test_the_cabinet_joined_is_the_councils_named_before(extract):
    found = _triples(extract("Kelby Borough Council met on Monday. Cllr Leah Thomas and Cllr Lee Bright will join the cabinet for "
                             "the first time.").relations)
    assert {("Leah Thomas", "partOf", "Kelby Borough Council"), ("Lee Bright", "partOf", "Kelby Borough Council")} <= found
    found = _triples(extract("Sandford City Council has published its Housing Strategy 2025-2030. The strategy was drawn up with "
                             "Sandford Housing Partnership and approved by the cabinet in June.").relations)
    assert not {t for t in found if t[0] == "Sandford Housing Partnership" and t[1] == "introduced"}


def test_who_brings_a_case_prosecutes_and_the_court_named_fines(extract):
    facts = _facts(extract, "Acme Ltd was ordered to pay £5,000 in fines in a case brought by the Environment Agency.")
    assert {f[4] for f in facts if f[:3] == ("Environment Agency", "fined", "Acme Ltd")} == {"implied-agent"}
    text = ("Acme Ltd was ordered to pay £5,000 in fines in a case brought by the Environment Agency. The hearing took place at "
            "Kelby Magistrates' Court.")
    found = _triples(extract(text).relations)
    assert ("Kelby Magistrates' Court", "fined", "Acme Ltd") in found and ("Environment Agency", "fined", "Acme Ltd") not in found
    assert ("Environment Agency", "fined", "Acme Ltd") in _triples(extract("Acme Ltd was ordered to pay a fine imposed by the Environment Agency.").relations)


@pytest.mark.parametrize("text,amount", [
    ("The Barset Foundation will pay for a new pool at Orton Leisure Centre.", None),
    ("The Barset Foundation has funded a new pool at Orton Leisure Centre.", None),
    ("The Barset Foundation has given £50,000 towards a new pool at Orton Leisure Centre.", "50000"),
    ("A donation of £50,000 from the Barset Foundation will pay for a new pool at Orton Leisure Centre.", "50000"),
])
def test_money_for_a_thing_sited_at_a_body_funds_the_body(extract, text, amount):
    assert ("Barset Foundation", "funded", "Orton Leisure Centre", amount) in {f[:4] for f in _facts(extract, text)}


def test_a_thing_at_a_body_that_money_is_not_for_is_no_recipient(extract):
    found = _triples(extract("The Lottery awarded £5m to Kelby Trust at a ceremony at Kelby Town Hall.").relations)
    assert not {t for t in found if t[2] == "Kelby Town Hall"}


def test_the_app_is_no_programme_named_as_a_campaign(extract):
    text = ("Commissioned as part of Orton Borough Council's Love Your Street campaign, the app sends pictures of problems to the "
            "council. The app was built by Local Apps Ltd.")
    assert ("Local Apps Ltd", "created", "Love Your Street") not in _triples(extract(text).relations)


def test_a_person_answerable_for_a_field_at_a_body_holds_a_post_there(extract):
    for text in ("Stuart Tran, responsible for finance at Orton Borough Council, said residents liked the app.",
                 "Stuart Tran, who is responsible for finance at Orton Borough Council, said residents liked the app.",
                 "Stuart Tran is accountable for housing at Orton Borough Council."):
        assert ("Stuart Tran", "partOf", "Orton Borough Council") in _triples(extract(text).relations), text
    assert not _triples(extract("Orton Borough Council is responsible for the roads at the junction.").relations)


def test_maladministration_found_by_a_body_criticises_it(extract):
    found = _triples(extract("The Housing Ombudsman found severe maladministration by Kelby Borough Council.").relations)
    assert ("Housing Ombudsman", "criticised", "Kelby Borough Council") in found
    assert not _triples(extract("The Housing Ombudsman found no maladministration by Kelby Borough Council.").relations)


def test_a_body_benefiting_from_money_from_another_is_funded_by_it(extract):
    facts = {f[:4] for f in _facts(extract, "Sandford Food Bank will benefit from a £12,000 boost from the Kelby Building Society's "
                                            "charitable fund.")}
    assert ("Kelby Building Society", "funded", "Sandford Food Bank", "12000") in facts
    assert not _triples(extract("Sandford Food Bank will benefit from the new scheme run by Kelby Borough Council.").relations) & {
        ("Kelby Borough Council", "funded", "Sandford Food Bank")}


def test_a_body_taken_out_of_special_measures_by_a_regulator_was_inspected(extract):
    for text in ("One practice, Orchard Surgery in Orton, has been taken out of special measures by the Care Quality Commission.",
                 "The Care Quality Commission has taken Orchard Surgery out of special measures.",
                 "Orchard Surgery has been removed from special measures by the Care Quality Commission."):
        assert ("Care Quality Commission", "inspected", "Orchard Surgery") in _triples(extract(text).relations), text
    assert not _triples(extract("Kelby Borough Council took the pupils out of the building.").relations)


def test_a_role_phrase_set_off_after_one_of_two_subjects_is_that_ones(extract):
    text = ("Professor David Pell, in his role as chair of Barset Universities, and Sarah Noon, chair of the Barset Councils "
            "Chief Executives Group, have set out how the partnership is shaping the region.")
    found = _triples(extract(text).relations)
    assert ("David Pell", "partOf", "Barset Universities") in found
    assert ("Sarah Noon", "partOf", "Barset Universities") not in found


def test_a_body_moved_into_a_regulators_engage_phase_is_criticised(extract):
    text = ("Both Orton Fire and Rescue Service and Sandford Fire Brigade have been moved into what His Majesty's Inspectorate of "
            "Constabulary and Fire and Rescue Services calls 'engage'.")
    assert {o for s, p, o in _triples(extract(text).relations) if p == "criticised"} == {"Orton Fire and Rescue Service", "Sandford Fire Brigade"}
    assert not _triples(extract("Orton Fire and Rescue Service has moved into new headquarters.").relations)


def test_a_post_in_a_part_of_a_body_named_by_its_possessive_is_held_at_the_body(extract):
    for text in ("Protests were held against Dr Helen Marsh, a senior lecturer in the University of Barset's law school.",
                 "The University of Barset was fined. Dr Helen Marsh, a senior lecturer in the university's law school, left."):
        assert ("Helen Marsh", "partOf", "University of Barset") in _triples(extract(text).relations), text
    assert not _triples(extract("Dr Helen Marsh, a senior lecturer in law, visited the University of Barset's law school.").relations)


def test_a_body_fined_after_an_investigation_by_a_regulator_was_inspected_by_it(extract):
    for text in ("Sandford Water was fined £90 million in July 2021 after an investigation by the Environment Agency.",
                 "The record fine of £90 million was handed to Sandford Water following an investigation by the Environment Agency."):
        assert ("Environment Agency", "inspected", "Sandford Water") in _triples(extract(text).relations), text
    text = "Sandford Water and Kelby Water were both named after an investigation by the Environment Agency."
    assert not {t for t in _triples(extract(text).relations) if t[1] == "inspected"}


def test_a_person_leaving_for_a_role_at_a_body_holds_a_post_there(extract):
    for text in ("Ruth Penrose left in March for a director's role at Wessex County Council.",
                 "Ruth Penrose, who is leaving for a post with Wessex County Council, was thanked by staff."):
        assert ("Ruth Penrose", "partOf", "Wessex County Council") in _triples(extract(text).relations), text
    assert not _triples(extract("Ruth Penrose left for Wessex County Council's offices in March.").relations)


def test_a_headlines_funding_noun_does_not_take_the_sites_name_after_a_dash_as_its_object(extract):
    found = extract("Cabinet considered a report on grants funded through the UK Shared Prosperity Fund.",
                    title="Decision details - Community Grants Allocation 2025/26 - Kelby Borough Council")
    assert not {t for t in _triples(found.relations) if t[1] == "funded"}


def test_money_helping_a_kind_in_a_place_does_not_fund_the_places_council(extract):
    text = ("Kelby Borough Council considered a report on grants funded by the UK Shared Prosperity Fund. "
            "The grants helped community organisations in the borough.")
    assert ("UK Shared Prosperity Fund", "funded", "Kelby Borough Council") not in _triples(extract(text).relations)
    text = "The grant from the Kelby Fund helped Kelby Foodbank to open a new warehouse in the borough."
    assert ("Kelby Fund", "funded", "Kelby Foodbank") in _triples(extract(text).relations)


def test_a_post_and_its_body_in_brackets_after_a_name(extract):
    found = extract("The other signatories were Alan Bode (chief executive, Kelby Living), Beth Fuller (chief executive, "
                    "Orton Housing) and Jo Ray (executive director, Sandford Homes).")
    assert {("Alan Bode", "partOf", "Kelby Living"), ("Beth Fuller", "partOf", "Orton Housing"),
            ("Jo Ray", "partOf", "Sandford Homes")} <= _triples(found.relations)
    assert {e.name: e.type for e in found.entities}["Kelby Living"] == "Organisation"
    assert not _triples(extract("The panel heard from Alan Bode (formerly chief executive, Kelby Living).").relations)


@pytest.mark.parametrize("text", [
    "Barsetshire County Council and Kelby Homes have signed a pledge to keep working together.",
    "Barsetshire County Council has made a commitment to work with Kelby Homes.",
])
def test_the_infinitive_of_a_pledge_is_done_by_the_pledges_maker(extract, text):
    found = _triples(extract(text).relations)
    assert {("Barsetshire County Council", "partneredWith", "Kelby Homes"), ("Kelby Homes", "partneredWith", "Barsetshire County Council")} & found


def test_a_name_appointed_as_a_kind_of_firm_is_a_body(extract):
    found = extract("Sandford Housing Group appointed Higgins Build as the lead contractor on a £14.2 million development in Kelby.")
    assert {e.name: e.type for e in found.entities}["Higgins Build"] == "Organisation"
    assert ("Sandford Housing Group", "appointed", "Higgins Build") in _triples(found.relations)


@pytest.mark.parametrize("text", [
    "Through the support of Homes England funding, Orton Housing has been able to bring the development forward.",
    "With Homes England funding, Orton Housing has been able to bring the development forward.",
])
def test_money_named_by_its_giver_in_a_phrase_on_a_clause_funds_the_clauses_doer(extract, text):
    found = _triples(extract(text).relations)
    assert ("Homes England", "funded", "Orton Housing") in found
    assert not {t for t in found if t[1] == "partneredWith"}


def test_a_body_named_on_money_after_with_is_no_partner_in_what_is_made(extract):
    found = _triples(extract("With Kelby Council funding, Orton Community Trust opened a cafe.").relations)
    assert ("Kelby Council", "funded", "Orton Community Trust") in found
    assert not {t for t in found if t[1] == "partneredWith"}


def test_a_post_left_in_a_who_clause_on_a_subject_is_the_subjects(extract):
    text = "William Nunn, who this week resigned as leader of Kelby District Council, said the departure had helped trigger his decision."
    assert ("William Nunn", "partOf", "Kelby District Council") in _triples(extract(text).relations)
    text = "William Nunn, who previously worked as director of Kelby District Council, said it was time."
    assert not _triples(extract(text).relations)


def test_the_body_that_set_up_a_fund_or_gave_a_sum_is_the_articles_implied_funder(extract):
    for first in ("Eighteen councils have won a share of a £6.9m fund set up by the Ministry of Housing, Communities and Local Government.",
                  "The Ministry of Housing, Communities and Local Government has set up a £6.9m fund.",
                  "Eighteen councils have won a share of £6.9m from the Ministry of Housing, Communities and Local Government."):
        facts = {f[:4] for f in _facts(extract, first + " Kelby and Orton Council has been awarded £300,000 to set up a centre.")}
        assert ("Ministry of Housing, Communities and Local Government", "funded", "Kelby and Orton Council", "300000") in facts, first
    text = "Staff from Kelby Borough Council visited. Kelby and Orton Council has been awarded £300,000 to set up a centre."
    assert not {t for t in _triples(extract(text).relations) if t[1] == "funded"}


def test_the_bodies_a_partnership_is_said_to_comprise_are_partners(extract):
    text = ("The largest sums were awarded to two partnerships – one comprising Wessex County Council, Kelby Borough Council and "
            "Orton Borough Council, the other made up of Barsetshire County Council and Barsetshire Fire and Rescue Authority.")
    found = {frozenset((s, o)) for s, p, o in _triples(extract(text).relations) if p == "partneredWith"}
    assert {frozenset(("Wessex County Council", "Kelby Borough Council")), frozenset(("Kelby Borough Council", "Orton Borough Council")),
            frozenset(("Barsetshire County Council", "Barsetshire Fire and Rescue Authority"))} <= found
    assert frozenset(("Kelby Borough Council", "Barsetshire County Council")) not in found


def test_a_sums_giver_after_from_is_the_stated_funder_before_any_implied_one(extract):
    facts = _facts(extract, "Kelby Council has set up a £1m fund. A £150,000 award from the Arts Council will allow the Orton "
                            "Playhouse to run workshops in schools.")
    assert ("Arts Council", "funded", "Orton Playhouse", "150000", "active") in facts


@pytest.mark.parametrize("text", [
    "HM Inspectorate of Prisons visited the area. The chief inspector called on the Justice Secretary to intervene urgently at "
    "HMP Kelby after an inspection found high levels of violence.",
    "HM Inspectorate of Prisons visited the area. The chief inspector called on the Justice Secretary to intervene urgently at "
    "HMP Kelby after an inspection last month found high levels of violence.",
])
def test_an_inspection_that_found_something_before_a_request_was_done(extract, text):
    assert ("HM Inspectorate of Prisons", "inspected", "HMP Kelby") in _triples(extract(text).relations)
    asked = "The chief inspector called on HM Inspectorate of Prisons to inspect HMP Kelby."
    assert not {t for t in _triples(extract(asked).relations) if t[1] == "inspected"}


def test_a_partnership_phrase_set_off_after_a_passives_subject_is_the_subjects(extract):
    text = ("Kelby Teaching Hospitals NHS Trust, in partnership with the University of Kelby, has been awarded £19.8m by the "
            "National Institute for Health and Care Research.")
    found = _triples(extract(text).relations)
    assert ("Kelby Teaching Hospitals NHS Trust", "partneredWith", "University of Kelby") in found
    assert not {t for t in found if t[1] == "partneredWith" and "National Institute for Health and Care Research" in t}


def test_concerns_over_a_bodys_support_for_people_criticise_the_body(extract):
    assert ("Ofgem", "criticised", "Kelby Energy") in _triples(extract("Ofgem raised concerns over Kelby Energy's support for households.").relations)


def test_an_investigation_that_upheld_complaints_about_a_body_inspected_it(extract):
    text = "Orton Power was selling energy. An investigation by Ofgem upheld complaints that Orton Power had breached sales rules."
    assert ("Ofgem", "inspected", "Orton Power") in _triples(extract(text).relations)
    assert not _triples(extract("An investigation by Ofgem upheld the rules on sales.").relations)


def test_a_name_a_body_collaborates_with_is_a_body(extract):
    found = extract("Barsetshire County Council, on behalf of the Barset Data Partnership, is collaborating with Nquiry Labs to "
                    "connect the Barset Hub with the Open City Data Platform.")
    assert {e.name: e.type for e in found.entities}["Nquiry Labs"] == "Organisation"
    assert ("Barsetshire County Council", "partneredWith", "Nquiry Labs") in _triples(found.relations)


def test_a_noun_to_be_called_a_name_is_that_name(extract):
    found = _triples(extract("Kelby Homes and Orton Housing Group have agreed to merge. The combined organisation, to be called "
                             "Wessex Living, will be led by Fiona Marsh.").relations)
    assert ("Fiona Marsh", "partOf", "Wessex Living") in found
    assert ("Fiona Marsh", "partOf", "Orton Housing Group") not in found


def test_an_investigation_after_which_a_person_faces_a_hearing_is_not_of_a_body(extract):
    text = ("A Kelby Police constable, Daniel Reeves, will face a gross misconduct hearing after an investigation by the "
            "Independent Office for Police Conduct.")
    assert not {t for t in _triples(extract(text).relations) if t[1] == "inspected"}


def test_a_body_in_a_clause_describing_the_appointer_leaves_a_bare_post_the_appointers(extract):
    text = ("Sandford Leisure Trust, which runs the town's six leisure centres on behalf of Sandford District Council, has "
            "appointed a new chief executive, Joanne Park.")
    found = _triples(extract(text).relations)
    assert ("Joanne Park", "partOf", "Sandford Leisure Trust") in found
    assert ("Joanne Park", "partOf", "Sandford District Council") not in found


def test_the_implied_grant_maker_funds_a_hall_but_not_a_town(extract):
    facts = {f[:4] for f in _facts(extract, "Twelve village halls will share £240,000 from the Barset Community Foundation. "
                                            "The largest award, £40,000, goes to Kelby Village Hall for a new roof.")}
    assert ("Barset Community Foundation", "funded", "Kelby Village Hall", "40000") in facts
    facts = {f[:3] for f in _facts(extract, "Twelve projects will share £240,000 from the Barset Community Foundation. "
                                            "The largest award, £40,000, goes to Swindon.")}
    assert ("Barset Community Foundation", "funded", "Swindon") not in facts


def test_a_body_approving_the_extension_of_a_contract_with_another_partners_it(extract):
    text = "Orton Borough Council approved the extension of the contract with Haven Housing and Support to deliver a refuge."
    assert ("Orton Borough Council", "partneredWith", "Haven Housing and Support") in _triples(extract(text).relations)
    text = "Orton Borough Council questioned the extension of the contract with Haven Housing and Support."
    assert not _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "The service is overseen by the Barsetshire Fire Authority, whose chair, Councillor Bob Lane, said members would monitor progress.",
    "Barsetshire Fire Authority, whose chair is Councillor Bob Lane, meets monthly.",
])
def test_a_name_after_a_bodys_whose_post_holds_that_post(extract, text):
    assert ("Bob Lane", "partOf", "Barsetshire Fire Authority") in _triples(extract(text).relations)


def test_a_name_after_a_whose_clause_with_no_post_holds_none(extract):
    assert not {t for t in _triples(extract("Kelby Council, whose offices are in Orton, said Jo Bloggs would attend.").relations)
                if t[1] == "partOf"}


def test_concerns_about_a_bodys_culture_criticise_the_body(extract):
    text = ("Inspectors from HM Inspectorate of Constabulary and Fire and Rescue Services raised concerns about Barsetshire Fire and "
            "Rescue Service's culture.")
    assert {t[2] for t in _triples(extract(text).relations) if t[1] == "criticised"} == {"Barsetshire Fire and Rescue Service"}


def test_a_post_after_a_participle_set_off_after_the_appointee_is_the_appointees(extract):
    text = "Kelby Borough Council has brought in Andrew Shaw, seconded from Orton City Council, as its interim director of finance."
    assert ("Andrew Shaw", "partOf", "Kelby Borough Council") in _triples(extract(text).relations)
    text = "Kelby Borough Council has brought in Andrew Shaw, who served as its director of finance until 2019."
    assert ("Andrew Shaw", "partOf", "Kelby Borough Council") not in _triples(extract(text).relations)


def test_a_fine_that_came_out_of_a_prosecution_is_the_prosecutors(extract):
    facts = _facts(extract, "The Environment Agency prosecuted Orton Water for thousands of illegal discharges, "
                            "resulting in a record £80m fine.")
    assert ("Environment Agency", "fined", "Orton Water", "80000000", "nominal") in facts


def test_a_fine_an_investigation_led_to_is_the_investigators(extract):
    facts = _facts(extract, "The ICO's investigation into Barset Council resulted in a £50,000 fine.")
    assert ("Information Commissioner's Office", "fined", "Barset Council", "50000", "nominal") in facts
    facts = _facts(extract, "The ICO investigated Barset Council, which led to a £50,000 fine.")
    assert ("Information Commissioner's Office", "fined", "Barset Council", "50000", "nominal") in facts


def test_an_investigation_ended_with_a_fine_is_not_a_fine_ended(extract):
    facts = _facts(extract, "Ofwat's investigation of Orton Water ended with a £3m fine.")
    assert ("Ofwat", "inspected", "Orton Water", None, "nominal") in facts


def test_an_investigation_by_y_into_x_names_both_ends(extract):
    facts = _facts(extract, "An investigation by the ICO into Barset Council led to a £50,000 fine.")
    assert ("Information Commissioner's Office", "inspected", "Barset Council", None, "nominal") in facts
    assert ("Information Commissioner's Office", "fined", "Barset Council", "50000", "nominal") in facts


def test_the_council_stands_for_one_named_by_its_short_title(extract):
    triples = _triples(extract("Kelby MBC has appointed Sarah Venn as its interim director of children's services. Ms Venn "
                               "takes up the role under a contract between the council and the consultancy Orton Partners.").relations)
    assert ("Kelby MBC", "partneredWith", "Orton Partners") in triples
    assert ("Sarah Venn", "partOf", "Kelby MBC") in triples


def test_services_for_a_client_group_at_a_body_are_the_bodys(extract):
    facts = _facts(extract, "Services for children at Barset General Hospital were rated good by the Care Quality Commission.")
    assert ("Care Quality Commission", "inspected", "Barset General Hospital", None, "passive") in facts


def test_the_trust_stands_for_an_nhs_trust_named_by_its_hospitals(extract):
    triples = _triples(extract("The CQC inspected Kelby University Hospitals in May. The trust received a warning notice "
                               "from the CQC about its maternity unit.").relations)
    assert ("Care Quality Commission", "criticised", "Kelby University Hospitals") in triples


def test_the_source_of_the_money_a_body_holds_funded_it(extract):
    facts = _facts(extract, "Orton Borough Council has opened a £150,000 grant scheme for community groups. "
                            "The funding comes from the UK Shared Prosperity Fund.")
    assert ("UK Shared Prosperity Fund", "funded", "Orton Borough Council", "150000", "money-source") in facts
    facts = _facts(extract, "Orton Borough Council has set up a pot of £150,000 for gardens. The money, which comes from "
                            "the Rural England Prosperity Fund, also supports volunteering.")
    assert ("Rural England Prosperity Fund", "funded", "Orton Borough Council", "150000", "money-source") in facts


def test_the_source_of_money_a_body_gave_away_or_spends_of_its_own_is_no_funder_of_it(extract):
    facts = _facts(extract, "The Department for Education gave £2m to Kelby Council. The money comes from the Kelby Fund.")
    assert not [f for f in facts if f[0] == "Kelby Fund"]
    facts = _facts(extract, "Kelby Council will spend £2m on roads. The money comes from the council's reserves.")
    assert not [f for f in facts if f[1] == "funded"]


def test_an_inspectors_abbreviated_post_at_a_regulator(extract):
    triples = _triples(extract("The committee welcomed Ann Shaw, senior HMI at Ofsted, and Tom Gale.").relations)
    assert ("Ann Shaw", "partOf", "Ofsted") in triples


@pytest.mark.parametrize("text", [
    "Jo Bloggs led the inspection of Kelby School.",
    "Jo Bloggs led the review of Kelby Council's finances.",
    "HMI Jo Bloggs led the visit to Kelby School.",
])
def test_a_person_who_led_a_deed_done_to_a_body_holds_no_post_there(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "partOf"]


def test_a_person_who_leads_a_part_of_a_body_is_part_of_it(extract):
    assert ("Jo Bloggs", "partOf", "Kelby Council") in _triples(extract("Jo Bloggs heads the finance department of Kelby Council.").relations)


def test_an_inspection_that_found_failings_in_a_bodys_services_inspected_it(extract):
    facts = _facts(extract, "The council was ordered to improve after an Ofsted inspection in November found serious "
                            "failings in Sandford Council's services for vulnerable children.")
    assert ("Ofsted", "inspected", "Sandford Council", None, "nominal") in facts
    assert any(f[:3] == ("Ofsted", "criticised", "Sandford Council") for f in facts)


@pytest.mark.parametrize("text", [
    "Ofcom has set a record £38 million fine for Orton Telecom for not paying enough compensation.",
    "Ofcom has announced a £38 million fine for Orton Telecom.",
])
def test_a_fine_with_its_sum_before_it_and_for_a_body_is_on_that_body(extract, text):
    assert ("Ofcom", "fined", "Orton Telecom", "38000000", "nominal") in _facts(extract, text)


def test_a_fine_for_a_deed_names_no_payer(extract):
    assert not extract("Ofcom said the £5,000 fine for breaching the rules was paid by the end of May.").relations


@pytest.mark.parametrize("text, pair", [
    ("The Wayfarers has worked as a partner with Sandford City Council for years.", ("Wayfarers", "Sandford City Council")),
    ("Orton Trust, a delivery partner of Kelby Council, runs the scheme.", ("Orton Trust", "Kelby Council")),
])
def test_a_body_called_anothers_partner_partnered_with_it(extract, text, pair):
    assert (pair[0], "partneredWith", pair[1]) in _triples(extract(text).relations)


def test_a_person_who_is_a_partner_at_a_firm_is_part_of_it_not_its_partner(extract):
    triples = _triples(extract("Jo Bloggs, a partner at law firm Kelby Legal LLP, said the ruling was fair.").relations)
    assert triples == {("Jo Bloggs", "partOf", "Kelby Legal LLP")}


@pytest.mark.parametrize("text, fact", [
    ("The Wayfarers has a long record of working as partners with Sandford City Council.", ("Wayfarers", "partneredWith", "Sandford City Council")),
    ("The Wayfarers has a long record of working with Sandford City Council.", ("Wayfarers", "partneredWith", "Sandford City Council")),
    ("Kelby Council has a history of funding Orton Youth Club.", ("Kelby Council", "funded", "Orton Youth Club")),
])
def test_a_record_of_doing_something_is_the_subjects_doing(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_record_given_by_a_report_is_not_the_reports_doing(extract):
    assert not extract("The report gives a record of working with Kelby Council.").relations


@pytest.mark.parametrize("text", [
    "The £4m expansion of Wessex College was funded by the Kelby Trust.",
    "Wessex College's £4m expansion was funded by the Kelby Trust.",
])
def test_money_for_a_bodys_expansion_funded_the_body(extract, text):
    assert ("Kelby Trust", "funded", "Wessex College", "4000000", "passive") in _facts(extract, text)


def test_a_fine_named_as_the_one_not_given_is_no_fine(extract):
    facts = _facts(extract, "In November the ICO issued a reprimand to the Department for Transport, instead of a £8m fine, "
                            "for failing to protect a database.")
    assert not [f for f in facts if f[1] == "fined"]
    assert any(f[:3] == ("Information Commissioner's Office", "criticised", "Department for Transport") for f in facts)


def test_a_fine_given_rather_than_a_reprimand_stands(extract):
    facts = _facts(extract, "The ICO issued a £5,000 fine to Kelby Council rather than a reprimand.")
    assert ("Information Commissioner's Office", "fined", "Kelby Council", "5000", "active") in facts


def test_a_regulator_that_moved_a_body_to_a_grade_inspected_it(extract):
    found = extract("Ofsted has moved Orton Primary School from requires improvement to good.")
    assert {(r.subject.name, r.predicate, r.object.name, r.rating) for r in found.relations} == {
        ("Ofsted", "inspected", "Orton Primary School", "good")}


def test_a_body_that_moved_something_after_a_grade_inspected_nothing(extract):
    assert not extract("The council moved the school to a new site after it was rated good.").relations


def test_a_sum_paid_after_a_regulators_investigation_is_its_payment_order(extract):
    facts = _facts(extract, "Kelby Water will pay £11.5m after an Ofwat investigation into its sewage works.")
    assert any(f[:4] == ("Ofwat", "fined", "Kelby Water", "11500000") for f in facts)


def test_a_post_on_the_appointers_own_board_is_at_the_appointer_whoever_the_appointee_was(extract):
    triples = _triples(extract("Kelby Housing Association has appointed former Barset Council leader Judith Moss as chair "
                               "of its board.").relations)
    assert ("Judith Moss", "partOf", "Kelby Housing Association") in triples
    assert ("Judith Moss", "partOf", "Barset Council") not in triples


def test_a_body_that_moved_its_work_onto_a_system_uses_it(extract):
    triples = _triples(extract("Sandford City Council has moved its case management onto the CareCloud system.").relations)
    assert ("Sandford City Council", "uses", "CareCloud") in triples


def test_a_body_moving_onto_a_phase_of_a_programme_uses_nothing(extract):
    assert not [r for r in extract("Kelby Council will move onto the next phase of the Kelby Growth Programme.").relations
                if r.predicate == "uses"]


@pytest.mark.parametrize("text, owner", [
    ("Kelby Borough Council has set up Kelby Homes Ltd, a wholly owned company that will build 500 homes.", "Kelby Borough Council"),
    ("Kelby Borough Council has set up Kelby Homes Ltd, a company owned by Orton Trust.", "Orton Trust"),
    ("Kelby Borough Council has set up Kelby Homes Ltd, a new company.", None),
])
def test_a_company_a_body_set_up_as_its_own_is_part_of_it(extract, text, owner):
    parts = {r.object.name for r in extract(text).relations if r.predicate == "partOf" and r.subject.name == "Kelby Homes Ltd"}
    assert parts == ({owner} if owner else set())


@pytest.mark.parametrize("text, grade", [
    ("Wessex Ambulance Service NHS Trust was rated requires improvement by the CQC.", "requires improvement"),
    ("Wessex Ambulance Service NHS Trust remains rated inadequate by the CQC.", "inadequate"),
])
def test_a_grade_stated_after_rated_or_remains_rated_by_a_regulator(extract, text, grade):
    found = extract(text).relations
    assert {(r.subject.name, r.predicate, r.object.name, r.rating, r.rule) for r in found} == {
        ("Care Quality Commission", "inspected", "Wessex Ambulance Service NHS Trust", grade, "passive")}


@pytest.mark.parametrize("text, criticised", [
    ("Ofsted found serious concerns at Kelby School.", True),
    ("Ofsted found serious concerns about Kelby School.", True),
    ("Ofsted found no concerns at Kelby School.", False),
])
def test_a_regulator_finding_concerns_at_a_body_criticised_it(extract, text, criticised):
    assert (("Ofsted", "criticised", "Kelby School") in _triples(extract(text).relations)) is criticised


def test_a_combined_sum_is_no_one_bodys_fine(extract):
    facts = _facts(extract, "The Competition and Markets Authority fined Kelby Removals and Sandford Logistics Ltd a combined "
                            "£1.9m for rigging bids.")
    fined = {f[2]: f[3] for f in facts if f[1] == "fined"}
    assert fined == {"Kelby Removals": None, "Sandford Logistics Ltd": None}


def test_each_of_two_fines_written_after_one_verb_keeps_its_own_sum(extract):
    facts = _facts(extract, "The ICO fined Kelby Council £40,000 and Orton Council £25,000.")
    fined = {f[2]: f[3] for f in facts if f[1] == "fined"}
    assert fined == {"Kelby Council": "40000", "Orton Council": "25000"}


@pytest.mark.parametrize("text, fact", [
    ("Barset Rugby Club's new clubhouse was part-funded by a £50,000 grant from Sport England.", ("Sport England", "funded", "Barset Rugby Club")),
    ("Sport England funded the new pavilion of Kelby Cricket Club.", ("Sport England", "funded", "Kelby Cricket Club")),
])
def test_money_for_a_bodys_own_building_funded_the_body(extract, text, fact):
    assert fact in _triples(extract(text).relations)


@pytest.mark.parametrize("text", [
    "Members voted to appoint Beth Carrow to be the next Chief Executive of Orton District Council.",
    "Beth Carrow has been offered the post of Chief Executive of Orton District Council.",
    "Beth Carrow has accepted the role of chief executive at Orton District Council.",
])
def test_a_post_a_person_is_appointed_to_be_offered_or_accepts_is_held_at_its_body(extract, text):
    assert ("Beth Carrow", "partOf", "Orton District Council") in _triples(extract(text).relations)


def test_a_post_turned_down_is_not_held(extract):
    assert not _triples(extract("Beth Carrow turned down the role of chief executive at Orton District Council.").relations)


@pytest.mark.parametrize("text", [
    "The project brings together researchers from Kelby University and Orton College, along with Barset Council.",
    "The scheme brings together Kelby University and Orton College alongside Barset Council.",
])
def test_a_body_brought_together_along_with_others_is_their_partner(extract, text):
    triples = _triples(extract(text).relations)
    assert {("Kelby University", "partneredWith", "Barset Council"), ("Orton College", "partneredWith", "Barset Council")} <= triples


@pytest.mark.parametrize("text, regulator", [
    ("The joint inspection of Kelby Council's justice services was carried out by HM Inspectorate of Constabulary in Scotland.",
     "HM Inspectorate of Constabulary in Scotland"),
    ("HM Inspectorate of Prisons for Scotland inspected HMP Kelby in May.", "HM Inspectorate of Prisons for Scotland"),
])
def test_a_devolved_inspectorate_whose_name_extends_a_british_ones_is_itself(extract, text, regulator):
    result = extract(text)
    assert regulator in {e.name for e in result.entities}
    assert "HM Inspectorate of Constabulary and Fire & Rescue Services" not in {e.name for e in result.entities}
    assert {r.subject.name for r in result.relations if r.predicate == "inspected"} == {regulator}


@pytest.mark.parametrize("text, found", [
    ("The IOPC has upheld an appeal against Sandford Police's handling of a complaint.", True),
    ("The IOPC upheld an appeal against Sandford Police.", True),
    ("The IOPC did not uphold the appeal against Sandford Police.", False),
])
def test_an_appeal_against_a_body_upheld_by_a_regulator_criticises_it(extract, text, found):
    assert (("Independent Office for Police Conduct", "criticised", "Sandford Police") in _triples(extract(text).relations)) is found


@pytest.mark.parametrize("text", [
    "Wessex Living and Orton Homes have completed their merger.",
    "Wessex Living and Orton Homes completed their 60,000-home merger in May.",
])
def test_a_tagged_name_whose_two_halves_did_their_merger_is_two_partners(extract, text):
    result = extract(text, title="Merger completes")
    assert {e.name for e in result.entities} >= {"Wessex Living", "Orton Homes"}
    assert {tuple(sorted((r.subject.name, r.object.name))) for r in result.relations if r.predicate == "partneredWith"} == {
        ("Orton Homes", "Wessex Living")}


def test_one_name_with_and_that_merges_with_another_stays_whole(extract):
    result = extract("Orton Health and Care completed their merger with Kelby Trust.", title="Merger completes")
    assert "Orton Health and Care" in {e.name for e in result.entities}


def test_a_body_that_transfers_its_engagements_to_another_becomes_part_of_it(extract):
    facts = _triples(extract("Barset Street Housing Society transferred its engagements to Sandford Housing Group.").relations)
    assert ("Barset Street Housing Society", "partOf", "Sandford Housing Group") in facts


@pytest.mark.parametrize("text, found", [
    ("Kelby Council has a partnership with Kelby Police.", True),
    ("Kelby Council enjoys a close partnership with Orton College.", True),
    ("Kelby Council has a contract with Orton Waste Ltd.", True),
    ("Kelby Council has no agreement with Orton College.", False),
    ("Kelby Council does not have a contract with Orton Waste Ltd.", False),
])
def test_a_partnership_a_body_has_with_another_makes_them_partners(extract, text, found):
    assert any(r.predicate == "partneredWith" for r in extract(text).relations) is found


@pytest.mark.parametrize("text, amount", [
    ("Orton City Council cut its grant to the Orton Arts Centre by £200,000.", None),
    ("Orton City Council increased its grant to the Orton Arts Centre to £50,000.", "50000"),
    ("Orton City Council reduced its grant to the Orton Arts Centre.", None),
])
def test_a_grant_a_body_cuts_or_raises_is_still_its_grant_and_a_sum_it_changes_by_is_none(extract, text, amount):
    funded = {(f[0], f[2]): f[3] for f in _facts(extract, text) if f[1] == "funded"}
    assert funded == {("Orton City Council", "Orton Arts Centre"): amount}


@pytest.mark.parametrize("text, joined", [
    ("Wessex County Council has agreed to join the Devolution Priority Programme.", True),
    ("The minister confirmed that Wessex County Council had agreed to join the Devolution Priority Programme.", True),
    ("Wessex County Council wants to join the Devolution Priority Programme.", False),
    ("Wessex County Council has applied to join the Devolution Priority Programme.", False),
    ("Wessex County Council has bid to join the Devolution Priority Programme.", False),
])
def test_a_body_that_agreed_to_join_a_programme_is_part_of_it_one_that_wants_to_is_not(extract, text, joined):
    facts = _triples(extract(text).relations)
    assert (("Wessex County Council", "partOf", "Devolution Priority Programme") in facts) is joined


@pytest.mark.parametrize("text, fact", [
    ("Kelby Council has transferred Orton Library to the Friends of Orton Library under a 25-year lease.",
     ("Orton Library", "partOf", "Friends of Orton Library")),
    ("The cabinet approved the community asset transfer of Westfield Community Centre to Westfield Residents Association.",
     ("Westfield Community Centre", "partOf", "Westfield Residents Association")),
    ("The freehold of Orton Leisure Centre has been transferred from Orton City Council to Active Orton Trust.",
     ("Orton Leisure Centre", "partOf", "Active Orton Trust")),
    ("Kelby Arts was sold to Orton Group in 2019.", ("Kelby Arts", "partOf", "Orton Group")),
])
def test_a_body_or_service_passed_to_another_is_part_of_it(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_money_transferred_to_a_body_is_no_part_of_it(extract):
    assert not [r for r in extract("Kelby Council transferred £2m to Orton Trust.").relations if r.predicate == "partOf"]


def test_a_bodys_officers_named_with_it_before_them_act_for_it(extract):
    facts = _triples(extract("On 10 October, Environment Agency officers served a notice on Dalby Farms Ltd requiring it to "
                             "improve its silage store.").relations)
    assert ("Environment Agency", "criticised", "Dalby Farms Ltd") in facts


@pytest.mark.parametrize("text, rating", [
    ("Kelby Hospitals NHS Trust has been placed in segment 4 of the NHS Oversight Framework by NHS England.", "segment 4"),
    ("NHS England has moved NHS Kelby Integrated Care Board into segment 3 because of its financial position.", "segment 3"),
])
def test_an_nhs_body_placed_in_an_oversight_segment_by_the_regulator_is_rated_so(extract, text, rating):
    found = [r for r in extract(text).relations if r.predicate == "inspected"]
    assert [(r.subject.name, r.rating) for r in found] == [("NHS England", rating)]


def test_a_segment_of_anything_else_is_no_rating(extract):
    assert not extract("Kelby Council placed the Orton Bypass in segment 2 of its capital programme.").relations


@pytest.mark.parametrize("text", [
    "The Department for Education has placed Wessex College in formal intervention.",
    "Wessex College was placed in formal intervention by the Department for Education.",
])
def test_a_body_placed_in_formal_intervention_is_inspected_as_one_in_special_measures_is(extract, text):
    assert ("Department for Education", "inspected", "Wessex College") in _triples(extract(text).relations)


@pytest.mark.parametrize("finding, found", [
    ("There was severe maladministration by Orton Homes in its handling of repairs.", True),
    ("There was fault by Orton Homes which caused Mrs X injustice.", True),
    ("Orton Homes was at fault.", True),
    ("There was no maladministration by Orton Homes.", False),
    ("Orton Homes was not at fault.", False),
])
def test_an_ombudsmans_finding_of_fault_without_its_finder_is_the_articles_ombudsmans(extract, finding, found):
    result = extract("The Housing Ombudsman investigated the complaint. " + finding, title="Ombudsman decision")
    assert (("Housing Ombudsman", "criticised", "Orton Homes") in _triples(result.relations)) is found


def test_a_finding_of_fault_with_no_regulator_in_the_article_is_no_relation(extract):
    assert not extract("There was fault by Orton Homes which caused Mrs X injustice.").relations


@pytest.mark.parametrize("finding", [
    "There was severe maladministration by the landlord in its handling of damp and mould.",
    "The landlord was at fault.",
])
def test_the_landlord_in_an_ombudsmans_finding_is_the_landlord_the_article_names(extract, finding):
    result = extract("The Housing Ombudsman investigated a complaint about Kelby Homes Trust. " + finding, title="Decision")
    assert ("Housing Ombudsman", "criticised", "Kelby Homes Trust") in _triples(result.relations)


def test_a_person_set_beside_a_post_two_bodies_share_holds_it_at_both(extract):
    facts = _triples(extract("Kelby Council and Orton Council share a chief executive, Jo Bloggs.").relations)
    assert {("Jo Bloggs", "partOf", "Kelby Council"), ("Jo Bloggs", "partOf", "Orton Council")} <= facts


def test_the_building_two_bodies_share_is_no_partner_of_theirs(extract):
    facts = _triples(extract("Kelby Council and Orton Council share a building, Orton House.").relations)
    assert facts == {("Kelby Council", "partneredWith", "Orton Council")}


@pytest.mark.parametrize("text, agent", [
    ("The Ministry of Housing, Communities and Local Government sent commissioners into Barset Council in 2021.",
     "Ministry of Housing, Communities and Local Government"),
    ("Commissioners were sent into Barset Council by the Department for Levelling Up.", "Department for Levelling Up"),
])
def test_commissioners_sent_into_a_council_are_an_intervention_in_it(extract, text, agent):
    assert (agent, "inspected", "Barset Council") in _triples(extract(text).relations)


@pytest.mark.parametrize("text, found", [
    ("The Planning Inspectorate found Kelby District Council's local plan unsound.", True),
    ("The Planning Inspectorate did not find Kelby District Council's local plan unsound.", False),
])
def test_a_councils_plan_found_unsound_by_the_inspectorate_criticises_the_council(extract, text, found):
    facts = _triples(extract(text).relations)
    assert (("Planning Inspectorate", "criticised", "Kelby District Council") in facts) is found


@pytest.mark.parametrize("text", [
    "The Charity Commission's inquiry into Orton Mosque Trust found misconduct and mismanagement by its former trustees.",
    "An inquiry by the Charity Commission into Orton Mosque Trust is continuing.",
    "The Charity Commission has opened a probe into Orton Mosque Trust.",
])
def test_a_regulators_inquiry_or_probe_into_a_body_inspects_it(extract, text):
    assert ("Charity Commission", "inspected", "Orton Mosque Trust") in _triples(extract(text).relations)


@pytest.mark.parametrize("text, found", [
    ("Barset Analytics has raised £3m from Wessex Ventures.", True),
    ("Barset Analytics has raised £3m from investors led by Wessex Ventures.", True),
])
def test_money_a_body_raises_from_a_named_investor_is_its_funding(extract, text, found):
    assert (("Wessex Ventures", "funded", "Barset Analytics") in _triples(extract(text).relations)) is found


def test_money_raised_from_selling_a_building_is_nobodys_funding(extract):
    assert not extract("Kelby Council raised £3m from the sale of Orton House.").relations


@pytest.mark.parametrize("text", [
    "Sandford Home Care has handed back its contract with Wessex County Council.",
    "Sandford Home Care has given up its contract with Wessex County Council.",
])
def test_a_contract_handed_back_or_given_up_is_over(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "partneredWith"]


@pytest.mark.parametrize("text, firm", [
    ("Wessex County Council has chosen Oracle to replace its finance and HR system.", "Oracle"),
    ("Wessex County Council has selected Kelby Builders Ltd to build the new school.", "Kelby Builders Ltd"),
])
def test_a_firm_chosen_to_supply_or_build_is_appointed(extract, text, firm):
    assert ("Wessex County Council", "appointed", firm) in _triples(extract(text).relations)


def test_a_participle_set_off_after_a_named_homes_place_describes_the_home(extract):
    facts = _triples(extract("The Care Quality Commission has cancelled the registration of Wessex Lodge care home in Kelby, "
                             "run by Sunrise Living Ltd, after repeated inadequate ratings.").relations)
    assert ("Wessex Lodge", "partOf", "Sunrise Living Ltd") in facts


@pytest.mark.parametrize("text, regulator, body, rating", [
    ("Wessex Housing Trust has regained a G1/V1 rating from the Regulator of Social Housing.", "Regulator of Social Housing",
     "Wessex Housing Trust", "G1"),
    ("Kelby School has regained its good rating from Ofsted.", "Ofsted", "Kelby School", "good"),
])
def test_a_rating_regained_from_a_regulator_is_its_inspection(extract, text, regulator, body, rating):
    found = [(r.subject.name, r.object.name, r.rating) for r in extract(text).relations if r.predicate == "inspected"]
    assert found == [(regulator, body, rating)]


def test_services_improved_to_requires_improvement_were_inspected_so(extract):
    found = [(r.subject.name, r.object.name, r.rating) for r in extract(
        "Sandford Council's children's services have improved from inadequate to requires improvement, Ofsted has said.").relations
             if r.predicate == "inspected"]
    assert found == [("Ofsted", "Sandford Council", "requires improvement")]


@pytest.mark.parametrize("text", [
    "Kelby City Council cut rough sleeping by half in partnership with the charity Orton Street Outreach.",
    "Kelby City Council has won an award after cutting rough sleeping by half in partnership with the charity Orton Street Outreach.",
])
def test_in_partnership_with_hung_on_a_phrase_is_the_clause_doers_partnership(extract, text):
    assert ("Kelby City Council", "partneredWith", "Orton Street Outreach") in _triples(extract(text).relations)


def test_a_chief_executive_two_trusts_forming_a_group_share_holds_the_post_at_both(extract):
    facts = _triples(extract("Sandford General Hospital NHS Trust and Wessex Valley NHS Foundation Trust have formed the Sandford "
                             "and Wessex Hospitals Group, sharing a chief executive, Paul Reeve.").relations)
    assert {("Paul Reeve", "partOf", "Sandford General Hospital NHS Trust"),
            ("Paul Reeve", "partOf", "Wessex Valley NHS Foundation Trust")} <= facts


def test_a_sum_given_to_groups_including_named_ones_is_none_of_theirs(extract):
    facts = _facts(extract, "Barset District Council has awarded £250,000 to 12 community groups, including Barset Men's Shed "
                            "and Orton Youth Club.")
    funded = {f[2]: f[3] for f in facts if f[1] == "funded"}
    assert funded == {"Barset Men's Shed": None, "Orton Youth Club": None}


def test_a_fine_paid_over_to_a_government_department_is_not_the_departments_fine(extract):
    facts = _triples(extract("The Office of Rail and Road fined Wessex Track Limited £12m. The company will pay the fine to the "
                             "Department for Transport.").relations)
    assert ("Office of Rail and Road", "fined", "Wessex Track Limited") in facts
    assert not any(s == "Department for Transport" for s, _, _ in facts)


def test_a_penalty_paid_to_a_regulator_is_still_that_regulators(extract):
    assert ("Competition and Markets Authority", "fined", "Kelby Homes") in _triples(extract(
        "Kelby Homes paid a £30,000 penalty to the Competition and Markets Authority.").relations)


def test_a_joined_clause_with_its_own_unnamed_subject_does_not_borrow_the_first_clauses(extract):
    rels = extract("Ofqual fined Wessex Examinations Board £300,000. The board failed to adjust marking, and 1,400 students "
                   "received the wrong grades.").relations
    assert [r.predicate for r in rels if r.object.name == "Wessex Examinations Board"] == ["fined"]


@pytest.mark.parametrize("noun", ["watchdog", "regulator"])
def test_the_watchdog_as_subject_before_the_regulator_is_named_is_the_articles_regulator(extract, noun):
    facts = _triples(extract(f"The exams {noun} fined Orton Qualifications £85,000 after results were issued late. "
                             "Fiona Marsh, Ofqual's director of regulation, said the delays had caused distress.",
                             title="Exam board fined for late results").relations)
    assert ("Ofqual", "fined", "Orton Qualifications") in facts


def test_a_legal_agreement_entered_into_with_a_regulator_is_no_partnership(extract):
    rels = extract("Barset NHS Trust has entered into a legal agreement with the Equality and Human Rights Commission after "
                   "concerns about how it recruited staff.").relations
    assert not [r for r in rels if r.predicate == "partneredWith"]


def test_an_agreement_entered_into_by_two_bodies_is_still_a_partnership(extract):
    assert ("Kelby Council", "partneredWith", "Orton Homes") in _triples(extract(
        "Kelby Council has entered into an agreement with Orton Homes to build 200 homes.").relations)


def test_what_an_inquiry_looked_at_was_inspected_by_the_articles_regulator(extract):
    facts = _triples(extract("The Equality and Human Rights Commission held an inquiry into racial harassment on campuses. "
                             "The inquiry also looked at Wessex University and Kelby College.").relations)
    assert {("Equality and Human Rights Commission", "inspected", "Wessex University"),
            ("Equality and Human Rights Commission", "inspected", "Kelby College")} <= facts


def test_him_as_the_object_of_a_later_sentence_is_the_one_person_named_before(extract):
    assert ("Social Care Wales", "criticised", "Paul Moss") in _triples(extract(
        "Wessex Care Ltd dismissed care assistant Paul Moss. Social Care Wales later removed him from its register.").relations)


def test_him_after_two_people_named_before_stands_for_neither(extract):
    rels = extract("Wessex Care Ltd dismissed Paul Moss and Jo Carr. Social Care Wales later removed him from its register.").relations
    assert not [r for r in rels if r.predicate == "criticised"]


def test_banned_from_teaching_by_a_regulator_names_the_regulator(extract):
    assert ("Teaching Regulation Agency", "criticised", "Lisa Grant") in _triples(extract(
        "Lisa Grant has been banned from teaching indefinitely by the Teaching Regulation Agency.").relations)


@pytest.mark.parametrize("text, sanctioned", [
    ("A panel of the Health and Care Professions Council found that paramedic Sam Wood had acted dishonestly.", "Sam Wood"),
    ("The General Medical Council found that Dr Ian Ross had committed serious misconduct.", "Ian Ross"),
    ("Social Work England imposed conditions on the practice of Karen Bell for nine months.", "Karen Bell"),
    ("A Social Work England panel suspended Karen Bell for a year.", "Karen Bell"),
    ("The Medical Practitioners Tribunal Service has erased Dr Ian Ross from the medical register.", "Ian Ross"),
])
def test_professional_regulators_sanctions_criticise_the_professional(extract, text, sanctioned):
    assert [r.object.name for r in extract(text).relations if r.predicate == "criticised"] == [sanctioned]


@pytest.mark.parametrize("text, body", [
    ("Jane Holt, a social worker who worked in Kelby City Council's children's services department, was struck off.", "Kelby City Council"),
    ("Nurse Tom Reed, who was employed at Barset General Hospital, was suspended.", "Barset General Hospital"),
    ("Tom Reed was employed by Barset General Hospital for six years.", "Barset General Hospital"),
])
def test_working_in_a_bodys_department_or_employed_by_it_is_being_part_of_it(extract, text, body):
    person = text.split(",")[0].removeprefix("Nurse ").split(" was")[0]
    assert (person, "partOf", body) in _triples(extract(text).relations)


def test_worked_in_a_place_or_previously_in_a_body_is_no_part_of_anything(extract):
    assert not extract("Tom Reed worked in Kelby for ten years. Jo Bloggs previously worked in the finance team at "
                       "Kelby Council.").relations


def test_pulling_out_of_a_collaboration_ends_it(extract):
    assert not extract("Wessex Police has pulled out of its firearms collaboration with Sandford Police.").relations


def test_the_two_services_counted_are_the_two_bodies_named_before_whatever_their_names(extract):
    assert ("Barset Fire and Rescue Service", "partneredWith", "Barset Constabulary") in _triples(extract(
        "Barset Fire and Rescue Service will move into Barset Constabulary's headquarters. The two services already share "
        "a control room.").relations)


def test_the_two_services_are_none_where_three_bodies_were_named(extract):
    rels = extract("Barset Fire and Rescue Service, Barset Constabulary and Barset Council met. The two services already share "
                   "a control room.").relations
    assert not [r for r in rels if r.predicate == "partneredWith"]


def test_agreeing_to_end_a_contract_states_no_partnership(extract):
    assert not extract("Kelby Borough Council and Orton Environmental have agreed to end their refuse collection contract early.").relations


def test_agreeing_to_extend_a_contract_still_does(extract):
    assert ("Kelby Council", "partneredWith", "Orton Homes") in _triples(extract(
        "Kelby Council and Orton Homes have agreed to extend their contract.").relations)


@pytest.mark.parametrize("owner", ["it", "the council"])
def test_a_company_the_body_owns_without_a_relative_word_is_part_of_it(extract, owner):
    assert ("Orton Streetscene Ltd", "partOf", "Orton City Council") in _triples(extract(
        f"Orton City Council has taken back control of Orton Streetscene Ltd, a company {owner} owns.").relations)


def test_buying_out_a_partner_does_not_make_the_partner_part_of_the_buyer(extract):
    rels = extract("Barset Council has bought out its partner Kelby Property Ltd from their joint venture.").relations
    assert not [r for r in rels if r.predicate == "partOf" and r.subject.name == "Kelby Property Ltd"]


def test_regulator_as_a_headlines_subject_restates_the_storys_fine_and_adds_none(extract):
    rels = extract("The Information Commissioner's Office fined Kelby County Council £60,000.",
                   title="Regulator fines Kelby County Council over lost files").relations
    assert [(r.subject.name, r.amount is not None) for r in rels if r.predicate == "fined"] == [("Information Commissioner's Office", True)]


@pytest.mark.parametrize("text, givers", [
    ("The UK and Scottish governments have each committed £25m to the Sandford Islands Growth Deal.", {"UK Government", "Scottish Government"}),
    ("Funding from the UK, Scottish and Welsh governments has been agreed.", set()),
])
def test_words_sharing_a_plural_governments_name_a_government_each(extract, text, givers):
    result = extract(text)
    assert {"UK Government", "Scottish Government"} <= {e.name for e in result.entities}
    assert {r.subject.name for r in result.relations if r.predicate == "funded"} == givers


def test_a_cancer_centre_given_money_is_a_body_funded(extract):
    facts = _triples(extract("The Welsh Government has announced a £90m package. A further £2m will go to Barset Cancer Centre "
                             "for radiotherapy.").relations)
    assert ("Welsh Government", "funded", "Barset Cancer Centre") in facts


@pytest.mark.parametrize("text", [
    "Sandford City Council intends to award its sexual health contract, worth £6.7m, to Wessex Health CIC.",
    "Kelby Council plans to appoint Jo Bloggs as chief executive.",
])
def test_an_award_or_appointment_only_intended_is_not_made(extract, text):
    assert not [r for r in extract(text).relations if r.predicate == "appointed"]


def test_an_award_agreed_is_made(extract):
    assert ("Sandford City Council", "appointed", "Wessex Health CIC") in _triples(extract(
        "Sandford City Council agreed to award its contract to Wessex Health CIC.").relations)


def test_the_other_members_of_a_group_named_before_are_part_of_it(extract):
    facts = _triples(extract("Six housing associations have formed the Wessex Homes Alliance. The other members include "
                             "Sandford Homes and Barset Housing Trust.").relations)
    assert {("Sandford Homes", "partOf", "Wessex Homes Alliance"), ("Barset Housing Trust", "partOf", "Wessex Homes Alliance")} <= facts


def test_the_members_with_no_group_named_before_are_part_of_nothing(extract):
    assert not extract("Kelby Council and Orton Council met. The members include Sandford Homes.").relations


@pytest.mark.parametrize("text, fact", [
    ("The Affordable Homes Programme is administered by Homes England.", ("Affordable Homes Programme", "partOf", "Homes England")),
    ("Homes England administers the Affordable Homes Programme.", ("Affordable Homes Programme", "partOf", "Homes England")),
])
def test_a_programme_administered_by_a_body_is_its(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_government_fund_a_council_administers_is_not_the_councils(extract):
    assert not extract("Kelby Council administers the Household Support Fund in the borough.").relations


@pytest.mark.parametrize("text, fact", [
    ("Kelby City Council commissioned an independent report into its deficit. The report, written by Alan Brand, was published "
     "on Thursday.", ("Kelby City Council", "appointed", "Alan Brand")),
    ("Orton District Council's audit committee commissioned an independent review, carried out by law firm Sandford Legal.",
     ("Orton District Council", "appointed", "Sandford Legal")),
])
def test_who_commissioned_a_work_appointed_its_maker(extract, text, fact):
    assert fact in _triples(extract(text).relations)


def test_a_regulator_named_only_for_a_former_post_is_no_implied_agent(extract):
    rels = extract("Kelby City Council commissioned an independent report into how it ran up a £30m deficit. The report, written by "
                   "Alan Brand, a former chief executive of the Audit Commission, was published on Thursday.").relations
    assert not [r for r in rels if r.subject.name == "Audit Commission"]


def test_a_notice_to_improve_issued_to_a_trust_by_the_funding_agency_criticises_it(extract):
    assert ("Education and Skills Funding Agency", "criticised", "Kelby Learning Trust") in _triples(extract(
        "The Education and Skills Funding Agency (ESFA) has issued a financial notice to improve to Kelby Learning Trust.").relations)


def test_schools_a_trust_runs_moving_elsewhere_do_not_move_the_trust(extract):
    rels = extract("Three schools run by the Orton Academies Trust will transfer to the Wessex Schools Partnership.").relations
    assert not [r for r in rels if r.predicate == "partOf"]


def test_a_care_home_run_by_a_firm_rated_still_stands_for_the_firm(extract):
    assert ("Care Quality Commission", "inspected", "Orton Care Ltd") in _triples(extract(
        "A care home run by Orton Care Ltd was rated inadequate by the Care Quality Commission.").relations)


@pytest.mark.parametrize("text", [
    "Barset County Council has awarded the contract to run Healthwatch Barset to the charity Orton Community Voice from April.",
    "Barset County Council has awarded Orton Community Voice the contract to run Healthwatch Barset.",
])
def test_what_a_contract_is_to_run_is_run_by_its_winner_not_the_giver(extract, text):
    facts = _triples(extract(text).relations)
    assert ("Healthwatch Barset", "partOf", "Orton Community Voice") in facts
    assert ("Healthwatch Barset", "partOf", "Barset County Council") not in facts


def test_joining_a_network_described_in_apposition_is_joining_it(extract):
    assert ("Barset Council", "partOf", "UK100") in _triples(extract(
        "Barset Council has joined UK100, a network of local leaders committed to net zero.").relations)


def test_accepting_a_grant_from_a_scheme_is_being_funded_by_it(extract):
    facts = _facts(extract, "Sandford District Council accepted a grant of £1.1m from the Public Sector Decarbonisation Scheme.")
    assert ("Public Sector Decarbonisation Scheme", "funded", "Sandford District Council", "1100000") in {f[:4] for f in facts}


def test_the_scheme_delivery_bodys_director_is_part_of_it(extract):
    assert ("Ian Rodgers", "partOf", "Salix Finance") in _triples(extract(
        "Salix Finance director of programmes Ian Rodgers said the agency looked forward to working with the council.").relations)


def test_a_group_that_is_set_up_and_includes_bodies_has_them_as_members(extract):
    assert ("University of Kelby", "partOf", "Kelby Active Partnership") in _triples(extract(
        "The Kelby Active Partnership was set up in 2020 and includes the University of Kelby.").relations)


def test_places_on_a_framework_awarded_to_suppliers_appoint_them(extract):
    rels = extract("ESPO has awarded places on its new energy framework to three suppliers: Barset Power, Sandford Energy "
                   "and Kelby Gas.").relations
    assert {(r.predicate, r.object.name) for r in rels} == {("appointed", "Barset Power"), ("appointed", "Sandford Energy"),
                                                            ("appointed", "Kelby Gas")}


def test_the_person_a_body_chose_to_chair_something_was_appointed_not_the_thing(extract):
    facts = _triples(extract("Ian Carr, the man the Department for Education chose to chair Barset Children's Trust, has "
                             "resigned.").relations)
    assert ("Department for Education", "appointed", "Ian Carr") in facts
    assert ("Department for Education", "appointed", "Barset Children's Trust") not in facts


def test_a_loan_repaid_came_from_the_lender(extract):
    facts = _facts(extract, "Kelby Airport Ltd has repaid a £5m loan from Kelby City Council two years early.")
    assert ("Kelby City Council", "funded", "Kelby Airport Ltd", "5000000") in {f[:4] for f in facts}


def test_leaving_to_become_a_post_at_a_body_holds_it_there(extract):
    assert ("Ben Hart", "partOf", "Orton City Council") in _triples(extract(
        "Ben Hart, chief executive of the Wessex Combined Authority, is to leave to become chief executive of Orton City Council.").relations)


def test_a_service_previously_run_by_a_body_is_no_part_of_it_now(extract):
    facts = _triples(extract("The Barset Growth Hub, previously run by the Barset LEP, is now part of the Barset Combined "
                             "Authority's business support team.").relations)
    assert ("Barset Growth Hub", "partOf", "Barset Combined Authority") in facts
    assert ("Barset Growth Hub", "partOf", "Barset LEP") not in facts


def test_a_fine_previously_imposed_is_still_a_fine(extract):
    assert ("Kelby Council", "fined", "Orton Ltd") in _triples(extract("Kelby Council previously fined Orton Ltd £5,000.").relations)


def test_a_hospice_taken_over_by_a_national_charity_named_for_a_person_is_part_of_it(extract):
    result = extract("St Kelby's Hospice has been taken over by the national charity Sue Ryder after running into financial "
                     "difficulties.")
    assert ("St Kelby's Hospice", "partOf", "Sue Ryder") in _triples(result.relations)
    assert {e.name: e.type for e in result.entities}["Sue Ryder"] == "Organisation"


def test_a_school_moved_from_one_trust_to_another_is_part_of_the_second(extract):
    assert ("Orton Academy", "partOf", "Kelby Education Partnership") in _triples(extract(
        "Orton Academy has moved from the Barset Learning Trust to the Kelby Education Partnership.").relations)


def test_moving_from_one_rating_to_another_is_no_move_between_bodies(extract):
    assert not extract("Kelby School moved from requires improvement to good.").relations


def test_a_body_awarded_money_to_lead_something_working_with_others_partners_them(extract):
    facts = _triples(extract("Wessex University has been awarded £6m by the Engineering and Physical Sciences Research Council "
                             "to lead a hub on net zero buildings, working with Sandford University and Kelby University.").relations)
    assert {("Wessex University", "partneredWith", "Sandford University"), ("Wessex University", "partneredWith", "Kelby University"),
            ("Engineering and Physical Sciences Research Council", "funded", "Wessex University")} <= facts


def test_what_a_merger_creates_to_be_called_a_name_is_that_name(extract):
    facts = _triples(extract("Kelby Homes and Barset Housing Group will merge next year to create a landlord with 50,000 homes, "
                             "to be called Hearth Homes.").relations)
    assert {("Kelby Homes", "created", "Hearth Homes"), ("Barset Housing Group", "created", "Hearth Homes")} <= facts


def test_a_status_awarded_is_no_grant(extract):
    assert not extract("Sandford District Council has been awarded Beacon status by the Local Government Association.").relations


@pytest.mark.parametrize("text, found", [
    ("The Charity Commission has appointed interim managers to run Kelby Trust, six months after opening a statutory inquiry into Barset Trust.",
     {("Charity Commission", "inspected", "Barset Trust")}),
    ("Kelby Council has brought in new managers to run the service, after taking it over from Barset Care.", set()),
])
def test_a_before_or_after_phrase_set_off_by_a_comma_after_an_infinitive_belongs_to_the_main_verb(extract, text, found):
    assert {t for t in _triples(extract(text).relations) if t[1] != "appointed"} == found


@pytest.mark.parametrize("text, held", [
    ("Wessex Council appointed Gladys Rhodes as interim director after Ofsted judged its services inadequate.", [("Gladys Rhodes", "Wessex Council")]),
    ("Wessex Council appointed Gladys Rhodes as interim director following an inspection by Ofsted.", [("Gladys Rhodes", "Wessex Council")]),
    ("Wessex Council, with the help of Barset Council, appointed Gladys Rhodes as interim director.", []),
])
def test_a_body_named_in_a_clause_of_time_does_not_hide_the_appointers_own_post(extract, text, held):
    assert [(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"] == held


@pytest.mark.parametrize("text, found", [
    ("The Department for Education has issued a statutory direction to Orton Borough Council.", {("Department for Education", "criticised", "Orton Borough Council")}),
    ("The Department for Education has given Orton Council directions to the new school.", set()),
])
def test_a_statutory_direction_to_a_body_is_criticism(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("Sandford General Hospital NHS Trust has signed an agreement with Kelby University. The memorandum was signed by Dr Sonia Swift, "
     "chief executive of the hospital.", ("Sonia Swift", "partOf", "Sandford General Hospital NHS Trust")),
    ("Kelby University Hospitals NHS Trust has signed an agreement with Barset Council. Jo Dunn, a lecturer at the university, welcomed it.", None),
])
def test_the_hospital_is_the_nhs_trust_named_for_it_but_the_university_is_not(extract, text, found):
    facts = {t for t in _triples(extract(text).relations) if t[1] == "partOf"}
    assert facts == ({found} if found else set())


@pytest.mark.parametrize("text, found", [
    ("Ofgem has ordered Kelby Energy to pay £8 million.", {("Ofgem", "fined", "Kelby Energy")}),
    ("Ofgem has ordered Kelby Energy to pay £8 million in compensation to customers.", {("Ofgem", "criticised", "Kelby Energy")}),
    ("The Local Government and Social Care Ombudsman ordered Kelby Council to pay £500 to the family.",
     {("Local Government and Social Care Ombudsman", "criticised", "Kelby Council")}),
])
def test_a_regulators_order_to_pay_is_a_fine_unless_the_money_is_redress(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, made", [
    ("Barset Plus Homes was formed through the merger of Barset Housing Group and Stafford Rural Homes.", "Barset Plus Homes"),
    ("Barset Plus Homes has been launched following the merger of Barset Housing Group and Stafford Rural Homes.", "Barset Plus Homes"),
    ("Kelby Housing Trust, formed from the merger of Barset Housing Group and Stafford Rural Homes, owns 18,000 homes.", "Kelby Housing Trust"),
    ("Kelby Council was praised following the merger of Barset Housing Group and Stafford Rural Homes.", None),
])
def test_a_body_formed_by_a_merger_was_created_by_the_bodies_merged(extract, text, made):
    created = {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "created"}
    assert created == ({("Barset Housing Group", made), ("Stafford Rural Homes", made)} if made else set())


@pytest.mark.parametrize("text", [
    "Orton Homes and Wessex Living have completed their merger to form Orton Wessex.",
    "Orton Homes and Wessex Living have merged to form Orton Wessex.",
])
def test_the_body_a_merger_forms_is_a_body_though_its_name_is_two_places(extract, text):
    found = extract(text)
    assert next(e.type for e in found.entities if e.name == "Orton Wessex") == "Organisation"
    assert ("Wessex Living", "created", "Orton Wessex") in _triples(found.relations)


@pytest.mark.parametrize("text, found", [
    ('Kelby Youth Trust has been handed £418,730. "We could not continue without it," said its chief executive Matt Morton.',
     {("Matt Morton", "partOf", "Kelby Youth Trust")}),
    ("Kelby Youth Trust faces a funding gap, its chief executive Matt Morton warned.", {("Matt Morton", "partOf", "Kelby Youth Trust")}),
])
def test_its_after_a_quote_in_the_first_person_is_the_body_of_the_sentence_before(extract, text, found):
    assert {t for t in _triples(extract(text).relations) if t[1] == "partOf"} == found


@pytest.mark.parametrize("text, found", [
    ("A rural project in Orton has received £288,476 from the Reaching Communities programme.", set()),
    ("A rural project in Orton run by Gallery Youth Orton has received £288,476 from the Reaching Communities programme.",
     {("Reaching Communities", "funded", "Gallery Youth Orton")}),
])
def test_a_project_in_a_place_is_not_that_place(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text", [
    "Cherry Brook Care Home in Barset, which is run by All Saints Care Limited, has been rated good by the Care Quality Commission.",
    "Cherry Brook Care Home in Barset, run by All Saints Care Limited, has been rated good.",
])
def test_a_clause_after_a_bodys_place_describes_the_body(extract, text):
    facts = _triples(extract(text).relations)
    assert ("Cherry Brook Care Home", "partOf", "All Saints Care Limited") in facts and not any(t[0] == "Barset" for t in facts)


@pytest.mark.parametrize("text, found", [
    ("Orton Borough Council elected Councillor Joss Bigham as leader.", {("Orton Borough Council", "appointed", "Joss Bigham")}),
    ("Kelby Council elected Jo Bloggs as a councillor for Orton ward.", set()),
])
def test_a_title_before_a_persons_name_is_no_word_a_trigger_excludes(extract, text, found):
    assert {t for t in _triples(extract(text).relations) if t[1] == "appointed"} == found


@pytest.mark.parametrize("text, found", [
    ("The fund includes a Rail Innovation Network led by the University of Barset with Orton University and Wessex University.",
     {("University of Barset", "partneredWith", "Orton University"), ("University of Barset", "partneredWith", "Wessex University")}),
    ("The project, led by the University of Barset with Orton University, will start in May.",
     {("University of Barset", "partneredWith", "Orton University")}),
    ("The hub, run by Kelby Council with funding from the Wessex Trust, opened in May.", set()),
])
def test_a_body_leading_something_with_others_partners_them(extract, text, found):
    assert {t for t in _triples(extract(text).relations) if t[1] == "partneredWith"} == found


@pytest.mark.parametrize("text, found", [
    ("Wessex Healthcare NHS Foundation Trust has been awarded a five-year contract worth £655 million by NHS Wessex Integrated Care Board.",
     {("NHS Wessex Integrated Care Board", "appointed", "Wessex Healthcare NHS Foundation Trust")}),
    ("NHS Sandford Integrated Care Board has concluded a contract with Sandford NHS Foundation Trust for community services.",
     {("NHS Sandford Integrated Care Board", "partneredWith", "Sandford NHS Foundation Trust")}),
    ("NHS Orton Integrated Care Board has commissioned Practice Plus Orton to run the urgent treatment centre at Orton General Hospital.",
     {("NHS Orton Integrated Care Board", "appointed", "Practice Plus Orton")}),
])
def test_health_service_contracts_awarded_concluded_and_run(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("HMICFRS has issued Wessex Fire and Rescue Service with a cause of concern over its fire safety work.",
     ("HM Inspectorate of Constabulary and Fire & Rescue Services", "criticised", "Wessex Fire and Rescue Service")),
    ("Sandford Borough Council was prosecuted. An investigation by the HSE found the council had made a series of serious safety failings.",
     ("HSE", "criticised", "Sandford Borough Council")),
])
def test_a_count_or_kind_of_a_finding_counts_as_the_finding(extract, text, found):
    assert found in _triples(extract(text).relations)


@pytest.mark.parametrize("text, found", [
    ("Homes England has provided a £6 million loan to Kelby Homes Ltd through its Levelling Up Home Building Fund.",
     {("Homes England", "created", "Levelling Up Home Building Fund")}),
    ("Ofwat fined Kelby Water over its Clean Rivers Programme.", set()),
])
def test_its_on_the_channel_money_goes_through_is_the_givers(extract, text, found):
    assert {t for t in _triples(extract(text).relations) if t[1] == "created"} == found


@pytest.mark.parametrize("text, found", [
    ("Ofcom found that Barset Talk Ltd breached its rules on due impartiality, but decided not to impose a sanction.",
     {("Ofcom", "criticised", "Barset Talk Ltd")}),
    ("Ofcom found that Barset Talk Ltd had not breached its rules.", set()),
])
def test_a_not_in_a_clause_joined_by_but_does_not_undo_the_finding(extract, text, found):
    assert _triples(extract(text).relations) == found


def test_people_listed_after_a_colon_with_what_they_are_set_off_by_commas_are_the_appointees(extract):
    facts = _triples(extract("NHS England has appointed two non-executive directors to the board of Barset Ambulance Service NHS Trust: "
                             "Priya Shah, a former finance director, and Tom Elwood, a retired GP.").relations)
    assert {("NHS England", "appointed", "Priya Shah"), ("NHS England", "appointed", "Tom Elwood"),
            ("Priya Shah", "partOf", "Barset Ambulance Service NHS Trust"), ("Tom Elwood", "partOf", "Barset Ambulance Service NHS Trust")} <= facts


@pytest.mark.parametrize("text, held", [
    ("Wessex Community NHS Trust and Wessex Mental Health NHS Foundation Trust have appointed a joint chair, Martin Cole.",
     {("Martin Cole", "Wessex Community NHS Trust"), ("Martin Cole", "Wessex Mental Health NHS Foundation Trust")}),
    ("Wessex Community NHS Trust and Kelby Council have appointed Martin Cole as chair of Barset Trust.", {("Martin Cole", "Barset Trust")}),
])
def test_a_joint_post_two_bodies_appoint_to_is_held_at_both(extract, text, held):
    assert {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"} == held


@pytest.mark.parametrize("text, found", [
    ("A joint committee of Kelby District Council, Barset District Council and Orton Borough Council will oversee the move.",
     {("Kelby District Council", "partneredWith", "Barset District Council"), ("Kelby District Council", "partneredWith", "Orton Borough Council"),
      ("Barset District Council", "partneredWith", "Orton Borough Council")}),
    ("The committee of Kelby District Council met on Monday.", set()),
])
def test_a_joint_committee_of_bodies_partners_them(extract, text, found):
    assert _triples(extract(text).relations) == found


def test_it_after_a_participle_on_a_sanction_is_the_body_named_before(extract):
    facts = _facts(extract, "The Upper Tribunal dismissed an appeal by Wessex Community Healthcare NHS Trust against a £90,000 "
                            "penalty imposed on it by the Information Commissioner.")
    assert {(s, p, o, a) for s, p, o, a, _ in facts} == {("Information Commissioner's Office", "fined", "Wessex Community Healthcare NHS Trust", "90000")}


@pytest.mark.parametrize("text, found", [
    ("Charles Byrnes, former director general of the Royal Barset Legion, said it was good.", set()),
    ("Charles Byrnes, director general of the Royal Barset Legion, said it was good.", {("Charles Byrnes", "partOf", "Royal Barset Legion")}),
])
def test_former_on_a_word_of_the_post_before_its_head_marks_a_past_post(extract, text, found):
    assert _triples(extract(text).relations) == found


def test_a_person_announced_as_the_new_holder_of_a_hyphened_post_was_appointed_to_it(extract):
    facts = _triples(extract("Helen Gosh has been announced as the new director-general of the Kelby Heritage Trust.").relations)
    assert {("Kelby Heritage Trust", "appointed", "Helen Gosh"), ("Helen Gosh", "partOf", "Kelby Heritage Trust")} <= facts


@pytest.mark.parametrize("text, found", [
    ("Greenwich Leisure Limited operates in Kelby.", {("Greenwich Leisure Limited", "locatedIn", "Kelby")}),
    ("Greenwich Leisure Limited will operate all of the leisure facilities in Kelby and Orton.", set()),
])
def test_a_body_operating_things_in_a_place_is_not_said_to_be_there(extract, text, found):
    assert _triples(extract(text).relations) == found


def test_a_tender_awarded_is_an_appointment_by_the_body_announcing_it(extract):
    facts = _triples(extract("Kelby Council announced that GLL has been awarded the tender to operate its leisure centres from April.").relations)
    assert ("Kelby Council", "appointed", "Greenwich Leisure Limited") in facts


def test_a_remit_with_a_participle_before_the_name_leaves_the_post_at_the_body_before(extract):
    assert _triples(extract("CQC director of integrated care Amanda Wills praised staff.").relations) == {
        ("Amanda Wills", "partOf", "Care Quality Commission")}


@pytest.mark.parametrize("text, found", [
    ("Orton Care Ltd was commissioned by Kelby Borough Council.", {("Kelby Borough Council", "appointed", "Orton Care Ltd")}),
    ("The care was provided by Orton Care Ltd, which was commissioned by Kelby Borough Council.", {("Kelby Borough Council", "appointed", "Orton Care Ltd")}),
    ("Kelby Council commissioned the Barset Review.", set()),
])
def test_a_body_commissioned_by_another_is_appointed_by_it(extract, text, found):
    assert {t for t in _triples(extract(text).relations) if t[1] == "appointed"} == found


@pytest.mark.parametrize("text, found", [
    ("The Department for Education has issued Keep Trust with a financial notice to improve.", {("Department for Education", "criticised", "Keep Trust")}),
    ("Kelby Council issued a notice to residents to improve their recycling.", set()),
])
def test_a_notice_to_improve_is_criticism_from_any_body(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("Kelby Crown Court sentenced Barset Trust to a fine of £2.5 million.", {("Kelby Crown Court", "fined", "Barset Trust", "2500000")}),
    ("Barset Trust was sentenced to a fine of £2.5 million at Kelby Crown Court.", {("Kelby Crown Court", "fined", "Barset Trust", "2500000")}),
    ("Jo Dunn was sentenced to two years in prison by Kelby Crown Court.", set()),
])
def test_a_sentence_to_a_fine_is_a_fine(extract, text, found):
    assert {(s, p, o, a) for s, p, o, a, _ in _facts(extract, text)} == found


@pytest.mark.parametrize("text, found", [
    ("The signatories to the agreement are the University of Wessex, Wessex City Council and Royal United Hospitals Wessex.",
     {("University of Wessex", "partneredWith", "Wessex City Council"), ("University of Wessex", "partneredWith", "Royal United Hospitals Wessex"),
      ("Wessex City Council", "partneredWith", "Royal United Hospitals Wessex")}),
    ("The partner is Barset Council.", set()),
])
def test_bodies_named_as_partners_or_signatories_of_no_one_named_are_each_others_partners(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("The Orton Housing First project, delivered by Orton County Council, supports 37 people.", {("Orton Housing First", "partOf", "Orton County Council")}),
    ("The annual lecture was delivered by Jo Dunn of Orton County Council.", set()),
])
def test_a_programme_delivered_by_a_body_is_run_by_it(extract, text, found):
    assert {t for t in _triples(extract(text).relations) if t[1] == "partOf" and t[0] != "Jo Dunn"} == found


def test_a_group_formed_through_a_link_up_between_bodies_was_created_by_them(extract):
    created = {(r.subject.name, r.object.name) for r in extract(
        "The South Wessex Colleges Group was formed through a three-way link-up between Carshall College, Kingsford College and "
        "Merton Wessex College.").relations if r.predicate == "created"}
    assert created == {(c, "South Wessex Colleges Group") for c in ("Carshall College", "Kingsford College", "Merton Wessex College")}


def test_its_in_a_joined_clause_is_the_body_owning_the_first_clauses_subject(extract):
    facts = _triples(extract("Mid Kelby College's Ofsted rating tumbled to inadequate, and its principal Richard Holly stepped down in June.").relations)
    assert ("Richard Holly", "partOf", "Mid Kelby College") in facts


@pytest.mark.parametrize("text, held", [
    ("Commissioner Tony Hogge has chosen acting Chief Constable Shaun Sawyers to take on the role permanently at Wessex Police.",
     {("Shaun Sawyers", "Wessex Police")}),
    ("Jo Dunn has agreed to take on the role at Kelby Council.", {("Jo Dunn", "Kelby Council")}),
])
def test_the_one_chosen_to_take_on_a_role_takes_it_not_the_chooser(extract, text, held):
    assert {(r.subject.name, r.object.name) for r in extract(text).relations if r.predicate == "partOf"} == held


@pytest.mark.parametrize("text, found", [
    ("Kelby Borough Council has signed a £37 million contract with Sopra Kelby to upgrade its IT systems.",
     {("Kelby Borough Council", "partneredWith", "Sopra Kelby")}),
    ("The system is supported through a maintenance contract between Wessex Borough Council and Civica.",
     {("Wessex Borough Council", "partneredWith", "Civica")}),
    ("Kelby Trust has taken on Jo Dunn as its new chair.", {("Kelby Trust", "appointed", "Jo Dunn"), ("Jo Dunn", "partOf", "Kelby Trust")}),
    ("Seven councils have agreed to form a consortium, led by Orton County Council and Wessex County Council, to buy services.",
     {("Wessex County Council", "partneredWith", "Orton County Council")}),
    ("The review, led by Orton County Council and Wessex County Council, will report in May.", set()),
])
def test_contract_parties_a_body_taken_on_and_the_co_leaders_of_a_consortium(extract, text, found):
    assert _triples(extract(text).relations) == found


def test_a_concession_signed_with_a_body_partners_it(extract):
    assert _triples(extract("Kelby City Council has signed a 40-year concession with Vattenfell Heat UK to build and run a heat network.").relations) == {
        ("Kelby City Council", "partneredWith", "Vattenfell Heat UK")}


@pytest.mark.parametrize("text, found", [
    ("The Welsh Government has escalated Betsi Kelby University Health Board to special measures.",
     {("Welsh Government", "inspected", "Betsi Kelby University Health Board")}),
    ("Kelby Council escalated the complaint to the Local Government and Social Care Ombudsman.", set()),
])
def test_a_body_escalated_to_special_measures_or_intervention_is_inspected(extract, text, found):
    assert _triples(extract(text).relations) == found


def test_a_person_appointed_joining_from_a_body_was_part_of_it(extract):
    facts = _triples(extract("Carol Shill has been appointed chief executive of Betsi Kelby University Health Board, joining from NHS Wessex.").relations)
    assert {("Carol Shill", "partOf", "NHS Wessex"), ("Carol Shill", "partOf", "Betsi Kelby University Health Board")} <= facts


@pytest.mark.parametrize("text, found", [
    ("The Youth Endowment Fund has awarded £1.2 million to Wessex Council to run a programme with Wessex Police.",
     {("Youth Endowment Fund", "funded", "Wessex Council"), ("Wessex Council", "partneredWith", "Wessex Police")}),
    ("Kelby Trust brought in managers to run the service with Barset Care.", set()),
])
def test_the_one_money_is_given_to_run_something_with_another_partners_it(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("Natural Resources Wales has accepted an enforcement undertaking from Wessex Water, which will pay £150,000 to a charity.",
     {("Natural Resources Wales", "criticised", "Wessex Water")}),
    ("Kelby Council accepted an undertaking from Barset Homes.", set()),
])
def test_an_enforcement_undertaking_a_regulator_accepts_is_criticism(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("The regulator used its powers to appoint Harriet Moss of Bates Wells as interim manager of the Orton Heritage Trust.",
     {("Harriet Moss", "partOf", "Bates Wells"), ("Harriet Moss", "partOf", "Orton Heritage Trust")}),
    ("The board decided to appoint Jo Bloggs as chair of Kelby Trust.",
     {("Kelby Trust", "appointed", "Jo Bloggs"), ("Jo Bloggs", "partOf", "Kelby Trust")}),
])
def test_an_unnamed_other_body_that_means_to_appoint_is_not_the_posts_body(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("The Charity Commission has appointed interim managers to take over the running of Kelby Community Association, "
     "five months after it opened a statutory inquiry into the charity.",
     {("Charity Commission", "inspected", "Kelby Community Association")}),
    ("Kelby Council appointed Barset Homes to run the estate after it won the tender.", {("Kelby Council", "appointed", "Barset Homes")}),
])
def test_it_acting_on_a_body_by_its_kind_is_the_other_body(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("Ofcom has opened an investigation into whether Kelby Fibre broke the rules on switching providers.", {("Ofcom", "inspected", "Kelby Fibre")}),
    ("The ICO launched an inquiry into whether Barset Council had lost the files.", {("Information Commissioner's Office", "inspected", "Barset Council")}),
    ("Ofgem has opened an investigation into whether Kelby Energy fitted prepayment meters without consent.", {("Ofgem", "inspected", "Kelby Energy")}),
])
def test_an_inquiry_into_whether_a_body_did_something_inspects_it(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services moved Orton Police into its enhanced level of monitoring.",
     {("HM Inspectorate of Constabulary and Fire & Rescue Services", "criticised", "Orton Police")}),
    ("Ofsted moved Kelby Academy into special measures.", {("Ofsted", "inspected", "Kelby Academy")}),
    ("The council moved Kelby House into a monitoring role.", set()),
])
def test_a_regulator_moving_a_body_into_monitoring_or_measures_acts_on_it(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("Cllr Tom Evans has been given the adult social care brief in Wessex Council's cabinet.", {("Tom Evans", "partOf", "Wessex Council")}),
    ("Tom Evans has been handed the housing portfolio at Wessex Council.", {("Tom Evans", "partOf", "Wessex Council")}),
    ("Tom Evans has been given a seat on the board of Wessex Water.", {("Tom Evans", "partOf", "Wessex Water")}),
    ("Tom Evans took a seat on the Wessex Council cabinet.", {("Tom Evans", "partOf", "Wessex Council")}),
    ("Tom Evans was given a warning by Wessex Council.", {("Wessex Council", "criticised", "Tom Evans")}),
])
def test_a_post_given_or_a_seat_taken_at_a_body_is_a_post_there(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("The OfS has launched an investigation into Barset University's franchised provision.", {("Office for Students", "inspected", "Barset University")}),
    ("The Charity Commission opened an inquiry into Kelby Trust's finances.", {("Charity Commission", "inspected", "Kelby Trust")}),
])
def test_an_inquiry_into_a_bodys_provision_or_finances_inspects_the_body(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("Sandford District Council found mould during an inspection of Spice Garden.", {("Sandford District Council", "inspected", "Spice Garden")}),
    ("Mould was found during an inspection of Spice Garden.", set()),
    ("Kelby Council was praised during an inspection of its services.", set()),
])
def test_what_a_body_found_during_an_inspection_it_made(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("Kelby Council took over the running of Barset Leisure Centre in May.", {("Barset Leisure Centre", "partOf", "Kelby Council")}),
    ("Kelby Trust will take on the running of Orton Library next year.", {("Orton Library", "partOf", "Kelby Trust")}),
    ("Kelby Council took over the running of the library from Barset Trust.", set()),
    ("Kelby Council funded the running of Barset Leisure Centre.", {("Kelby Council", "funded", "Barset Leisure Centre")}),
])
def test_a_body_that_takes_over_the_running_of_another_runs_it(extract, text, found):
    assert _triples(extract(text).relations) == found


def test_the_ownership_of_a_body_opening_a_sentence_stands_for_the_body(extract):
    result = extract("Ownership of Barset Waste Services will transfer to Kelby Council.")
    assert {e.name for e in result.entities} == {"Barset Waste Services", "Kelby Council"}
    assert _triples(result.relations) == {("Barset Waste Services", "partOf", "Kelby Council")}


@pytest.mark.parametrize("text, found", [
    ("Orton Primary Academy has been moved from Sandford Academies Trust to the Kelby Diocesan Academy Trust.",
     {("Orton Primary Academy", "partOf", "Kelby Diocesan Academy Trust")}),
    ("Barset Academy was rebrokered to Wessex Schools Trust.", {("Barset Academy", "partOf", "Wessex Schools Trust")}),
    ("Kelby Council moved Jo Bloggs to Barset Council.", set()),
])
def test_a_school_moved_or_rebrokered_to_a_trust_is_part_of_it(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("Kelby Learning Trust and Orton Education Trust will combine to form a single trust.", {("Kelby Learning Trust", "partneredWith", "Orton Education Trust")}),
    ("Kelby Learning Trust and Orton Education Trust will amalgamate in April.", {("Kelby Learning Trust", "partneredWith", "Orton Education Trust")}),
    ("Kelby Council will combine its services to form a single hub.", set()),
])
def test_bodies_that_combine_to_form_one_or_amalgamate_partner(extract, text, found):
    assert _triples(extract(text).relations) == found


def test_funding_from_a_bodys_programme_in_a_with_phrase_is_the_bodys(extract):
    text = "Barset Theatre Company will move from London to Orton with funding from Arts Council England's transfer programme."
    assert ("Arts Council England", "funded", "Barset Theatre Company") in _triples(extract(text).relations)


def test_a_person_set_beside_a_post_who_joined_from_a_body_misparsed_works_there(extract):
    text = "The home's new registered manager, Dean Price, joined from Barset Children's Services in January."
    assert _triples(extract(text).relations) == {("Dean Price", "partOf", "Barset Children's Services")}


@pytest.mark.parametrize("text, found", [
    ("The functions of the Orton Local Enterprise Partnership have been absorbed into Orton County Council.",
     {("Orton Local Enterprise Partnership", "partOf", "Orton County Council")}),
    ("Orton Freeport will keep the business rates it raises, under an agreement with HM Treasury.", {("Orton Freeport", "partneredWith", "HM Treasury")}),
])
def test_a_bodys_functions_stand_for_it_and_a_freeport_is_a_body(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("Orton Domestic Abuse Service, which is run by Safer Lives, opened in May.", {("Orton Domestic Abuse Service", "partOf", "Safer Lives")}),
    ("Kelby Council runs the Orton Library Service.", {("Orton Library Service", "partOf", "Kelby Council")}),
    ("Kelby Council runs services for Barset Trust.", set()),
])
def test_a_named_service_someone_runs_is_theirs(extract, text, found):
    assert _triples(extract(text).relations) == found


def test_a_police_and_crime_commissioner_tagged_short_is_named_whole(extract):
    text = "The Home Office has awarded £550,000 to Kelby Police and Crime Commissioner for CCTV."
    assert ("Home Office", "funded", "Kelby Police and Crime Commissioner") in _triples(extract(text).relations)


@pytest.mark.parametrize("text, found", [
    ("Dr Fiona Hale, previously chief operating officer at Sandford University Hospitals, will serve as interim chief executive of the trust.", set()),
    ("Jo Bloggs, a former finance director of Orton City Council, said the council had been warned by the ICO.",
     {("Information Commissioner's Office", "criticised", "Orton City Council")}),
])
def test_the_body_of_a_post_held_before_is_not_the_body_of_a_new_post_in_its_sentence(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("Crisis has appointed Joanne Reed to its board of trustees.", {("Crisis", "appointed", "Joanne Reed"), ("Joanne Reed", "partOf", "Crisis")}),
    ("Barset Council spent £9 million on temporary accommodation last year, according to figures from the Local Government Association.", set()),
])
def test_appointed_to_its_board_and_money_a_cited_source_counts(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("Barset Community Library is now run by volunteers from the Friends of Barset Library.",
     {("Barset Community Library", "partOf", "Friends of Barset Library")}),
    ("Barset Community Library is run by staff from Kelby Council.", {("Barset Community Library", "partOf", "Kelby Council")}),
])
def test_a_body_run_by_people_from_another_is_part_of_it(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("Barset Council agreed an out-of-court settlement with Orton Construction Ltd over delays to a school building.", set()),
    ("Barset Council agreed with Orton Construction Ltd to build a school.", {("Barset Council", "partneredWith", "Orton Construction Ltd")}),
])
def test_a_settlement_agreed_with_a_body_is_no_partnership(extract, text, found):
    assert _triples(extract(text).relations) == found


def test_it_is_not_the_body_of_a_post_held_before(extract):
    text = "Sandford Housing Group has a new chair. The board has appointed Ravi Shah, a former director at Wessex Homes, to lead it."
    assert ("Ravi Shah", "partOf", "Wessex Homes") not in _triples(extract(text, title="Chair appointed").relations)


@pytest.mark.parametrize("text, found", [
    ("Ofsted will review Kelby Council's handling of the case.", {("Ofsted", "inspected", "Kelby Council")}),
    ("The ICO reviewed its guidance after complaints from Barset Council.", set()),
])
def test_a_regulator_reviewing_a_bodys_handling_inspects_the_body(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("Orton Police and Sandford Police have merged their major crime teams into a single unit.", {("Orton Police", "partneredWith", "Sandford Police")}),
    ("Kelby Council has merged its library services into Barset Trust.", set()),
    ("Kelby Trust will merge into Barset Trust in April.", {("Kelby Trust", "partOf", "Barset Trust")}),
])
def test_bodies_merging_their_teams_into_one_partner(extract, text, found):
    assert _triples(extract(text).relations) == found


def test_a_one_word_name_opening_a_sentence_set_beside_a_bodys_arm_is_part_of_it(extract):
    text = "Novus, the education arm of the LTE Group, provides teaching at HMP Kelby."
    assert ("Novus", "partOf", "LTE Group") in _triples(extract(text).relations)


@pytest.mark.parametrize("text, found", [
    ("Arts Council England removed the accreditation of Wessex Railway Museum after it sold part of its collection.",
     {("Arts Council England", "criticised", "Wessex Railway Museum")}),
    ("Kelby Libraries and Kelby Museums will be combined into a single service, Kelby Culture.",
     {("Kelby Libraries", "partOf", "Kelby Culture"), ("Kelby Museums", "partOf", "Kelby Culture")}),
    ("Warrington and West Lancashire Councils agreed a deal.", set()),
])
def test_accreditation_removed_and_services_combined_into_one(extract, text, found):
    assert _triples(extract(text).relations) == found


@pytest.mark.parametrize("text, found", [
    ("Ofwat approved the appointment of Dame Ann Lowe as chair of Kelby Water.",
     {("Kelby Water", "appointed", "Ann Lowe"), ("Ann Lowe", "partOf", "Kelby Water")}),
    ("Kelby Council confirmed the appointment of Jo Bloggs as chief executive of Kelby Council.",
     {("Kelby Council", "appointed", "Jo Bloggs"), ("Jo Bloggs", "partOf", "Kelby Council")}),
])
def test_a_body_approving_an_appointment_to_another_bodys_post_does_not_make_it(extract, text, found):
    assert _triples(extract(text).relations) == found
