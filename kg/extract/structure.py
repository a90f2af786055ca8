"""Relations shown by structure rather than a trigger word, each at a lower confidence than a stated one: a possessive
('Off the Record's Young Carers Project' -> created), a location ('… Project in Croydon' -> locatedIn), a role ('Tom
Symons, principal researcher at Nesta', 'Anne Campbell from Queens University Belfast', 'Leeds City Council's director
Jane Doe' -> partOf), a name joined to a trigger participle ('the Nesta-funded X', 'a Leeds-based charity'). Which
relation each structure states, and the words it uses, are data (patterns.json 'structural_rules'). Imports
extract.mentions_base, extract.commissioned (work done for another body), extract.coref, extract.written_lists (a list's names) and extract.antecedents, extract.phrases, extract.posts and extract.verb_posts (who
holds which post where), extract.place_councils (a place for its council), extract.works (whose a named work is) and vocab.lexicon.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .antecedents import its_body, its_owner, its_unit_owner, possessor_body
from .commissioned import commissioned_works
from .coref import nearest_named
from .written_lists import listed_from
from .mentions_base import compound_head, doc_tokens, kind_noun_after, mention_root, sole_body
from .surface_posts import crown_inspector, member_named, surface_post_after, surface_post_body, whose_post_body
from .phrases import body_named_after, name_after_prep, place_after_comma
from .ratings import copula_rating, described_rating, inspectors_at
from .works import hired_by_owner, joined_owner, kind_possessor, named_kind_owner, owner_of
from .place_councils import as_councils, own_office_before, place_councils
from .posts import (PAST, clauses_below, copula_posts, employers, fellow_holders, is_post, is_remit, joined_holders_post, last_word, listed_after_holder, listed_post_body,
                    name_opens, names_a_thing, next_holders_post, owner_before, owner_of_part, phrase_start, post_before_comma, post_noun_holder,
                    post_of_body_before, posts_on_object, remit_start, shared_posts, subject_posts, titled_alike, titled_office, written_as_office)
from .verb_posts import as_posts, joined_from, pronoun_posts, shared_by, taken_posts, worked_at
from .unnamed_posts import post_kind_body, quoted_posts_body

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Relation
    from ..vocab.lexicon import RelationSpec
    from .mentions_base import Mention
    from .relations import RelationReader

def is_sum(tok: Token, spec: RelationSpec, sum_nouns) -> bool:
    """A sum of money or what it is called ('£2m', 'the largest sum': patterns.json 'sum_nouns'; 'the grant': the
    relation's own nouns), for relations that carry an amount."""
    word = tok.lemma_.lower()
    return spec.amount and (is_money(tok) or word in sum_nouns or word in {t.head for t in spec.triggers if t.nominal})


def is_money(tok: Token, anywhere: bool = False) -> bool:
    """A sum written as one: '£1.1m', '€75,000' (the word or its children, not a sum set off after a name: 'X (£7,282)'; *anywhere* below it)."""
    return any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in (tok.subtree if anywhere else (tok, *(c for c in tok.children if c.dep_ != "appos" or tok.pos_ != "PROPN"))))


def participle_ends(reader: RelationReader, verb: Token, spec: RelationSpec, inverse: bool = False) -> tuple[list, list, str] | None:
    """The ends of a trigger participle the parse does not give as a clause: 'the Nesta-funded X' (below),
    and 'X, a charity, partnered with Y', a past tense read as a participle describing X: for a relation
    between equals, X is a partner and the 'with' phrase the other. Returns (subjects, objects, rule)."""
    if spec.symmetric and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i:
        partners = reader._prep_objects(verb, set(spec.object_preps))
        if partners:
            return reader.mentions_for(verb.head), partners, "active"
    found = compound_participle(reader, verb, spec.stative or inverse)  # (an inverse trigger's agent is the other end: 'the X-owned Y')
    return (*found, "compound-participle") if found is not None else None


def clause_doers(reader: RelationReader, head: Token) -> list:
    """Who a phrase like 'in partnership with Y' is about: the name it hangs on ('X, in partnership with
    Y, …'), else the doer of the verb it hangs on ('X launched Z in partnership with Y', 'run by X in
    partnership with Y')."""
    named = reader.mentions_for(head)
    if not named and head.dep_ == "dobj" and head.pos_ == "NOUN":  # 'X launched the scheme in partnership with Y'
        head = head.head
    head = head.head if head.dep_ in {"aux", "auxpass"} else head  # ('In collaboration with Y, X has …': hung on 'has')
    if named or head.pos_ not in {"VERB", "AUX"}:
        return named
    by = [m for c in head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj" for m in reader.mentions_for(p)]
    if by or any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children):
        return by
    doers = [m for c in head.children if c.dep_ in {"nsubj", "csubj"} for m in reader.mentions_for(c)]
    return doers or reader._inherited_subjects(head)[0]


