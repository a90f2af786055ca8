"""A body's name shortened later in an article to its first words: a firm's ('Direct Choice' for 'Direct Choice
Home Improvements Limited') and an NHS trust's ('Heart of England' for 'Heart of England NHS Foundation Trust'); a
university's to its place's name ('Sussex' for the University of Sussex).
A trust's endings are patterns.json's 'short-form-endings'. Imports extract.mentions_base and extract.name_edges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .mentions_base import LOCATIVES, Mention, doc_text, lower_case_words
from .name_edges import LEGAL_ENDINGS, gaz_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc

PLACE_JOINS = {"and", "&", ","}
FIRM_ENDINGS = LEGAL_ENDINGS | {"Company", "Group", "Holdings"}  # a firm's name, a fixed string


@lru_cache(maxsize=4)
def _place_named(patterns: tuple[str, ...]) -> list[re.Pattern]:
    """'University of {}' as a pattern whose group is the place's name (one or two capitalised words), made once."""
    return [re.compile(re.escape(p).replace(r"\{\}", r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)")) for p in patterns]


def registered_short_forms(doc: Doc, mentions: list[Mention], endings: dict, never: frozenset[str] = frozenset()) -> list[Mention]:
    """Mentions of the short forms where the article writes them (see patterns.json 'short-form-endings'); none that is
    a word never a name (*never*: 'Council' of 'Council Owned Housing Company' is the article's council)."""
    trusts = [tuple(e) for e in endings.get("trust", ())]
    named = _place_named(tuple(endings.get("place_named", ())))
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        place = next((f.group(1) for p in named if (f := p.fullmatch(m.text))), None) if m.type == "Organisation" else None
        if place is None and (m.type != "Organisation" or len(words) < 3 or not words[0][:1].isupper()):
            continue
        trust = next((e for e in trusts if len(words) > len(e) and tuple(words[-len(e):]) == e), None)
        if place is not None:
            stem, shorts = None, [place]  # ('Sussex' for the University of Sussex)
        elif trust is not None:
            stem = _trust_stem(doc, m, len(trust))
            shorts = [stem] if stem else []
        else:
            stem, shorts = None, [" ".join(words[:n]) for n in range(len(words) - 1, 0, -1) if n > 1 or words[0] not in never] if words[-1] in FIRM_ENDINGS else []
        for short in shorts:
            for found in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", doc_text(doc)):
                span = doc.char_span(found.start(), found.end())
                whole = len(short.split()) == len(words) - 1  # (a heading's next word in title case: 'Merkur Slots UK Fined for …')
                if span is None or (span.end < len(doc) and doc[span.end].text[:1].isupper() and not (
                        whole and doc[span.end].lower_ in lower_case_words(doc))) or (
                        span.start > 0 and doc[span.start - 1].lower_ in LOCATIVES | {"of"}) or (len(span) == 1 and span[0].pos_ != "PROPN"):
                    continue
                if stem or whole:  # a trust's, or a firm's without its legal ending ('Merkur
                    # Slots UK', tagged 'Merkur' and 'Slots UK'): over the names inside it ('England' in 'Heart of England'), not across another
                    if any(x.start < span.end and span.start < x.end and not span.start <= x.start < x.end <= span.end
                           for x in [*mentions, *out]):
                        continue
                elif covered & set(range(span.start, span.end)):
                    continue
                out.append(Mention(span.start, span.end, m.text if place else short, "Organisation", "context", m.gaz_id if place else None))  # (in full:
                # a university's place is no first part of its name to join by)
                covered |= set(range(span.start, span.end))
    return out


def _trust_stem(doc: Doc, m: Mention, ending: int) -> str | None:
    """The words of a trust's name before its ending, without an opening 'The'; None when they are one word or only
    places (a town's name: 'Kelby' for 'Kelby NHS Trust' would take the town's every mention)."""
    start, end = m.start + (doc[m.start].lower_ == "the"), m.end - ending
    places = {i for a, b in gaz_spans(doc, "Place") for i in range(a, b)}
    if end - start < 2 or all(i in places or doc[i].lower_ in PLACE_JOINS for i in range(start, end)):
        return None
    return doc[start:end].text


def known_registered(mentions: list[Mention], by_name: dict[str, str]) -> list[Mention]:
    """'PricewaterhouseCoopers LLP (PwC)': a firm's name with its legal ending ('Ltd', 'LLP', 'plc'), where the gazetteer
    knows the name without it, is that known body (*by_name*: known bodies' names and variants, case-folded, to their
    keys)."""
    for m in mentions:
        words = m.text.split()
        if m.gaz_id is None and m.type == "Organisation" and len(words) > 1 and words[-1] in LEGAL_ENDINGS:
            m.gaz_id = by_name.get(" ".join(words[:-1]).casefold())
    return mentions
