"""What a trigger acts on when the parse hides or mistakes it: the post after an appointee that is no object ('named X chief
constable'), a headline's passive read as active ('Jo Bloggs named Gwent Police chief constable', 'Acme Ltd fined
£13m', 'X awarded Lottery grant'); the maker of a work named beside the noun that describes it ("'Fair Care', a
report from X"); the giver of the money a body was founded with ('X was set up with £200m from Y'); where a
body is, from its address ('Acme Ltd of Canal Lane, Kelby'); and the body a unit named with 'of' belongs to ('the Audit Panel of Kelby Council'); and, where the parse of a trigger verb
gave nothing, its subject and object read from the words around it (surface_ends: 'X partnered with Y' parsed as a noun
phrase, a list line '• Acme Bank - fined £783,800', partners before a misparsed verb, from extract.partners). The words are
data (patterns.json 'role-nouns', 'headline-passive', 'described-work', 'endowed', 'address', 'unit-of'). Imports extract.structure
(what a sum is), extract.posts and extract.place_councils (whose post it is), extract.name_edges (a registered firm's name endings),
extract.phrases, extract.kind_names (a work named in the next sentence), extract.mentions_base and vocab (a list's bullet marks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..vocab.lexicon import bullet_marks
from .agents import is_regulator, post_noun
from .clause_subjects import had_its
from .mentions_base import DASHES, QUOTES, doc_tokens, headline_end
from .kind_names import named_beside_next
from .name_edges import LEGAL_ENDINGS
from .partners import surface_pair
from .phrases import name_after_prep, part_words, place_only_describes
from .place_councils import places_before_post
from .posts import employers, is_post
from .structure import clause_doers, is_money, is_sum

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from ..model import Relation
    from ..vocab.lexicon import RelationSpec, Trigger
    from .mentions_base import Mention
    from .relations import RelationReader


def described_by(reader: RelationReader, noun: Token) -> list:
    """The name a noun in apposition that a participle describes stands for: 'X, a tool developed by Y'; not a
    post's ('X, the director appointed by Y': a person)."""
    return reader.mentions_for(noun.head) if noun.dep_ == "appos" and not post_noun(reader, noun) else []


def not_the_posts_body(reader: RelationReader, verb: Token, spec: RelationSpec, subjects: list, objects: list) -> list:
    """'named X chief constable': the post after the object is no object itself; in a headline's passive, 'Jo Bloggs
    named Gwent Police chief constable', a person 'names' no body: the body is the post's."""
    posts = reader.structure.structural.get("role-nouns", {}).get("words", ())
    titles = [c for c in verb.children if c.dep_ == "oprd" and c.lemma_.lower() in posts]
    inside = {x.i for t in titles for x in t.subtree}
    objects = [o for o in objects if o[0].start not in inside or (o[0].entity is not None and o[0].entity.type == "Person")]
    if (titles or _appointing_without_was(reader, verb, spec)) and a_person_names_a_body(subjects, objects):
        objects = [o for o in objects if o[0].entity is None or o[0].entity.type != "Organisation"]
    return objects


def headline_appointee(reader: RelationReader, verb: Token, spec: RelationSpec, subjects: list, objects: list):
    """'Professor Jo Bloggs appointed Vice-Chancellor of Harbour University': a headline's passive, with no 'was',
    where a person would appoint a body (named, or the body of the post named): the body appointed the person (patterns.json
    'headline-passive' 'appointing'). Returns the subjects and objects to read, swapped where that is so, and whether they were."""
    if not _appointing_without_was(reader, verb, spec) or verb.tag_ not in {"VBD", "VBN"}:
        return subjects, objects, False
    posts = set(reader.structure.structural.get("role-nouns", {}).get("words", ()))
    held = [o for c in verb.children if c.dep_ == "dobj" and c.i not in reader.tok2ment and is_post(c, posts)
            for o in employers(reader, c, {"of", "at"})]  # 'Jo Bloggs appointed chief executive of Harbour Trust'
    objects = places_before_post(reader, verb, objects, lambda t: is_post(t, posts))  # ('Jo Bloggs appointed Norfolk chief constable')
    if a_person_names_a_body(subjects, objects + held):
        bodies = [o for o in objects + held if o[0].entity is not None and o[0].entity.type == "Organisation"]
        return bodies[:1], subjects, True
    return subjects, objects, False


