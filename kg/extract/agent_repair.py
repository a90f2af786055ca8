"""One repair to the statistical parse, run with the others in extract.parse_repair: a 'by' phrase the parser made the
agent of an active verb ('The Ombudsman found severe maladministration by the council') belongs to the verb's object,
whose doer it names; and the check that the repairs left no loop of heads. Imports nothing of the project; read by
extract.parse_repair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def agents_of_active_verbs(doc: Doc, numpy, deps) -> None:
    """'found severe maladministration by X' parsed with 'by' the agent of 'found', a verb with a subject and an
    object and no passive: the 'by' phrase is the object's ('maladministration by X')."""
    for i in numpy.nonzero(deps == doc.vocab.strings.add("agent"))[0].tolist():
        by, verb = doc[i], doc[i].head
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < by.i and c.tag_ in {"NN", "NNS"}), None)
        if obj is not None and any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
            by.head, by.dep_ = obj, "prep"


def loop_free(doc: Doc, numpy, heads, labels) -> Doc:
    """The doc as the repairs left it if every word's heads lead up to a root; else (a repair hung a word below one of
    its own dependents, which would stop the readers) with the heads and labels it had before them (*heads*, *labels*:
    the doc's HEAD and DEP arrays then)."""
    from spacy.attrs import DEP, HEAD

    first = up = numpy.arange(len(doc)) + doc.to_array(HEAD).astype(numpy.int64)
    for _ in range(max(1, int(len(doc)).bit_length())):
        up = up[up]  # (each word's ancestor twice as far up, each round: a root is its own head)
    if (first[up] == up).all():
        return doc
    doc.from_array([HEAD, DEP], numpy.stack([heads, labels], axis=1))
    return doc
