"""Coreference by pronoun and by position: 'it was fined' (the body a pronoun stands for), 'its chief executive' (the
body owning a post), the previous sentence's subject, the body announcing what a sentence reports, a place's owner in an
address ('Acme Ltd of Mill Road, London': London's), a describing phrase set off after a name (it describes the
name and is no argument of its own), a unit named with 'its', a body's name closing its subject's phrase, and the
names a colon lists for a plural noun or a plural subject, and 'the Government' for the one ministry an article names. Imports extract.coref, extract.written_lists,
extract.mentions_base and extract.name_edges.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from .coref import PASSIVE_SUBJ_DEPS, SUBJ_DEPS, of_a_past_post
from .written_lists import names_listed, people_described, people_set_off
from .mentions_base import Mention, lead_end, mention_root, sole_body
from .name_edges import LEGAL_ENDINGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..vocab.lexicon import TypeRules
    from .relations import RelationReader


def pronoun_body(doc: Doc, tok: Token, tok2ment: dict[int, Mention], rule: dict | None = None) -> Mention | None:
    """'Acme Ltd ran the depot. It was fined £80,000 …', 'Acme said it had been fined': 'it' as a verb's
    subject stands for the body that is the subject of the main clause before it — of its own sentence when
    'it' is in a clause under that one, else of the sentence before (through one more 'it'). Expletive 'it'
    ('it was announced that …') has a clause of its own and stands for nothing; nor does 'it' before a copula,
    unless what the copula names is a kind only a body is (*body_nouns*: 'It is a member of Y'). 'It' as the object of
    a clause under the main one ('… to X after Ofsted rated it inadequate', 'X said the ICO had fined it') stands for the
    nearest body named before it in its sentence that is not that clause's own subject — or, in a clause after a main verb
    that acts on nothing else, or that moves its subject into what it acts on (*rule* 'moving_verbs': 'X will join Y after
    Ofsted rated it inadequate'), for that verb's subject ('X will become part of Y after Ofsted rated it inadequate'); as the
    object of the main verb or one joined to it, with no such body, for the body the sentence before is about ('Y ceased
    trading. X later lent it £12m'), never the verb's own subject."""
    rule = rule or {}
    body_nouns = rule.get("nouns", ())
    if tok.lower_ == "it" and (tok.dep_ in {"dobj", "dative"} and (tok.head.dep_ in {"advcl", "ccomp", "relcl", "conj", "xcomp"} or tok.head.i == tok.sent.root.i)
                               or tok.dep_ == "pobj" and tok.head.head.dep_ == "acl" and tok.head.head.tag_ == "VBN"):  # ('a penalty imposed on it by Y')
        own = {id(m.entity) for v in [tok.head, *[tok.head.head][:tok.head.dep_ == "conj"]] for c in v.children  # (a joined verb's
               if c.dep_ in SUBJ_DEPS and (m := tok2ment.get(c.i)) is not None}  # subject too: 'X bought a stake in Y and lent it £12m')
        main = tok.head.head  # ('X will become part of Y after Ofsted rated it': X, the subject of a verb acting on nothing else)
        if tok.head.dep_ == "advcl" and (main.lemma_.lower() in rule.get("moving_verbs", ()) or not any(
                c.dep_ in {"dobj", "dative"} for c in main.children)) and (subject := next((
                m for c in main.children if c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS and (m := tok2ment.get(c.i)) is not None
                and m.entity is not None and m.entity.type == "Organisation" and id(m.entity) not in own), None)) is not None:
            return subject
        return next((m for i in range(tok.i - 1, tok.sent.start - 1, -1) if (m := tok2ment.get(i)) is not None and m.entity is not None
                     and m.entity.type == "Organisation" and id(m.entity) not in own and not of_a_past_post(doc[m.end - 1])), None) or next((  # (else, for a main or joined verb, the
            m for m in ([_main_subject_body(doc, tok, _roots_before(doc, tok.sent), tok2ment, rule.get("listing_verbs", ()))]  # body the sentence
                        if tok.head.dep_ == "conj" or tok.head.i == tok.sent.root.i else []) if m is not None and id(m.entity) not in own), None)  # before is about)
    if tok.lower_ not in {"it", "they"} or tok.dep_ not in SUBJ_DEPS | PASSIVE_SUBJ_DEPS:
        return None  # ('they' for one body: 'Acme Ltd was prosecuted. They were fined £5,000')
    if any(c.dep_ in {"ccomp", "csubj", "csubjpass"} for c in tok.head.children) or (tok.head.lemma_ == "be" and not any(
            c.dep_ == "attr" and (c.lower_ in body_nouns or c.lemma_.lower() in body_nouns) for c in tok.head.children)):  # (a lemma: near triggers)
        return None
    sent, own = tok.sent, tok.head.i != tok.sent.root.i and tok.lower_ == "it"  # ('They were fined, X Court heard': not X)
    return _main_subject_body(doc, tok, ([sent.root] if own else []) + _roots_before(doc, sent), tok2ment, rule.get("listing_verbs", ()), rule.get("kind_nouns", ()))


def sayers_they(tok: Token, mentions_for) -> list:
    """'A and B have announced that they are merging', 'Two charities, A and B, said they would …': 'they' as the
    subject of a clause under a verb whose subject names two bodies or more stands for all of them."""
    if tok.lower_ != "they" or tok.dep_ not in SUBJ_DEPS or tok.head.dep_ != "ccomp":
        return []
    said = [x for c in tok.head.head.children if c.dep_ in SUBJ_DEPS for x in mentions_for(c)]
    return [(m, True) for m, _ in said] if len(said) > 1 and all(getattr(m.entity, "type", "") == "Organisation" for m, _ in said) else []


def possessor_body(doc: Doc, poss: Token, tok2ment: dict[int, Mention]) -> Mention | None:
    """'The ORR published its decision. Its chief executive, X, said …': 'its' on the subject of a sentence's main
    clause stands for the body that was the subject of the main clause before (as for 'it', above); 'its' on a noun
    joined by 'and' to a body's name stands for that body ('Acme Ltd and its director X were fined')."""
    noun = poss.head if poss.head.dep_ not in {"compound", "nmod"} else poss.head.head  # ('Its chief executive X said')
    while noun.dep_ in {"poss", "compound"} and noun.head.i != noun.i and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # ("Its children's services department was rated …": the department)
    if (joined := _joined_body(noun, tok2ment)) is not None and poss.lower_ == "its":
        return joined  # 'Acme Ltd and its director X'
    if poss.lower_ != "its" or poss.dep_ != "poss" or noun.dep_ not in SUBJ_DEPS | PASSIVE_SUBJ_DEPS:
        return None
    under = [noun.sent.root] if noun.head.i != noun.sent.root.i else [  # 'X said its chief executive Y would …'
        c for c in noun.head.children if c.dep_ == "ccomp" and c.i < noun.i and not any(  # ('X faces a gap, its finance chief warned'; not
            s.dep_ in SUBJ_DEPS and s.lower_ in {"we", "i", "you"} for s in c.children)]  # a quote's "We …," said its chief: the body before)
    return _main_subject_body(doc, poss, under + _roots_before(doc, noun.sent), tok2ment)


def licence_holder(doc: Doc, poss: Token, tok2ment: dict[int, Mention]) -> Mention | None:
    """'X closed after Ofsted cancelled its registration': 'its' on a licence, registration or rating a verb acts on
    stands for the nearest body before it that is not that verb's own subject (no regulator acts on its own licence),
    or for the subject of the sentence before; 'X has had its licence revoked by Y': for the subject of 'have'."""
    noun = poss.head
    if poss.lower_ != "its" or noun.dep_ != "dobj":
        return None
    subjects = [m for c in noun.head.children if c.dep_ in SUBJ_DEPS and (m := tok2ment.get(c.i)) is not None and m.entity is not None]
    if noun.head.lemma_ == "have" and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in noun.children):
        return next((m for m in subjects if m.entity.type == "Organisation"), None)
    own = {id(m.entity) for m in subjects}
    return next((m for i in range(poss.i - 1, poss.sent.start - 1, -1) if (m := tok2ment.get(i)) is not None and m.entity is not None
                 and m.entity.type == "Organisation" and id(m.entity) not in own), None) or (
        None if poss.sent.start == 0 else _main_subject_body(doc, poss, _roots_before(doc, poss.sent), tok2ment))


def _joined_body(noun: Token, tok2ment: dict[int, Mention]) -> Mention | None:
    """The body whose name *noun* is joined to by 'and' ('Acme Ltd and its director'), unless that name is in a phrase
    on another noun ('the X Centre at Y University and its Director': Y only says where the centre is)."""
    joined = tok2ment.get(noun.head.i) if noun.dep_ == "conj" else None
    if joined is None or joined.entity is None or joined.entity.type != "Organisation" or joined.end != noun.head.i + 1:
        return None
    holder = noun.head.head.head  # (the word the preposition before the name hangs on)
    return None if noun.head.dep_ == "pobj" and (holder.pos_ in {"NOUN", "PROPN"} or holder.dep_ == "pobj") else joined


def announcing_body(doc: Doc, tok: Token, tok2ment: dict[int, Mention]) -> Mention | None:
    """'Kelby Trust is pleased to announce … Jo Bloggs has been appointed as Chief Executive': the body that was
    the subject of the main clause before the one *tok* is in (as for 'it', above)."""
    return _main_subject_body(doc, tok, _roots_before(doc, tok.sent), tok2ment)


def _roots_before(doc: Doc, sent: Span) -> list[Token]:
    """The main verbs of the two sentences before *sent*."""
    if sent.start == 0:
        return []
    before = doc[sent.start - 1].sent
    return [before.root] + ([doc[before.start - 1].sent.root] if before.start > 0 else [])


def _main_subject_body(doc: Doc, tok: Token, candidates: list[Token], tok2ment: dict[int, Mention],
                       listing: Collection[str] = (), kinds: Collection[str] = ()) -> Mention | None:
    """The body that is the one subject of the first of *candidates* with a named subject (through 'it'), or the
    one body a copula or a *listing* verb after a plural subject names ('Projects funded include X')."""
    for verb in candidates:
        subjects = [c for c in verb.children if c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS]
        if len(subjects) != 1:
            return None
        m = tok2ment.get(subjects[0].i) or (next((tok2ment.get(c.i) for c in subjects[0].children if c.dep_ == "poss" and c.i in tok2ment), None) if tok.lower_ == "its" else None)  # ("X's rating fell, and its principal …")
        if m is not None and m.entity is not None:
            if m.entity.type not in ({"Organisation", "Programme", "Policy", "Publication"} if tok.lower_ == "it" else {"Organisation"}) or any(  # ('The X Hub has
                    c.dep_ == "conj" and not m.start <= c.i < m.end for c in subjects[0].children):  # opened. It is funded by Y': a
                # programme, a policy or a work too; an 'and' inside the name is no second subject: 'The X and Y Strategy')
                return None  # ('A and B were fined. They …': both, which a pronoun for one body cannot give; nor 'it' one of them)
            rival = _rival(doc, verb, m, tok, tok2ment)
            return m if rival is None or _acted_on(tok, rival, tok2ment, set(kinds) - {m.entity.name.split()[-1].lower()}) else None
        named = [a for c in verb.children if c.dep_ == "attr" and (a := tok2ment.get(c.i)) is not None
                 and a.entity is not None]
        named += [a for c in verb.children if c.dep_ == "dobj" and verb.lemma_ in listing and subjects[0].tag_ in {"NNS", "NNPS"}
                  and (a := tok2ment.get(c.i)) is not None and a.entity is not None and not any(g.dep_ == "conj" for g in c.children)]
        if (verb.lemma_ == "be" or verb.lemma_ in listing) and len(named) == 1 and named[0].entity.type == "Organisation":
            return named[0]  # 'One charity to benefit is X. It has been awarded …': the body the copula names
        if subjects[0].lower_ != tok.lower_:
            return None
    return None


def previous_subject(doc: Doc, sent: Span, tok2ment: dict[int, Mention]) -> Mention | None:
    """The one body the sentence before *sent* is about: the named subject of its main verb ('Kelby Trust has won a
    grant. Chief executive Jo Bloggs said …')."""
    roots = _roots_before(doc, sent)[:1]
    subjects = [c for v in roots for c in v.children if c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS]
    m = tok2ment.get(subjects[0].i) if len(subjects) == 1 and not any(c.dep_ == "conj" for c in subjects[0].children) else None
    return m if m is not None and m.entity is not None and m.entity.type == "Organisation" else None  # (one body, not 'A and B')


def story_part(reader, tok: Token, depth: int = 0) -> list:
    """'X has appointed a new director. The department was rated inadequate by Ofsted': a part of a body with 'the' and no
    owner named (patterns.json 'story-parts'), as a clause's subject, is the part of the body the sentence before is about,
    else of the one body the headline and lead name — never a regulator, which inspects parts and does not own them."""
    if tok.lemma_.lower() not in reader.structure.structural.get("story-parts", {}).get("nouns", ()) or tok.i in reader.tok2ment \
            or tok.dep_ not in SUBJ_DEPS | PASSIVE_SUBJ_DEPS or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in {"poss", "prep", "compound", "nmod", "appos"} for c in tok.children):  # (not 'the probation service', a kind)
        return []
    body = previous_subject(reader.doc, tok.sent, reader.tok2ment) or (
        sole_body(reader.tok2ment, 0, lead_end(reader.doc)) if tok.sent.start >= lead_end(reader.doc) else None)
    return [(body, True)] if body is not None and all(body.entity is not r.entity for r in reader.regulators) else []


