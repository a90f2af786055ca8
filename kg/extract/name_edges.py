"""Where a name starts and ends: the words around a run of capitals that belong to it or not ('the', 'New',
'Cllr', 'UK', 'Her Majesty's', an open bracket, a capitalised 'In' inside a sentence); name_splits reads a tagged run
that is two names.
Imports vocab, resolve (currency codes), extract.mentions_base and extract.pipeline (the gazetteer's span key).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..resolve import CURRENCY_CODES
from ..vocab.lexicon import name_openers
from .mentions_base import DASHES, QUOTES, camel_case, doc_text, headline_end, member_opener
from .pipeline import GAZ_SPANS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..vocab.lexicon import TypeRules

LEADING_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
OPENING_ADJECTIVES = {"new", "former", "previous", "interim", "acting"}  # 'New Barset Council chief named': not the name's


def trim_edges(doc: Doc, start: int, end: int, label: str, rules) -> tuple[int, int]:
    """'Chief Constable Jo Bloggs' tagged as one person: the post is not part of the name; 'told Harbour Weekly the
    Brackley Council penalty', 'rates Wexshire Police as Inadequate', 'Dorset Council to Launch …': two runs, not one."""
    posts = rules.post_words | rules.post_modifiers
    k = end + (end < len(doc) and doc[end].text == ".")
    if label == "GPE" and end - start == 1 and k < len(doc) and doc[k].is_currency and doc[k + 1:k + 2].text[:1].isdigit():
        return start, start  # 'US$40m', '(U.S. $51,000)': the currency's country, part of the sum
    while label == "PERSON" and end - start > 2 and doc[start].text in posts and doc[start + 1].text[:1].isupper():
        start += 1
    if end - start > 1 and doc[start].text in rules.place_prefixes and doc[start + 1].is_title:
        start += 1  # 'Co. Kelby': a county's short title, then its name
    start += 2 * (end - start > 2 and doc[start + 1].text in DASHES and not doc[start].whitespace_ and doc[start + 1].whitespace_ != ""
                  and opens_line(doc, start))  # 'KELBY- Kelby Public Health Director X': a dateline's place and its dash
    start = next((j + 1 for j in range(end - 2, start - 1, -1) if doc[j].is_lower and doc[j].pos_ in {"ADJ", "NUM", "DET", "NOUN", "PROPN"}
                  and doc[j + 1].is_title and (not any(t.is_title for t in doc[start:j]) or doc[j].lower_ in rules.context_words)), start)
    # a description is no part of a name: "the company's fourth Public Inquiry", 'challenger bank Kelby Bank', 'AI
    # company Acme Health', 'Kelby company Acme Parking' (a place, then the kind of body it is)
    end = before_post(doc, start, end, rules) if label != "PERSON" else end
    start = next((b + 1 for a, b in gaz_spans(doc, "Organisation") if a < start < b < end - 1 and doc[b].text in {"'s", "’s"}), start)
    # ("Sport's Advisory Board" tagged, cut from "the Department for Culture, Media and Sport's Advisory Board")
    end = next((k for k in range(start + 1, end) if doc[k].is_currency or (doc[k].text in CURRENCY_CODES and doc[k + 1:k + 2].text[:1].isdigit()) or (doc[k].text in DASHES and doc[k - 1].whitespace_
                and doc[k].whitespace_ and (start, k) in gaz_spans(doc, "Organisation"))), end)  # 'Torfaen - £41,000': no name
    # holds a sum ('Kelby Agency EUR 8,000' too); 'Salford City Council - Minutes of the Cabinet': a known body's name, then a heading after a dash
    if label == "ORG" and end - start > 3 and doc[start + 1].lower_ in {"under", "from", "by", "between", "against"} and (
            rules.head_words.get(doc[end - 1].text) == "Organisation" or doc[end - 1].text in LEGAL_ENDINGS):  # (not 'Access to …')
        start += 2  # 'the Contract under Kelby Care Limited': a capitalised noun and its preposition before a body's name
    end = next((k for k in range(start + 1, min(end, headline_end(doc))) if doc[k].tag_ in {"VBZ", "VBP"} and doc[k].pos_ == "VERB"
                and doc[k].is_title), end)  # 'Kelby Council Scheme Announces Funding', 'A and B Agree to …': a headline's verb ends the name
    if label in {"ORG", "GPE", "PERSON"}:  # 'Sandwell Council: Commissioners brought in': a headline's topic, then its news
        end = next((k for k in range(start + 1, end) if doc[k].text in {":", ";"}), end)  # (a list's ';': 'A Partnership; Places …')
    if label != "GPE":  # 'Wolf Law Solicitors of Birkenhead, Merseyside' tagged as one: a firm, then its address
        end = before_address(doc, start, end, rules)
    if label == "PERSON":  # 'Jo Bloggs Essex County' tagged, where the gazetteer's 'Essex County Council' starts inside and
        end = next((a for a, b in gaz_spans(doc, "Organisation") if start + 1 < a < end < b), end)  # runs on: the person ends there
    comma = next((k for k in range(start + 1, end - 1) if doc[k].text == ","), None)
    if label != "PERSON" and comma is not None and doc[start].text in posts and doc[comma + 1].is_title:
        start = comma + 1  # 'Controller of Audit, Audit Scotland' tagged as one: a post, then its body
    if start > 0 and doc[start - 1].text in QUOTES and (shut := next((k for k in range(start + 1, end - 1) if doc[k].text in QUOTES), None)):
        start = shut + 1  # "'Outstanding' Exning Primary School" tagged as one: a quoted word, then the name
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in {"the", "a", "an", "as"} and doc[k - 1].is_title and doc[k - 1].pos_ != "ADP" and not (
                doc[k].text == "A" and doc[k - 1].text in rules.given_names) and not (  # ('Jane A Smith': a middle initial;
                start > 0 and end < len(doc) and doc[start - 1].text in QUOTES and doc[end].text in QUOTES):  # a quoted title whole)
            return start, k
        if rules.honorific(doc[k].text) and doc[k + 1].is_title and (label != "PERSON" or doc[k].text in PEERS):
            return start, k  # 'Cabinet Member for Wellbeing Cllr Jo Bloggs' tagged as one body: the title opens a person;
            # 'Lord Soley Baroness Stern' (a list of members with no commas): a peer's title opens the next
        if doc[k].text in DASHES and doc[k].whitespace_ and (doc[k + 1].is_lower or doc[k - 1].whitespace_) and not (
                all(t.is_space for t in doc[k + 2:end]) and doc[k + 1].text in rules.never):  # (not 'Leadership - Good': no name)
            return start, k  # 'Jo Bloggs - fined £6,000', 'Ifti Majid - CQC Well-led report' tagged as one: a spaced dash ends a name
        if doc[k].lower_ == "to" and (start, k) in gaz_spans(doc, "Organisation"):
            return start, k  # 'Dorset Council to Launch Services App': a known body's name never runs on with 'to'
    return start, end


