"""Where a run of proper nouns the tagger missed goes on and where it ends: through joining words and a
title's year, not across two bodies ('X Council and Y Council', 'the Commissioner on X Council') or a day's
name. Also where a tagged name is two joined by 'and' (after 'both' or a plural kind: pair_named), and names the
tagger gave in pieces, joined (joined_names: a firm's two words, an NHS body named for places, a place's office);
a tagged name that is several (split_run_together: a run of short forms the article defines, a case's parties).
Helpers of mentions.MentionFinder. Imports vocab and the other extract readers' helpers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..vocab.lexicon import StructureRules, TypeRules
from .listed_fields import two_part_field
from .mentions_base import Mention, camel_case, doc_text, doc_tokens, headline_end, numbered_after
from .name_edges import LEGAL_ENDINGS, gaz_spans
from .name_joins import doing_in, hyphened_prefix, of_place_before
from .place_bodies import a_places_council

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .entity_types import TypeJudge

TITLE_TYPES = {"Policy", "Programme", "Publication"}  # the types a title with a year or in quotes may have


def name_goes_on(toks, k: int, modified=()) -> bool:
    """Whether a name runs on through a joining word into the proper noun at *k* ('Centre for Policy'); not into
    one that only modifies the common noun after it ('Mastek for IT services': 'IT services' is a phrase); through
    'the' after a head word that takes its own phrase (*modified*: 'Select Committee on the Constitution')."""
    if k + 1 < len(toks) and toks[k].lower_ == "the" and k >= 2 and toks[k - 2].text in modified and toks[k + 1].pos_ == "PROPN":
        return True
    if k < len(toks) and toks[k].is_title and toks[k].pos_ in {"DET", "PRON"} and not toks[k].is_sent_start:
        return toks[k - 1].lower_ == "for" and (k + 1 == len(toks) or not toks[k + 1].is_alpha)  # ('Awards for All')
    return k < len(toks) and (toks[k].pos_ == "PROPN" or hyphened_prefix(toks, k)) and not (
        toks[k].dep_ in {"compound", "amod"} and toks[k].head.i == k + 1 and toks[k + 1].is_lower and toks[k + 1].pos_ == "NOUN")


def plural_in_name(toks, j: int, rules) -> bool:
    """'the charity Safe Steps': a capitalised plural common noun right after a proper noun, inside a sentence and before a
    lower-case word or a stop, ends the name (not a post's or a kind's word: 'Kelby Council Leaders')."""
    return 0 < j < len(toks) - 1 and toks[j].tag_ == "NNS" and toks[j].is_title and (toks[j - 1].pos_ == "PROPN" or toks[j - 1].tag_ == "VBG" and toks[j - 1].is_title) and not toks[j].is_sent_start \
        and not (toks[j + 1].is_title or toks[j + 1].pos_ == "PROPN") and toks[j].lemma_.capitalize() not in rules.post_words \
        and toks[j].lemma_.lower() not in rules.context_words


def through_year(toks, i: int, j: int, context_words: dict[str, str]) -> int:
    """'UK Poverty 2017 report', 'report: State of Care 2023': a title runs on through its year when a
    describing noun follows the year or comes before the title and a colon (the end of the run)."""
    if j >= len(toks) or not (toks[j].like_num and len(toks[j].text) == 4 and toks[j].text[:2] in {"19", "20"}):
        return j
    after = context_words.get(toks[j + 1].lemma_.lower()) if j + 1 < len(toks) else None
    before = context_words.get(toks[i - 2].lemma_.lower()) if i >= 2 and toks[i - 1].text == ":" else None
    return j + 1 if {after, before} & TITLE_TYPES else j


def product_number(toks, i: int, j: int, makers: frozenset[str]) -> int:
    """'Microsoft 365', 'Dynamics 365': a technology firm's name alone and a number that counts it is a product's name
    (patterns.json 'product_makers'), not the firm and a sum; a legal ending right after a run closes it, whatever the
    tagger calls it."""
    one_maker = j == i + 1 and toks[i].text in makers
    if j < len(toks) and j > i and toks[j].text in LEGAL_ENDINGS:
        return j + 1  # ('Orton Legal LLP' with 'LLP' tagged a common noun: a firm's legal ending closes its name)
    return j + 1 if one_maker and j < len(toks) and toks[j].like_num and toks[j].head.i == i else j


def on_a_day(toks, j: int, structural: dict) -> bool:
    """'… Fund on Boxing Day', '… Fund on Monday': 'on' and a day's name (patterns.json 'calendar-words')."""
    if toks[j].lower_ != "on":
        return False
    days = structural.get("calendar-words", {}).get("words", ())
    k = j + 1
    while k < len(toks) and k - j <= 3 and toks[k].pos_ == "PROPN":
        if toks[k].text in days:
            return True
        k += 1
    return False


