"""Who holds which post where: the body a post belongs to ('director of welfare at X'), whether a word names a
post someone holds now, and the posts linking verbs give their subjects ('Y was director at X'); the posts a person's
other verbs give them ('X stood down as chair of Y') are extract.verb_posts; where a post no body is named for is held
is extract.unnamed_posts. The words are data (patterns.json 'role-copula', 'role-nouns', 'post-kinds'). Imports
vocab.lexicon, extract.mentions_base, extract.coref and extract.place_councils; the reader is passed in. Read by extract.structure, extract.verb_posts and
extract.appointments.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..vocab.lexicon import structure_rules, type_rules
from .antecedents import possessor_body
from .coref import nearest_named
from .post_titles import names_a_post, part_owners
from .mentions_base import Mention, headline_end, hyphened_start, mention_root, sole_body
from .place_councils import named_before_post, place_councils

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .relations import RelationReader

ROLE_DEPTH = 3  # how far below a role noun its organisation may hang ('lecturer in information systems at Y')


def nested_prep_objects(reader: RelationReader, tok: Token, preps: set[str], depth: int) -> list:
    """Objects of the given prepositions anywhere below *tok*, a few levels down, not crossing a clause."""
    out, frontier = [], [tok]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            out += reader._prep_objects(t, preps) or part_owners(reader, t)
            nxt += [g for c in t.children if c.dep_ == "amod" and c.pos_ == "ADJ" for g in c.children if g.dep_ == "prep"]  # ('holder
            # responsible for X at Y': the adjective's phrase as the post's own)
            nxt += [c for c in t.children if c.dep_ in {"prep", "pobj", "compound", "amod", "appos", "conj"}  # (a post's remit in two
                    and not (c.dep_ == "conj" and _a_person(reader, c))  # parts; not the next holder's: 'A, Chair of X, and B,
                    and not (c.dep_ in {"appos", "conj"} and any(g.dep_ in {"compound", "nmod"} and _a_person(reader, g)  # Chair
                                                                for g in c.children))]  # of Y', 'Cllr A leader of X, Cllr B leader of Y')
        frontier = nxt
    return out


def _a_person(reader: RelationReader, tok: Token) -> bool:
    return (x := reader.tok2ment.get(tok.i)) is not None and x.entity is not None and x.entity.type == "Person"


def employers(reader: RelationReader, role: Token, preps: set[str]) -> list:
    """The body a post belongs to: 'director of Welfare at the Harbour Foundation' — where the post has an
    'at' (or 'with') body, its 'of' phrase names the post's remit, not its employer; so does its 'of' or 'for'
    phrase where a body is named before the post ('the OfS Director for Freedom of Speech')."""
    owned = any(c.dep_ in {"compound", "nmod", "poss"} and (b := reader.tok2ment.get(c.i)) is not None
                and b.entity is not None and b.entity.type == "Organisation" for c in role.children)
    return (nested_prep_objects(reader, role, preps & {"at", "with"}, ROLE_DEPTH)
            or nested_prep_objects(reader, role, preps - {"of", "for"} if owned else preps, ROLE_DEPTH))


PAST = {"former", "ex", "then", "late", "erstwhile", "previous", "previously", "formerly", "most recently", "until recently"}


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
    """Where a post's remit ('for highways and transport', 'of wellbeing', 'of integrated care') ending at *end* starts, after the post word and 'for/of'; or None."""
    doc, k = reader.doc, end
    if (named := reader.tok2ment.get(end)) is not None and named.end == end + 1 and is_remit(reader, named, posts):
        return named.start - 1  # (the remit tagged as a name of its own)
    while k > reader.sent.start and k not in reader.tok2ment and end - k < 8 and (
            ((doc[k].is_lower or doc[k].text == ",") and (doc[k].pos_ in {"NOUN", "ADJ", "CCONJ", "PUNCT"} or k == end and doc[k].tag_ == "VBG"
                                                          or doc[k].dep_ == "amod" and doc[k].tag_ == "VBN"))
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


def joined_holders_post(reader: RelationReader, tok: Token) -> list[Token]:
    """'A and B, joint chief executives at Y', 'written by A and B, researchers at Y': a plural post set off after names
    joined by 'and' (the parser hangs it on one of them) is each one's."""
    first = tok
    while first.dep_ == "conj":
        first = first.head
    group = [first]
    for x in group:  # ('A, B and C': each joined to the one before, or the second parsed as the first's apposition)
        group += [c for c in x.children if c.dep_ == "conj" or (c.dep_ == "appos" and (n := reader.tok2ment.get(c.i)) is not None
                                                                and n.entity is not None and n.entity.type == "Person")]
    return [c for x in group if x is not tok for c in x.children
            if c.dep_ == "appos" and c.tag_ == "NNS" and c.i > max(g.i for g in group)] if len(group) > 1 else []


def posts_on_object(reader: RelationReader, held: list, posts: set[str]) -> list[Token]:
    """'X, chair of the Y Authority and leader of Z Council': a second post the parser joins to the first post's
    object rather than to the post."""
    return [g for c in held for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            for g in o.children if g.dep_ == "conj" and g.i not in reader.tok2ment and g.pos_ == "NOUN" and is_post(g, posts)]


def post_noun_holder(reader: RelationReader, tok: Token, posts: set[str]) -> list:
    """'The commissioner, Anne Longfield, said …': a name set off after 'the' and a post with no body of its own holds
    that post at the body named before whose name has the post's word ('the Children's Commissioner for England')."""
    post = tok.head
    if tok.dep_ != "appos" or post.pos_ != "NOUN" or not is_post(post, posts) or not any(c.lower_ == "the" for c in post.children) \
            or any(c.dep_ in {"poss", "prep", "compound", "nmod"} for c in post.children):
        return []
    body = nearest_named(post, reader.sent, reader.tok2ment, reader.rules)
    return [(body, True)] if body is not None and body.entity is not None and body.entity.type == "Organisation" \
        and post.lower_ in body.entity.name.lower() else []


def titled_office(reader: RelationReader, m) -> list:
    """'the Auditor General Adrian Crompton found': a post's title right before the name, with no body, is held at the
    one body the article names by that title ('the Auditor General for Wales', known as Audit Wales); a one-word title
    that is an office's ('Ombudsman Richard Blakeway', patterns.json 'role-apposition' 'office_heads'), at the one body
    named with that word ('the Housing Ombudsman')."""
    start = name_opens(reader, m)
    first = start
    while first > reader.sent.start and reader.doc[first - 1].is_title and reader.doc[first - 1].i not in reader.tok2ment:
        first -= 1
    office = start - first == 1 and reader.doc[first].text in reader.structure.structural.get("role-apposition", {}).get("office_heads", ())
    if not office and (start - first < 2 or not names_a_post(reader.rules, reader.doc[first:start])):
        return []
    title = reader.doc[first:start].text + " "
    found = {id(x.entity): x for x in reader.tok2ment.values() if x.entity is not None and x.entity.type == "Organisation"
             and any(n.startswith(title) or office and title.strip() in n.replace("'s", "").split() for n in {x.entity.name, *x.entity.aliases})}
    return [(x, True) for x in found.values()] if len(found) == 1 else []


def written_as_office(reader: RelationReader, m) -> bool:
    """A body's mention written with the office that heads it ('Chief Inspector of Prisons', '… Ombudsman'; in lower
    case only where the office's word ends it: 'Kent police and crime commissioner', not 'HM chief inspector of prisons',
    which names the inspectorate; patterns.json 'role-apposition' 'office_heads')."""
    heads = reader.structure.structural.get("role-apposition", {}).get("office_heads", ())
    return any(t.text in heads for t in reader.doc[m.start:m.end]) or reader.doc[m.end - 1].text.capitalize() in heads


@lru_cache(maxsize=1)
def _thing_heads() -> frozenset[str]:
    """Nouns no post heads, whatever post's word describes them (patterns.json 'role-nouns' 'thing_heads'), and the
    nouns that describe a programme, a publication or a policy ('context_types': 'app', 'report', 'strategy')."""
    kinds = {w for w, t in type_rules().context_words.items() if t in {"Programme", "Publication", "Policy"}}
    return frozenset(structure_rules().structural.get("role-nouns", {}).get("thing_heads", ())) | kinds


def names_a_thing(tok: Token) -> bool:
    """Whether a noun is one no post heads ('summary', 'pay', "the council's chatbot, Tom"), whatever post's word
    describes it."""
    return tok.lower_ in _thing_heads()


def is_post(tok: Token, posts: set[str]) -> bool:
    """Whether a role noun names a post someone holds ('chief executive', 'senior lecturer'), by its head or a
    modifier; a post held before ('former NHS chief executive X', 'X, previously director at Y') is not one."""
    if names_a_thing(tok):
        return False  # 'the Kelby Trust executive summary', 'director pay': a thing a post's word describes
    mods = {c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"}}
    words = {tok.lemma_.lower(), tok.lower_} | mods | ({tok.lower_[:-1]} if tok.tag_ in {"NNS", "NNPS"} else set()) | {  # ('as Trustees')
        f"{c.lower_} {tok.lower_}" for c in tok.children if c.dep_ == "compound"} | {  # ('portfolio holder': a post of two words)
        f"{tok.lower_}-{doc[tok.i + 2].lower_}" for doc in [tok.doc] if tok.is_lower and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-"
        and not tok.whitespace_ and not doc[tok.i + 1].whitespace_}  # ('its next vice-chancellor' split at its hyphen: 'vice'; not a title before a name)
    before = {w for c in (tok, *(c for c in tok.children if c.dep_ == "amod")) for g in c.children if g.dep_ == "advmod"
              for w in (g.lower_, *(f"{m.lower_} {g.lower_}" for m in g.children if m.dep_ in {"advmod", "prep"}))}  # ('most recently')
    k = hyphened_start(tok.doc, tok.left_edge.i)  # (or the word before the post as written: 'X, formerly vice-chair of Y')
    return (not posts or bool(words & posts)) and not (mods | before | {tok.doc[k - 1].lower_ if k else ""} | {  # (or 'previously medical director at X';
        t.lower_ for t in tok.doc[tok.left_edge.i:tok.i] if t.dep_ == "amod"}) & PAST  # or on a word of the post before its head: 'former director general')


def titled_alike(reader: RelationReader, a: Token, b: Token) -> bool:
    """Whether two people listed together are named with the same titles before their names ('Dr A and Dr B', 'A and
    B'; not 'Cllr A, Brigadier B', 'Council Leader A, Commander B'), so one's body said after the list may be both's."""
    def titles(tok: Token) -> set[str]:
        m = reader.tok2ment.get(tok.i)
        first = m.start if m is not None else tok.i
        return {c.lower_.rstrip(".") for c in tok.children if c.dep_ == "compound" and (c.i < first or reader.rules.honorific(c.text))
                and (c.is_title or c.is_upper)}
    return titles(a) == titles(b)


def name_opens(reader: RelationReader, m) -> int:
    """Where a person's name starts once the honorifics before it are counted in ('Cllr Jo Bloggs', 'Dr. Jo Bloggs',
    'councillor Jo Bloggs')."""
    start, doc = m.start, reader.doc
    while start > reader.sent.start and (reader.rules.honorific(doc[start - 1].text.capitalize()) or (
            start - 1 > reader.sent.start and doc[start - 1].text == "." and reader.rules.honorific(doc[start - 2].text))):
        start -= 1 + (doc[start - 1].text == ".")  # ('Coun. Jo Bloggs', split at its stop)
    return start


def copula_posts(reader: RelationReader, verbs: list, copula: dict, posts: set[str]) -> list:
    """The bodies of the posts linking verbs give their subject ('was director of adult services at X'); not a post
    said to have ended ('had been leader of X for a decade until his resignation') or held before ('has previously been
    chief executive of X'; 'studied at X, where she was president of the union': a 'where' clause in the past)."""
    verbs = [v for v in verbs if not (any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children)
                                      and any(c.dep_ == "prep" and c.lower_ in {"until", "till"} for c in v.children))
             and not any(c.dep_ == "advmod" and c.lower_ in PAST for c in v.children)  # ('She has previously been chief executive of X')
             and not (v.tag_ == "VBD" and any(c.lower_ == "where" for c in v.children))]  # ('joins from X, where she was …')
    roles = [a for v in verbs for a in [*v.children, *(p for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
                                                      for p in c.children if p.dep_ == "pobj"), *(  # ('was one of two joint
                 p for c in v.children if c.dep_ == "attr" and c.lower_ == "one" for q in c.children if q.lower_ == "of"  # chief executives at X')
                 for p in q.children if p.dep_ == "pobj")]
             if (a.dep_ in {"attr", "pobj", "oprd", "acomp"} or (a.dep_ == "dobj" and any(c.dep_ == "auxpass" for c in v.children)))
             and a.pos_ in {"NOUN", "PROPN"}  # ('is Chief Constable at X'; a passive's object is its complement: 'was confirmed the chair of X')
             and a.i not in reader.tok2ment]
    roles = [a for a in roles if is_post(a, posts)] + [c for a in roles for c in a.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                                                       and c.i not in reader.tok2ment and is_post(c, posts)]
    # ('is a former chief executive of X and a director at Y': a second post joined to the first, held now)
    orgs = [o for r in roles for o in place_councils(reader, employers(reader, r, set(copula.get("prepositions", ())))
            or [x for c in r.children if c.dep_ == "poss" for x in reader.mentions_for(c)]  # "became X's chief operating officer"
            or named_before_post(reader, r), r)]  # ('is a Kelby Council board member', 'the new Norfolk chief constable')
    # ('has been chief executive at Stockport': a place, the body of a council's post, for its council)
    if roles:  # 'who was previously director of children's services at X': 'at X' hangs off the verb
        orgs += [o for v in verbs for o in reader._prep_objects(v, set(copula.get("verb_prepositions", ())))]
        # 'joins from X, where she is deputy chief executive': the body named right before 'where' (the parser may hang it elsewhere)
        wheres = [c.i for v in verbs if v.dep_ in {"relcl", "advcl"} for c in v.children if c.lower_ == "where"]
        before = [reader.tok2ment.get(w - 1 - (reader.doc[w - 1].text == ",")) for w in wheres]
        orgs += [(b, False) for b in before if b is not None and b.entity is not None and b.entity.type == "Organisation"]
    return orgs or (headline_post_body(reader, verbs, copula) if roles else [])


def headline_body(reader: RelationReader, before: int | None = None) -> Mention | None:
    """The one organisation the article's headline names, if it names exactly one; where it names none and *before* is
    given, the one the story names before that token."""
    body = sole_body(reader.tok2ment, 0, headline_end(reader.doc))
    return body if body is not None or before is None else sole_body(reader.tok2ment, 0, before)


def headline_post_body(reader: RelationReader, verbs: list, copula: dict) -> list:
    """'Jo Bloggs will become chief executive in April', 'Jo Bloggs joins as chief executive': a post taken up (a verb of
    copula 'taken_up_verbs') with no body named for it, in a story whose headline names one body, is at that body (or
    at the one body the story names before it)."""
    taking, end = set(copula.get("taken_up_verbs", ())), headline_end(reader.doc)
    taken = [v for v in verbs if v.lemma_ in taking and v.i >= end]
    body = headline_body(reader, taken[0].i) if taken else None
    return [(body, True)] if body is not None and body.entity is not None and body.entity.type == "Organisation" else []


def shared_posts(reader: RelationReader, tok: Token, copula: dict, posts: set[str]) -> list:
    """'A is acting chief executive and B is chairman of Y': a post named with no body ('a/an' aside: 'A is a nurse'),
    in a clause joined to one whose post is at Y, is at Y too."""
    linking, verb = set(copula.get("verbs", ("be",))), tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ not in linking or not any(
            a.dep_ == "attr" and a.i not in reader.tok2ment and is_post(a, posts)
            and not any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in a.children) for a in verb.children):
        return []
    if copula_posts(reader, [verb], copula, posts):
        return []
    others = {c.i for a in verb.children if a.dep_ == "attr" for c in a.children if c.dep_ == "conj"}  # ('B' parsed as
    return [o for v in verb.children if v.dep_ == "conj" and v.lemma_ in linking and (  # joined to A's post)
            any(g.dep_ == "nsubj" for g in v.children) or any(i < v.i for i in others)) for o in copula_posts(reader, [v], copula, posts)]


