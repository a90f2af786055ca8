"""Where a post no body is named for is held: at the nearest body of the only kind that has such a post ('Cabinet
member for housing, X'), at the article's one regulator ('chief inspector X'), at the body of the post of the name
listed before it ('X, the artistic director of Y, and executive director Z'), or at the one body the headline names
('the current chair, X,'); a post taken 'to the role' at the body of the post the sentence before named; a post that
is a clause's subject acts for the body its 'of' names ('The Mayor of X has appointed Y'); a bare post an appointing
body fills is its own ('X appointed Y as chair'); a post alone before a name opening a sentence that names no body,
at the body the sentence before is about ('… Chief executive Jo Bloggs said'), unless the name is being appointed.
Imports extract.antecedents, extract.coref, extract.mentions_base and extract.posts; the reader is passed in. Read by
extract.structure and extract.agents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .coref import nearest_named
from .antecedents import announcing_body, office_of_post, previous_subject
from .mentions_base import Mention, crown_post, headline_end, is_regulator, mention_root, sole_body
from .posts import PAST, headline_body, is_post

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .relations import RelationReader


def post_kind_body(reader: RelationReader, post: Token) -> list:
    """'Cabinet member for housing, Jo Bloggs', 'Jo Bloggs, director of children's services': a post only one
    kind of body has (patterns.json 'post-kinds'), or a post after a kind of body ('Trust chair Jo Bloggs'), with no
    body named, is held at the nearest one of that kind named before; the kind 'regulator' ('chief inspector X'), at
    the article's one regulator (and so the kind 'inspectorate' where none is named: 'Chief Inspector of General
    Practice X' in a story on the CQC)."""
    if (employer := _employer(reader, post)):
        return employer
    named = [x for t in post.subtree if t.dep_ == "pobj" and t.i in reader.tok2ment and t.i != post.i for x in reader.mentions_for(t)]
    if named:  # 'the deputy leader of the Labour Party': the post names its body; 'Chief Fire Officer for Kelby X': a place,
        return named if all(m.entity is not None and m.entity.type == "Place" for m, _ in named) else []  # (for place_councils)
    lead = post.i - 2 if post.left_edge.i == post.i >= 2 and reader.doc[post.i - 1].text == "-" else post.i  # ('Vice-chancellor X')
    owners = [m for t in reader.doc[lead:post.i] for c in t.children if c.dep_ == "poss" for m in reader.mentions_for(c)]
    if owners:  # "X University's pro vice-chancellor": the possessive hung on the hyphened post's first word names its body
        return [(m, coref) for m, coref in owners if m.entity is not None and m.entity.type == "Organisation"]
    joined = {t.i for d in post.subtree if d.dep_ == "conj" and d.i > post.i for t in d.subtree}
    words = (reader.doc[lead:post.i].text + "".join(t.text_with_ws for t in post.subtree if t.i not in reader.tok2ment and t.i not in joined)
             ).lower().replace("\u2019", "'")  # (the post's own words, not those of a post joined after it: '… and B, Y's pro vice-chancellor')
    kind = _post_kind(reader, words) or next((  # or a kind of body before it
        c.lemma_.lower() for c in post.children if c.dep_ == "compound" and reader.rules.context_words.get(c.lemma_.lower())
        == "Organisation" and c.i not in reader.tok2ment), None)  # ('Museum Manager Jo Bloggs', 'Trust chair Jo Bloggs')
    body = (nearest_named(post, reader.sent, reader.tok2ment, reader.rules, bare=True, word=kind)
            if kind and kind != "regulator" else None) or _one_regulator(reader, kind, lead)
    if kind is None and body is None and (listed := _first_holders_body(reader, post)) is not None:
        return [(listed, True)]  # 'X, the artistic director of Y, and executive director Z': Y's too
    fresh = any(c.lower_ in {"new", "current"} for c in post.children)
    if kind is None and (((fresh or any(c.dep_ == "det" and c.lower_ == "the" for c in post.children)) and (
            any(c.dep_ == "appos" and c.i in reader.tok2ment for c in post.children) or (post.dep_ == "appos" and post.head.i in reader.tok2ment)))
            or (post.dep_ == "compound" and post.head.i in reader.tok2ment and any(c.lower_ == "current" for c in post.children))):
        body = headline_body(reader, post.i if fresh else None)  # 'The current chair, Jo Bloggs, …', 'current CEO Jo Bloggs', 'a new
        # chair, Jo Bloggs' where the headline names one body, or (a new or current post) the article only one before
    return [(body, True)] if body is not None and body.entity is not None and body.entity.type == "Organisation" else []


