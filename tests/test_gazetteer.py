"""The registers and general-knowledge lists behind the gazetteer, on sentences written for the tests."""

from __future__ import annotations

import pytest
from conftest import entity_named, relations_of


@pytest.mark.parametrize("sentence,name,etype,scheme", [
    ("The University of Leeds signed the agreement on Monday.", "University of Leeds", "Organisation", "ukprn"),
    ("Leeds Teaching Hospitals NHS Trust opened a new ward.", "Leeds Teaching Hospitals NHS Trust", "Organisation", "ods"),
    ("West Yorkshire Police said the figures were worrying.", "West Yorkshire Police", "Organisation", "police"),
    ("Ministers visited the North East last week.", "North East", "Place", "gss"),
])
def test_public_registers_name_and_identify_bodies(extract, sentence, name, etype, scheme):
    entity = entity_named(extract(sentence), name)
    assert entity.type == etype and scheme in entity.identifiers


@pytest.mark.parametrize("sentence,name", [
    ("The Guardian reported that waiting lists had grown.", "The Guardian"),
    ("Deliveroo riders protested outside the office.", "Deliveroo"),
    ("A study by PwC estimated the cost at £2 billion.", "PwC"),
    ("The NSPCC warned that referrals had risen.", "NSPCC"),
    ("Customers of E.on Next were refunded last year.", "E.ON Next"),
    ("The RSPCA said it would appeal against the decision.", "RSPCA"),
])
def test_well_known_media_firms_and_charities_are_organisations(extract, sentence, name):
    assert entity_named(extract(sentence), name).type == "Organisation"


def test_a_town_the_tagger_finds_is_a_place_but_a_word_that_is_also_a_town_is_not(extract):
    found = extract("Councillors in Huddersfield met on Monday to discuss the budget.")
    assert entity_named(found, "Huddersfield").type == "Place"
    month = extract("The March meeting of the committee was cancelled because of the strike.")
    assert not [e for e in month.entities if e.name == "March"]


@pytest.mark.parametrize("sentence, name", [
    ("Funding for Barrow-in-Furness was confirmed on Monday.", "Barrow in Furness"),
    ("Funding for Barrow in Furness was confirmed on Monday.", "Barrow in Furness"),
    ("The new depot in Chester-le-Street opened on Monday.", "Chester-le-Street"),
    ("Residents of Stratford upon Avon were consulted.", "Stratford-upon-Avon"),
])
def test_a_town_joined_by_a_lower_case_word_is_a_place_written_either_way(extract, sentence, name):
    entity = entity_named(extract(sentence), name)
    assert entity.type == "Place" and "geonames" in entity.identifiers


def test_street_names_are_places(extract):
    found = extract("The council closed Kingsway Road for a week to repair the bridge.")
    assert entity_named(found, "Kingsway Road").type == "Place"


def test_names_written_without_their_apostrophe_still_match(extract):
    found = extract("Researchers at Queens University Belfast led the study.")
    assert entity_named(found, "Queen's University Belfast").type == "Organisation"


@pytest.mark.parametrize("sentence,person,org,rule", [
    ("Jane Smith from Leeds City Council said the figures were worrying.", "Jane Smith", "Leeds City Council", "role-from"),
    ("Leeds City Council's director of adult services Jane Doe said the plan would help.", "Jane Doe",
     "Leeds City Council", "possessive-role"),
    ("Ofsted's Dr Amir Khan led the review of the service.", "Amir Khan", "Ofsted", "possessive-role"),
    ("Sam Patel, senior lecturer in social policy at the University of Leeds, wrote the report.", "Sam Patel",
     "University of Leeds", "role-apposition"),
])
def test_roles_make_people_part_of_their_organisation(extract, sentence, person, org, rule):
    rels = {(r.subject.name, r.predicate, r.object.name, r.rule) for r in extract(sentence).relations}
    assert (person, "partOf", org, rule) in rels


def test_a_place_after_from_is_not_an_employer(extract):
    rels = [r for r in extract("Jane Smith from Bradford won the award for her volunteering.").relations
            if r.predicate == "partOf"]
    assert rels == []


@pytest.mark.parametrize("sentence,fragment", [
    ("Readers can search Social Policy and Practice for studies.", "Social Policy and"),
    ("She works as director of Services at the council.", "Services at"),
    ("Socially excluded groups were consulted.", "Socially"),
])
def test_cut_off_runs_and_capitalised_adjectives_are_not_entities(extract, sentence, fragment):
    assert fragment not in {e.name for e in extract(sentence).entities}