def compound_participle(reader: RelationReader, verb: Token, stative: bool) -> tuple[list, list] | None:
    """'the Nesta-funded Healthy Homes Pilot', 'a Leeds-based charity, Harbour Trust': a name joined by a
    hyphen to a trigger participle is its agent (or, for 'based', the place), and the thing the participle
    describes is the other end. Returns (subjects, objects), or None when the words are not of that shape."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN":
        return None
    prefixed = [m for c in verb.children if c.dep_ in {"npadvmod", "compound", "nmod"} and (c.i + 1 == verb.i or (
                c.i + 1 == verb.i - 1 and reader.doc[c.i + 1].text == "-")) for m in reader.mentions_for(c) or [  # (or 'Leeds based'; a body's
                (b, True) for b in [nearest_named(c, reader.sent, reader.tok2ment, reader.rules, bare=True) if c.is_lower else None] if b is not None]]  # kind: 'council-owned')
    if not prefixed:
        return None
    noun = verb.head
    described = reader.mentions_for(noun) or (reader.mentions_for(noun.head) if noun.dep_ in {"compound", "appos"} else [])  # ('the
    if not described and (k := noun.left_edge.i) > 1 and reader.doc[k].lower_ in {"a", "an"} and reader.doc[k - 1].text == ",":  # Leeds-based charity X')
        j = next((i - 1 for i in range(k - 2, max(k - 7, 0), -1) if reader.doc[i].text == "("), k - 2) if reader.doc[k - 2].text == ")" else k - 2
        described = [(x, False) for x in [reader.tok2ment.get(j)] if x is not None and x.end == j + 1]  # 'X (1141178), a Leeds-based charity'
    return (described, prefixed) if stative else (prefixed, described)


def _fronted_role_bodies(reader: RelationReader, m, posts: set[str], preps: set[str]) -> list:
    """'Head of Policy at Leeds City Council, Jane Smith said', 'Commenting, director of services at X, Jane
    Smith said': a post phrase right before the name, between commas (or opening the sentence), ending in
    'at/of/for X' (or 'the trust', a body named before). Read from the words, not the parse, which seldom
    hangs such a phrase on the name."""
    doc, sent = reader.doc, reader.sent
    opens = name_opens(reader, m)  # '…, Councillor Jo Bloggs, said'
    if opens - 3 >= sent.start and doc[opens - 1].text != ",":
        return post_of_body_before(reader, opens, posts)
    if opens - 3 < sent.start or doc[opens - 1].text != ",":
        return []
    cut = j = opens - 1  # (a time after the post aside: 'A trustee of X since 2019, Jo Bloggs …', '… for 18 months,')
    while j - 1 > sent.start and doc[j - 1].ent_type_ == "DATE":
        j -= 1
    cut = j - 1 if j < cut and doc[j - 1].lower_ in {"for", "since", "from", "until"} else cut
    body, last = reader.tok2ment.get(cut - 1), doc[cut - 1]
    remit = remit_start(reader, cut - 1, posts)  # 'X Council cabinet member for highways and transport, Jo Bloggs'
    if remit is not None:
        body, last = None, doc[remit - 1]
    if body is not None and body.entity is not None and body.end == cut:
        found, k = [(body, False)], body.start - 1
        if written_as_office(reader, body):  # 'The outgoing Chief Inspector of Probation, Jo Bloggs': the
            return [] if any(t.lower_ in PAST for t in doc[max(sent.start, body.start - 2):body.start]) else found  # office (not 'A former …')
    elif last.pos_ == "NOUN" and last.lower_ in posts and not owner_of_part(reader, last.i - 1):  # 'current ShropCom chief executive, Jo Bloggs'
        start = phrase_start(reader, last.i, last.i - 6)
        body = sole_body(reader.tok2ment, start, last.i)
        no_verb = not any(t.pos_ in {"VERB", "AUX", "PRON", "ADP"} or t.lower_ in PAST for t in doc[start:last.i])  # (nor 'former')
        return [(body, False)] if body is not None and no_verb else []
    elif (last.pos_ == "NOUN" or (last.pos_ == "PROPN" and last.i not in reader.tok2ment)) and (
            found := reader.mentions_for(last)):  # 'CEO of the trust, Jo Bloggs said', 'the leader of the Council, …'
        k = last.i - 1
    else:
        return []
    found, k = owner_of_part(reader, k) or (found, k)
    k -= k > sent.start and doc[k].lower_ == "the"
    if k <= sent.start or doc[k].lower_ not in preps:
        return []
    phrase = doc[phrase_start(reader, k - 1, sent.start):k]
    if (a := next((t.i for t in reversed(phrase) if t.lower_ == "as"), None)) is not None:
        phrase = doc[a + 1:k]  # 'In her first speech as chair of X, Jo Bloggs said': the post after 'as'
    if any(t.pos_ in {"VERB", "AUX", "PRON"} or t.lower_ in PAST or getattr(reader.tok2ment.get(t.i), "type", None) == "Person" for t in phrase) \
            or listed_after_holder(reader, phrase.start):
        return []  # (nor a post held before: 'The former director of X, Jo Bloggs'; nor one listed after its holder: 'A, Director of X, B, …')
    opening = next((t for t in phrase if t.lower_ not in {"the", "a", "an"}), None)
    words = {t.lower_ for t in phrase[:4] if t.pos_ in {"NOUN", "PROPN", "ADJ"}}
    post = next((t for t in phrase if t.lower_ in posts), None)  # ('Leader of Barnsley, Jo Bloggs': its council)
    return place_councils(reader, found, post) if opening is not None and words & posts and len(phrase) <= 8 else []


def _remit_body(reader: RelationReader, m, posts: set[str]) -> list:
    """'Kelby Council Cabinet Member for Education Jo Bloggs said': a body, a post and its remit run into the name
    (the parser hangs the name on the remit's 'for'); the one body named before the post."""
    remit = remit_start(reader, name_opens(reader, m) - 1, posts)
    body = sole_body(reader.tok2ment, phrase_start(reader, remit - 2, remit - 7), remit - 1) if remit else None
    return [(body, False)] if body is not None else []


def _office_held(reader: RelationReader, tok: Token, heads: set[str]) -> list:
    """'Jo Bloggs, the Westshire Housing Ombudsman, said': a person in apposition with a body
    named after the office that heads it ('… Ombudsman', '… Commissioner') holds that office."""
    held = [x for c in tok.children if c.dep_ == "appos" and (b := reader.tok2ment.get(c.i)) is not None and b.entity is not None
            and b.entity.type == "Organisation" and (b.entity.name.split()[-1] in heads or written_as_office(reader, b))
            and not any(t.lower_ in PAST for t in reader.doc[max(b.start - 2, 0):b.start]) for x in reader.mentions_for(c)]  # (not 'the former …')
    m, doc = reader.tok2ment.get(tok.i), reader.doc  # (or set off by commas right after the name, however parsed:
    b = reader.tok2ment.get(m.end + 1) if m is not None and m.end + 2 < reader.sent.end and doc[m.end].text == "," else None
    if held or b is None or b.start != m.end + 1 or b.entity is None or b.entity.type != "Organisation" or doc[b.end].text != ",":
        return held
    return [(b, False)] if written_as_office(reader, b) else []  # 'X, Police and Crime Commissioner for Y, said')


def _name_between(reader: RelationReader, m, place) -> bool:
    """'Wrenford in Kent and St Mallory in Devon': another name that is not a place stands between a body and
    a place, so the place is that other name's, not the body's."""
    lo, hi = (m.end, place.start) if m.end <= place.start else (place.end, m.start)
    return any(x.entity is not None and x.entity.type != "Place" and x is not m and x is not place
               for i in range(lo, hi) if (x := reader.tok2ment.get(i)) is not None)


def named_partners(reader: RelationReader) -> Iterator[Relation]:
    """"the trust's partners, A and B", "X's partners include A and B": the bodies named as a body's partners
    (patterns.json 'named-partners')."""
    rule = reader.structure.structural.get("named-partners", {})
    spec, nouns, verbs = reader.specs.get(rule.get("predicate", "")), set(rule.get("nouns", ())), set(rule.get("verbs", ()))
    body = lambda x: x[0].entity is not None and x[0].entity.type == "Organisation"  # noqa: E731
    for tok in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end]:
        if spec is None or tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or tok.i in reader.tok2ment:
            continue
        owners = [x for c in tok.children if c.dep_ == "poss" for x in reader.mentions_for(c) if body(x)]
        comma = tok.i + 1 < len(reader.doc) and reader.doc[tok.i + 1].text == ","
        named = [c for c in tok.children if c.dep_ == "appos" or (c.dep_ == "conj" and comma)] + (
            [c for c in tok.head.children if c.dep_ in {"dobj", "attr"}] if tok.dep_ == "nsubj" and tok.head.lemma_ in verbs else [])
        partners = [x for c in named for x in reader.mentions_for(c) if body(x)]
        first = reader.tok2ment.get(tok.i + 2) if not partners and comma else None
        if first is not None and first.start == tok.i + 2 and first.entity is not None:  # (the parse lost the list: read it)
            partners = [(x, False) for x in listed_from(reader.doc, first, reader.sent.end, reader.tok2ment) if body((x, False))]
        yield from reader.emit(spec, tok, owners or (partners if len(partners) > 1 else []), partners if owners else [], "named-partners")  # (no owner: each other's)


