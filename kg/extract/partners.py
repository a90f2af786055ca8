"""The partners named with a relation's subject: 'A, alongside B, launched …', 'Working with B, A launched …',
'A, in conjunction with B, …' — each acted with the subject (patterns.json 'co-subject'); and partnerships stated
by joint action ('A and B launched a joint fund'), by naming a partner ('A becomes B's partner') or by joining a group
another body leads ('A is part of a partnership led by B'); and a group's members listed in brackets after its name
('Kelby Together (A, B and C)') or said to be what it includes ('the X Partnership, which includes A and B'), and a body
described as one of a kind 'within' another ('X, a school within Y'). Imports the
mention model (extract.mentions_base; extract.written_lists for a list's names; extract.phrases for its types only); read by relations.
"""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING

from .clause_subjects import inherited_subjects
from .written_lists import listed_from
from .mentions_base import Mention, doc_tokens, mention_root

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from ..model import Relation
    from .phrases import PhraseReader


def co_subjects(reader: PhraseReader, ment: Mention, verb: Token | None = None) -> list[Mention]:
    """'Kent County Council, alongside Kent's CCGs, created ...': the partners named with a subject (not in the clause
    of the *verb* being read itself: 'X, which works with A and B, …' says A and B are that verb's objects)."""
    rule = reader.structure.structural.get("co-subject", {})
    preps, verbs = set(rule.get("prepositions", ())), set(rule.get("verbs", ()))
    out = []
    root = mention_root(reader.doc, ment)
    out += _joint_partners(reader, root, set(rule.get("joint_nouns", ())))  # 'A, in conjunction with B, …'
    for child in root.children:
        if child.dep_ == "prep":  # ('alongside B', 'together with B', 'along with B')
            out += [m for p in prepositions(child, preps) for tok in p.children if tok.dep_ == "pobj" for m, _ in reader.mentions_for(tok)]
        if child.dep_ in {"acl", "advcl", "relcl"} and child.lemma_ in verbs and (verb is None or child.i != verb.i):
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in set(rule.get("verb_prepositions", ())):
                    out += [m for tok in prep.children if tok.dep_ == "pobj" for m, _ in reader.mentions_for(tok)]
    return out


def _makers(reader: PhraseReader, verb: Token) -> list[Mention]:
    """Who made a thing with another: the making verb's subject, its 'by' agent ('was developed by X with Y'), or, for
    a participle on the thing ('X launched its strategy, developed with Y'), the thing's owner or the subject of the verb
    whose object it is."""
    said = lambda tok, deps: [m for c in tok.children if c.dep_ in deps for m, _ in reader.mentions_for(c)]  # noqa: E731
    if not (found := said(verb, {"nsubj"}) or [m for a in verb.children if a.dep_ == "agent" for m in said(a, {"pobj"})]) and verb.dep_ in {"xcomp", "advcl"} \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(  # ('awarded £1m to X to run a programme with Y':
                c.dep_ == "dobj" and not any(t.ent_type_ == "MONEY" for t in c.subtree) for c in verb.head.children):  # X; not 'brought in managers to …')
        found = [m for m, _ in inherited_subjects(reader, verb)[0]]
    if found or verb.dep_ != "acl":
        return found
    return said(verb.head, {"poss"}) or (said(verb.head.head, {"nsubj"}) if verb.head.dep_ == "dobj" else [])


