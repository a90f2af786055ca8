"""Places named where a council is meant: 'Doncaster's mayor, X', 'X, leader of Barnsley', "Bristol's Climate Action
Plan" — the place stands for its council when the gazetteer knows exactly one, or the article names one; a post for
several places is no one place's council's; a place named for a post only another kind of body has is the body of that
kind named after it, else the gazetteer's one body of that kind for the place ('Norfolk's chief constable'); a
regulator's post for an area is the article's regulator's. Helpers of the structural readings. Imports extract.coref and extract.mentions_base.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .coref import nearest_named
from .mentions_base import Mention, crown_post

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .relations import RelationReader


def for_several_places(found: list) -> bool:
    """Whether a post's bodies name two places or more ('Centre Director for Cumbria and Lancashire'): a region's post,
    no one place's council's."""
    return sum(m.entity is not None and m.entity.type == "Place" for m, _ in found) > 1


def place_councils(reader: RelationReader, found: list, post: Token | None) -> list:
    """"Doncaster's mayor, X", 'X, leader of Barnsley': a place named as the body of a council's post stands for the
    place's council, when the gazetteer knows exactly one, or else the article names one (patterns.json 'post-kinds'
    'place_posts'); an office of its own ('own_offices': "Barset's police and crime commissioner") is at no body."""
    kinds = reader.structure.structural.get("post-kinds", {})
    if post is not None and any(o in reader.doc[post.left_edge.i:post.i + 1].text.lower() for o in kinds.get("own_offices", ())):
        return []  # ("Barset's police and crime commissioner": an office of its own, neither the force's nor the council's)
    if (named := _kind_named_for(reader, found, post, kinds.get("posts", {}))) is not None:
        return [(named, True)]
    if (regional := _regional_regulator(reader, found, post, kinds.get("posts", {}))) is not None:
        return [(regional, True)]
    words = set(kinds.get("place_posts", ()))
    council = {p for p, kind in kinds.get("posts", {}).items() if kind == "council"}  # ('Kent cabinet member', 'portfolio holder')
    if post is None or not ({post.lemma_.lower(), post.lower_} & words or any(
            c.dep_ == "compound" and f"{c.lower_} {post.lower_}" in council for c in post.children)) \
            or (for_several_places(found) and not all(_council_named(reader, m) for m, _ in found)):
        return found  # (a post for several places, 'Centre Director for Cumbria and Lancashire', is no council's, unless
        # the article names each place's council: 'chief executive of Breckland and South Holland', two councils sharing one)
    return as_councils(reader, found)


def _kind_named_for(reader: RelationReader, found: list, post: Token | None, kinds: dict) -> Mention | None:
    """"Suffolk's chief fire officer X", 'Chief Fire Officer for Suffolk X': a place named as the body of a post only
    one kind of body has (patterns.json 'post-kinds'; not a council's) is the body of that kind the article names
    before, after the place ('Suffolk Fire and Rescue Service'), else the one known body named for the place with a word
    of that kind ('Norfolk's chief constable': Norfolk Police, the gazetteer's Norfolk Constabulary)."""
    places = [m.entity for m, _ in found if m.entity is not None and m.entity.type == "Place"]
    if post is None or not places or len(places) < len(found):
        return None
    left = post.left_edge.i
    while left >= 2 and reader.doc[left - 1].text == "-" and not reader.doc[left - 2].whitespace_:  # ('vice-chancellor' split
        left = reader.doc[left - 2].left_edge.i  # at its hyphen: the post is 'chancellor', 'vice' its own word)
    words = reader.doc[left:post.i + 1].text.lower()
    kind = next((k for phrase, k in kinds.items() if phrase in words and k not in {"council", "regulator", "inspectorate"}), None)
    body = nearest_named(post, reader.sent, reader.tok2ment, reader.rules, bare=True, word=kind) if kind else None
    if body is not None and body.entity is not None and body.entity.type == "Organisation" and any(
            body.entity.name.startswith(p.name + " ") or body.entity.name.endswith(" of " + p.name) for p in places):
        return body
    if kind and len(places) == 1:  # ('Norfolk's chief constable': the gazetteer's Norfolk Police; not another place's
        # body of the kind named nearer: 'a manager at the University of Warwick … X, pro-chancellor at Lancaster')
        known = {id(e): e for form in reader.rules.name_noun_forms.get(kind, (kind,)) for name in (f"{places[0].name} {form}", f"{form} of {places[0].name}")
                 if (e := reader.bodies.get(name.casefold()))}  # ('at Warwick': the University of Warwick)
        return Mention(post.i, post.i + 1, post.text, "Organisation", "kind", entity=reader.entity_for(*known.values())) if len(known) == 1 else None
    return None


def kind_bodies(reader: RelationReader, found: list, posts: list) -> list:
    """'appointed chief constable of Norfolk': a place named as the body of one of *posts* that only another kind of
    body has stands for that body (as in place_councils), read as coreference; the rest as they are."""
    kinds = reader.structure.structural.get("post-kinds", {}).get("posts", {})
    return [(b, True) if (b := next((k for p in posts if (k := _kind_named_for(reader, [x], p, kinds)) is not None), None))
            else x for x in found]


def named_before_post(reader: RelationReader, post: Token) -> list:
    """'is a Kelby Council board member', 'as the new Norfolk chief constable': a body's name before a post, or a
    place's that stands for its council or another kind of body the post belongs to (a place that stands for no
    body is left out: 'a Leeds nurse')."""
    words = [*post.children, *(g for c in post.children if c.dep_ in {"compound", "amod"} for g in c.children)]  # ('Norfolk chief')
    found = [x for c in words if c.dep_ in {"compound", "nmod"} and c.i in reader.tok2ment for x in reader.mentions_for(c)
             if x[0].entity is not None and x[0].entity.type in {"Organisation", "Place"}]
    return [y for x in found for y in ([x] if x[0].entity.type != "Place" else place_councils(reader, [x], post))
            if y[0].entity is not None and y[0].entity.type != "Place"]


def places_before_post(reader: RelationReader, verb: Token, found: list, is_post) -> list:
    """'Jo Bloggs appointed Norfolk chief constable': a place among *found* named before a post (a word *is_post* holds
    true of) that the verb or the place's word hangs on stands for the body of that post (as in place_councils)."""
    titles = [t for o, _ in found for t in (reader.doc[o.end - 1].head, *verb.children) if t.i >= o.end and is_post(t)]
    return [y for x in found for y in (place_councils(reader, [x], titles[0]) if titles and x[0].entity is not None
                                       and x[0].entity.type == "Place" else [x])]