def _one_regulator(reader: RelationReader, kind: str | None, lead: int) -> Mention | None:
    """The article's one regulator, for a post of the kind 'regulator' ('chief inspector X'), or of the kind
    'inspectorate' where none is named ('Chief Inspector of General Practice X' in a story on the CQC) — not a crown
    inspectorate's post ("His Majesty's Chief Inspector of Constabulary"), whose body is its own."""
    return reader.regulators[0] if len(reader.regulators) == 1 and (kind == "regulator" or (
        kind == "inspectorate" and not crown_post(reader.doc, reader.sent.start, lead))) else None


def _first_holders_body(reader: RelationReader, post: Token) -> Mention | None:
    """'Rufus Norris, the artistic director of the National Theatre, and executive director Kate Varah, said': a post
    on a name listed after one whose post names its body ('of/at Y') is held at that body."""
    name = post.head
    anchor = name.head  # the name listed before, or its post ('X, the artistic director of Y, and …' joined to the post)
    holder = reader.tok2ment.get(anchor.head.i if anchor.dep_ == "appos" and anchor.i not in reader.tok2ment else anchor.i)
    if post.dep_ != "compound" or name.dep_ != "conj" or holder is None or holder.entity is None or holder.entity.type != "Person":
        return None
    posts = [anchor] if anchor.dep_ == "appos" and anchor.i not in reader.tok2ment else [
        c for c in anchor.children if c.dep_ == "appos" and c.i < name.i]
    bodies = [m for c in posts for p in c.children if p.dep_ == "prep" and p.lower_ in {"of", "at"} for o in p.children
              if o.dep_ == "pobj" for m in [reader.tok2ment.get(o.i)] if m is not None and m.entity is not None
              and m.entity.type == "Organisation"]
    return bodies[0] if len(bodies) == 1 else None


def post_named_before(reader: RelationReader, verb: Token, nouns: set[str]) -> list:
    """'Kelby Police has confirmed the appointment of a new chief constable. Jo Bloggs has been appointed to the role':
    a post noun (*nouns*) with 'the' and no words of its own stands for the post the sentence before named, held at the
    one body that sentence names."""
    taken = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"
             and p.lemma_.lower() in nouns and [d.lower_ for d in p.children] == ["the"]]
    if not taken or reader.sent.start == 0:
        return []
    before = reader.doc[reader.sent.start - 1].sent
    posts = set(reader.structure.structural.get("role-nouns", {}).get("words", ()))
    body = sole_body(reader.tok2ment, before.start, before.end) if any(
        t.i not in reader.tok2ment and is_post(t, posts) for t in before) else None
    return [(body, True)] if body is not None else []


def subject_posts_body(reader: RelationReader, verb: Token) -> list:
    """'The Mayor of the Kelby Combined Authority has appointed X', 'The chief executive of Y has named X …': a subject
    that is a post (patterns.json 'role-nouns') acts for the body its 'of' names."""
    posts = set(reader.structure.structural.get("role-nouns", {}).get("words", ()))
    return [m for c in reader._children(verb, {"nsubj"}) if c.i not in reader.tok2ment and c.lemma_.lower() in posts
            for t in [*(t for p in reader._children(c, {"prep"}) if p.lower_ == "of" for t in reader._children(p, {"pobj"})), *reader._children(c, {"poss"})]
            for m in reader.mentions_for(t) if m[0].entity is not None and m[0].entity.type == "Organisation"]  # (or "X's leader")


