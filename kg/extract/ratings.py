"""Ratings stated with a linking verb in an inspection story: 'Newport, Conwy and Denbighshire are all good',
'Blaenau Gwent is in special measures' — the article's one inspectorate rated each of them (a place standing for its
council), at the confidence of an implied agent; and inspections said by where the inspectors were ('At Kelby Care
Home, inspectors found …'). The verbs and the words that may come between are data (patterns.json 'copula-rating',
'inspectors-at'); the ratings are the ones the evidence reader knows. Imports extract.mentions_base;
the reader (extract.relations) is passed in; read by extract.structure.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .mentions_base import QUOTES, mention_root

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Relation
    from .mentions_base import Mention
    from .relations import RelationReader


def copula_rating(reader: RelationReader, m: Mention, tok: Token) -> Iterator[Relation]:
    """The rated body when *m* (its root *tok*) is a subject, or one of joined subjects, of a linking verb whose
    complement opens with a rating ('are all good', 'is in special measures', 'remains inadequate')."""
    rule = reader.structure.structural.get("copula-rating", {})
    spec = reader.specs.get(rule.get("predicate", ""))
    agent = reader.implied.get(spec.predicate) if spec is not None else None
    if agent is None or m.entity is None or m.entity.type not in set(rule.get("subject_types", ())):
        return
    while tok.dep_ == "poss" and tok.head.i > tok.i and tok.head.lower_.capitalize() not in reader.rules.post_words:
        tok = tok.head  # "Kelby Council's children's services are inadequate": the body the services are of (not its leader)
    if tok.dep_ == "pobj" and tok.head.lower_ in {"at", "in"} and tok.head.head.dep_ == "nsubj" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # ('Adult social care at X "requires improvement"': the service at the body)
    verbs = set(rule.get("verbs", ()))
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.lemma_.lower() not in verbs:  # 'X needs to change and is inadequate'
        verb = next((c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in verbs
                     and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)), verb)
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in verbs or verb.i < tok.i:
        return
    rated = _listed(reader, m, verb.i) if tok.i == mention_root(reader.doc, m).i else [m]
    skip, words = set(rule.get("between", ())), [verb.text] if verb.lemma_.lower() == "require" else []  # ('X requires improvement')
    for t in reader.doc[verb.i + 1:reader.sent.end]:
        if t.text in QUOTES:
            continue  # (a rating in quotation marks: 'is "inadequate"')
        if t.is_punct:
            break
        if words or t.lower_ not in skip:
            words.append(t.text)
    found = reader.structure.rating_re.match(" ".join(words))
    if found is not None and not (len(words) > len(found.group(1).split()) and words[len(found.group(1).split())] in {"at", "for", "to"}):
        yield from reader.emit(spec, verb, [(agent, True)], [(x, False) for x in rated], "copula-rating")  # (not 'good at')


def described_rating(reader: RelationReader, tok: Token) -> Iterator[Relation]:
    """'HMICFRS said the service required improvement', 'The council is inadequate, Ofsted found': an unnamed subject ('the
    service', 'the council') of a linking verb whose complement opens with a rating, read as the body it stands for."""
    if tok.dep_ != "nsubj" or tok.pos_ != "NOUN" or tok.head.lemma_.lower() not in set(reader.structure.structural.get("copula-rating", {}).get("verbs", ())) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return
    for x, _ in reader.mentions_for(tok):
        yield from copula_rating(reader, x, tok)


def inspectors_at(reader: RelationReader, m: Mention, tok: Token) -> Iterator[Relation]:
    """'At Kelby Care Home in Perth, inspectors found …', 'Inspectors found that teaching at X had improved': a body named in
    an 'at' (or 'in') phrase opening a sentence whose subject is the inspectors (patterns.json 'regulator_staff'), or inside
    what they found, was inspected by the article's one inspectorate
    (as 'implied-agent' reads it; no inspection without one), not the inspectorate itself."""
    rule = reader.structure.structural.get("inspectors-at", {})
    spec = reader.specs.get(rule.get("predicate", ""))
    agent = reader.implied.get(spec.predicate) if spec is not None else None
    prep, verb = tok.head, tok.head.head
    if agent is None or m.entity is None or m.entity is agent.entity or m.entity.type not in set(rule.get("object_types", ())):
        return
    said = tok.head if tok.dep_ in {"nsubj", "nsubjpass"} else verb if tok.dep_ == "poss" and prep.dep_ in {"nsubj", "nsubjpass"} else None
    if said is not None and said.dep_ == "ccomp" and said.head.lower_ in {"find", "finds", "found"} and any(  # 'Inspectors found that X's
            c.dep_ == "nsubj" and c.lemma_.lower() in reader.rules.regulator_staff for c in said.head.children):  # department was overcrowded'
        yield from reader.emit(spec, said.head, [(agent, True)], [(m, False)], "inspectors-at")
    if tok.dep_ != "pobj" or prep.lower_ not in set(rule.get("prepositions", ())) or prep.dep_ != "prep":
        return
    doers = [c for c in verb.children if c.dep_ == "nsubj" and c.i > prep.i and c.lemma_.lower() in reader.rules.regulator_staff
             and verb.pos_ in {"VERB", "AUX"}]
    if doers and prep.i == reader.sent.start + (reader.doc[reader.sent.start].is_punct or reader.doc[reader.sent.start].is_space):
        yield from reader.emit(spec, verb, [(agent, True)], [(m, False)], "inspectors-at")
        return
    found = next((a.head for a in tok.ancestors if a.dep_ == "ccomp"), None)  # 'inspectors found that teaching at X had improved'
    if found is not None and any(c.dep_ == "nsubj" and c.i < prep.i and c.lemma_.lower() in reader.rules.regulator_staff for c in found.children):
        yield from reader.emit(spec, found, [(agent, True)], [(m, False)], "inspectors-at")


def _listed(reader: RelationReader, m: Mention, end: int) -> list:
    """The names listed from *m* up to the verb at *end* ('Newport, Conwy and Denbighshire are …'), read from the
    words (the parser may hang all but the last on something else); only *m* unless commas and 'and' join them all."""
    found, k = [], m.start
    while k < end:
        x = reader.tok2ment.get(k)
        if x is not None and x.start == k and x.entity is not None:
            found.append(x)
            k = x.end
        elif reader.doc[k].text in {",", "and", "&"} and found:
            k += 1
        else:
            return [m]
    return found or [m]
