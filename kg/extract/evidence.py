"""A relation's evidence and qualifiers: the sentence, its offsets, the amount (for relations that carry one), the date, the
inspection rating, and a confidence from the rule that read it (patterns.json). Imports vocab, resolve, model, extract.mentions_base,
extract.sums and extract.phrases."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model import Relation
from ..resolve import SCALE_WORDS, parse_amount, parse_implied_amount
from ..vocab.lexicon import RelationSpec
from .mentions_base import doc_ents, doc_text, ends, not_governed
from .sums import change_by, changed_sum, forgone, stated_sum, sums_from

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .phrases import PhraseReader


def _owned_sum(verb: Token) -> bool:
    """'… received the largest penalty, with its £41.2m making up a third of the total': a 'with' clause whose subject is
    the statement's own sum ('its', 'their'), not another's ('with Y giving £5m')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(c.ent_type_ == "MONEY" for c in subjects) and any(
        t.lower_ in {"its", "their"} for c in subjects for t in c.subtree)


def _supposed(reader: PhraseReader, anchor: Token, spec: RelationSpec) -> bool:
    """'did not fine X', 'is no longer rated inadequate', 'could have been hit with a fine', 'may be inspected',
    'plans to fine X', 'a reprimand instead of a fine': a fact the sentence denies, only supposes or wants (patterns.json 'unreal'); read on the
    trigger's own verb, so 'X, chief executive of Y, could not say' keeps its post."""
    rule = reader.structure.structural.get("unreal", {})
    modals, through = rule.get("modals", ()), rule.get("through", ())
    if anchor.i in reader.tok2ment:  # a relation the phrase around a name shows ('would work alongside X's chief
        return False  # executive Jo Bloggs'): the verb the name serves does not say it
    verb = anchor
    while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ in through and verb.head.i != verb.i and not (verb.dep_ == "prep" and verb.lower_ in {"after", "following", "since"}):
        verb = verb.head  # (not past a time: 'called for X to act after an inspection found …', the inspection done)
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if _conditional(verb) or (any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in verb.children)
                              and any(c.dep_ == "advcl" and _conditional(c) for c in verb.children)):
        return True  # 'will appeal if it is fined', 'will inspect X if complaints continue': a condition, not a fact
    if verb.dep_ == "xcomp" and any(verb.head.lemma_.lower() in rule.get(w, ()) and spec.predicate in rule.get(p, ()) for w, p in (("wishes", "wished"), ("own_wishes", "own_wished"), ("wishes", "intended"))):
        return True  # 'called on to punish X', 'plans to fine X': asked for or intended, not done
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in rule.get("stopping", ()):
        return True  # 'will stop funding X', 'has ceased working with Y': what goes on no longer
    if verb.lemma_.lower() in rule.get("acquiring", ()) and verb.dep_ in {"xcomp", "advcl", "acl"} and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.head.lemma_.lower() in rule.get("strivings", ()):
        return True  # 'competing … to secure funding for X', 'in a bid to win a grant': striven for, not got
    if spec.predicate in rule.get("wished", ()) and any(a.dep_ == "aux" and a.lower_ == "to" and reader.doc[a.i - 1].lower_ in rule.get(
            "intent_nouns", ()) for t in (verb, *verb.children) for a in t.children):  # 'issued X with a notice of intention
        return True  # to impose a penalty' (the infinitive hung on the verb): intended, not done
    if verb.lemma_.lower() in rule.get("facing", ()) and spec.predicate in rule.get("wished", ()) and any(
            w in doc_text(reader.doc).lower() for w in rule.get("proposal_words", ())):
        return True  # 'X faces a £750k fine' where the article calls that fine proposed or intended: not imposed
    reported = _reported_future(verb, set(rule.get("reporting_verbs", ())))
    return ends(anchor, verb, rule.get("ending_verbs", ()), rule.get("bygone_words", ()) if spec.predicate in rule.get("bygone", ()) else ()) or forgone(anchor, rule.get("instead_words", ()), spec, doc_text(reader.doc)) or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in modals
               and not (c.lower_ == "would" and reported)) or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children)) for c in verb.children)  # ('no longer rated'; 'ended its contract with X': over)


def _conditional(verb: Token) -> bool:  # a clause opening with 'if' or 'unless' (its verb marked so)
    return any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in verb.children)