def gaz_spans(doc: Doc, label: str) -> frozenset[tuple[int, int]]:
    """The gazetteer's spans of one type ('Place', 'Organisation') in *doc*, read once per article."""
    cache = doc.user_data.setdefault("kg_gaz_spans", {})
    if label not in cache:
        cache[label] = frozenset((g.start, g.end) for g in doc.spans.get(GAZ_SPANS, []) if g.label_ == label)
    return cache[label]


def inside_hyphenated(doc: Doc, k: int) -> bool:
    """A hyphen, or a word between hyphens, inside a name written without spaces ('Stoke-on-Trent'; not 'Kelby Council-run')."""
    tok = doc[k]
    if tok.text == "-":
        return 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ and not tok.whitespace_ and (doc[k + 1].text[:1].isupper() or inside_hyphenated(doc, k + 1))
    return (tok.is_lower and 0 < k < len(doc) - 1 and doc[k - 1].text == "-" and doc[k + 1].text == "-"
            and not doc[k - 1].whitespace_ and not tok.whitespace_)


def unit_of_known(toks, j: int, known_bodies, structural: dict) -> bool:
    """'the Appeals Panel of the Care Quality Commission': a unit's name (patterns.json 'unit-of'
    'heads') ends at the 'of' before a body the gazetteer knows, which the unit is part of (objects.unit_parents)."""
    k = j + 1 + (j + 1 < len(toks) and toks[j + 1].lower_ == "the")
    return toks[j].lower_ == "of" and toks[j - 1].text in structural.get("unit-of", {}).get("heads", ()) \
        and any(a == k for a, _ in known_bodies)



