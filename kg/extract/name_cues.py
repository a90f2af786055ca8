"""Cues in the words around a name that say what it is: a hyphened word saying it is a place's ('Barset-born'), a news
lede's capitals ('A PILOT project'), a body's name run into a person's ('Barset Care Trust Sue Okafor'), a body's kind
said right before its name ('charity the Kelby Trust'). Helpers of entity typing, mentions and phrases. Imports
extract.mentions_base.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions_base import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..vocab.lexicon import TypeRules
    from .entity_types import TypeJudge
    from .phrases import PhraseReader


def place_suffixed(rules: TypeRules, doc: Doc, end: int) -> bool:
    """'Barset-born', 'Kelby-based': the name ending at *end* is joined by a hyphen to a word saying it is a place's."""
    return (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
            and doc[end + 1].lower_ in rules.place_suffixes)


def shouted_opening(tok) -> bool:
    """'PILOT schemes are planned …': a word of five letters or more in capitals, opening its sentence or line (after
    'a', 'an' or 'the'), as news stories set their first words; an acronym only when the article never writes it lower."""
    k = tok.i - (tok.i > 0 and tok.nbor(-1).lower_ in {"a", "an", "the"})
    return tok.is_upper and len(tok) > 4 and (k == 0 or tok.doc[k].is_sent_start or tok.doc[k - 1].is_space
                                               or tok.doc[k - 1].text in {".", "!", "?"})


def hyphened_given(span) -> int:
    """2 when *span* opens with a given name joined by a hyphen to another ('Ann-Marie Riley'), else 0: the tokens after
    the first that are still the given name."""
    return 2 if len(span) >= 4 and span[1].text == "-" and not span[0].whitespace_ and not span[1].whitespace_ \
        and span[2].is_title else 0


def split_body_person(doc: Doc, m: Mention, judge: TypeJudge) -> list[Mention]:
    """'CEO of Barset Care Trust Sue Okafor' tagged as one name: a body's name ending in its head word, then a given name
    and a surname, are a body and the person who holds a post there."""
    for k in (m.end - 2, m.end - 3) if m.type != "Person" and m.end - m.start > 3 else ():
        if judge.rules.head_words.get(doc[k - 1].text) == "Organisation" and judge.is_given_name_run(doc[k:m.end]):
            return [Mention(m.start, k, doc[m.start:k].text, "Organisation", "head"), Mention(k, m.end, doc[k:m.end].text, "Person", "context")]
    return [m]


def named_right_after(reader: PhraseReader, tok: Token, depth: int) -> list[tuple[Mention, bool]]:
    """'a fine to broadband company True Telecom', 'head of housing charity the Kelby Trust', the name left off the noun
    by the parser: a noun that says what kind of body something is, and a name of that kind right after it (or 'the')."""
    kind, k = reader.rules.context_words.get(tok.lemma_.lower()), tok.i + 1 + (tok.i + 2 < reader.sent.end and reader.doc[tok.i + 1].lower_ == "the")
    m = reader.tok2ment.get(k)
    return [(m, False)] if kind is not None and m is not None and m.start == k and m.entity is not None \
        and m.entity.type == kind else []