def _reported_future(verb: Token, reporting: set[str]) -> bool:
    """'The minister confirmed (that) X would receive £2m': 'would' in a clause a reporting verb introduces is a
    reported 'will', stated as 'will' is; not with a condition ('would receive £2m if …') nor as 'would have'."""
    if any((c.dep_ == "advcl" and _conditional(c)) or (c.dep_ == "aux" and c.lemma_ == "have") for c in verb.children):
        return False  # ('would have received a higher penalty had it not …': what did not happen)
    head = verb
    for _ in range(3):
        if head.dep_ not in {"ccomp", "conj"} or head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_.lower() in reporting:
            return True
    return False


def _rating(reader: PhraseReader, anchor: Token, covered: set[int]) -> str | None:
    """The rating the anchor's own clause gives (else its sentence's first): 'A was downgraded from G1 to G2 and B
    upgraded from G2 to G1' gives each its own; 'downgraded from requires improvement to inadequate': the new one; none
    from 'downgraded from its previous rating of good' alone; of several, the overall one ('rated X inadequate for safety,
    giving it an overall rating of requires improvement', 'rated requires improvement overall')."""
    own = sorted(covered - {t.i for c in anchor.children if c.dep_ == "conj" for t in c.subtree})
    clause = reader.doc[own[0]:own[-1] + 1].text if own else ""
    for text in (clause, reader.evidence):
        found = list(reader.structure.rating_re.finditer(text))
        if not found:
            continue
        rm = found[0]
        if len(found) == 1 and re.search(r"\b(?:from|previous(?:ly)?|former(?:ly)?)\b[^.;]{0,30}$", text[:rm.start()]):
            continue  # 'downgraded from its previous rating of good': the rating it lost, not the one it has
        if len(found) > 1 and re.search(r"\bfrom\W*(?:(?:the|an?|its|their)\W+)?$", text[:found[0].start()]) and re.search(
                r"\bto\W*(?:(?:the|an?)\W+)?$", text[:found[1].start()]):
            rm = found[1]
        rm = next((f for f in found if re.search(r"\boverall\W+(?:(?:rating|grade|judge?ment)\W+)?(?:of\W+)?(?:(?:the|an?)\W+)?$", text[:f.start()])
                   or re.match(r"\W*overall\b", text[f.end():])), rm) if len(found) > 1 else rm  # (the overall one of several)
        return reader.structure.rating_spellings.get(rm.group(1).lower(), rm.group(1).lower())
    return None


