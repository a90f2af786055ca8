"""Nominal triggers: a relation stated by a noun ('the ICO's fine on X', 'an inspection of Y', 'a partnership
between A and B', 'X announced the appointment of Y'), its subject read from the noun's owner, the verb that
carries it or the article's implied agent. Imports vocab, model and extract.agents, extract.posts (words of the past), extract.clause_subjects (a relative
clause's head), extract.outcomes (a sanction that came out of an investigation), extract.phrases, extract.structure,
extract.pipeline (a verb's lemmas) and extract.mentions_base; the reader (extract.relations)
is passed in.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .agents import all_listed, nominal_appointee_posts, post_bodies
from .antecedents import announcing_body, possessor_body
from .clause_subjects import AS_COPULAS, relative_head
from .outcomes import object_on_agent, outcome_of_work
from .mentions_base import DASHES, headline_end, mention_root, sole_body
from .phrases import SUBJ_DEPS
from .posts import PAST
from .pipeline import lemma_candidates
from .structure import clause_doers, is_sum

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Relation
    from ..vocab.lexicon import RelationSpec
    from .relations import RelationReader


def nominal_relations(reader: RelationReader, noun: Token, spec: RelationSpec) -> Iterator[Relation]:
    """Nominal triggers: 'the ICO's fine on X', 'X is part of Y', 'X, a member of Y', 'a partnership between A and B' (or
    'of A and B', two or more named); not one said to be over ('the council's previous arrangement with X')."""
    if any(c.dep_ == "amod" and c.lower_ in PAST for c in noun.children):
        return
    if spec.symmetric:  # 'a partnership between A and B', 'a partnership has been announced between A and B'
        between = reader._prep_objects(noun, {"between"}) or (  # (or 'a partnership deal between A and B')
            reader._prep_objects(noun.head, {"between"}) if noun.dep_ in {"nsubj", "nsubjpass", "compound"} else []) or [
            x for p in reader._children(noun, {"prep"}) if p.lower_ == "of" and not reader._prep_objects(noun, {"of"})  # ('a memorandum
            for o in reader._children(p, {"pobj"}) for x in reader._prep_objects(o, {"between"})]  # of understanding between A and B')
        between = between or [x for x in reader._prep_objects(noun, {"of"}) if x[0].entity is not None]  # ('the merger of A and B')
        groups = [between] if len(between) > 1 else [g for g in _comprised(reader, noun) if len(g) > 1]  # ('a partnership comprising A and B')
        for group in groups:
            for k in range(len(group) - 1):  # (each with each: 'a collaboration between A, B and C')
                yield from reader.emit(spec, noun, group[k:k + 1], group[k + 1:], "nominal")
        if groups:
            return
    if (noun.lemma_ or noun.lower_).lower() in spec.agent_nouns:
        yield from reader.emit(spec, noun, *_agent_noun_ends(reader, noun, spec), "agent-noun")  # 'X is the main funder of Y'
        return
    if (adjunct := _funding_adjunct(reader, noun, spec) or _money_from(reader, noun, spec) or outcome_of_work(reader, noun, spec)
                   or _listed_members(reader, noun, spec)) is not None:
        yield from reader.emit(spec, noun, *adjunct, "nominal")  # 'With funding from X, Y will …', 'Its members are A and B'
        return
    # a nominalisation's object follows 'of' ('the appointment of Y', 'an inspection of Y'), as well as the
    # relation's own prepositions; a kind's 'at' is where its people work ('audit partners at the firm')
    kind = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else None  # 'an inspection report of Y'
    payees = set(reader.structure.structural.get("payee-words", {}).get("words", ()))  # ('a penalty (payable to Y)': Y is paid)
    addressed = noun.lemma_.lower() in reader.structure.structural.get("addressed-nouns", {}).get("words", ())  # ('a report to Y': sent to Y)
    objects = reader._prep_objects(noun, set(spec.object_preps) - ({"to"} if addressed else set()) | {"of"}) or [  # ('a venture worth £600m with Y')
        x for a in noun.children if a.dep_ == "amod" and a.lower_ not in payees for t in (a, *(c for c in a.children if c.dep_ == "npadvmod"))
        for x in reader._prep_objects(t, set(spec.object_preps))] or [  # (or on its sum: 'a venture worth up to £500m with Y')
        x for p in reader._children(noun, {"prep"}) if p.lower_ == "of" for o in reader._children(p, {"pobj"})
        for x in reader._prep_objects(o, set(spec.object_preps))] or (  # 'a memorandum of understanding with Y'
        _how_doers(reader, noun)) or object_on_agent(reader, noun) or (  # 'an inspection of how X runs its services', 'by Y into X'
        _summed_for(reader, noun, spec)) or (  # 'a fine of £25,000 for X'
        reader._prep_objects(kind, set(spec.object_preps) - {"at"} | {"of"}) if kind is not None else [])  # (not 'at')
    if not objects and noun.is_title and reader.sent.start < headline_end(reader.doc):  # 'Home Office Launch £25m Kelby Fund':
        objects = [m for c in reader._children(noun, {"appos", "conj"}) if c.i > noun.i for m in reader.mentions_for(c) if not any(
            t.text in DASHES | {"|"} and reader.doc[t.i - 1].whitespace_ for t in reader.doc[noun.i:m[0].start])][:1]  # (a headline's verb
        # parsed as a noun, its object hung on it; not the site's name after ' - ': '… Grants Allocation - Kelby Council')
    if not objects and noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according":  # 'X has failings,
        objects = [m for c in reader._children(noun.head.head.head, SUBJ_DEPS) for m in reader.mentions_for(c)]  # according to an inspection by Y'
    if not objects and spec.rating and noun.dep_ == "nsubj" and noun.head.lemma_ in reader.structure.structural.get("finding-works", {}).get("finding_verbs", ()):
        objects = [m for c in [*noun.head.children, *(g for d in noun.head.children if d.dep_ == "dobj" for g in d.children)]  # ('upheld
                   if c.dep_ in {"ccomp", "acl"} for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}  # complaints that X …'; 'An inspection
                   for m in reader.mentions_for(s) or [x for p in s.children if p.dep_ == "poss" for x in reader.mentions_for(p)]] or [  # by Y found that X's …'
            x for d in [noun.head, *(d for d in noun.head.children if d.dep_ == "dobj")] for x in reader._prep_objects(d, {"in", "at"})]  # ('… found
        # failings in X's services', 'in X' on the noun or on the verb)
    if not objects and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # 'One downgrade is for X', 'The biggest
        objects = [x for x in reader._prep_objects(noun.head, set(spec.object_preps) | {"for"})  # fine was for Y'
                   if x[0].entity is not None and x[0].entity.type in spec.object_types]
    objects = [o for o in objects if not _where_spent(reader, o[0])] or _unnamed_inspected(reader, noun, spec)
    role = reader.structure.structural.get("role-agent", {})  # "Jo Bloggs's appointment as chief executive of X": X appointed the possessor
    if spec.predicate in role.get("predicates", ()) and any(p.lower_ == "of" and p.dep_ == "prep" for p in noun.children):
        going = reader._prep_objects(noun, set(spec.object_preps) - {"of"})
        objects = [o for o in objects if o not in going]  # ('the appointment of
        # Y to X': X is where Y goes, not whom it names)
    subjects = [m for c in [*noun.children, *(kind.children if kind is not None else ())]
                if c.dep_ in {"poss", "compound", "amod"} and c is not noun for m in reader.mentions_for(c)]
    if not objects and spec.predicate in role.get("predicates", ()) and subjects and all(getattr(s[0].entity, "type", "") == "Person" for s in subjects):
        subjects, objects = post_bodies(reader, noun, role), subjects
    if not objects and subjects and not spec.symmetric and (by := reader._prep_objects(noun, {"by"})):
        subjects, objects = by, subjects  # 'the X Prospectus launch by Y', 'the X grant by Y': the name before is what Y did it to
    if not objects and spec.predicate in reader.structure.structural.get("owner-object", {}).get("predicates", ()):
        subjects, objects = _owner_and_doer(reader, noun, subjects)  # "Kelby Council's Ofsted inspection"
    if not subjects and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children):
        subjects = _owner_subjects(reader, noun)  # 'X has renewed its partnership with Y'
        if spec.symmetric and not objects and len(subjects) > 1:  # 'A and B have strengthened their partnership'
            subjects, objects = subjects[:1], subjects[1:]
        if not objects and spec.predicate in reader.structure.structural.get("implied-funder", {}).get("predicates", ()) and not any(
                p.lower_ == "to" for t in (noun, *[noun.head][:noun.dep_ == "dobj"]) for p in reader._children(t, {"prep"})):  # (not
            # 'cuts its grants to voluntary groups': its own gifts)
            objects, subjects = subjects, []  # 'X will run a club with their grant of £5,900': X got it, from the funder
    carriers = set(reader.structure.structural.get("nominal-carrier", {}).get("verbs", ()))
    if subjects and not objects and noun.dep_ == "dobj" and carriers.intersection(lemma_candidates(noun.head)):
        objects = reader._prep_objects(noun.head, set(spec.object_preps))  # 'X cut its grant | to Y by £200,000'
    carried = kind if kind is not None else noun  # ('X published an inspection report on Y')
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in {
            *reader.rules.collective_nouns, *reader.structure.structural["nominal-carrier"].get("stage_nouns", ())}:
        carried = noun.head.head  # ('X will fund the first wave of partnerships with A and B', 'X approved the extension of the contract with Y')
    if not subjects and carried.dep_ == "dobj" and carriers.intersection(lemma_candidates(carried.head)):
        # 'X announced the appointment of Y', 'X signed a partnership with Y'
        subjects = [m for c in reader._children(carried.head, SUBJ_DEPS) for m in reader.mentions_for(c)]
        if not subjects:
            subjects, _ = reader._inherited_subjects(carried.head)
        if not subjects and any(c.lower_ in {"they", "it"} for c in reader._children(carried.head, SUBJ_DEPS)):
            subjects = _owner_subjects(reader, noun)  # 'A and B said they are exploring a merger'
            subjects, objects = (subjects[:1], subjects[1:]) if spec.symmetric and not objects else (subjects, objects)
        objects = objects or reader._prep_objects(noun.head, set(spec.object_preps)) or (  # 'set up a venture | with Y'
            reader._prep_objects(carried, set(spec.object_preps)) or reader._prep_objects(carried.head, set(spec.object_preps))
            if carried is not noun and carried is not kind else []) or [  # ('a new round of grants | to Y')
            x for v in reader._children(noun.head, {"advcl"}) if v.lemma_ in reader.structure.structural["nominal-carrier"].get("handing", ())
            for x in reader._prep_objects(v, {"to"})] or _purpose_objects(reader, noun, spec)  # 'X made a donation, paying £5,000 to Y'
        objects = [o for o in objects if not _where_spent(reader, o[0])]  # ('announced funding for services in the UK')
    if not subjects and noun.dep_ == "pobj" and not _a_known_one(reader, noun, spec) and (noun.head.lower_ in {"in", "into", "through", "via", "under", "during"} or (  # 'X, in partnership with Y',
            noun.head.lower_ == "on" and carriers.intersection(lemma_candidates(noun.head.head)))):  # 'entered into a venture', 'embarked on
        # a partnership', 'X added buses through a collaboration with Y', 'X will build it under a contract with Y', 'X found mould during an inspection of Y'
        subjects = _agent_before(reader, noun.head) or clause_doers(reader, next((a for a in noun.head.ancestors if a.pos_ in {"VERB", "AUX"}), noun.head.head))
    if not subjects:
        one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one" else noun
        if one.dep_ == "attr" and one.head.lemma_ in {"be", "become", "remain"}:  # ('X became part of Y', 'X is one of the members of Y')
            subjects = [m for c in reader._children(one.head, SUBJ_DEPS) for m in reader.mentions_for(c)] or (
                reader.mentions_for(relative_head(reader, one.head.head)) if one.head.dep_ == "relcl" and any(  # 'X, which
                    c.lower_ in reader.structure.relative_pronouns for c in reader._children(one.head, SUBJ_DEPS)) else [])  # is part of Y'

        elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_ in AS_COPULAS:  # 'X will operate as
            subjects = [m for c in reader._children(noun.head.head, SUBJ_DEPS) for m in reader.mentions_for(c) if not m[1] or c.tag_ == "NNS"] or (
                reader._inherited_subjects(noun.head.head)[0] if noun.head.head.tag_ == "VBG" else [])  # ('a record of working as partners with Y'); an
            # arm of Y' (X named: 'the new body' may be one the parse did not type as a body; 'the two trusts' are the two named before)
        elif noun.dep_ == "appos" and not ((before := reader.doc[noun.i - 1]).pos_ in {"NOUN", "PROPN"} and before.i not in reader.tok2ment
                                           and not any(c.dep_ == "det" and c.i < before.i for c in noun.children)):  # ('the trading arm of Y')
            subjects = reader.mentions_for(noun.head)  # (not 'Bridgend – Libraries part of X': the libraries are)
    role = reader.structure.structural.get("role-agent", {})  # ('Ofwat approved the appointment of X as chair of Y': Y appoints, the regulator approves)
    if subjects and spec.predicate in role.get("predicates", ()) and carried.dep_ == "dobj" and carried.head.lemma_ in set(reader.structure.structural["nominal-carrier"].get("approving", ())) \
            and (posted := post_bodies(reader, noun, role)) and not {id(m[0].entity) for m in subjects} & {id(m[0].entity) for m in posted}:
        subjects = posted
    rule = "nominal"
    if not subjects and objects and noun.dep_ == "nsubjpass" and carriers.intersection(lemma_candidates(noun.head)):  # ('The inspection
        subjects = [m for a in reader._children(noun.head, {"agent"}) for p in reader._children(a, {"pobj"}) for m in reader.mentions_for(p)]
    if not subjects and objects:  # the noun's own agent ('X has failings, according to an inspection by Y', 'X was fined after an
        subjects = reader._prep_objects(noun, {"by"})  # investigation by Y', 'an investigation by Y into X led to …')
    if not subjects and objects:  # no one named ('an inspection of X's services'): the article's regulator
        subjects, rule = reader._implicit_agents(noun, spec, rule)
    yield from reader.emit(spec, noun, subjects, objects, rule)
    yield from nominal_appointee_posts(reader, noun, spec, subjects, objects)  # ('… the appointment of Y as chief executive')
    payers = [mention_root(reader.doc, o[0]) for o in objects]  # '… and £18,000 for Y', on the fine or on the first payer
    for more in (c for h in [noun, *payers] for c in h.children if c.dep_ == "conj" and is_sum(c, spec, ())):
        yield from reader.emit(spec, more, subjects, _summed_for(reader, more, spec, noun=False), rule)




