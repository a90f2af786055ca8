"""Names the tagger cut short or split that the article's other words make whole: a body named for a saint or a
royal ('St Anne's College'), a name written in full elsewhere in the article, the places that open an NHS body's name
('Kingston and Richmond NHS Foundation Trust'), an office whose name holds a comma ('Essex Police, Fire and Crime
Commissioner'). Helpers of mentions.MentionFinder. Imports extract.mentions_base and
extract.name_edges (the gazetteer's spans).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mentions_base import Mention, doc_text, doc_tokens, headline_end, lower_case_words
from .name_edges import gaz_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .entity_types import TypeJudge


def saints_names(doc: Doc, mentions: list[Mention], judge: TypeJudge) -> list[Mention]:
    """'St Herbert's Church', 'Saint Mary's Hospice' tagged as a person and a body: one body, named for its saint;
    so is a school, college, hospital or church named for one word in the possessive ('Offa's Mead School')."""
    after = {m.start: m.end for m in mentions}
    out = []
    for m in mentions:
        k = m.start  # the saint untagged before a body's name: "St Mildred's | Healthcare NHS Trust", "Queen's | Medical Centre",
        # "St James' | Children's Society" (a known body's name inside the saint's)
        lead = 3 if k >= 3 and doc[k - 3].text in {"St", "St.", "Saint"} else 2 if k >= 2 and doc[k - 2].text in ROYALS else 0
        if lead and doc[k - 1].text in {"'s", "’s", "'", "’"} and doc[k - 2].is_title and judge.rules.head_words.get(doc[m.end - 1].text) in {
                "Organisation", "Programme"}:
            out.append(Mention(k - lead, m.end, doc[k - lead:m.end].text, "Organisation", "head"))
        end = after.get(m.end + 1, m.end + 2)  # the body's word, tagged or not ('St Anne's College')
        if m.source == "gazetteer" or end > len(doc) or doc[m.end].text not in {"'s", "’s"}:
            continue
        if ((doc[m.start].text in {"St", "St.", "Saint"} and judge.rules.head_words.get(doc[end - 1].text) == "Organisation"
             and doc[m.end - 1].text not in judge.rules.head_words)  # (not "St Helens Borough Council's Cabinet …")
                or (m.end - m.start == 1 and doc[end - 1].text in INSTITUTIONS)
                or (doc[m.start].text in {"St", "St.", "Saint"} and end == m.end + 2 and doc[m.end + 1].pos_ == "PROPN"  # "St Mungo's
                    and doc[m.end + 1].is_title and (m.end + 1, end) not in gaz_spans(doc, "Place")  # Broadway": one body
                    and doc[m.end - 1].text not in judge.rules.head_words)):
            out.append(Mention(m.start, end, doc[m.start:end].text, "Organisation", "head"))
    return out


INSTITUTIONS = {"School", "College", "Academy", "Hospital", "Church", "Hospice", "Cathedral"}  # named for a person or a place
ROYALS = {"Queen", "King", "Prince", "Princess"}  # "Queen's Medical Centre", "King's College Hospital": a royal's possessive opens a name


def written_in_full(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Tracks Darlington CIC received …' found only as 'Darlington CIC' (the tagger took 'Tracks' for a verb or
    a noun) where the article writes the whole name elsewhere: the words before it that complete that name."""
    by_last: dict[str, dict[tuple[str, ...], Mention]] = {}  # the longer names by their last word
    for m in mentions:
        if m.end - m.start > 1 and m.type != "Person":
            by_last.setdefault(doc[m.end - 1].text, {})[tuple(t.text for t in doc[m.start:m.end])] = m
    out = []
    for m in mentions:
        words = tuple(t.text for t in doc[m.start:m.end])
        for full, whole in by_last.get(words[-1], {}).items():
            k = len(full) - len(words)
            if k > 0 and full[k:] == words and m.start >= k and tuple(t.text for t in doc[m.start - k:m.start]) == full[:k]:
                out.append(Mention(m.start - k, m.end, whole.text, whole.type, whole.source, whole.gaz_id))
    return out


def places_before_shared_name(doc: Doc, mentions: list[Mention], judge: TypeJudge, shared: tuple[str, ...] = ()) -> list[Mention]:
    """'Kingston and Richmond NHS Foundation Trust', 'the Barset and Kelby Investment Fund' tagged as a place and a
    trust or a fund: NHS bodies and the funds and programmes of areas that share them are named for the places they
    serve, joined by 'and' (and commas), so the places before 'and' belong to the name (not those ending a known body's
    name, 'NHS England and NHS Improvement', nor one before a known trust's: 'in Ledbury and Wye Valley NHS Trust'; a
    council's name is not read so: 'Barset and Kelby City Council' are a place and a council unless the gazetteer
    knows the name whole). A place no register knows, which the tagger took for a body, is read the same way when it is
    one or two capitalised words with no head word of their own and no person's name ('Orton and Barset NHS Trust'). So
    are other bodies areas share, by the ends of their names (*shared*: 'Kelby and Orton Integrated Care Board')."""
    bodies = gaz_spans(doc, "Organisation")  # (a known body the tagger took for a place, 'the DfE and NHS England', is none)
    by_end = {m.end: m for m in mentions if (m.type == "Place" or _bare_name(doc[m.start:m.end], m, judge)) and (m.start, m.end) not in bodies}
    out = []
    for m in mentions:
        if not (m.type == "Organisation" and ("NHS" in m.text.split() or m.text.endswith(shared)) or m.type == "Programme" and m.source == "head") \
                or m.start < 2 or doc[m.start - 1].lower_ not in {"and", "&"} \
                or (m.start, m.end) in bodies:
            continue
        place, start = by_end.get(m.start - 1), None
        while place is not None:
            start = place.start
            place = by_end.get(start - 1) if start > 1 and doc[start - 1].text == "," else None
        inside = start is None or any(a < start < b or (a < start and b >= m.start - 1) for a, b in bodies)
        out += [] if inside else [Mention(start, m.end, doc[start:m.end].text, m.type, "head")]
    return out


def _bare_name(span, m: Mention, judge: TypeJudge) -> bool:
    """One or two capitalised proper nouns the tagger called a body, with no head word of their own and no given name."""
    return m.type == "Organisation" and m.source == "spacy" and len(span) <= 2 and all(t.is_title and t.pos_ == "PROPN" for t in span) \
        and judge.head_type(span) is None and not judge.is_given_name_run(span)


def national_arms(doc: Doc, mentions: list[Mention], places, gaz: dict, rule: dict, parts: frozenset[str] = frozenset()) -> list[Mention]:
    """'Shelter Scotland', "Barnardo's Cymru", 'Tiscali UK': a body's name (or a capitalised word the tagger left
    untyped) straight before a nation's name (a known place whose GSS code opens with one of patterns.json
    'national-arms' prefixes) names the body's arm in that nation; not a place or a person before it ('Edinburgh,
    Scotland'), nor a word after 'in' or 'across'; a body's name ending in a nation and another after 'and' ('of
    England and Wales') is one name (_two_nations)."""
    codes = tuple(rule["gss_prefixes"])
    before = {m.end: m for m in mentions}
    out = []
    for nation in places:
        start = nation.start
        if start == 0 or nation.gaz_id not in gaz or not dict(gaz[nation.gaz_id].ids).get("gss", "").startswith(codes):
            continue
        m = before.get(start)
        k = start - 1 - (doc[start - 1].text in {"'s", "’s"})
        if m is None and k >= 0 and doc[k].pos_ == "PROPN" and (doc[k].is_title or doc[k].is_upper) \
                and doc[k].lower_ not in lower_case_words(doc):
            m = Mention(k, start, doc[k:start].text, "Organisation", "spacy")  # ('Tiscali UK': the firm untagged)
        if m is None and k >= 0 and k + 1 < start:
            m = before.get(k + 1)  # "Barnardo's Cymru": the possessive
        if m is None or m.type != "Organisation" or (m.start > 0 and doc[m.start - 1].lower_ in {"in", "across", "throughout"}) \
                or m.text in parts:  # ('Northern England': a part of the nation, patterns.json 'place_parts')
            continue
        first = m.start
        while first > 1 and doc[first - 1].text in {"'s", "’s"} and (owner := before.get(first - 1)) is not None:
            first = owner.start  # "Children & Young People's Commissioner Scotland": the owner is in the name
        out.append(Mention(first, nation.end, doc[first:nation.end].text, "Organisation", "head"))
    return out + _two_nations(doc, mentions, places, gaz, codes)


def local_branches(doc: Doc, mentions: list[Mention], gaz: dict, rule: dict) -> list[Mention]:
    """'Barset Constituency Labour Party paid a fine', 'Kelby Lib Dems said': a place's name (or one or two capitalised
    words the tagger left untyped), with one of patterns.json 'local-branches' 'between' words or none, straight before
    a political party's name (a known body with a name ending in one of its 'heads'), or a national charity's with local
    branches ('networks': 'Kelby Mind', 'Barset Samaritans'), names the branch there, one body; not after 'in' or 'across', not before a noun ('Kelby Labour MP Jo Bloggs'), not for the UK (a place whose GSS
    code opens with one of 'not_codes')."""
    heads, between, not_codes, networks = set(rule["heads"]), set(rule["between"]), tuple(rule["not_codes"]), set(rule.get("networks", ()))
    with_in = set(rule.get("in_networks", ()))  # ('Mind in Salford': a local branch's own name)
    places = {m.end: m for m in mentions if m.type == "Place"}
    places_at = {m.start: m for m in mentions if m.type == "Place"}
    ends = {i: m.end for m in mentions if m.type != "Place" for i in range(m.start, m.end)}  # (a run the tagger took on into the party's name is no other name)
    out = []
    for m in mentions:
        entry = gaz.get(m.gaz_id) if m.type == "Organisation" and m.gaz_id else None
        if entry is not None and entry.name in networks and (end := _branch_place_after(doc, m, places_at, entry.name in with_in)) is not None:
            out.append(Mention(m.start, end, doc[m.start:end].text, "Organisation", "head"))  # ('Citizens Advice Kelby')
            continue
        if entry is None or not (entry.name in networks or any(n.split()[-1] in heads for n in (entry.name, *entry.variants))) \
                or (m.end < len(doc) and doc[m.end].pos_ in {"NOUN", "PROPN"}):
            continue
        start = m.start - (m.start > 0 and doc[m.start - 1].text in between)
        place = places.get(start)
        if place is not None and place.gaz_id in gaz and dict(gaz[place.gaz_id].ids).get("gss", "").startswith(not_codes):
            continue
        first = place.start if place is not None else start
        while place is None and first > 0 and first > start - 3 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title \
                and ends.get(first - 1, m.start) > m.start - 1:
            first -= 1  # ('Kelby' untyped; not a run of three, which is a title-case headline's: 'Watchdog Fines Kelby Labour')
        if first == m.start or (first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title) \
                or (first > 0 and doc[first - 1].lower_ in {"in", "across", "throughout"}):
            continue
        out.append(Mention(first, m.end, doc[first:m.end].text, "Organisation", "head"))
    return out


def _branch_place_after(doc: Doc, m: Mention, places_at: dict, joined_by_in: bool = False) -> int | None:
    """'Citizens Advice Kelby', 'Carers Trust Barset': a place's name (or one capitalised word the tagger left untyped)
    straight after a national charity's names its branch there, unless a name or noun goes on after it ('Age UK Kelby
    Council partnership'; an untyped word in a title-case headline may be its verb: 'Shelter Warns …'); for a charity
    whose branches are so named, after 'in' too ('Mind in Salford': *joined_by_in*); where the branch's name ends."""
    k = m.end + (joined_by_in and m.end < len(doc) and doc[m.end].lower_ == "in")
    if k >= len(doc) or doc[k].is_sent_start:
        return None
    place = places_at.get(k)
    end = place.end if place is not None else k + 1 if doc[k].pos_ == "PROPN" and doc[k].is_title and k >= headline_end(doc) else None
    if end is None or (end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"} and not doc[end].is_sent_start):
        return None
    return end


def _two_nations(doc: Doc, mentions: list[Mention], places, gaz: dict, codes: tuple[str, ...]) -> list[Mention]:
    """'the Federation of England and Wales', 'the Law Society for Scotland and Northern Ireland' tagged as a body and
    a place: a body's name ending in 'of' or 'for' and a nation (a known place whose GSS code opens with one of
    patterns.json 'national-arms' prefixes), then 'and' and another nation, names one body over both (not a name
    going on after them: 'England and Wales Cricket Board', which the gazetteer knows)."""
    nations = {p.start: p for p in places if p.gaz_id in gaz and dict(gaz[p.gaz_id].ids).get("gss", "").startswith(codes)}
    out = []
    for m in mentions:
        if m.type != "Organisation" or m.end + 1 >= len(doc) or doc[m.end].lower_ != "and" or (second := nations.get(m.end + 1)) is None:
            continue
        first = next((p for p in nations.values() if p.end == m.end and p.start > m.start + 1), None)
        if first is not None and doc[first.start - 1].lower_ in {"of", "for"} and not (
                second.end < len(doc) and doc[second.end].pos_ == "PROPN" and doc[second.end].is_title):
            out.append(Mention(m.start, second.end, doc[m.start:second.end].text, "Organisation", "head"))
    return out



def comma_offices(doc: Doc, offices) -> list[Mention]:
    """'Essex Police, Fire and Crime Commissioner Roger Hirst': an office the rules join (patterns.json
    'joined_offices') whose name holds a comma, after the capitalised words of its area, is one body's name (the
    tagger ends a name at the comma: 'Essex Police' and 'Fire and Crime Commissioner')."""
    text, out = doc_text(doc), []
    for office in (o for o in (" ".join(words).replace(" ,", ",") for words in offices) if "," in o and o in text):
        for found in re.finditer(r"((?:[A-Z][\w'&-]*\s){1,3})" + re.escape(office) + r"\b", text):
            span = doc.char_span(found.start(), found.end())
            if span is not None:
                out.append(Mention(span.start, span.end, span.text, "Organisation", "head"))
    return out


def hyphened_towns(doc: Doc, judge: TypeJudge, structural: dict) -> list[Mention]:
    """'Kelby-on-Sea', 'Barset-upon-Orr', 'Orton-le-Dale': a capitalised word joined by hyphens through one of a town
    name's linking words to another is a place's name, which the tagger splits at the hyphens (patterns.json
    'hyphened-towns' 'links'); the gazetteer names the known ones. Capitalised words after it that end in a head word
    name a body of the place ('the Orton-le-Dale Town Council')."""
    toks, out, links = doc_tokens(doc), [], structural.get("hyphened-towns", {}).get("links", ())
    for k in range(1, len(toks) - 3) if "-" in doc_text(doc) else ():
        if toks[k].text == "-" and toks[k + 1].lower_ in links and toks[k + 2].text == "-" and toks[k - 1].is_title and toks[k - 1].is_alpha \
                and toks[k + 3].is_title and toks[k + 3].is_alpha and not any(t.whitespace_ for t in toks[k - 1:k + 3]):
            end = k + 4
            while end < len(toks) and toks[end].is_title and toks[end].is_alpha and not toks[end].is_sent_start:
                end += 1
            etype = judge.head_type(doc[k - 1:end]) if end > k + 4 else None
            end = end if etype is not None else k + 4
            out.append(Mention(k - 1, end, doc[k - 1:end].text, etype or "Place", "head"))
    return out


def opened_titles(doc: Doc, mentions: list[Mention], structural: dict) -> list[Mention]:
    """'Towards a Sustainable SEND System', 'Building a Fairer Kelby': a work's title that opens with one of the
    words reports and strategies are titled with, and an article, which the tagger leaves out of the name (patterns.json
    'title-openers'): the whole title is a publication's. 'Towards' and 'Beyond' open titles anywhere; a verb's -ing form
    only where the title is set off (after a verb, a colon, a comma or a quote, or opening the sentence, and before a
    comma, a colon, a bracket, a quote or the sentence's end), and never before a body's, a person's or a place's name."""
    rule = structural.get("title-openers", {})
    free, gerunds, toks = set(rule.get("free", ())), set(rule.get("gerunds", ())), doc_tokens(doc)
    out = []
    for m in mentions:
        k = m.start - 1 if m.start >= 1 and toks[m.start - 1].lower_ in {"a", "an", "the"} else m.start
        opener = toks[k - 1] if k >= 1 and m.type not in {"Person", "Place"} else None
        if opener is None or not (opener.text in free or opener.text in gerunds and k < m.start and m.type != "Organisation"):
            continue
        set_off = (opener.is_sent_start or toks[k - 2].text in _SETTING_OFF or toks[k - 2].pos_ in {"VERB", "AUX"}) and (
            m.end >= len(toks) or toks[m.end].text in _SETTING_OFF | {".", ")"} or toks[m.end].is_sent_start)
        if opener.text in free or set_off:
            out.append(Mention(opener.i, m.end, doc[opener.i:m.end].text, "Publication", "head"))
    return out


_SETTING_OFF = frozenset({",", ":", "(", "'", '"', "‘", "’", "“", "”"})
