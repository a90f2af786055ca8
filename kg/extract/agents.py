"""Who did what a trigger word states when the sentence does not name the doer as its subject: the 'by'
phrase of a passive (or a 'by' hung on a noun or an infinitive below it, or the relation's other agent
prepositions), the body in an appointment's role phrase or in an announcement, the giver of what an inverse
trigger's subject received, the owner of a scheme money came 'as part of', and where money comes from ('the
£35m investment from X'); and, when no one is named, the agent the article implies (its one regulator, its one
funder); and an inverse trigger turned round by its 'by' phrase ('X is owned by Y'). The words are data (kg.ttl agent prepositions, patterns.json 'role-agent', 'nominal-carrier',
'scheme-agent', 'implied-funder', 'implied-agent'; the court, in extract.courts). Imports resolve (the words that scale a sum), extract.coref,
extract.written_lists (a list's names) and extract.antecedents (the passive's subject, the announcing body), extract.mentions_base (the headline's end), extract.phrases (the name after a
preposition, a relative clause's head), extract.pipeline (a verb's lemmas), extract.posts and extract.place_councils (a post's body), extract.structure
(what a sum is) and extract.contract_parties (who let a contract); the reader is passed in; read by relations.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from ..resolve import SCALE_WORDS
from .mentions_base import doc_tokens, headline_end, is_regulator, mention_root, named_with
from .antecedents import government_word, its_body, one_ministry, unit_owners
from .coref import PASSIVE_SUBJ_DEPS, SUBJ_DEPS, of_a_past_post
from .written_lists import names_listed, runs_to_end
from .contract_parties import contract_givers
from .clause_subjects import agreeing_head, described_name, first_conjunct, kind_fit, named_before_comma, relative_head
from .participles import object_before_comma
from .phrases import name_after_prep
from .pipeline import lemma_candidates
from .place_councils import for_several_places, kind_bodies, named_before_post
from .posts import PAST, employers, headline_body, written_as_office
from .structure import is_money
from .unnamed_posts import bodies as _bodies, own_post_body, post_named_before, subject_posts_body

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

    from ..model import Relation
    from ..vocab.lexicon import RelationSpec, StructureRules
    from .mentions_base import Mention
    from .relations import RelationReader


def passive_agents(reader: RelationReader, verb: Token, spec: RelationSpec, passive: bool) -> list:
    """Who did what a trigger verb states: its 'by' phrase; in the passive, a 'by' on an infinitive below it
    ('was ordered to pay £X by Y') or on the noun of its prepositional phrase ('was issued with a penalty
    notice by Y'), else the relation's other agent prepositions, on the verb or the sum
    ('was awarded £2m from Y', kg:agentPreposition)."""
    agents = by_phrase(reader, verb) or (reader._prep_objects(verb, {"by"}) if passive else []) or (  # ('… and fined £5,000 by Y',
        by_phrase(reader, verb.head) if passive and verb.dep_ == "conj" else [])  # (or the passive's it joins: 'fined by Y and banned')
    if passive and not agents:  # 'by' parsed a preposition; 'issued with a penalty notice by Y', 'given a rating by Y': on a noun
        nouns = [x for p in reader._children(verb, {"prep"}) if p.lower_ == "with"  # not 'following prosecution by X'
                 for x in reader._children(p, {"pobj"})]  # ('appointed to the position of minister by Y': 'by' on the post's noun)
        held = set(reader.structure.structural.get("role-agent", {}).get("post_nouns", ()))
        posts = [x for p in reader._children(verb, {"prep"}) if p.lower_ == "to" for x in reader._children(p, {"pobj"}) if x.lemma_.lower() in held]
        agents = [m for x in reader._children(verb, {"xcomp"}) for m in reader._prep_objects(x, {"by"})] or [
            m for x in [*reader._children(verb, {"dobj", "dative", "npadvmod"}), *nouns] if _own_noun(x, spec)
            for y in (x, *(a for a in x.children if a.lower_ == "worth")) for m in reader._prep_objects(y, {"by"})] or [  # ('a contract worth £5m by Y')
            m for x in posts for m in reader._prep_objects(x, {"by"})] or [m for p in reader._children(verb, {"prep"}) if p.lower_ in {"of", "for", "from"}
            for g in reader._children(p, {"pcomp"}) if g.tag_ != "VBN" and not any(a.dep_ == "auxpass" for a in g.children) for m in reader._prep_objects(g, {"by"})] or [  # ('accused of being X by Y', 'banned from teaching by Y')
            m for x in nouns for y in [x, *reader._children(x, {"appos"})] if _own_noun(y, spec)  # ('hit with a £9m fine from Y',
            for m in reader._prep_objects(y, {"from"})]  # 'a record £9m fine' parsed 'a record, … fine')
    if (passive or verb.dep_ == "acl" and verb.tag_ == "VBN") and not agents and spec.agent_preps:  # (or 'X, funded through Y,')
        agents = [m for x in [verb, *reader._children(verb, {"dobj", "npadvmod", "dative"}), *(  # ('supported by funding from Y')
            g for a in reader._children(verb, {"agent"}) for g in reader._children(a, {"pobj"}))] for m in reader._prep_objects(x, spec.agent_preps)]
    if passive and not agents and spec.predicate in reader.structure.structural.get("scheme-agent", {}).get("predicates", ()):
        agents = _scheme_owner(reader, verb)
    return agents


def turned_round(reader: RelationReader, verb: Token, passive: bool) -> tuple[list, list] | None:
    """'X is owned by Y', 'X, owned by Y,', 'X, which is owned by Y': a 'by' phrase turns an inverse trigger round, its
    subject (or the name the participle describes, through a describing noun: 'X, a radio station run by Y'; or the main
    clause's subject after a fronted participle: 'Owned by Y, X will …') being the relation's subject and the 'by' phrase
    its object; None where there is no 'by' phrase ('X is comprised of A and B' keeps its order)."""
    fronted = verb.dep_ == "advcl" and verb.tag_ == "VBN" and (verb.i < verb.head.i or reader.doc[verb.i - 1].text == ",")  # 'Owned by Y, X will …', 'X opened, run by Y'
    right = [(x, False) for x in [reader.tok2ment.get(verb.i - 1)] if verb.dep_ == "advcl" and verb.tag_ == "VBN" and x is not None
             and x.entity is not None and x.end == verb.i]  # ('received £1m from the X Fund run by Y': the name right before it)
    fronted = fronted or bool(right)
    described = (top := first_conjunct(verb)).dep_ == "acl" or (verb.dep_ == "parataxis" and verb.tag_ == "VBN" and verb.head.pos_ in {"PROPN", "NOUN"})  # ('X (run by Y)', 'X, provided and run by Y,')
    if not (owners := by_phrase(reader, verb) if passive or described or fronted else []):
        return None
    said = reader._children(verb, PASSIVE_SUBJ_DEPS)
    parts = [m for c in said if c.lower_ not in reader.structure.relative_pronouns for m in reader.mentions_for(c)] or (
        reader.mentions_for(relative_head(reader, agreeing_head(reader, top))) if top.dep_ == "relcl" else  # ('X, which is funded by Y and hosted by Z')
        (named_before_comma(reader, verb) or kind_fit(reader, top.head if top.dep_ == "acl" else verb.head, reader.mentions_for(
            described_name(top.head if top.dep_ == "acl" else verb.head, reader.rules.context_words)))) if described else
        (right or named_before_comma(reader, verb) or (described if (described := object_before_comma(reader, verb)) is not None else [  # ('placed
            m for c in reader._children(verb.head, SUBJ_DEPS) for m in reader.mentions_for(c)])) if fronted else [])  # the home, run by Y, in …')
    return [p for p in parts if all(p[0].entity is not o[0].entity for o in owners)], owners  # (not 'services, run by A and B' read as A and B)


def listed_parts(reader: RelationReader, verb: Token) -> list:
    """'X comprises A and B', 'X is made up of A, B and C', 'Y, which X owns', 'Y, a company X owns': the parts (all_listed)."""
    parts = [m for c in reader._children(verb, {"dobj"}) for m in reader.mentions_for(  # (a relative's antecedent: 'Y, which X owns')
        relative_head(reader, verb.head) if c.lower_ in reader.structure.relative_pronouns and verb.dep_ == "relcl" else c)] or [
        m for x in (verb, *reader._children(verb, {"prt"})) for m in reader._prep_objects(x, {"of"})] or [  # ('made up | of'; no relative word:
        m for m in reader.mentions_for(relative_head(reader, verb.head)) if verb.dep_ == "relcl" and not reader._children(verb, {"dobj", "prep"})]  # 'Y, a company X owns')
    return all_listed(reader, parts)


def all_listed(reader: RelationReader, found: list) -> list:
    """Every name listed from the first one found to the sentence's end, when the list runs there; else what was found."""
    first = found[0][0] if found and not found[0][1] else None
    listed, end = names_listed(reader.doc, first.start, reader.sent.end, reader.tok2ment) if first is not None else ([], 0)
    return [(m, False) for m in listed] if len(listed) > len(found) and runs_to_end(reader.sent, end) else found


def by_phrase(reader: RelationReader, verb: Token) -> list:
    """The names in a verb's passive 'by' phrase (its 'agent' dependent)."""
    return [m for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj" for m in reader.mentions_for(p)]


def _scheme_owner(reader: RelationReader, verb: Token) -> list:
    """'X received £2m as part of Y's £50m Support Scheme': the scheme's owner gave it (or the
    scheme itself, when the words name no owner; patterns.json 'scheme-agent'). The owner is read from the
    words ("Y's", a sum between), since the parser hangs such a phrase in many ways."""
    doc, out = reader.doc, []
    schemes = {id(m.entity): m for a in reader._children(verb, {"prep"}) if a.lower_ == "as"
               for p in reader._children(a, {"pobj"}) if p.lower_ == "part"
               for i in range(p.i + 1, reader.sent.end) if (m := reader.tok2ment.get(i)) is not None
               and m.entity is not None and m.entity.type == "Programme"}
    for m in list(schemes.values())[:1]:
        k = m.start - 1
        while k > reader.sent.start and (doc[k].ent_type_ == "MONEY" or doc[k].is_currency or doc[k].like_num
                                         or doc[k].lower_.rstrip(".") in SCALE_WORDS):
            k -= 1
        owner = reader.tok2ment.get(k - 1) if doc[k].text in {"'s", "’s"} else None
        out.append((owner if owner is not None and owner.entity is not None and owner.entity.type == "Organisation" else m, True))
    return out


def _own_noun(tok: Token, spec: RelationSpec) -> bool:
    """A noun the relation's own words name ('a penalty notice', 'a rating') or its sum ('fined a record £14m by X'):
    its 'by' phrase is the relation's agent; another event's is not ('fined £80,000 following prosecution by X')."""
    words = {tok.lemma_.lower(), tok.lower_} | {c.lemma_.lower() for c in tok.children if c.dep_ == "compound"}
    own = {t.head for t in spec.triggers if t.nominal} | {w for t in spec.triggers for w in t.extra}
    return bool(words & own) or tok.ent_type_ == "MONEY" or any(  # ('a total of £80,000 by X')
        p.lower_ == "of" and c.ent_type_ == "MONEY" for p in tok.children for c in p.children)


def role_agents(reader: RelationReader, verb: Token, spec: RelationSpec) -> list:
    """Who made an appointment the passive (or a subjectless 'a motion to appoint X as Y's new chief executive')
    leaves unsaid: the body in the role phrase ('appointed chief executive of X', 'named interim director of
    adult services at X', 'appointed to the board of X'), or the body that announced it ('X has announced
    that Jo Bloggs had been named its new chief executive', "X's announcement that Jo Bloggs has been promoted
    to …"; patterns.json 'role-agent', 'nominal-carrier')."""
    structural, role = reader.structure.structural, reader.structure.structural.get("role-agent", {})
    if spec.predicate not in role.get("predicates", ()):  # ('X confirmed that Y had been allocated £5m': X funded Y)
        return announcer(reader, verb) if spec.predicate in role.get("announced_predicates", ()) else []
    bodies = post_bodies(reader, verb, role)
    several = for_several_places(bodies)  # (a post for several places: they appoint no one)
    found = [o for b in bodies if (b[0].entity is None or b[0].text == b[0].entity.name or not written_as_office(reader, b[0]))  # (not an office named
             and not (several and getattr(b[0].entity, "type", None) == "Place") for o in unit_owners(reader, b) or [b]]  # as the post: 'as Chief Inspector of …')
    governing = {w.lower() for w in structural.get("announced-appointee", {}).get("governing_bodies", ())} | set(
        role.get("appointing_members", ()))  # (a body's own board, or the kind of body the role names, appoints for it)
    by = [a for v in (verb, *reader._children(verb, {"oprd", "attr"})) for a in v.children if a.dep_ == "agent" or v is not verb and a.lower_ == "by"]
    other = [c for c in [*(c for v in (verb, *[verb.head][:verb.dep_ in {"dobj", "xcomp"}]) for c in v.children), *(p for a in by for p in a.children)]
             if c.dep_ in {"nsubj", "pobj"} and c.pos_ in {"NOUN", "PROPN"} and c.i not in reader.tok2ment and not (c.lemma_.lower() in governing and not any(
                 g.dep_ == "amod" or g.dep_ == "compound" and reader.rules.context_words.get(g.lower_) != "Organisation" for g in c.children))
             and not any(c.lemma_.lower() in b[0].text.lower() for b in found)]  # (its own board, not 'the integrated care board', nor 'by' on the post)
    # ('The ICS has appointed X as lead for the Kelby ICP', 'by the Secretary of State': the doer unnamed, or a post at a body: 'The Mayor of X …')
    return subject_posts_body(reader, verb) if other else found or announcer(reader, verb) or resolving_body(reader, verb)


def announcer(reader: RelationReader, verb: Token) -> list:
    """The body that announced what a passive clause says was done ('X has announced that Y had been named …', "X's
    announcement that Y has been promoted …", or after it: 'Y will receive £5m, X announced'; patterns.json 'nominal-carrier')."""
    carrier, said = reader.structure.structural.get("nominal-carrier", {}), verb.head
    verbs = verb.dep_ == "ccomp" and said.lemma_ in set(carrier.get("verbs", ()))  # (or "X's announcement that …")
    nouns = verb.dep_ in {"acl", "ccomp"} and said.lemma_.lower() in set(carrier.get("nouns", ()))
    if verbs or nouns:
        return _bodies(reader, reader._children(said, {"nsubj", "csubj"} if verbs else {"poss"}))
    after = [c for c in verb.children if c.dep_ in {"conj", "parataxis", "ccomp", "advcl"} and c.i > verb.i and c.lemma_ in set(carrier.get("verbs", ()))
             and reader.doc[c.left_edge.i - 1].text == "," and not reader._children(c, {"dobj", "ccomp", "xcomp"})]  # ('X will get £5m, Y announced')
    return _bodies(reader, [s for c in after for s in reader._children(c, {"nsubj"})])


def set_off_participles(verb: Token) -> list[Token]:
    """'brought in Y, seconded from Z, as its director': a participle set off by commas right after the verb's object,
    which the parser hung on the verb (and with it the 'as' of the post the object takes)."""
    objects = [c.i for c in verb.children if c.dep_ == "dobj"]
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ in {"VBN", "VBD"} and verb.doc[c.i - 1].text == ","
            and c.i - 2 in objects]


def resolving_body(reader: RelationReader, verb: Token) -> list:
    """'RESOLVED: That (1) Jo Bloggs be appointed as Interim Chief Executive', 'Resolved to: Appoint Jo Bloggs as …': in a
    body's minutes, a resolution's appointment is made by the body the page is of, the one its headline names."""
    if not any(t.text in {"RESOLVED", "Resolved"} and (t.i == 0 or "\n" in reader.doc[t.i - 1].text_with_ws) for t in reader.doc[:verb.i]) \
            or (body := headline_body(reader)) is None:
        return []  # (a minute's resolution opens its line: not 'the dispute was resolved')
    return [(body, True)]


def appointee_posts(reader: RelationReader, verb: Token, spec: RelationSpec, objects: list) -> Iterator[Relation]:
    """A person appointed to a post at a body is part of it: 'Y appointed Jo Bloggs as interim chair of X', 'Jo Bloggs has
    been named chief executive of X' (the post's body, as role_agents reads it; patterns.json 'role-agent' 'posts_held')."""
    role = reader.structure.structural.get("role-agent", {})
    held = reader.specs.get(role.get("posts_held", ""))
    people = [m for m in objects if m[0].entity is not None and m[0].entity.type == "Person"]
    if held is None or spec.predicate not in role.get("predicates", ()) or not people:
        return
    yield from reader.emit(held, verb, people, post_bodies(reader, verb, role) or resolving_body(reader, verb), "appointed-post")


def nominal_appointee_posts(reader: RelationReader, noun: Token, spec: RelationSpec, subjects: list, objects: list) -> Iterator[Relation]:
    """'X announced the appointment of Jo Bloggs as interim chief executive': the appointee of a nominal appointment
    holds the post at the body its 'as' phrase names, or, named bare ('own_posts'), at the appointing body (at its
    owner, where that is a committee or board of it: patterns.json 'unit-of' 'heads')."""
    role = reader.structure.structural.get("role-agent", {})
    held = reader.specs.get(role.get("posts_held", ""))
    people = [m for m in objects if m[0].entity is not None and m[0].entity.type == "Person"]
    if held is None or spec.predicate not in role.get("predicates", ()) or not people:
        return
    bodies = post_bodies(reader, noun, role)
    roles = [p for h in [noun, *(mention_root(reader.doc, m[0]) for m in people)] for c in reader._children(h, {"prep"})
             if c.lower_ == "as" for p in reader._children(c, {"pobj"})]
    bodies = bodies or [m for r in roles for m in reader._prep_objects(r, set(role.get("prepositions", ())))]  # ('as' hung on the appointee)
    if not bodies and any(t.lower_ in set(role.get("own_posts", ())) for r in roles for t in r.subtree) \
            and not any(t.i in reader.tok2ment for r in roles for t in r.subtree):
        units = set(reader.structure.structural.get("unit-of", {}).get("heads", ()))
        bodies = [o for s in subjects if s[0].entity is not None and s[0].entity.type == "Organisation"
                  for o in ([x for c in reader._children(mention_root(reader.doc, s[0]), {"poss"}) for x in reader.mentions_for(c)]
                            if s[0].entity.name.split()[-1] in units else []) or [s]]  # "X's appointments committee": X's post
    yield from reader.emit(held, noun, people, bodies, "appointed-post")


def post_bodies(reader: RelationReader, verb: Token, role: dict) -> list:
    """The body of the post an appointment verb names ('chief executive of X', 'as X's new director', 'to the board of X'; not 'Y of Z as …')."""
    held_as = [p for v in [verb, *reader._children(verb, {"xcomp", "dobj"}), *set_off_participles(verb)]  # 'as chief executive of X'
               for c in reader._children(v, {"prep"}) if c.lower_ == "as" for p in reader._children(c, {"pobj"})]
    roles = [c for c in reader._children(verb, {"oprd", "attr", "xcomp", "dobj", "npadvmod"}) if not (held_as and c.dep_ == "dobj")] + held_as + [
        a for h in held_as for a in h.children if a.dep_ == "amod" and a.i == h.i + 2 and reader.doc[h.i + 1].text == "-"]  # ('as director-general of X')
    found = [m for c in roles if not (c.dep_ == "dobj" and PAST & {t.lower_ for t in c.subtree})  # ('Y, previously chief officer at Z,')
             for m in reader._prep_objects(c, set(role.get("prepositions", ()))) if not (  # (not 'as its director
        m[0].entity.type == "Place" and any(p.lower_ == "its" for p in reader._children(c, {"poss"})))] or _bodies(  # for Wales': a remit)
        reader, [p for c in roles for p in reader._children(c, {"poss"})]) or [  # "named as X's new director", 'approved as the
        x for c in roles if c.dep_ != "dobj" for x in named_before_post(reader, c)]  # new Orton Council chief executive'
    found = found or own_post_body(reader, verb, roles, set(role.get("own_posts", ())))
    found = found or post_named_before(reader, verb, set(role.get("post_nouns", ())))  # 'appointed to the role': the one before
    held = set(role.get("post_nouns", ()))  # 'appointed to the role of chief executive at X', 'to the board of X', or to X itself
    found = found or [m for c in reader._children(verb, {"prep"}) if c.lower_ == "to" for p in reader._children(c, {"pobj"}) for m in (
        employers(reader, p, set(role.get("prepositions", ()))) or [x for g in reader._children(p, {"poss"}) for x in (its_body(reader, g) if g.lower_ == "its" else _bodies(reader, [g]))]
        if p.lemma_.lower() in held else _bodies(reader, [p]))]  # ('to its board', "to Y's board")
    if not found and roles:  # 'named interim director of adult services at X': 'at X' hangs off the verb
        found = reader._prep_objects(verb, set(role.get("verb_prepositions", ())))
    if not found:  # "appoint X as | Y's new chief executive" with the post parsed away from 'as': read the words
        owners = [m for c in reader._children(verb, {"prep"}) if c.lower_ == "as" and not reader._children(c, {"pobj"})
                  and (m := name_after_prep(reader, c.i, {"as"})) is not None and m.end < len(reader.doc)
                  and reader.doc[m.end].text in {"'s", "’s"} and m.entity.type == "Organisation"]
        found = [(m, False) for m in owners]
    return kind_bodies(reader, found, roles)  # ('chief constable of Norfolk': the place's police force)


def inverse_agents(reader: RelationReader, verb: Token, nouns: frozenset[str] = frozenset(), depth: int = 4, preps: frozenset[str] = frozenset()) -> list:
    """Who gave what the subject of an inverse trigger received: a 'from' or 'by' phrase (or 'to' on a 'payee-verbs' verb or
    its object: 'paid a penalty/settlement to X') on the verb or a few levels below ('came under fire from X', 'paid a fine
    imposed by X'; or the relation's agent prepositions: 'X has been in place at Y'), else a body naming the relation's noun there ('received £5m of DfE funding'), owning a scheme or fund there (patterns.json
    'money-sources': 'received £25,000 from Y's community grants scheme') or a fund the sum is part of ('£60m of the X Fund'); not a cited source ('according to figures from Y')."""
    out, named, frontier, paying = [], [], [verb], set(reader.structure.structural.get("payee-verbs", {}).get("verbs", ()))
    owned = set(nouns) | set(reader.structure.structural.get("money-sources", {}).get("nouns", ()))  # ("from Y's grants scheme": Y)
    cases = set(reader.structure.structural.get("money-sources", {}).get("case_nouns", ()))  # ('in a case brought by X': X prosecutes)
    for _ in range(depth + 1):
        out += [m for t in frontier for m in reader._prep_objects(t, {"from", "by", *preps, *(
            ("to",) if {t.lemma_, t.dep_ == "dobj" and t.head.lemma_} & paying else ())})] + [
            m for t in frontier if t.dep_ == "acl" for m in by_phrase(reader, t)] + [m for t in frontier for m in contract_givers(reader, t)]
        named += _bodies(reader, [c for t in frontier if (t.lemma_.lower() in owned or t.lower_ in owned)
                                  for c in t.children if c.dep_ in {"compound", "poss"}])
        named += [m for t in frontier if t.ent_type_ == "MONEY" for m in reader._prep_objects(t, {"of"}) if m[0].entity is not None
                  and m[0].entity.name.endswith(tuple(reader.structure.structural.get("implied-funder", {}).get("name_heads", ())))]
        frontier = [c for t in frontier for c in t.children if c.dep_ in {"prep", "pobj", "dobj", "attr", "npadvmod"} and c.lower_ != "according" or c.dep_ == "conj" and c.ent_type_ == "MONEY"
                    or (c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ != "follow" and t.lemma_.lower() not in cases)] + [  # ('paid a fine imposed by X', no rank's 'followed
            g for t in frontier for c in t.children if c.dep_ == "pcomp" for g in c.children if g.dep_ == "pobj"]  # by Y'; 'a rating of Good | following an inspection by X')
    return [m for m in out if m[0].entity is None or "to" not in {t.lower_ for t in reader.doc[max(m[0].start - 2, 0):m[0].start]} or not named_with(
        m[0].entity, reader.structure.structural.get("payee-verbs", {}).get("purse_heads", ()))] or named  # (not one paid into the public purse)


def money_from(doc: Doc, m: Mention, nouns, receiving=()) -> bool:
    """'the £35m investment from X', 'funding from X', 'a share of £6.9m from X', 'a fund set up by X', 'were awarded
    funding by X', 'X funding of £900k', 'will receive £11m from X' (*receiving* verbs), '£120,000 of X funding' (read from
    the words, which the parser may split at a comma in the name): the name is where the money comes from (a funder the
    article implies)."""
    if m.end < len(doc) and doc[m.end].lemma_.lower() in nouns and (mention_root(doc, m).head.i == m.end or (
            m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].ent_type_ == "MONEY")):
        return True
    k = m.start - (1 + (m.start > 0 and doc[m.start - 1].lower_ == "the"))
    if k <= 0 or doc[k].lower_ not in {"from", "by"}:
        return False
    head = doc[k].head  # ('funding by Y' hung on the noun, or on the verb whose object the money is; '£6.9m from Y')
    return head.lemma_.lower() in nouns or (doc[k].lower_ == "from" and head.pos_ in {"NOUN", "SYM"} and is_money(head, anywhere=True)) or (doc[k].lower_ == "by" and head.pos_ == "VERB" and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in nouns for c in head.children)) or (
        doc[k].lower_ == "by" and head.dep_ == "acl" and head.head.lemma_.lower() in nouns) or (
        doc[k].lower_ == "from" and head.lemma_.lower() in receiving and any(
            c.dep_ == "dobj" and is_money(c, anywhere=True) for c in head.children))


