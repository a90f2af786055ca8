"""Bodies named for the places they serve: a known place followed by a body's title ('Mid and East Antrim
District Council', 'Haringey LBC', 'Hampshire and Isle of Wight integrated care system'); and whether a known place
follows a town ('of Dalry Ayrshire'). Imports vocab and the extract name helpers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..vocab.lexicon import GazetteerEntry, StructureRules
from .entity_types import TypeJudge, known_body_end
from .mentions_base import COUNCIL_TIERS, Mention, dated_heading, doc_tokens
from .name_edges import body_before_person, gaz_spans, inside_hyphenated

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class PlaceBodies:
    """What naming a body after its places needs: the type judge, the structural rules, the councils by
    GSS code and the gazetteer; the body kinds the trade press writes in lower case, longest first."""

    judge: TypeJudge
    structure: StructureRules
    councils: dict
    gaz: dict[str, GazetteerEntry]
    lower_kinds: tuple[tuple[str, ...], ...] = field(init=False)
    titled_kinds: tuple[tuple[str, ...], ...] = field(init=False)

    def __post_init__(self) -> None:
        self.lower_kinds = tuple(sorted((tuple(k.split()) for k in self.structure.body_kinds), key=len, reverse=True))
        titled = set(self.structure.structural.get("lower-case-kinds", {}).get("titled", ()))
        self.titled_kinds = tuple(k for k in self.lower_kinds if " ".join(k) in titled)  # (a law court's kinds)
        self.by_name = {n.casefold(): key for key, e in self.gaz.items() if e.type == "Organisation" for n in (e.name, *e.variants)}


def place_body(bodies: PlaceBodies, doc: Doc, place: Mention) -> Mention | None:
    """'Mid and East Antrim District Council': a known place followed by capitalised words ending
    in a body's head word ('District Council', 'Fire Service') names a body, though the registers spell
    it differently (the tagger's shorter span would otherwise lose to the place). Not a place that ends a known
    body's name ('the University of Kelby and Kelbyshire Police', 'Kelby and Kelbyshire' a place too: two bodies)."""
    if any(a < place.start < b for a, b in gaz_spans(doc, "Organisation")):
        return None
    end = place.end
    if end + 2 < len(doc) and doc[end].lower_ in {"and", "&"} and doc[end + 1].is_title:
        end += 1  # 'Brighton and Harbourside University Hospitals Trust', 'Devon and Cornwall Police'
    tail = end
    while end < len(doc) and end - tail < 9 and (((doc[end].is_title or doc[end].is_upper) and doc[end].pos_ in {"PROPN", "NOUN"})
                                                or inside_hyphenated(doc, end)):  # ('… and Stoke-on-Trent Partnership Trust')
        end += 1
    end = max(tail, body_before_person(doc, place.start, known_body_end(doc, place.start, end, bodies.judge.rules, bodies.structure.name_joining_words),
                                       gaz_spans(doc, "Organisation"), bodies.judge.rules)
              - dated_heading(doc, place.start, end, bodies.structure.structural))  # ('… Alliance March | 2023 Newsletter'; 'Essex County Council Jo Bloggs …')
    joined = tail > place.end  # (a known body's name, then a post: 'the Kelby Council Chief Executive')
    if (place.start, end) in gaz_spans(doc, "Organisation"):
        return None  # the known body itself
    if end == tail:
        return _lower_case_kind(bodies, doc, place)
    if any(a == tail and b == end for a, b in gaz_spans(doc, "Organisation")):
        return None  # a known body after the place ('the UK Information Commissioner') is that body
    # after 'and', a body of two words at least, not another place's council ('Leeds and Bradford City Council') nor a post
    if joined and (end - tail < 2 or a_places_council(doc[tail:end], bodies.structure) or not bodies.judge.is_name(doc[tail:end])):
        return _lower_case_kind(bodies, doc, place)
    if end == tail + 1 and not joined and doc[tail].text in bodies.structure.structural.get("council-abbreviations", {}).get("words", ()):
        return _abbreviated_council(doc, place, end, bodies.councils, bodies.gaz)  # 'Haringey LBC'
    if bodies.judge.head_type(doc[place.start:end]) != "Organisation":
        return None
    return Mention(place.start, end, doc[place.start:end].text, "Organisation", "head")


def _lower_case_kind(bodies: PlaceBodies, doc: Doc, place: Mention) -> Mention | None:
    """'Hampshire and Isle of Wight integrated care system', 'Norfolk and Waveney clinical commissioning group':
    known places (more joined by 'and' or commas: capitalised words, with 'of' inside) followed by a body's kind
    in lower case (patterns.json 'lower-case-kinds') name one body, written as the trade press writes it."""
    end = place.end
    while end + 1 < len(doc) and doc[end].lower_ in {"and", "&", ","} and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN":
        end += 1
        while end < len(doc) and (doc[end].is_title or (doc[end].lower_ == "of" and end + 1 < len(doc) and doc[end + 1].is_title)):
            end += 1
    kind = _kind_at(doc, end, bodies.lower_kinds)
    if kind is None:
        return None
    if kind in bodies.titled_kinds:  # ('Leeds magistrates': the court its name says, 'Leeds Magistrates')
        return _court(doc, place.start, end, kind)
    return Mention(place.start, end + len(kind), doc[place.start:end + len(kind)].text, "Organisation", "head")


def _kind_at(doc: Doc, i: int, kinds: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    """The first of *kinds* (longest first) whose words are the doc's from token *i* on, written as they are."""
    return next((k for k in kinds if i + len(k) <= len(doc) and all(t.text == w for t, w in zip(doc[i:i + len(k)], k))), None)


def _court(doc: Doc, start: int, end: int, kind: tuple[str, ...]) -> Mention:
    """A place's court named by the words from *start* to *end* and its kind, capitalised ('Leeds Magistrates')."""
    return Mention(start, end + len(kind), f"{doc[start:end].text} {' '.join(kind).title()}", "Organisation", "head")


def titled_kind_bodies(bodies: PlaceBodies, doc: Doc, places: dict[int, Mention]) -> list[Mention]:
    """'fined by Barset magistrates', 'at Kelby crown court': a court's kind written in lower case (patterns.json
    'lower-case-kinds' 'titled') after a capitalised name no register knows is that place's court all the same, named
    with the kind capitalised ('Barset Magistrates'); a known place's is named by place_body."""
    out, firsts = [], {k[0] for k in bodies.titled_kinds}
    for i in (i for i in range(1, len(doc)) if doc[i].text in firsts):  # (the few words that open a kind)
        if (kind := _kind_at(doc, i, bodies.titled_kinds)) is None:
            continue
        start = i
        while start > max(0, i - 3) and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start < i and not any(p <= start < places[p].end for p in places):
            out.append(_court(doc, start, i, kind))
    return out


def plural_kind_bodies(bodies: PlaceBodies, doc: Doc, places: dict[int, Mention]) -> list[Mention]:
    """'Cumbria and Durham constabularies', 'the Kelby and Barset county councils': places joined by 'and' (or
    commas) before a plural kind of body (patterns.json 'lower-case-kinds' 'plurals') name each place's own body of
    that kind, the one the gazetteer knows by the place's name and the kind's singular; each place stands for it."""
    plurals = bodies.structure.structural.get("lower-case-kinds", {}).get("plurals", {})
    out = []
    for start, place in places.items():
        run = _place_run(doc, places, place)
        if len(run) < 2:
            continue
        end = run[-1].end
        kind = next((k for k in plurals if doc[end:end + len(k.split())].text.lower() == k), None)
        if kind is None or (start > 0 and places.get(start - 2) is not None and doc[start - 1].lower_ in {"and", ","}):
            continue  # (each run once, from its first place)
        keys = [bodies.by_name.get(f"{p.text} {plurals[kind]}".casefold()) for p in run]
        out += [Mention(p.start, p.end, p.text, "Organisation", "gazetteer", key) for p, key in zip(run, keys) if key]
    return out


def plural_kind_before(bodies: PlaceBodies, doc: Doc, places: dict[int, Mention]) -> list[Mention]:
    """'the Universities of Liverpool, Leeds and Sheffield': a plural kind of body and 'of' before places joined by
    'and' or commas (patterns.json 'lower-case-kinds' 'plurals_before', 'universities of' -> 'University of {}') name
    each place's own body of that kind, the one the gazetteer knows by that name; each place stands for it."""
    kinds = bodies.structure.structural.get("lower-case-kinds", {}).get("plurals_before", {})
    out = []
    for start, place in places.items():
        kind = next((k for k in kinds if doc[max(0, start - len(k.split())):start].text.lower() == k), None)
        if kind is None:
            continue
        run = _place_run(doc, places, place)
        keys = [bodies.by_name.get(kinds[kind].format(p.text).casefold()) for p in run]
        out += [Mention(p.start, p.end, p.text, "Organisation", "gazetteer", key) for p, key in zip(run, keys) if key]
    return out


def _place_run(doc: Doc, places: dict[int, Mention], place: Mention) -> list[Mention]:
    """The places joined by 'and', '&' or commas from *place* on ('Cumbria and Durham', 'Leeds, York and Hull')."""
    run = [place]
    while run[-1].end + 1 < len(doc) and doc[run[-1].end].lower_ in {"and", "&", ","} and (nxt := places.get(run[-1].end + 1)) is not None:
        run.append(nxt)
    return run


def possessive_kind_bodies(bodies: PlaceBodies, doc: Doc, places: dict[int, Mention]) -> list[Mention]:
    """'Greater Manchester's ICB', 'Kent's county council', 'Cumbria's police force': a known place's possessive,
    then a kind of body written in lower case or as an initialism, names the body the gazetteer knows by the place's
    name and that kind ('Greater Manchester ICB'; a plural's singular from patterns.json 'lower-case-kinds' for
    'police force'); not the kind as a word in a longer phrase ('Kent's council tax'). One of those kinds written as a
    name ("Carmarthenshire's Youth Justice Service") names the place's body of that kind, registered or not: the kind's
    words are a mention by that name, and the place stays a place."""
    singular = {k[:-1]: v for k, v in bodies.structure.structural.get("lower-case-kinds", {}).get("plurals", {}).items() if k.endswith("s")}
    out = []
    for place in places.values():
        k = place.end + 1
        if k >= len(doc) or doc[place.end].text not in {"'s", "’s"}:
            continue
        for n in range(4, 0, -1):
            words = doc[k:k + n]
            titled = all(t.is_title or t.lower_ in {"and", "of"} for t in words) and tuple(words.text.lower().split()) in bodies.lower_kinds
            if len(words) < n or not (all(t.is_lower and t.is_alpha for t in words) or (n == 1 and words[0].is_upper and len(words[0]) > 1)
                                      or titled) or (k + n < len(doc) and doc[k + n].pos_ in {"NOUN", "PROPN"}):
                continue
            kinds = [words.text] + [singular[w] for w in [words.text.lower()] if w in singular]
            key = next((key for kind in kinds if (key := bodies.by_name.get(f"{place.text} {kind}".casefold()))), None)
            if key is not None:
                out.append(Mention(place.start, k + n, doc[place.start:k + n].text, "Organisation", "gazetteer", key))
                break
            if titled:  # "Kelby's Youth Justice Service": the place's, named so though no register knows it (the place kept)
                out.append(Mention(k, k + n, f"{place.text} {words.text}", "Organisation", "head"))
                break
    return out


def _abbreviated_council(doc: Doc, place: Mention, end: int, councils: dict, gaz: dict) -> Mention:
    """'Haringey LBC', 'Wirral MBC': the place's council as the trade press abbreviates its title (patterns.json
    'council-abbreviations'), the register's council when the gazetteer knows one for the place's code."""
    council = councils.get(place.gaz_id and dict(gaz[place.gaz_id].ids).get("gss") or "")
    key = council.key if council is not None else None
    return Mention(place.start, end, doc[place.start:end].text, "Organisation", "gazetteer" if key else "head", key)


def a_places_council(span, structure: StructureRules) -> bool:
    """'Bradford City Council': a name, then only the words of a council's title (patterns.json 'council_title_words')."""
    words = structure.structural["council_title_words"]
    return span[-1].text == "Council" and all(t.text in words for t in span[1:])


def county_after(doc: Doc, start: int, end: int) -> bool:
    """Whether the characters from *start* to *end* are a known place's whole name ('Ayrshire' in 'of Dalry Ayrshire':
    a town and its county written without a comma)."""
    span = doc.char_span(start, end)
    return span is not None and (span.start, span.end) in gaz_spans(doc, "Place")


def councillors_councils(bodies: PlaceBodies, doc: Doc) -> list[Mention]:
    """'Kelby County Councillor Amir Shah', 'Orton Borough Councillor Lydia Grant': capitalised words, a council's tier
    and 'Councillor' name the council the councillor sits on ('Kelby County Council'), written over the place and the
    tier (the post stays the post); the registered council where the gazetteer knows that name."""
    out, toks = [], doc_tokens(doc)
    for i in (k for k, t in enumerate(toks) if k > 1 and t.text in {"Councillor", "Councillors"}) if "Councillor" in doc.text else ():
        if toks[i - 1].lower_ not in COUNCIL_TIERS or not toks[i - 1].is_title:
            continue
        j = i - 1
        while j > max(toks[i].sent.start, i - 5) and toks[j - 1].is_title and toks[j - 1].pos_ == "PROPN" and toks[j - 1].lower_ not in COUNCIL_TIERS:
            j -= 1
        if j < i - 1:
            name = " ".join(t.text for t in toks[j:i - 1]) + f" {toks[i - 1].text} Council"
            out.append(Mention(j, i, name, "Organisation", "context", bodies.by_name.get(name.casefold())))
    return out