def _acted_on(pronoun: Token, rival: Mention, tok2ment: dict[int, Mention], kinds: Collection[str] = ()) -> bool:
    """Whether the pronoun's own clause names the rival ('Ofsted visited X. It upgraded the council …'), or a body by a kind (*kinds*) the
    subject's name does not end with ('X took over Y after it opened an inquiry into the charity'): 'it' is the other body, then."""
    words = set(rival.entity.name.lower().split())
    return any((m := tok2ment.get(t.i)) is not None and m.entity is rival.entity
               or (t.pos_ == "NOUN" and (t.lower_ in words or t.lower_ in kinds) and any(c.lower_ in {"the", "its"} for c in t.children))
               for t in pronoun.head.subtree if t.i != pronoun.i)


def _rival(doc: Doc, verb: Token, subject: Mention, pronoun: Token, tok2ment: dict[int, Mention]) -> Mention | None:
    """Another body the clause acts on ('The CQC prosecuted the Trust. It was fined …'): 'it' could be either,
    so it is read as neither. A body only described by the clause ('X is part of Y') is no rival, nor a passive's agent
    ('X was rated outstanding by Ofsted after it joined Y', 'X is funded by Y. It will be based …': X, the subject)."""
    for i in range(verb.sent.start, min(verb.sent.end, pronoun.i)):
        m = tok2ment.get(i)
        described = pronoun.head.head if pronoun.head.dep_ == "relcl" else None  # ('the X, which it funds', 'X, the
        if m is None or m is subject or m.entity is None or m.entity.type != "Organisation" or i != m.start or (described is not None and (
                m.start <= described.i < m.end or described.dep_ == "appos" and m.start <= described.head.i < m.end)):  # company it set up')
            continue  # 'it' is never the body its own relative clause describes
        t, located = doc[m.end - 1], False
        while t.i != verb.i and t.head.i != t.i and t.dep_ not in {"attr", "acomp", "appos", "relcl", "advcl"}:
            located = located or (t.dep_ == "prep" and t.lower_ in {"at", "in"}) or subject.start <= t.head.i < subject.end or t.dep_ in {"amod", "compound"} and t.head.dep_ in SUBJ_DEPS or (
                t.dep_ == "agent" and subject.end - 1 < pronoun.i)  # ('X was rated by Y after it …', 'X is funded by Y. It will …': X)
            t = t.head
        if t.i == verb.i and not located:  # where it happened, or the subject's own address, is no rival
            return m
    return None