def headline_grantee(reader: RelationReader, verb: Token, spec: RelationSpec, subjects: list, objects: list):
    """'Kelby Museums awarded National Lottery grant': a headline's passive, with no 'was', whose object is the
    relation's own noun with the giver's name on it: the subject got it, the name on the noun gave it (patterns.json
    'headline-passive' 'granting'). Returns the subjects and objects to read, and whether they were swapped."""
    rule = reader.structure.structural.get("headline-passive", {})
    if spec.predicate not in rule.get("granting", ()) or verb.tag_ not in {"VBD", "VBN"} or not subjects \
            or reader.sent.start >= headline_end(reader.doc) or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return subjects, objects, False
    givers = [m for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in spec.trigger_nouns
              for g in c.children if g.dep_ in {"compound", "poss", "nmod"} for m in reader.mentions_for(g)]
    return (givers, subjects, True) if givers else (subjects, objects, False)


def _appointing_without_was(reader: RelationReader, verb: Token, spec: RelationSpec) -> bool:
    """An appointing verb with no auxiliary: how a headline writes a passive (patterns.json 'headline-passive' 'appointing')."""
    return (spec.predicate in reader.structure.structural.get("headline-passive", {}).get("appointing", ())
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children))


def a_person_names_a_body(subjects: list, objects: list) -> bool:
    """Every subject a person, some object a body: in an appointment, a headline's passive misread."""
    return bool(subjects) and all(s.entity is not None and s.entity.type == "Person" for s, _ in subjects) and any(
        o.entity is not None and o.entity.type == "Organisation" for o, _ in objects)


def fined_a_sum(reader: RelationReader, verb: Token, spec: RelationSpec, parsed: bool = True) -> bool:
    """'Acme Ltd fined £13m for failings': a headline's passive, read as active with the sum as the object; only
    for the relations that name no sum as their object in the active (patterns.json 'headline-passive'). Not
    *parsed*: the sum is read from the words right after the verb (a list line the parser lost: '• Acme Bank - fined
    £783,800', and so a grant's too, 'Kelby Trust – awarded £15,000', a list line being no active clause)."""
    rule = reader.structure.structural.get("headline-passive", {})
    summed = any(c.dep_ == "dobj" and is_money(c) for c in verb.children) if parsed else (  # (not 'imposed the fine')
        verb.i + 2 < len(reader.doc) and reader.doc[verb.i + 1].is_currency and reader.doc[verb.i + 2].like_num)
    predicates = set(rule.get("predicates", ())) | (set() if parsed else set(rule.get("granting", ())))
    return (spec.predicate in predicates and verb.tag_ in {"VBD", "VBN"}
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) and summed)


def listed_item(reader: RelationReader, verb: Token) -> Mention | None:
    """'• Acme Bank - fined £783,800', 'Kelby Trust – awarded £15,000': the name a list line opens with (after its
    bullet), a dash or a colon between it and the verb — the whole item, not a place ending it ('Groundwork Kelby –')."""
    doc = reader.doc
    if verb.i < 2 or doc[verb.i - 1].text not in DASHES | {":"} or (listed := reader.tok2ment.get(verb.i - 2)) is None \
            or listed.entity is None:
        return None
    k = listed.start - 1
    while k >= 0 and (doc[k].text in bullet_marks() or doc[k].lower_ == "the" or (doc[k].is_space and "\n" not in doc[k].text)):
        k -= 1
    return listed if k < 0 or "\n" in doc[k].text_with_ws else None


def reduced_passive(reader: RelationReader, verb: Token, spec: RelationSpec) -> bool:
    """'Kelby Council rated inadequate by Ofsted', a headline's 'Kelby Council downgraded to inadequate': a past form
    with a subject but no auxiliary and no object is a passive cut short, with its 'by' phrase or, in a headline, for a
    relation that carries a rating, with the rating after it; and a participle joined to a passive one with no subject
    or auxiliary of its own ('X has been convicted and fined £18,000') is passive too."""
    if verb.dep_ == "conj" and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and not any(  # (or tagged a past tense, naming no object)
            c.dep_ == "dobj" and c.i in reader.tok2ment for c in verb.children))) \
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children) \
            and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.head.children):
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i == verb.sent.start and any(c.dep_ == "agent" for c in verb.children):
        return True  # 'Funded by X, the centre links …': a participle opening the sentence
    if verb.tag_ not in {"VBD", "VBN"} or not any(c.dep_ == "nsubj" for c in verb.children) or any(
            c.dep_ in {"aux", "auxpass", "dobj", "dative"} for c in verb.children):
        return False
    return any(c.dep_ == "agent" for c in verb.children) or had_its(verb) or (spec.rating and verb.i < headline_end(reader.doc) and bool(
        reader.structure.rating_re.search(reader.doc[verb.i + 1:verb.right_edge.i + 1].text)))


