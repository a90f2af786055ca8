"""A headline's present-tense verb the small model read as a plural noun: in 'Ofwat fines Kelby Water £20.3m' or
'Ofsted rates Kelby children's services inadequate' the words before the verb become its subject, the name after it
its object and a sum after that a second object, as the parser reads 'Ofwat fined Kelby Water £20.3m' (patterns.json
'headline-verb-repair'). The verbs are the one-word triggers of ontology/kg.ttl in their '-s' form. Runs right after
the parser, before the attribute ruler and the lemmatizer, so the verb's part of speech and lemma follow its new tag.
Lines after the headline that read as headings (a standfirst, a listing's heading) are mended the same way, and a
verb with its particle ('teams up with'); in a headline written in title case the verb may be capitalised ('ICO Fines
X'). Imports vocab, extract.mentions_base (where the headline ends, the text) and extract.parse_repair (where a sum ends).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from ..vocab.lexicon import relation_specs, structure_rules
from .mentions_base import doc_text, headline_end
from .parse_repair import sum_run_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

HEADLINE_FACTORY = "kg_headline_verb_repair"
NAME_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "POS", "HYPH", "JJ"})  # (words a name or a body's description holds)


def base_forms() -> frozenset[str]:
    """Every one-word verb trigger ('fine', 'launch'), and a verb with its particle ('team up' → 'team')."""
    return frozenset(t.head for spec in relation_specs().values() for t in spec.triggers
                     if not t.nominal and " " not in t.head and (not t.extra or (len(t.extra) == 1 and t.extra[0] in PARTICLES)))


def present_forms() -> frozenset[str]:
    """The third-person present of every one-word verb trigger ('fine' → 'fines', 'launch' → 'launches'), and of a
    verb with its particle ('team up' → 'teams')."""
    return frozenset(_third_person(h) for h in base_forms())


PARTICLES = frozenset({"up", "out", "off"})  # ('team up', 'roll out', 'kick off': a verb and its particle)


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


class HeadlineVerbRepair:
    """Mends the first line of a document (its headline, when a line break follows it) where a trigger's '-s' form
    is tagged a plural noun, or a present verb hung on a noun, between a name and what it acts on."""

    def __init__(self, words, bases=frozenset()) -> None:
        self.words, self.bases = frozenset(words), frozenset(bases)  # ('Ofcom fine Talksport Ltd': a body as a plural, in a headline)
        self._hashes: list[int] | None = None
        rule = structure_rules().structural.get("headline-verb-repair", {})
        self.body_nouns = frozenset(rule.get("lower_case_objects", ()))

    def __call__(self, doc: Doc) -> Doc:
        end = headline_end(doc)
        lines = [(0, end)] if end >= 3 else []
        if end < len(doc) and "\n" in doc_text(doc)[doc[end].idx:]:
            if self._hashes is None:
                self._hashes = [doc.vocab.strings.add(w) for w in self.words]
            lines += _heading_lines(doc, end, self._hashes)
        for start, stop in lines:
            titled = start == 0 and _title_case(doc[start:stop])  # ('ICO Fines Kelby Council £40,000 Over Data Leak')
            for tok in doc[start + 1:stop]:
                if (tok.text.islower() or titled and tok.is_title) and ((tok.lower_ in self.words and (
                        tok.tag_ == "NNS" or titled and tok.tag_ == "NNPS" or (tok.tag_ == "VBZ" and tok.dep_ not in {"ROOT", "conj", "ccomp", "relcl", "advcl"})))
                        or (start == 0 and tok.lower_ in self.bases and tok.tag_ in {"NN", "NNP", "VB", "VBP"} and tok.i + 1 < stop
                            and (doc[tok.i + 1].is_title or doc[tok.i + 1].is_upper))):
                    if _repair(tok, start, stop, self.body_nouns):
                        break
        return doc


def _title_case(line) -> bool:
    """Whether a headline is written in title case: every word of four letters or more capitalised, three at least."""
    words = [t for t in line if t.is_alpha and len(t) >= 4]
    return len(words) >= 3 and all(t.text[0].isupper() for t in words)


def _heading_lines(doc: Doc, after: int, hashes: list[int]) -> list[tuple[int, int]]:
    """Lines after the headline that read as headings (a standfirst, a listing's or a section's heading: a line of
    three to 30 words with no closing stop) holding one of the verbs (*hashes*: their lower-case forms in the
    vocabulary's strings): (start, end) of each."""
    import numpy
    from spacy.attrs import LOWER

    out: list[tuple[int, int]] = []
    for i in numpy.nonzero(numpy.isin(doc.to_array([LOWER]).ravel(), hashes))[0].tolist():
        tok = doc[i]
        if i <= after or (out and i < out[-1][1]):
            continue
        start = next((k + 1 for k in range(tok.i - 1, max(after, tok.i - 30) - 1, -1) if "\n" in doc[k].text), None)
        stop = next((k for k in range(tok.i + 1, min(len(doc), tok.i + 30)) if "\n" in doc[k].text), len(doc) if len(doc) - tok.i < 30 else None)
        if start is None or stop is None or stop - start < 3 or doc[stop - 1].text in {".", "!", "?", ":", ";", '"', "\u201d", ")"}:
            continue
        out.append((start, stop))
    return out


def _repair(verb: Token, begin: int, end: int, body_nouns: frozenset[str]) -> bool:
    """Rebuild the headline (the line from *begin* to *end*) around *verb*; False (and nothing changed) where its
    words do not fit."""
    doc = verb.doc
    before = range(begin, verb.i)
    if not all(t.tag_ in NAME_TAGS | {"DT", "CC", "IN"} and (t.tag_ != "IN" or t.lower_ == "of") for t in doc[begin:verb.i]):
        return False  # (another verb, a sum or a preposition before it: not a subject and its verb)
    last = doc[verb.i - 1]
    if not (last.is_title or last.is_upper) or last.tag_ not in {"NNP", "NNPS", "NN", "JJ"}:
        return False
    after = verb.i + 1
    particle = doc[after] if after < end and doc[after].lower_ in PARTICLES else None
    after += particle is not None  # ('DCMS teams up with Innovate UK')
    if after >= end:
        return False
    first = doc[after]
    prep = first.tag_ == "IN" and first.lower_ != "of"
    if not prep and not (first.is_title or first.is_upper or first.tag_ in {"DT", "PRP$"} or first.lower_ in body_nouns):
        return False
    obj_end = after
    if not prep:
        while obj_end < end and (doc[obj_end].tag_ in NAME_TAGS | {"DT", "PRP$", "CC"} or (
                doc[obj_end].lower_ == "of" and obj_end + 1 < end and doc[obj_end + 1].is_title)):
            obj_end += 1
        if obj_end == after or doc[obj_end - 1].tag_ in {"CC", "DT", "POS"}:
            return False
    sum_end = min(sum_run_end(doc, obj_end, 1) + 1, end) if obj_end < end and doc[obj_end].tag_ in {"$", "CD"} else obj_end
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBZ"
    if particle is not None:
        particle.head, particle.dep_ = verb, "prt"
    _hang(doc, before, doc[verb.i - 1], verb, "nsubj")
    if not prep:
        obj = doc[obj_end - 1]
        _hang(doc, range(after, obj_end), obj, verb, "dative" if sum_end > obj_end else "dobj")
    if sum_end > obj_end:
        _hang(doc, range(obj_end, sum_end), doc[sum_end - 1], verb, "dobj")
    rest = range(sum_end, end)
    for t in doc[sum_end:end]:
        if t.head.i not in rest or t.head.i == t.i:
            t.head = verb  # (a preposition or a rating after the objects: on the verb, with its own label)
            if t.dep_ == "ROOT":
                t.dep_ = "oprd" if t.pos_ in {"ADJ", "VERB"} or t.tag_.startswith("VB") else "dep"
    return True


def _hang(doc: Doc, span: range, top: Token, verb: Token, dep: str) -> None:
    """Make *top* the head of the words in *span* that hung outside it, and hang *top* on *verb* as *dep*."""
    for t in doc[span.start:span.stop]:
        if t.i != top.i and (t.head.i not in span or t.head.i == t.i):
            t.head, t.dep_ = top, ("nmod" if t.tag_ == "$" else "compound")
    top.head, top.dep_ = verb, dep


@Language.factory(HEADLINE_FACTORY)
def make_headline_verb_repair(nlp: Language, name: str) -> HeadlineVerbRepair:
    return HeadlineVerbRepair(present_forms(), base_forms())