def subject_posts(reader: RelationReader, tok: Token, copula: dict, posts: set[str]) -> list:
    """'The new chair of X will be Y', 'X's chief executive is Y': the post is the subject of the linking verb,
    the name its complement."""
    if tok.dep_ != "attr" or tok.head.lemma_ not in set(copula.get("verbs", ("be",))):
        return []
    roles = [c for c in tok.head.children if c.dep_ == "nsubj" and c.i not in reader.tok2ment and is_post(c, posts)]
    return [o for r in roles for o in employers(reader, r, set(copula.get("prepositions", ())))
            or [x for c in r.children if c.dep_ == "poss" and c.pos_ != "PRON" for x in reader.mentions_for(c)] or [
                (b, True) for b in [possessor_body(reader.doc, c, reader.tok2ment) for c in r.children if c.dep_ == "poss"] if b is not None]]
    # ('… created X. Its chief executive is Y': the body the sentence before is about)


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
    hung the possessive on the name's own last word rather than on the post; "X, Department of Health and Social Care
    minister, said": a body's name right before the post, both parsed as appositions of the holder."""
    k = post.left_edge.i - 1
    owner = reader.tok2ment.get(k - 1) if k > reader.sent.start and reader.doc[k].tag_ == "POS" else None
    if owner is not None and owner.end == k and owner.entity is not None:
        return [(owner, False)]
    body = reader.tok2ment.get(k) if k >= reader.sent.start and post.dep_ in {"appos", "conj"} else None
    return [(body, False)] if body is not None and body.end == k + 1 and getattr(body.entity, "type", None) == "Organisation" and (
        (root := mention_root(reader.doc, body)).dep_ == "appos") and (  # (the post its fellow apposition, or joined to it)
        root.head.i == post.head.i if post.dep_ == "appos" else root.i == post.head.i) else []


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
    joined = post.dep_ == "conj" and last_word(post) == start - 2
    inside = inside or (root.dep_ in {"npadvmod", "dep", "appos"} and root.head.i < post.left_edge.i)  # (hung on a word before the
    # post, as the verb or its subject: 'agreed to extend the appointment of its two directors, | A and B')
    if (post.head.i not in {root.head.i, post.i} and not inside and not joined) or post.i in reader.tok2ment \
            or post.pos_ not in {"NOUN", "PROPN"} or not is_post(post, posts) or listed_after_holder(reader, post.left_edge.i):
        return None
    return post