def inverse_nominal(reader: RelationReader, noun: Token, spec: RelationSpec) -> Iterator[Relation]:
    """Inverse trigger nouns: "X's acquisition of Y", 'X completed its takeover of Y', 'X announced the acquisition of Y':
    the noun's 'of' complement is the relation's subject and its owner (its possessor, or the subject of the verb it is
    the object of) the object."""
    taken = reader._prep_objects(noun, {"of"})
    owners = [m for c in reader._children(noun, {"poss"}) for m in reader.mentions_for(c)]
    if not owners and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children):
        owners = _owner_subjects(reader, noun)
    if not owners and noun.dep_ == "dobj":
        owners = [m for c in reader._children(noun.head, SUBJ_DEPS) for m in reader.mentions_for(c)]
    yield from reader.emit(spec, noun, taken, owners, "nominal")


def _a_known_one(reader: RelationReader, noun: Token, spec: RelationSpec) -> bool:
    """'failings in the local area partnership': 'the' partnership with no partner named is one spoken of, not one the
    clause's doer enters ('in partnership with Y', 'under a contract with Y')."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and not reader._prep_objects(noun, set(spec.object_preps))


def _agent_noun_ends(reader: RelationReader, noun: Token, spec: RelationSpec) -> tuple[list, list]:
    """'X is the main funder of Y', 'X, a funder of Y,', 'Y's funders are A and B', 'Its funders include A', 'The
    principal funders are A and B' (of the body the main clause before is about): a noun for the relation's subject
    (kg.ttl kg:agentNoun) — the doers and what they do it to."""
    whole = _noun_owner(reader, noun, set(spec.object_preps) | {"of"})
    if noun.dep_ == "nsubj" and noun.head.lemma_ in {"be", "include"}:
        doers = _complement_names(reader, noun)
        if not whole and any(c.lower_ == "the" for c in noun.children):
            whole = [(b, True) for b in [announcing_body(reader.doc, noun, reader.tok2ment)] if b is not None]
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        doers = [m for c in reader._children(noun.head, SUBJ_DEPS) for m in reader.mentions_for(c)]
    else:  # (or joined to a post in apposition: 'X, senior fellow at Z and author of Y,')
        top = noun
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        doers = reader.mentions_for(top.head) if top.dep_ == "appos" else []
    return doers, whole


def _listed_members(reader: RelationReader, noun: Token, spec: RelationSpec) -> tuple[list, list] | None:
    """'The members of Y are A, B and C', 'Its members include A and B': a plural trigger noun that is the subject of
    one of the verbs (patterns.json 'listed-members') names the whole and the verb's complement the parts."""
    rule = reader.structure.structural.get("listed-members", {})
    if spec.predicate not in rule.get("predicates", ()) or noun.tag_ != "NNS" or noun.dep_ != "nsubj" \
            or noun.head.lemma_ not in rule.get("verbs", ()):
        return None
    parts, whole = _complement_names(reader, noun), _noun_owner(reader, noun, {"of"}) or _group_before(reader, noun, rule.get("group_heads", ()))
    if not (parts and whole):
        return None
    return (whole, parts) if spec.symmetric else (parts, whole)  # ('Its partners include A': the body, then its partners)