def joint_doers(reader: RelationReader) -> Iterator[Relation]:
    """'This will be done jointly by A and B', 'A and B will jointly run the service': two or more bodies that act
    'jointly' (patterns.json 'named-partners' 'joint_words') are partners."""
    rule = reader.structure.structural.get("named-partners", {})
    spec, words = reader.specs.get(rule.get("predicate", "")), set(rule.get("joint_words", ()))
    for tok in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end]:
        if spec is None or tok.lower_ not in words or tok.dep_ != "advmod" or tok.head.pos_ not in {"VERB", "AUX"}:
            continue
        verb = tok.head
        doers = [x for c in verb.children if c.dep_ in {"nsubj", "agent"} for p in ([c] if c.dep_ == "nsubj" else reader._children(c, {"pobj"}))
                 for x in reader.mentions_for(p) if x[0].entity is not None and x[0].entity.type == "Organisation"]
        if len({id(x[0].entity) for x in doers}) > 1:
            yield from reader.emit(spec, tok, doers[:1], doers[1:], "joint-doers")


def bracketed_post_bodies(reader: RelationReader, m: Mention, posts: set[str]) -> list:
    """'Jo Bloggs (Professor of Housing Policy at the University of Kelby and Director of the Barset Centre)': a person's
    posts in brackets after the name, read from the words (the parser seldom keeps them together): each post (a
    post word first) holds at the body after its 'at', or else after its 'of'."""
    doc, k = reader.doc, m.end
    if k + 3 >= reader.sent.end or doc[k].text != "(" or not is_post(doc[k + 1], posts):
        return []
    close = next((j for j in range(k + 1, min(reader.sent.end, k + 40)) if doc[j].text == ")"), None)
    if close is None:
        return []
    found, starts = [], [j for j in range(k + 1, close) if j == k + 1 or (doc[j - 1].lower_ in {"and", ","} and is_post(doc[j], posts))]
    for a, b in zip(starts, [*starts[1:], close]):
        bodies = {w: [x for j in range(a, b) if doc[j - 1 - (doc[j - 1].lower_ == "the")].lower_ == w  # ('at (the) X')
                      and (x := reader.tok2ment.get(j)) is not None and x.start == j
                      and x.entity is not None and x.entity.type == "Organisation"] for w in ("at", "of")}
        found += [(x, False) for x in (bodies["at"] or bodies["of"])[:1]]
    return found