def address_owner(doc: Doc, place: Mention, tok2ment: dict[int, Mention]) -> Mention | None:
    """The body or person whose address ends in *place* ('Acme Ltd of Woolwich Road, London were fined', parsed with London as
    the subject; a body's 'Acme Cafe, 36 Mill Street, Kelby'): back over ', place' parts to 'of' (or ', <number>'), the name before."""
    if place.entity is None or place.entity.type != "Place":
        return None
    k = place.start
    while k >= 2 and doc[k - 1].text == "," and (prev := tok2ment.get(k - 2)) is not None and prev.entity is not None \
            and prev.entity.type == "Place":
        k = prev.start
    if k >= 4 and doc[k - 1].text == "," and doc[k - 2].pos_ == "PROPN" and k - 2 not in tok2ment and doc[k - 3].lower_ == "of":
        k -= 2  # (a town the gazetteer does not know: 'X Solicitors of Lymm, Cheshire were fined')
    k -= (numbered := k >= 3 and doc[k - 1].like_num and doc[k - 2].text == ",")
    if k >= 2 and doc[k - 1].lower_ == ("," if numbered else "of") and (owner := tok2ment.get(k - 2)) is not None and owner.entity \
            is not None and owner.entity.type in {"Organisation", "Person"} and k < place.start and not (numbered and owner.entity.type == "Person"):
        return owner
    return None


