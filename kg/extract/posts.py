"""Who holds which post where: the body a post belongs to ('director of welfare at X'), whether a word names a
post someone holds now, and the posts linking verbs give their subjects ('Y was director at X', 'X stood down as
chair of Y', 'X will succeed Y as chief executive of Z'); where a post no body is named for is held is
extract.unnamed_posts. The words are data (patterns.json 'role-copula', 'role-nouns', 'post-kinds'). Imports
extract.mentions_base, extract.coref and extract.pipeline (a verb's lemmas); the reader is passed in. Read by
extract.structure and extract.appointments.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .coref import nearest_named
from .mentions_base import Mention, doc_tokens, mention_root
from .pipeline import lemma_candidates

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Relation
    from .relations import RelationReader

ROLE_DEPTH = 3  # how far below a role noun its organisation may hang ('lecturer in information systems at Y')


def _nested_prep_objects(reader: RelationReader, tok: Token, preps: set[str], depth: int) -> list:
    """Objects of the given prepositions anywhere below *tok*, a few levels down, not crossing a clause."""
    out, frontier = [], [tok]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            out += reader._prep_objects(t, preps)
            nxt += [c for c in t.children if c.dep_ in {"prep", "pobj", "compound", "amod", "appos", "conj"}]  # (a post's remit in two parts)
        frontier = nxt
    return out


def employers(reader: RelationReader, role: Token, preps: set[str]) -> list:
    """The body a post belongs to: 'director of Welfare at the Harbour Foundation' — where the post has an
    'at' (or 'with') body, its 'of' phrase names the post's remit, not its employer; so does its 'of' or 'for'
    phrase where a body is named before the post ('the OfS Director for Freedom of Speech')."""
    owned = any(c.dep_ in {"compound", "nmod", "poss"} and (b := reader.tok2ment.get(c.i)) is not None
                and b.entity is not None and b.entity.type == "Organisation" for c in role.children)
    return (_nested_prep_objects(reader, role, preps & {"at", "with"}, ROLE_DEPTH)
            or _nested_prep_objects(reader, role, preps - {"of", "for"} if owned else preps, ROLE_DEPTH))


PAST = {"former", "ex", "then", "late", "erstwhile", "previous"}


def listed_post_body(reader: RelationReader, m: Mention, posts: set[str]) -> list:
    """'A, Chief Executive, Harbour Trust and B, Director, …': a name, a comma, a post's words (no name among
    them), a comma and a body, read from the words: in such lists the parser joins the posts and bodies of
    different people, so this reading, where it applies, is the only one for the name."""
    doc, end, k = reader.doc, reader.sent.end, m.end
    if k + 3 >= end or doc[k].text != ",":
        return []
    words = []
    k += 1
    while k < end and len(words) < 6 and k not in reader.tok2ment and (doc[k].is_alpha or doc[k].text in {"-", "&"}):
        words.append(doc[k])
        k += 1
    if not words or not words[0].is_title or not any(w.lower_ in posts or w.lemma_.lower() in posts for w in words) \
            or any(w.lower_ in PAST or w.is_lower and w.lower_ not in {"of", "for", "and"} for w in words):
        return []  # (capitalised post words only: 'X, chief executive, said' and 'X, who …' are read from the parse)
    body = reader.tok2ment.get(k + 1) if k < end and doc[k].text == "," else None
    if body is None or body.start != k + 1 or body.entity is None or body.entity.type != "Organisation":
        return []
    return [(body, False)]


def remit_start(reader: RelationReader, end: int, posts: set[str]) -> int | None:
    """Where a post's remit ('for highways and transport', 'for Local Government Stewardship', 'of wellbeing') ending at
    *end* starts, after the post word and 'for/of'; None when the words before *end* are no such remit."""
    doc, k = reader.doc, end
    if (named := reader.tok2ment.get(end)) is not None and named.end == end + 1 and is_remit(reader, named, posts):
        return named.start - 1  # (the remit tagged as a name of its own)
    while k > reader.sent.start and k not in reader.tok2ment and end - k < 8 and (
            ((doc[k].is_lower or doc[k].text == ",") and (doc[k].pos_ in {"NOUN", "ADJ", "CCONJ", "PUNCT"} or k == end and doc[k].tag_ == "VBG"))
            or (doc[k].is_title and doc[k].pos_ == "PROPN")):
        k -= 1
    return k if k < end and doc[k].lower_ in {"for", "of"} and doc[k - 1].lower_ in posts else None


def is_remit(reader: RelationReader, named, posts: set[str]) -> bool:
    """A name right after a post word and 'for/of', where a body is named before the post, is the post's remit, not
    its body ('the DLUHC Director for Local Government Stewardship'; but 'Principal of Lowmoor College')."""
    doc, k = reader.doc, named.start - 2
    if k < reader.sent.start or doc[k + 1].lower_ not in {"for", "of"} or doc[k].lower_ not in posts:
        return False
    while k > reader.sent.start and k not in reader.tok2ment and (doc[k].lower_ in posts or doc[k].text in reader.rules.post_modifiers):
        k -= 1
    body = reader.tok2ment.get(k)
    return body is not None and body.end == k + 1 and body.entity is not None and body.entity.type == "Organisation"


def fellow_holders(reader: RelationReader, tok: Token, held: list, posts: set[str]) -> list:
    """Names joined to a post holder's that share the post's body: all of them after a plural post ('the council's
    Councillors A and B'), else each with a post of its own and no body of its own ("the council's leader A and chief
    executive B")."""
    out = []
    for c in tok.children:
        x = reader.tok2ment.get(c.i)
        if c.dep_ != "conj" or x is None or x.entity is None or x.entity.type != "Person":
            continue
        own = [p for p in c.children if p.dep_ in {"compound", "amod", "nmod"} and p.i not in reader.tok2ment and is_post(p, posts)
               and not reader.rules.honorific(p.text)]  # (a title is no post: 'and Professor B, Y's pro vice-chancellor')
        bodies = [t for p in c.children if p.dep_ in {"compound", "amod", "nmod", "poss"} for t in p.subtree
                  if reader.tok2ment.get(t.i) not in (None, x)]  # ('… and Barset Council chief executive B')
        if any(t.tag_ in {"NNS", "NNPS"} for t in held) or (own and not bodies and not any(p.dep_ == "appos" for p in c.children)):
            out.append((x, False))
    return out


def written_as_office(reader: RelationReader, m) -> bool:
    """A body's mention written with the office that heads it ('Chief Inspector of Prisons', '… Ombudsman';
    patterns.json 'role-apposition' 'office_heads')."""
    heads = reader.structure.structural.get("role-apposition", {}).get("office_heads", ())
    return any(t.text in heads for t in reader.doc[m.start:m.end])


def is_post(tok: Token, posts: set[str]) -> bool:
    """Whether a role noun names a post someone holds ('chief executive', 'senior lecturer'), by its head or a
    modifier; a post held before ('former NHS chief executive X') is not one."""
    mods = {c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"}}
    words = {tok.lemma_.lower(), tok.lower_} | mods | ({tok.lower_[:-1]} if tok.tag_ in {"NNS", "NNPS"} else set())  # ('as Trustees')
    return (not posts or bool(words & posts)) and not mods & PAST


def name_opens(reader: RelationReader, m) -> int:
    """Where a person's name starts once the honorifics before it are counted in ('Cllr Jo Bloggs', 'Dr. Jo Bloggs',
    'councillor Jo Bloggs')."""
    start, doc = m.start, reader.doc
    while start > reader.sent.start and (reader.rules.honorific(doc[start - 1].text.capitalize()) or (
            start - 1 > reader.sent.start and doc[start - 1].text == "." and reader.rules.honorific(doc[start - 2].text))):
        start -= 1 + (doc[start - 1].text == ".")  # ('Coun. Jo Bloggs', split at its stop)
    return start


def copula_posts(reader: RelationReader, verbs: list, copula: dict, posts: set[str]) -> list:
    """The bodies of the posts linking verbs give their subject ('was director of adult services at X')."""
    roles = [a for v in verbs for a in [*v.children, *(p for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
                                                      for p in c.children if p.dep_ == "pobj")]
             if a.dep_ in {"attr", "pobj", "oprd"} and a.pos_ in {"NOUN", "PROPN"}  # ('is Chief Constable at X')
             and a.i not in reader.tok2ment and is_post(a, posts)]
    orgs = [o for r in roles for o in place_councils(reader, employers(reader, r, set(copula.get("prepositions", ())))
            or [x for c in r.children if c.dep_ == "poss" for x in reader.mentions_for(c)]  # "became X's chief operating officer"
            or [x for c in r.children if c.dep_ in {"compound", "nmod"} and c.i in reader.tok2ment for x in reader.mentions_for(c)
                if x[0].entity is not None and x[0].entity.type == "Organisation"], r)]  # ('is a Kelby Council board member')
    # ('has been chief executive at Stockport': a place, the body of a council's post, for its council)
    if roles:  # 'who was previously director of children's services at X': 'at X' hangs off the verb
        orgs += [o for v in verbs for o in reader._prep_objects(v, set(copula.get("verb_prepositions", ())))]
        # 'joins from X, where she is deputy chief executive': the body named right before 'where' (the
        # parser often hangs the clause on another noun)
        wheres = [c.i for v in verbs if v.dep_ in {"relcl", "advcl"} for c in v.children if c.lower_ == "where"]
        before = [reader.tok2ment.get(w - 1 - (reader.doc[w - 1].text == ",")) for w in wheres]
        orgs += [(b, False) for b in before if b is not None and b.entity is not None and b.entity.type == "Organisation"]
    return orgs


def subject_posts(reader: RelationReader, tok: Token, copula: dict, posts: set[str]) -> list:
    """'The new chair of X will be Y', 'X's chief executive is Y': the post is the subject of the linking verb,
    the name its complement."""
    if tok.dep_ != "attr" or tok.head.lemma_ not in set(copula.get("verbs", ("be",))):
        return []
    roles = [c for c in tok.head.children if c.dep_ == "nsubj" and c.i not in reader.tok2ment and is_post(c, posts)]
    return [o for r in roles for o in employers(reader, r, set(copula.get("prepositions", ())))
            or [x for c in r.children if c.dep_ == "poss" and c.pos_ != "PRON" for x in reader.mentions_for(c)]]


def place_councils(reader: RelationReader, found: list, post: Token | None) -> list:
    """"Doncaster's mayor, X", 'X, leader of Barnsley': a place named as the body of a council's post stands for the
    place's council, when the gazetteer knows exactly one (patterns.json 'post-kinds' 'place_posts')."""
    kinds = reader.structure.structural.get("post-kinds", {})
    words = set(kinds.get("place_posts", ()))
    council = {p for p, kind in kinds.get("posts", {}).items() if kind == "council"}  # ('Kent cabinet member', 'portfolio holder')
    if post is None or not ({post.lemma_.lower(), post.lower_} & words or any(
            c.dep_ == "compound" and f"{c.lower_} {post.lower_}" in council for c in post.children)):
        return found
    out = []
    for m, coref in found:
        council = reader.body_for_place(m.entity) if m.entity is not None and m.entity.type == "Place" else None
        out.append((Mention(m.start, m.end, m.text, council.type, m.source, entity=council), True) if council else (m, coref))
    return out


def as_posts(reader: RelationReader, tok: Token, copula: dict, posts: set[str]) -> list:
    """'X will give up her role as director of Y', 'X stood down as chair of Y', 'X joins as director at
    Y': the subject's own post, named after 'as' on its verb (or on the verb's 'post/role/job'). Not where the
    verb has another object ('Z described her as chief executive of Y'), unless it is one who held the post
    before ('X will succeed Y as chief executive of Z': both X and Y; copula 'succession_verbs')."""
    succeeding, conferred = set(copula.get("succession_verbs", ())), set(copula.get("conferring_nouns", ()))
    if tok.dep_ == "dobj" and succession(tok.head) in succeeding:
        verbs = [tok.head]  # 'X will succeed Y as chief executive of Z': Y holds the post now
    elif tok.dep_ == "pobj" and tok.head.lower_ == "from" and succession(tok.head.head) + " from" in succeeding:
        verbs = [tok.head.head]  # 'X will take over from Y as …'
    elif tok.dep_ == "dobj" and (verbs := [n for p in tok.head.children if p.dep_ == "prep" and p.lower_ in {"on", "for"}
                                         for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in conferred
                                         and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children)]):
        pass  # 'Y congratulated X on her election as leader of Z': the post conferred on the object
    elif tok.dep_ in {"nsubj", "nsubjpass"}:
        verbs = [tok.head] + [c for c in tok.head.children if c.dep_ == "xcomp" or (  # 'Having stepped down from …, X'
            c.dep_ == "advcl" and (c.tag_ in {"VBN", "VBG"} or any(g.lower_ == "having" for g in c.children))
            and not any(g.dep_.startswith("nsubj") for g in c.children))]
    else:  # 'X, who is to leave his role as director of Y': the relative clause's verbs are X's
        verbs = [v for c in tok.children if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
                 for v in [c, *(x for x in c.children if x.dep_ == "xcomp")]]
        if not verbs:
            return []
    post_nouns = set(copula.get("post_nouns", ()))
    holders = [v for v in verbs if succession(v) in succeeding or not any(
        c.dep_ == "dobj" and c.lemma_.lower() not in post_nouns for c in v.children)]
    holders += [c for v in holders for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in post_nouns]
    holders += [r for v in dict.fromkeys([*holders, *verbs]) for p in v.children if p.dep_ == "prep" for r in p.children  # 'from his role as …'
                if r.dep_ == "pobj" and r.lemma_.lower() in post_nouns and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in r.children)]
    roles = [r for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "as"
             for r in p.children if r.dep_ == "pobj" and r.pos_ in {"NOUN", "PROPN"} and r.i not in reader.tok2ment and is_post(r, posts)]
    found = [o for r in roles for o in employers(reader, r, set(copula.get("prepositions", ()))) or [
        x for c in r.children if (c.dep_ == "poss" and c.pos_ != "PRON") or c.dep_ == "compound"  # 'as Y's director',
        for x in reader.mentions_for(c) if c.dep_ == "poss" or (x[0].entity is not None and x[0].entity.type == "Organisation")]]  # 'as the new Y chief executive'
    if not found and roles:  # 'X is to leave his post as director of housing | at Y': 'at Y' hung on the verb
        found = [o for v in verbs for o in reader._prep_objects(v, set(copula.get("verb_prepositions", ())))
                 if o[0].entity is not None and o[0].entity.type == "Organisation"]
    found += [(x, False) for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "as" for r in p.children
              if r.dep_ == "pobj" and (x := reader.tok2ment.get(r.i)) is not None and x.entity is not None
              and x.entity.type == "Organisation" and written_as_office(reader, x)]  # 'began her role as the Chief Inspector …'
    if not found:  # 'X will succeed Y at Z': the post unnamed, the body after 'at'
        found = [o for v in verbs if succession(v) in succeeding or succession(v) + " from" in succeeding
                 for o in reader._prep_objects(v, {"at"}) if o[0].entity is not None and o[0].entity.type == "Organisation"]
    return found