def test_a_typed_head_may_carry_a_lowercase_complement(extract):
    found = extract("The Green Paper on social care has been delayed again.")
    assert entity_named(found, "Green Paper on social care").type == "Policy"


def test_a_given_name_makes_a_person_of_a_name_the_tagger_calls_an_organisation(extract):
    found = extract("That, according to Ewan Baird, is vital for helping young people to settle.")
    assert entity_named(found, "Ewan Baird").type == "Person"


@pytest.mark.parametrize("acronym", ["CCTV", "ICT", "CPD", "CRM"])
def test_common_acronyms_of_things_are_not_entities(extract, acronym):
    found = extract(f"The council spent more on {acronym} last year than on anything else.")
    assert acronym not in {e.name for e in found.entities}


def test_a_known_name_is_matched_however_it_is_spelt(extract):
    from kg.vocab.lexicon import spellings

    assert "Her Majesty's Revenue and Customs" in spellings("HM Revenue & Customs")
    assert spellings("Ofsted") == ["Ofsted"]
    names = {e.name for e in extract("His Majesty's Inspectorate of Constabulary criticised the force. "
                                     "The Department for Work & Pensions funded the pilot.").entities}
    # (the inspectorate took on fire and rescue services in 2017: its former name is a variant of the current one)
    assert "HM Inspectorate of Constabulary and Fire & Rescue Services" in names and "Department for Work and Pensions" in names
    assert not names & {"Majesty", "Inspectorate of Constabulary"}


def test_the_derived_gazetteer_spells_names_with_single_spaces_and_capitals():
    """The open registers hold a few doubled spaces and lower-case alternative names; the derived file
    must not carry them, or 'North Somerset Council' in an article would become a name with two spaces."""
    import json

    from kg.vocab.resources import ontology_file

    entries = json.loads(ontology_file("gazetteer.json").read_text(encoding="utf-8"))["entries"]
    forms = [f for e in entries for f in (e["name"], *e["variants"])]
    assert [f for f in forms if f != " ".join(f.split())] == []
    councils = [f for f in forms if f.casefold().endswith(" council")]
    assert councils and [f for f in councils if f.islower()] == []


def test_a_council_named_in_the_registers_keeps_its_spelling(extract):
    found = extract("North Somerset Council was fined £60,000 by the regulator.")
    assert entity_named(found, "North Somerset Council").type == "Organisation"


def test_every_regulator_the_rules_know_is_a_known_body():
    """The rules treat these names as regulators (the implied agent of an agentless fine): each must be
    recognised as a body, or an article naming only it gets no agent (an acronym the registers share is
    left to the tagger)."""
    import json

    from kg.vocab.lexicon import gazetteer
    from kg.vocab.resources import ontology_file

    forms = {f.casefold() for e in gazetteer() for f in (e.name, *e.variants, *e.acronyms)}
    regulators = json.loads(ontology_file("patterns.json").read_text(encoding="utf-8"))["regulators"]
    assert [r for r in regulators if r.casefold() not in forms and not r.isupper()] == []


@pytest.mark.parametrize("text, fact", [
    ("Ofwat fined Harbourside Water £3m for misreporting leaks.", ("Ofwat", "fined", "Harbourside Water")),
    ("Regulator Ofwat has fined Thames Water £11m.", ("Ofwat", "fined", "Thames Water")),
])
def test_regulators_and_the_companies_they_fine(extract, text, fact):
    assert fact in relations_of(extract(text))


def test_a_body_whose_name_is_also_a_phrase_is_matched_only_as_written(extract):
    assert "NHS Employers" not in {e.name for e in extract("The scheme convinced 500 NHS employers to share one site.").entities}
    assert "NHS Employers" in {e.name for e in extract("NHS Employers said the pay offer was fair.").entities}


def test_a_trust_named_without_its_nhs_is_the_registered_trust(extract):
    found = extract("Sussex Community Foundation Trust apologised to the family.")
    [trust] = [e for e in found.entities if "Sussex" in e.name]
    assert trust.name == "Sussex Community NHS Foundation Trust" and trust.identifiers.get("ods")


def test_an_unknown_acronym_doing_something_is_a_body(extract):
    found = extract("WESTCA has appointed Jo Bloggs as its new chief executive.")
    assert entity_named(found, "WESTCA").type == "Organisation"
    assert ("WESTCA", "appointed", "Jo Bloggs") in relations_of(found)


@pytest.mark.parametrize("sentence", ["COVID has hit council budgets hard.", "PTSD affects many veterans."])
def test_an_acronym_of_a_thing_doing_something_is_not_a_body(extract, sentence):
    assert not [e for e in extract(sentence).entities if e.type == "Organisation"]


