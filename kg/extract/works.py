"""Whose a named work is, from the words around its name: "A new IFS report, 'Care Costs', …", 'Kelby Foundation
report: UK Poverty 2018' (the body before the work's kind noun); "X's 'Care Costs' report" (the possessor before the
quoted title); "A and B's project" (both bodies'); and whose a body set beside a noun of its kind is: the possessor's
("Barset Council's housing company, X"), hired by it ("its contractor, X"), or its owner ("its parent company, X").
Imports extract.mentions_base; read by extract.structure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions_base import QUOTES

if TYPE_CHECKING:
    from .relations import RelationReader


def named_kind_owner(reader: RelationReader, m, etype: str) -> list:
    """"A new IFS report, 'Care Costs', …", 'Kelby Foundation report: UK Poverty 2018': a title set off by a comma or a
    colon (and quotes), or none, after the noun of its kind, which a body's name modifies or ends right before, is that body's."""
    doc, k = reader.doc, m.start - 1
    if (owner := _possessor_before_title(reader, m, etype)) is not None:
        return [(owner, False)]  # "Lord Bloggs's 'Leave no town behind' paper", however parsed
    k -= doc[k].text in {"'", '"', "‘", "“"} if k > 0 else 0
    k += doc[k].text not in {",", ":"} if k > 0 else 0  # (no mark: the kind noun right before the title)
    if k < 2 or reader.rules.context_words.get(doc[k - 1].lemma_.lower()) != etype or doc[k - 1].is_title or doc[k - 1].tag_ in {"VBD", "VBN"}:
        return []  # (not 'the Kelby Trust funded Y': a verb's past whose lemma is a kind's)
    owners = [x for c in doc[k - 1].children if c.dep_ in {"compound", "nmod"} and c.i in reader.tok2ment
              for x in reader.mentions_for(c) if x[0].entity is not None and x[0].entity.type == "Organisation"]
    before = reader.tok2ment.get(k - 2)  # (the parser hung the body elsewhere: the name ending right before the noun)
    if not owners and before is not None and before.end == k - 1 and before.entity is not None and before.entity.type == "Organisation":
        owners = [(before, False)]
    return owners


def kind_possessor(reader: RelationReader, tok, owner_types, parts=(), peers=(), its=None) -> list:
    """"Barset Council's housing company, Barset Homes Ltd,", 'Barset Homes Ltd, the council's company,': a body named
    beside a noun of its kind that a body owns is that owner's; so is one beside a noun of a part (*parts*: 'Barset
    Telecom's network arm, Orton Lines', 'its subsidiary Orton Lines'), or one of the owner's of that kind; not one
    beside a kind said to be the owner's peers (*peers*: 'our partner trusts, A and B', 'its sister company Y'). *its* reads
    whose 'its' is ('one of its schools, X')."""
    kinds = _set_beside(tok)
    kinds += [p for k in kinds if k.lower_ == "one" for o in k.children if o.dep_ == "prep" and o.lower_ == "of"
              for p in o.children if p.dep_ == "pobj" and p.tag_ == "NNS"]  # ('X, one of the trust's schools')
    kinds = [k for k in kinds if (k.lemma_ or k.lower_).lower() not in peers and not any(c.dep_ in {"compound", "amod"} and c.lower_ in peers for c in k.children)]
    return [x for x in _possessors(reader, [k for k in kinds if k.is_lower and k.i not in reader.tok2ment and (
            reader.rules.context_words.get(k.lemma_.lower()) == "Organisation" or k.lemma_.lower() in parts)], its)
            if x[0].entity is not None and x[0].entity.type in owner_types and x[0].entity is not getattr(reader.tok2ment.get(tok.i), "entity", None)]


def _set_beside(tok) -> list:
    """The nouns a name is set beside: the one it (or the first name of a list it is in: 'two of its hospitals, A and B')
    is in apposition to and its own appositions."""
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return ([first.head] if first.dep_ == "appos" else []) + [c for c in tok.children if c.dep_ == "appos"]


def _possessors(reader: RelationReader, kinds: list, its=None) -> list:
    """Who owns each of *kinds* ('the council's', 'its': read by *its* where given)."""
    return [x for k in kinds for c in k.children if c.dep_ == "poss"
            for x in (its(reader, c) if its is not None and c.lower_ == "its" else reader.mentions_for(c))]


def _possessor_before_title(reader: RelationReader, m, etype: str):
    """The name before "'s" right before a quoted title that the noun of its kind follows ("X's 'Y' paper")."""
    doc, k = reader.doc, m.start - 1
    if k < 2 or m.end + 1 >= len(doc) or doc[k].text not in QUOTES or doc[m.end].text not in QUOTES or doc[k - 1].text not in {"'s", "’s"}:
        return None
    owner = reader.tok2ment.get(k - 2)
    kind = doc[m.end + 1]
    return owner if owner is not None and owner.end == k - 1 and owner.entity is not None and owner.entity.type in {"Person", "Organisation"} \
        and reader.rules.context_words.get(kind.lemma_.lower()) == etype and kind.is_lower else None


def joined_owner(reader: RelationReader, kind) -> list:
    """"UCL and the Local Government Association's climate project, the X": the parser joins the owned noun to the
    first body with 'and' ('UCL' and '[the LGA's project]'); a noun owned by the second is the first's too."""
    if kind is None or kind.dep_ != "conj" or not any(c.dep_ == "poss" for c in kind.children):
        return []
    return [x for x in reader.mentions_for(kind.head) if x[0].entity is not None and x[0].entity.type == "Organisation"]


def hired_by_owner(reader: RelationReader, tok, m, rule: dict, its=None):
    """"the council's advisers, Sandford Property Consultants", 'its contractor, Y': a body named beside a kind of firm
    that a possessor hires (patterns.json possessive-part 'hired' 'kinds') was appointed by that possessor."""
    spec, kinds = reader.specs.get(rule.get("predicate", "")), set(rule.get("kinds", ()))
    said = [k for k in _set_beside(tok) if k.is_lower and (k.lemma_ or k.lower_).lower().removesuffix("s") in kinds]
    owners = [x for x in _possessors(reader, said, its)
              if x[0].entity is not None and x[0].entity.type == "Organisation" and x[0].entity is not m.entity]
    yield from reader.emit(spec, tok, owners, [(m, False)], "hired-kind") if spec is not None and owners else ()


def owner_of(reader: RelationReader, tok, m, rule: dict, its=None):
    """'X, the owner of Y', 'X, the parent company of Y': Y is part of X; so is a possessor of a noun of an owner set
    beside X ('its parent company, X', "Y's owner X"). Nouns of an owner: patterns.json possessive-part 'owner_nouns'."""
    spec, owning = reader.specs.get(rule.get("predicate", "")), set(rule.get("owner_nouns", ()))
    said = [k for k in _set_beside(tok) if k.i not in reader.tok2ment and ({k.lemma_.lower()} | {g.lemma_.lower() for g in k.children
                                                                         if g.dep_ in {"compound", "amod"}}) & owning]
    owned = [x for k in said if k.head.i == tok.i for x in reader._prep_objects(k, {"of"})] + _possessors(reader, said, its)
    owned = [x for x in owned if x[0].entity is not None and x[0].entity.type in rule.get("owned_types", ()) and x[0].entity is not m.entity]
    yield from reader.emit(spec, tok, owned, [(m, False)], "owner-of") if spec is not None and owned else ()