def gives_money(doc: Doc, m: Mention, verbs, nouns, funding=()) -> bool:
    """'X has awarded £5bn to 31 housing associations', 'X is investing £2m': the name gives a sum (or funding)
    as the subject of a giving verb, so it is where the article's money comes from; so does the subject of a
    *funding* verb, whatever it funds ('X has funded 83 projects')."""
    return _gives(mention_root(doc, m), verbs, nouns, funding)


def _gives(root: Token, verbs, nouns, funding=()) -> bool:
    return root.dep_ == "nsubj" and (root.head.lemma_.lower() in funding or root.head.lemma_.lower() in verbs and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in nouns or is_money(c, anywhere=True))
        for c in root.head.children))


def implied_agents(doc: Doc, tok2ment: dict[int, Mention], structure: StructureRules,
                   verbs=None) -> tuple[list[Mention], dict[str, Mention]]:
    """The article's regulators (each at its first mention), and for each predicate the agent an agentless
    statement of it implies: the one regulator (or, of several, the one in the headline; an ombudsman named besides it
    not counted for fines and inspections, 'not_by_redress') for fines and inspections
    (not for fines in a story that names a court, which fines where the regulator prosecutes), the one grant-maker
    for grants — a known one, or the one body the article names as where money comes from ('the £35m investment from
    X') (patterns.json 'implied-agent', 'implied-funder')."""
    named = first_mentions(tok2ment, lambda e: is_regulator(e, structure.regulators) and not all(of_a_past_post(doc[x.end - 1]) for x in tok2ment.values() if x.entity is e))  # (not one only named for a post held there before)
    headlined = {id(m.entity) for i, m in tok2ment.items() if i < headline_end(doc) and m.entity is not None}
    regulators = named if len(named) == 1 else [m for m in named if id(m.entity) in headlined]  # (else the headline's)
    regulators = regulators if len(regulators) == 1 else []
    enforcing = [m for m in named if not orders_redress(m.entity, structure)]  # (an ombudsman named too neither fines nor inspects)
    agent_rule, funding = structure.structural.get("implied-agent", {}), structure.structural.get("implied-funder", {})
    known_funders = {f.casefold() for f in funding.get("known", ())}
    grant_maker = lambda e: any(e.name.endswith(f" {h}") for h in funding.get("name_heads", ())) or e.name.casefold() in known_funders  # noqa: E731
    nouns, givers = funding.get("source_nouns", ()), (*funding.get("giving_verbs", ()), *funding.get("setting_verbs", ()))
    sources = {id(m.entity) for m in tok2ment.values() if m.entity is not None
               and (money_from(doc, m, nouns, funding.get("receiving_verbs", ())) or gives_money(doc, m, givers, nouns, funding.get("funding_verbs", ())))}
    governing = structure.structural.get("governments", {})  # ('The Government has provided £21m', one ministry named)
    if (ministry := one_ministry(tok2ment, governing)) is not None and any(
            t.lower_ == "government" and government_word(t, governing) and _gives(t, givers, nouns, funding.get("funding_verbs", ())) for t in doc_tokens(doc)):
        sources.add(id(ministry.entity))
    funders = (the_one(tok2ment, grant_maker) or the_one(tok2ment, grant_maker, {"Programme"})  # a body before its fund
               or the_one(tok2ment, lambda e: id(e) in sources, {"Organisation", "Programme"}))
    court = any(m.entity is not None and m.entity.type == "Organisation" and m.entity.name.split()[-1] in agent_rule.get("court_heads", ())
                for m in tok2ment.values())
    not_here = set(agent_rule.get("not_with_courts", ())) if court else set()
    not_here |= {p for p in agent_rule.get("predicates", ())
                 if regulators and _undergoes(doc, tok2ment, regulators[0], p, verbs or {})}
    acting = {p: enforcing if len(enforcing) == 1 and p in agent_rule.get("not_by_redress", ()) else regulators for p in agent_rule.get("predicates", ())}
    implied = {**{p: doers[0] for p, doers in acting.items() if doers and p not in not_here},
               **{p: funders[0] for p in funding.get("predicates", ()) if funders}}
    return named, implied


