"""Extraction on sentences written for these tests: each predicate in active and passive voice,
acronym aliases, type correction, qualifiers and evidence."""

from decimal import Decimal

import pytest
from conftest import entity_named, relations_of

CASES = [
    ("The Information Commissioner's Office fined Norfolk County Council £60,000 last year.",
     ("Information Commissioner's Office", "fined", "Norfolk County Council")),
    ("Hampshire County Council was fined £100,000 by the Information Commissioner's Office.",
     ("Information Commissioner's Office", "fined", "Hampshire County Council")),
    ("Kent County Council created the Kent Integrated Dataset in 2015.",
     ("Kent County Council", "created", "Kent Integrated Dataset")),
    ("The Kent Integrated Dataset was developed by Kent County Council.",
     ("Kent County Council", "created", "Kent Integrated Dataset")),
    ("Leeds City Council launched the Leeds Open Data Platform in 2014.",
     ("Leeds City Council", "launched", "Leeds Open Data Platform")),
    ("The Family Insights Programme was launched by Newcastle City Council.",
     ("Newcastle City Council", "launched", "Family Insights Programme")),
    ("The Local Government Association published the Digital Councils Report in March.",
     ("Local Government Association", "published", "Digital Councils Report")),
    ("The Digital Councils Report was published by the Local Government Association.",
     ("Local Government Association", "published", "Digital Councils Report")),
    ("Innovate UK funded the Future City Programme with £24 million.",
     ("Innovate UK", "funded", "Future City Programme")),
    ("The Future City Programme was funded by Innovate UK.",
     ("Innovate UK", "funded", "Future City Programme")),
    ("Ofsted inspected Birmingham City Council in 2016.",
     ("Ofsted", "inspected", "Birmingham City Council")),
    ("Birmingham City Council was rated inadequate by Ofsted.",
     ("Ofsted", "inspected", "Birmingham City Council")),
    ("Leeds City Council introduced the Open Data Policy in 2015.",
     ("Leeds City Council", "introduced", "Open Data Policy")),
    ("The Open Data Policy was adopted by Leeds City Council.",
     ("Leeds City Council", "introduced", "Open Data Policy")),
    ("Nesta partnered with the Greater London Authority on the project.",
     ("Nesta", "partneredWith", "Greater London Authority")),
    ("Essex County Council uses the Essex Data Platform to plan services.",
     ("Essex County Council", "uses", "Essex Data Platform")),
    ("The Essex Data Platform is used by Essex County Council.",
     ("Essex County Council", "uses", "Essex Data Platform")),
    ("The Department for Education appointed Sarah Jones as chief social worker.",
     ("Department for Education", "appointed", "Sarah Jones")),
    ("Sarah Jones was appointed by the Department for Education.",
     ("Department for Education", "appointed", "Sarah Jones")),
    ("The Government Digital Service is part of the Cabinet Office.",
     ("Government Digital Service", "partOf", "Cabinet Office")),
    ("The Essex Centre for Data Analytics is based in Chelmsford.",
     ("Essex Centre for Data Analytics", "locatedIn", "Chelmsford")),
    ("The Care Quality Commission regulates the Royal Free London NHS Foundation Trust.",
     ("Care Quality Commission", "regulates", "Royal Free London NHS Foundation Trust")),
    ("The Royal Free London NHS Foundation Trust is regulated by the Care Quality Commission.",
     ("Care Quality Commission", "regulates", "Royal Free London NHS Foundation Trust")),
    ("The National Audit Office criticised the Department for Work and Pensions.",
     ("National Audit Office", "criticised", "Department for Work and Pensions")),
    ("The Department for Work and Pensions was criticised by the National Audit Office.",
     ("National Audit Office", "criticised", "Department for Work and Pensions")),
    ("The Department for Work and Pensions came under fire from the National Audit Office.",
     ("National Audit Office", "criticised", "Department for Work and Pensions")),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[f"{c[1][1]}-{i}" for i, c in enumerate(CASES)])
def test_relation_in_active_and_passive_voice(extract, sentence, expected):
    assert expected in relations_of(extract(sentence))


def test_every_contract_predicate_is_covered_by_a_case():
    from kg.vocab.namespace import PREDICATES

    assert {c[1][1] for c in CASES} == set(PREDICATES)


def test_coordinated_subjects_and_partnership(extract):
    result = extract("Kent County Council (KCC), alongside the NHS Clinical Commissioning Groups (CCGs) of the county, "
                     "created the Kent Integrated Dataset (KID).")
    rels = relations_of(result)
    assert ("Kent County Council", "created", "Kent Integrated Dataset") in rels
    assert ("Clinical Commissioning Groups", "created", "Kent Integrated Dataset") in rels
    assert ("Kent County Council", "partneredWith", "Clinical Commissioning Groups") in rels


def test_conjoined_objects(extract):
    rels = relations_of(extract("The Information Commissioner's Office fined Norfolk County Council and Hampshire County Council."))
    assert {("Information Commissioner's Office", "fined", "Norfolk County Council"),
            ("Information Commissioner's Office", "fined", "Hampshire County Council")} <= rels


def test_amount_date_and_evidence_are_kept(extract):
    text = "Background.\n\nThe Information Commissioner's Office fined Norfolk County Council £60,000 in August 2017."
    result = extract(text)
    [rel] = [r for r in result.relations if r.predicate == "fined"]
    assert rel.amount.value == Decimal("60000") and rel.amount.currency == "GBP"
    assert rel.date == "August 2017"
    full = result.document.full_text
    assert full[rel.start:rel.end] == rel.evidence == \
        "The Information Commissioner's Office fined Norfolk County Council £60,000 in August 2017."
    assert 0 < rel.confidence <= 1