def emit(reader: PhraseReader, spec: RelationSpec, anchor: Token, subjects, objects, rule: str) -> Iterator[Relation]:
    """Relations for every allowed subject/object pair, with qualifiers read from the anchor's phrase. A symmetric
    relation with several subjects and no object ('A, B and C are teaming up', 'an agreement was signed between A
    and B', 'A and B have signed a partnership') holds between each two of them of one kind, unless the verb says
    they did it apart ('A and B have both signed the agreement': patterns.json 'co-subject' 'apart_words')."""
    if spec.symmetric and not objects and len(subjects) > 1:
        apart = set(reader.structure.structural.get("co-subject", {}).get("apart_words", ()))
        if any(c.lower_ in apart for t in (anchor, anchor.head) for c in t.children):  # (the noun's verb: 'both signed the deal')
            return  # 'A and B have both signed the agreement' (each with someone named before), not with each other
        for k, (s, coref) in enumerate(subjects[:-1]):
            same = [x for x in subjects[k + 1:] if x[0].entity is not None and s.entity is not None and x[0].entity.type == s.entity.type]
            yield from emit(reader, spec, anchor, [(s, coref)], same, rule)
        return
    stated = {id(s.entity) for s, coref in subjects if not coref}  # 'A, B and C will fund the partnership': no C
    objects = [(o, coref) for o, coref in objects if not (coref and id(o.entity) in stated)]
    if not (subjects := not_governed(reader, anchor, spec, subjects)) or not objects or _supposed(reader, anchor, spec):
        return
    amount = rating = date = None
    subtree = list(anchor.subtree)
    apart = {t.i for p in anchor.children if p.dep_ == "prep" and p.lower_ == "with" for v in p.children if v.dep_ == "pcomp"  # a 'with'
             and any(c.dep_ == "nsubj" for c in v.children) and not _owned_sum(v) for t in p.subtree}  # clause's own sum
    covered = {t.i for t in subtree} - apart
    # a sum in a clause of its own below the anchor is that clause's ('After fines were issued to X (£100,000),
    # the ICO issued a fine of £80,000 to Y'), read only when the anchor's own words hold none
    own = covered - {t.i for c in anchor.children if c.dep_ in {"advcl", "relcl", "ccomp", "csubj"} for t in c.subtree}
    if not spec.amount:  # a launch or a creation keeps only the sum written with it, none under another verb ('X founded
        own -= {t.i for v in subtree if v.pos_ == "VERB" and v.i != anchor.i for t in v.subtree}  # Y and invested £15m')
    sum_free = spec.symmetric or spec.predicate in reader.structure.structural.get("sum-free", {}).get("predicates", ())
    sent_ents, changes = [e for e in doc_ents(reader.doc) if e.start >= reader.sent.start and e.end <= reader.sent.end], reader.structure.structural["change-sums"]["verbs"]
    apart |= {t for e in sent_ents if e.label_ == "MONEY" and change_by(e, changes) for t in range(e.start - 1, e.end)}  # (a change: 'by £5,000')
    at = None  # where in the evidence the sum is written, when it is read from one of its names
    for words in (own, covered) if spec.amount else (own,):
        for ent in sent_ents:
            if ent.label_ == "MONEY" and not sum_free and amount is None and ent.start not in apart and (  # a partnership or a post has no sum
                    ent.start in words or anchor.i in range(ent.start, ent.end)):
                amount, at = stated_sum(reader.doc, ent, reader.sent.start), reader.doc[ent.start].idx - reader.start
    date = next((e.text for e in sent_ents if e.label_ == "DATE" and e.start in covered), None)
    written = "".join(t.text_with_ws for t in subtree if t.i not in apart) if spec.amount else ""  # as written: '£2m' is three tokens
    if amount is not None and (changed := changed_sum(written)) is not None:
        amount, at = changed, None  # '… climb from £3m last year to almost £5m': the sum at its new value
    if amount is None and spec.amount:
        words = written
        described = anchor.dep_ == "acl" and not any(t.ent_type_ == "MONEY" for t in anchor.head.subtree)  # ('X, an agency
        amount = (changed_sum(words) or parse_amount(words) or _implied_amount(reader, words)
                  or (None if described or apart else _sole_amount(reader)))  # funded by Y')
        if amount is None and len(objects) == 1:  # a sum from another sentence fits one body, not a list of them
            amount = _neighbour_amount(reader, spec, {m.entity.key for m, _ in [*subjects, *objects] if m.entity is not None})
    if amount is not None and (_is_costs(reader, amount.text, at) or _sizes_another(
            reader, amount, subjects, objects, spec.predicate not in reader.structure.structural.get("implied-funder", {}).get("predicates", ()))):
        amount = None  # 'fined at X Court and told to pay £3,000 costs': costs are no fine; nor is a scheme's size
    rating = _rating(reader, anchor, covered) if spec.rating else None
    if spec.amount:
        objects = list(objects) + _gapped_objects(reader, objects)
    fit = [o for o in objects if o[0].entity is not None and (o[0].entity.type in spec.object_types or o[0].entity.type == "Place")]
    own = (_paired_amounts(reader, fit) if len(fit) > 1 else {}) or sums_from(reader.doc, [o.start for o, _ in fit], "for") if spec.amount else {}  # ('£2.5m for A')
    given = sums_from(reader.doc, [s.start for s, _ in subjects]) if spec.amount and len(subjects) > 1 else {}  # (£X from A, £Y from B)
    shared = (len(fit) > 2 and spec.predicate in reader.structure.structural.get("implied-funder", {}).get("predicates", ()) or any(  # '£590m to support
        t.lower_ in {"combined", "total", "totalling", "totaling", "altogether", "including"} for t in reader.sent)) and not any(t.lower_ in {"each", "apiece"} for t in reader.sent)  # partnerships with A; B; C …', 'A and B a combined £1.9m'
    if amount is not None and len(fit) > 1 and not own and (shared or all(coref for _, coref in fit)):
        amount = None  # 'ordered three energy firms to pay £8m' (named elsewhere): their total, not each one's sum
    metonymy = reader.structure.structural.get("place-as-body", {})
    implied = reader.structure.structural.get("implied-agent", {})
    implied_ends = implied.get("object_types", ()) if spec.predicate in implied.get("predicates", ()) else None
    ruling = {id(m.entity) for m in reader.regulators} if spec.predicate in implied.get("by_regulators_only", ()) else None
    typing = reader.structure.structural.get("role-typing", {})
    sum_only, backing, owned = typing.get("given_name_objects", ()), anchor.lemma_.lower() in typing.get("person_backers", {}).get(spec.predicate, ()), anchor.lemma_.lower() in typing.get("owning_verbs", {}).get(
        spec.predicate, ()) and not any(c.lower_ == "who" for c in anchor.children)  # (what a body runs; not 'X, who runs Y')
    subjects = _unit_owners(reader, spec, subjects)  # (a unit appoints for its body)
    for (s, s_coref) in subjects:
        for (o, o_coref) in objects:
            se, oe = s.entity, o.entity
            if se is None or oe is None or se is oe:
                continue
            # a place acting as a body ('Bradford was rated inadequate') stands for its council: an inference
            place, as_place = "", False
            if spec.predicate in metonymy.get("predicates", ()) and not (
                    (se.type == "Place" and _names_an_institution(reader, s)) or (oe.type == "Place" and _names_an_institution(reader, o))):
                if se.type == "Place" and se.type not in spec.subject_types and "Organisation" in spec.subject_types:
                    se, place = reader.body_for_place(se, s), "+place"
                if oe.type == "Place" and oe.type not in spec.object_types and "Organisation" in spec.object_types \
                        and spec.predicate not in metonymy.get("subject_only", ()):
                    body, place = reader.body_for_place(oe, o) or _named_for(reader, oe), "+place"
                    # no one council known for it ('Poole', since merged): the place itself, as the text says
                    oe, as_place = (body, False) if body is not None or spec.predicate not in metonymy.get("else_the_place", ()) \
                        or oe.name.split()[-1] in metonymy.get("streets", ()) else (oe, True)  # (a street is where a body is, never one)
                    if as_place and oe.identifiers.get("gss", "").startswith(tuple(metonymy.get("not_areas", ()))):
                        continue  # a nation or region is no body and has no one council: 'Tiscali UK' fined is no UK
            if s_coref and se is not None and se.type == "Place" and "Organisation" in spec.subject_types and (body := reader.body_for_place(se)) is not None:
                se, place = body, "+place"  # 'the council' read as the headline's place, for a deed a place may do too: its council's
            if se is None or oe is None or se is oe:
                continue
            if se.type == "Person" and se.type not in spec.subject_types and (body := _titled_body(reader, s)) is not None:
                se, s_coref = body.entity, True  # 'Information Commissioner Elizabeth Denham fined X': the post's body
            s_role, o_role = _role_type(reader, se, spec, owned=owned), _role_type(reader, oe, spec, obj=True)
            if (s_role or se.type) not in spec.subject_types or ((o_role or oe.type) not in spec.object_types and not as_place):
                continue
            if ((o_role or oe.type) == "Person" and spec.predicate in sum_only or backing and se.type == "Person") and own.get(o.start, amount) is None:
                continue  # a person funded is given a sum: 'awarded an OBE from the King' is no grant; 'backed by its MP, X' is no funding
            if rule in {"implied-agent", "court-venue"} and implied_ends is not None and (o_role or oe.type) not in implied_ends:
                continue  # an unnamed regulator fines or warns a body or a person, not 'the Act' named near its words
            if ruling is not None and id(oe) in ruling and id(se) not in ruling:
                continue  # a regulator is fined or inspected by another regulator or a court, never by the body it regulates
            role = "+role" if s_role or o_role else ""
            se.type, oe.type = s_role or se.type, o_role or oe.type  # the role is evidence for the type
            conf = reader.structure.rule_confidence[rule] * (0.8 if (s_coref or o_coref) else 1.0) * (0.8 if place else 1.0)
            yield Relation(se, spec.predicate, oe, reader.evidence, reader.start, reader.end, round(conf, 2),
                           rule + ("+coref" if (s_coref or o_coref) else "") + place + role, given.get(s.start) or own.get(o.start, amount),
                           rating, date)


