"""Names written one after another ('A, B and C', 'They are: A, B and C.', 'the broadcaster A and the accountant B'), read
from the words where the parser hangs such a list anywhere (one name hung on the other, or on the noun before the first);
and a sentence joined past a break the tagger put inside a name. Imports extract.mentions_base only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions_base import Mention, doc_tokens

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
    return _people_run(doc, i, end, tok2ment, after=False)


def people_set_off(doc: Doc, i: int, end: int, tok2ment: dict[int, Mention]) -> list[Mention]:
    """'A, a former finance director, and B, a retired GP': people named one after another from token *i*, each maybe
    followed by what they are, set off by a comma and opening with an article, running to the sentence's end (else none)."""
    return _people_run(doc, i, end, tok2ment, after=True)


def _people_run(doc: Doc, i: int, end: int, tok2ment: dict[int, Mention], after: bool) -> list[Mention]:
    """People named one after another from token *i* to the sentence's end, with what each is said before the name
    (lower-case words) or, *after*, set off after it (to the next comma)."""
    out: list[Mention] = []
    person = lambda k: (m := tok2ment.get(k)) is not None and m.start == k and m.entity is not None and m.entity.type == "Person"  # noqa: E731
    while i < end:
        if person(i):
            out.append(tok2ment[i])
            i = tok2ment[i].end
            if after and i + 1 < end and doc[i].text == "," and doc[i + 1].lower_ in {"a", "an", "the"}:  # (what the person is: to the next comma)
                i = next((k for k in range(i + 1, min(end, i + 14)) if doc[k].text in {",", ";"} or person(k)), end)
        elif doc[i].lower_ in ({",", ";", "and"} if after else {",", "and", "the", "a", "an"}) or not after and doc[i].is_lower and doc[i].pos_ in {"NOUN", "ADJ"}:
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


def stray_second(doc: Doc, m: Mention | None, tok2ment: dict[int, Mention], appos: Token | None = None) -> list[Mention]:
    """'a partnership with A and B' where the parser hung B on the noun before A as its apposition: the name right after
    *m* and 'and' whose words are such an apposition (or, given *appos*, whether that apposition is one: a list's second name)."""
    toks = doc_tokens(doc)
    if appos is not None:
        k = appos.left_edge.i - 1
        return [x for x in [tok2ment.get(k - 1)] if x is not None and x.entity is not None and k > 0 and toks[k].lower_ in {"and", "&"}
                and x.end == k and appos.head.i < x.start]
    if m.end >= len(toks) or toks[m.end].lower_ not in {"and", "&"}:
        return []
    k = m.end + 1 + (m.end + 1 < len(toks) and toks[m.end + 1].lower_ == "the")
    n = tok2ment.get(k)
    root = n and next((toks[i] for i in range(n.start, n.end) if not n.start <= toks[i].head.i < n.end), None)
    return [n] if n is not None and n.entity is not None and n.start == k and root is not None and root.dep_ == "appos" and root.head.i < m.start else []


def paired(doc: Doc, first: Mention, second: Mention, tok2ment: dict[int, Mention]) -> bool:
    """Whether two names are written as a pair or in a list, wherever the parser hung one ('A and B', 'A and the B', 'A and
    data firm B', 'A (£7,282), B (£3,740) and C …': each name with its sum; 'A, B and C')."""
    gap = past_sum(doc, first.end)
    k = gap + 1 + (doc[gap + 1:gap + 2].text.lower() == "the")
    while doc[gap].lower_ in {"and", "&"} and k < second.start and doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"} and k not in tok2ment:
        k += 1  # (a kind before the second: 'A and data firm B')
    return k == second.start and (doc[gap].lower_ in {"and", "&"} or _listed_pair(doc, first, second, tok2ment))


def _listed_pair(doc: Doc, first: Mention, second: Mention, tok2ment: dict[int, Mention]) -> bool:
    """'A, B and C', 'A, B, C, and D': two names of one kind with a comma between, where the list goes on after the
    second (through more names of that kind) with 'and' or ', and' (not 'the agency, Coram, in collaboration with
    …': an apposition set off by commas)."""
    if doc[past_sum(doc, first.end)].text != "," or first.entity is None or second.entity is None or first.entity.type != second.entity.type:
        return False
    k = past_sum(doc, second.end)
    while k + 2 < len(doc) and doc[k].text == ",":
        m = tok2ment.get(n := k + 1 + (doc[k + 1].lower_ == "the"))
        if m is None and doc[n].pos_ == "PROPN" and doc[n].is_title and doc[n + 1].text in {",", "("}:
            k = past_sum(doc, n + 1)  # (a one-word name the tagger missed: 'A (£1), B (£2), Steinbergs (£3) and C')
        elif m is not None and m.start == n and m.entity is not None and m.entity.type == first.entity.type:
            k = past_sum(doc, m.end)  # (the list's next name)
        else:
            break
    k += k < len(doc) and doc[k].text == ","
    return k < len(doc) and doc[k].lower_ in {"and", "&"}


def past_sum(doc: Doc, k: int) -> int:
    """The token after a sum in brackets at *k* ('(£7,282)'), else *k*."""
    end = next((j for j in range(k + 1, min(k + 6, len(doc))) if doc[j].text == ")"), None) if k < len(doc) and doc[k].text == "(" else None
    return end + 1 if end is not None and end + 1 < len(doc) and any(t.is_currency or t.ent_type_ == "MONEY" for t in doc[k:end]) else k