def own_post_body(reader: RelationReader, verb: Token, roles: list, own: set[str]) -> list:
    """The appointer itself, when the post is its own: 'X named Y as its new director', 'as chair of its board' (or 'by X'), or a bare post
    of *own* ('X appointed Y as chair', no owner and no named 'of' phrase) when the sentence names no other body
    ('HM Treasury, on the advice of the FCA's board, appointed X as interim chief executive' may be the FCA's post). The
    appointer may be the subject of a verb controlling it ('X resolved to appoint Y as chair') or a post at a body ('The
    chief executive of X appointed Y as interim finance officer')."""
    doers = bodies(reader, reader._children(verb, {"nsubj"}) + [p for a in reader._children(verb, {"agent"}) for p in reader._children(a, {"pobj"})]) or (
        bodies(reader, reader._children(verb.head, {"nsubj"})) if verb.dep_ == "xcomp" else []) or subject_posts_body(reader, verb)
    owners = [p for c in roles for h in [c, *(o for q in reader._children(c, {"prep"}) if q.lower_ == "of" for o in reader._children(q, {"pobj"}))]
              for p in reader._children(h, {"poss"})]  # (the post's or its 'of' noun's: 'as chair of its board')
    its = any(p.lower_ in {"its", "their"} or p.lower_ in {"her", "his"} and any(office_of_post(m, reader.rules) for m, _ in doers)
              for p in owners)  # ('The Children's Commissioner named X as her chief of staff')
    bare = not its and any(t.lower_ in own for c in roles for t in c.subtree) and not any(
        reader._children(c, {"poss"}) or any(t.i in reader.tok2ment for p in reader._children(c, {"prep"}) if p.lower_ != "including" and p.lower_ not in WHEN for t in p.subtree)
        for c in roles)
    if not (its or bare):
        return []
    if bare and not doers and reader._children(verb, {"nsubjpass"}) and not reader._children(verb, {"agent"}):  # ('Y is pleased to welcome …
        return [(b, True) for b in [announcing_body(reader.doc, verb, reader.tok2ment) or page_of(reader)] if b is not None]  # X has been
    found = doers  # appointed as Trustee': the sentence before's body, else the page's)
    aside = {t.i for c in reader._children(verb, {"dobj", "nsubjpass"}) for a in reader._children(c, {"appos", "prep"})  # (not the appointee's:
             if a.dep_ == "appos" or a.lower_ == "of" for t in a.subtree} | {  # 'X of Z'; nor a body in a clause describing the appointer:
        t.i for c in reader._children(verb, {"nsubj"}) for r in reader._children(c, {"relcl"}) for t in r.subtree} | {  # 'X, which works for Z,')
        t.i for h in [verb, *roles] for c in reader._children(h, {"advcl", "prep"}) if (c.lower_ if c.dep_ == "prep" else next((  # nor one in a clause saying when
            m.lower_ for m in c.children if m.dep_ == "mark"), "")) in WHEN for t in c.subtree}  # ('… as interim director after Ofsted judged …')
    named = {id(m.entity) for i in range(reader.sent.start, reader.sent.end) if i not in aside and (m := reader.tok2ment.get(i)) is not None
             and m.entity is not None and m.entity.type == "Organisation"}  # ('A and B have appointed a joint chair, X': both appoint, X chairs both)
    return found if its or sole_body(reader.tok2ment, reader.sent.start, reader.sent.end, frozenset(aside)) is not None or (
        len(found) > 1 and named <= {id(m.entity) for m, _ in found}) else []


WHEN = frozenset({"after", "before", "following", "since", "when", "until"})  # words opening a clause or phrase of time


def page_of(reader: RelationReader) -> Mention | None:
    """The body an article is the page of: its headline is that body's name and nothing else ('Healthwatch England')."""
    m, end = headline_body(reader), headline_end(reader.doc)
    words = [t.i for t in reader.doc[:end] if not (t.is_space or t.is_punct)]
    return m if m is not None and words and (m.start, m.end) == (words[0], words[-1] + 1) else None