def clause_partners(reader: PhraseReader, verb: Token) -> list[Mention]:
    """'Working with X, Y launched …', 'Y, in conjunction with X, launched …', 'Y launched Z together with X': the
    partners named in a clause or a phrase on the verb; with one of 'making_verbs', a body after a plain 'with' too ('Y
    is developing an app with X', not 'with £2m', 'with X funding' nor 'with its own analysts')."""
    rule = reader.structure.structural.get("co-subject", {})
    verbs, preps, joined = set(rule.get("verbs", ())), set(rule.get("verb_prepositions", ())), set(rule.get("prepositions", ()))
    made = verb.lemma_.lower() in set(rule.get("making_verbs", ()))  # ('A is developing an app with B': made together)
    money = set(reader.structure.structural.get("implied-funder", {}).get("source_nouns", ()))  # (not 'with X funding': money)
    on_verb = [p for p in verb.children if p.dep_ == "prep"] + [  # (and the 'with' the parser hung on the thing made, or
        c for o in verb.children if made and o.dep_ == "dobj" for c in [*o.children, *(  # on its 'of' noun: 'a cost of living hub with X')
            g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for q in p.children if q.dep_ == "pobj" for g in q.children)]
        if c.dep_ == "prep" and c.lower_ == "with"] + [  # (or on where it is made: 'trialling arches at stations with X')
        c for p in verb.children if made and (p.dep_ == "prep" and p.lower_ in {"at", "in", "across"} or p.dep_ == "agent") for q in p.children
        if q.dep_ == "pobj" for c in q.children if c.dep_ == "prep" and c.lower_ == "with"]  # (or on its maker: 'written by A with B')
    return [m for clause in verb.children if clause.dep_ == "advcl" and clause.tag_ == "VBG"
            and {clause.lemma_.lower(), clause.lower_.removesuffix("ing")} & verbs
            for m, _ in reader._prep_mentions(clause, preps, 0)] + ([] if verb.lemma_.lower() in verbs else _joint_partners(
                reader, verb, set(rule.get("joint_nouns", ()))) + [  # ('A launched Z together with B')
                m for p in on_verb for q in prepositions(p, joined | ({"with"} if made else set()))
                for t in q.children if t.dep_ == "pobj" and t.lemma_.lower() not in money for m, _ in reader.mentions_for(t)
                if not made or q.lower_ != "with" or (m.entity is not None and m.entity.type == "Organisation")]) + (
        _joint_makers(reader, verb) if made else []) + (_purposes_partners(reader, verb, verbs) if made else [])