LEGAL_ENDINGS = {"Ltd", "Limited", "plc", "Plc", "PLC", "LLP"}
PEERS = {"Lord", "Baroness", "Lady", "Viscount", "Earl"}  # titles no one's given or family name is, inside a run of names


def bracketed_qualifier(toks, j: int, head_words: dict[str, str] | None = None) -> int | None:
    """'Formula Scaffolding (London) Limited', 'the Environmental Permitting (England and Wales) Regulations
    2016', 'the Expanding Excellence in England (E3) Fund': a bracket of capitalised words before a legal ending
    (or a law's or programme's head word) is inside the name.
    At its opening bracket, the index of its closing one; else None."""
    n = len(toks)
    if toks[j].text != "(" or j + 2 >= n or not toks[j + 1].text[:1].isupper():
        return None
    for k in range(j + 2, min(j + 6, n - 1)):
        if toks[k].text == ")":
            after = toks[k + 1].text
            inside = all(t.text[:1].isupper() or t.lower_ in {"and", "&"} for t in toks[j + 1:k])
            if inside and after == "(" and (nxt := bracketed_qualifier(toks, k + 1, head_words)) is not None:
                return nxt  # two brackets in a row: 'the Public Bodies (Joint Working) (Scotland) Act 2014'
            return k if inside and (after in LEGAL_ENDINGS or (head_words or {}).get(after) in {"Policy", "Programme"}) else None
        if toks[k].text == "(":
            return None
    return None


def national_qualifier(doc: Doc, start: int, end: int, qualifiers: frozenset[str]) -> int:
    """1 for 'UK' in 'the UK Ministry for Housing, …' when the rest is a body the gazetteer knows, else 0."""
    return int(end - start > 1 and doc[start].text in qualifiers and (start + 1, end) in gaz_spans(doc, "Organisation"))


def run_start(doc: Doc, i: int, j: int, rules: TypeRules) -> int:
    """Where a run of proper nouns starts as a name: with the capitalised adjectives before it and a capitalised
    noun joined by 'of' ('Cost of Living Support Scheme', not a post's 'Leader of'), without an adjective opening
    the sentence ('New …'), an honorific ('Cllr Jo Bloggs') or a post before 'of' ('Chair of …')."""
    while (i >= 2 and (doc[i - 1].lower_ == "of" or (doc[i - 1].lower_ == "for" and i >= 3 and doc[i - 3].is_lower))
           and doc[i - 2].pos_ == "NOUN" and doc[i - 2].is_title and not doc[i - 2].is_sent_start and not opens_line(doc, i - 2)
           and doc[i - 2].text not in rules.post_words | rules.post_modifiers):
        i -= 2  # ('Places for People Group' after a lower-case word; not 'Funding for Kelby Council' in a headline)
    if (i > 0 and doc[i - 1].pos_ in {"DET", "PRON"} and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start
            and doc[i - 1].lower_ not in LEADING_DETERMINERS and doc[i - 1].text != "I"):
        i -= 1  # 'All Saints CiW Primary School', 'What Works Centre': a capitalised determiner or pronoun inside the name
    i = past_opening_adjective(doc, capitalised_modifiers(doc, i, j, rules), j)
    while j - i > 2 and rules.honorific(doc[i].text) and not rules.names_a_body(doc[j - 1].text):
        i += 1  # (not 'the Councillor Conduct Committee', a body's name)
    return after_post(doc, i, j, rules)