def bodies(reader: RelationReader, toks) -> list:
    """The organisations the phrases headed by *toks* refer to."""
    return [m for t in toks for m in reader.mentions_for(t) if m[0].entity is not None and m[0].entity.type == "Organisation"]


def quoted_posts_body(reader: RelationReader, m, posts: set[str]) -> list:
    """'Kelby Trust has won a grant. Chief executive Jo Bloggs said …': a post with no body of its own (only post
    words) before a name that opens a sentence naming no body is a post at the body the sentence before is about; not
    an office that is its own body ('Commissioner Jo Bloggs', 'Ombudsman X': patterns.json 'office_heads')."""
    before = [t for t in reader.doc[reader.sent.start:m.start] if not t.is_punct] if not _newly_appointed(reader, m) else []  # (not 'X has been appointed as …')
    offices = reader.structure.structural.get("role-apposition", {}).get("office_heads", ())  # ('Commissioner X said': an office of its own)
    if not before or not any(t.lower_ in posts for t in before) or any(t.lower_ in PAST or t.text.capitalize() in offices for t in before) or not all(
            t.lower_ in posts or t.text.capitalize() in reader.rules.post_modifiers for t in before):
        return []
    words = " ".join(t.lower_ for t in before)  # ('Councillor X said' after a sentence about a bus firm: a council's post, not the firm's)
    kind = _post_kind(reader, words)
    forms = reader.rules.name_noun_forms.get(kind, (kind,)) if kind not in {None, "regulator", "inspectorate"} else ()
    named = {id(x.entity): x for i in range(reader.sent.start, reader.sent.end) if (x := reader.tok2ment.get(i)) is not None
             and x.entity is not None and x.entity.type == "Organisation" and x is not m}
    if named:  # a body the sentence names: the post's only where the post's kind says which ('Assistant Chief Constable X said Y Police had …')
        fit = [x for x in named.values() if forms and any(f in x.entity.name.lower().split() for f in forms)]
        return [(fit[0], True)] if len(fit) == 1 else []
    body = previous_subject(reader.doc, reader.sent, reader.tok2ment)
    return [(body, True)] if body is not None and (not forms or any(f in body.entity.name.lower().split() for f in forms)) else []


def _post_kind(reader: RelationReader, words: str) -> str | None:
    """The one kind of body a post in *words* (lower case) belongs to (patterns.json 'post-kinds'), or None."""
    return next((k for phrase, k in reader.structure.structural.get("post-kinds", {}).get("posts", {}).items() if phrase in words), None)


def _newly_appointed(reader: RelationReader, m: Mention) -> bool:
    """Whether the name is the subject of a passive appointment ('Accountant X has been appointed as interim manager'),
    whose post the appointment rules place (patterns.json role-agent 'appointing')."""
    root = mention_root(reader.doc, m)
    return root.dep_ == "nsubjpass" and root.head.lemma_.lower() in reader.structure.structural.get("role-agent", {}).get("appointing", ())


def _employer(reader: RelationReader, post: Token) -> list:
    """'Kelby Homes has suspended chief executive Jo Bloggs': a bare post before the name one of the 'employing_verbs'
    acts on (patterns.json 'post-kinds') is at the body that is that verb's subject."""
    name, verbs = post.head, set(reader.structure.structural.get("post-kinds", {}).get("employing_verbs", ()))
    if post.dep_ != "compound" or name.dep_ != "dobj" or name.head.lemma_.lower() not in verbs or any(
            c.dep_ in {"det", "poss"} for c in name.children):
        return []
    return [(m, True) for c in name.head.children if c.dep_ in {"nsubj", "nsubjpass"} for m, coref in reader.mentions_for(c)
            if not coref and m.entity is not None and m.entity.type == "Organisation"  # (named: 'the board' may be any body's;
            and not is_regulator(m.entity, reader.structure.regulators)]  # not a regulator's: 'The NMC suspended nurse X')
