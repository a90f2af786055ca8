"""The subjects a clause with none of its own takes from the words around it: a coordinated, controlled or relative
clause's (and who pays under a notice's or does a contract's infinitive: controlled_payers), a subject the parser cut
off or took for an object. Helpers of extract.phrases.PhraseReader; imports
extract.coref (dependency labels), extract.mentions_base and extract.written_lists (the last of a list).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .coref import PASSIVE_SUBJ_DEPS, SUBJ_DEPS
from .mentions_base import Mention, mention_root
from .written_lists import last_listed

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .phrases import PhraseReader

FINITE_AUX = {"has", "have", "had", "is", "are", "was", "were", "will"}


def inherited_subjects(reader: PhraseReader, verb: Token) -> tuple[list[tuple[Mention, bool]], str]:
    """Subjects of a verb with no subject of its own: coordinated, controlled or relative clauses (PhraseReader._inherited_subjects)."""
    head = verb.head
    if verb.dep_ in {"relcl", "acl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and is_predicate_noun(head):  # 'X became the latest council to receive …', 'X is the first to be rated …'
        return reader._subjects_of_copula(head, 0), "inherited"
    if verb.dep_ == "advcl" and head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return reader._subjects_of_copula(verb, 0), "inherited"  # 'A and B are among five councils put …'
    if verb.dep_ == "relcl" or any(c.dep_ in SUBJ_DEPS and c.lower_ in reader.structure.relative_pronouns for c in verb.children):
        return relative_subjects(reader, verb), "relative"
    if verb.dep_ == "ROOT" and (cut := _name_cut_off(reader, verb)):
        return cut, "inherited"  # 'BT | has been hit with a £42m fine': the parser ended a sentence after the name
    if verb.dep_ == "ccomp" and (said := _object_before_clause(verb)) is not None:
        return reader.mentions_for(said), "inherited"  # 'revealed X (XX) was fined': X parsed as the object of 'revealed'
    if verb.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ in FINITE_AUX for a in verb.children) and (
            told := [m for c in reader._children(head, {"dobj"}) for m in reader.mentions_for(c)]):
        return told, "inherited"  # 'was told X has been working with Y': a finite clause, its subject parsed as the object
    if verb.dep_ == "acl" and head.dep_ == "dobj" and head.lemma_.lower() in reader.structure.structural.get("pledge-nouns", {}).get("words", ()) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):  # 'A and B signed a pledge to work together'
        return ([m for c in reader._children(head.head, SUBJ_DEPS) for m in reader.mentions_for(c)] or inherited_subjects(reader, head.head)[0]), "inherited"
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.lower_ in reader.structure.structural["glad-adjectives"]["words"]:
        return [m for c in reader._children(head.head, SUBJ_DEPS) for m in reader.mentions_for(c)], "inherited"  # 'X is
        # delighted to be working with Y'
    record = verb.head.head if verb.dep_ == "pcomp" and head.lower_ == "of" else None  # 'X has a long record of working with Y'
    if record is not None and record.dep_ == "dobj" and record.lemma_.lower() in reader.structure.structural.get("record-nouns", {}).get("words", ()):
        return [m for c in reader._children(record.head, SUBJ_DEPS) for m in reader.mentions_for(c)], "inherited"
    if verb.dep_ == "xcomp" and (told := _told(reader, verb)) is not None:
        return told, "inherited"
    money = reader.structure.structural.get("implied-funder", {})
    if verb.dep_ in {"xcomp", "advcl"} and verb.lemma_ in money.get("funding_verbs", ()) and head.lemma_ in money.get("receiving_verbs", ()):
        return [], "inherited"  # 'X received £2m to fund improvements to Y': money X spends, no funding of Y by X
    if verb.dep_ == "acl" and head.dep_ == "dobj" and head.lemma_.lower() in reader.structure.structural.get("contract-parties", {}).get("nouns", ()) \
            and head.head.lemma_ in money.get("giving_verbs", ()) and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return _recipients(reader, head.head) + _recipients(reader, verb), "inherited"  # 'awarded the contract to run X to Y': Y runs X
    if verb.dep_ in {"xcomp", "advcl"} and head.lemma_ in money.get("giving_verbs", ()) and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children) \
            and (got := _recipients(reader, head) or [m for c in reader._children(head, {"nsubjpass"}) for m in reader.mentions_for(c)]):
        return got, "inherited"  # 'X has given £1m to Y to set up Z' ('X has been awarded £6m to lead Y'): the money's recipient does what it is for
    if verb.dep_ == "advcl" and any(a.dep_ == "auxpass" for a in verb.children) and any(a.lower_ == "to" for a in verb.children) and reader._children(head, {"dobj"}):
        return [], "inherited"  # 'approved funding for the bypass, to be built by Y': what is to be built is not the approver
    if verb.dep_ == "conj" and any(c.pos_ == "NOUN" and not reader.mentions_for(c) for c in reader._children(verb, SUBJ_DEPS | PASSIVE_SUBJ_DEPS)):
        return [], "inherited"  # 'X failed to …, and 1,400 students received the wrong grades': the clause's own subject names no one
    if (verb.dep_ in {"conj", "xcomp"} or (verb.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children))) \
            and head.pos_ in {"VERB", "AUX"}:  # (the passive's subject: 'X was appointed to chair Y'; 'A and B came together to create Z')
        subs = (_named_right_before(reader, verb) if verb.dep_ != "advcl" else []) or ([  # ('commissioned X to carry out a review': X)
            m for c in reader._children(head, {"dobj"}) if c.i == verb.i - 2 for m in reader.mentions_for(c)] if verb.dep_ in {"xcomp", "advcl"} and reader.doc[
            verb.i - 1].lower_ == "to" and head.lower_ not in reader.structure.structural.get("leaving-verbs", {}).get("words", ()) else []) or [  # (not 'left A to join B')
            m for c in reader._children(head, SUBJ_DEPS | (
            PASSIVE_SUBJ_DEPS if verb.dep_ in {"xcomp", "conj"} or (verb.tag_ in {"VBN", "VBD"} and not reader._children(verb, {"aux"}))
            else set())) for m in reader.mentions_for(c)]  # (or 'X has been convicted and fined £5,000', 'X will be based at Y and will work with Z')
        relative = head.dep_ == "relcl" and any(c.dep_ in SUBJ_DEPS and c.lower_ in reader.structure.relative_pronouns
                                                for c in head.children)  # 'X, who will continue to chair Y'
        return subs or (inherited_subjects(reader, head)[0] if head.dep_ in {"conj", "xcomp", "acl"} or relative else []), "inherited"  # ('signed a
        # pledge to keep working together': a noun's infinitive, see below)
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and head.dep_ == "ROOT" and head.pos_ == "PROPN":
        return reader.mentions_for(head), "inherited"  # 'Estyn, the inspectorate, rated X …': the name made the root, its verb hung on it
    if verb.dep_ == "acl" and verb.tag_ != "VBG" and head.pos_ == "NOUN" and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in head.children):
        return [m for c in head.children if c.dep_ == "poss" for m in reader.mentions_for(c)] or [  # "X's decision to fine Y"
            m for m in reader._prep_objects(head, {"by"})] or [  # ('the decision by X to fine Y'; 'X announced its decision to …')
            m for c in head.children if c.dep_ == "poss" and c.lower_ in {"its", "their"} and head.dep_ == "dobj" and head.head.lemma_
            in reader.structure.structural.get("nominal-carrier", {}).get("verbs", ()) for s in reader._children(head.head, {"nsubj"})
            for m in reader.mentions_for(s)], "inherited"  # (a verb that carries its object's act: not 'X welcomed its decision')
    if verb.dep_ == "pcomp" and (verb.tag_ == "VBG" or any(a.lower_ == "being" for a in verb.children)) and head.pos_ in {"ADP", "SCONJ"} \
            and head.head.pos_ in {"VERB", "AUX"}:  # 'X lasted five years in Y before joining Z', 'X changed, after being fined':
        on = head.head.head if head.head.dep_ == "xcomp" and reader.doc[head.left_edge.i - 1].text == "," else head.head  # ('appointed
        return [m for c in reader._children(on, SUBJ_DEPS) for m in reader.mentions_for(c)] or (  # managers to run Y, six months after …': set
            inherited_subjects(reader, on)[0]), "inherited"  # off by a comma, on the main verb) the subject of the verb the 'before/after …ing' phrase is on
    if verb.dep_ in {"acl", "advcl"} and (verb.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "having" for a in verb.children) or (
            verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i == verb.sent.start and head.i > verb.right_edge.i)):  # ('Funded by X, the centre …')
        nominal = head.pos_ in {"NOUN", "PROPN"}
        stand_ins = reader.structure.structural.get("implied-agent", {}).get("stand_in_subjects", ())
        if nominal and head.dep_ == "pobj" and head.i not in reader.tok2ment and head.head.head.lemma_.lower() in stand_ins:
            head = head.head.head  # ('published reports in the public interest highlighting …': the reports, the phrase between)
        if nominal and not (found := reader.mentions_for(head)) and head.dep_ == "dobj" and head.lemma_.lower() in stand_ins:
            return [m for c in reader._children(head.head, SUBJ_DEPS) for m in reader.mentions_for(c)], "inherited"  # (its author)
        if nominal:
            return found, "inherited"
        agents = [x for a in reader._children(head, {"agent"}) for p in reader._children(a, {"pobj"}) for x in reader.mentions_for(p)]
        return agents or [m for c in reader._children(head, SUBJ_DEPS | PASSIVE_SUBJ_DEPS) for m in reader.mentions_for(c)] or (
            inherited_subjects(reader, head)[0] if head.dep_ in {"advcl", "xcomp"} and reader.doc[verb.i - 1].text == "," else []) or (  # ('was
            _body_before_comma(reader, verb)), "inherited"  # awarded £6m to lead a hub, working with Y': the infinitive's doer)
        # (the doer of a passive: 'run by X, working with Y'; else its subject: 'X has been appointed chief inspector, heading Y')
    return [], ""


def _recipients(reader: PhraseReader, verb: Token) -> list[tuple[Mention, bool]]:
    """Who a giving verb gives to: its dative ('gave Y £1m', 'awarded Y the contract') or its 'to' phrase ('gave £1m to Y')."""
    return [m for c in reader._children(verb, {"dative", "prep"}) if c.dep_ == "dative" and c.lower_ != "to" or c.lower_ == "to"
            for m in (reader.mentions_for(c) if c.lower_ != "to" else [x for p in reader._children(c, {"pobj"}) for x in reader.mentions_for(p)])]


def _name_cut_off(reader: PhraseReader, verb: Token) -> list[tuple[Mention, bool]]:
    """A verb with no subject right after a name the parser made a sentence of its own ('BT' | 'has been hit …')."""
    first = min([c.i for c in verb.children if c.dep_ in {"aux", "auxpass"}] + [verb.i])
    k = first - 1
    while k >= 0 and reader.doc[k].is_space:
        k -= 1
    m = reader.tok2ment.get(k)
    if m is None or m.entity is None or k < reader.sent.start or mention_root(reader.doc, m).dep_ != "ROOT":
        return []
    return [(m, False)]


def _object_before_clause(verb: Token) -> Token | None:
    """'The Commission revealed the Westshire Party (WP) was fined £1,000': a clause with no subject of its own,
    right after the reporting verb's object (and its bracket, or a phrase set off by commas: 'show X, in Y, was rated'),
    has that object as its subject."""
    if any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS for c in verb.children):
        return None
    first = min([c.i for c in verb.children if c.dep_ in {"aux", "auxpass"}] + [verb.i])
    doc = verb.doc
    for o in (o for o in verb.head.children if o.dep_ == "dobj"):
        gap = doc[o.right_edge.i + 1:first]
        if not gap or (len(gap) > 2 and gap[0].text == gap[-1].text == "," and all(t.text == "," or any(
                a.dep_ == "prep" and a.head.i == verb.head.i for a in (t, *t.ancestors)) for t in gap)):
            return o
    return None


def relative_subjects(reader: PhraseReader, verb: Token) -> list[tuple[Mention, bool]]:
    """Who a relative clause is about: its head's names ('X, which has received …'); never a person after 'which' ('X,
    chief executive of Y, which worked with Z': Y, the body named right before ', which', nor the names joined to X)."""
    which = next((c for c in verb.children if c.lower_ == "which"), None)
    inside = range(verb.left_edge.i, verb.right_edge.i + 1)  # (not the clause's own names, read as a list after the head)
    found = [x for x in reader.mentions_for(relative_head(reader, agreeing_head(reader, verb))) if x[0].start not in inside]
    if which is None:
        return found
    before = reader.tok2ment.get(which.i - 2) if which.i > 1 and reader.doc[which.i - 1].text == "," else None
    if found and found[0][0].entity is not None and found[0][0].entity.type == "Person":
        found = [(before, False)] if before is not None and before.end == which.i - 1 and before.entity is not None \
            and before.entity.type == "Organisation" else []
    return [x for x in found if x[0].entity is not None and x[0].entity.type != "Person"]