def before_address(doc: Doc, start: int, end: int, rules) -> int:
    """Where a firm's name ends before its address: at an 'of' after a word that ends firms' names ('Kelby Fuels of
    Ludlow', 'Acme Ltd of Canal Lane': patterns.json 'address_heads'), or after a body's head word when a street's
    or an estate's follows ('Kelby Trust of Mill Road'), or at an 'on' after such a word before a place the gazetteer knows
    ('Waterside Leisure Centre on Canvey Island'); else *end*."""
    return next((k for k in range(start + 1, end - 1) if (doc[k].lower_ == "of" and (doc[k - 1].text in rules.address_heads or (
        rules.head_words.get(doc[k - 1].text) == "Organisation" and rules.head_words.get(doc[end - 1].text) == "Place"))) or (
        doc[k].lower_ == "on" and rules.head_words.get(doc[k - 1].text) in {"Organisation", "Programme"}
        and (k + 1, end) in gaz_spans(doc, "Place"))), end)


def before_post(doc: Doc, start: int, end: int, rules) -> int:
    """'UK Research and Innovation Chief Executive, Jo Bloggs', 'the Kelby Trust Chief Executive': a body's name,
    then a post of two words or more (or one, after a body's name of two words or more: 'the Kelby Labour Group Whip'),
    run together; the body ends before the post — or at a known body's own name where its unit comes between ('Ofcom
    Markets Group Director', 'the Conservative Group Whip')."""
    posts, k = rules.post_words | rules.post_modifiers, end
    known = gaz_spans(doc, "Organisation")
    if end < len(doc) and doc[end].text in rules.post_words and (g := _known_opening(known, start, end)):
        return g  # 'Ofcom Markets Group Director X': the post after the run
    field = next((j for j in range(start + 1, end) if all(t.text in rules.portfolios for t in doc[j:end])), end)  # 'Kelby Public Health
    if end - field >= 2 and end < len(doc) and doc[end].text in rules.post_words and (start, end) not in known:  # Director X': two
        return field  # field words or more before the post after the run are the post's
    while k - 1 > start and doc[k - 1].text in posts:
        k -= 1
    one = k - start >= 2 and not any(start <= a and b < k and b - a > 1 for a, b in known)  # (not a known body's name and
    # more words: 'The National Lottery Heritage Fund Northern Ireland NI Committee Chair')
    if doc[end - 1].text in rules.post_words and (end - k >= 2 or one):
        if end - k == 1 and (g := _known_opening(known, start, k)):
            return g
        if (start, k) in known or rules.head_words.get(doc[k - 1].text) == "Organisation":
            return k
    return end


def _known_opening(known: frozenset[tuple[int, int]], start: int, stop: int) -> int:
    """The end of the longest known body's name opening at *start* and ending before *stop*; 0 if none."""
    return max((b for a, b in known if a == start and b < stop), default=0)


