"""Bodies named by words that share one plural head: 'the UK and Scottish governments', 'the Welsh and UK
administrations' — each word before the plural, with the plural, names a body of its own (patterns.json
'shared-heads'). A helper of mentions.MentionFinder. Imports extract.mentions_base.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions_base import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


def shared_head_bodies(doc: Doc, rule: dict) -> list[Mention]:
    """'The UK and Scottish governments have each committed £25m': a plural head noun ('nouns') after two or more of the
    words 'names' knows, joined by commas and 'and', is those bodies: the first word (or words) stands for its body, the last
    with the plural for the last, so that the parse's subject and its joined noun each hold one."""
    nouns, names = set(rule.get("nouns", ())), rule.get("names", {})
    longest = max((len(w.split()) for w in names), default=0)
    out: list[Mention] = []
    for tok in doc:
        if tok.lower_ not in nouns:
            continue
        found, k = [], tok.i
        while k > 0:
            word = next(((k - n, w) for n in range(longest, 0, -1) if k - n >= 0 and (w := doc[k - n:k].text) in names), None)
            if word is None:
                break
            found.append(word)
            k = word[0]
            if k == 0 or doc[k - 1].lower_ not in {"and", ","}:
                break
            k -= 1
        if len(found) < 2 or (k > 0 and doc[k - 1].lower_ in {"and", ","}):
            continue
        found.reverse()
        (last, word), ends = found[-1], [start + len(w.split()) for start, w in found]
        first = found[0][0] - (found[0][0] > 0 and doc[found[0][0] - 1].lower_ == "the")  # (its span wider than the place's alone:
        out += [Mention(first if n == 0 else start, end + (n == 0 and first == start), names[w], "Organisation", "gazetteer")  # 'the UK', 'UK and')
                for n, ((start, w), end) in enumerate(zip(found[:-1], ends[:-1]))]
        out.append(Mention(last, tok.i + 1, names[word], "Organisation", "gazetteer"))
    return out