def succession(verb: Token) -> str:
    """A verb with its particle ('take over'), to match copula 'succession_verbs' ('succeed', 'take over from')."""
    return " ".join([verb.lemma_] + [c.lower_ for c in verb.children if c.dep_ == "prt"])


def pronoun_posts(reader: RelationReader, copula: dict, posts: set[str]) -> Iterator[Relation]:
    """'Jo Bloggs will join in May. She is currently chief executive at X', 'Y has appointed Jo Bloggs. He joins from
    X', 'She has held roles at X': a personal pronoun subject of a linking, joining, taking or working verb stands for
    the person who was the subject of a main clause just before, or the one an 'appointing_verbs' verb just named
    (copula 'pronouns')."""
    linking, doc, pronouns = set(copula.get("verbs", ("be",))), reader.doc, set(copula.get("pronouns", ()))
    appointing = set(copula.get("appointing_verbs", ()))
    for tok in doc_tokens(doc)[reader.sent.start:reader.sent.end]:
        if tok.lower_ not in pronouns or tok.dep_ != "nsubj":
            continue
        verbs = [v for v in [tok.head, *(c for c in tok.head.children if c.dep_ == "conj")] if v.lemma_ in linking]
        orgs = copula_posts(reader, verbs, copula, posts) + taken_posts(reader, tok, copula, posts) \
            + joined_from(reader, tok, copula) + worked_at(reader, tok, copula)  # ('He will be joining from X')
        person = pronoun_person(reader, tok, appointing) if orgs else None
        if person is not None:
            yield from reader.emit(reader.specs[copula["predicate"]], tok, [(person, True)], orgs, "role-copula")


