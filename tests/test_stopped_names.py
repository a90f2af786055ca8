"""A company's name ending a sentence with 'Ltd.' (kg/extract/stopped_names.py): sentences written for the tests."""

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