def described_works(reader: RelationReader) -> Iterator[Relation]:
    """"'Fair Care for All', a new report from the Harbour Trust" and 'the latest report from the Harbour Trust,
    Fair Care for All': a work named beside the noun that describes it, set off by a comma, whose 'from/by' phrase
    names its maker, or whose clause's subject does ('In its report, X, the Y says'); or the work's name right after the
    noun, then 'by/from' its maker ("the report 'Title' by the Harbour Trust"; patterns.json
    'described-work'). Read from the words: the parser rarely makes it an apposition."""
    rule = reader.structure.structural.get("described-work", {})
    spec = reader.specs.get(rule.get("predicate", ""))
    if spec is None:
        return
    nouns, preps, doc, sent = set(rule.get("nouns", ())), set(rule.get("prepositions", ())), reader.doc, reader.sent
    for tok in doc_tokens(doc)[sent.start:sent.end]:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or tok.i in reader.tok2ment:
            continue
        makers = [x for x in reader._prep_objects(tok, preps) if x[0].entity is not None and x[0].entity.type in spec.subject_types]
        if not makers and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.i + 2 < sent.end and doc[tok.i + 1].text == ",":
            # "In its report, A Defence Estate …, the National Audit Office says": the clause's subject, the title after
            makers = [x for x in clause_doers(reader, tok.head.head) if x[0].entity is not None and x[0].entity.type in spec.subject_types]
            m = reader.tok2ment.get(tok.i + 2 + (doc[tok.i + 2].text in {"A", "An", "The"}))
            if len(makers) == 1 and m is not None and m.entity is not None and m.entity.type in spec.object_types:
                yield from reader.emit(spec, tok, makers, [(m, False)], "described-work")
            continue
        k = tok.i + 1  # "the report 'Title' by X", "a report, 'Title', by X": the work's name right after the noun, then its maker
        while k < min(sent.end, tok.i + 3) and (doc[k].text in QUOTES or doc[k].text == ","):
            k += 1
        work = reader.tok2ment.get(k) if k < sent.end else None
        if work is not None and work.start == k and work.entity is not None and work.entity.type in spec.object_types:
            p = work.end
            while p < min(sent.end, work.end + 2) and (doc[p].text in QUOTES or doc[p].text == ","):
                p += 1
            maker = name_after_prep(reader, p, preps)
            makers = [(maker, False)] if maker is not None and maker.entity.type in spec.subject_types else makers
            yield from reader.emit(spec, tok, makers[:1], [(work, False)], "described-work")
            continue
        if len(makers) != 1:
            continue
        k = tok.i - 1  # before the noun: its article and adjectives, a comma, the work's name (maybe quoted)
        while k > sent.start and doc[k].pos_ in {"DET", "ADJ"}:
            k -= 1
        k -= doc[k].text == "," and k > sent.start
        k -= doc[k].text in QUOTES and k > sent.start
        before = reader.tok2ment.get(k)
        after = makers[0][0].end  # or after the maker: a comma, then the name
        later = reader.tok2ment.get(after + 1) if after + 1 < sent.end and doc[after].text == "," else None
        named = [m for m in (before, later) if m is not None and m.entity is not None and m.entity.type in spec.object_types
                 and (m is later or m.end == k + 1)]
        named = named or [m for m in [named_beside_next(reader, tok, spec.object_types)] if m is not None and any(  # ('… a report
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)]  # from X. The report, Y, …': named in the next sentence)
        for m in named:
            yield from reader.emit(spec, tok, makers, [(m, m not in (before, later))], "described-work")


