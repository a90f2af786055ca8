"""Topics an article is about: concepts of the SKOS scheme (ontology/topics.ttl) it names repeatedly or in
its headline. Imports vocab and model.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..model import Document, TopicHit
from ..vocab.lexicon import topic_scheme

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


BROAD_FACTOR = 2


class TopicFinder:
    """A phrase matcher over the scheme's labels, built once per pipeline."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._topic_matcher = None

    def find(self, doc: Doc, document: Document, limit: int = 8) -> list[TopicHit]:
        """Topics the article is substantially about: repeated, or named in the headline."""
        matcher, concepts = self.index()
        counts: Counter[str] = Counter()
        title_end = len(document.title)
        for match_id, start, end in matcher(doc):
            iri = self.nlp.vocab.strings[match_id]
            weight = 3 if doc[start].idx < title_end else 1
            counts[iri] += weight
        words = max(1, sum(1 for t in doc if t.is_alpha))
        threshold = 2 if words < 600 else 3
        broad = self.broad_concepts(concepts)
        # a broad concept ('local government', 'workforce') is named in passing by most articles: it must be
        # named twice as often as a specific one before the article counts as being about it
        chosen = [(iri, n) for iri, n in counts.most_common() if n >= threshold * (BROAD_FACTOR if iri in broad else 1)]
        return [TopicHit(iri, concepts[iri].label, float(n)) for iri, n in chosen[:limit]]

    @staticmethod
    def broad_concepts(concepts: dict) -> set[str]:
        """Concepts that other concepts are narrower than."""
        return {b for c in concepts.values() for b in c.broader}

    def index(self):
        """PhraseMatcher over topic labels, built once (labels and their plurals, case-insensitive)."""
        if self._topic_matcher is None:
            from spacy.matcher import PhraseMatcher

            matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
            concepts = {}
            for concept in topic_scheme():
                concepts[concept.iri] = concept
                phrases = set()
                for label in (concept.label, *concept.alt_labels):
                    phrases.add(label)
                    if not label.endswith("s"):
                        phrases.add(label + "s")
                matcher.add(concept.iri, [self.nlp.make_doc(p) for p in sorted(phrases)])
            self._topic_matcher = (matcher, concepts)
        return self._topic_matcher