def _undergoes(doc: Doc, tok2ment: dict[int, Mention], regulator: Mention, predicate: str, verbs) -> bool:
    """'The Kelby Regulator has itself been fined': a regulator that is itself the passive subject of a
    predicate's verb somewhere in the article is no implied agent of that predicate's agentless statements."""
    for m in {id(m): m for m in tok2ment.values() if m.entity is regulator.entity}.values():
        root = mention_root(doc, m)
        if root.dep_ in PASSIVE_SUBJ_DEPS and any(t.predicate == predicate and not t.inverse and not t.nominal
                                                  for lemma in lemma_candidates(root.head) for t in verbs.get(lemma, ())):
            return True
    return False


def orders_redress(entity, structure: StructureRules) -> bool:
    """A body that cannot fine, whose orders to pay are redress for a complainant (an ombudsman: patterns.json
    'redress')."""
    return named_with(entity, structure.structural.get("redress", {}).get("heads", ()))


def own_body(doc: Doc, tok2ment: dict[int, Mention], publisher: str | None) -> Mention | None:
    """The body whose own page the article is, that its 'we' and 'our' stand for: the site a headline named as
    its suffix, else a body named alone on a line among the first few ('Sport England' (or 'From: Sport England')
    under the headline of its own news release)."""
    firsts = first_mentions(tok2ment, lambda e: e.type == "Organisation")
    if publisher:
        return next((m for m in firsts if m.entity.name.casefold() == publisher.casefold()), None)
    for sent in islice(doc.sents, 1, 4):
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        words = words[1:] if len(words) > 1 and words[0].lower_ == "from" and words[0].nbor().text == ":" else words
        m = tok2ment.get(words[0].i) if words else None
        if m is not None and m.entity is not None and m.entity.type == "Organisation" and (m.start, m.end) == (words[0].i, words[-1].i + 1):
            return next((f for f in firsts if f.entity is m.entity), m)
    return None