def _purposes_partners(reader: PhraseReader, verb: Token, verbs: set[str]) -> list[Mention]:
    """'A has merged with B to create C', 'A is working with B to launch C': the partners a working verb names
    make together what its purpose says its subject makes, when the purpose names it."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or head.lemma_.lower() not in verbs or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children) \
            or not [m for c in verb.children if c.dep_ == "dobj" for m, guessed in reader.mentions_for(c) if not guessed]:
        return []
    return [m for p in head.children if p.dep_ == "prep" and p.lower_ == "with" for t in p.children if t.dep_ == "pobj"
            for m, _ in reader.mentions_for(t) if m.entity is not None and m.entity.type == "Organisation"]


def _joint_makers(reader: PhraseReader, verb: Token) -> list[Mention]:
    """'NatWest and Kelby City Council have launched a loan scheme': bodies joined as the subject of a making verb made
    the one thing together, as have those joined as its 'by' agent ('The scheme is run by A and B'), not 'each' or
    'separately' ('A and B have each launched a scheme'); nor things in the plural ('A and B set their budgets')."""
    if any(c.lower_ in {"each", "separately", "respectively", "individually"} for c in verb.subtree) or any(
            c.dep_ in {"dobj", "nsubjpass"} and c.tag_ in {"NNS", "NNPS"} and c.i not in reader.tok2ment for c in verb.children):  # (a name may end in one: 'Operation Safe Streets')
        return []
    found = [m for c in verb.children if c.dep_ == "nsubj" for m, _ in reader.mentions_for(c)] or [  # (or its 'by' agents:
        m for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"  # 'Delivered by A and B, the project …')
        for m, _ in reader.mentions_for(c)]
    bodies = {id(m.entity): m for m in found if m.entity is not None and m.entity.type == "Organisation"}
    return list(bodies.values()) if len(bodies) > 1 else []


def _joint_partners(reader: PhraseReader, verb: Token, nouns: set[str]) -> list[Mention]:
    """'in conjunction with X', 'in association with X' on a verb (or its object, or a subject, or the object of a
    phrase on the verb: '… across the borough in partnership with X'): X did it with the verb's subject (not on 'work'
    or 'partner' themselves, whose 'with X' is their own object)."""
    heads = [verb, *(o for o in verb.children if o.dep_ == "dobj"), *(o for q in verb.children if q.dep_ == "prep" for o in q.children if o.dep_ == "pobj")]
    return [m for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
            for n in p.children if n.dep_ == "pobj" and n.lower_ in nouns for m, _ in reader._prep_mentions(n, {"with"}, 0)]


def prepositions(prep: Token, phrases: set[str]) -> list[Token]:
    """*prep* itself where it is one of *phrases* ('alongside'), or the preposition whose object ends a two-word one
    ('together with': 'with' under the adverb 'together'; 'along with': 'with' under 'along')."""
    if prep.lower_ in phrases:
        return [prep]
    if any(a.dep_ == "advmod" and f"{a.lower_} {prep.lower_}" in phrases for a in prep.children):
        return [prep]
    return [w for w in prep.children if w.dep_ == "prep" and f"{prep.lower_} {w.lower_}" in phrases]


def joint_doers(reader: PhraseReader, verb: Token) -> list[Mention]:
    """'A and B have launched a joint programme', 'A jointly published … with B': bodies that did one thing together
    (a verb with two or more named subjects, marked 'joint' on the verb, its object or its 'in' phrase: patterns.json 'co-subject'
    'joint_words')."""
    words = set(reader.structure.structural.get("co-subject", {}).get("joint_words", ()))
    clauses = {t.i for o in verb.children if o.dep_ == "dobj" for c in o.subtree if c.dep_ in {"relcl", "acl", "advcl", "xcomp"}
               for t in c.subtree}  # ('appointed people … to take charge of joint departments': not what the subjects did)
    marked = [c for c in verb.children if c.lower_ in words] + [a for o in verb.children if o.dep_ == "dobj"  # (or 'a new
                                                                for a in o.subtree if a.lower_ in words and a.i not in clauses]  # type of joint inspection')
    marked += [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"
               for a in o.children if a.lower_ in words]  # 'In a joint submission to X, A and B warned …'

    subjects = [m for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for m, _ in reader.mentions_for(c)]
    if marked and not subjects:  # ('A and B have saved £90,000 since appointing a joint chief executive'; 'A and B agreed
        subjects = [m for m, coref in reader._inherited_subjects(verb)[0] if not coref]  # to expand their shared services')
    if marked and subjects:  # 'Estyn jointly inspects settings with Care Inspectorate Wales', 'A and B run a joint service with C'
        subjects += [m for h in [verb, *reader._children(verb, {"dobj"})] for m, _ in reader._prep_mentions(h, {"with"}, 0)
                     if m.entity is not None and m.entity.type == "Organisation"]  # (its 'with' on the verb or its object)
    return subjects if marked and len(subjects) > 1 else []


def surface_pair(reader: PhraseReader, verb: Token) -> list[Mention]:
    """'… and the A and B are now working together': names joined by 'and' (or commas) right before a verb and its
    auxiliaries or adverbs, where the parse gave the verb no named subject (it hung the names on a phrase before)."""
    if any(m for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for m, _ in reader.mentions_for(c)):
        return []
    k = verb.i - 1
    while k >= reader.sent.start and k not in reader.tok2ment and (reader.doc[k].pos_ in {"AUX", "ADV", "PART"}):
        k -= 1  # ('are now', 'have also')
    names: list[Mention] = []
    while (m := reader.tok2ment.get(k)) is not None and m.end == k + 1 and m.entity is not None and m.entity.type == "Organisation":
        names.append(m)
        k = m.start - 1
        if k < reader.sent.start or reader.doc[k].lower_ not in {"and", ",", "&"}:
            break
        k -= 1
    return names[::-1] if k < verb.i - 1 and reader.doc[verb.i - 1].pos_ in {"AUX", "ADV", "PART"} else []


def partner_of(reader: PhraseReader, verb: Token) -> list[tuple[Mention, Mention]]:
    """'A becomes B's first official partner', 'A is a partner of B', 'A is a joint venture partner with B', 'A has been
    appointed as a development partner of B': the subject and the body whose partner it is."""
    if verb.lemma_ in {"be", "become"}:
        subjects = [m for c in verb.children if c.dep_ == "nsubj" for m, _ in reader.mentions_for(c)]
        partners = [c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() == "partner"]
    elif verb.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in verb.children):  # ('appointed as …', 'named as …')
        subjects = [m for c in verb.children if c.dep_ == "nsubjpass" for m, _ in reader.mentions_for(c)]
        partners = [p for a in verb.children if a.dep_ == "prep" and a.lower_ == "as" for p in a.children if p.dep_ == "pobj" and p.lemma_.lower() == "partner"]
    else:
        return []
    owners = [m for p in partners for c in p.children if c.dep_ == "poss" for m, _ in reader.mentions_for(c)]
    owners += [m for p in partners for m, _ in reader._prep_mentions(p, {"of", "with"}, 0)]
    return [(s, o) for s in subjects for o in owners]


