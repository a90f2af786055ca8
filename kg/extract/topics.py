"""Topics an article is about: concepts of the SKOS scheme (ontology/topics.ttl) its headline names, or that it
names often for its length. Imports vocab and model.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..model import Document, TopicHit
from ..vocab.lexicon import topic_scheme, topic_selection

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


class TopicFinder:
    """A phrase matcher over the scheme's labels, built once per pipeline."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._topic_matcher = None

    def find(self, doc: Doc, document: Document) -> list[TopicHit]:
        """Topics the article is about: named in its headline, or named often for its length, early mentions
        counting more (the weights are data: patterns.json "topic_selection")."""
        from spacy.attrs import IS_ALPHA

        matchers, concepts = self.index()
        sel = topic_selection()
        counts: Counter[str] = Counter()
        in_title: set[str] = set()
        title_end = len(document.title)
        lead_end = title_end + sel.lead_chars
        for match_id, start, _end in (hit for matcher in matchers for hit in matcher(doc)):
            iri = self.nlp.vocab.strings[match_id]
            idx = doc[start].idx
            if idx < title_end:
                counts[iri] += sel.title_weight
                in_title.add(iri)
            else:
                counts[iri] += 1 + (sel.lead_weight if idx < lead_end else 0)
        words = doc.count_by(IS_ALPHA).get(True, 0)  # counted in spaCy's own code, not token by token
        need = max(sel.min_score, sel.per_thousand_words * words / 1000)
        broad = self.broad_concepts(concepts)
        # a broad concept ('local government', 'workforce') is named in passing by most articles: it must score
        # more than a specific one before the article counts as being about it, unless the headline names it
        factor = {iri: sel.broad_factor if iri in broad else 1 for iri in counts}
        chosen = [(iri, n) for iri, n in counts.items() if iri in in_title or n >= need * factor[iri]]
        # the few an article keeps: the most named, a broad concept ranked as if named less (it says less)
        chosen.sort(key=lambda hit: (-hit[1] / factor[hit[0]], hit[0]))
        return [TopicHit(iri, concepts[iri].label, float(n)) for iri, n in chosen[:sel.limit]]

    @staticmethod
    def broad_concepts(concepts: dict) -> set[str]:
        """Concepts that other concepts are narrower than."""
        return {b for c in concepts.values() for b in c.broader}

    def index(self):
        """Phrase matchers over the topic labels, built once: labels in lower case match whatever their case
        and in either number ('dataset' and 'datasets', 'family' and 'families'); a label with an acronym in
        it ('SEND', 'GPs') matches only as written, so the verb 'send' is not special educational needs."""
        if self._topic_matcher is None:
            from spacy.matcher import PhraseMatcher

            any_case = PhraseMatcher(self.nlp.vocab, attr="LOWER")
            as_written = PhraseMatcher(self.nlp.vocab, attr="ORTH")
            concepts = {concept.iri: concept for concept in topic_scheme()}
            labels = [(c.iri, label) for c in concepts.values() for label in (c.label, *c.alt_labels)]
            tagged = self.nlp.pipe((label for _, label in labels), disable=self._untagged())
            phrases: dict[tuple[str, bool], set[str]] = {}
            for (iri, label), words in zip(labels, tagged):
                acronym = ACRONYM.search(label) is not None
                phrases.setdefault((iri, acronym), set()).update({label} if acronym else number_forms(words))
            for (iri, acronym), forms in sorted(phrases.items()):
                matcher = as_written if acronym else any_case
                matcher.add(iri, [self.nlp.make_doc(p) for p in sorted(forms)])
            self._topic_matcher = ((any_case, as_written), concepts)
        return self._topic_matcher

    def _untagged(self) -> list[str]:
        """Components a label's part-of-speech tags and lemmas do not need."""
        return [name for name in self.nlp.pipe_names if name not in {"tok2vec", "tagger", "attribute_ruler", "lemmatizer"}]


ACRONYM = re.compile(r"[A-Z]{2}")


def number_forms(words) -> set[str]:
    """A label and the same label with its last noun in the other number: its singular when it ends in a plural
    noun (the lemma), its plural when it ends in a singular one (English spelling rules); other labels as they are."""
    label, last = words.text, words[-1]
    head = words[:-1].text_with_ws
    if last.tag_ == "NNS" and last.lemma_ and last.lemma_ != last.lower_:
        return {label, head + last.lemma_}
    if last.tag_ == "NN" and last.is_alpha and len(last.text) > 2:
        return {label, head + plural(last.text)}
    return {label}


def plural(noun: str) -> str:
    """The regular English plural of a noun ('policy' -> 'policies', 'tax' -> 'taxes', 'grant' -> 'grants')."""
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", noun):
        return noun + "es"
    return noun + "s"