def _group_before(reader: RelationReader, noun: Token, heads) -> list:
    """'A and B have formed the Wessex Homes Alliance. The other members include C and D': 'the' members, of no one named,
    are of the one group (a name ending in one of *heads*) the sentence before or this one names before them."""
    start = reader.doc[reader.sent.start - 1].sent.start if reader.sent.start > 0 else reader.sent.start
    if not any(c.lower_ == "the" for c in noun.children):
        return []
    groups = {id(m.entity): m for i in range(start, noun.i) if (m := reader.tok2ment.get(i)) is not None and m.start == i
              and m.entity is not None and m.entity.name.split()[-1] in heads}
    return [(m, True) for m in groups.values()] if len(groups) == 1 else []


def _noun_owner(reader: RelationReader, noun: Token, preps: set[str]) -> list:
    """What a noun for members or doers is of: its 'of' phrase (or *preps*), else the body its 'its/their' stands for
    (antecedents.possessor_body), else its possessor."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    said = [possessor_body(reader.doc, p, reader.tok2ment) for p in owners if p.lower_ in {"its", "their"}]
    return reader._prep_objects(noun, preps) or [(b, True) for b in said if b is not None] or [
        x for p in owners for x in reader.mentions_for(p)]


def _complement_names(reader: RelationReader, noun: Token) -> list:
    """'… are A, B and C', '… include A and B': every name the verb the noun is the subject of lists (agents.all_listed)."""
    return all_listed(reader, [m for c in reader._children(noun.head, {"attr", "dobj"}) for m in reader.mentions_for(c)])


def _agent_before(reader: RelationReader, prep: Token) -> list:
    """'… the Cultural Programme, led by X, in partnership with Y': a phrase set off by commas right after a
    participle's agent ('led/run/delivered by X') is about that agent, wherever the parser hung it; so is one right
    after the subject of the verb it hangs on ('X, in partnership with Y, has been awarded £19.8m by Z')."""
    k = prep.i - 1
    if k < 1 or reader.doc[k].text != "," or (before := reader.tok2ment.get(k - 1)) is None or before.end != k:
        return []
    if (said := mention_root(reader.doc, before)).dep_ in {"nsubj", "nsubjpass"} and said.head.i == prep.head.i > prep.i:
        return [(before, False)]
    root = reader.doc[k - 1]
    while root.head.i != root.i and root.head.i < k and root.dep_ not in {"pobj"}:
        root = root.head
    agent = root.head if root.dep_ == "pobj" else None
    return [(before, False)] if agent is not None and agent.dep_ == "agent" and agent.head.tag_ == "VBN" else []


def _comprised(reader: RelationReader, noun: Token) -> list[list]:
    """'a partnership comprising A and B', 'two partnerships – one made up of A and B, …': the bodies each participle of
    making up (patterns.json 'comprising-words') on the noun, or on the 'one' set beside it, lists."""
    words = set(reader.structure.structural.get("comprising-words", {}).get("words", ()))
    holders = [noun, *(c for c in noun.children if c.dep_ == "appos" and c.lower_ in {"one", "other"})]  # (each its own group)
    return [[x for x in [m for c in a.children if c.dep_ == "dobj" for m in reader.mentions_for(c)] + reader._prep_objects(a, {"of"})
             if x[0].entity is not None and x[0].entity.type == "Organisation"] for h in holders for a in h.children if a.dep_ == "acl" and a.lower_ in words]


def _funding_adjunct(reader: RelationReader, noun: Token, spec: RelationSpec) -> tuple[list, list] | None:
    """'With funding from X, Y will open …', 'Y built a pool thanks to a £50,000 grant from X', 'Through a grant from X,
    Y …', 'With the support of X funding, Y …': money from X (or named by X before it) in a phrase on a clause ('with',
    'through', 'thanks to') went to that clause's doer, as did money from a body's scheme ('with funding from X's transfer programme')."""
    held = noun.head.head if noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in {"support", "help", "backing"} else noun
    prep = held.head  # ('with the support of X funding': the money's phrase inside the help's)
    if spec.predicate not in reader.structure.structural.get("implied-funder", {}).get("predicates", ()) or held.dep_ != "pobj" \
            or not (prep.lower_ in {"with", "through"} or (prep.lower_ == "to" and reader.doc[prep.i - 1].lower_ == "thanks")):
        return None
    verb = prep.head.head if prep.head.lower_ == "thanks" else prep.head  # ('Thanks to …, Y will': 'to' hung on 'Thanks')
    sources = set(reader.structure.structural.get("money-sources", {}).get("nouns", ()))  # ("funding from X's transfer programme": X)
    givers = reader._prep_objects(noun, {"from"}) or [m for c in reader._children(noun, {"compound", "poss"}) for m in reader.mentions_for(c)] or [
        m for p in reader._children(noun, {"prep"}) if p.lower_ == "from" for o in reader._children(p, {"pobj"}) if o.lemma_.lower() in sources
        for c in reader._children(o, {"compound", "poss"}) for m in reader.mentions_for(c)]
    said = [m for c in reader._children(verb, {"nsubjpass"}) for m in reader.mentions_for(c)]  # ('X was founded by Y with a
    takers = said or (clause_doers(reader, verb) if verb.pos_ in {"VERB", "AUX"} else [])  # grant from Z': X got it, not Y)
    while not takers and reader.doc[prep.i - 1].text == "," and verb.dep_ in {"xcomp", "ccomp", "advcl"}:  # set off at the end of a
        verb = verb.head  # purpose the parse hung it on, the sentence's ('X is working with Y to help Z read, with funding from W')
        takers = clause_doers(reader, verb) if verb.pos_ in {"VERB", "AUX"} else []
    return (givers, takers) if givers and takers else None


def _money_from(reader: RelationReader, noun: Token, spec: RelationSpec) -> tuple[list, list] | None:
    """'a grant of £5,000 from X to run Y', 'the grant from X to Y', 'A grant from X will fund Y': the giver after the
    noun's own agent preposition (kg:agentPreposition), what it went to after an object preposition, in the noun's
    purpose clause or as the object of the relation's own verb that the noun is the subject of."""
    holders = [noun, *([noun.head] if noun.dep_ == "dobj" else [])]  # ('accepted a grant | from Y', misparsed)
    sums = [o for h in holders for p in reader._children(h, {"prep"}) if p.lower_ in {"in", "of"} for o in reader._children(p, {"pobj"})]
    givers = [x for h in [*holders, *sums] for x in reader._prep_objects(h, set(spec.agent_preps))] if not spec.symmetric else []
    if not givers or noun.dep_ == "pobj":  # (the sum's: 'a grant in the sum of £X from Y'; 'With funding from X, Y will …':
        return None  # extract.nominal._funding_adjunct)
    plain = {t.head for t in spec.triggers if not (t.nominal or t.inverse or t.extra)}
    verbs = [v for v in [*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ())] if v.dep_ in {"acl", "advcl"}
             and any(a.lower_ == "to" for a in v.children)] + ([noun.head] if noun.dep_ == "nsubj" and noun.head.lemma_ in plain else [])
    taken = reader._prep_objects(noun, set(spec.object_preps)) or [
        x for v in verbs for d in reader._children(v, {"dobj"}) for x in reader.mentions_for(d)] or [  # ('an investment from X in Y': 'in
        x for g, _ in givers for x in reader._prep_objects(mention_root(reader.doc, g), set(spec.object_preps))  # Y' hung on X)
        if x[0].entity is not None and x[0].entity.type == "Organisation"]
    return (givers, taken) if taken else None