def after_post(doc: Doc, i: int, j: int, rules) -> int:
    """'Chair of Harbour Councils UK', 'Principal of Harbour College': a post, then the body's name, which starts
    after its 'of' (but 'Head of Customer Service' is a post and its remit, no name at all); 'Director of Operations
    for Kelby Care': the post's field ('portfolios') tagged with the body after its 'for/at'."""
    k = i
    while k < j - 3 and doc[k].text in rules.post_words and doc[k + 1].lower_ in {"and", "&"}:
        k += 2  # ('GP and Clinical Director for X', 'Chair and Chief Executive of X': two posts held there)
    opened = k
    while k < j - 2 and (doc[k].text in rules.post_modifiers or doc[k].text == "-") and doc[k + 1].lower_ not in {"of", "for"}:
        k += 1  # (a word that is both, 'Principal', is the post when 'of' follows it)
    def post(k: int) -> bool:  # a post's word at k ('Clinical Lead for X': a field's post word after a modifier)
        return k < j - 2 and (doc[k].text in rules.post_words or k > opened and doc[k].text in rules.field_posts)
    if (field := i if i >= 2 and doc[i - 1].lower_ in {"of", "for"} and doc[i - 2].text in rules.post_words else
            k + 2 if post(k) and doc[k + 1].lower_ in {"of", "for"} else None) is not None:
        q = field
        while q < j - 2 and (doc[q].text in rules.portfolios or doc[q].lower_ in {"and", "&"} and q > field):
            q += 1
        if q > field and doc[q].lower_ in {"for", "at"} and (doc[q + 1].is_title or doc[q + 1].is_upper or doc[q + 1].lower_ == "the"):
            return q + 1 + (doc[q + 1].lower_ == "the" and q + 2 < j)
    if k == i and k < j - 3 and doc[k].is_title and doc[k].is_alpha and doc[k].text not in rules.post_words \
            and doc[k + 1].text in rules.post_words and doc[k].ent_type_ not in {"GPE", "LOC", "NORP"} and (k, k + 1) not in gaz_spans(doc, "Place"):
        k += 1  # 'Finance Director of X Ltd', 'Company Secretary of X Ltd': the post's field (not a place's name), then its word
    last = doc[j - 2].text if doc[j - 1].text in rules.national_qualifiers and j - k > 3 else doc[j - 1].text
    if (post(k) and doc[k + 1].lower_ in {"of", "for"}
            and "Organisation" in {rules.head_words.get(last), rules.head_words.get(last.removesuffix("s"))}):
        return k + 2 + (doc[k + 2].lower_ == "the" and k + 3 < j)
    if k < j - 2 and doc[k].text in rules.body_posts and doc[k + 1].lower_ == "of" and all(
            (t.is_title or (t.text == "-" and not t.whitespace_) or (doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_))
            and t.text not in rules.portfolios and t.lower_ not in rules.member_nouns for t in doc[k + 2:j]):  # ('Co-operation Ireland')
        return k + 2  # 'Chairman of Peabody', 'Chief Executive of Family Mosaic': a body's own name after a post held there
    return i


def post_after_name(doc: Doc, i: int, j: int, rules) -> int:
    """'Sylvia Peacock, Vice Chair Golden Gardens, said', 'Jo Bloggs, Chief Executive Kelby Housing': a name, a comma,
    the post its holder has and, with no 'of', the body it is at: the body's name starts after the post."""
    posts, h = rules.post_words | rules.post_modifiers, i
    while h > 0 and doc[h - 1].text in posts:
        h -= 1  # (the tagger's name may start inside the post: 'Vice | Chair Golden Gardens')
    if h < 2 or doc[h - 1].text != "," or not doc[h - 2].is_title:
        return i
    k = h
    while k < j - 1 and doc[k].text in posts:
        k += 1
    return k if k > i and doc[k - 1].text in rules.post_words and doc[k].is_title and doc[k].text not in rules.never else i


def run_bounds(doc: Doc, toks: list, i: int, j: int, rules, judge) -> tuple[int, int]:
    """Where a run of proper nouns starts and ends as a name: without a sentence's opening article ('A Kelby Trust
    board member …'), a bare body noun before a person ('Chair of the Trust Anne Shaw'), or a person named right
    after a body ('Chair of the Accounts Commission Sam Okafor said': the body ends before the person) or a title."""
    i = run_start(doc, i, j, rules)
    i -= 2 * (i > 1 and toks[i - 1].text in {"-", "\u2011"} and not toks[i - 2].whitespace_ and not toks[i - 1].whitespace_
              and toks[i - 2].is_title)  # ('a Non-Departmental Public Body': the run starts at its hyphened word's first part)
    i += j - i > 2 and toks[i].is_sent_start and toks[i].lower_ in LEADING_DETERMINERS
    i, j = post_after_name(doc, i, j, rules), before_post(doc, i, j, rules)
    if j - i > 2 and toks[i].text in rules.never and judge.is_given_name_run(doc[i + 1:j]):
        return i + 1, j
    if (k := _person_before_known_body(doc, toks, i, j, rules, judge)) is not None:
        return i, k  # 'Cllr Jo Bloggs Essex County Council Sam Smith …': a membership table flattened into a line
    titled = next((k for k in range(i + 1, j - 1) if rules.honorific(toks[k].text) and toks[k + 1].is_title), None)
    if titled is not None:  # 'Cabinet Member for Wellbeing Cllr Jo Bloggs': the run ends before the title
        return i, titled
    if (address := before_address(doc, i, j, rules)) < j:  # 'Kelby Fuels of Ludlow': a firm and its address
        return i, address
    for n in (2, 3):
        if j - n > i and toks[j - n - 1].ent_type_ != "PERSON" \
                and judge.is_given_name_run(doc[j - n:j]) and judge.head_type(doc[j - n:j]) is None \
                and (rules.head_words.get(toks[j - n - 1].text) == "Organisation"
                                                               or toks[j - n - 1].text in rules.post_words):
            end = before_post(doc, i, j - n, rules)  # ('the Kelby Trust Chief Executive Jo Bloggs'; 'Chief Constable
            return after_post(doc, i, end, rules), end  # of Kelby Police Jo Bloggs': the body after the post's 'of')
    return i, j