def _regional_regulator(reader: RelationReader, found: list, post: Token | None, kinds: dict) -> Mention | None:
    """'Jo Bloggs, Deputy Chief Inspector of General Practice for the North of England': a regulator's post (patterns.json
    'post-kinds' 'regulator', 'inspectorate') for an area is held at the article's one regulator, not at the area."""
    if post is None or not found or not all(m.entity is not None and m.entity.type == "Place" for m, _ in found) or len(reader.regulators) != 1:
        return None
    words = reader.doc[post.left_edge.i:post.i + 1].text.lower()
    return reader.regulators[0] if not crown_post(reader.doc, reader.sent.start, post.left_edge.i) and any(
        phrase in words and k in {"regulator", "inspectorate"} for phrase, k in kinds.items()) else None


def as_councils(reader: RelationReader, found: list) -> list:
    """The places among *found* as their councils (where the gazetteer knows exactly one, or the article names one),
    read as coreference; the rest as they are."""
    out = []
    for m, coref in found:
        council = (reader.body_for_place(m.entity) or _council_named_for(reader, m.entity)) if m.entity is not None and m.entity.type == "Place" else (
            _council_named_for(reader, m.entity) if m.entity is not None and " " not in m.entity.name and reader.rules.head_words.get(m.entity.name) is None
            else None)  # (or a place no register knows, typed a body for the post: "Orton's mayor" with Orton Town Council named)
        out.append((Mention(m.start, m.end, m.text, council.type, m.source, entity=council), True) if council else (m, coref))
    return out


def _council_named_for(reader: RelationReader, place):
    """'Newcastle Lord Mayor X' where the gazetteer knows no one council for the place, but the article names one
    body for it by a council's name ('the City of Newcastle', 'Kelby Town Council')."""
    heads = reader.rules.municipal_heads
    found = {id(e): e for x in reader.tok2ment.values() if (e := x.entity) is not None and e.type == "Organisation"
             and any((n.startswith(place.name + " ") and n.endswith(" Council")) or any(n.endswith(f"{h} of {place.name}") for h in heads)
                     for n in (e.name, *e.aliases))}
    return next(iter(found.values())) if len(found) == 1 else None


def _council_named(reader: RelationReader, m) -> bool:
    """Whether the article names the council of the place *m* names (as an organisation of its own)."""
    council = reader.body_for_place(m.entity) if m.entity is not None and m.entity.type == "Place" else None
    return council is not None and any(x.entity is council for x in reader.tok2ment.values())


def possessed_body(reader: RelationReader, place, m: Mention):
    """'visited Suffolk's service' with 'Suffolk Fire and Rescue Service' named: a place's possessive before a kind of
    body is the one body the article names after the place with that kind's word, not the place's council."""
    tok = reader.doc[m.end - 1]
    if tok.dep_ != "poss" or m.end >= len(reader.doc) or reader.doc[m.end].text != "'s":
        return None
    kind = tok.head.lemma_.lower()
    named = [e for e in reader.known.values() if e.type == "Organisation" and e.name.startswith(place.name + " ")
             and kind in e.name.lower().split()]
    return named[0] if len(named) == 1 else None


def own_office_before(reader: RelationReader, m) -> str:
    """"Barset's police and crime commissioner, Jo Bloggs": one of the offices that are bodies of their own (patterns.json
    'post-kinds' 'own_offices') named in the few words right before a name set off by a comma, or ''. The holder is
    part of that office, as the article names it, not of the force or the council of its place."""
    words = reader.doc[max(reader.sent.start, m.start - 9):m.start].text.lower().rstrip(" ,")
    offices = reader.structure.structural.get("post-kinds", {}).get("own_offices", ())
    return next((o for o in offices if words.endswith(o)), "") if m.start >= 1 and reader.doc[m.start - 1].text == "," else ""