def pronoun_person(reader: RelationReader, tok: Token, appointing: set[str]) -> Mention | None:
    """The person a 'he' or 'she' stands for: the subject of a main clause just before (not 'since X moved'), or of
    what such a clause reports ('Y announced that X will take up the post. She …'), or who was just appointed ('Y has
    appointed X. She joins from Z')."""
    doc, reporting = reader.doc, set(reader.structure.structural.get("unreal", {}).get("reporting_verbs", ()))
    return next((m for i in range(tok.i - 1, max(-1, reader.sent.start - 80), -1) if (m := reader.tok2ment.get(i)) is not None
                 and m.entity is not None and m.entity.type == "Person" and i == m.start
                 and (((root := _subject_or_its_apposition(mention_root(doc, m))) is not None and (root.head.dep_ in {"ROOT", "conj"} or (
                     root.head.dep_ == "ccomp" and root.head.head.dep_ == "ROOT" and reporting.intersection(lemma_candidates(root.head.head)))))
                      or (mention_root(doc, m).dep_ == "dobj" and mention_root(doc, m).head.lemma_ in appointing))), None)


def _subject_or_its_apposition(tok: Token) -> Token | None:
    """A clause's subject, or the subject a name is in apposition to ('The Auditor General, Amyas Morse, is …')."""
    if tok.dep_ == "appos" and tok.head.dep_ in {"nsubj", "nsubjpass"}:
        return tok.head
    return tok if tok.dep_ in {"nsubj", "nsubjpass"} else None