def test_rating_qualifier(extract):
    result = extract("Ofsted rated Birmingham City Council inadequate in 2014.")
    [rel] = [r for r in result.relations if r.predicate == "inspected"]
    assert rel.rating == "inadequate"


def test_acronym_in_brackets_becomes_alias_and_later_uses_resolve(extract):
    result = extract("Kent County Council (KCC) created the Kent Integrated Dataset (KID). KCC says KID covers 1.5 million people.")
    kid = entity_named(result, "Kent Integrated Dataset")
    assert kid.type == "Programme" and "KID" in kid.aliases
    assert "KCC" in entity_named(result, "Kent County Council").aliases
    assert sum(1 for e in result.entities if e.name in {"KID", "KCC"}) == 0


def test_a_bodys_name_written_again_where_the_tagger_saw_only_its_place_is_the_body(extract):
    result = extract("Sam Patel joined South Yorkshire Fire & Rescue as a firefighter in 2001. Jo Bloggs will retire in May. "
                     "Jo joined South Yorkshire Fire & Rescue in 2015 and has been its chief since 2019.")
    assert ("Jo Bloggs", "partOf", "South Yorkshire Fire & Rescue") in relations_of(result)
    assert not [e for e in result.entities if e.name == "South Yorkshire"]


def test_known_acronym_without_expansion_resolves_by_gazetteer(extract):
    result = extract("The ICO published new guidance for councils.")
    assert entity_named(result, "ICO").name == "Information Commissioner's Office"


def test_type_correction_rules(extract):
    result = extract("The council must follow the General Data Protection Regulation and the Care Act 2014. "
                     "It also signed the Local Digital Declaration and joined the Kent Integrated Dataset.")
    assert entity_named(result, "General Data Protection Regulation").type == "Policy"
    assert entity_named(result, "Care Act").type == "Policy"
    assert entity_named(result, "Local Digital Declaration").type == "Policy"
    assert entity_named(result, "Kent Integrated Dataset").type == "Programme"


def test_canonical_names_drop_the_and_possessive_and_fold_quotes(extract):
    result = extract("The Information Commissioner’s Office warned the Leeds City Council’s staff.")
    names = {e.name for e in result.entities}
    assert "Information Commissioner's Office" in names and "Leeds City Council" in names


def test_person_short_form_is_an_alias(extract):
    result = extract("Tom Symons, a researcher at Nesta, wrote the report. Mr Symons said councils need help.")
    tom = entity_named(result, "Tom Symons")
    assert tom.type == "Person" and "Mr Symons" in tom.aliases
    assert ("Tom Symons", "partOf", "Nesta") in relations_of(result)


def test_topics_are_assigned_from_the_scheme(extract):
    result = extract("Councils are preparing for new data protection rules. Data protection officers say personal data "
                     "breaches are rising, and councils must report each data breach.", title="Data protection in councils")
    labels = [t.label for t in result.topics]
    assert "data protection" in labels
    assert "brexit" not in labels


def test_no_relation_between_wrong_types(extract):
    # a place cannot fine anyone
    assert not [r for r in extract("London fined Norfolk County Council £5,000.").relations if r.predicate == "fined"]


def test_a_bracketed_acronym_with_letters_from_inside_a_word_is_the_names_alias(extract):
    found = extract("The Harbour Taskforce (HTF) met in May. HTF will report in June.")
    [entity] = [e for e in found.entities if e.name == "Harbour Taskforce"]
    assert "HTF" in entity.aliases and "HTF" not in {e.name for e in found.entities}


def test_a_name_the_parser_cut_in_two_hangs_on_its_attached_part():
    """'Sam | Patel said': the parser started a sentence inside the name; the name's root is the part
    attached to the rest of the sentence, so the rules that start from a name's root still see it."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from kg.extract.mentions_base import Mention, mention_root

    doc = Doc(Vocab(), words=["Mark", "Thompson", "said", "so", "."], heads=[0, 2, 2, 2, 2],
              deps=["ROOT", "nsubj", "ROOT", "advmod", "punct"])
    assert mention_root(doc, Mention(0, 2, "Mark Thompson", "Person", "spacy")).text == "Thompson"
    whole = Doc(Vocab(), words=["Mark", "Thompson", "said", "."], heads=[1, 2, 2, 2], deps=["compound", "nsubj", "ROOT", "punct"])
    assert mention_root(whole, Mention(0, 2, "Mark Thompson", "Person", "spacy")).text == "Thompson"


def test_a_short_given_name_is_the_one_person_with_its_full_form_and_surname(extract):
    found = extract("Stephen Bloggs is medical director at Kelby Trust. Steve Bloggs said the figures were worrying.")
    assert [e.name for e in found.entities if e.type == "Person"] == ["Stephen Bloggs"]
    found = extract("Chris Bloggs met Christopher Bloggs and Christine Bloggs.")  # two full forms: no telling which
    assert len([e for e in found.entities if e.type == "Person"]) == 3


def test_every_structural_rules_predicates_name_relations():
    """A rule's 'predicate' (and 'posts_held') in patterns.json is a relation's name (an edit that runs a note into one
    silently turns the rule off)."""
    from kg.vocab.lexicon import relation_specs, structure_rules
    names = set(relation_specs())
    wrong = {(rule, key, value) for rule, settings in structure_rules().structural.items() if isinstance(settings, dict)
             for key in ("predicate", "posts_held") if isinstance(value := settings.get(key), str) and value not in names}
    assert wrong == set()