def _unit_owners(reader: PhraseReader, spec: RelationSpec, subjects: list) -> list:
    """"X's Employment Sub-Committee decided to appoint Y": a named unit after its body's possessive appoints for the body."""
    role = reader.structure.structural.get("role-agent", {})
    units = tuple(role.get("appointing_units", ())) if spec.predicate in role.get("predicates", ()) else ()
    return [(next((o for o in [reader.tok2ment.get(s.start - 2)] if units and s.text.endswith(units) and s.start > 1 and reader.doc[s.start - 1].text
                   in {"'s", "’s"} and o is not None and o.entity is not None and o.entity.type == "Organisation"), s), c) for s, c in subjects]


def _named_for(reader: PhraseReader, place) -> object | None:
    """'Church Lane placed in special measures' with 'Church Lane Surgery' in the article: the one body it names for
    a place no council is known for (a street, a district)."""
    named = [e for e in getattr(reader, "known", {}).values() if e.type == "Organisation" and e.name.startswith(place.name + " ")]
    return named[0] if len(named) == 1 else None


def _names_an_institution(reader: PhraseReader, m) -> bool:
    """'The Kelbyshire district general hospital was rated inadequate': a place describing a body's kind (a hospital,
    a school, a prison; not a council's services) is where that body is, not its council acting; so is a place that
    services of a kind no council runs are in ('probation services in Kelbyshire'; patterns.json 'place-as-body'); and so
    is a wider place set off after a place ('a hotel in Penzance, Cornwall'), where the other place is (not places
    listed: 'Leeds, Bradford and Kirklees')."""
    doc = reader.doc
    if m.start > 1 and doc[m.start - 1].text == "," and (before := reader.tok2ment.get(m.start - 2)) is not None \
            and before.end == m.start - 1 and before.entity is not None and before.entity.type == "Place" and not (
            m.end < len(doc) and doc[m.end].lower_ in {",", "and", "or", "&"} or (before.start > 0 and doc[before.start - 1].text == ",")):
        return True
    root = reader.doc[m.end - 1]
    noun = root.head
    if root.dep_ == "pobj" and noun.lower_ in {"in", "at", "across"} and noun.head.pos_ == "NOUN":  # 'probation services in Y'
        kinds = set(reader.structure.structural.get("place-as-body", {}).get("not_council_services", ()))
        return any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in kinds for c in noun.head.children)
    return (root.dep_ in {"compound", "amod", "nmod"} and noun.i >= m.end and noun.pos_ == "NOUN"
            and reader.rules.head_words.get(noun.text.capitalize()) == "Organisation" and noun.lower_ != "council" and "council" not in reader.rules.name_noun_forms.get(noun.lower_, ()))


