"""The model's entity recogniser run only over the sentences that could hold what it finds. Imports vocab
(the word list) and spaCy.

Blog prose and reports are full of sentences with no name, sum or date in them ('Social workers need time
to reflect.'): no capitalised word after the first (nor a first word tagged a proper noun), no number, no
currency sign and none of the words dates without a number are built on. The recogniser, a third or more of
the statistical pipeline's time, is run over an article's other sentences joined into one shorter text, and
what it finds is mapped back; an article whose every sentence could hold a name is read whole, as before.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING, Iterable, Iterator

from spacy.language import Language

from ..vocab.lexicon import recogniser_time_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

PROPER_TAGS = frozenset({"NNP", "NNPS"})
CONTEXT = 4  # tokens either side of a kept sentence: the width of the recogniser's convolution window


class NamedSentenceRecogniser:
    """Wraps the model's recogniser (`inner`); the component keeps its name in the pipeline."""

    def __init__(self) -> None:
        self.inner = None
        self.time_words = recogniser_time_words()

    @staticmethod
    def fits(ner) -> bool:
        """Whether *ner* reads a text on its own: a recogniser listening to a shared embedding layer needs
        the whole document's tensor and is left as it is."""
        return ner is not None and not any("listener" in node.name for node in ner.model.walk())

    def may_hold_names(self, sent: Span) -> bool:
        """Whether the recogniser could find anything in *sent*. Its first word is the first after any opening
        quote, bullet or bracket; 'I' is no name."""
        opened = False  # past the sentence's first word
        for token in sent:
            if token.like_num or token.is_currency or token.lower_ in self.time_words or not token.is_alpha and any(
                    c.isdigit() for c in token.text):
                return True
            if not token.text[:1].isalpha():
                continue
            if token.text[:1].isupper() and token.text != "I" if opened else token.tag_ in PROPER_TAGS:
                return True
            opened = True
        return False

    def kept(self, doc: Doc) -> tuple[list[int], set[int]] | None:
        """The token indices to read: the sentences worth reading, each with up to CONTEXT tokens on either side
        (the recogniser's window, so that what it finds in them it finds as in the whole text); and the indices
        of those sentences alone. None to read the whole text."""
        if not doc.has_annotation("SENT_START"):
            return None
        sents = list(doc.sents)
        named = [s for s in sents if self.may_hold_names(s)]
        if len(named) == len(sents):
            return None
        index: list[int] = []
        for s in named:
            index.extend(range(max(s.start - CONTEXT, index[-1] + 1 if index else 0), min(s.end + CONTEXT, len(doc))))
        return index, {i for s in named for i in range(s.start, s.end)}

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        docs = iter(docs)
        while batch := list(islice(docs, batch_size)):
            kept = [self.kept(doc) for doc in batch]
            short = [doc if k is None else self._shortened(doc, k[0]) for doc, k in zip(batch, kept)]
            for doc, k, read in zip(batch, kept, self.inner.pipe(short, batch_size=batch_size)):
                if k is not None:
                    self._map_back(doc, read, *k)
                yield doc

    @staticmethod
    def _shortened(doc: Doc, index: list[int]) -> Doc:
        """The kept tokens as one text, with what the recogniser reads of them: word forms (norms included) and
        sentence starts."""
        from spacy.attrs import NORM, SENT_START
        from spacy.tokens import Doc as SpacyDoc

        kept = [doc[i] for i in index]
        short = SpacyDoc(doc.vocab, words=[t.text for t in kept], spaces=[bool(t.whitespace_) for t in kept])
        if index:  # (the recogniser reads the sentence starts too: no name runs across one)
            short.from_array([NORM, SENT_START], doc.to_array([NORM, SENT_START])[index])
        return short

    @staticmethod
    def _map_back(doc: Doc, read: Doc, index: list[int], own: set[int]) -> None:
        """The names found in the short text, on the article's own tokens, inside the sentences read for themselves
        (*own*; not in the context around them); a name run across a gap where sentences were left out is no name."""
        from spacy.tokens import Span

        ents = []
        for ent in read.ents:
            start, end = index[ent.start], index[ent.end - 1] + 1
            if end - start == len(ent) and start in own and end - 1 in own:
                ents.append(Span(doc, start, end, label=ent.label))
        doc.set_ents(ents, default="outside")


@Language.factory("kg_named_sentence_recogniser")
def make_named_sentence_recogniser(nlp: Language, name: str) -> NamedSentenceRecogniser:
    return NamedSentenceRecogniser()
