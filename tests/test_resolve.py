from decimal import Decimal

import pytest

from kg.resolve import (
    acronym_matches,
    canonical_name,
    is_acronym,
    normalise_date,
    normalise_for_match,
    parse_amount,
    parse_text,
)


@pytest.mark.parametrize("text,expected", [
    ("the Information Commissioner’s Office", "Information Commissioner's Office"),
    ("The Kent Integrated Dataset", "Kent Integrated Dataset"),
    ("Kent’s", "Kent"),
    ("  Leeds   City Council ", "Leeds City Council"),
])
def test_canonical_name(text, expected):
    assert canonical_name(text) == expected


@pytest.mark.parametrize("acro,name,ok", [
    ("KCC", "Kent County Council", True),
    ("CCGs", "Clinical Commissioning Groups", True),
    ("DfE", "Department for Education", True),
    ("KFRS", "Kent Fire and Rescue Service", True),
    ("ICO", "Information Commissioner's Office", True),
    ("KCC", "Kent Integrated Dataset", False),
    ("UK", "United", False),
    ("KCMAT", "Kelby Co-Operative Multi-Academy Trust", True),  # a hyphened word gives one initial or one per part
    ("KCOMAT", "Kelby Co-Operative Multi-Academy Trust", True),
    ("KMT", "Kelby Multi-Academy Trust", True),
    ("KAT", "Kelby Multi-Academy Trust", False),
])
def test_acronym_matches(acro, name, ok):
    assert acronym_matches(acro, name) is ok


def test_is_acronym():
    assert is_acronym("NESTA") and is_acronym("DfE") and not is_acronym("Nesta") and not is_acronym("A")


@pytest.mark.parametrize("text,value,currency", [
    ("£60,000", Decimal("60000"), "GBP"),
    ("£4 million", Decimal("4000000"), "GBP"),
    ("€20 million", Decimal("20000000"), "EUR"),
    ("£7.5m", Decimal("7500000"), "GBP"),
    # the currency named after the sum, as news agencies write it
    ("70 million pounds", Decimal("70000000"), "GBP"),
    ("2,500 euros", Decimal("2500"), "EUR"),
])
def test_parse_amount(text, value, currency):
    amount = parse_amount(text)
    assert amount.value == value and amount.currency == currency


def test_parse_amount_rejects_non_money():
    assert parse_amount("60,000 people") is None
    assert parse_amount("pounds of paperwork") is None


@pytest.mark.parametrize("text,expected", [
    ("25 May 2018", ("2018-05-25", "date")),
    ("August 2016", ("2016-08", "gYearMonth")),
    ("in 2017", ("2017", "gYear")),
    ("last year", None),
])
def test_normalise_date(text, expected):
    assert normalise_date(text) == expected


def test_normalise_for_match_follows_the_eval_rules():
    assert normalise_for_match("The Children’s Society") == normalise_for_match("children's society") == "children society"


@pytest.mark.parametrize("acronym, name, fits", [
    ("HTF", "Harbour Taskforce", True),  # a letter from inside a compound word
    ("KID", "Kent Integrated Dataset", True),
    ("OPE", "One Public Estate", True),
    ("HTF", "Harbour Trust", False),  # no third letter to take
    ("XYZ", "Harbour Taskforce", False),
    ("TF", "Harbour Taskforce", False),  # must open with the name's initial
    ("KDUK", "Kelby Data UK", True),  # a word that usually ends a firm's name, spelt in its acronym
    ("K3G", "Kelby 3G UK Ltd", True),  # or left out of it
])
def test_an_acronym_in_brackets_may_take_letters_from_inside_words(acronym, name, fits):
    from kg.resolve import bracket_acronym_fits

    assert bracket_acronym_fits(acronym, name) is fits