def endowed_bodies(reader: RelationReader) -> Iterator[Relation]:
    """'X was set up in 2019 with £200m from the Home Office', 'X was established with a £200m endowment from Y':
    the body whose money another was founded with funded it (patterns.json 'endowed': the founding verbs)."""
    rule = reader.structure.structural.get("endowed", {})
    spec = reader.specs.get(rule.get("predicate", ""))
    if spec is None:
        return
    founding, sums = set(rule.get("verbs", ())), reader.structure.structural.get("sum_nouns", ())
    firsts = {v.split()[0] for v in founding}
    for verb in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in firsts or " ".join(
                [verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ == "prt"]) not in founding:
            continue
        founded = [m for c in verb.children if c.dep_ == "nsubjpass" for m in reader.mentions_for(c)]
        money = [p for w in verb.children if w.dep_ == "prep" and w.lower_ == "with"
                 for p in w.children if p.dep_ == "pobj" and is_sum(p, spec, (*sums, *rule.get("nouns", ())))]
        givers = [x for p in money for x in reader._prep_objects(p, {"from"})]
        givers = givers or (reader._prep_objects(verb, {"from"}) if money else [])  # ('from Y' hung on the verb)
        yield from reader.emit(spec, verb, givers, founded, "endowed")


def addressed_bodies(reader: RelationReader) -> Iterator[Relation]:
    """'Acme Ltd of Canal Lane, Kelby', 'Kelby Fuels, of Mill Brook, Barset, Westshire': a body's address after
    'of' (a street, then places, as court reports give it) places the body in the first of them with no street's,
    estate's, park's or building's word (patterns.json 'address'); a town and its county are one too ('X Solicitors of Lymm, Cheshire'). A place
    alone is no address ('the Bishop of Durham')."""
    rule = reader.structure.structural.get("address", {})
    spec, buildings = reader.specs.get(rule.get("predicate", "")), frozenset(rule.get("buildings", ()))
    doc, tok2ment, end = reader.doc, reader.tok2ment, reader.sent.end
    for tok in doc_tokens(doc)[reader.sent.start:end] if spec is not None else ():
        if tok.lower_ != "of" and not (tok.text == "," and tok.i + 1 < end and doc[tok.i + 1].lower_ != "of"):
            continue
        k = tok.i - 1 - (tok.i > 1 and doc[tok.i - 1].text == ",")
        owner = tok2ment.get(k)
        if owner is None or owner.end != k + 1 or owner.entity is None or owner.entity.type != "Organisation":
            continue
        places, j = [], tok.i + 1
        while (m := tok2ment.get(j)) is not None and m.start == j and m.entity is not None and m.entity.type == "Place":
            places.append(m)
            j = m.end + 1 if m.end < end and doc[m.end].text == "," else end
        town = next((p for p in places if not any(reader.rules.head_words.get(t.text) == "Place" or t.text in buildings
                                                  for t in doc[p.start:p.end])), None)
        registered = doc[owner.end - 1].text in LEGAL_ENDINGS  # 'Acme Ltd, of Wick,', 'Acme Ltd, Wick, was fined'
        set_off = len(places) == 1 and places[0].end < end and doc[places[0].end].text == "," \
            and places[0].end + 1 < end and doc[places[0].end + 1].is_lower
        if tok.text == "," and not (registered and set_off):
            continue  # (a bare place after a comma only in a registered firm's address set off by commas)
        if town is not None and (len(places) > 1 or "," in town.text or registered or (set_off and doc[k + 1].text == ",")):
            yield from reader.emit(spec, tok, [(owner, False)], [(town, False)], "address")  # (or 'Lymm, Cheshire')