def in_address_of(doc: Doc, m: Mention | None, child: Token, tok2ment: dict[int, Mention], rules: TypeRules) -> bool:
    """'Kelby School, Mill Road, Barset Green, Kelby': after a body's name, a comma and a street's name, the
    names that follow are its address, not more bodies of a list."""
    street = tok2ment.get(m.end + 1) if m is not None and m.end + 1 < len(doc) and doc[m.end].text == "," else None
    return (street is not None and street.start == m.end + 1 and rules.head_words.get(doc[street.end - 1].text) == "Place"
            and m.entity is not None and m.entity.type == "Organisation" and child.i > m.end)


def stray_apposition(doc: Doc, tok: Token, tok2ment: dict[int, Mention]) -> bool:
    """'… imposed by the Office for Students (OfS), the higher education regulator in England': a describing phrase
    set off by a comma right after a name, which the parser hung elsewhere (as the verb's second object), only
    describes that name; it is no argument of its own. A list going on after it ('A, the council and B') is not this."""
    first, last = tok.left_edge, tok.right_edge
    if tok.dep_ in {"appos", "conj"} or tok.pos_ != "NOUN" or first.lower_ not in {"the", "a", "an"} or first.i < 2 \
            or tok.i < tok.head.i:  # (not a subject after a fronted clause: 'Using FIP, the council found …')
        return False
    if doc[first.i - 1].text != "," or (last.i + 1 < len(doc) and doc[last.i + 1].lower_ in {"and", "or", "&"}):
        return False
    k = first.i - 2
    if doc[k].text == ")":  # 'the Office for Students (OfS), the regulator'
        k = next((j for j in range(k - 1, max(k - 8, -1), -1) if doc[j].text == "("), k) - 1
    m = tok2ment.get(k)
    return m is not None and m.entity is not None and m.end == k + 1