def body_on_body(doc: Doc, j: int, head_words: dict[str, str]) -> bool:
    """'the Information Commissioner on Brackley Council': a body's head word, 'on' (or 'for' and two words or more: 'the
    Carbon Trust for Kelby Council', not 'Commissioner for Police'), and a run of proper nouns ending in a body's head
    word are two names ('Centre for Policy on Ageing' is one); so are, after 'on', a body and a place the gazetteer
    knows ('Kelby Arts Centre on Teesside') or one its head word names ('Little Acorns Nursery on Mill Lane')."""
    on = doc[j].lower_ == "on"
    if not (on or doc[j].lower_ == "for") or head_words.get(doc[j - 1].text) not in {"Organisation", "Programme"}:
        return False
    if on and any(a == j + 1 for a, _ in gaz_spans(doc, "Place")):
        return True
    if head_words.get(doc[j - 1].text) != "Organisation":
        return False
    k = j + 1
    while k < len(doc) and doc[k].pos_ == "PROPN":
        k += 1
    return k > j + 1 + (not on) and head_words.get(doc[k - 1].text) in ({"Organisation", "Place"} if on else {"Organisation"})


def and_ends_name(doc: Doc, toks, i: int, j: int, rules: TypeRules, structure: StructureRules, known) -> bool:
    """Whether the 'and' at *j* ends the run of names from *i*: the tagger starts a name after it, or a body's head word
    is before a lower-case 'and' ('Norfolk County Council and Hampshire County Council': two names, where 'Kelby Museums
    And Galleries Trust' is one; one untagged word, 'Instrument and …', no name) — not inside an office's name
    ('Police and Crime Commissioner') nor a field of two parts nor a registered body's name (its number after it), nor
    two school phases ('St Kelby's Primary and Nursery School': patterns.json 'school-phases'); a known body (or its
    branch: one word after it) before 'and' and a capital is a name of its own."""
    return (toks[j].lower_ in {"and", "&"} and ((toks[j + 1].ent_iob_ == "B" and not places_body(doc, toks, i, j, rules))
                                                 or toks[j - 1].text in rules.head_words and j - i > 1  # ('Housing and
                                                 and (toks[j].text != "And" or j < headline_end(doc))  # Care Committee': one)
                                                 or (pair_named(toks, i, j, rules) and not places_body(doc, toks, i, j, rules)
                                                     and not any(a <= i and j < b for a, b in known))
                                                 or of_place_before(toks, i, j, rules, known)
                                                 or (any(a == i and b in (j, j - 1) for a, b in known) and j + 1 < len(toks) and toks[j + 1].is_title
                                                     and not any(a <= i and j < b for a, b in known)))  # ('Age UK Orton and Orton Befriending Service')
            and not in_joined_office(doc, j, structure.joined_offices)
            and (j > i + 1 or bool(toks[i].ent_type_) or not toks[i].is_alpha or pair_named(toks, i, j, rules))
            and not two_part_field(toks, i, j, rules, known) and not numbered_after(toks, j) and not _firm_after(toks, j, rules)
            and not lone_word_opens(toks, i, j, rules, known)
            and not (j + 1 < len(toks) and {toks[j - 1].text, toks[j + 1].text} <= set(structure.structural.get("school-phases", ()))))


def lone_word_opens(toks, i: int, j: int, rules: TypeRules, known) -> bool:
    """'the Gangmasters and Labour Abuse Authority': one capitalised word after 'the' that is no body's or place's name
    of its own (the tagger's person, or nothing), then 'and' and words ending in a body's head word, opens that body's
    name — 'the' stands before no person's name ('the BBC and ITV' are two: the first is a body's)."""
    if j != i + 1 or i == 0 or toks[i - 1].lower_ != "the" or toks[i].ent_type_ in {"ORG", "GPE", "LOC", "NORP", "FAC"} \
            or any(a <= i < b for a, b in known) or toks[i].text in rules.head_words:
        return False
    k = j + 1
    while k < len(toks) and k <= j + 4 and toks[k].pos_ == "PROPN" and toks[k].is_title:
        if rules.head_words.get(toks[k].text) == "Organisation" and not (k + 1 < len(toks) and toks[k + 1].pos_ == "PROPN"):
            return True
        k += 1
    return False