def taken_posts(reader: RelationReader, tok: Token, copula: dict, posts: set[str]) -> list:
    """'X will take up the new role at Y', 'X takes up her post with Y', 'X is due to assume the role of director of
    Y': a post taken up at a body (copula 'taking_verbs' and 'post_nouns'), or the post named after it and its body."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    verb = next((v for v in [tok.head, *(c for c in tok.head.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(  # ('is
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and not any(a.dep_.startswith("nsubj") for a in c.children))), *(  # stepping down to take up …', 'is set to assume …',
        x for c in tok.head.children if c.dep_ == "acomp" for x in c.children if x.dep_ == "xcomp")]  # 'is due to assume …')
                 if v.lemma_ in set(copula.get("taking_verbs", ()))), None)
    if verb is None:
        return []
    post_nouns = set(copula.get("post_nouns", ()))
    held = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in post_nouns]
    led = set(copula.get("led_nouns", ()))  # ('X will take over the leadership of Y', 'take the helm of Y')
    named = [r for h in held for p in h.children if p.dep_ == "prep" and p.lower_ in {"of", "as"} for r in p.children
             if r.dep_ == "pobj" and r.i not in reader.tok2ment and is_post(r, posts)]  # ('the role of director of Y')
    return [o for h in held for o in _nested_prep_objects(reader, h, {"at", "with"} | ({"of"} if h.lemma_.lower() in led else set()), ROLE_DEPTH)] + (
        reader._prep_objects(verb, {"at", "with"}) if held else []) + [
        o for r in named for o in employers(reader, r, set(copula.get("prepositions", ())))]


def joined_from(reader: RelationReader, tok: Token, copula: dict) -> list:
    """'X joins from Y', 'X joined on a secondment from Y': the body a person comes from, where they work now
    or did until the move (copula 'joining_verbs'); people only ('Z joined from the start' names no body)."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ not in set(copula.get("joining_verbs", ())):
        return []
    verb = tok.head
    found = reader._prep_objects(verb, {"from"}) + [  # ('on a secondment from Y', 'the board from Y')
        o for c in verb.children if c.dep_ in {"prep", "dobj"} for p in ([c] if c.dep_ == "dobj" else reader._children(c, {"pobj"}))
        for o in reader._prep_objects(p, {"from"})]
    return [o for o in found if o[0].entity is not None and o[0].entity.type == "Organisation"]