def unit_parents(reader: RelationReader) -> Iterator[Relation]:
    """'The Regulatory Decisions Committee of the FCA', 'the Audit Panel of Kelby Council': a named body whose name
    ends in a unit's word (patterns.json 'unit-of' 'heads'), then 'of' and another named body, is part of that body; so
    is a centre or institute 'at' one ('the Centre for Ageing at Kelby University': 'at_heads'), and a unit named right
    after a body's name and its bracketed initials ('the Kelby Council (KC) Audit Committee')."""
    rule = reader.structure.structural.get("unit-of", {})
    spec, doc = reader.specs.get(rule.get("predicate", "")), reader.doc
    heads = {"of": set(rule.get("heads", ())), "at": set(rule.get("at_heads", ()))}
    for tok in doc_tokens(doc)[reader.sent.start + 1:reader.sent.end - 1] if spec is not None else ():
        j = tok.i
        if tok.text == ")" and (pair := _unit_after_initials(reader, j, heads["of"])) is not None:
            yield from reader.emit(spec, tok, [(pair[0], False)], [(pair[1], False)], "unit-of")  # 'the Kelby Council (KC) Audit Committee'
        if tok.lower_ == "of" and doc[j - 1].text == ")":  # ('the Audit Panel (the Panel) of the Authority')
            j = next((i for i in range(j - 2, max(reader.sent.start, j - 6), -1) if doc[i].text == "("), j)
        unit = reader.tok2ment.get(j - 1) if tok.lower_ in heads else None
        if unit is None or unit.end != j or unit.entity is None or unit.entity.type != "Organisation" \
                or not ({doc[j - 1].text, doc[j - 2:j].text, *(t.text for t in doc[unit.start:j] if tok.lower_ == "at")} & heads[tok.lower_]):
            continue
        k = tok.i + 1 + (doc[tok.i + 1].lower_ == "the")
        parent = reader.tok2ment.get(k) if k < reader.sent.end else None  # ('of The Pensions Regulator': 'The' in the name)
        if parent is not None and parent.start in {tok.i + 1, k} and parent.entity is not None and parent.entity.type == "Organisation" and (
                tok.lower_ == "of" or parent.source == "gazetteer" or "Organisation" in {reader.rules.head_words.get(t.text) for t in doc[parent.start:parent.end]}):
            yield from reader.emit(spec, tok, [(unit, False)], [(parent, False)], "unit-of")


def _unit_after_initials(reader: RelationReader, j: int, heads: set[str]):
    """'the Kelby Council (KC) Audit Committee': the unit named right after the bracket closing at *j* and the body before it."""
    doc, unit = reader.doc, reader.tok2ment.get(j + 1)
    if unit is None or unit.start != j + 1 or unit.entity is None or doc[unit.end - 1].text not in heads:
        return None
    o = next((i for i in range(j - 1, max(reader.sent.start, j - 6), -1) if doc[i].text == "("), None)
    body = reader.tok2ment.get(o - 1) if o is not None else None
    if body is None or body.end != o or body.entity is None or body.entity is unit.entity \
            or not body.entity.type == unit.entity.type == "Organisation":
        return None
    return unit, body


def trigger_fits(trig: Trigger, verb: Token, deps: set[str], far: set[str]) -> bool:
    """Whether *trig* fits the words below *verb*: its words there (*deps*, three levels down), none of its
    excluded ones (*far*, further), and a sum of money where it wants one ('@sum'), none where it excludes one
    ('-@sum': a notice with a sum demands money, one without tells off; a count is no sum: 'issued two notices'; nor is a
    joined verb's: 'issued a notice to X and allocated £6m to …')."""
    if not (all(w in deps or w + "s" in deps for w in trig.extra) and far.isdisjoint(trig.without)) or (
            "@object" in trig.without and any(c.dep_ == "dobj" for c in verb.children)):  # ('-@object': 'X will transfer to Y', not 'transfer Z to Y')
        return False
    if not (trig.by_sum or "@sum" in trig.without):
        return True
    joined = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" for t in c.subtree}
    return any(is_money(d) for d in verb.subtree if d.i not in joined) == trig.by_sum


def object_deps(reader, verb: Token) -> set[str]:
    """The dependencies that hold an active verb's objects; not its object predicate where the object is an unnamed plural
    ('The Ombudsman named the five landlords as the London boroughs of A and B, …': which bodies those are, no objects)."""
    kind = any(c.dep_ == "dobj" and c.tag_ == "NNS" and c.pos_ == "NOUN" and c.i not in reader.tok2ment for c in verb.children)
    return {"dobj", "dative", "attr"} | ({"oprd"} if not kind else set())