def its_owner(reader: RelationReader, poss: Token) -> list:
    """'In its report X, the institute calls for …', 'The Y Institute set out its case in its report X': 'its' on
    the report's noun stands for the subject of the clause the noun is in, when that is a body (or, opening a sentence,
    the last sentence's subject, however named: 'The trust was chosen … Its chief executive, X, said'; 'whose' the body
    named right before it: 'Y, whose chief executive, X, said'; 'her' or 'his' an
    office named for its post); not where the clause
    breaks the rule it names ('X breached its Broadcasting Code': the code may be the regulator's, patterns.json
    'possessive' 'broken_by')."""
    if poss.lower_ == "whose":  # ('X, whose chief executive, Y, said': the body named right before)
        m = reader.tok2ment.get(poss.i - 1 - (poss.i > 0 and poss.doc[poss.i - 1].text == ","))
        return [(m, False)] if m is not None and m.entity is not None and m.entity.type == "Organisation" and m.end >= poss.i - 1 else []
    verb = poss.head
    while (verb.dep_ not in {"ROOT", "ccomp", "advcl", "relcl", "conj"} or verb.dep_ == "conj" and verb.pos_ in {"NOUN", "PROPN"}) \
            and verb.head.i != verb.i and verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head  # (past a joined noun: 'runs its X Scheme and its Y Scheme')
    if verb.lemma_.lower() in reader.structure.structural.get("possessive", {}).get("broken_by", ()):
        return []
    found = [(x, True) for c in verb.children if c.dep_ == "nsubj" for x, _ in reader.mentions_for(c)] if poss.lower_ == "its" and not any(  # (not
        getattr(getattr(reader.tok2ment.get(i), "entity", None), "type", None) in {"Organisation", "Person", "Place"}  # after a body it acts
        for i in range(verb.i + 1, poss.i) if poss.head.head.lower_ not in {"through", "via"}) else []  # on: 'fined Y over its X', not 'lent Y £5m through its X')
    if not found and poss.lower_ == "its" and verb.dep_ in {"pcomp", "xcomp"} and not any(c.dep_ in SUBJ_DEPS for c in verb.children):
        governing = verb.head.head if verb.dep_ == "pcomp" else verb.head  # ('banned X from paying its chief executive …': X)
        found = [(x, True) for c in governing.children if c.dep_ == "dobj" and c.i < verb.i for x, _ in reader.mentions_for(c)] or [
            (x, True) for c in governing.children if c.dep_ in {"nsubj", "nsubjpass"} and not any(d.dep_ == "dobj" for d in governing.children)
            for x, _ in reader.mentions_for(c)]  # ('X agreed to extend the contract of its interim director': X)
    if len(found) == 1 and found[0][0].entity.type != "Organisation":  # 'In its report, X, the institute said': the
        subject = next(c for c in verb.children if c.dep_ == "nsubj")  # parser made the report the subject, the body its apposition
        found = [(x, True) for c in subject.children if c.dep_ == "appos" for x, _ in reader.mentions_for(c)]
    if not any(x[0].entity.type == "Organisation" for x in found) and poss.lower_ == "its" and verb.lemma_ in reader.structure.structural.get(
            "quote-speakers", {}).get("verbs", ()):  # ('The trust will use it, its chief digital officer, X, said': what the said clause is about)
        found = [(x, True) for c in verb.children if c.dep_ == "ccomp" and c.i < poss.i for s in c.children if s.dep_ == "nsubj" for x, _ in reader.mentions_for(s)] or found
    posted = poss.head.text.capitalize() in reader.rules.post_words  # ('The trust runs 14 schools. Its chief executive, X, said': not 'Its author, X')
    if (not found or posted and not any(x[0].entity.type == "Organisation" for x in found)) and poss.i == poss.sent.start > 0 and poss.lower_ in {"its", "her", "his"}:  # 'X has criticised Y. Its (her)
        found = [(x, True) for c in poss.doc[poss.i - 1].sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}  # report, Z, was published …':
                 for x, _ in reader.mentions_for(c) if poss.lower_ == "its" or office_of_post(x, reader.rules)]  # the last subject
    return bodies if len(bodies := [x for x in found if x[0].entity.type == "Organisation"]) == 1 else []  # (a work in apposition aside)