def led_group(reader: PhraseReader, verb: Token, groups: set[str], leading: set[str]) -> list[tuple[Mention, Mention]]:
    """'X will be included in a partnership led by the charity Y', 'X is a member of a consortium headed by Y', 'X
    joined an alliance led by Y': the verb's subject and the body said to lead the group it is in."""
    subjects = [m for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for m, _ in reader.mentions_for(c)]
    if not subjects:
        return []
    held = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    held += [o for h in held if h.lemma_.lower() in {"part", "member"} for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]  # ('part of', 'a member of' a group)
    held += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"in", "into", "within"} for o in p.children if o.dep_ == "pobj"]
    leaders = [m for g in held if g.lemma_.lower() in groups for a in g.children if a.dep_ == "acl" and a.lemma_.lower() in leading
               for b in a.children if b.dep_ == "agent" for o in b.children if o.dep_ == "pobj" for m, _ in reader.mentions_for(o)]
    return [(s, o) for s in subjects for o in leaders if s.entity is not None and o.entity is not None and s.entity is not o.entity
            and o.entity.type == "Organisation"]  # (a group a person leads names no partner body)


def led_with_members(reader: PhraseReader, verb: Token, groups: set[str], leading: set[str]) -> list[tuple[Mention, Mention]]:
    """'A consortium led by X and including Y and Z has won …': the body said to lead an unnamed group and each body the
    group is said to include (a participle 'including' joined to the leading one, or 'with' on the group); 'A consortium of
    X, Y and Z has won …': the bodies an unnamed group is of, each with each."""
    group = verb.head if verb.dep_ == "acl" and verb.lemma_.lower() in leading else next((  # (or a verb's subject: 'A consortium of X, Y …')
        c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)), None)
    if group is None or group.lemma_.lower() not in groups or group.i in reader.tok2ment:
        return []
    named = [o for b in verb.children if b.dep_ == "agent" for o in b.children if o.dep_ == "pobj"]
    leaders = [m for o in named for m, _ in reader.mentions_for(o)]  # (its 'including' may hang on the leader: 'led by X, including Y')
    members = [m for c in [*verb.children, *group.children, *(c for o in named for c in o.children)] if c.dep_ in {"conj", "acl", "prep"} and (
        c.lower_ == "including" or c.lower_ == "with" and c.head.i == group.i) for o in c.children if o.dep_ in {"pobj", "dobj"}
        for m, _ in reader.mentions_for(o)]  # (or 'with' on the group: 'A consortium led by X, with Y and Z, has won …')
    pairs = [(a, b) for a in leaders for b in members] if leaders else list(combinations(  # ('A consortium of X, Y and Z …': each with each)
        [m for c in group.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj" for m, _ in reader.mentions_for(o)], 2))
    return [(a, b) for a, b in pairs if a.entity is not None and b.entity is not None and a.entity is not b.entity
            and {a.entity.type, b.entity.type} == {"Organisation"}]


def co_leaders(reader: PhraseReader, verb: Token, groups: set[str], leading: set[str]) -> list[tuple[Mention, Mention]]:
    """'a consortium, led by A and B, …': the bodies said together to lead a group (named or not; the participle on it, or
    set off by a comma after it), each with each."""
    group = verb.head if verb.dep_ == "acl" else reader.doc[verb.i - 2] if verb.dep_ == "advcl" and verb.i > 1 and reader.doc[verb.i - 1].text == "," else verb
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in leading or group.lemma_.lower() not in groups:
        return []
    co = [m for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj" for m, _ in reader.mentions_for(p)
          if m.entity is not None and m.entity.type == "Organisation"]
    return list(combinations(co, 2))


def joint_relations(reader: PhraseReader) -> Iterator[Relation]:
    """Partnerships a sentence states by joint action, by naming a partner or by joining a group another body leads
    (rules 'joint', 'partner-of' and 'led-group')."""
    rule = reader.structure.structural.get("co-subject", {})
    spec = reader.specs.get(rule.get("predicate", ""))
    tokens = doc_tokens(reader.doc)[reader.sent.start:reader.sent.end]
    words = {t.lower_ for t in tokens}
    groups, leading = set(rule.get("led_groups", ())), set(rule.get("leading_verbs", ()))
    made = set(rule.get("making_verbs", ()))
    making = {t.i for t in tokens if t.pos_ == "VERB" and t.lemma_.lower() in made}
    gathering = {tuple(g.split()) for g in rule.get("gathering_verbs", ())}
    if spec is None or (words.isdisjoint(rule.get("joint_words", ())) and words.isdisjoint({"partner", "partners"})
                        and words.isdisjoint(groups | {g + "s" for g in groups}) and not making and not any(t.lemma_.lower() in {g[0] for g in gathering} for t in tokens)):
        return  # (most sentences: none of the words, nothing to read)
    for verb in tokens:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        if len(gathered := brought_together(reader, verb, gathering)) > 1:  # ('The project brings together A and B with C')
            yield from reader.emit(spec, verb, [(m, False) for m in gathered], [], "brought-together")
        joined = verb.i in making and any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children) or (
            verb.i in making and verb.tag_ == "VBN" and any(c.dep_ == "pobj" and any(g.dep_ == "conj" for g in c.children)
                                                            for a in verb.children if a.dep_ == "agent" for c in a.children))
        if joined and (makers := _joint_makers(reader, verb)):  # ('A and B are running a vaccination campaign': a making
            yield from reader.emit(spec, verb, [(m, False) for m in makers], [], "co-subject")  # verb stating no fact)
        elif verb.i in making and "with" in words and (made_with := clause_partners(reader, verb)):  # ('A is trialling arches with B')
            doers = [(m, False) for m in _makers(reader, verb)]
            yield from reader.emit(spec, verb, doers, [(m, False) for m in made_with], "co-subject") if doers else ()
        if doers := joint_doers(reader, verb):
            yield from reader.emit(spec, verb, [(m, False) for m in doers], [], "joint")
        for a, b in partner_of(reader, verb):
            yield from reader.emit(spec, verb, [(a, False)], [(b, False)], "partner-of")
        for a, b in led_group(reader, verb, groups, leading) + led_with_members(reader, verb, groups, leading) + co_leaders(reader, verb, groups, leading):
            yield from reader.emit(spec, verb, [(a, False)], [(b, False)], "led-group")
    for noun in tokens:  # 'a joint £120,000 initiative between A, B and C': each with each
        if noun.pos_ == "NOUN" and any(a.dep_ == "amod" and a.lower_ in rule.get("joint_words", ()) for a in noun.children) \
                and len(between := [x for x in reader._prep_objects(noun, {"between"}) if x[0].entity is not None and x[0].entity.type == "Organisation"]) > 1:
            for a, b in combinations(between, 2):
                yield from reader.emit(spec, noun, [a], [b], "joint")


def bracketed_members(reader: PhraseReader) -> Iterator[Relation]:
    """'… in partnership with Kelby Together (Kelby Sport, Kelby Youth and Orton Arts)': bodies listed in brackets right
    after a body's name, nothing but their names and the list's commas and 'and' between them, are its members (patterns.json
    'bracketed-members'; one name in brackets is the body's other name, not a member)."""
    rule = reader.structure.structural.get("bracketed-members", {})
    spec, doc, sent = reader.specs.get(rule.get("predicate", "")), reader.doc, reader.sent
    types, joiners = set(rule.get("types", ())), set(rule.get("joiners", ()))
    if spec is None or "(" not in reader.evidence:
        return
    for k in range(sent.start + 1, sent.end - 1):
        group = reader.tok2ment.get(k - 1)
        if doc[k].text != "(" or group is None or group.end != k or getattr(group.entity, "type", None) not in types:
            continue
        members, i = [], k + 1
        while i < sent.end and doc[i].text != ")":
            if (m := reader.tok2ment.get(i)) is not None and m.start == i and getattr(m.entity, "type", None) in types:
                members, i = members + [m], m.end
            elif doc[i].lower_ in joiners:
                i += 1
            else:
                break
        if i < sent.end and doc[i].text == ")" and len(members) > 1 and all(m.entity is not group.entity for m in members):
            yield from reader.emit(spec, doc[k], [(m, False) for m in members], [(group, False)], "bracketed-members")


def included_members(reader: PhraseReader) -> Iterator[Relation]:
    """'The X Partnership, which includes A, B and C, …', 'X brings together A and B': the bodies a group is said to include are its members
    (patterns.json 'included-members'; the group a body whose name ends in one of its 'heads'); the members of an unnamed
    group ('co-subject' 'led_groups': 'The partnership, which brings together A, B and C') are each other's partners."""
    rule = reader.structure.structural.get("included-members", {})
    spec, heads = reader.specs.get(rule.get("predicate", "")), set(rule.get("heads", ()))
    verbs = [(w.split()[0], set(w.split()[1:])) for w in rule.get("verbs", ())]  # ('includes', 'brings together': its particle)
    for verb in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end] if spec is not None else ():
        if verb.pos_ not in {"VERB", "AUX"} or not any(lemma == verb.lemma_.lower() and (not more or more <= {c.lower_ for c in verb.children})
                                                       for lemma, more in verbs):
            continue
        said = [c for c in verb.children if c.dep_ == "nsubj"] or [c for c in verb.head.children if verb.dep_ == "conj" and c.dep_ in {"nsubj", "nsubjpass"}]  # ('is led by X and includes Y')
        group = reader.mentions_for(verb.head) if verb.dep_ == "relcl" and said and said[0].lower_ in {"which", "that"} else [
            x for c in said for x in reader.mentions_for(c)]
        group = [x for x in group if x[0].entity is not None and x[0].entity.type == "Organisation" and x[0].entity.name.split()[-1] in heads]
        members = [x for c in verb.children if c.dep_ == "dobj" for x in reader.mentions_for(c)
                   if x[0].entity is not None and x[0].entity.type == "Organisation"]
        first = members[0][0] if members else None
        members += [(m, False) for m in (listed_from(reader.doc, first, reader.sent.end, reader.tok2ment) if first is not None else [])
                    if all(m is not x for x, _ in members)]
        if group and members:
            yield from reader.emit(spec, verb, members, group[:1], "included-members")
        elif len(members) > 1 and (partners := reader.specs.get(reader.structure.structural.get("co-subject", {}).get("predicate", ""))) \
                and any((verb.head if verb.dep_ == "relcl" else c).lemma_.lower() in reader.structure.structural["co-subject"].get("led_groups", ())
                        for c in said):  # ('The partnership, which brings together A, B and C': a group no name of ours, its members partners)
            yield from reader.emit(partners, verb, members, [], "joint")


def members_as_group(reader: PhraseReader) -> Iterator[Relation]:
    """'A and B have worked together since 2018 as the X Alliance', 'the three trusts operate as the Y Group': bodies said
    to work (one of 'included-members' 'as_verbs') as a named group are its members (rule 'working-as'; the group a body
    whose name ends in one of the rule's 'heads'), however the subjects are named ('the three trusts': the bodies listed before)."""
    rule = reader.structure.structural.get("included-members", {})
    spec, heads, verbs = reader.specs.get(rule.get("predicate", "")), set(rule.get("heads", ())), set(rule.get("as_verbs", ()))
    for verb in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end] if spec is not None else ():
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        group = [x for x in reader._prep_objects(verb, {"as"}) if x[0].entity is not None and x[0].entity.type == "Organisation"
                 and x[0].entity.name.split()[-1] in heads]
        members = [x for c in verb.children if c.dep_ == "nsubj" for x in reader.mentions_for(c)
                   if x[0].entity is not None and x[0].entity.type == "Organisation"]
        if group and members:
            yield from reader.emit(spec, verb, [x for x in members if x[0].entity is not group[0][0].entity], group[:1], "working-as")