def pair_named(toks, i: int, j: int, rules: TypeRules) -> bool:
    """'Both Optivo and Kelby Housing Group', 'the merger between Peabody and Family Mosaic', 'housing associations L&Q
    and East Thames': the first lower-case 'and' of a run after 'both', 'between' or a plural kind of body joins two."""
    before, k = toks[i - 1] if i > 0 else None, j + 1
    while k < len(toks) and (toks[k].is_title or toks[k].is_upper):
        k += 1  # ('Both Social Policy and Practice, and the Idox Service': the pair's 'and' is after the name)
    return before is not None and toks[j].is_lower and not any(t.lower_ in {"and", "&"} for t in toks[i:j]) and not (
        k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].lower_ in {"and", "&"}) and (
        before.lower_ in {"both", "between"} or (before.tag_ == "NNS" and rules.context_words.get(before.lemma_.lower()) == "Organisation"))


def _one_subject(word) -> bool:
    """'Kelby and Orton Homes was downgraded', 'Kelby and Orton Homes has merged': a coordinated subject whose verb or
    auxiliary is singular is one name, not two."""
    verb = word.head
    return word.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "conj" for c in word.children) and (
        verb.tag_ == "VBZ" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"is", "was", "has"} for c in verb.children))


def _firm_after(toks, j: int, rules: TypeRules) -> bool:
    """'Cable and Wireless Plc', 'Smith & Nephew Ltd': a firm's name with 'and' inside, its legal ending a word or two
    after the 'and' (not after a body's head word: 'Kelby Council and Acme Ltd' are two)."""
    k = j + 1
    while k < len(toks) and k - j <= 3 and toks[k].pos_ == "PROPN" and toks[k].text not in LEGAL_ENDINGS:
        k += 1
    return k < len(toks) and k > j + 1 and toks[k].text in LEGAL_ENDINGS and toks[j - 1].text not in rules.head_words


def places_body(doc: Doc, toks, i: int, j: int, rules: TypeRules) -> bool:
    """'Kent and Medway Fire and Rescue Authority', 'Dumfries and Galloway Health Board': the proper nouns before the 'and' at
    *j* are a place (the gazetteer's or the tagger's; or the 'and' is inside a known place's name) with no head word of their
    own, and the proper nouns after end in a body's head word — one body, where the tagger started a name after the 'and'."""
    a = j - 1
    while a > i and toks[a - 1].pos_ == "PROPN":
        a -= 1  # (the proper nouns just before the 'and': 'Chair of | Kent')
    k = next((b for s, b in gaz_spans(doc, "Place") if i <= s < j < b), None)
    if k is None and (any(t.text in rules.head_words for t in toks[a:j]) or not (
            (a, j) in gaz_spans(doc, "Place") or all(t.ent_type_ in {"GPE", "LOC"} for t in toks[a:j])
            or (a == j - 1 and a > 0 and (toks[a - 1].lower_ == "the" or toks[a - 1].lemma_.lower() in {"form", "become", "create"})
                and toks[a].is_title) or (a == j - 1 and _one_subject(toks[a]))
            or (a == j - 1 and toks[j].ent_iob_ == "I" and toks[j].ent_type_ == "ORG"))):  # ('the Orton and Kelby Combined Authority', 'to form Kelby
        return False  # and Orton Voluntary Action': a place the tagger took for a body, one word after 'the' or a verb of forming; 'Kelby and Orton Homes
    # was downgraded': a word before 'and' whose verb agrees with one subject; 'at Kelby and Orton NHS Trust': the tagger's body's start with its 'and')
    k = j + 1 if k is None else k
    while k < len(toks) and k < j + 12 and (toks[k].pos_ == "PROPN" or toks[k].lower_ in {"and", "&"} or (
            toks[k].lower_ == "of" and k + 1 < len(toks) and toks[k + 1].pos_ == "PROPN")):  # ('… and Isle of Wight Air Ambulance')
        if "Organisation" in {rules.head_words.get(toks[k].text), rules.head_words.get(f"{toks[k - 1].text} {toks[k].text}")} \
                and toks[k].pos_ == "PROPN":
            return True
        k += 1
    return False