def office_of_post(m: Mention, rules) -> bool:
    """'the Children's Commissioner', 'the Housing Ombudsman': a body named for the post of the one who holds it, whom
    'her' or 'his' may stand for."""
    if m.entity is None or m.entity.type != "Organisation":
        return False
    return m.entity.name.split(" of ")[0].split(" for ")[0].split()[-1] in rules.post_words  # (its head: 'Commissioner for X')


def unit_owners(reader: RelationReader, body: tuple) -> list:
    """"appointed chair of Ofcom's Content Board": a board or committee of a body named as its owner's (patterns.json
    'unit-of' 'heads'), whose posts its owner fills, stands for the owner as the appointing body."""
    m, flag = body
    heads = reader.structure.structural.get("unit-of", {}).get("heads", ())
    if m.entity is None or m.entity.name.split()[-1] not in heads:
        return []
    owners = [x for c in reader._children(mention_root(reader.doc, m), {"poss"}) for x, _ in reader.mentions_for(c)
              if x.entity is not None and x.entity.type == "Organisation"]
    return [(owners[0], flag)] if len(owners) == 1 else []


def its_unit_owner(reader: RelationReader, tok: Token, units: Collection[str]) -> list:
    """'The respondent is the Highland Council. Its Area Committee resolved …', 'X said its Audit Committee had …': a
    body's unit (a name ending in one of *units*) owned by 'its' is part of the body 'its' stands for — the main clause's
    subject before (possessor_body), the subject of the clause the unit is named in (its_owner), or the one body the
    sentence names before it ('X has been chair of the Kelby Board, and a member of its Audit Committee')."""
    m = reader.tok2ment.get(tok.i)
    if m is None or reader.doc[m.end - 1].text not in units:
        return []
    for c in (c for t in reader.doc[m.start:m.end] for c in t.children if not m.start <= c.i < m.end):
        if c.dep_ == "poss" and c.lower_ == "its":
            return its_body(reader, c, m)
    return []


