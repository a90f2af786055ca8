"""One repair to the statistical parse, run with the others in extract.parse_repair: a 'by' phrase the parser made the
agent of an active verb ('The Ombudsman found severe maladministration by the council') belongs to the verb's object,
whose doer it names. Imports nothing of the project; read by extract.parse_repair.
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