def _owner_and_doer(reader: RelationReader, noun: Token, subjects: list) -> tuple[list, list]:
    """"Kelby Council's Ofsted inspection", "the Trust's National Lottery grant": with no object named, a body
    before the noun is the doer and the noun's owner the one it was done to (patterns.json 'owner-object'), or the body
    that welcomes or accepts it ('Kelby Council welcomed the findings of the Ofsted inspection'); else the subjects as
    they were, and no objects (not 'Kelby Council's Lottery funding bid': a bid is no grant)."""
    kind = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else None  # ('the Ofsted inspection report')
    owners = [m for c in noun.children if c.dep_ == "poss" for m in reader.mentions_for(c)] or _responders(reader, kind or noun)
    doers = [m for c in [*noun.children, *(kind.children if kind is not None else ())] if c.dep_ in {"compound", "amod", "nmod"}
             for m in reader.mentions_for(c) if m[0].entity is not None and m[0].entity.type == "Organisation"]
    return (doers, owners) if owners and doers else (subjects, [])


def _responders(reader: RelationReader, noun: Token) -> list:
    """'Kelby Council has welcomed the findings of the Ofsted inspection', '… accepted the inspection report': the
    body whose response to a report or its findings the sentence gives (patterns.json 'owner-object' 'responses')."""
    rule = reader.structure.structural.get("owner-object", {}).get("responses", {})
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in rule.get("nouns", ()):
        noun = noun.head.head  # ('the findings of …')
    if noun.dep_ != "dobj" or noun.head.lemma_ not in rule.get("verbs", ()):
        return []
    return [m for c in reader._children(noun.head, {"nsubj"}) for m in reader.mentions_for(c)
            if m[0].entity is not None and m[0].entity.type == "Organisation"]