def worked_at(reader: RelationReader, tok: Token, copula: dict) -> list:
    """'X has also worked at A, B and C', 'X worked for Y for ten years', 'X works within Y', 'X, who specialises in
    Y at Z', 'X, who sits on the Y board': the bodies a person worked at or for (copula 'working_verbs', and
    'sitting_verbs' with 'on'; also in a 'who' clause on the person, or on
    either of two people when its verb is plural; a firm working for a council is not part of it, so people only)."""
    working = set(copula.get("working_verbs", ()))
    relative = [c for c in tok.children if c.dep_ == "relcl"] + [  # 'X, who specialises in Y at Z'; 'A and B, who teach at Z'
        c for k in [*(k for k in tok.children if k.dep_ == "conj"), *([tok.head] if tok.dep_ == "conj" else [])]
        for c in k.children if c.dep_ == "relcl" and c.tag_ == "VBP"]
    verbs = [v for v in relative if v.lemma_ in working and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in v.children)]
    if tok.dep_ == "nsubj":
        verbs += [v for v in [tok.head, *(c for c in tok.head.children if c.dep_ == "conj" and not any(  # ('was X and has worked at Y')
                  s.dep_.startswith("nsubj") for s in c.children))] if v.lemma_ in working]
    sitting = set(copula.get("sitting_verbs", ()))  # ('X also sits on the Y board', 'serves on the board of Y')
    own = [tok.head, *(c for c in tok.head.children if c.dep_ == "xcomp")] if tok.dep_ == "nsubj" else []  # ('continue to sit')
    verbs += [v for v in own + [r for r in relative if any(s.dep_ == "nsubj" and s.lower_ == "who" for s in r.children)] if v.lemma_ in sitting]
    found = [o for v in verbs for o in reader._prep_objects(v, {"at", "for", "within"} | ({"on"} if v.lemma_ in sitting else set()))]
    return [o for o in found if o[0].entity is not None and o[0].entity.type == "Organisation"]