def _sizes_another(reader: PhraseReader, amount, subjects, objects, given: bool = False) -> bool:
    """'allocated the money as part of Y's £177m Support Scheme': a sum written before another name ('£177m X') is that thing's size,
    and (*given*: in a relation not of money) one 'from' another body ('made X with £1.2m from Z') its money, not what this relation's ends gave or got."""
    ends, doc = {id(x.entity) for x, _ in [*subjects, *objects]}, reader.doc
    for ent in doc_ents(doc):
        if ent.label_ != "MONEY" or not reader.sent.start <= ent.start < reader.sent.end:
            continue
        k = ent.end
        while k < reader.sent.end and doc[k].lower_.rstrip(".") in SCALE_WORDS:
            k += 1
        j = k + 1 + (doc[k + 1].lower_ == "the") if given and k + 2 < reader.sent.end and doc[k].lower_ == "from" else k
        m, said = reader.tok2ment.get(j), parse_amount(doc[max(ent.start - 1, reader.sent.start):k].text)
        if m is not None and m.start == j and m.entity is not None and id(m.entity) not in ends and (j == k or m.entity.type == "Organisation") \
                and said is not None and said.value == amount.value:  # (a fund it comes from is a giver's: '£45m from the X Fund to Y')
            return True
    return False


def _is_costs(reader: PhraseReader, text: str, at: int | None = None) -> bool:
    """A sum the sentence gives as costs ('£6,510 costs', 'costs of £7,631'; patterns.json 'costs'); where the
    sum was read from its place in the sentence, that place is judged, not another sum written the same ('a
    £25,000 fine and £25,000 in costs')."""
    words = "|".join(re.escape(w) for w in reader.structure.structural.get("costs", {}).get("words", ()))
    if not words:
        return False
    sum_ = re.escape(text)
    found = re.finditer(rf"{sum_}\s+(?:in\s+)?(?:{words})\b|\b(?:{words})\s+of\s+{sum_}", reader.evidence)
    return any(at is None or m.start() <= at < m.end() for m in found)