def _where_spent(reader: RelationReader, m) -> bool:
    """'funding this winter in England': a nation or region after 'in' is where the money goes, not who gets it
    (patterns.json 'place-as-body' 'not_areas')."""
    areas = tuple(reader.structure.structural.get("place-as-body", {}).get("not_areas", ()))
    return bool(areas) and m.entity is not None and m.entity.identifiers.get("gss", "").startswith(areas) \
        and mention_root(reader.doc, m).head.lower_ == "in"


def _how_doers(reader: RelationReader, noun: Token) -> list:
    """'its inspection of how X is working with Y': the doer of the clause a 'how' opens after the noun's 'of'."""
    return [x for p in reader._children(noun, {"prep"}) if p.lower_ == "of" for v in reader._children(p, {"pcomp", "pobj"})
            if v.pos_ in {"VERB", "AUX"} and any(a.lower_ == "how" for a in v.subtree if a.i < v.i)
            for c in reader._children(v, {"nsubj", "nsubjpass"}) for x in reader.mentions_for(c)]


def _purpose_objects(reader: RelationReader, noun: Token, spec: RelationSpec) -> list:
    """'X launched a partnership to strengthen research with Y', 'X signed an agreement to share data with Y': a
    partnership's other side named in the purpose clause of the noun or of the verb that carries it."""
    clauses = [c for c in noun.children if c.dep_ == "acl"] + [c for c in noun.head.children if c.dep_ == "advcl"]
    heads = [h for v in clauses if spec.symmetric and any(a.lower_ == "to" for a in v.children)
             for h in [v, *(d for d in v.children if d.dep_ == "dobj")]]
    return [x for h in heads for x in reader._prep_objects(h, set(spec.object_preps))]


