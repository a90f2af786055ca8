"""The posts a person's own verbs give them: 'X stood down as chair of Y', 'X will succeed Y as chief executive of Z',
'X will take up the new role at Y', 'X joins from Y', 'X has worked at Y', and 'he' or 'she' doing any of these for
the person just named. The words are data (patterns.json 'role-copula'). Imports extract.posts (a post's body),
extract.mentions_base and extract.pipeline (a verb's lemmas); the reader is passed in. Read by extract.structure,
extract.appointments and extract.phrases.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .mentions_base import Mention, doc_tokens, mention_root
from .pipeline import lemma_candidates
from .place_councils import named_before_post
from .posts import PAST, ROLE_DEPTH, copula_posts, employers, headline_post_body, is_post, nested_prep_objects, written_as_office

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Relation
    from .relations import RelationReader


def as_posts(reader: RelationReader, tok: Token, copula: dict, posts: set[str]) -> list:
    """'X will give up her role as director of Y', 'X stood down as chair of Y', 'X joins as director at
    Y': the subject's own post, named after 'as' on its verb (or on the verb's 'post/role/job'). Not where the
    verb has another object ('Z described her as chief executive of Y'), unless it is one who held the post
    before ('X will succeed Y as chief executive of Z': both X and Y; copula 'succession_verbs')."""
    succeeding, conferred = set(copula.get("succession_verbs", ())), set(copula.get("conferring_nouns", ()))
    if tok.dep_ == "dobj" and succession(tok.head) in succeeding:
        verbs = [tok.head]  # 'X will succeed Y as chief executive of Z': Y holds the post now
    elif tok.dep_ == "pobj" and tok.head.lower_ == "from" and succession(v := phrase_verb(tok.head)) + " from" in succeeding:
        verbs = [v]  # 'X will take over from Y as …' (or 'take over as chief executive of Z from Y')
    elif tok.dep_ == "dobj" and (verbs := [n for p in tok.head.children if p.dep_ == "prep" and p.lower_ in {"on", "for"}
                                         for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in conferred
                                         and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children)]):
        pass  # 'Y congratulated X on her election as leader of Z': the post conferred on the object
    elif tok.dep_ in {"nsubj", "nsubjpass"}:
        verbs = [tok.head] + [c for c in tok.head.children if c.dep_ == "xcomp" or (  # 'Having stepped down from …, X'
            c.dep_ == "advcl" and (c.tag_ in {"VBN", "VBG"} or any(g.lower_ == "having" for g in c.children))
            and not any(g.dep_.startswith("nsubj") for g in c.children))] + _who_clauses(tok)  # (and 'X, who resigned as …, said')
    else:  # 'X, who is to leave his role as director of Y': the relative clause's verbs are X's
        verbs = _who_clauses(tok)
        if not verbs:
            return []
    verbs = [v for v in verbs if not any(c.dep_ == "advmod" and c.lower_ in PAST for c in v.children)]  # (not 'having previously worked as')
    post_nouns, spans = set(copula.get("post_nouns", ())), set(copula.get("time_nouns", ()))  # ('began his first day as …';
    spent = {c.i for v in verbs for c in v.children if c.lower_ in spans and not any(n.dep_ == "nummod" for n in c.children)}  # not 'three years as')
    holders = [v for v in verbs if succession(v) in succeeding or not any(
        c.dep_ == "dobj" and c.lemma_.lower() not in post_nouns and c.i not in spent for c in v.children)]
    holders += [c for v in holders for c in v.children if (c.dep_ == "dobj" and c.lemma_.lower() in post_nouns) or c.i in spent]
    holders += [r for v in dict.fromkeys([*holders, *verbs]) for p in v.children if p.dep_ == "prep" for r in p.children  # 'from his role as …'
                if r.dep_ == "pobj" and r.lemma_.lower() in post_nouns and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in r.children)
                and not (r.i < tok.i and any(s.dep_ == "nsubj" and s.i < r.i for s in v.children))]  # (not another subject's: 'A, in his role as …, and B')
    roles = [r for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "as"
             for r in p.children if r.dep_ == "pobj" and r.pos_ in {"NOUN", "PROPN"} and r.i not in reader.tok2ment and is_post(r, posts)]
    found = [o for r in roles for o in employers(reader, r, set(copula.get("prepositions", ()))) or [
        x for c in r.children if c.dep_ == "poss" and c.pos_ != "PRON" for x in reader.mentions_for(c)]  # 'as Y's director',
        + named_before_post(reader, r)]  # 'as the new Y chief executive', 'as the new Norfolk chief constable'
    if not found and roles:  # 'X is to leave his post as director of housing | at Y': 'at Y' hung on the verb
        found = [o for v in verbs for o in reader._prep_objects(v, set(copula.get("verb_prepositions", ())))
                 if o[0].entity is not None and o[0].entity.type == "Organisation"]
    found += [(x, False) for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "as" for r in p.children
              if r.dep_ == "pobj" and (x := reader.tok2ment.get(r.i)) is not None and x.entity is not None
              and x.entity.type == "Organisation" and written_as_office(reader, x)]  # 'began her role as the Chief Inspector …'
    if not found:  # 'X will succeed Y at Z': the post unnamed, the body after 'at' (or the job's: 'the force's top job')
        found = [o for v in verbs if succession(v) in succeeding or succession(v) + " from" in succeeding
                 for o in reader._prep_objects(v, {"at"}) + held_post_bodies(reader, v, copula, posts)
                 if o[0].entity is not None and o[0].entity.type == "Organisation"]
    return found or (headline_post_body(reader, holders, copula) if roles else [])


def _who_clauses(tok: Token) -> list[Token]:
    """The verbs of a 'who' clause on a person (and their infinitives): 'X, who is to leave his role as director of Y'."""
    return [v for c in tok.children if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
            for v in [c, *(x for x in c.children if x.dep_ == "xcomp")]]


def succession(verb: Token) -> str:
    """A verb with its particle ('take over'), to match copula 'succession_verbs' ('succeed', 'take over from')."""
    return " ".join([verb.lemma_] + [c.lower_ for c in verb.children if c.dep_ == "prt"])


def phrase_verb(tok: Token) -> Token:
    """The verb a preposition's phrase belongs to, through the nouns and prepositions it hangs on ('take over as chief
    executive of Z from Y': 'from' hung on 'executive'); *tok*'s head where there is none within a few steps."""
    head = tok.head
    for _ in range(6):
        if head.pos_ in {"VERB", "AUX"} or head.dep_ not in {"pobj", "prep", "dobj", "compound", "attr"} or head.head is head:
            break
        head = head.head
    return head if head.pos_ in {"VERB", "AUX"} else tok.head


def pronoun_posts(reader: RelationReader, copula: dict, posts: set[str]) -> Iterator[Relation]:
    """'Jo Bloggs will join in May. She is currently chief executive at X', 'Y has appointed Jo Bloggs. He joins from
    X', 'She has held roles at X', 'She also contributed as chair of X': a personal pronoun subject of a linking, joining, taking or working verb stands for
    the person who was the subject of a main clause just before, or the one an 'appointing_verbs' verb just named
    (copula 'pronouns')."""
    linking, doc, pronouns = set(copula.get("verbs", ("be",))), reader.doc, set(copula.get("pronouns", ()))
    appointing, moving = set(copula.get("appointing_verbs", ())), set(copula.get("moving_verbs", ()))
    for tok in doc_tokens(doc)[reader.sent.start:reader.sent.end]:
        if tok.lower_ not in pronouns or tok.dep_ != "nsubj":
            continue
        verbs = [v for v in [tok.head, *(c for c in tok.head.children if c.dep_ == "conj" or c.dep_ in {"xcomp", "advcl"} and tok.head.lemma_ in moving
                                          and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))] if v.lemma_ in linking]  # ('He moved to become …')
        orgs = copula_posts(reader, verbs, copula, posts) + taken_posts(reader, tok, copula, posts) + as_posts(reader, tok, copula, posts) \
            + joined_from(reader, tok, copula) + worked_at(reader, tok, copula)  # ('He will be joining from X', 'She stood down as chair of X')
        person = pronoun_person(reader, tok, appointing) if orgs else None
        if person is not None:
            yield from reader.emit(reader.specs[copula["predicate"]], tok, [(person, True)], orgs, "role-copula")


def pronoun_person(reader: RelationReader, tok: Token, appointing: set[str]) -> Mention | None:
    """The person a 'he' or 'she' stands for: the subject of a main clause just before (not 'since X moved'), or of
    what such a clause reports ('Y announced that X will take up the post. She …'), or who was just appointed ('Y has
    appointed X. She joins from Z'), or the one person the sentence before named, as its verb's object ('Y prosecuted X.
    He was fined …'). A 'him' or 'her' that is the object of the second of two joined verbs is the person the first
    acted on ('Y prosecuted X and banned him'); of a verb of its own, the one person the sentence before named ('Y dismissed
    X. Z later removed him from its register')."""
    if tok.dep_ in {"dobj", "dative"}:  # ('banned X and fined him £N': 'him' the first object of two)
        first = [m for c in tok.head.head.children if tok.head.dep_ == "conj" and c.dep_ == "dobj" for t in (c, *c.conjuncts)
                 if (m := reader.tok2ment.get(t.i)) is not None and m.entity is not None and m.entity.type == "Person"]
        if tok.head.dep_ == "conj" or first:
            return first[0] if len(first) == 1 else None
        return next((m for i in range(tok.i - 1, max(-1, reader.sent.start - 80), -1) if (m := reader.tok2ment.get(i)) is not None and i == m.start
                     and m.entity is not None and m.entity.type == "Person" and _only_person(reader, m, tok) and not _titled_otherwise(reader, m, tok)), None)
    doc, reporting = reader.doc, set(reader.structure.structural.get("unreal", {}).get("reporting_verbs", ()))
    return next((m for i in range(tok.i - 1, max(-1, reader.sent.start - 80), -1) if (m := reader.tok2ment.get(i)) is not None
                 and m.entity is not None and m.entity.type == "Person" and i == m.start
                 and (((root := _subject_or_its_apposition(mention_root(doc, m))) is not None and (root.head.dep_ in {"ROOT", "conj"} or (
                     root.head.dep_ == "ccomp" and root.head.head.dep_ == "ROOT" and reporting.intersection(lemma_candidates(root.head.head)))))
                      or (mention_root(doc, m).dep_ == "dobj" and (mention_root(doc, m).head.lemma_ in appointing or _only_person(reader, m, tok))))
                 and not _titled_otherwise(reader, m, tok)), None)  # (read last: it looks at all the person's mentions)


def _titled_otherwise(reader: RelationReader, m: Mention, tok: Token) -> bool:
    """Whether the person *m* names is given, at any of its mentions, a title of the other sex than the pronoun *tok*
    ('Ms Dunn' for 'he'; patterns.json 'gendered-titles')."""
    titles = reader.structure.structural.get("gendered-titles", {})
    other = next((set(titles.get(k, ())) for k, words in (("female", ("he", "him", "his")), ("male", ("she", "her", "hers"))) if tok.lower_ in words), set())
    return bool(other) and any(x.entity is m.entity and x.start > 0 and reader.doc[x.start - 1].text in other for x in reader.tok2ment.values())


def _only_person(reader: RelationReader, m: Mention, tok: Token) -> bool:
    """Whether *m*, named in the sentence before *tok*'s, is the only person named from that sentence to *tok*
    ('X has prosecuted landlord Jo Bloggs. He was fined …')."""
    start = reader.doc[m.start].sent.start
    return start < reader.sent.start and reader.doc[m.start].sent.end == reader.sent.start and all(
        x.entity is m.entity for i in range(start, tok.i) if (x := reader.tok2ment.get(i)) is not None and x.entity is not None
        and x.entity.type == "Person")


def _subject_or_its_apposition(tok: Token) -> Token | None:
    """A clause's subject, or the subject a name is in apposition to ('The Auditor General, Amyas Morse, is …')."""
    if tok.dep_ == "appos" and tok.head.dep_ in {"nsubj", "nsubjpass"}:
        return tok.head
    return tok if tok.dep_ in {"nsubj", "nsubjpass"} else None


def taken_posts(reader: RelationReader, tok: Token, copula: dict, posts: set[str]) -> list:
    """'X will take up the new role at Y', 'X takes up her post with Y', 'X is due to assume the role of director of
    Y': a post taken up at a body (copula 'taking_verbs' and 'post_nouns'), or the post named after it and its body;
    one left 'for' ('X left for a director's role at Y', 'X, who is leaving for a post with Y'; copula 'moving_verbs')."""
    moving = set(copula.get("moving_verbs", ()))
    left = [v for v in [tok.head][:tok.dep_ == "nsubj"] + [c for c in tok.children if c.dep_ == "relcl" and any(
        g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)] if v.lemma_ in moving]
    if left and (found := held_post_bodies(reader, left[0], copula, posts)):
        return found
    if tok.dep_ not in {"nsubj", "nsubjpass", "dobj"} or tok.dep_ == "dobj" and tok.head.pos_ != "VERB":
        return []
    told = any(d.dep_ == "dobj" for d in tok.head.children)  # ('Y has chosen X to take on the role at Z': X takes it, not Y)
    own = [tok.head, *(c for c in tok.head.children if c.dep_ == "xcomp" and not told or (c.dep_ == "advcl" and any(  # ('is
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and not any(a.dep_.startswith("nsubj") for a in c.children))), *(  # stepping down to take up …', 'is set to assume …',
        x for c in tok.head.children if c.dep_ == "acomp" for x in c.children if x.dep_ == "xcomp"), *(  # 'is due to assume …')
        x for c in tok.head.children if c.dep_ == "xcomp" for x in c.children if x.dep_ == "advcl" and any(  # 'is to leave his post
            a.dep_ == "aux" and a.lower_ == "to" for a in x.children))] if tok.dep_ != "dobj" else [c for c in tok.head.children if c.dep_ == "xcomp"]  # at Y to
    verb = next((v for v in own if v.lemma_ in set(copula.get("taking_verbs", ()))), None)  # take the helm at Z'; the object: 'chose X to take on …')
    if verb is None:
        return []
    return held_post_bodies(reader, verb, copula, posts)


def held_post_bodies(reader: RelationReader, verb: Token, copula: dict, posts: set[str]) -> list:
    """The bodies of a post a verb takes ('the new role at Y', 'her post with Y', "the council's top job", 'the role of
    director of Y'; copula 'post_nouns'), or of the body whose cabinet or board it is in or on (copula 'seat_nouns')."""
    post_nouns = set(copula.get("post_nouns", ()))
    held = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in post_nouns] + [
        r for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" and verb.lemma_ in set(copula.get("moving_verbs", ()))
        for r in p.children if r.dep_ == "pobj" and r.lemma_.lower() in post_nouns]  # ('left for a role at Y')
    led = set(copula.get("led_nouns", ()))  # ('X will take over the leadership of Y', 'take the helm of Y')
    named = [r for h in held for p in h.children if p.dep_ == "prep" and p.lower_ in {"of", "as"} for r in p.children
             if r.dep_ == "pobj" and r.i not in reader.tok2ment and is_post(r, posts)]  # ('the role of director of Y')
    seats = [r for h in held for p in h.children if p.dep_ == "prep" and p.lower_ in {"in", "on"} for r in p.children  # ('the housing brief in
             if r.dep_ == "pobj" and r.lemma_.lower() in set(copula.get("seat_nouns", ()))]  # Y's cabinet', 'a seat on the board of Y')
    return [o for h in held for o in nested_prep_objects(reader, h, {"at", "with"} | ({"of"} if h.lemma_.lower() in led else set()), ROLE_DEPTH)] + (
        reader._prep_objects(verb, {"at", "with"}) if held else []) + [o for r in seats for c in r.children if c.dep_ in {"poss", "compound"} for o in reader.mentions_for(c)] + [
        o for r in seats for o in reader._prep_objects(r, {"of"})] + [
        o for r in named for o in employers(reader, r, set(copula.get("prepositions", ())))] + [
        o for h in held for c in h.children if c.dep_ == "poss" and c.pos_ != "PRON" for o in reader.mentions_for(c)]


def joined_from(reader: RelationReader, tok: Token, copula: dict) -> list:
    """'X joins from Y', 'X joined on a secondment from Y': the body a person comes from, where they work now
    or did until the move (copula 'joining_verbs'); people only ('Z joined from the start' names no body). One
    'seconded_verbs' in the passive works at the body after 'to' ('X is to be seconded to Y as interim chief executive')."""
    seconded = set(copula.get("seconded_verbs", ()))
    tok = _subject_or_its_apposition(tok) or tok  # ("Y's new director, X, joins from Z": the subject X is set beside)
    lent = [tok.head] if tok.dep_ == "nsubjpass" else [c for c in tok.head.children if c.dep_ == "xcomp"] if tok.dep_ == "nsubj" else []
    if any(v.lemma_ in seconded for v in lent):  # ('X is to be seconded to Y': the verb after 'is to be')
        return [o for v in lent if v.lemma_ in seconded for o in reader._prep_objects(v, {"to"})
                if o[0].entity is not None and o[0].entity.type == "Organisation"]
    joining = set(copula.get("joining_verbs", ()))  # (or in a 'who' clause on the person: 'X, who joins from Y, …')
    verbs = [tok.head][:tok.dep_ == "nsubj" and tok.head.lemma_ in joining] + [c for c in tok.children if c.dep_ == "relcl" and c.lemma_ in joining] + [
        c for c in tok.head.children if tok.dep_ in {"nsubj", "nsubjpass"} and c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in joining
        and not any(s.dep_.startswith("nsubj") for s in c.children)] + [  # ('X has started as director of Y, joining from Z')
        c for c in tok.head.children if tok.dep_ == "appos" and tok.head.dep_ == "ROOT" and c.dep_ == "acl" and c.i > tok.i and c.lemma_ in joining]  # ("Y's
    # new manager, X, joined from Z", parsed with no verb of the sentence: 'joined' hung on the post)
    found = [o for verb in verbs for o in reader._prep_objects(verb, {"from"}) + [  # ('on a secondment from Y', 'the board from Y')
        o for c in verb.children if c.dep_ in {"prep", "dobj"} for p in ([c] if c.dep_ == "dobj" else reader._children(c, {"pobj"}))
        for o in reader._prep_objects(p, {"from"})]]
    return [o for o in found if o[0].entity is not None and o[0].entity.type == "Organisation"]


def worked_at(reader: RelationReader, tok: Token, copula: dict) -> list:
    """'X has also worked at A, B and C', 'X worked for Y for ten years', 'X works within Y' ('in Y's finance team'; or
    'was employed by Y', copula 'employed_verbs'), 'X, who specialises in
    Y at Z', 'X, who sits on the Y board', 'X spent six years at Y' (copula 'spending_verbs' with a span of time), 'X joins
    after six years at Y': the bodies a person worked at or for (copula 'working_verbs', and
    'sitting_verbs' with 'on'; 'X, responsible for finance at Y', copula 'answering_words'; also in a 'who' clause on the person, or on
    either of two people when its verb is plural; a firm working for a council is not part of it, so people only); not
    where the work is said to be over ('previously worked for Y')."""
    working = set(copula.get("working_verbs", ()))
    relative = [c for n in (tok, *(a for a in tok.children if a.dep_ == "appos" and a.i not in reader.tok2ment))  # ('X, a nurse who …')
                for c in n.children if c.dep_ == "relcl"] + [  # 'X, who specialises in Y at Z'; 'A and B, who teach at Z'
        c for k in [*(k for k in tok.children if k.dep_ == "conj"), *([tok.head] if tok.dep_ == "conj" else [])]
        for c in k.children if c.dep_ == "relcl" and c.tag_ == "VBP"]
    employed = set(copula.get("employed_verbs", ()))  # ('X, who was employed at Y', 'X was employed by Y': the passive only)
    verbs = [v for v in relative if (v.lemma_ in working and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in v.children)) or (
        v.lemma_ in employed and any(s.dep_ == "nsubjpass" and s.lower_ == "who" for s in v.children))]
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        verbs += [v for v in [tok.head, *(c for c in tok.head.children if c.dep_ == "conj" and not any(  # ('was X and has worked at Y')
                  s.dep_.startswith("nsubj") for s in c.children))] if v.lemma_ in working and tok.dep_ == "nsubj" or v.lemma_ in employed and tok.dep_ == "nsubjpass"]
    sitting = set(copula.get("sitting_verbs", ()))  # ('X also sits on the Y board', 'serves on the board of Y')
    own = [tok.head, *(c for c in tok.head.children if c.dep_ == "xcomp")] if tok.dep_ == "nsubj" else []  # ('continue to sit')
    verbs += [v for v in own + [r for r in relative if any(s.dep_ == "nsubj" and s.lower_ == "who" for s in r.children)] if v.lemma_ in sitting]
    own_verb = [tok.head] if tok.dep_ == "nsubj" else []  # 'X spent six years at Y', '… after six years at Y': a span of time at a body
    spans = [d for v in own_verb for c in v.children for d in ([c] if c.dep_ == "dobj" and v.lemma_ in set(copula.get("spending_verbs", ())) else [
        g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in {"after", "following"} else []) if d.ent_type_ == "DATE"
        and d.lemma_.lower() in set(copula.get("tenure_nouns", ()))]  # (years, not 'the weekend')
    verbs += [v for v in own_verb if any(d.head.i == v.i for d in spans)]
    answering = set(copula.get("answering_words", ()))  # 'X, (who is) responsible for finance at Y'
    adjectives = [c for c in tok.children if c.dep_ == "amod" and c.lower_ in answering] + [a for v in [*relative, *own_verb] if v.lemma_ == "be"
                                                                                          for a in v.children if a.dep_ == "acomp" and a.lower_ in answering]
    spans += [t for a in adjectives for t in (a, *(g for p in a.children if p.lower_ == "for" for g in p.children if g.dep_ == "pobj"))]
    found = [x for d in spans for x in reader._prep_objects(d, {"at", "with"})] + [o for v in verbs if not any(
        c.dep_ == "advmod" and c.lower_ in PAST for c in v.children)  # (not 'previously worked for Y')
             for o in reader._prep_objects(v, {"at", "for", "within", "in"} | ({"on"} if v.lemma_ in sitting else {"by"} if v.lemma_ in employed else set())) + [  # ('represents
                 x for d in reader._children(v, {"dobj"}) if v.lemma_ in sitting for x in reader._prep_objects(d, {"on"})] + [
                 x for a in reader._children(v, {"agent"}) if v.lemma_ in employed for p in reader._children(a, {"pobj"}) for x in reader.mentions_for(p)]]  # X ward on Y')
    return [o for o in found if o[0].entity is not None and o[0].entity.type == "Organisation"]


def shared_by(reader: RelationReader, tok: Token, copula: dict, posts: set[str]) -> list:
    """'Kelby Council and Orton Council share a chief executive, Jo Bloggs': a person set beside a post that bodies
    share (one of copula 'sharing_verbs', the post its object) holds the post at each of them."""
    post = tok.head
    if tok.dep_ != "appos" or post.dep_ != "dobj" or post.i in reader.tok2ment or not is_post(post, posts) \
            or post.head.lemma_.lower() not in set(copula.get("sharing_verbs", ())):
        return []
    verb = post.head  # (or, for a participle with no subject of its own, the clause's: 'A and B have formed a group, sharing a …')
    sharers = [c for c in verb.children if c.dep_ == "nsubj"] or ([c for c in verb.head.children if c.dep_ == "nsubj"] if verb.dep_ in {"advcl", "conj"} else [])
    return [m for c in sharers for m in reader.mentions_for(c) if m[0].entity is not None and m[0].entity.type == "Organisation"]