def brought_together(reader: PhraseReader, verb: Token, gathering: set[tuple[str, ...]]) -> list[Mention]:
    """'The project brings together A and B with C', 'unites researchers from A and B': the bodies a verb of gathering
    (patterns.json 'co-subject' 'gathering_verbs') brings together, named as its object, as where the people it brings
    come from, or after its 'with', are partners."""
    words = (verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}),
             *(a.lower_ for p in verb.children if p.dep_ == "prep" for a in p.children if a.dep_ == "advmod"))  # ('together with Y')
    if not any(g[0] == words[0] and all(w in words for w in g[1:]) for g in gathering):
        return []
    brought = [c for c in verb.children if c.dep_ == "dobj"] + [o for h in [verb, *(c for c in verb.children if c.dep_ in {"prt", "advmod"} or (
        c.dep_ == "prep" and c.lower_ == "along"))] for p in h.children if p.dep_ == "prep" and p.lower_ in {"with", "alongside"}
        for o in p.children if o.dep_ == "pobj"]
    found = [m for c in brought for m, _ in reader.mentions_for(c)]  # (the object, and 'brings X together with Y', 'along with Y')
    found += [m for h in [verb, *(c for c in brought if c.i not in reader.tok2ment)] for m, _ in reader._prep_mentions(h, {"from", "at"}, 0)
              ]  # ('academics from A with the team at B': where the people come from)
    return list({id(m.entity): m for m in found if m.entity is not None and m.entity.type == "Organisation"}.values())