def partnered_sum(reader: RelationReader, verb: Token, spec) -> bool:
    """'X will also receive £1.5m of co-funding through a partnership with Y': the sum comes through another body the
    verb's words name (patterns.json 'implied-funder' 'partner_preps'), not from the article's one funder."""
    rule = reader.structure.structural.get("implied-funder", {})
    preps = set(rule.get("partner_preps", ())) if spec.predicate in rule.get("predicates", ()) else set()
    clauses = {t.i for c in verb.children if c.dep_ in {"advcl", "conj"} and c.pos_ in {"VERB", "AUX"} for t in c.subtree}  # (not
    return any(t.dep_ == "prep" and t.lower_ in preps and t.i not in clauses and any(  # '…, working with Y': who it works with)
        m.entity is not None and m.entity.type == "Organisation" for m, _ in reader._prep_objects(t.head, {t.lower_})) for t in verb.subtree)


def receives(reader: RelationReader, verb: Token, spec, agent: Mention) -> bool:
    """'… to be invested to the X Fund': the article's one funder (or regulator) named after the verb's own preposition
    for what it acts on is the one acted on, no agent of the verb."""
    return any(m.entity is agent.entity for m, _ in reader._prep_objects(verb, spec.object_preps))


def said_words(verb: Token) -> set[str]:
    """A verb's words and its passive subject's ('a warning was issued'), for the words a rule is implied only after."""
    return {verb.lemma_.lower(), verb.lower_} | {c.lemma_.lower() for c in verb.children if c.dep_ in PASSIVE_SUBJ_DEPS}


def post_noun(reader: RelationReader, noun: Token) -> bool:
    """A post's noun ('X, an interim manager appointed by Y': a person's post, never the body X)."""
    return noun.lemma_.lower() in set(reader.structure.structural.get("role-nouns", {}).get("words", ()))


def first_mentions(tok2ment: dict[int, Mention], kind, types=frozenset({"Organisation"})) -> list[Mention]:
    """The article's bodies of a kind (its regulators, its funders) among names of the given types, each at its
    first mention, in the order the article names them."""
    by_entity: dict[int, Mention] = {}
    for i in sorted(tok2ment):
        m = tok2ment[i]
        if m.entity is not None and m.entity.type in types and kind(m.entity):
            by_entity.setdefault(id(m.entity), m)
    return list(by_entity.values())


def the_one(tok2ment: dict[int, Mention], kind, types=frozenset({"Organisation"})) -> list[Mention]:
    """The article's one body of a kind: its first mention, or [] when it names none or several."""
    found = first_mentions(tok2ment, kind, types)
    return found if len(found) == 1 else []