def in_joined_office(doc: Doc, k: int, offices) -> bool:
    """Whether the 'and' at *k* is inside the name of a kind of office ('Police and Crime Commissioner')."""
    return any(at >= 0 and k - at >= 0 and [t.text for t in doc[k - at:k - at + len(words)]] == list(words)
               for words in offices for at in [next((n for n, w in enumerate(words) if w in {"and", "&"}), -1)])


def office_end(doc: Doc, start: int, end: int, offices) -> int:
    """'the Kelby Office of the Police and Crime | Commissioner' tagged short: a name cut inside a kind of office's
    name ('Police and Crime Commissioner'), or right before its 'and' ('Kelby Police | and Crime Commissioner'), ends where the office's name ends."""
    for k in range(start + 1, min(end + 1, len(doc))):
        for words in offices if doc[k].lower_ in {"and", "&"} else ():
            at = next((n for n, w in enumerate(words) if w in {"and", "&"}), -1)
            stop = k - at + len(words)
            if at >= 0 and end < stop <= len(doc) and [t.text for t in doc[k - at:stop]] == list(words):
                return stop
    return end


def split_coordination(doc: Doc, m: Mention, whole: set[tuple[int, int]], judge: TypeJudge, structure: StructureRules) -> list[Mention]:
    """'University of Manchester and Cardiff University' tagged as one name: when the words on one side
    of 'and' are a known name (*whole*: the gazetteer's spans) and the whole is not, or both sides end in a
    body's head word ('Harbour Power Ltd and Eastmoor Energy Ltd'), or they merge (_merging_pair), the two sides are two names (not 'Norfolk
    and Suffolk NHS Foundation Trust' nor 'the Kelby & Barset Combined Authority Order 2023', but 'Ledbury and Wye Valley
    NHS Trust', a town then a known trust); so are places before a plural kind of place ('the Eastgate and Riverside wards')."""
    if (m.start, m.end) in whole:
        return [m]
    heads = judge.rules.head_words
    for k in range(m.start + 1, m.end - 1):
        bodies = (heads.get(doc[k - 1].text) == heads.get(doc[m.end - 1].text) == "Organisation"  # 'A Ltd and B Ltd' (not
                  and (k - m.start > 1 or doc[m.start - 1].text in {"'s", "’s"})  # 'Housing and Care Committee')
                  and not any(a < k < b for a, b in whole) and (doc[k].text != "And" or k < headline_end(doc)))  # (not
        # 'Homes and Communities Agency', a known name, nor 'Kelby Museums And Galleries Trust' outside a headline)
        merging = doc[k].lower_ in {"and", "&"} and _merging_pair(doc, m, k, structure)  # (bodies, whatever their head words)
        if (doc[k].lower_ in {"and", "&"} and ((m.start, k) in whole or (k + 1, m.end) in whole or bodies or _last_of_list(doc, m, k, judge)
                                              or merging or of_place_before(doc, m.start, k, judge.rules, whole) or (m.type == "Place" and doc[
                                                  m.end:m.end + 1].text.lower() in structure.structural.get("place-plurals", {}).get("words", ())))
                and not in_joined_office(doc, k, structure.joined_offices)
                and not ((m.start, k) in gaz_spans(doc, "Place") and judge.head_type(doc[k + 1:m.end]) in {"Organisation", "Policy"}
                         and (k + 1, m.end) not in whole and not a_places_council(doc[k + 1:m.end], structure))):
            parts = [doc[a:b] for a, b in ((m.start, k), (k + 1, m.end)) if (a, b) not in whole]
            return [Mention(p.start, p.end, p.text, "Organisation" if merging else judge.head_type(p) or m.type, m.source) for p in parts
                    if p[0].text[:1].isupper() and judge.is_name(p)]
    return [m]


