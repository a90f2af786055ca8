"""Firms' names as registers print them, in capitals ('KELBY LETTINGS LIMITED' in a contract award notice), which
the tagger does not read as names. Imports extract.mentions_base and extract.name_edges (the legal endings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions_base import Mention, doc_text, doc_tokens
from .name_edges import LEGAL_ENDINGS

if TYPE_CHECKING:
    from spacy.tokens import Doc

REGISTERED_ENDINGS = {e.upper() for e in LEGAL_ENDINGS} | {"CIC"}  # (a community interest company, in capitals only)
MOST_WORDS = 8  # words of a firm's name before its legal ending


def capital_firm_names(doc: Doc) -> list[Mention]:
    """Words in capitals (or '&') ending in a legal ending, one word at least before it, in a line that is not all in
    capitals (a headline in capitals is no name)."""
    toks, text, out = doc_tokens(doc), doc_text(doc), []
    for k, t in enumerate(toks):
        if not t.is_upper or t.text.rstrip(".") not in REGISTERED_ENDINGS:
            continue
        j = k
        while j > 0 and k - j < MOST_WORDS and ((toks[j - 1].is_upper and toks[j - 1].is_alpha) or toks[j - 1].text == "&"):
            j -= 1
        end = text.find("\n", t.idx)
        line = text[text.rfind("\n", 0, t.idx) + 1:end if end >= 0 else len(text)]
        if k - j >= 1 and toks[j].text != "&" and line != line.upper():
            out.append(Mention(j, k + 1, doc[j:k + 1].text, "Organisation", "head"))
    return out
