"""Coreference by describing noun: 'the council', 'the database' stand for the nearest earlier name of the
type the noun describes. Imports extract.mentions_base only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions_base import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def nearest_named(tok: Token, sent: Span, tok2ment: dict[int, Mention], context_words: dict[str, str]) -> Mention | None:
    """'the council', 'the database': the nearest earlier name of the type the noun describes.

    A noun that is part of organisations' names ('council', 'department') prefers names that
    contain it. Looks back over this sentence and about five before it.
    """
    word = (tok.lemma_ or tok.lower_).lower()  # the lemma is set only near trigger words
    if not any(c.lower_ in {"the", "this"} for c in tok.children):
        return None
    etype = context_words.get(word)
    if etype is None:
        return None
    best = fallback = None
    for i in range(max(0, sent.start - 120), tok.i):
        m = tok2ment.get(i)
        if m is None or m.entity is None or m.entity.type != etype:
            continue
        if word in m.entity.name.lower():
            best = m
        fallback = m
    return best or fallback
