"""A tagged run that is two names or more: 'Jo Bloggs, Acme Ltd' (a comma), 'A Council/B Council' (a slash),
'Swanage in Dorset' (a place in a known place), 'Barset Council on Facebook' (a body on a known body), 'the National
Lottery through Arts Council England' (a name through a known body), 'Jo Bloggs of Acme Ltd' (a person of a body), a remit and the post's
holder; and one cut short before the word it modifies ('Urban | Splash'). Helpers of mentions.MentionFinder. Imports extract.mentions_base and extract.name_edges.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions_base import Mention
from .name_edges import LEGAL_ENDINGS, gaz_spans, unit_of_known

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..vocab.lexicon import StructureRules
    from .entity_types import TypeJudge


def split_comma(doc: Doc, m: Mention, judge: TypeJudge, towns: dict | None = None) -> list[Mention]:
    """'company Propeller, Orange Tree Theatre in Richmond and …' tagged as one name: a name the register does not know,
    a comma, then a name of two or more capitalised words with a head word of its own are two names (not a firm's
    'A, B & Co', nor a name the register knows with its comma, whole or opening the run: "the Department for Culture,
    Media and Sport's Advisory Board"); a known place or town (*towns*, those the gazetteer only types) after 'in' or 'at'
    and a name after its comma are two places listed ('centres at Cirencester, Bourton …')."""
    places = gaz_spans(doc, "Place")
    for marks in ({",", "and", "&"}, {","}):  # 'Lincolnshire, Leicestershire, Nottinghamshire and Derbyshire' or 'Cheshire West
        cuts = [m.start] + [k for k in range(m.start, m.end) if doc[k].text in marks] + [m.end]  # and Chester, Hull, Leicester'
        parts = [(a + (a > m.start), b) for a, b in zip(cuts, cuts[1:])]  # tagged as one body: the places (or towns) listed
        if len(parts) > 2 and all(p in places or doc[p[0]:p[1]].text in (towns or {}) for p in parts):
            return [Mention(a, b, doc[a:b].text, "Place", "gazetteer") for a, b in parts]
        if len(parts) > 2 and all(p in (bodies := gaz_spans(doc, "Organisation")) for p in parts):  # ('Shelter, Crisis and Centrepoint':
            return [Mention(a, b, doc[a:b].text, "Organisation", "gazetteer") for a, b in parts]  # known bodies listed)
    k = next((k for k in range(m.start + 1, m.end - 1) if doc[k].text == "," and doc[k - 1].text[:1].isupper()
              and doc[k + 1].text[:1].isupper()), None)
    listed = k is not None and k - m.start > 1 and (judge.rules.head_words.get(doc[k - 1].text) == "Organisation" or (  # ('A Housing
        m.end - k > 2 and m.start > 0 and doc[m.start - 1].text in {",", ":"} and m.end < len(doc) and doc[m.end].text in {",", "and"}))  # ('…, A B, C D and …':
    # two names of two words or more in a list)
    if k is None or (m.start, m.end) in gaz_spans(doc, "Organisation") or any(  # Partnership, B and C': a list of bodies)
            m.start <= a < k < b <= m.end for a, b in gaz_spans(doc, "Organisation")) or (  # (a known body with a comma inside)
            any(t.text in {"&", "and"} for t in doc[k:m.end]) and not listed):
        return [m]
    left, right = doc[m.start:k], doc[k + 1:m.end]
    if (m.start, k) in (known := gaz_spans(doc, "Organisation")) and (k + 1, m.end) in known:  # ('University of Birmingham,
        # University of Kent' tagged as one: two bodies the register knows)
        return [Mention(m.start, k, left.text, "Organisation", "gazetteer"), Mention(k + 1, m.end, right.text, "Organisation", "gazetteer")]
    if (m.start, k) in known and all(t.is_title for t in right if t.is_alpha):  # ('a review by the charity Crisis, Ending Homelessness
        typed = judge.head_type(right)  # Together': the describing noun before the run was the known body's, not the right side's)
        return [Mention(m.start, k, left.text, "Organisation", "gazetteer"), Mention(k + 1, m.end, right.text, typed or m.type, "head" if typed else "spacy")]
    if (k + 1, m.end) in places and ((m.start, k) in places or (m.start > 0 and doc[m.start - 1].lower_ in {"of", "in", "at", "near"})):
        # 'Warrington, Cheshire', '(X Solicitors) of Lymm, Cheshire' tagged as one body: a town and its county
        return [Mention(m.start, k, left.text, "Place", "gazetteer"), Mention(k + 1, m.end, right.text, "Place", "gazetteer")]
    if ((m.start, k) in places or left.text in (towns or {})) and m.start > 0 and doc[m.start - 1].lower_ in {"in", "at", "near"} \
            and judge.head_type(right) is None:
        doing = m.end < len(doc) and doc[m.end].pos_ in {"AUX", "VERB"}  # ('centres at Cirencester, Bourton …': a list of
        return [Mention(m.start, k, left.text, "Place", "gazetteer"),  # places; 'In Perth, Horsecross Arts will receive …': a
                Mention(k + 1, m.end, right.text, m.type if doing else "Place", m.source)]  # place, then the clause's subject)
    kind = judge.head_type(right) or (m.type if listed else None) or (  # ('Lord Kerslake, Peabody's chairman': a body's post)
        "Organisation" if m.end + 1 < len(doc) and doc[m.end].text in {"'s", "’s"} and doc[m.end + 1].text.capitalize() in judge.rules.post_words else None)
    return [m] if kind is None or not all(t.is_title or (listed and (t.is_punct or t.lower_ in {"for", "of", "and", "the"})) for t in right) else [
        Mention(m.start, k, left.text, judge.head_type(left) or ("Person" if judge.is_given_name_run(left) else m.type), m.source),
        Mention(k + 1, m.end, right.text, kind, m.source)]  # ('Jo Bloggs, Kelby Trust's chief executive' tagged as one body)


def split_slash(doc: Doc, m: Mention, judge: TypeJudge) -> list[Mention]:
    """'Purbeck District Council/Swanage Town Council' tagged as one name: two names either side of a slash,
    each typed by its own head word (or as the whole was)."""
    k = next((k for k in range(m.start + 1, m.end - 1) if doc[k].text == "/" and doc[k - 1].text[:1].isupper()
              and doc[k + 1].text[:1].isupper()), None)
    if k is None or k - m.start < 2 or m.end - k < 3:  # ('A/B testing', 'Newcastle/Gateshead': one word each side)
        return [m]
    left, right = doc[m.start:k], doc[k + 1:m.end]
    return [Mention(m.start, k, left.text, judge.head_type(left) or m.type, m.source),
            Mention(k + 1, m.end, right.text, judge.head_type(right) or m.type, m.source)]


def split_in(doc: Doc, m: Mention, places: dict[int, Mention], towns: dict[str, str]) -> list[Mention]:
    """'Swanage in Dorset' tagged as one name: a name, then 'in' and a place the gazetteer knows, are two names
    (the first a place too when it is a known town)."""
    for k in range(m.start + 1, m.end - 1):
        last = next((p for p in places.values() if p.end == m.end and p.start > k), None) if doc[k].lower_ == "in" else None
        if last is None and doc[k].lower_ == "in" and (town := doc[k + 1:m.end].text) in towns:  # ('X School in Townley',
            last = Mention(k + 1, m.end, town, "Place", "gazetteer", towns[town])  # a town the register knows)
        if last is not None and all(t.is_title or t.text == "," for t in doc[k + 1:last.start]):
            where = places.get(k + 1, last)  # 'Swanage in Dorset'; 'X School in Chepstow, Gloucestershire': the first place
            left = doc[m.start:k].text
            first = Mention(m.start, k, left, "Place", "gazetteer", towns[left]) if left in towns else \
                Mention(m.start, k, left, m.type, m.source)
            return [first, where]
    return [m]


THROUGH = frozenset({"through", "via"})  # words that pass something on from one body to another, never inside a name


def split_on(doc: Doc, m: Mention, judge: TypeJudge) -> list[Mention]:
    """'criticised Barset Council on Facebook and X' tagged as one name: a name ending in a body's head word, then 'on'
    and a body the gazetteer knows, are two names, the rest left ('Centre for Policy on Ageing' is one); so are a
    name, 'through' or 'via', and a known body ('£30,000 from the National Lottery through Arts Council England'); and a
    ward's name, 'on' and a council's ('represents Barset West on Barset Council'); and a body (two capitalised words or
    more), 'on' and a street ('the Corner Cafe on High Street', 'the Crown Bar on Station Road'); and a name ending in a body's
    head word run into a known body's ('Kelby Council Labour leader Jo Bloggs')."""
    bodies = gaz_spans(doc, "Organisation")
    street = judge.rules.head_words.get(doc[m.end - 1].text) == "Place"
    for k in (k for k in range(m.start + 2, m.end - 1) if doc[k].lower_ in THROUGH or (doc[k].lower_ == "on" and (
            judge.rules.head_words.get(doc[k - 1].text) == "Organisation" or street and all(t.is_title for t in doc[m.start:k])))):
        known = next(((a, b) for a, b in bodies if a == k + 1 and b <= m.end), None) or (
            (k + 1, m.end) if doc[k].lower_ == "on" and street else None)
        if known is not None and known[1] == m.end and street:
            return [Mention(m.start, k, doc[m.start:k].text, judge.head_type(doc[m.start:k]) or "Organisation", "head"),
                    Mention(k + 1, m.end, doc[k + 1:m.end].text, "Place", "head")]
        if known is not None:
            return [Mention(m.start, k, doc[m.start:k].text, m.type, m.source), Mention(*known, doc[known[0]:known[1]].text, "Organisation", "context")]
    left = m.start + (doc[m.start].lower_ == "the")  # ('a fine imposed by the Office for Students on the University of Kelby': a known
    k = next((k for a, k in bodies if a == left and k < m.end - 2 and doc[k].lower_ == "on"), None)  # body, 'on', another body's name)
    if k is not None and judge.head_type(doc[k + 1 + (doc[k + 1].lower_ == "the"):m.end]) == "Organisation":
        j = k + 1 + (doc[k + 1].lower_ == "the")
        return [Mention(m.start, k, doc[m.start:k].text, m.type, m.source), Mention(j, m.end, doc[j:m.end].text, "Organisation", "head")]
    known = next(((a, b) for a, b in bodies if m.start + 1 < a and b == m.end and judge.rules.head_words.get(doc[a - 1].text) == "Organisation"), None)
    if known is not None:  # ('Kelby Council Labour leader Jo Bloggs': a body's name, then a known body's, the party's)
        return [Mention(m.start, known[0], doc[m.start:known[0]].text, m.type, m.source), Mention(*known, doc[known[0]:known[1]].text, "Organisation", "context")]
    k = next((k for k in range(m.start + 1, m.end - 2) if doc[k].lower_ == "on"), None)  # ('represents Barset West on Barset
    if k is not None and doc[m.end - 1].text == "Council" and doc[k - 1].text not in judge.rules.head_words:  # Council': a ward, then its council
        return [Mention(m.start, k, doc[m.start:k].text, "Place", "context"), Mention(k + 1, m.end, doc[k + 1:m.end].text, "Organisation", "head")]
    return [m]


def split_typed_prefix(doc: Doc, m: Mention, judge: TypeJudge, structure: StructureRules) -> list[Mention]:
    """'joined forces with Trading Standards for Operation Clean Sweep' tagged as one name: a name, then 'for', 'in' or
    'on' and a name opening with one of the typed prefixes that never continue a name (patterns.json 'prefix-splits':
    'Operation '; not 'Project ', as in 'Centre for Project Management'), are two names."""
    splits = tuple(structure.structural.get("prefix-splits", {}).get("prefixes", ()))
    for k in (k for k in range(m.start + 1, m.end - 2) if doc[k].lower_ in {"for", "in", "on"}):
        rest = doc[k + 1:m.end]
        typed = next((t for p, t in judge.rules.typed_prefixes if rest.text.startswith(p) and p in splits), None)
        if typed is not None:
            return [Mention(m.start, k, doc[m.start:k].text, judge.head_type(doc[m.start:k]) or m.type, m.source),
                    Mention(k + 1, m.end, rest.text, typed, "head")]
    return [m]


def _people_of(doc: Doc, m: Mention, judge: TypeJudge) -> bool:
    """'Representatives of Kelby Council met …', 'Leaders of X, Y and Z have signed …': people who act for a body or
    hold its posts (patterns.json 'member_nouns', 'post_words'), in the plural opening the sentence, capitalised only
    there, before 'of' and a body's name (by its head word or the gazetteer) are about the body, no part of its name."""
    rest, word = doc[m.start + 2:m.end], doc[m.start]
    people = word.lower_.endswith("s") and (word.lower_[:-1] in judge.rules.member_nouns or word.text[:-1] in judge.rules.post_words)
    return word.is_sent_start and people and (judge.head_type(rest) == "Organisation" or (rest.start, rest.end) in gaz_spans(doc, "Organisation"))


def split_of(doc: Doc, m: Mention, judge: TypeJudge, structure: StructureRules) -> list[Mention]:
    """'Peter Borley of Limagrain UK Ltd', 'Acme Ltd of Canal Lane' tagged as one name: a person's name (or a
    registered company's, ending 'Ltd') and, after 'of', the body they belong to (or the place it is in) are
    two names; so are a body's unit and, after 'of', a body the gazetteer knows."""
    if m.end - m.start > 2 and doc[m.start + 1].lower_ == "of" and (doc[m.start].text in judge.rules.record_headings or _people_of(doc, m, judge)):
        return [Mention(m.start + 2, m.end, doc[m.start + 2:m.end].text, m.type, m.source)]  # 'Decision of Kelby Ltd': the body
    for k in (k for k in range(m.start + 2, m.end - 1) if doc[k].lower_ == "of"):
        left, right = doc[next((j for j in range(m.start, k - 1) if doc[j].text not in judge.rules.post_words
                                and not judge.rules.honorific(doc[j].text)), m.start):k], doc[k + 1:m.end]
        left = next((doc[j:k] for j in range(left.start, k - 1) if judge.is_given_name_run(doc[j:k])), left)  # ('Chief Constable Jo Bloggs')
        if judge.is_given_name_run(left) and judge.head_type(right) == "Organisation":  # (a rank first: 'Inspector Jo Bloggs of Y')
            return [Mention(left.start, k, left.text, "Person", "context"), Mention(k + 1, m.end, right.text, "Organisation", "head")]
        known = k + 1 + (doc[k + 1].lower_ == "the")
        bodies = gaz_spans(doc, "Organisation")  # 'the Appeals Panel of the Care Quality Commission': a unit, then the known body
        if len(left) > 1 and unit_of_known(doc, k, bodies, structure.structural) and (known, m.end) in bodies and (m.start, m.end) not in bodies:
            return [Mention(left.start, k, left.text, "Organisation", "head"),  # (which it is part of)
                    Mention(known, m.end, doc[known:m.end].text, "Organisation", "head")]
        if left[-1].text in LEGAL_ENDINGS and (kind := judge.head_type(right) or "Place") in {"Place", "Organisation"}:
            # a registered name ends at 'Ltd': what follows 'of' is its owner or its address ('… of Darland House')
            return [Mention(m.start, k, left.text, "Organisation", "head"), Mention(k + 1, m.end, right.text, kind, "head")]
    return _remit_and_holder(doc, m, judge)


def _remit_and_holder(doc: Doc, m: Mention, judge: TypeJudge) -> list[Mention]:
    """'Deputy Director for Local Government Stewardship Max Soule' tagged as one: after a post word and 'for/of', the
    name at the end (a given name and a surname) is the post's holder; the remit before it is no name."""
    if m.start < 2 or doc[m.start - 1].lower_ not in {"for", "of"} or doc[m.start - 2].text not in judge.rules.post_words:
        return [m]
    k = next((k for k in (m.end - 2, m.end - 3) if k > m.start and judge.is_given_name_run(doc[k:m.end])), None)
    return [m] if k is None else [Mention(k, m.end, doc[k:m.end].text, "Person", "context")]


def known_start(doc: Doc, ent: Span) -> Span:
    """'the Brighton and [Hove City Council Policy and Resources Committee]', 'the Brighton and [Hove Clinical
    Commissioning Group]': a name tagged a body that starts inside a body's or a place's name the register knows and
    runs past its end begins where the known name begins (the tagger cut its first words)."""
    known = gaz_spans(doc, "Organisation") | gaz_spans(doc, "Place") if ent.label_ == "ORG" else frozenset()
    start = next((a for a, b in known if a < ent.start < b < ent.end), None)  # (a person's name after a post is no body's)
    if start is None:
        return ent
    whole = doc[start:ent.end]
    whole.label_ = ent.label_
    return whole


def head_of_place(doc: Doc, start: int, k: int, end: int, judge: TypeJudge) -> bool:
    """"University of Sandford's Institute of Health": a body's head word and 'of' a capitalised name before the 's, and a
    body's name after it, are two bodies (the owner named by its head word and place, not one name with an 's inside)."""
    j = start + (doc[start].lower_ == "the")
    return k - j >= 3 and judge.rules.head_words.get(doc[j].text) == "Organisation" and doc[j + 1].lower_ == "of" and all(
        t.is_title for t in doc[j + 2:k]) and judge.head_type(doc[k + 1:end]) == "Organisation"


def cut_head_end(doc: Doc, end: int) -> int:
    """'chosen Urban | Splash as its partner': a body's name the tagger ended on a word that modifies the capitalised word
    right after it, which heads the phrase and is tagged as nothing, ends after that word."""
    last = doc[end - 1] if end > 0 else None
    if last is not None and end < len(doc) and last.ent_type_ == "ORG" and last.dep_ == "compound" and last.head.i == end \
            and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_ and doc[end].dep_ != "compound":
        return end + 1
    return end