def _merging_pair(doc: Doc, m: Mention, k: int, structure: StructureRules) -> bool:
    """'Barset Carers and Kelby Carers Network will merge': a run of two words or more either side of its 'and' that is
    the subject of one of 'co-subject' 'body_verbs' (things bodies do together), with no 'with' naming the other, is two."""
    root = doc[m.start:m.end].root
    return k - m.start >= 2 and m.end - k > 2 and root.dep_ == "nsubj" and root.head.lemma_.lower() in structure.structural.get(
        "co-subject", {}).get("body_verbs", ()) and not any(c.dep_ == "prep" and c.lower_ == "with" for c in root.head.children)


def _last_of_list(doc: Doc, m: Mention, k: int, judge: TypeJudge) -> bool:
    """'The partners are Kelby Trust, Barset Women's Aid and Uplift': a run after a list's comma (a name before it)
    that its 'and' ends is the list's last two names, when the left side has two words or more and the right side's
    head word (if any) is the left side's ('Kelby and District Housing Association', 'Barset Museums and Galleries
    Trust' stay one name)."""
    left, right = doc[m.start:k], doc[k + 1:m.end]
    return (m.start >= 2 and doc[m.start - 1].text == "," and doc[m.start - 2].pos_ == "PROPN" and len(left) >= 2
            and judge.head_type(right) in {None, judge.head_type(left)} and right[0].is_title)


def joined_names(doc: Doc, candidates: list[Mention], rules: TypeRules, offices) -> list[Mention]:
    """Names the tagger gave in pieces, joined: a firm's two words after its kind (firm_pairs), an NHS body named for
    a list of places (listed_place_body), a kind of office named with its places (placed_offices)."""
    return placed_offices(doc, listed_place_body(doc, joined_by_in(doc, firm_pairs(doc, candidates, rules), rules), rules), offices)


def joined_by_in(doc: Doc, candidates: list[Mention], rules: TypeRules) -> list[Mention]:
    """'the Ending Homelessness in Communities Fund', 'the Excellence in Cities programme' tagged as two names either side of
    'in': a programme's name (its last word a programme's head word) right after 'in' and a name with no head word of its
    own before it (not a place, a person or a known body's) are one programme (nor after a place: 'Barset in Bloom Fund')."""
    before = {c.end: c for c in candidates if c.source == "spacy" and c.type not in {"Place", "Person"}
              and not rules.head_words.get(doc[c.end - 1].text)}
    out, gone = [], set()
    for b in candidates:
        a = before.get(b.start - 1) if b.start > 1 and doc[b.start - 1].lower_ == "in" else None
        if a is None or rules.head_words.get(doc[b.end - 1].text) != "Programme" or any(c.type == "Place" and c.start == b.start for c in candidates):
            continue
        out.append(Mention(a.start, b.end, doc[a.start:b.end].text, "Programme", "head"))
        gone |= {id(a), id(b)}
    return [c for c in candidates if id(c) not in gone] + out


def listed_place_body(doc: Doc, candidates: list[Mention], rules: TypeRules) -> list[Mention]:
    """'NHS Birmingham, Black Country and Solihull ICB' tagged in pieces: a body's prefix and a place ('NHS Birmingham'),
    more places after commas or 'and', then a name opening with a place and ending in a body's head word are one body
    named for them all; so is a list of places alone after an unknown 'NHS' name ('NHS Kelby, Barset and Sandford'), which
    ends at its 'and'."""
    at: dict[int, list[Mention]] = {}
    for c in candidates:
        at.setdefault(c.start, []).append(c)
    out, gone = [], set()
    for a in [c for c in candidates if c.type == "Organisation" and c.text.startswith(rules.place_body_prefixes)
              and not rules.head_words.get(doc[c.end - 1].text)]:  # ('NHS Birmingham', not the end of a known trust's name)
        k, parts, end = a.end, [a], None
        while end is None and k + 1 < len(doc) and doc[k].text in {",", "and"} and at.get(k + 1) and not (
                doc[k].text == "and" and any(doc[p.start - 1].text == "and" for p in parts[1:])):  # ('NHS Kelby, Barset and Sandford
            here = at[k + 1]
            place = next((c for c in here if c.type == "Place"), None)
            if any(c.source == "gazetteer" and c.type == "Organisation" for c in here):  # and Sandford Council': the list ends at its 'and')
                break  # a body of its own: 'NHS Kelby, Barset Council and …'
            body = max((c for c in here if c.type == "Organisation" and rules.head_words.get(doc[c.end - 1].text) == "Organisation"),
                       key=lambda c: c.end, default=None)
            if body is not None and (place is not None or doc[k].text == "and"):
                end = body.end  # the last part: a place's name and the body's head word ('Solihull ICB', 'Barset and Harbour ICB')
            elif place is None:
                break
            parts += here
            k = place.end if end is None else end
        if end is None and (a.start, a.end) not in gaz_spans(doc, "Organisation") and doc[(last := max(parts, key=lambda p: p.end)).start - 1].text == "and" \
                and any(doc[p.start - 1].text == "," for p in parts[1:]):
            end = last.end  # 'NHS Kendal, Penrith and Carlisle': a body named for its places alone (not 'NHS England, Wales …')
        if end is not None and len(parts) > 2:
            out.append(Mention(a.start, end, doc[a.start:end].text, "Organisation", "head"))
            gone |= {id(p) for p in parts if p.end <= end}
    return [c for c in candidates if id(c) not in gone] + out