def its_body(reader: RelationReader, poss: Token, named: Mention | None = None) -> list:
    """The body 'its' stands for: the main clause's subject before (possessor_body), the subject of the clause it is
    in (its_owner; not *named*, the name it owns), or the one body the sentence names before it (or 'the authority' does:
    "weak oversight at the authority and of its housing company"); where that is the
    article's regulator and 'its' is in no subject, the body the regulator acts on, possessor of a noun before it ("CQC
    inspected the trust's maternity services at two of its hospitals": the trust's)."""
    found = [(b, True)] if (b := possessor_body(reader.doc, poss, reader.tok2ment)) is not None else [
        x for x in its_owner(reader, poss) if x[0] is not named] or [
        (b, True) for b in [sole_body(reader.tok2ment, reader.sent.start, poss.i)] if b is not None] or next((  # (or the nearest
        [(x[0], True)] for t in reversed(reader.doc[reader.sent.start:poss.i]) if t.lemma_.lower() in reader.rules.name_nouns  # 'the authority'
        and any(c.lower_ == "the" for c in t.children) for x in reader.mentions_for(t)[:1] if x[0].entity is not None), [])  # before it)
    if found and poss.head.dep_ not in SUBJ_DEPS | PASSIVE_SUBJ_DEPS and any(found[0][0].entity is r.entity for r in reader.regulators):
        acted = next((x for t in reversed(reader.doc[reader.sent.start:poss.i]) if t.dep_ == "poss" and t.lower_ not in {"its", "their"}
                      for x in reader.mentions_for(t) if x[0].entity is not None and x[0].entity.type == "Organisation"
                      and all(x[0].entity is not r.entity for r in reader.regulators)), None)
        return [(acted[0], True)] if acted is not None else found
    return found


def closing_apposition(doc: Doc, tok: Token, tok2ment: dict[int, Mention], kinds: dict[str, str]) -> Mention | None:
    """'The company responsible for the hotel, Kelby Hotels Ltd, was fined …', 'The firm behind the app, Kelby Ltd,
    was …': a body's name set off by commas at the end of a subject phrase whose noun is a kind of body (*kinds*:
    a noun -> type), which the parser hung on the nearer noun that is no kind of body ('hotel', 'app'), names the
    subject's body — as does a registered company's name hung on a kind of body ('the hotel, Kelby Hotels Ltd,')."""
    if tok.pos_ != "NOUN" or kinds.get(tok.lemma_.lower()) != "Organisation" or tok.dep_ not in SUBJ_DEPS | PASSIVE_SUBJ_DEPS:
        return None
    last = tok.right_edge
    m = tok2ment.get(last.i - 1) if last.text == "," and last.i > tok.i + 3 else None
    if m is None or m.entity is None or m.entity.type != "Organisation" or m.end != last.i or doc[m.start - 1].text != ",":
        return None
    near = doc[m.end - 1].head if doc[m.end - 1].dep_ == "appos" else None
    return m if near is not None and tok.i < near.i < m.start and near.pos_ == "NOUN" and near.i not in tok2ment and (
        kinds.get(near.lemma_.lower()) != "Organisation" or doc[m.end - 1].text in LEGAL_ENDINGS) else None