def test_no_derived_place_is_named_after_a_council_or_an_authority():
    import json
    from pathlib import Path

    entries = json.loads((Path(__file__).parent.parent / "ontology" / "gazetteer.json").read_text(encoding="utf-8"))["entries"]
    bad = [e["name"] for e in entries if e["type"] == "Place" and e["name"].split()[-1] in {"Council", "Authority"}]
    assert not bad


def test_a_trust_is_known_without_its_nhs_foundation_trust_ending_only_when_the_rest_says_what_it_is(extract):
    names = {e.name for e in extract("Berkshire Healthcare has opened a new clinic.").entities}
    assert "Berkshire Healthcare NHS Foundation Trust" in names


def test_a_registered_name_is_found_without_its_leading_the(extract):
    """Registers write 'The X NHS Trust'; running text often drops the article ('services at X NHS Trust')."""
    found = extract("Inspectors criticised services at Rotherham NHS Foundation Trust, which runs one hospital. "
                    "Staff at National Archives catalogued the files.")
    assert entity_named(found, "The Rotherham NHS Foundation Trust").identifiers.get("ods")
    assert entity_named(found, "The National Archives").type == "Organisation"


def test_a_forces_police_and_crime_panel_is_one_body_and_its_police_its_constabulary(extract):
    found = extract("The Suffolk Police and Crime Panel met at Endeavour House. Avon and Somerset Police said so.")
    names = {e.name for e in found.entities}
    assert "Suffolk Police and Crime Panel" in names and "Avon and Somerset Constabulary" in names


def test_a_hand_kept_entry_that_renames_a_register_entry_keeps_its_codes(extract):
    found = extract("The UK has more police officers than ever, the Metropolitan Police said.")
    assert entity_named(found, "UK").identifiers.get("gss") == "K02000001"
    assert entity_named(found, "Metropolitan Police").identifiers.get("police") == "metropolitan"


def test_a_local_authority_area_written_without_the_dot_of_its_st_keeps_its_code(extract):
    found = extract("Flooding closed roads across St Helens on Tuesday.")
    assert entity_named(found, "St. Helens").identifiers.get("gss") == "E08000013"


@pytest.mark.parametrize("sentence,name", [
    # an NHS foundation trust as news shortens it: the register's body, with its code
    ("Nurses at Sherwood Forest Hospitals Trust opened a new ward in the spring.", "Sherwood Forest Hospitals NHS Foundation Trust"),
    # general-knowledge lists: national charities, policy bodies and laws
    ("Acme Ltd paid £5,000 to the Marine Conservation Society.", "Marine Conservation Society"),
    ("What Works Scotland is focused on public service improvement.", "What Works Scotland"),
    ("The firm breached the Work at Height Regulations 2005.", "Work at Height Regulations"),
    # a county council under its county's usual abbreviation
    ("Notts County Council has appointed a new director.", "Nottinghamshire County Council"),
    # an inspectorate named by the office that heads it
    ("The Chief Inspector of Prisons inspected HMP Barset in May.", "HM Inspectorate of Prisons"),
])
def test_shortened_trusts_and_curated_bodies_and_laws(extract, sentence, name):
    assert entity_named(extract(sentence), name)


@pytest.mark.parametrize("name", ["Humberside", "Thames Valley", "Teesside"])
def test_former_counties_that_still_name_public_services_are_places(extract, name):
    found = {e.name: e.type for e in extract(f"Ambulance crews across {name} were busy on Monday.").entities}
    assert found.get(name) == "Place"


@pytest.mark.parametrize("text, name", [
    ("The Department of Education has written to every school.", "Department for Education"),
    ("A spokesperson for the Department for Health and Social Care said no.", "Department of Health and Social Care"),
])
def test_a_department_under_the_other_preposition_is_the_registers(extract, text, name):
    assert name in {e.name for e in extract(text).entities}


def test_a_high_street_retailer_is_one_body_and_only_when_capitalised(extract):
    names = {e.name for e in extract("She worked for Marks and Spencer and Boots before joining the council. "
                                      "Wear sturdy boots on the walk.").entities}
    assert {"Marks and Spencer", "Boots"} <= names and "Marks" not in names