@pytest.mark.parametrize("text, parsed", [
    ("WESTSHIRE Council has been reprimanded", "Westshire Council has been reprimanded"),
    ("A HOSPITAL TRUST has been rated", "A Hospital Trust has been rated"),
    ("Intro\nCHILDREN'S services in the county", "Intro\nChildren's services in the county"),
    ("WESTCA has appointed a chief executive", "WESTCA has appointed a chief executive"),  # an unknown acronym
    ("KELBY and Barset Fire and Rescue Service has been rated", "Kelby and Barset Fire and Rescue Service has been rated"),
    ("KELBY and the county were praised", "KELBY and the county were praised"),  # joined to no name: may be an acronym
    ("NHS England has said", "NHS England has said"),  # short words are acronyms
    ("UKHSA has said", "UKHSA has said"),  # and so are the known ones
    ("LATEST NEWS", "LATEST NEWS"),  # a line all in capitals is a heading, left alone
    ("The \u2018good\u2019 rating", "The 'good' rating"),
])
def test_the_parser_reads_a_shouted_lede_as_names_are_written(text, parsed):
    out = parse_text(text, frozenset({"UKHSA"}))
    assert out == parsed and len(out) == len(text)


@pytest.mark.parametrize("text", ["after 50,000 appeals were made", "2,500 homes were built", "130,000 pupils sat it"])
def test_a_number_of_things_is_no_implied_sum(text):
    from kg.resolve import parse_implied_amount
    assert parse_implied_amount(text, "GBP") is None


def test_a_bare_sum_before_plus_costs_is_still_a_sum():
    from kg.resolve import parse_implied_amount
    assert parse_implied_amount("fined 130,000 plus costs", "GBP").value == 130000


@pytest.mark.parametrize("text, parsed", [
    ("A PILOT project is planned.\nNo date for the pilot is set.", "A pilot project is planned.\nNo date for the pilot is set."),
    ("NORFOLK COUNTY COUNCIL has been fined. The county council said so.",
     "Norfolk County Council has been fined. The county council said so."),  # a name's words, however common
    ("A HOSPITAL TRUST has been rated", "A Hospital Trust has been rated"),  # never written lower: a name
])
def test_a_shouted_word_after_a_or_the_written_lower_elsewhere_is_a_common_word(text, parsed):
    assert parse_text(text) == parsed


@pytest.mark.parametrize("acronym, name, fits", [
    ("UHL", "University Hospitals of Leicester NHS Trust", True),  # a trust's initials leave 'NHS Trust' off
    ("NUH", "Nottingham University Hospitals NHS Trust", True),
    ("KHFT", "Kelby Hospitals NHS Foundation Trust", False),  # (not spelt as letters of the ending either way)
    ("UH", "University Hospitals of Leicester NHS Trust", False),
])
def test_an_nhs_trusts_initials_may_leave_off_its_ending(acronym, name, fits):
    from kg.resolve import acronym_matches

    assert acronym_matches(acronym, name) is fits


def test_a_word_the_text_also_writes_in_capitals_mid_sentence_is_an_acronym_opening_a_line():
    text = "Funding came so that the KELBYCARE charity can grow.\nKELBYCARE CEO, Jo Bloggs, said it was welcome."
    assert parse_text(text) == text
    shouted = "SOUTHEND COUNCIL has been fined."
    assert parse_text(shouted) == "Southend Council has been fined."


def test_a_bodys_first_words_the_tagger_took_for_a_place_are_that_body(extract):
    found = extract("Westfield Grange names interim chief executive\nWestfield Grange Academies Trust has appointed Jo Bloggs as "
                    "interim chief executive. Sam Patel, Westfield Grange's chair of trustees, welcomed her.")
    assert ("Sam Patel", "partOf", "Westfield Grange Academies Trust") in {
        (r.subject.name, r.predicate, r.object.name) for r in found.relations}


def test_a_place_named_after_in_stays_a_place_beside_a_body_named_for_it(extract):
    found = extract("The cabinet will support food banks in East Barsetshire. East Barsetshire Foodbank lacks storage space.")
    assert {e.name for e in found.entities if e.type == "Place"} >= {"East Barsetshire"}