def kind_places(reader: RelationReader, m: Mention, described: list[Token]) -> list:
    """'Kelby charity X', 'X, a Kelby charity,': a place before the kind of body a name is, right before the name or in
    its apposition (after 'X, Sheffield, was …': place_after_comma)."""
    kind = reader.doc[m.start - 1] if m.start > 1 else None
    before = reader.tok2ment.get(kind.i - 1) if kind is not None and kind.is_lower and reader.rules.context_words.get(kind.lemma_.lower()) else None
    places = [before] if before is not None and before.end == kind.i else []  # ('Kelby charity X')
    places += [p for c in described for g in c.children if g.dep_ in {"compound", "nmod", "amod"}  # ('X, a Kelby charity')
               and (p := reader.tok2ment.get(g.i)) is not None and p.start > m.end]
    return [(p, False) for p in places if p.entity is not None and p.entity.type == "Place"]


def structural_relations(reader: RelationReader) -> Iterator[Relation]:
    specs, rules = reader.specs, reader.structure.structural
    posts, party_posts = set(rules.get("role-nouns", {}).get("words", ())), set(rules.get("role-nouns", {}).get("party_posts", ()))
    owned, located = rules.get("possessive", {}), rules.get("located-in", {})
    role, role_from, role_poss = rules.get("role-apposition", {}), rules.get("role-from", {}), rules.get("possessive-role", {})
    for tok in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end]:
        m = reader.tok2ment.get(tok.i)
        if m is None or m.entity is None or mention_root(reader.doc, m).i != tok.i:
            yield from described_rating(reader, tok) if m is None else ()  # ('… said the service required improvement')
            continue
        etype = m.entity.type
        yield from copula_rating(reader, m, tok)  # 'Newport and Conwy are all good' in an inspection story
        yield from inspectors_at(reader, m, tok)  # 'At Kelby Care Home, inspectors found …'
        if owned.get("predicate") in specs and etype in owned.get("owned_types", ()):
            kind = next((k for k in ([tok.head] if tok.dep_ in {"compound", "nmod", "appos", "amod"} else []) + [c for c in tok.children if c.dep_ == "appos"] + list(reader.doc[max(m.start - 1, 0):m.start])
                         + ([reader.doc[m.start - 2]] if m.start > 1 and reader.doc[m.start - 1].text == "," else [])
                         if reader.rules.context_words.get(k.lemma_.lower()) == etype), None)  # (or 'its report | X', 'its report, X,' misparsed)
            owned_head = tok.dep_ in {"compound", "nmod"} and tok.head.lemma_.lower() not in owned.get("portions", ())  # (not "the council's X Fund
            owners = [x for h in (tok, kind, tok.head if owned_head else None) if h is not None  # allocation": its share of the fund)
                      for c in h.children if c.dep_ == "poss" and not m.start <= c.i < m.end and (h in (tok, kind) or c.i < m.start)
                      for x in reader.mentions_for(c) or its_owner(reader, c)] + named_kind_owner(reader, m, etype) + joined_owner(reader, kind)
            owners = [o for o in as_councils(reader, owners) if etype != "Policy" or getattr(o[0].entity, "type", None) == "Organisation"
                      and m.entity.name.split()[-1] not in owned.get("laws", ())]  # "Bristol's Climate Action Plan": the place's
            # council's (a law a body or a nation owns is its parliament's: "the UK's X Act", "the Commission's GDPR")
            predicate = owned.get("predicate_by_kind", {}).get(kind.lemma_.lower() if kind is not None else "") or owned.get("predicate_by_type", {}).get(etype, owned["predicate"])
            yield from reader.emit(specs[predicate], tok, owners, [(m, False)], "possessive")
        part = rules.get("possessive-part", {})
        if part.get("predicate") in specs and etype in part.get("owned_types", ()):  # 'the Cabinet Office's Task Force'
            owners = [x for c in tok.children if c.dep_ == "poss" and not m.start <= c.i < m.end  # (not "King's" in "King's College",
                      for x in reader.mentions_for(c) if x[0].entity is not None and x[0].entity.type in part.get("owner_types", ())
                      and (x[0].end <= c.i + 2 or x[0].end < m.start and reader.doc[x[0].end].text in {"'s", "’s"})] or [  # ("the University of X's …")  # nor a saint's in a name of its own: "St Mary's Hospital and X")
                (x, False) for x in [reader.tok2ment.get(m.start - 2)] if m.start > 1 and reader.doc[m.start - 1].text in {"'s", "’s"}
                and not (tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i == m.end and tok.head.is_lower) and x is not None and x.end == m.start - 1 and x.entity is not None and x.entity.type in part.get("owner_types", ())]
            owners = owners or kind_possessor(reader, tok, part.get("owner_types", ()), part.get("parts", ()), [*part.get("peers", ()), *part.get("owner_nouns", ())], its_body) \
                or its_unit_owner(reader, tok, part.get("its_units", ()))  # 'its Audit Committee' ('its parent company, Y': below)
            yield from reader.emit(specs[part["predicate"]], tok, [(m, False)], owners, "possessive-part")  # (read from the words)
            yield from hired_by_owner(reader, tok, m, part.get("hired", {}), its_body)  # ("the council's advisers, X")
            yield from owner_of(reader, tok, m, part, its_body)  # 'X, the parent company of Y', 'its parent company, X'
        if located.get("predicate") in specs and etype in specs[located["predicate"]].subject_types:
            described = [g for c in tok.children if c.dep_ == "appos" and c.i not in reader.tok2ment and c.pos_ == "NOUN"
                         and any(d.lower_ in {"a", "an"} for d in reader._children(c, {"det"}))  # 'X, a venue and coffee
                         for g in (c, *reader._children(c, {"conj"}))]  # shop in Y' (not 'the largest funder in the UK')
            held = [c for c in (tok.head.children if tok.dep_ == "nsubj" and tok.head.lemma_ in {"have", "open"} else ())
                    if c.dep_ == "dobj" and c.lemma_.lower() in set(located.get("premises", ()))]  # 'X has offices in Y and Z'
            kind = [h for h in [compound_head(tok) if tok.dep_ == "compound" else kind_noun_after(reader.doc, m.end, reader.sent.end, reader.rules.context_words)]
                    if h is not None and reader.rules.context_words.get((h.lemma_ or h.lower_).lower()) == "Organisation"]  # ('X care home in Y')
            streets = [p for h in [tok, *described] for p, _ in reader._prep_objects(h, set(located.get("street_prepositions", ())))
                       if p.entity is not None and p.entity.type == "Place"]  # 'X on Mill Lane in Kelby', 'X, a cafe at 3 Mill Lane, Kelby':
            towns = [(t, False) for p in streets for c in reader.doc[p.end - 1].children if c.dep_ == "appos" and (t := reader.tok2ment.get(c.i))
                     is not None and t.entity is not None and t.entity.type == "Place"]  # on the street, and where the street is
            places = [(p, False) for p in streets] + towns + [(p, c) for h in [tok, *described, *held, *[x.head for x in held[:1]], *[reader.doc[p.end - 1] for p in streets],
                                                                      *kind]
                      for p, c in reader._prep_objects(h, set(located.get("prepositions", ())))
                      if not _name_between(reader, m, p) and (h is tok or p.entity is not None and p.entity.type == "Place")]
            k = m.end + (m.end + 1 < reader.sent.end and reader.doc[m.end].text == ",")  # 'the rating of X in Y', 'X, in Y, was …':
            k = kind[0].i + 1 if kind else k  # (after the kind's words)
            if not places and (after := name_after_prep(reader, k, {"in"})) is not None and after.start == k + 1 and after.entity.type == "Place" \
                    and (k == m.end or reader.doc[after.end].text == "," or reader.doc[k - 1].pos_ == "NOUN"):  # 'in Y' hung on another word (or set off by commas)
                places = [(after, False)]  # read from the words
            places = places or [(x, False) for x in [place_after_comma(reader, m)] if x is not None] or kind_places(reader, m, described) or [
                (p, c) for h in described for p, c in reader._prep_objects(h, set(located.get("described_prepositions", ()))) if p.entity is not None and p.entity.type == "Place"]
            yield from reader.emit(specs[located["predicate"]], tok, [(m, False)], places, "located-in")
        holds_post = role.get("predicate") in specs and etype in role.get("holder_types", ())
        if holds_post and (listed := listed_post_body(reader, m, posts) or bracketed_post_bodies(reader, m, posts)):
            yield from reader.emit(specs[role["predicate"]], tok, [(m, False)], listed, "role-apposition")  # 'A, Director, Y and B, …'
        elif holds_post:
            posts_held = [c for c in tok.children if c.dep_ == "appos" or (c.dep_ == "conj" and is_post(c, posts))] + joined_holders_post(reader, tok)
            if tok.dep_ in {"nmod", "compound"} and (tok.head.i == m.end + 1 < reader.sent.end and reader.doc[m.end].text == "," or tok.head.i == m.end and tok.head.is_lower):
                posts_held.append(tok.head)  # 'X, chair of Y said', 'Cllr X leader of Y': the name parsed as a modifier of the post after it
            posts_held += [g for c in posts_held for g in c.children if g.dep_ == "conj" or (  # 'Mayor of X and Chair of Y'
                g.dep_ == "appos" and c.text in reader.rules.post_nominals)] + posts_on_object(reader, posts_held, posts)  # ('X, CBE, chief executive of Y')
            for child in posts_held:
                if child.i not in reader.tok2ment and child.pos_ in {"NOUN", "PROPN"} and is_post(child, posts | party_posts) \
                        and not next_holders_post(reader, child):
                    orgs = [x for c in child.children if c.dep_ in {"compound", "amod", "nmod"} for x in reader.mentions_for(c)] \
                        if not is_post(child, posts) else employers(reader, child, set(role.get("prepositions", ()))) or [  # ('X,
                        # the Labour MP for Y': a party's post, read only with the party before it) 'X, ICO enforcement manager'
                        x for c in child.children if c.dep_ in {"compound", "nmod", "poss", "appos"} for x in reader.mentions_for(c)] or [
                        (x, False) for c in tok.children if c.dep_ == "appos" and c.i > child.i  # 'X, senior fellow, Y Fund'
                        and c.left_edge.i == last_word(child) + 2 and reader.doc[last_word(child) + 1].text == ","
                        and (x := reader.tok2ment.get(c.i)) is not None and x.entity is not None
                        and x.entity.type == "Organisation"] or [
                        (b, True) for c in child.children if c.dep_ in {"compound", "nmod"} and c.is_lower  # 'X, trust chief executive'
                        and (b := nearest_named(c, reader.sent, reader.tok2ment, reader.rules, bare=True)) is not None] or [
                        (x, False) for x in [name_after_prep(reader, child.right_edge.i + 1, {"at", "with", "for", "of"})]
                        if x is not None and x.entity.type in specs[role["predicate"]].object_types] or (  # "at/with/for/of Y" hung elsewhere
                        owner_before(reader, child) or  # "X, Y Council's director of …" misparsed
                        post_kind_body(reader, child))  # 'X, director of children's services': the article's council
                    orgs = place_councils(reader, orgs, child)  # 'X, leader of Barnsley': the place's council
                    yield from reader.emit(specs[role["predicate"]], tok, [(m, False)], orgs, "role-apposition")
            # 'X, chief executive Brackley Council, said': the body in apposition, the post words hung on it
            fronted = [x for c in tok.children if c.dep_ == "appos" and c.i in reader.tok2ment
                       and any(p.dep_ in {"amod", "compound", "nmod"} and p.i not in reader.tok2ment and is_post(p, posts)
                               for p in c.children) for x in reader.mentions_for(c)]
            fronted += _fronted_role_bodies(reader, m, posts, set(role.get("prepositions", ())))
            fronted += surface_post_after(reader, m, posts) + post_noun_holder(reader, tok, posts) + member_named(reader, tok) + _office_held(reader, tok, set(role.get("office_heads", ()))) + whose_post_body(reader, m, posts)
            fronted = [f for f in fronted if office in f[0].text.lower()] if (office := own_office_before(reader, m)) else as_councils(reader, fronted)  # (an
            # office; a place, its council: "Orton's mayor, Councillor X" with Orton Town Council named)
            yield from reader.emit(specs[role["predicate"]], tok, [(m, False)], fronted, "role-apposition")
        copula = rules.get("role-copula", {})
        if copula.get("predicate") in specs and etype in copula.get("holder_types", ()):
            # 'Y, who is director at X', 'Y was director of adult services at X', 'Y, who has served as president of X', 'Y became chief executive of X'
            linking = set(copula.get("verbs", ("be",)))
            verbs = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_ in linking]
            said = tok.head if tok.dep_ == "appos" and tok.head.dep_ == "nsubj" and tok.head.i < tok.i else tok  # ('The chair, X, is to …')
            if (said.dep_ == "nsubj" and said.head.lemma_ in linking) or (  # 'X has been made chief executive of Y'
                    tok.dep_ == "nsubjpass" and tok.head.lemma_ in set(copula.get("appointing_verbs", ())) | set(copula.get("made_verbs", ()))):
                verbs.append(said.head)
            verbs += [c for c in tok.head.children if c.dep_ == "xcomp" and c.lemma_ in linking] if tok.dep_ == "dobj" and tok.head.lemma_ in set(copula.get("appointing_verbs", ())) else []  # 'appoint X to be chair of Y'
            if tok.dep_ == "conj" and tok.head.dep_ == "attr" and m.end < reader.sent.end and (v := reader.doc[m.end]).dep_ == "conj" \
                    and v.lemma_ in linking and not any(c.dep_.startswith("nsubj") for c in v.children):
                verbs.append(v)  # 'A is chief executive and B is chair of Y': B parsed as joined to A's post
            doing = [said.head] if said.dep_ == "nsubj" else [c for c in tok.children if c.dep_ == "relcl"]
            verbs += [x for v in doing for x in [*clauses_below(v), *(g for c in clauses_below(v) for g in c.children if g.dep_ == "xcomp"), *(c for c in v.children if c.dep_ == "conj")] if x.lemma_ in linking
                      and (x.dep_ == "conj" and x.doc[x.i - 1].lower_ == "and" or any(a.dep_ == "aux" and a.lower_ in {"to", "having"} for a in x.children))  # 'X left Y to
                      and not any(a.dep_.startswith("nsubj") for a in x.children)]  # become director of Z', '…, having been chair of Z',
            # 'X has worked in industry and is a fellow of Z'
            yield from reader.emit(specs[copula["predicate"]], tok, [(m, False)], copula_posts(reader, verbs, copula, posts), "role-copula")
            yield from reader.emit(specs[copula["predicate"]], tok, [(m, False)],
                                   as_posts(reader, tok, copula, posts) + taken_posts(reader, tok, copula, posts)
                                   + subject_posts(reader, tok, copula, posts) + shared_posts(reader, tok, copula, posts)
                                   + joined_from(reader, tok, copula) + worked_at(reader, tok, copula) + shared_by(reader, tok, copula, posts), "role-copula")
        if role_from.get("predicate") in specs and etype in role_from.get("holder_types", ()):
            orgs = reader._prep_objects(tok, set(role_from.get("prepositions", ())) if not any(  # (not 'X, formerly of Y')
                a.dep_ == "advmod" and a.lower_ in PAST for p in reader._children(tok, {"prep"}) for a in p.children) else set()) or [  # 'A and B of X': A's too
                o for c in tok.children if c.dep_ == "conj" and (x := reader.tok2ment.get(c.i)) is not None and x.entity is not None
                and x.entity.type == "Person" and titled_alike(reader, tok, c) for o in reader._prep_objects(c, set(role_from.get("prepositions", ())))] or (
                body_named_after(reader, m, set(role_from.get("surface_prepositions", ()))))
            yield from reader.emit(specs[role_from["predicate"]], tok, [(m, False)], orgs, "role-from")
        if role_poss.get("predicate") in specs and etype in role_poss.get("holder_types", ()):
            dep = "appos" if tok.dep_ == "npadvmod" and tok.head.i < m.start and reader.doc[m.start - 1].text == "," else tok.dep_
            # 'Birmingham University's Dr Jane Smith', "Leeds City Council's director of adult services Jane Doe" (a role
            # noun the body owns), 'LGA president Jo Bloggs', "the ICO's Deputy Commissioner Sam Patel" (a post word first)
            titles = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"} and c.i not in reader.tok2ment and c.pos_ in {"NOUN", "PROPN"}
                      and is_post(c, posts | party_posts) and not any(x.lower_ in PAST and x.i < m.start for x in tok.children)]  # 'former NHS chief executive X'
            head_post = dep == "appos" and tok.head.i not in reader.tok2ment and tok.head.pos_ == "PROPN" and is_post(tok.head, posts)
            holders = [tok] + titles + ([tok.head] if dep == "appos" and tok.head.i not in reader.tok2ment and tok.head.pos_ == "NOUN"
                                        and not names_a_thing(tok.head) or head_post else [])  # (not 'the X executive summary Y')
            owners = [x for h in holders for c in h.children if c.dep_ == "poss" for x in reader.mentions_for(c) or its_owner(reader, c) if x[0].end <= c.i + 2]  # ("X Magistrates'
            # Court Ms Y"; 'X has suspended its chief fire officer, Y')
            owners += [x for h in [tok] + titles + ([tok.head] if head_post else [])  # 'The Estyn Inspector, X'
                       for c in h.children if c.dep_ in {"compound", "nmod", "amod"}
                       and c.i in reader.tok2ment and reader.tok2ment[c.i] is not m  # not the name's own words
                       for x in reader.mentions_for(c) if x[0] is not m and not is_remit(reader, x[0], posts) and (
                           h.i != tok.i or titles or written_as_office(reader, x[0]) or any(t.lower_ in posts or t.text in reader.rules.post_words
                                                                                  for t in reader.doc[max(x[0].start - 8, 0):m.start]))]  # (a post near)
            owners += [x for x in surface_post_body(reader, m, posts) or crown_inspector(reader, m) if all(x[0] is not o[0] for o in owners)]
            beside = post_before_comma(reader, m, tok, posts)  # "the council's cabinet member for housing, X said"
            own = ([x for c in beside.children if c.dep_ in {"poss", "compound"} for x in reader.mentions_for(c) or (its_owner(reader, c) if c.dep_ == "poss" else [])]
                   or employers(reader, beside, {"of", "at"})) if beside is not None else []  # (or 'the chair of Y, X')
            owners = own or owners  # (the post right before the name over one the parse hung it on: "A's chair, X, and B's chair, Y")
            post = beside or (tok.head if dep == "appos" and is_post(tok.head, posts) else next(iter(titles), None))  # ('… director X')
            hyphened = [reader.doc[post.i - 2]] if post is not None and post.i >= 2 and reader.doc[post.i - 1].text == "-" else []
            owners = owners or [(b, True) for h in ([post] if post is not None else []) + hyphened  # ("the university's vice-chancellor")
                                for c in h.children if (b := possessor_body(reader.doc, c, reader.tok2ment))]
            owners = owners or [(b, True) for c in (post.children if post is not None else ()) if c.dep_ in {"compound", "nmod"}
                                and c.text.istitle() and c.lower_ in reader.rules.name_nouns  # 'Council chief executive, X,'
                                and (b := nearest_named(c, reader.sent, reader.tok2ment, reader.rules, bare=True)) is not None]
            owners = owners or _remit_body(reader, m, posts)
            owners = owners or quoted_posts_body(reader, m, posts) or titled_office(reader, m)
            if post is not None and not owners and post.i not in reader.tok2ment and not (
                    post.i < tok.i and any(c.dep_ == "appos" for c in tok.children)):  # 'Cabinet member for housing, X'
                owners = post_kind_body(reader, post)  # ('Councillor X, Y Council leader': the apposition's body)
            owners = [o for o in owners if o[0].start == 0 or reader.doc[o[0].start - 1].lower_ not in PAST]  # 'former Y Commissioner X'
            phrase = reader.doc[phrase_start(reader, m.start, 0):m.start]  # 'Former director at Y X', "Y's former secretary, X"
            owners = [] if (any(t.lower_ in PAST and t.pos_ == "ADJ" for t in phrase) and not any(t.pos_ in {"VERB", "AUX"} for t in phrase)) or (
                any(c.dep_ == "amod" and c.lower_ in PAST for h in (post, tok.head if dep == "appos" else None) if h is not None
                    for c in h.children)) else owners
            owners = place_councils(reader, owners, post)  # "Doncaster's mayor, X": the place's council
            if post is not None and post.tag_ == "NNS" and post.lemma_.lower() in rules.get("named-partners", {}).get("nouns", ()):
                owners = []  # "the trust's partners, A and B": partner bodies ('named-partners'), no one's post
            yield from reader.emit(specs[role_poss["predicate"]], tok, [(m, False)], owners, "possessive-role")
            more = fellow_holders(reader, tok, [*titles, *[post][:post is not None]], posts) if owners else []
            yield from reader.emit(specs[role_poss["predicate"]], tok, more, owners, "possessive-role")  # 'Councillors A and B'
    yield from pronoun_posts(reader, rules.get("role-copula", {}), posts)
    yield from named_partners(reader)
    yield from joint_doers(reader)
    yield from commissioned_works(reader)