def _summed_for(reader: RelationReader, tok: Token, spec: RelationSpec, noun: bool = True) -> list:
    """'a fine of £25,000 for the RSPCA', 'a £38m fine for Y', '£18,000 for the BHF': a sum's 'for' names who pays it (a body or a
    person; 'for breaching the Act' names none), only for relations that carry a sum."""
    if not spec.amount or (noun and not any(c.dep_ == "prep" and c.lower_ == "of" and any(is_sum(g, spec, ()) for g in c.children)
                                            or c.ent_type_ == "MONEY" and c.i < tok.i for c in tok.children)):  # (or 'a £38m fine for Y')
        return []
    heads = [tok] + ([tok.head] if noun and tok.dep_ == "dobj" else [])  # ('announced a fine of £X | for Y', misparsed)
    return [x for h in heads for x in reader._prep_objects(h, {"for"})
            if x[0].entity is not None and x[0].entity.type in spec.object_types][:1]


def _owner_subjects(reader: RelationReader, noun: Token) -> list:
    """'X has renewed its partnership with Y', 'X is in a battle over its partnership with Y': 'its' is the body that
    is the subject of the clause the noun is in (the nearest verb above it with a named subject); a clause with 'for'
    after a verb's object is the object's ('X criticised Y for failing to control its contracts with Z', '… Y for late
    journeys under its contract with Z': Y's)."""
    head = noun
    for _ in range(6):
        if head.head.i == head.i:
            break
        head = head.head
        if head.dep_ in {"pcomp", "pobj"} and head.head.lower_ == "for" and (doers := [
                m for c in reader._children(head.head.head, {"dobj"}) for m in reader.mentions_for(c)
                if m[0].entity is not None and m[0].entity.type == "Organisation"]):
            return doers
        acted_on = [m for c in reader._children(head, {"dobj"}) if c.i < noun.i for m in reader.mentions_for(c)
                    if m[0].entity is not None and m[0].entity.type == "Organisation"] if head.pos_ in {"VERB", "AUX"} else []
        if acted_on:  # ('X criticised Y … under its contract with Z': the body acted on, named before 'its')
            return acted_on
        if head.pos_ in {"VERB", "AUX"}:
            found = [m for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} for x in [c, *reader._children(c, {"conj"})]
                     for m in reader.mentions_for(x) if m[0].entity is not None and m[0].entity.type == "Organisation"]
            k = found[0][0].start - 1 if found else 0  # ('A and B have …' with A parsed into B's name: read from the words)
            while k > 0 and (reader.doc[k].text in {"(", ")"} or ((x := reader.tok2ment.get(k)) is not None and x.entity is found[0][0].entity)):
                k = k - 1 if reader.doc[k].text in {"(", ")"} else x.start - 1  # (back over the rest of B's name: 'B (BB) NHS Trust')
            if k > 0 and reader.doc[k].lower_ in {"and", "&"} and (a := reader.tok2ment.get(k - 1)) is not None and a.end == k \
                    and a.entity is not None and a.entity.type == "Organisation" and all(a is not m for m, _ in found):
                found.insert(0, (a, False))
            if found:
                return found
    return []