def post_of_body_before(reader: RelationReader, opens: int, posts: set[str]) -> list:
    """'Chair of the Accounts Commission Jo Bloggs said': a post, 'of', a body, then the name with no comma, the
    phrase opening the sentence (or a clause after a comma)."""
    doc, body, coref = reader.doc, reader.tok2ment.get(opens - 1), False
    noun = doc[opens - 1]
    if body is None and opens - 2 > reader.sent.start and doc[opens - 2].lower_ == "the" and noun.lower_ in reader.rules.name_nouns:
        body, coref = nearest_named(noun, reader.sent, reader.tok2ment, reader.rules, bare=True), True  # '… of the council X'
    if body is None or body.entity is None or body.entity.type != "Organisation" or (not coref and body.end != opens):
        return []
    start = opens - 1 if coref else body.start
    k = start - 1 - (doc[start - 1].lower_ == "the")
    first = phrase_start(reader, k - 1, k - 4)
    held = doc[k].lower_ in {"of", "at"} and doc[k - 1].lower_ in posts and doc[k - 1].i not in reader.tok2ment
    return [(body, coref)] if held and not any(t.pos_ in {"VERB", "AUX", "ADP"} for t in doc[first:k - 1]) else []


def owner_of_part(reader: RelationReader, k: int) -> tuple[list, int] | None:
    """"The chair of the Arts Council's board, X said", "… of the Y Trust's Board of Trustees, X": a body's
    part ('part_nouns') after its possessive stands for that body; the post's preposition comes before the owner."""
    doc = reader.doc
    owner = reader.tok2ment.get(k - 1) if reader.sent.start < k < reader.sent.end - 1 and doc[k].tag_ == "POS" else None
    if owner is None or owner.end != k or owner.entity is None or owner.entity.type != "Organisation" \
            or doc[k + 1].lemma_.lower() not in reader.rules.part_nouns:
        return None
    return [(owner, False)], owner.start - 1