SPEECH_FORMS = frozenset({"said", "says", "added", "adds", "told", "tells", "explained", "warned", "commented"})  # (reporting verbs as written)


def body_before_person(toks, start: int, end: int, known, rules) -> int:
    """'Essex County Council Jo Bloggs Environment Agency …' (a membership table flattened into a line) read as one run:
    a body the gazetteer knows opening the run ends it where a person's given name follows, or where a speaker's name
    follows it (speaker_after_body: 'Local Government and Social Care Ombudsman Amerdeep Somal said')."""
    return next((b for a, b in known if a == start and b < end - 1 and (
        (toks[b].text in rules.given_names and toks[b + 1].is_title) or speaker_after_body(toks, b, end))), end)


def speaker_after_body(toks, b: int, end: int) -> bool:
    """Two or three capitalised words from *b* to the run's end, right before a reporting verb: a speaker's name
    written after their body's (or office's) name, whatever their given name."""
    return 2 <= end - b <= 3 and end < len(toks) and toks[end].lower_ in SPEECH_FORMS and all(
        t.is_title and t.is_alpha for t in toks[b:end])


def _person_before_known_body(doc: Doc, toks, i: int, j: int, rules, judge) -> int | None:
    """Where a person's name (a given name and a surname, maybe after honorifics) ends right before a body the
    gazetteer knows, inside one run of proper nouns: the run is the person's alone."""
    h = i
    while h < j and rules.honorific(toks[h].text):
        h += 1
    a = h + 2  # (a given name and a surname: not 'Jo Bloggs Welsh' before 'Labour', a party's national arm)
    return a if a < j and any(s == a for s, _ in gaz_spans(doc, "Organisation")) and all(
        t.is_title and t.is_alpha for t in toks[h:a]) and judge.is_given_name_run(doc[h:a]) else None


def before_open_bracket(doc: Doc, start: int, end: int) -> int:
    """'Higher Education Funding Council (Hefce' tagged as one name: a name has no bracket left open; "X's 'Named
    Programme'" tagged as one name: X ends at its possessive."""
    opened = next((k for k in range(start + 1, end) if doc[k].text == "("), None)
    if opened is not None and not any(doc[k].text == ")" for k in range(opened, end)):
        end = opened
    return next((k for k in range(start, end - 1) if doc[k].text in {"'s", "’s"} and doc[k + 1].text in {"'", '"', "‘", "“"}), end)


def ordinal_end(doc: Doc, start: int, end: int) -> int:
    """'Worcestershire Children First' tagged as a name and an ordinal: a capitalised ordinal ending the run ends the
    name; so does a one-digit number the parser hangs on the name, its phase or sequel ('Crossrail 2')."""
    after = doc[end] if end < len(doc) else None
    phase = after is not None and len(after.text) == 1 and after.text.isdigit() and after.dep_ == "nummod" and after.head.i == end - 1 \
        and doc[end - 1].pos_ == "PROPN" and not (end + 1 < len(doc) and doc[end + 1].like_num)
    ok = end - start >= 2 and after is not None and after.ent_type_ == "ORDINAL" and after.is_alpha and after.is_title
    return end + 1 if phase or (ok and not (end + 1 < len(doc) and doc[end + 1].is_title)) else end