def described_places(reader: RelationReader) -> Iterator[Relation]:
    """'Acme Homes was fined. The Bristol firm admitted …', 'the Gloucestershire charity had been paying wages': a
    definite description that names a place before a body's noun (a noun typed Organisation by patterns.json
    'context_words') and stands for a body named before puts that body in the place; so does 'a' body's noun with an
    'in' place that stands for a body named after it ('A GP surgery in Kelby has been rated inadequate. The CQC found
    X …'); not a body whose own name holds the place ('the Kent council' for Kent County Council)."""
    spec = reader.specs.get(reader.structure.structural.get("located-in", {}).get("predicate", ""))
    for tok in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end] if spec is not None else ():
        det = next((c.lower_ for c in tok.children if c.dep_ == "det"), "")
        if tok.pos_ != "NOUN" or tok.i in reader.tok2ment or reader.rules.context_words.get(tok.lemma_.lower()) != "Organisation" \
                or det not in {"the", "a", "an"}:
            continue
        places = [m for c in tok.children if c.dep_ in {"compound", "nmod"} and (m := reader.tok2ment.get(c.i)) is not None
                  and m.entity is not None and m.entity.type == "Place" and m.end == tok.i] if det == "the" else [
            m for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for c in p.children if c.dep_ == "pobj"
            and (m := reader.tok2ment.get(c.i)) is not None and m.entity is not None and m.entity.type == "Place"]  # ('A GP surgery in
        bodies = [(m, True) for m, coref in reader.mentions_for(tok) if coref and m.entity is not None and m.entity.type == "Organisation"
                  and (m.end <= tok.i - 2 or det != "the")] if len(places) == 1 else []  # Kelby has been rated …', named next)
        if len(bodies) == 1 and not set(places[0].entity.name.casefold().split()) <= set(bodies[0][0].entity.name.casefold().split()):
            yield from reader.emit(spec, tok, bodies, [(places[0], False)], "described-place")


def premises_places(reader: RelationReader) -> Iterator[Relation]:
    """'X, whose head office is in Y', 'X is a trust whose headquarters are in Y', 'X's base is in Y', 'The head office
    of X is in Y': a body's premises (patterns.json 'located-in' 'premises') said to be in a place put it there."""
    rule = reader.structure.structural.get("located-in", {})
    spec, premises = reader.specs.get(rule.get("predicate", "")), {p.split()[-1] for p in rule.get("premises", ())}
    for tok in doc_tokens(reader.doc)[reader.sent.start:reader.sent.end] if spec is not None else ():
        if tok.lemma_.lower() not in premises or tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
            continue
        on = tok.head.head if tok.head.dep_ == "relcl" and any(c.lower_ == "whose" for c in tok.children) else None
        owner = [m for c in tok.children if c.dep_ == "poss" and c.lower_ != "whose" for m in reader.mentions_for(c)] + reader._prep_objects(
            tok, {"of"}) + ([] if on is None else reader.mentions_for(on) or [  # ('X is a trust whose head office …': X)
                m for c in on.head.children if on.dep_ == "attr" and c.dep_ == "nsubj" for m in reader.mentions_for(c)])
        places = [p for p in reader._prep_objects(tok.head, {"in"}) if p[0].entity is not None and p[0].entity.type == "Place"]
        yield from reader.emit(spec, tok, [m for m in owner if m[0].entity is not None and m[0].entity.type == "Organisation"], places,
                               "located-in")


