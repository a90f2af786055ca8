"""A company's name that ends a sentence with its abbreviation's full stop ('Kelby Council fined Orton Services
Ltd.', 'X is owned by Orton Care Ltd.'): the tokenizer keeps the stop on the word, and the parser takes the word for
the sentence's own full stop, hung on the verb as punctuation with the rest of the name as its modifiers. The word
is the name's head in the role the word before the name leaves open: a preposition's object, or the verb's direct
object. The words are data (patterns.json 'stopped-names'). Read from the tags (the parts of speech come later).
Imports vocab; parse_repair runs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..vocab.lexicon import structure_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc


def stopped_names(doc: Doc, numpy, orth) -> None:
    """Give a sentence-final abbreviation the parser read as punctuation the role the word before its name leaves open."""
    hashes = [doc.vocab.strings.add(w) for w in structure_rules().structural.get("stopped-names", {}).get("words", ())]
    for k in numpy.nonzero(numpy.isin(orth, hashes))[0].tolist():
        word = doc[k]
        if word.dep_ != "punct" or not any(c.dep_ == "compound" for c in word.children) or word.left_edge.i == 0:
            continue
        before = doc[word.left_edge.i - 1]
        if before.tag_ == "IN" and not any(c.dep_ in {"pobj", "pcomp"} for c in before.children):
            word.head, word.dep_ = before, "pobj"  # ('is owned by Orton Care Ltd.')
        elif before.i == word.head.i and before.tag_.startswith("VB") and not any(c.dep_ in {"dobj", "attr"} for c in before.children):
            word.dep_ = "dobj"  # ('fined Orton Services Ltd.')
