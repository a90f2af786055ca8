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


def registered_short_forms(doc: Doc, mentions: list[Mention], endings: dict, never: frozenset[str] = frozenset(),
                           posts: frozenset[str] = frozenset()) -> list[Mention]:
    """Mentions of the short forms where the article writes them (see patterns.json 'short-form-endings'); none that is
    a word never a name (*never*: 'Council' of 'Council Owned Housing Company' is the article's council); a trust's
    name cut to its places only before a post (*posts*: 'Kelby's chief executive' for Kelby Hospitals NHS Trust's)."""
    trusts = [tuple(e) for e in endings.get("trust", ())]
    named = _place_named(tuple(endings.get("place_named", ())))
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        place = next((f.group(1) for p in named if (f := p.fullmatch(m.text))), None) if m.type == "Organisation" else None
        if place is None and (m.type != "Organisation" or len(words) < 3 or not words[0][:1].isupper()):
            continue
        trust, placed = next((e for e in trusts if len(words) > len(e) and tuple(words[-len(e):]) == e), None), None
        if place is not None:
            stem, shorts = None, [place]  # ('Sussex' for the University of Sussex)
        elif trust is not None:
            stem, placed = _trust_stem(doc, m, len(trust)), _trust_stem(doc, m, len(trust), places_too=True)
            shorts = [x for x in (stem, placed) if x]
        else:
            stem, shorts = None, [" ".join(words[:n]) for n in range(len(words) - 1, 0, -1) if n > 1 or words[0] not in never] if words[-1] in FIRM_ENDINGS else []
        for short in shorts:
            for found in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", doc_text(doc)):
                span = doc.char_span(found.start(), found.end())
                whole = len(short.split()) == len(words) - 1  # (a heading's next word in title case: 'Merkur Slots UK Fined for …')
                if span is None or (span.end < len(doc) and doc[span.end].text[:1].isupper() and not (
                        whole and doc[span.end].lower_ in lower_case_words(doc))) or (
                        span.start > 0 and doc[span.start - 1].lower_ in LOCATIVES | {"of"}) or (len(span) == 1 and span[0].pos_ != "PROPN") or (
                        short == placed and not (_before_post(doc, span.end, posts) and all(  # (the one body the words open)
                            b.text == m.text or not b.text.startswith(short + " ") for b in mentions if b.type == "Organisation"))):
                    continue
                if stem or whole or short == placed:  # a trust's, or a firm's without its legal ending ('Merkur
                    # Slots UK', tagged 'Merkur' and 'Slots UK'): over the names inside it ('England' in 'Heart of England'), not across another
                    if any(x.start < span.end and span.start < x.end and not span.start <= x.start < x.end <= span.end
                           for x in [*mentions, *out]):
                        continue
                elif covered & set(range(span.start, span.end)):
                    continue
                out.append(Mention(span.start, span.end, m.text if place or short == placed else short, "Organisation", "context", m.gaz_id if place else None))  # (in full:
                # a university's place is no first part of its name to join by)
                covered |= set(range(span.start, span.end))
    return out


def _trust_stem(doc: Doc, m: Mention, ending: int, places_too: bool = False) -> str | None:
    """The words of a trust's name before its ending, without an opening 'The'; None when they are one word or only
    places (a town's name: 'Kelby' for 'Kelby NHS Trust' would take the town's every mention); with *places_too*, the
    places its name opens with ('Orton and Sandford'), else its first word ('Kelby' of 'Kelby Hospitals NHS Trust'), or None."""
    start, end = m.start + (doc[m.start].lower_ == "the"), m.end - ending
    places = {i for a, b in gaz_spans(doc, "Place") for i in range(a, b)}
    if places_too:  # (the longest run of places the name opens with, known or tagged)
        places |= {t.i for t in doc[start:end] if t.ent_type_ in {"GPE", "LOC"}}
        cut = next((j for j in range(end, start, -1) if all(i in places or doc[i].lower_ in PLACE_JOINS for i in range(start, j))), start + 1)
        return doc[start:cut].text if cut < end and doc[cut - 1].lower_ not in PLACE_JOINS else None  # (else its first word)
    if end - start < 2 or all(i in places or doc[i].lower_ in PLACE_JOINS for i in range(start, end)):
        return None
    return doc[start:end].text


def _before_post(doc: Doc, k: int, posts: frozenset[str]) -> bool:
    """'Kelby's chief executive', 'Orton and Sandford's interim chair': a possessive, then a post within a few lower-case words."""
    if k >= len(doc) or doc[k].text not in {"'s", "'", "’s"}:
        return False
    return any(doc[j].text.capitalize() in posts and all(t.is_lower for t in doc[k + 1:j + 1]) for j in range(k + 1, min(k + 4, len(doc))))


def known_registered(mentions: list[Mention], by_name: dict[str, str]) -> list[Mention]:
    """'PricewaterhouseCoopers LLP (PwC)': a firm's name with its legal ending ('Ltd', 'LLP', 'plc'), where the gazetteer
    knows the name without it, is that known body (*by_name*: known bodies' names and variants, case-folded, to their
    keys)."""
    for m in mentions:
        words = m.text.split()
        if m.gaz_id is None and m.type == "Organisation" and len(words) > 1 and words[-1] in LEGAL_ENDINGS:
            m.gaz_id = by_name.get(" ".join(words[:-1]).casefold())
    return mentions
