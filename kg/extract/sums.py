"""Sums the model's recogniser missed or took for something else: a currency sign and a figure ('£35k', which the
small model tags a date; '£1.5bn', which it misses) are one MONEY entity, as the readers of fines and grants need.
Imports resolve (the words that scale a sum) and spaCy.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import filter_spans

from ..resolve import SCALE_WORDS, parse_amount

if TYPE_CHECKING:
    from spacy.tokens import Doc

SUMS_FACTORY = "kg_sums"
_SUM = r"£\s?[\d.,]+(?:\s?(?:million|billion|m|bn|k)\b)?"
_CHANGED = re.compile(rf"(?:\bfrom\s+{_SUM}[^£]{{0,60}}?|{_SUM}\s+)\bto\s+(?:(?:nearly|almost|around|about|over|more than|up to)\s+)?({_SUM})")
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?(?:k|m|mn|bn|b)?", re.I)  # '35k', '1.5bn', '80,000'
_SIGNS = re.compile("[$£€¥₹₩₽₺₴₦₱]")  # (a text with none has no sum to add: most sentences, read without a token loop)


def missed_sums(doc: Doc) -> list[Span]:
    """A currency sign, a figure right after it (and a scale word after that: '£4 million') where the recogniser
    found no sum on the figure."""
    out = []
    for tok in doc[:-1] if _SIGNS.search(doc.text) else ():
        figure = doc[tok.i + 1]
        if not tok.is_currency or figure.ent_type_ == "MONEY" or not _FIGURE.fullmatch(figure.text):
            continue
        end = tok.i + 2 + (tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in SCALE_WORDS)
        out.append(Span(doc, tok.i, end, label="MONEY"))
    return out


@Language.component(SUMS_FACTORY)
def mark_sums(doc: Doc) -> Doc:
    """Add the sums the recogniser missed, in place of whatever it read the figure as (a date, a number)."""
    if found := missed_sums(doc):
        taken = {i for s in found for i in range(s.start, s.end)}
        doc.ents = filter_spans(found + [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))])
    return doc


def stated_sum(doc: Doc, ent: Span, floor: int):
    """The sum a MONEY name states, with the currency sign before it (not before *floor*) and a scale the tagger left
    after it ('£', '4', 'm' tagged as just '4'; a scale word with a stop, 'm.', read as the scale)."""
    end = ent.end + 1 if ent.end < len(doc) and doc[ent.end].lower_.rstrip(".") in SCALE_WORDS and not doc[ent.end - 1].lower_ in SCALE_WORDS else ent.end
    return parse_amount(doc[max(ent.start - 1, floor):end].text)


def sums_from(doc: Doc, starts: list[int], prep: str = "from") -> dict[int, object]:
    """'received £40,000 from A and £15,000 from B' (or with *prep* 'for': 'fined three firms £6m, including £2.5m for A'):
    the sum written right before the preposition (and 'the') and each name, by the name's first token, when every name
    has one of its own; else nothing."""
    found = {}
    for start in starts:
        k = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
        ent = next((e for e in doc.ents if e.label_ == "MONEY" and (e.end == k or e.end == k - 1 and doc[k - 1].lower_ in SCALE_WORDS)),
                   None) if k > 0 and doc[k].lower_ == prep else None
        amount = stated_sum(doc, ent, 0) if ent is not None else None
        if amount is None:
            return {}
        found[start] = amount
    return found if len({a.value for a in found.values()}) == len(found) else {}


def changed_sum(words: str):
    """'its grant will climb from £3m last year to almost £5m', '(£1.2m to £2.5m)': a sum that changes, at its new value."""
    found = _CHANGED.search(words)
    return parse_amount(found.group(1)) if found else None


def forgone(anchor, words, spec, text: str) -> bool:
    """'issued a reprimand instead of a £10m fine', 'received a loan rather than a grant': a trigger noun whose phrase
    follows one of *words* (patterns.json 'unreal' 'instead_words') names what was not done; so does a trigger verb
    whose every noun of the relation's trigger words (*spec*'s: 'issue … fine') is such a phrase."""
    if not any(w in text or w.capitalize() in text for w in words):
        return False  # (none of the phrases in the article's *text*: no word to build)
    nouns = {w for t in spec.triggers for w in t.extra}
    said = [anchor] if anchor.pos_ == "NOUN" else [t for t in anchor.subtree if t.pos_ == "NOUN" and t.lemma_.lower() in nouns]
    return bool(said) and all(t.left_edge.i >= 2 and " ".join(w.lower_ for w in t.doc[t.left_edge.i - 2:t.left_edge.i]) in words for t in said)


def change_by(ent, verbs) -> bool:
    """'X cut its grant to Y by £200,000': a sum after 'by' on one of *verbs* (patterns.json 'change-sums') is how much
    another changed, no sum of the relation."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_.lower() in verbs