def _titled_body(reader: PhraseReader, person):
    """The body named in the title right before a person's name ('Information Commissioner Elizabeth Denham', 'ICO
    chief executive Jo Bloggs'), past any post words; None when there is none."""
    posts = set(reader.structure.structural.get("role-nouns", {}).get("words", ()))
    titles = reader.rules.post_modifiers | reader.rules.honorifics  # ('Chief', 'Acting'; 'Mr', 'Dr')
    k = person.start - 1
    while k > reader.sent.start and k not in reader.tok2ment and (
            reader.doc[k].lower_ in posts or reader.doc[k].text.rstrip(".").capitalize() in titles):
        k -= 1
    body = reader.tok2ment.get(k)
    return body if body is not None and body.end == k + 1 and body.entity is not None and body.entity.type == "Organisation" else None


def _role_type(reader: PhraseReader, entity, spec: RelationSpec, obj: bool = False, owned: bool = False) -> str | None:
    """The type a name only the tagger typed takes from a role only a body fills (patterns.json 'role-typing'), or None
    when the role says nothing new (or the name opens with a given name; a partner gives way only as a service). What
    a body runs or owns (*owned*: 'X, which runs Meadow View') is no person."""
    rule = reader.structure.structural.get("role-typing", {})
    to, allowed, heads = rule.get("to"), spec.object_types if obj else spec.subject_types, rule.get("heads_by_predicate", {}).get(spec.predicate)
    if (obj and spec.predicate in rule.get("given_name_objects", ())) or owned:  # a person funded is named as people are
        allowed = allowed - {"Person"}
    if spec.predicate not in rule.get("predicates", ()) and not owned:
        return None
    staffed = entity.type == "Programme" and entity.typed_by == "head" and entity.name.split()[-1] in (heads or reader.rules.staffed_heads)
    if (entity.type in allowed or to not in allowed or ((entity.typed_by != "spacy" or heads) and not staffed)  # ('the Kelby Metal
            or entity.type not in rule.get("gives_way", ())):  # Exchange was fined': a body, as when someone works there)
        return None
    words = entity.name.split()
    if entity.type == "Person" and len(words) > 1 and words[0] in reader.rules.given_names:
        return None  # 'Steve Barclay has visited Kelby School': a person's name, whatever role the verb gives it
    return to


_LISTED = re.compile(r",\s+(?:and\s+)?|\s+and\s+")  # (not the comma of "25,000")


def _paired_amounts(reader: PhraseReader, objects) -> dict:
    """'fined A £100,000 and B £85,000': when every object is followed by its own sum (before the next object), each
    takes that sum; with 'respectively', the sums in the order of the objects; else none (object's start -> amount)."""
    sums = [e for e in doc_ents(reader.doc) if e.label_ == "MONEY" and reader.sent.start <= e.start < reader.sent.end]
    starts = sorted({o.start for o, _ in objects})
    if "respectively" in reader.evidence:  # 'A and B were fined £28m and £11m respectively': in the order named (the sums may be one name)
        amounts = [a for e in sums for a in ([stated_sum(reader.doc, e, reader.sent.start)] if not _LISTED.search(e.text)
                                              else [parse_amount(part) for part in _LISTED.split(e.text)])]
        if len(amounts) == len(starts) and None not in amounts and len(set(amounts)) == len(amounts):
            return dict(zip(starts, amounts))
        return {}
    paired = {}
    for k, start in enumerate(starts):
        limit = starts[k + 1] if k + 1 < len(starts) else reader.sent.end
        mine = [e for e in sums if start < e.start < limit]
        amount = stated_sum(reader.doc, mine[0], reader.sent.start) if mine else None
        if amount is None:
            return _sums_before(reader, objects)
        paired[start] = amount
    return paired if len(set(paired.values())) == len(paired) else {}


def _sums_before(reader: PhraseReader, objects) -> dict:
    """'imposed a fine of €51,000 on A and a fine of €27,200 on B': every object has one sum of its own written
    between it and the object before (or its sentence's start), and none comes after the last."""
    doc, spans = reader.doc, sorted({(o.start, o.end) for o, _ in objects})
    bounds = [reader.sent.start] + [end for _, end in spans]
    paired = {}
    for (start, _), since in zip(spans, bounds):
        gap = (g := doc[since:start].text)[max(0, *(g.rfind(c) for c in "£€$")) if since == reader.sent.start else 0:]  # (the first's: its nearest, 'told to pay £100,000, with £55,000 going to A …')
        found = parse_amount(gap)
        if found is None or parse_amount(gap[gap.find(found.text) + len(found.text):]) is not None:
            return {}
        paired[start] = found
    if parse_amount(doc[spans[-1][1]:reader.sent.end].text) is not None:
        return {}
    return paired if len(set(paired.values())) == len(paired) else {}