def past_opening_adjective(doc: Doc, start: int, end: int, openers=()) -> int:
    """'New Barset Council chief is named': an adjective opening a sentence or headline before a name the article names again
    without it ('former', 'previous' always) is no part of the name; nor is any word but a place opening a sentence before a known name,
    nor a participle the tagger left out of the name it tagged after it ('Troubled Kelby Council'), nor one of *openers* and its 'of' or
    'at' ('Ownership of Barset Waste Services will transfer …': patterns.json 'member-openers')."""
    if start + 2 < end and member_opener(doc[start], openers):
        return start + 2
    if start + 1 < end and doc[start].is_sent_start and not doc[start].is_upper and (start + 1, end) in gaz_spans(doc, "Organisation") \
            and (start, start + 1) not in gaz_spans(doc, "Place"):  # (a place's branch of a known body: 'Bristol Mind')
        return start + 1
    if (start + 1 < end and doc[start].is_sent_start and doc[start].lower_ in OPENING_ADJECTIVES
            and (doc[start].lower_ in {"former", "previous"} or doc_text(doc).lower().count(doc[start + 1:end].text.lower()) > 1)):
        return start + 1  # ('Former Kelby Council leader X': never a name's own word)
    if start + 2 < end and doc[start].is_sent_start and doc[start].lower_.endswith(("ed", "ing")) and doc[start].ent_iob_ == "O" \
            and doc[start + 1].ent_iob_ == "B":  # 'Troubled Kelby Council has …': a participle the tagger left out of the name after it
        return start + 1
    if start + 1 < end and doc[start].is_sent_start and doc[start].tag_ == "JJS":  # 'Biggest ICO fines of 2023': a superlative,
        text = doc_text(doc).lower()  # where the article names the rest without it
        return start + (text.count(doc[start + 1:end].text.lower()) > text.count(doc[start:end].text.lower()))
    return start


def capitalised_modifiers(doc: Doc, start: int, end: int = 0, rules=None) -> int:
    """'the Safe Steps Helpline': capitalised adjectives right before a name, inside a sentence, are part of it
    (a sentence's first word is capitalised anyway, so it is not taken, unless the name is a registered
    company's, a fixed string: 'Direct Choice Home Improvements Limited was fined', or it is on a plural noun of the
    name: 'Little Stars Nursery has closed', or the name ends in a body's head word and the word is no participle nor
    one of the *rules*' open describers: 'Little Owls Nursery has closed', not 'Local Kelby Council officers'); so is a
    capitalised preposition after a lower-case word ('the operator In Step Games'); so is a word in camel case hung on the
    name, which only a name is, wherever it stands ('WorkWell Kelby is funded by …')."""
    while start > 0 and camel_case(doc[start - 1]) and doc[start - 1].pos_ == "PROPN" and start <= doc[start - 1].head.i < max(end, start + 1):
        start -= 1
    named = end > 0 and (doc[end - 1].text in LEGAL_ENDINGS or rules is not None and rules.head_words.get(doc[end - 1].text) == "Organisation"
                         and end - start >= 2 and start > 0 and not doc[start - 1].lower_.endswith(("ed", "ing"))
                         and doc[start - 1].lower_ not in rules.open_describers)  # (a registered firm's name, or a body's)
    while (start > 0 and (doc[start - 1].pos_ == "ADJ" or (doc[start - 1].tag_ == "PRP$" and start > 1 and doc[start - 2].pos_ == "DET"))
           and doc[start - 1].is_title
           and ((not doc[start - 1].is_sent_start and not opens_line(doc, start - 1))  # ('the My Local Services app')
                or ((named or doc[start].tag_ == "NNPS") and doc[start - 1].lower_ not in OPENING_ADJECTIVES))):  # (a possessive
        # after an article only:
        start -= 1  # not "'Our Kelby Fund will …'"
    if (start > 1 and doc[start - 1].pos_ == "ADP" and doc[start - 1].is_title and doc[start - 2].is_lower
            and doc[start - 2].is_alpha and not opens_line(doc, start - 1)):  # 'fined operator In Touch Games':
        start -= 1  # a capitalised 'In' after a lower-case word opens a name (a headline in title case has no such word)
    return start


