"""The parse repairs run after the parser (kg/extract/parse_repair.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(extractor):
    return extractor.nlp


def test_to_fine_read_as_an_adjective_becomes_an_infinitive_with_its_objects(nlp):
    doc = nlp("The ICO has decided to fine Kelby Council £40,000 for the breach.")
    fine = next(t for t in doc if t.lower_ == "fine")
    assert (fine.pos_, fine.dep_, fine.head.lower_) == ("VERB", "xcomp", "decided")
    assert {c.text for c in fine.children if c.dep_ == "dobj"} >= {"Council"}
    assert "40,000" in {t.text for t in fine.subtree}


def test_a_sum_that_is_the_main_verbs_subject_moves_to_the_infinitive(nlp):
    doc = nlp("The decision by Ofwat to fine Kelby Water £10m was welcomed.")
    fine = next(t for t in doc if t.lower_ == "fine")
    assert fine.dep_ == "acl" and fine.head.lower_ == "decision"
    assert {"£", "10"} <= {t.text for t in fine.subtree}


def test_a_well_parsed_infinitive_is_left_as_it_was(nlp):
    doc = nlp("The ICO plans to fine Kelby Council £40,000.")
    fine = next(t for t in doc if t.lower_ == "fine")
    assert (fine.dep_, fine.head.lower_) == ("xcomp", "plans")


def test_the_repair_is_in_the_pipeline_after_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("kg_infinitive_repair") == names.index("parser") + 1


def test_a_fine_after_its_sum_read_as_an_adjective_becomes_the_noun(nlp):
    doc = nlp("x\n\nThe watchdog's decision to impose a £12m fine on Kelby Pipes Ltd was upheld.")
    fine = next(t for t in doc if t.lower_ == "fine")
    assert fine.pos_ == "NOUN" and fine.head.lower_ == "impose"
    assert {"£", "12", "on"} <= {t.text for t in fine.subtree}


def test_the_repaired_tree_has_one_root_and_no_loop(nlp):
    doc = nlp("The watchdog's decision to impose a £12m fine on Kelby Pipes Ltd was upheld.")
    for tok in doc:
        seen, node = set(), tok
        while node.head.i != node.i:
            assert node.i not in seen
            seen.add(node.i)
            node = node.head