def placed_offices(doc: Doc, candidates: list[Mention], offices) -> list[Mention]:
    """"Lancashire's Police and Crime Commissioner", 'Police and Crime Commissioner for Devon, Cornwall and the Isles of
    Scilly': a kind of office ('joined_offices') named with its places is one body, that place's office — not the kind,
    which would join every such office in the graph into one; in lower case too, after its place ('Kent police and crime
    commissioner', not the gazetteer's 'Kent police' and a kind)."""
    places = {c.start: c for c in candidates if c.type == "Place"}
    texts = [t.lower_ for t in doc_tokens(doc)]
    firsts: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        firsts.setdefault(t, []).append(i)  # (one pass over the words, not one per kind of office)
    out, gone = [], set()
    for words in (tuple(x.lower() for x in w) for w in offices if w[0] not in {"and", "&"}):
        for i in (i for i in firsts.get(words[0], ()) if texts[i:i + len(words)] == list(words)):
            start, end = i, i + len(words)
            if start >= 2 and texts[start - 1] in {"'s", "’s"} and (p := next((c for c in places.values() if c.end == start - 1), None)):
                start = p.start  # "Lancashire's Police and Crime Commissioner"
            elif (p := next((c for c in places.values() if c.end == start), None)) is not None and doc[start].is_lower:
                start = p.start  # 'Kent police and crime commissioner' ('Kent Police and …' runs as one name)
            k = end + 1 if end < len(doc) and doc[end].lower_ == "for" else None
            while k is not None and k < len(doc) and (p := places.get(k + (doc[k].lower_ == "the"))) is not None:
                end = p.end  # 'Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly'
                k = end + 1 if end + 1 < len(doc) and doc[end].text in {",", "and", "&"} else None
            if (start, end) != (i, i + len(words)):
                out.append(Mention(start, end, doc[start:end].text, "Organisation", "head"))
                gone |= {id(c) for c in candidates if start <= c.start and c.end <= end}
    return [c for c in candidates if id(c) not in gone] + out


def firm_pairs(doc: Doc, candidates: list[Mention], rules: TypeRules) -> list[Mention]:
    """'a contract with developer Urban and Civic', 'the firm Marks and Spencer': two one-word names joined by 'and'
    right after a singular kind of body are one firm's name (where a plural kind, 'housing associations A and B',
    lists two: pair_named)."""
    at = {c.start: c for c in candidates if c.end - c.start == 1 and c.type == "Organisation"}
    joined, out = set(), []
    for a in sorted(at.values(), key=lambda c: c.start):
        b, kind = at.get(a.end + 1), doc[a.start - 1] if a.start > 0 else None
        if b is not None and doc[a.end].lower_ in {"and", "&"} and kind is not None and kind.tag_ == "NN" and kind.is_lower \
                and rules.context_words.get(kind.lemma_.lower()) == "Organisation" and not (b.end < len(doc) and doc[b.end].is_title):
            out.append(Mention(a.start, b.end, doc[a.start:b.end].text, "Organisation", "context"))
            joined |= {id(a), id(b)}
    return [c for c in candidates if id(c) not in joined] + out


