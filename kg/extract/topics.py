"""Topics an article is about: concepts of the SKOS scheme (ontology/topics.ttl) its headline names, or that it
names often for its length. Imports vocab and model.
"""

from __future__ import annotations

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
        matcher, concepts = self.index()
        sel = topic_selection()
        counts: Counter[str] = Counter()
        in_title: set[str] = set()
        title_end = len(document.title)
        lead_end = title_end + sel.lead_chars
        for match_id, start, _end in matcher(doc):
            iri = self.nlp.vocab.strings[match_id]
            idx = doc[start].idx
            if idx < title_end:
                counts[iri] += sel.title_weight
                in_title.add(iri)
            else:
                counts[iri] += 1 + (sel.lead_weight if idx < lead_end else 0)
        words = sum(1 for t in doc if t.is_alpha)
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