def test_every_curated_entry_is_kept_or_folded_into_the_entry_that_names_it():
    import json

    from kg.vocab.lexicon import gazetteer
    from kg.vocab.resources import ontology_file

    kept = {(e.type, n.casefold()) for e in gazetteer() for n in (e.name, *e.variants)}
    curated = json.loads(ontology_file("gazetteer-curated.json").read_text(encoding="utf-8"))["entries"]
    lost = [e["name"] for e in curated if (e["type"], e["name"].casefold()) not in kept]
    assert lost == []  # (an entry whose variant only recased its own name used to fold itself away)


def test_the_pandemic_named_bare_is_the_event(extract):
    found = {e.name: e.type for e in extract("The council spent £2m on its COVID-19 response.").entities}
    assert found.get("COVID-19 pandemic") == "Event"


def test_an_integrated_care_board_named_without_its_nhs_is_the_registered_board(extract):
    found = extract("Bedfordshire, Luton and Milton Keynes Integrated Care Board agreed its budget. "
                    "Later the Black Country ICB did the same.")
    for name in ("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board", "NHS Black Country Integrated Care Board"):
        assert entity_named(found, name).identifiers.get("ods")


def test_a_northern_irish_body_written_with_ni_is_the_registered_body(extract):
    found = extract("The NI Audit Office said two departments had overspent.")
    assert entity_named(found, "Northern Ireland Audit Office").name == "Northern Ireland Audit Office"


@pytest.mark.parametrize("sentence,council", [
    ("Marvin Rees, mayor of Bristol, said the plan was good.", "Bristol City Council"),
    ("Bristol was rated inadequate by Ofsted.", "Bristol City Council"),
    ("Glasgow was fined £20,000 by the Information Commissioner.", "Glasgow City Council"),
    ("Jo Bloggs, leader of Edinburgh, said the plan was good.", "City of Edinburgh Council"),
])
def test_a_city_named_without_city_of_stands_for_its_council(extract, sentence, council):
    assert council in {r.object.name for r in extract(sentence).relations}


def test_a_city_of_names_own_form_is_kept_for_the_square_mile():
    import json
    from pathlib import Path
    entries = json.loads((Path(__file__).parents[1] / "ontology" / "gazetteer.json").read_text())["entries"]
    places = {e["name"]: e for e in entries if e["type"] == "Place" and "gss" in e["ids"]}
    assert places["Bristol"]["ids"]["gss"] == "E06000023" and "City of Bristol" in places["Bristol"]["variants"]
    assert places["City of London"]["ids"]["gss"] == "E09000001"
    assert places["London"]["ids"]["gss"] != "E09000001"


def test_a_regions_one_word_compass_name_is_no_alternative_name(extract):
    found = extract("East of Eden, Cumbria - the project stretches over the farmland of the Eden Valley.")
    assert "East of England" not in {e.name for e in found.entities}


@pytest.mark.parametrize("sentence, council", [
    ("Cyngor Sir Ceredigion has appointed a new chief executive.", "Ceredigion County Council"),
    ("The Welsh Government has awarded £5 million to Cyngor Gwynedd.", "Gwynedd Council"),
    ("Cyngor Bwrdeistref Sirol Wrecsam has launched the Wrexham Youth Hub.", "Wrexham County Borough Council"),
])
def test_a_welsh_council_named_in_welsh_is_the_registered_council(extract, sentence, council):
    found = extract(sentence)
    assert entity_named(found, council).identifiers.get("gss", "").startswith("W06")
    assert not [e for e in found.entities if e.type == "Person"]


@pytest.mark.parametrize("text, name", [
    ("Victim Support has partnered with Orton Police to help victims of fraud.", "Victim Support"),
    ("Orton Council has commissioned Catch22 to run its youth justice service.", "Catch22"),
])
def test_national_victims_and_justice_charities_are_known_bodies(extract, text, name):
    assert entity_named(extract(text), name).type == "Organisation"


def test_a_headline_opening_with_refuge_names_no_charity(extract):
    found = extract("Orton County Council has commissioned Safe Haven Orton to run refuges.", title="Refuge contract goes to charity")
    assert not any(e.name == "Refuge" for e in found.entities)


@pytest.mark.parametrize("text, name, scheme", [
    ("The Charity Commission has opened an inquiry into the Kelby Trust.", "Charity Commission", "govuk"),
    ("The Electoral Commission fined the Kelby Party £2,000.", "Electoral Commission", "govuk"),
])
def test_a_hand_kept_name_is_not_renamed_by_the_registers_name_with_the(extract, text, name, scheme):
    """The register writes 'The Charity Commission' with 'Charity Commission' as its other name: the hand-kept entry
    keeps its own name and takes the register's codes, rather than either folding the other away."""
    assert entity_named(extract(text), name).identifiers.get(scheme)
