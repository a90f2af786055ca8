"""A company a body sets up as its own: 'Kelby Council has set up Kelby Homes Ltd, a wholly owned company that will
build 500 homes': the company named as the object of a verb of founding, with an apposition that says it is owned
and names no other owner, is part of the body that founded it; and a place or body passed to another ('Kelby Council has
transferred Orton Library to the Friends of Orton Library', 'X was sold to Y', 'the asset transfer of X to Y') is part of
the one it passed to; a body formed by a merger ('X was formed through the merger of A and B') was created by the bodies merged.
The words are data (patterns.json 'owned-creations', 'asset-transfers', 'merger-forms').
Imports extract.mentions_base; the reader (extract.relations) is passed in; read by extract.relations.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .mentions_base import doc_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Relation
    from .relations import RelationReader


def owned_creations(reader: RelationReader) -> Iterator[Relation]:
    """'X has set up Y, a wholly owned company', 'X created Y, its wholly-owned subsidiary': Y is part of X (rule
    'owned-creation'); not where the apposition names another owner ('a company owned by Z', 'a subsidiary of Z')."""
    rule = reader.structure.structural.get("owned-creations", {})
    spec = reader.specs.get(rule.get("predicate", ""))
    if spec is None:
        return
    verbs, kinds, owning = set(rule.get("verbs", ())), set(rule.get("kinds", ())), set(rule.get("owning_words", ()))
    if "owned" not in reader.evidence:  # (no company said to be owned: nothing to read, no word to build)
        return
    for verb in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end]:
        if verb.pos_ != "VERB" or " ".join([verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ == "prt"]) not in verbs:
            continue
        made = [m for c in verb.children if c.dep_ == "dobj" and _owned_kind(c, kinds, owning) for m in reader.mentions_for(c) if not m[1]]
        if made:
            makers = [m for c in verb.children if c.dep_ == "nsubj" for m in reader.mentions_for(c)]
            yield from reader.emit(spec, verb, made, makers, "owned-creation")


def _owned_kind(name: Token, kinds: set[str], owning: set[str]) -> bool:
    """Whether the name has an apposition of one of *kinds* described as owned ('a wholly owned company'), with no owner
    of its own after it."""
    return any(a.dep_ == "appos" and a.lemma_.lower() in kinds and not any(p.dep_ in {"prep", "acl"} and p.lower_ in {"of", "by", "owned"} for p in a.children)
               and any(d.lower_ in owning or any(g.lower_ in owning for g in d.subtree) for d in a.children if d.dep_ in {"amod", "compound"})
               for a in name.children)


def transferred_assets(reader: RelationReader) -> Iterator[Relation]:
    """'Kelby Council has transferred Orton Library to the Friends of Orton Library', 'X has been sold to Y', 'the
    freehold of X was transferred to Y', 'the community asset transfer of X to Y': what is passed (a verb's object or
    passive subject, or the noun's 'of') is part of the body after 'to' (rule 'asset-transfer'); not money or people."""
    rule = reader.structure.structural.get("asset-transfers", {})
    spec = reader.specs.get(rule.get("predicate", ""))
    text = reader.evidence.lower()
    if spec is None or not any(w in text for w in rule.get("stems", ())):
        return  # (no word of passing on in the sentence: nothing to read)
    verbs, nouns, holdings = set(rule.get("verbs", ())), set(rule.get("nouns", ())), set(rule.get("holdings", ()))
    for tok in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end]:
        said = " ".join([tok.lemma_.lower()] + [c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod"} and c.lower_ == "over"])
        if tok.pos_ == "VERB" and said in verbs:
            passed = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns:
            passed = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        else:
            continue
        passed += [o for c in passed if c.lemma_.lower() in holdings for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]  # ('the freehold of X')
        things = [m for c in passed for m in reader.mentions_for(c) if m[0].entity is not None and m[0].entity.type in rule.get("thing_types", ())]
        owners = [m for m in reader._prep_objects(tok, {"to"}) if m[0].entity is not None and m[0].entity.type == "Organisation"]
        if things and owners:
            yield from reader.emit(spec, tok, things, owners, "asset-transfer")


def merged_makers(reader: RelationReader) -> Iterator[Relation]:
    """'X was formed through the merger of A and B', 'X has been launched following the merger of A and B', 'X, formed from
    the merger of A and B, …': the bodies merged created the body made (rule 'merger-made'; patterns.json 'merger-forms')."""
    rule = reader.structure.structural.get("merger-forms", {})
    spec = reader.specs.get(rule.get("predicate", ""))
    nouns, preps = set(rule.get("nouns", ())), set(rule.get("preps", ()))
    if spec is None or not any(n in reader.evidence.lower() for n in nouns):
        return
    for noun in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end]:
        said = f"{noun.doc[noun.i - 2].lower_}-{noun.lower_}" if noun.i > 1 and noun.doc[noun.i - 1].text == "-" else noun.lemma_.lower()  # ('link-up')
        if said not in nouns or noun.dep_ not in {"pobj", "dobj"} or noun.head.lower_ not in preps:
            continue  # (or 'following' parsed as a verb with the merger its object)
        verb = noun.head.head
        if " ".join([verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ == "prt"]) not in set(rule.get("made_verbs", ())):
            continue
        merged = [m for m in reader._prep_objects(noun, {"of", "between"}) if m[0].entity is not None and m[0].entity.type == "Organisation"]  # ('of A and B', 'between A, B and C')
        made = [m for c in verb.children if c.dep_ == "nsubjpass" for m in reader.mentions_for(c)] + (
            reader.mentions_for(verb.head) if verb.dep_ == "acl" and verb.tag_ == "VBN" else [])
        made = [m for m in made if m[0].entity is not None and m[0].entity.type == "Organisation" and all(m[0].entity is not x[0].entity for x in merged)]
        if len(merged) > 1 and made:
            yield from reader.emit(spec, verb, merged, made, "merger-made")