def listed_after_colon(reader: RelationReader, tok: Token, depth: int = 0) -> list:
    """'four organisations: A, B, C and the D': names listed after a colon stand for the plural noun before it (read from
    the words: the parser hangs such a list anywhere); so do those after a colon that ends the clause a plural of people
    is the subject of ('Three new trustees have joined the board of X: A, a solicitor at Y; B; and C': a list set out
    with semicolons gives the name opening each part), or that ends the phrase a plural of people is in."""
    doc, end = reader.doc, reader.sent.end
    if tok.tag_ != "NNS":
        return []
    people = tok.lemma_.capitalize() in reader.rules.post_words or tok.lemma_.lower() in reader.rules.member_nouns
    colon = tok.i + 1 if tok.i + 1 < end and doc[tok.i + 1].text == ":" else next(
        (i for i in range(tok.i + 2, end - 2) if doc[i].text == ":"), None) if people else None
    if colon is not None and tok.dep_ not in SUBJ_DEPS and any(t.pos_ in {"VERB", "AUX"} for t in doc[tok.i + 1:colon]):
        colon = None  # (people named in an object: 'the appointment of three members to X: A, B and C', no verb before the colon)
    if colon is None and people and tok.dep_ == "dobj" and any(c.dep_ == "nummod" for c in tok.children):  # ('welcomed two new
        commas = [i for i in range(tok.i + 1, end - 2) if doc[i].text == ","]  # trustees to its board, the broadcaster A and the
        listed = people_described(doc, commas[0] + 1, end, reader.tok2ment) if commas else []  # accountant B': after a comma, to the end)
        return [(m, False) for m in listed] if len(listed) > 1 else []
    if colon is None or colon + 2 >= end:
        return []
    parts = [i + 1 for i in range(colon, end - 1) if doc[i].text in {":", ";"}] if any(doc[i].text == ";" for i in range(colon, end)) else []
    if parts:  # (each part opens with its name, after an 'and')
        opening = [(i + (doc[i].lower_ == "and"), reader.tok2ment.get(i + (doc[i].lower_ == "and"))) for i in parts]
        out = [(m, False) for i, m in opening if m is not None and m.entity is not None and m.start == i]
    else:
        out = [(m, False) for m in (people and people_set_off(doc, colon + 1, end, reader.tok2ment)) or names_listed(doc, colon + 1, end, reader.tok2ment)[0]]
    return out if len(out) > 1 else []


def the_government(reader, tok: Token, depth: int = 0) -> list[tuple[Mention, bool]]:
    """'The Government has provided £21m …' in a story that names one ministry ('… according to the Ministry of
    Housing, Communities and Local Government'): 'the government' stands for that ministry (one_ministry), as
    coreference; with none or several, for no one."""
    rule = reader.structure.structural.get("governments", {})
    ministry = one_ministry(reader.tok2ment, rule) if government_word(tok, rule) else None
    return [(ministry, True)] if ministry is not None else []


def government_word(tok: Token, rule: dict) -> bool:
    """'the government', 'the UK Government': the word with 'the', qualified by no more than its nation
    (patterns.json 'governments' 'national_words')."""
    national = rule.get("national_words", ())
    return tok.lemma_.lower() == "government" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in {"compound", "amod", "poss", "nmod"} and c.lower_ not in national for c in tok.children)


def one_ministry(tok2ment: dict[int, Mention], rule: dict) -> Mention | None:
    """The one ministry an article names (a body whose name opens with one of patterns.json 'governments'
    'departments'), or None."""
    prefixes = tuple(rule.get("departments", ()))
    found = {id(m.entity): m for m in tok2ment.values() if m.entity is not None and m.entity.type == "Organisation"
             and m.entity.name.startswith(prefixes)}
    return next(iter(found.values())) if len(found) == 1 else None


def manner_subjects(prep: Token) -> list[Token]:
    """'raised concerns over how X treated its customers', 'concerns about the way X handled complaints', 'an inquiry into
    whether X broke the rules': after a preposition, a clause of manner or a question is about its subject."""
    out = []
    for c in prep.children:
        clause = c if c.dep_ == "pcomp" and any(a.lower_ in {"how", "whether"} for a in c.children) else next((r for r in c.children if r.dep_ == "relcl" and c.lower_ in {
            "way", "manner"} or r.pos_ == "VERB" and any(a.lower_ == "whether" for a in r.children)), None) if c.dep_ == "pobj" else None  # ('whether X fitted | meters')
        out += [s for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"}] if clause is not None else []
    return out