def verb_opens_name(toks, k: int, head_words=None) -> bool:
    """'an AI chatbot, Ask Barset,', 'the app, “Find My Bin”': a capitalised verb's base form set off after a comma or
    an opening quote, with a proper noun right after it, opens the name of a service (its first word, whatever the
    tagger calls it); not a sentence's first word. So does a word written with a capital inside it ('the KelbyGo app'),
    which only names are, whatever the tagger calls it, and a capitalised '-ing' word that 'in' joins to more of a
    programme's name ('the Living in Orton Park programme', name_joins.doing_in), or one set after a kind ('the charity Changing Lives')."""
    if 0 < k < len(toks) and toks[k].pos_ != "PROPN" and (camel_case(toks[k]) or (
            head_words is not None and not toks[k].is_sent_start and doing_in(toks, k + 1, head_words))):
        return True
    return (0 < k < len(toks) - 1 and toks[k].tag_ == "VB" and toks[k].is_title and not toks[k].is_sent_start
            and toks[k - 1].text in {",", "“", '"', "‘"} and toks[k + 1].pos_ == "PROPN") or (1 < k < len(toks) - 1 and toks[k].tag_ == "VBG" and toks[k].is_title
                                                                                    and not toks[k].is_sent_start and toks[k + 1].is_title and toks[k - 1].pos_ == "NOUN"
                                                                                    and toks[k - 1].is_lower and toks[k - 2].lower_ in {"the", "a", "an"})


def split_run_together(doc: Doc, m: Mention, judge: TypeJudge) -> list[Mention]:
    """A tagged name that is several: a run of short forms the article defines (_short_form_run), a table's rows of
    people and their bodies flattened into one line (_people_at_bodies), or a case's parties either side of 'v' (_versus)."""
    return _short_form_run(doc, m, judge) or _people_at_bodies(doc, m, judge) or _versus(doc, m, judge)


def _people_at_bodies(doc: Doc, m: Mention, judge: TypeJudge) -> list[Mention]:
    """'Cllr Jo Bloggs Essex County Council Sam Smith Environment Agency' tagged as one name (a membership table
    flattened into a line): bodies the gazetteer knows, each after a person's name (a given name, a surname, an
    honorific before them), are those people (the known bodies are found on their own)."""
    known = sorted((a, b) for a, b in gaz_spans(doc, "Organisation") if m.start <= a and b <= m.end and (a, b) != (m.start, m.end))
    if not known or any(b1 > a2 for (_, b1), (a2, _) in zip(known, known[1:])):
        return []
    people, at = [], m.start
    for a, b in [*known, (m.end, m.end)]:
        while at < a and judge.rules.honorific(doc[at].text):
            at += 1  # ('Cllr Jo Bloggs')
        if at < a:
            run = doc[at:a]
            if not (2 <= len(run) <= 3 and all(t.is_title and t.is_alpha for t in run) and judge.is_given_name_run(run)):
                return []
            people.append(Mention(at, a, run.text, "Person", "context"))
        at = b
    return people


def _short_form_run(doc: Doc, m: Mention, judge: TypeJudge) -> list[Mention]:
    """'LFRS HMICFRS Round 3 inspection' tagged as one name: a run of short forms each defined in brackets in the
    article ('… (LFRS)') is as many names, and what follows them one only with a head word of its own (not 'Round 3')."""
    short = m.start
    while short < m.end and doc[short].is_upper and doc[short].is_alpha and _defined_short_form(doc, doc[short].text):
        short += 1
    if short - m.start < 2:
        return []
    rest = [Mention(short, m.end, doc[short:m.end].text, etype, m.source)] if short < m.end and (
        etype := judge.head_type(doc[short:m.end])) else []
    return [Mention(k, k + 1, doc[k].text, m.type, m.source) for k in range(m.start, short)] + rest


def _versus(doc: Doc, m: Mention, judge: TypeJudge) -> list[Mention]:
    """'Kelby Homes Ltd v Barset DC' tagged as one name: a case's parties either side of 'v' are two."""
    k = next((k for k in range(m.start + 1, m.end - 1) if doc[k].lower_ in {"v", "v.", "vs", "vs."} and doc[k + 1].text[:1].isupper()), None)
    if k is None:
        return [m]
    parts = [doc[m.start:k], doc[k + 1:m.end]]
    return [Mention(p.start, p.end, p.text, judge.head_type(p) or m.type, m.source) for p in parts if judge.is_name(p)]


def _defined_short_form(doc: Doc, text: str) -> bool:
    """Whether the article writes *text* alone in brackets somewhere ('… Service (LFRS)')."""
    text_of = doc_text(doc)
    return f"({text})" in text_of or f"( {text} )" in text_of