def phrase_start(reader: RelationReader, i: int, floor: int) -> int:
    """Back from token *i* to where its phrase starts: after the nearest comma, colon or opening quote, and no
    further back than *floor* or the sentence's start."""
    doc, floor = reader.doc, max(reader.sent.start, floor)
    while i > floor and doc[i - 1].text not in {",", ":", "\u201c", '"'}:
        i -= 1
    return i


def clauses_below(verb: Token) -> list[Token]:
    """The clauses a verb governs, and those below its 'without/after …ing' phrases ('X left the job without
    leading a meeting to become director of Z', where the parser hangs the purpose on the gerund)."""
    gerunds = [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp"]
    return [x for v in (verb, *gerunds) for x in v.children if x.dep_ in {"xcomp", "advcl"}]


def owner_before(reader: RelationReader, post: Token) -> list:
    """"X, Telford & Wrekin Council's director of …": a name, its possessive, then the post, where the parser
    hung the possessive on the name's own last word rather than on the post."""
    k = post.left_edge.i - 1
    owner = reader.tok2ment.get(k - 1) if k > reader.sent.start and reader.doc[k].tag_ == "POS" else None
    return [(owner, False)] if owner is not None and owner.end == k and owner.entity is not None else []


def post_before_comma(reader: RelationReader, m, root: Token, posts: set[str]) -> Token | None:
    """"The council's cabinet member for housing, Jo Bloggs said": a post, a comma, then the name, with the
    parser leaving the post beside the name (both hung on the verb, or the post a fragment of its own) rather
    than in apposition to it; or a post joined to another name before it ("A's chair, X, and B's chair, Y")."""
    start = name_opens(reader, m)
    if start - 2 < reader.sent.start or reader.doc[start - 1].text != ",":
        return None
    post = reader.doc[start - 2]
    while post.dep_ != "conj" and post.head.i != post.i and reader.sent.start <= post.head.i < start \
            and post.head.pos_ not in {"VERB", "AUX"} and post.head.dep_ != "agent" and not (  # ('…," says Y minister, X': not up
                post.pos_ in {"NOUN", "PROPN"} and is_post(post, posts) and post.head.pos_ == "ADP"):  # to the verb; nor past a post
        post = post.head  # to its preposition: 'took over from the Vice Chancellor of the University, X')
    inside = (root.dep_ == "appos" and post.left_edge.i <= root.head.i < start) or (  # (the name hung on the post's own words,
        root.dep_ == "conj" and root.head.i == post.i == start - 2)  # or joined to the post: "the university's vice-chancellor, X")
    joined = post.dep_ == "conj" and _last_word(post) == start - 2
    if (post.head.i not in {root.head.i, post.i} and not inside and not joined) or post.i in reader.tok2ment \
            or post.pos_ not in {"NOUN", "PROPN"} or not is_post(post, posts):
        return None
    return post


def next_holders_post(reader: RelationReader, post: Token) -> bool:
    """"A's chair, X, and B's chair, Y", "Professor X from A and B chief executive Y": a post joined to a name that
    another person's name follows (after a comma, a title), or has in apposition ("X and the University's Vice
    Chancellor Professor Y"), is that person's post, not the name's it hangs on."""
    if post.dep_ == "conj" and any(c.dep_ == "appos" and (m := reader.tok2ment.get(c.i)) is not None and m.entity is not None
                                   and m.entity.type == "Person" for c in post.children):
        return True
    k = _last_word(post) + 1
    k += k < reader.sent.end and reader.doc[k].text == ","
    k += k < reader.sent.end and reader.rules.honorific(reader.doc[k].text)  # (', Prof Y')
    nxt = reader.tok2ment.get(k) if k < reader.sent.end else None
    return post.dep_ == "conj" and nxt is not None and nxt.start == k and nxt.entity is not None and nxt.entity.type == "Person"


def _last_word(tok: Token) -> int:
    """Where a phrase's last word is, a comma the parser hung on it aside."""
    return max(t.i for t in tok.subtree if not t.is_punct)