def listed_after_holder(reader: RelationReader, start: int) -> bool:
    """'A, Director of X, B, …': words set off after a person's name (and a comma) are that person's post, not the
    next name's."""
    return start >= 2 and reader.doc[start - 1].text == "," and getattr(reader.tok2ment.get(start - 2), "type", None) == "Person"


def next_holders_post(reader: RelationReader, post: Token) -> bool:
    """"A's chair, X, and B's chair, Y", "Professor X from A and B chief executive Y": a post joined to a name that
    another person's name follows (after a comma, a title), or has in apposition ("X and the University's Vice
    Chancellor Professor Y") or as its modifier ("Cllr X leader of A, Cllr Y leader of B"), or names right after its
    body ('Mayor of A X, Mayor of B Y'), is that person's post, not the name's it hangs on."""
    if post.dep_ == "conj" and any(c.dep_ in {"appos", "compound", "nmod"} and _a_person(reader, c) or c.dep_ == "prep" and any(  # ('… and the
            t.dep_ == "appos" and t.head.i in reader.tok2ment and _a_person(reader, t) for t in c.subtree) for c in post.children):  # chief executive of Y, Jo Bloggs')
        return True
    body = reader.tok2ment.get(post.i + 2) if post.i + 2 < reader.sent.end and reader.doc[post.i + 1].lower_ == "of" else None
    if post.dep_ == "appos" and body is not None and body.start == post.i + 2 and body.end < reader.sent.end and _a_person(reader, reader.doc[body.end]) \
            and reader.tok2ment[body.end].start == body.end:
        return True  # 'Mayor of A Jo Bloggs, Mayor of B Sam Patel': the post before a name is that name's
    k = last_word(post) + 1
    k += k < reader.sent.end and reader.doc[k].text == ","
    k += k < reader.sent.end and reader.rules.honorific(reader.doc[k].text)  # (', Prof Y')
    nxt = reader.tok2ment.get(k) if k < reader.sent.end else None
    return post.dep_ == "conj" and nxt is not None and nxt.start == k and nxt.entity is not None and nxt.entity.type == "Person"


def last_word(tok: Token) -> int:
    """Where a phrase's last word is, a comma the parser hung on it aside."""
    return max(t.i for t in tok.subtree if not t.is_punct)