def agreeing_head(reader: PhraseReader, verb: Token) -> Token:
    """'X, a club for people recovering from strokes, which was given £9,500': a relative clause whose verb is singular
    ('was', 'has', 'is') hung on a plural noun no name holds is about the nearest singular noun the plural one hangs on
    through its phrases (the club, X's description), not about the plural."""
    head = verb.head
    relative = any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"which", "that"} for c in verb.children)
    finite = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}] or [verb]
    if not relative or head.tag_ != "NNS" or head.i in reader.tok2ment or not (finite[0].tag_ == "VBZ" or finite[0].lower_ == "was"):
        return head
    tok = head
    while tok.dep_ in {"pobj", "prep", "acl"} and tok.head.i < tok.i:
        tok = tok.head
        if tok.tag_ in {"NN", "NNP"}:
            return tok
    return head


def relative_head(reader: PhraseReader, head: Token) -> Token:
    """'The Golf Trust, in Hertsmere, which has received £10,000': a relative clause the parser hung on the place
    of a name's parenthetical ', in Y,' belongs to the name; so does one on the noun that describes a name ('X, the
    trust that runs Y'), and a 'which' clause hung on a person's noun, set off right after a body's name in its phrase
    ('the headteacher of X, which Ofsted rated outstanding'); a 'which' clause hung on the person in a participle's 'by'
    phrase belongs to the name the participle describes. One on the kind a copula's subject is said to be one of, or
    among, is about that subject ('X is one of five councils that make up Y', 'X is among the charities which received …')."""
    m, prep, doc = reader.tok2ment.get(head.i), head.head, reader.doc
    one = prep.head if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ == "one" and prep.head.dep_ == "attr" else prep
    if m is None and head.tag_ == "NNS" and head.dep_ == "pobj" and (one is not prep or prep.lower_ == "among") and one.head.lemma_ == "be":
        subject = next((c for c in one.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i in reader.tok2ment:
            return subject
    if (m is not None and m.entity is not None and m.entity.type == "Place" and head.dep_ == "pobj"
            and prep.lower_ in {"in", "at", "near", "from"} and prep.head.i in reader.tok2ment
            and m.end < len(doc) and doc[m.end].text == "," and prep.i > 0 and (doc[prep.i - 1].text == "," or (
                (owner := reader.tok2ment.get(prep.i - 1)) is not None and owner.end == prep.i and owner.entity is not None
                and owner.entity.type == "Organisation"))):  # (or 'X in Barset, which is run by Y': the body just before 'in')
        return prep.head
    if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.i in reader.tok2ment and head.head.i < head.i \
            and any(c.dep_ == "det" for c in head.children):
        return head.head
    if m is not None and m.entity is not None and m.entity.type == "Person" and head.dep_ == "pobj" and prep.dep_ == "agent" \
            and prep.head.dep_ == "acl" and any(c.dep_ == "relcl" and c.left_edge.lower_ == "which" for c in head.children):
        return prep.head.head  # ('X, led by Jo Bloggs at Y, which will receive …': a 'which' is no person's; X's)
    clause = next((c for c in head.children if c.dep_ == "relcl" and c.left_edge.lower_ == "which" and c.left_edge.i > 1), None)
    named = reader.tok2ment.get(clause.left_edge.i - 2) if clause is not None and doc[clause.left_edge.i - 1].text == "," else None
    if head.i not in reader.tok2ment and named is not None and named.entity is not None and named.entity.type == "Organisation" \
            and named.end == clause.left_edge.i - 1 and head.i < named.start:  # ('the headteacher of X, which Ofsted rated …': X's)
        return mention_root(doc, named)
    return head


def _body_before_comma(reader: PhraseReader, verb: Token) -> list[tuple[Mention, bool]]:
    """'£300,000 will go to a project led by X, working with Y and Z': a participle set off by a comma straight after a
    body's name, in a clause whose subject names no one, is what that body is doing."""
    m = reader.tok2ment.get(verb.i - 2) if verb.i > 1 and reader.doc[verb.i - 1].text == "," else None
    return [(m, False)] if m is not None and m.end == verb.i - 1 and m.entity is not None and m.entity.type == "Organisation" else []


def _named_right_before(reader: PhraseReader, verb: Token) -> list[tuple[Mention, bool]]:
    """'A was downgraded and B was upgraded', with B parsed as part of the first clause: a coordinated verb
    whose auxiliaries follow a name straight after the 'and' has that name as its subject; so has one whose
    words after the 'and' hold a subject the parser gave to a word of its own clause ('…, and B, warden of C,
    is to lead D': 'warden' read as B's verb, or B as another object of the first verb)."""
    ands = [c.i for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i] if verb.dep_ == "conj" else []
    for tok in reader.doc[max(ands) + 1:verb.i] if ands else ():
        if ((tok.dep_ in SUBJ_DEPS and max(ands) < tok.head.i < verb.i) or (tok.dep_ == "conj" and tok.head == verb.head)) \
                and reader.mentions_for(tok):
            return reader.mentions_for(tok)
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    first = min((c.i for c in auxes), default=verb.i)
    m = reader.tok2ment.get(first - 1)
    if not auxes or m is None or m.entity is None or m.end != first or m.start < 1 or reader.doc[m.start - 1].lower_ not in {"and", ","}:
        return []
    return [(m, False)]


AS_COPULAS = frozenset({"operate", "act", "serve", "function", "open", "reopen", "relaunch", "continue", "remain", "trade", "run", "work"})  # verbs that with 'as' say what their subject is (or will be: 'X will reopen as part of Y')


def is_predicate_noun(tok: Token) -> bool:
    """'the latest body' in 'X became the latest body to …', 'councils' in 'X and Y are among six councils to …',
    'a public body' in 'X operates as a public body sponsored by Y': the noun says what the subject is."""
    return (tok.dep_ in {"attr", "oprd"} and tok.head.lemma_ in {"be", "become"}) or (
        tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.lemma_ in {"be", "become"}) or (
        tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_ in AS_COPULAS)


def _told(reader: PhraseReader, verb: Token) -> list[tuple[Mention, bool]] | None:
    """'X brought in new managers to run the practice', 'X asked Kelby Trust to run the service': the one told or
    brought in to do it (the object: a body or person, or people by their post or as a body's people: 'residents') is its doer, not the verb's subject;
    None where the object is no one ('X used £8,000 to produce a film')."""
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children) or {verb.head.lower_, verb.head.lemma_.lower()} & set(
            reader.structure.structural.get("leaving-verbs", {}).get("words", ())):
        return None  # ('X has left the Conservative group to join Y': X joins)
    called = [c for p in reader._children(verb.head, {"prep"}) if p.lower_ in {"on", "upon"} and verb.head.lemma_ in CALLING
              for c in reader._children(p, {"pobj"})]  # ('called on the government to give …': the one called on)
    people = set(reader.structure.structural.get("member-openers", {}).get("words", ()))  # ('invited residents to trial an app')
    for c in reader._children(verb.head, {"dobj"}) + called:
        named = [m for m in reader.mentions_for(c) if m[0].entity is not None and m[0].entity.type in {"Person", "Organisation"}]
        if named or (c.pos_ == "NOUN" and (c.lemma_.capitalize() in reader.rules.post_words or c.lemma_.lower() in reader.rules.member_nouns or c.lower_ in people
                                           or c.lemma_.lower() in GOVERNING or reader.rules.context_words.get(c.lemma_.lower()) == "Organisation")):
            return named  # (or a body by its kind: 'urged the council to fund …', 'asked ministers to …')
    return None


CALLING = frozenset({"call", "rely", "depend", "count", "prevail"})  # 'called on X to …': X is to do it
GOVERNING = frozenset({"government", "ministers", "minister", "secretary"})  # bodies and posts told to do things, not named



def had_its(verb: Token) -> bool:
    """'X had its governance grade lowered from G1 to G2': a participle the parser made a clause of 'have' or 'get', its
    subject a thing of the subject's own, says what was done to that subject (a passive whose doer may go unnamed)."""
    return verb.dep_ in {"ccomp", "xcomp"} and verb.tag_ == "VBN" and verb.head.lemma_ in {"have", "get"} and any(
        c.dep_ == "nsubj" and any(p.dep_ == "poss" and p.lower_ in {"its", "their"} for p in c.children) for c in verb.children)


def had_done_to(reader: PhraseReader, verb: Token) -> list[tuple[Mention, bool]]:
    """'Kelby Council has had its knuckles rapped by the ombudsman', 'The trust had its wards inspected by the CQC': a
    participle on the object of 'have' or 'get', a thing of the subject's own ('its', 'their'), says what was done to
    that subject (not 'had the report criticised'); so does one parsed as a clause of 'have' ('had its grade lowered')."""
    noun, have = verb.head, verb.head.head
    if had_its(verb):
        have = verb.head
    elif verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.dep_ != "dobj" or have.lemma_ not in {"have", "get"} \
            or not any(c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her"} for c in noun.subtree):
        return []
    return [m for c in reader._children(have, {"nsubj"}) for m in reader.mentions_for(c)] or inherited_subjects(reader, have)[0]


def moved_into(reader: PhraseReader, verb: Token, extra: tuple[str, ...], object_preps) -> tuple[list, list] | None:
    """'X will be absorbed into Y', 'X was merged into Y': a passive trigger whose own word is one of the relation's
    object prepositions that say where a thing goes (patterns.json 'moved-into'), with no agent, says its passive
    subject went into the object (not what someone did to it); None unless both are named."""
    preps = set(extra) & set(object_preps) & set(reader.structure.structural.get("moved-into", {}).get("prepositions", ()))
    if not preps or any(c.dep_ == "agent" for c in verb.children):
        return None
    movers = [m for c in verb.children if c.dep_ == "nsubjpass" for m in reader.mentions_for(c)]
    into = reader._prep_objects(verb, preps) if movers else []
    return (movers, into) if into else None


def first_conjunct(verb: Token) -> Token:
    """The first of the verbs *verb* is joined to by 'and' ('provided and run by Y': 'provided')."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def participle_top(verb: Token) -> Token:
    """The first of joined participles, for a later one with its own 'by' ('X, commissioned by Y and carried out by Z,':
    'commissioned', which hangs on X; the tagger may read the later one as a past tense)."""
    top = first_conjunct(verb)
    return top if verb.dep_ == "conj" and top.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) else verb


def described_name(noun: Token, kinds: dict[str, str] | None = None) -> Token:
    """The name a describing noun is set beside ('X, a community radio station run by Y': X; read from the words where the
    parser broke the apposition: 'X, a government grant programme run by Y'), else the noun itself; through the people a
    describing noun serves, which are no body's kind in *kinds* ('X, a care home for older people run by Y')."""
    if kinds is not None and noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.head.lower_ == "for" and noun.head.head.pos_ == "NOUN" \
            and kinds.get(noun.lemma_.lower()) != "Organisation":
        noun = noun.head.head
    if noun.dep_ == "appos" and noun.tag_ in {"NN", "NNS"} and noun.head.tag_ in {"NNP", "NNPS"}:
        return last_listed(noun)  # ('A and B, a company owned by Y': B)
    doc = noun.doc
    k = next((t.i for t in doc[max(noun.i - 5, noun.sent.start):noun.i] if t.lower_ in {"a", "an"}), None)
    return doc[k - 2] if k is not None and k - 2 >= noun.sent.start and doc[k - 1].text == "," and doc[k - 2].tag_ in {"NNP", "NNPS"} \
        and noun.tag_ in {"NN", "NNS"} and all(t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in doc[k + 1:noun.i]) else noun


def named_before_comma(reader: PhraseReader, verb: Token) -> list[tuple[Mention, bool]]:
    """'awarded the contract to X, run by Y': a participle after its clause, set off by a comma right after a name (or
    after the kind of thing the name is: 'suspended the registration of X care home, run by Y', or after its place: 'X care home
    in Kelby, run by Y'), describes that name
    (not the clause's subject, as in 'X opened last week, run by Y')."""
    if verb.i < 2 or verb.i < verb.head.i or reader.doc[verb.i - 1].text != ",":
        return []
    kind = reader.doc[verb.i - 2]
    if (p := reader.tok2ment.get(kind.i)) is not None and p.entity is not None and p.entity.type == "Place" and (
            at := reader.doc[p.end - 1].head).lower_ in {"in", "at", "near"} and at.head.pos_ == "NOUN" and at.head.i not in reader.tok2ment:
        kind = at.head  # ('X care home in Kelby, run by Y': the kind before the name's place)
    elif p is not None and p.entity is not None and p.entity.type == "Place" and at.lower_ in {"in", "at", "near"} and (
            o := reader.tok2ment.get(at.i - 1)) is not None and o.end == at.i and o.entity is not None and o.entity.type == "Organisation":
        return [(o, False)]  # ('X Care Home in Kelby, run by Y': the body named right before its place)
    named = [c.i for c in kind.subtree if c.i < kind.i and c.dep_ == "compound" and (x := reader.tok2ment.get(c.i)) is not None and x.entity is not None
             and x.entity.type != "Place"] if kind.i not in reader.tok2ment and kind.pos_ == "NOUN" else []  # (not 'in Kelby town centre, run by Y')
    m = reader.tok2ment.get(named[0] if named else verb.i - 2)
    return [(m, False)] if m is not None and m.entity is not None and (m.end == verb.i - 1 or named and 0 < kind.i - m.end + 1 <= 2) else []


def controlled_payers(reader: PhraseReader, verb: Token) -> list:
    """'a notice requiring X to pay a fine', 'told X to pay a penalty': the one an infinitive with no subject of its own
    is about is its governing verb's object, when that verb has one (else its subject, as the caller reads it); 'it'
    there is the last body named as an object before it. 'awarded a contract to run X to Y': an infinitive describing a
    contract (patterns.json 'money-recipients' 'contracts') is done by whom the contract went to."""
    contracts = set(reader.structure.structural.get("money-recipients", {}).get("contracts", ()))
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in contracts and verb.head.dep_ == "dobj" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return reader._prep_objects(verb.head.head, {"to"}) or reader._prep_objects(verb.head, {"to"})
    if verb.dep_ != "xcomp" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    said = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    if said and said[0].lower_ == "it":  # ('issued X with a notice requiring it to pay'): the object named before it
        said = [t for t in reader.doc[reader.sent.start:said[0].i] if t.dep_ == "dobj" and t.i in reader.tok2ment][-1:]
    return [m for c in said for m in reader.mentions_for(c)]


def split_sum_givers(reader: PhraseReader, verb: Token) -> list:
    """'X was told to pay £100,000, with £55,000 going to Y': a part of a sum set off by 'with' on a verb that gives or
    pays it out (patterns.json 'implied-funder' 'giving_verbs', 'paying_verbs') is given by that verb's doer."""
    funding = reader.structure.structural.get("implied-funder", {})
    payer = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "with" else None
    if payer is None or payer.lemma_.lower() not in {*funding.get("giving_verbs", ()), *funding.get("paying_verbs", ())}:
        return []
    return [m for c in reader._children(payer, SUBJ_DEPS) for m in reader.mentions_for(c)] or inherited_subjects(reader, payer)[0]


def sum_sources(reader: PhraseReader, verb: Token, is_sum) -> list:
    """'Money from X will fund Y', 'An allocation of £165,000 from X would be used to fund Y': a sum (*is_sum*) that
    is the verb's subject, or the subject of 'use' that the verb completes, comes 'from' the body that gives it, or is the
    money of the body that owns it ("£1m of Barset Council's money will go towards Y")."""
    holders = [c for c in verb.children if c.dep_ in SUBJ_DEPS] or (
        [c for c in verb.head.children if c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS] if verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_ == "use" else [])
    return [m for c in holders if is_sum(c) for p in c.children if p.dep_ == "prep" and p.lower_ in {"from", "of"} for x in p.children
            if x.dep_ == "pobj" for m in (reader.mentions_for(x) if p.lower_ == "from" else [y for o in x.children if o.dep_ == "poss" for y in reader.mentions_for(o)])
            if m[0].entity is not None and m[0].entity.type == "Organisation"]


def kind_fit(reader: PhraseReader, noun: Token, found: list) -> list:
    """'runs the Orton Civic Lab with Barset County Council, a project funded by Y': a kind set beside a name of another
    type (hung on the council by the parser) describes the nearest name before it of the kind's type; else *found*."""
    kind = reader.rules.context_words.get(noun.lemma_.lower()) if noun.dep_ == "appos" else None
    if kind is None or not found or any(m.entity is not None and m.entity.type == kind for m, _ in found):
        return found
    return next(([(m, False)] for i in range(noun.i - 1, reader.sent.start - 1, -1) if (m := reader.tok2ment.get(i)) is not None
                 and m.entity is not None and m.entity.type == kind and m.end == i + 1), found)