def kinds_within(reader: PhraseReader) -> Iterator[Relation]:
    """'X, a school within the Y Trust', 'X will reopen as an academy within Y', 'X is one of 12 schools within Y': a
    body described by a noun of a body's kind (patterns.json 'context_words') that is 'within' another body is part of
    it (patterns.json 'included-members' 'within_preps')."""
    rule = reader.structure.structural.get("included-members", {})
    spec, preps = reader.specs.get(rule.get("predicate", "")), set(rule.get("within_preps", ()))
    for tok in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end] if spec is not None else ():
        if tok.pos_ != "NOUN" or tok.i in reader.tok2ment or reader.rules.context_words.get(tok.lemma_.lower()) != "Organisation":
            continue
        groups = [x for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for c in p.children if c.dep_ == "pobj"
                  for x in reader.mentions_for(c) if not x[1] and x[0].entity is not None and x[0].entity.type == "Organisation"]  # (named)
        said = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one" else tok  # ('one of 12 schools')
        verb = said.head if said.dep_ == "attr" or (said.dep_ == "pobj" and said.head.lower_ == "as") else None
        verb = verb.head if verb is not None and verb.lower_ == "as" else verb
        bodies = reader.mentions_for(said.head) if said.dep_ == "appos" else [
            x for c in (verb.children if verb is not None else ()) if c.dep_ in {"nsubj", "nsubjpass"} for x in reader.mentions_for(c)]
        yield from reader.emit(spec, tok, [b for b in bodies if b[0].entity is not None and b[0].entity.type == "Organisation"], groups, "kind-within")