def name_prefix(doc: Doc, start: int) -> int:
    """'Her Majesty's Inspectorate of Education' tagged without its first words: a title that opens names
    (patterns.json 'name_spellings': 'HM ', 'Her Majesty's ') right before a name is part of it."""
    for n in (3, 2, 1):
        if start - n >= 0 and "".join(t.text_with_ws for t in doc[start - n:start]) in name_openers():
            return start - n
    return start


def opens_line(doc: Doc, i: int) -> bool:
    """Whether token *i* opens its line (a heading's first word is capitalised anyway)."""
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def person_edges(doc: Doc, start: int, end: int, rules: TypeRules) -> tuple[int, int]:
    """'Simon | John Varley': where a person's name starts when the tagger left out the first of two given names; 'Chief
    Constable Neil | Grady': where it ends when the tagger took a post's last word and a given name for the name, leaving out the surname."""
    while start > 0 and doc[start - 1].is_title and doc[start - 1].text in rules.given_names:
        start -= 1
    if end - start >= 2 and end < len(doc) and doc[end - 1].text in rules.given_names and doc[start].text in rules.post_words \
            and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_ and doc[end - 1].head.i == end:
        return end - 1, end + 1
    return start, end


def titled_person(toks, i: int, j: int, rules: TypeRules) -> bool:
    """Whether the run of names from *i* to *j* holds a person's title before a name ('Cllr X', 'Dr X'), or is a name
    the tagger calls a person's that opens with a common given name ('Jo Bloggs of Kelby-based X'): a person's
    name does not run on through 'for' or 'of' ('Cllr X for Bushey'); 'Lord' and 'Lady' also open offices' names."""
    return any(rules.honorific(toks[k].text) and toks[k].text not in {"Lord", "Lady"} and toks[k + 1].pos_ == "PROPN"
               for k in range(i, j - 1)) or (1 < j - i < 4 and toks[i].text in rules.given_names
                                              and all(toks[k].ent_type_ == "PERSON" for k in range(i, j)))


def capitalised_nouns(doc: Doc, i: int, j: int) -> int:
    """'a revised Environment Strategy': capitalised common nouns the tagger did not take for proper ones, inside a
    sentence and modifying a word of the name from *i* to *j*, are part of it (not before a plural: 'five Leisure
    Centres' are no name)."""
    while j > i and doc[j - 1].tag_ not in {"NNS", "NNPS"} and i > 0 and doc[i - 1].pos_ == "NOUN" and doc[i - 1].is_title and doc[i - 1].dep_ == "compound" and i <= doc[i - 1].head.i < j \
            and not doc[i - 1].is_sent_start and not opens_line(doc, i - 1):
        i -= 1
    return i



def honours_edges(doc: Doc, start: int, end: int, honours: frozenset[str], paired) -> tuple[int, int]:
    """'Jo Bloggs CBE': the honours and degrees written after a person's name are in the mention (the parse hangs
    on them; the tagger may stop before them) but not in the name; a degree that is also a body's short name ('BA')
    only before another of them ('David Hale BA MSc MRTPI'; patterns.json 'paired-post-nominals'). Returns where the
    mention and the name end."""
    while end < len(doc) and end - start >= 2 and (doc[end].text in honours or doc[end].text in paired and end + 1 < len(doc)
                                                  and doc[end + 1].text in honours):
        end += 1
    named = end
    while named - start > 2 and (doc[named - 1].text in honours or doc[named - 1].text in paired and named < len(doc) and (
            doc[named].text in honours or doc[named].text in paired)):
        named -= 1
    return end, named
