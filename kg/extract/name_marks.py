"""Marks right around a name that say what it is, or that it is none: a hyphened word after it ('Barset-born': a
place's; 'Grenfell-style': likened to, no party to the facts), a county's short title before it ('Co. Kerry'), quotes
after 'be in' (a state: 'found to be in "Serious Breach"'), a lower-case kind after 'a' ('a Leicestershire council':
some council there, not the gazetteer's). Helpers of entity typing and mentions. Imports nothing of the extract
package at run time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..vocab.lexicon import TypeRules


def place_suffixed(rules: TypeRules, doc: Doc, end: int) -> bool:
    """'Barset-born', 'Kelby-based': the name ending at *end* is joined by a hyphen to a word saying it is a place's."""
    return _hyphened_to(doc, end, rules.place_suffixes)


def likened(rules: TypeRules, doc: Doc, end: int) -> bool:
    """'Grenfell-style cladding', 'an Ofsted-type inspection': the name ending at *end* is joined by a hyphen to a word
    likening something to it ('likeness_suffixes')."""
    return _hyphened_to(doc, end, rules.likeness_suffixes)


def _hyphened_to(doc: Doc, end: int, words: frozenset[str]) -> bool:
    """Whether the name ending at *end* is joined by a hyphen, with no space either side, to one of *words*."""
    return (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
            and doc[end + 1].lower_ in words)


def passing_known_name(rules: TypeRules, doc: Doc, span) -> bool:
    """A known name's words used for something else: likened to ('an Ofsted-style inspection'), or a body's kind in
    lower case after 'a' ('a Leicestershire council' is some council there, named later, not the county's)."""
    return likened(rules, doc, span.end) or (span[-1].is_lower and not any(t.is_lower for t in span[:-1]) and span.start > 0
                                             and doc[span.start - 1].lower_ in {"a", "an", "another"})  # (not 'a What Works Centre for …')


def quoted_state(doc: Doc, start: int) -> bool:
    """'three practices were found to be in "Serious Breach"', 'is in "special measures"': a quoted phrase after 'be in'
    names a state something is in, not a work."""
    return start >= 3 and doc[start - 1].text in {'"', "'", "“", "‘"} and doc[start - 2].lower_ == "in" and doc[start - 3].lemma_ == "be"


def place_prefixed(rules: TypeRules, doc: Doc, start: int) -> bool:
    """'Co. Kerry', 'in Co Durham': the name starting at *start* follows a county's short title (not a firm's
    '& Co.' or 'and Co')."""
    return start > 0 and doc[start - 1].text in rules.place_prefixes and doc[start].is_title and not (
        start > 1 and doc[start - 2].lower_ in {"&", "and"})