def _unnamed_inspected(reader: RelationReader, noun: Token, spec: RelationSpec) -> list:
    """'During a four-week inspection, inspectors found …', 'X was fined after an investigation by Y': an inspection set
    in time ('during', 'after', 'following') that does not name what it inspected is of the one body the story names
    before it, regulators aside."""
    timed = noun.dep_ == "pobj" and noun.head.lower_ in {"during", "after", "following"} or noun.dep_ == "nsubj" and any(
        c.dep_ == "mark" and c.lower_ in {"after", "when"} for c in noun.head.children)  # ('after an inspection found …')
    if not spec.rating or not timed or any(
            c.dep_ == "prep" and c.lower_ != "by" for c in noun.children) or any(c.dep_ == "poss" for c in noun.children):
        return []
    clause = noun.head.head
    if any((m := reader.tok2ment.get(t.i)) is not None and m.entity is not None and m.entity.type == "Person"
           for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree):
        return []  # ('A Kelby Police constable, X, faces a hearing after an investigation by Y': the person's)
    known = {id(m.entity) for m in reader.regulators}
    skip = frozenset(i for i, m in reader.tok2ment.items() if m.entity is not None and id(m.entity) in known)
    body = sole_body(reader.tok2ment, 0, noun.i, skip)
    return [(body, True)] if body is not None else []