def named_groups(reader: PhraseReader, words, objects: list) -> list:
    """'A consortium led by X, including A and B': a trigger whose word is a group's kind ('lead consortium'; patterns.json
    'included-members' 'heads') acts on a named group (the word in its name or right after it: 'the X Partners consortium'),
    not on the members an unnamed group stands for (X leads them as their partner: partners' 'led-group')."""
    if not words:  # (most triggers have no words of their own)
        return objects
    heads = {h.lower() for h in reader.structure.structural.get("included-members", {}).get("heads", ())}
    if not (group := set(words) & heads):
        return objects
    return [o for o in objects if any(t.lower_ in group for t in reader.doc[o[0].start:o[0].end + 1])]


def led_with(reader: PhraseReader) -> Iterator[Relation]:
    """'a network led by A with B and C', 'The project is delivered by A with B': the body a leading verb's 'by' phrase names
    and the bodies of a 'with' phrase on the verb or on that name are partners (patterns.json 'led-with')."""
    rule = reader.structure.structural.get("led-with", {})
    spec, verbs = reader.specs.get(rule.get("predicate", "")), set(rule.get("verbs", ()))
    if spec is None or " with " not in reader.evidence:
        return
    for verb in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end]:
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in verbs:
            continue
        leads = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        leaders = [x for p in leads for x in reader.mentions_for(p) if x[0].entity is not None and x[0].entity.type == "Organisation"]
        joined = [x for h in (verb, *leads) for x in reader._prep_objects(h, {"with"})
                  if x[0].entity is not None and x[0].entity.type == "Organisation" and all(x[0].entity is not y[0].entity for y in leaders)]
        if len(leaders) == 1 and joined:
            yield from reader.emit(spec, verb, leaders, joined, "led-with")