def _sole_amount(reader: PhraseReader):
    """'X is the second lender this month to be handed a penalty, and was told to pay £150,000': the one
    sum of the statement's own sentence, where the parse hangs it off another verb."""
    sums = [e for e in doc_ents(reader.doc) if e.label_ == "MONEY" and reader.sent.start <= e.start < reader.sent.end]
    return stated_sum(reader.doc, sums[0], reader.sent.start) if len(sums) == 1 else None


def _gapped_objects(reader: PhraseReader, objects) -> list:
    """'X was served a penalty of £95,000, Y £60,000 and Z £90,000': after the last object, names each
    followed straight away by their own sum, joined by commas and 'and', are objects too (the verb left out)."""
    if not objects:
        return []
    doc, out = reader.doc, []
    sums = {e.start: e for e in doc_ents(doc) if e.label_ == "MONEY"}
    last = max(o.end for o, _ in objects)
    own = [e for start, e in sorted(sums.items()) if last <= start < reader.sent.end]
    if not own:
        return []
    i = own[0].end  # past the last object's own sum
    while i < reader.sent.end and doc[i].lower_ in {",", "and"}:
        i += 1
        i += i < reader.sent.end and doc[i].lower_ == "the" and reader.tok2ment.get(i) is None  # '… and the BHF £18,000'
        m = reader.tok2ment.get(i)
        if m is None or m.start != i or m.entity is None:
            break
        after = m.end + (1 if m.end < len(doc) and doc[m.end].text in {"£", "$", "€"} else 0)
        if after not in sums:
            break
        out.append((m, False))
        i = sums[after].end
    return out


def _neighbour_amount(reader: PhraseReader, spec: RelationSpec, ends: set):
    """'Anytown Council has been fined. The £50,000 penalty follows a data breach.': a sum stated in the sentence before or
    after, beside one of the relation's own nouns ('fine', 'penalty', 'grant') (or the one before when this says 'the money':
    'A project has been given £2m. X is providing the money to Y'), when exactly one such sum is there and that sentence
    names no other body or person (whose sum it would be), nor
    shares it among many ('£65m has been awarded to 2,250 projects', 'councils across the region have been given a total
    of £2.4m': a total, no one body's sum); a sum it was changed 'from' is no longer its sum ('was reduced from £90,000')."""
    nouns = {t.head for t in spec.triggers if t.nominal} | {t.head for t in spec.triggers if not t.extra}
    doc, sent = reader.doc, reader.sent
    found, back = set(), any(t.lower_ in {"money", "cash", "sum", "funding", "grant", "award", "investment", "donation"}
                             and t.i > 0 and doc[t.i - 1].lower_ in {"the", "this"} for t in sent)  # ('… providing the money')
    for other in (doc[sent.start - 1].sent if sent.start else None, doc[sent.end].sent if sent.end < len(doc) else None):
        if other is None or not (any(t.lemma_.lower() in nouns for t in other) or (back and other.end <= sent.start)) or any(t.lower_ in {"total", "totalling", "totaling"} for t in other) or any(
                t.dep_ == "pobj" and t.tag_ == "NNS" and t.head.lower_ in {"to", "among", "between"}
                and any(c.dep_ == "nummod" for c in t.children) for t in other) or any(
                (m := reader.tok2ment.get(i)) is not None and m.entity is not None and m.entity.type in {"Organisation", "Person"}
                and m.entity.key not in ends for i in range(other.start, other.end)):
            continue
        found |= {a for e in other.ents if e.label_ == "MONEY" and (e.start < 2 or doc[e.start - 1 - (doc[e.start - 1].tag_ == "$")].lower_ != "from")
                  and (a := stated_sum(doc, e, other.start))}
    return found.pop() if len(found) == 1 else None


def _implied_amount(reader: PhraseReader, words: str):
    """A sum written without its currency: in the currency of the article's other sums (patterns.json
    'implied-currency' when it names none)."""
    default = reader.structure.structural.get("implied-currency", {}).get("currency")
    if not default:
        return None
    currencies = [a.currency for e in doc_ents(reader.doc) if e.label_ == "MONEY" and (a := parse_amount(e.text))]
    return parse_implied_amount(words, max(set(currencies), key=currencies.count) if currencies else default)
