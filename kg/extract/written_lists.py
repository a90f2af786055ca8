"""Names written one after another ('A, B and C', 'They are: A, B and C.', 'the broadcaster A and the accountant B'), read
from the words where the parser hangs such a list anywhere; and a sentence joined past a break the tagger put inside a name. Imports extract.mentions_base only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions_base import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def announced_list(sent: Span, tok2ment: dict[int, Mention]) -> list[Mention]:
    """'They are: A, B and C.', 'These are A, B, and C.': a sentence that is only a pronoun, 'be' and a list of names
    lists what the plural noun before it counted — its names, whatever type each came out as."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 4 or words[0].lower_ not in {"they", "these"} or words[1].lemma_ != "be":
        return []
    start = words[2].i + 1 if words[2].text == ":" else words[2].i
    listed, end = names_listed(sent.doc, start, sent.end, tok2ment)
    return listed if len(listed) > 1 and runs_to_end(sent, end) else []


def runs_to_end(sent: Span, end: int) -> bool:
    """Nothing but punctuation and spaces from token *end* to the sentence's end."""
    return all(t.is_punct or t.is_space for t in sent.doc[end:sent.end])


def names_listed(doc: Doc, i: int, end: int, tok2ment: dict[int, Mention]) -> tuple[list[Mention], int]:
    """The names written one after another from token *i* ('A, B and the C', a branch's place after 'in' and initials in
    brackets skipped: 'Mind in Kelby', 'Kelby Trust (KT)'), read from the words (the parser hangs such a list anywhere);
    and where the reading stopped."""
    out: list[Mention] = []
    while i < end:
        m = tok2ment.get(i)
        if m is not None and m.entity is not None:
            out.append(m)
            i = m.end
            i = i + 3 if i + 2 < end and doc[i].text == "(" and doc[i + 2].text == ")" else i
            place = tok2ment.get(i + 1) if i < end and doc[i].lower_ == "in" else None
            i = place.end if place is not None and place.start == i + 1 and place.entity is not None and place.entity.type == "Place" else i
        elif doc[i].lower_ in {",", "and", "the", "&"}:
            i += 1
        else:
            break
    return out, i


def joined_sentence(doc: Doc, start: int, tok2ment: dict[int, Mention]) -> Span:
    """The sentence from *start*, joined past a break the tagger put inside a name ('E.On | Next, …')."""
    end = doc[start].sent.end
    while end < len(doc) and (m := tok2ment.get(end)) is not None and m.start < end:
        end = doc[end].sent.end
    return doc[start:end]


def listed_from(doc: Doc, first: Mention, end: int, tok2ment: dict[int, Mention]) -> list[Mention]:
    """The names of *first*'s type listed from it on as written ('A, B and C', 'A, B, and C'; names_listed): the parse
    often misses a list's middle."""
    listed = []
    for m in names_listed(doc, first.start, end, tok2ment)[0]:
        if m.entity.type != first.entity.type:
            break
        listed.append(m)
    return listed


def people_described(doc: Doc, i: int, end: int, tok2ment: dict[int, Mention]) -> list[Mention]:
    """'the broadcaster Sam Cole and the accountant Jane Fry': people named one after another from token *i*, each
    maybe after 'the' and the lower-case words of what they do, running to the sentence's end (else none)."""
    out: list[Mention] = []
    while i < end:
        m = tok2ment.get(i)
        if m is not None and m.start == i and m.entity is not None and m.entity.type == "Person":
            out.append(m)
            i = m.end
        elif doc[i].lower_ in {",", "and", "the", "a", "an"} or doc[i].is_lower and doc[i].pos_ in {"NOUN", "ADJ"}:
            i += 1
        else:
            break
    return out if runs_to_end(doc[end - 1].sent, i) else []


def last_listed(tok: Token) -> Token:
    """The name a kind set beside a name describes: 'A and B, a charity based in Orton' (one kind, hung on the list's first
    name) describes B, the name written right before it; else the name it is hung on."""
    k, own = tok.left_edge.i - 1, tok.head
    last = tok.doc[k - 1] if k > 0 and tok.doc[k].text == "," and tok.tag_ == "NN" else own
    return last if any(c.dep_ == "conj" and last in c.subtree for c in own.children) else own