def surface_ends(reader: RelationReader, verb: Token, trig: Trigger, spec: RelationSpec) -> tuple[list, list] | None:
    """'X partnered with Y' read as a noun phrase, 'rated' as an adjective: the name just before a finite verb is
    its subject and the name right after it (past the relation's preposition, an article or an adverb) its object;
    a partnership's partners named just before a verb the parse gave no subject ('… and the A and B are now working
    together'); a list line's name before a sanction or a grant ('• Acme Bank - fined £783,800')."""
    if spec.symmetric and len(pair := surface_pair(reader, verb)) > 1:
        return [(m, False) for m in pair], []
    if trig.inverse or set(trig.extra) - {"£"} or spec.stative:
        return None  # (a trigger with words of its own below it: the parse found them, so it read the clause)
    doc, sent = reader.doc, reader.sent
    if not verb.lower_.endswith(("ed", "s")):
        return None
    before = verb.nbor(-1) if verb.i > sent.start else None
    after = verb.nbor(1) if verb.i + 1 < sent.end else None
    if (listed := listed_item(reader, verb)) is not None and fined_a_sum(reader, verb, spec, parsed=False):
        return reader._implicit_agents(verb, spec, "surface")[0], [(listed, False)]  # '• Acme Bank - fined £783,800 …'
    if before is None or after is None or before.lemma_ in {"be", "to"} or after.lower_ == "by":
        return None  # passive or infinitive: not the simple active sentence this rule reads
    i = verb.i - 1
    while i >= sent.start and i not in reader.tok2ment and (doc[i].pos_ == "ADV" or doc[i].lemma_ == "have" or doc[i].text == ")"):
        i -= 1
    subject = reader.tok2ment.get(i)
    j, skipped = verb.i + 1, 0
    while j < sent.end and skipped < 3 and j not in reader.tok2ment and (
            doc[j].lower_ in spec.object_preps or doc[j].pos_ in {"DET", "ADV"}):
        j, skipped = j + 1, skipped + 1
    part = j  # 'rated children's services in Poole': a body's part, then the body or its place
    while part < sent.end and part - j < 4 and part not in reader.tok2ment and doc[part].lower_ in part_words(reader.rules.part_nouns):
        part += 1
    if part > j and part < sent.end and doc[part].lower_ in {"in", "at"} and doc[part - 1].lower_ in reader.rules.part_nouns:
        j = part + 1
    obj = reader.tok2ment.get(j)
    if subject is None or obj is None or obj.start != j or subject.entity is None or obj.entity is None or (
            obj.end + 1 < sent.end and doc[obj.end].text in {"'s", "’s"} and doc[obj.end + 1].is_title):
        return None  # ("joined X's National Portfolio": X owns the object named after it; not "rated X's children's services")
    if obj.end < sent.end and doc[obj.end].pos_ == "NOUN" and any(doc[k].lower_ in {"a", "an"} for k in range(verb.i + 1, j)):
        return None  # 'rated a NHS provider inadequate', 'a Surrey school': some body the name only describes
    if (obj.entity.type == "Place" and obj.end < sent.end and doc[obj.end].is_lower
            and (doc[obj.end].pos_ == "NOUN" or doc[obj.end].tag_ == "VBG")  # ('Bristol printing firm')
            and place_only_describes(doc[obj.end], reader.rules)):
        return None  # 'fines Bristol lighting company': a firm the place only describes ('fines Bradford council' is its own)
    posts = reader.structure.structural.get("role-nouns", {}).get("words", ())
    if obj.end < sent.end and doc[obj.end].lemma_.lower() in posts and (doc[obj.end].dep_ in {"dobj", "dative"} or a_person_names_a_body([(subject, False)], [(obj, False)])):
        return None  # 'Jo Bloggs named Gwent Police chief constable': a headline's passive; 'X appoints Y Homes chief': a person
    return [(subject, False)], [(obj, False)]


def clause_beneficiary(reader, spec, verb: Token) -> list:
    """'X has been saved from closure after Y agreed an emergency grant of £150,000': a sum given in a clause on the main
    verb ('benefited' 'marks'), to no one named, goes to the main clause's one body, its subject (patterns.json 'benefited')."""
    rule = reader.structure.structural.get("benefited", {})
    if spec.predicate not in rule.get("predicates", ()) or verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in rule.get("marks", ()) for c in verb.children) or not any(
            is_money(c, anywhere=True) for c in verb.children if c.dep_ == "dobj"):
        return []
    said = [m for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} for m in reader.mentions_for(c)
            if m[0].entity is not None and m[0].entity.type == "Organisation"]
    return [(said[0][0], False)] if len(said) == 1 else []


def answering_to(reader: RelationReader, verb: Token, spec: RelationSpec, objects: list) -> list:
    """*objects* less a regulator a body works with to mend what was found ('the trust is working closely with the CQC
    to make the improvements needed', 'said it would work with the regulator to put things right'), or one it works with
    called only 'the regulator', 'the inspectorate' ('would keep working closely with the inspectorate'): answering to
    it, not a partnership (patterns.json 'remedial-work': the purpose clause's verb, or its object's noun)."""
    rule = reader.structure.structural.get("remedial-work", {})
    if not spec.symmetric or not objects or not rule:
        return objects
    verbs, nouns = set(rule.get("verbs", ())), set(rule.get("nouns", ()))
    purposes = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    mending = any(c.lemma_.lower() in verbs or any(d.dep_ == "dobj" and d.lemma_.lower() in nouns for d in c.children) for c in purposes)
    unnamed = any(t.lemma_.lower() in reader.rules.regulator_nouns and t.head.lower_ == "with" for t in verb.subtree)  # ('… with the inspectorate')
    return [o for o in objects if o[0].entity is None or not (mending or unnamed and o[1]) or not is_regulator(o[0].entity, reader.structure.regulators)]
