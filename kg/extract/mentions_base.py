"""A mention: a token span of a parsed article that names something, with its type and where the type came
from. Shared by the mention, acronym, entity and relation readers, with the few small checks more than one of them
makes (a 'which' clause's name, a word with a capital inside, a governed body run by its parties, a body named with
given words, a known regulator by any of its names, a body's people or holding opening a sentence, the word a body is named on). Imports model only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Entity

LOCATIVES = {"in", "at", "from", "near", "across"}  # a place after these is used as a place ('in Kelby')
QUOTES = {"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"}  # the marks a quoted title may open or close with
DASHES = frozenset({"-", "\u2013", "\u2014"})  # a hyphen or dash, set off by spaces where it separates parts of a line
YEARS = re.compile(r"(?:19|20)\d\d(?:[-\u2013/](?:19|20)?\d\d)?")  # a year or years written as one word ('2022/25')
COUNCIL_TIERS = frozenset({"county", "city", "district", "borough", "town", "parish"})  # ("Barset County Council": a council's tier)
CALENDAR_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                            "spring", "summer", "autumn", "winter", "christmas", "easter", "today", "yesterday", "tomorrow"})


@dataclass
class Mention:
    """A name in the text, before mentions of the same thing are merged."""

    start: int  # token index
    end: int
    text: str
    type: str
    source: str  # "gazetteer", "head", "context" or "spacy"
    gaz_id: str | None = None
    entity: Entity | None = field(default=None, repr=False)


def crown_post(doc, start: int, lead: int) -> bool:
    """Whether the post whose first word is at *lead* is a crown inspector's ('HM Chief Inspector of …', "His Majesty's
    …", 'HMI …'): one of those words among the three before it, none before *start* (its sentence's first word)."""
    return any(t.text in {"HM", "Majesty", "HMI"} for t in doc[max(start, lead - 3):lead + 1])


def doc_text(doc) -> str:
    """The article's text, read once per article (spaCy's Doc.text joins every token each time it is read)."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def doc_tokens(doc) -> list:
    """The article's tokens as a list, made once per article: doc[i] builds a new Token object every time."""
    toks = doc.user_data.get("kg_tokens")
    if toks is None:
        toks = doc.user_data["kg_tokens"] = list(doc)
    return toks


def span_tokens(span) -> list:
    """A sentence's or line's tokens, from the article's list (iterating a Span builds every Token again)."""
    return doc_tokens(span.doc)[span.start:span.end]


def opens_text(tok) -> bool:
    """A word that opens a sentence, or a piece of text run into a word before it ('photoPartnerships to deliver …', a
    caption glued to a heading in a saved page: the tokenizer splits them)."""
    return tok.is_sent_start or (tok.i > 0 and not (prev := tok.doc[tok.i - 1]).whitespace_ and prev.is_lower and prev.is_alpha)


def lower_case_words(doc) -> set[str]:
    """The words an article writes in lower case (read once per article)."""
    words = doc.user_data.get("kg_lower_words")
    if words is None:
        words = doc.user_data["kg_lower_words"] = {t.text for t in doc if t.is_lower and t.is_alpha}
    return words


def doc_ents(doc) -> list:
    """The tagger's names in the article, as a list made once: doc.ents builds every Span again at each use."""
    ents = doc.user_data.get("kg_ents")
    if ents is None:
        ents = doc.user_data["kg_ents"] = list(doc.ents)
    return ents


def sole_body(tok2ment: dict, start: int, end: int, skip: frozenset[int] = frozenset()) -> Mention | None:
    """The one organisation named between tokens *start* and *end* (its last mention there; not at the tokens in *skip*),
    or None where there are none or several ('the headline's one body', 'the one body named before the post')."""
    found = {id(m.entity): m for i in range(start, end) if i not in skip and (m := tok2ment.get(i)) is not None
             and m.entity is not None and m.entity.type == "Organisation"}
    return next(iter(found.values())) if len(found) == 1 else None


def compound_head(tok):
    """The noun a run of modifiers ends in ('Orton House care home': 'home' for 'House')."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def kind_noun_after(doc, end: int, stop: int, kinds: dict[str, str]):
    """The noun of a body's kind right after a name, read from the words where the parser did not hang the name on it
    ('nurses at the Willow Manor care home in Kelby': 'home', parsed apart); at most two lower-case nouns on."""
    nouns = list(doc[end:min(end + 2, stop)])
    nouns = nouns[:next((k for k, t in enumerate(nouns) if not (t.is_lower and t.pos_ in {"NOUN", "PROPN", "ADV"})), len(nouns))]  # ('home' a mistagged adverb)
    return next((t for t in reversed(nouns) if kinds.get((t.lemma_ or t.lower_).lower()) == "Organisation"), None)


def mention_root(doc, m: Mention):
    """The token a name hangs on in the parse: its span's root, or, where the parser started a sentence
    inside the name ('Sam | Patel, senior lecturer …'), the part attached to the rest of the sentence."""
    span = doc[m.start:m.end]
    root = span.root
    if root.head.i == root.i and len(span) > 1:
        attached = [t for t in span if t.head.i != t.i and not m.start <= t.head.i < m.end]
        if attached:
            return attached[-1]
    return root


def headline_end(doc) -> int:
    """The token where the article's headline ends (its first line break), found once per article."""
    if "kg_headline_end" not in doc.user_data:
        doc.user_data["kg_headline_end"] = next((t.i for t in doc if "\n" in t.text), 0)
    return doc.user_data["kg_headline_end"]


def lead_end(doc) -> int:
    """The token where the article's first sentence after its headline ends (0 with no headline), found once."""
    if "kg_lead_end" not in doc.user_data:
        end = headline_end(doc)
        first = next((t for t in doc[end:] if not t.is_space), None) if end else None  # (the break ends the headline)
        doc.user_data["kg_lead_end"] = first.sent.end if first is not None else 0
    return doc.user_data["kg_lead_end"]


def quoted(tok, sent) -> bool:
    """Whether a word is inside double quotation marks in its sentence (opened before it, or closed after it by a
    quote that began in a sentence before)."""
    marks = [t.i for t in sent if t.text in {'"', "“", "”"}]
    before = sum(1 for i in marks if i < tok.i)
    return before % 2 == 1 or (len(marks) - before) % 2 == 1


def appointee_noun(structure, tok) -> bool:
    """Whether a post noun is the one an appointment names ('the appointment of a new chief fire officer for X',
    'hired a new director'): the person appointed, not the body the post is at (patterns.json role-agent
    'appointing')."""
    owner = tok.head.head if tok.dep_ == "pobj" else tok.head
    return owner.lemma_.lower() in set(structure.structural.get("role-agent", {}).get("appointing", ()))


def numbered_after(toks, j: int) -> bool:
    """Whether the name running on after *j* ends at a bracketed registration number ('… Community Centre (1122974)'):
    a registered charity's or company's whole name, 'and' and all."""
    k = j + 1
    while k < len(toks) and toks[k].text[:1].isupper():
        k += 1
    return (k + 2 < len(toks) and toks[k].text == "(" and toks[k + 1].text.isdigit() and len(toks[k + 1].text) >= 6
            and toks[k + 2].text == ")")


def heading_end(toks, i: int, j: int, structural: dict) -> int:
    """Where a run of names from *i* to *j* ends before a caption's or a form's label ('Sam Patel Picture: …', 'Sam
    Patel Portrait Mr Sam Patel', 'Kelby Home Address Beacon Way …': patterns.json 'caption_words') and a dated
    heading's month (see dated_heading)."""
    j = next((k for k in range(i + 2, j) if toks[k].text in structural["caption_words"]), j)
    return j - dated_heading(toks, i, j, structural)


def dated_heading(toks, i: int, j: int, structural: dict) -> int:
    """1 where the run of names from *i* to *j* ends in a month before a year ('Kelby Youth Alliance March | 2023
    Newsletter'): the month of a dated heading is no part of the name (patterns.json 'calendar-words'); else 0."""
    return int(j - i > 2 and toks[j - 1].text in structural.get("calendar-words", {}).get("words", ()) and j < len(toks)
               and toks[j].like_num and len(toks[j].text) == 4)


def which_subject(span) -> bool:
    """'Kelby Traders Together, which raised £40,000 for the case, said …': a name a 'which' clause describes (a person's
    takes 'who'), the subject of its sentence's verb, is a body."""
    root = span.root
    return root.dep_ == "nsubj" and any(c.dep_ == "relcl" and any(g.lower_ == "which" and g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
                                        for c in root.children)


def not_governed(reader, anchor, spec, subjects: list) -> list:
    """'The Greens and the Independents agreed to run Barset Borough Council', 'X Council is run by the Liberal
    Democrats': a body governed rather than owned (its name ends in one of patterns.json 'governed-bodies' 'heads') is
    no part of those that run or control it (the relations and verbs listed there); other subjects are kept."""
    rule = reader.structure.structural.get("governed-bodies", {})
    if spec.predicate not in rule.get("predicates", ()) or (anchor.lemma_.lower() or anchor.lower_) not in rule.get("verbs", ()):
        return subjects
    return [(s, c) for s, c in subjects if s.entity is None or s.entity.name.split()[-1] not in rule.get("heads", ())]


def camel_case(tok) -> bool:
    """'KelbyGo', 'FixMyStreet', 'Solutions4Health': a word with a capital inside it after lower-case letters (and maybe a digit between
    its parts), which only names are."""
    t = tok.text
    return (tok.is_alpha or t.isalnum() and t[-1].isalpha() and any(c.isdigit() for c in t)) and len(t) > 3 and t[0].isupper() \
        and any(c.isupper() for c in t[1:]) and any(c.islower() for c in t[1:])


def named_with(entity, phrases) -> bool:
    """Whether one of an entity's names holds one of *phrases* as whole words ('Housing Ombudsman Service' holds
    'Ombudsman'; 'Kelby Fire and Rescue Service' holds 'Fire and Rescue Service')."""
    return any(f" {p} " in f" {n} " for n in (entity.name, *entity.aliases) for p in phrases)


def trailing_examples(tok) -> list:
    """'12 charities supporting victims of domestic abuse, including A and B': an 'including' set off by a comma at the end
    of the words that describe a plural noun (hung by the parser on their last noun) gives that noun's examples."""
    inside = [t for c in tok.children if c.dep_ in {"acl", "prep", "relcl"} and c.i > tok.i for t in c.subtree]
    return [t for t in inside if t.lower_ == "including" and t.dep_ == "prep" and t.head.i != tok.i and t.doc[t.i - 1].text == ","]


def hyphened_start(doc, k: int) -> int:
    """The first token of the hyphened word token *k* ends ('vice-chair' split at its hyphen: 'vice')."""
    while k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_:
        k -= 2
    return k


def is_regulator(entity, regulators: frozenset[str]) -> bool:
    """A known regulator by any of its names, a country's name before it aside ('the UK Financial Reporting
    Council', 'Britain's Competition and Markets Authority' as the tagger may run them together; or 'The' before it, as
    official names have it: 'The Charity Commission')."""
    return any(folded in regulators or (first in _NATIONS and rest in regulators)
               for folded in (n.casefold().removeprefix("the ") for n in (entity.name, *entity.aliases)) for first, _, rest in [folded.partition(" ")])


_NATIONS = frozenset({"uk", "uk's", "british", "britain's", "english", "scottish", "welsh"})


def ends(anchor, verb, words, bygone=()) -> bool:
    """Whether *verb*, which holds a trigger's noun (*anchor*), is one of the ending verbs *words* ('has ended its contract
    with X'; read with its particle: 'pulled out of its collaboration with Y'), or the trigger verb's infinitive is ('A and B
    agreed to end their contract'); or the verb says, by one of *bygone* ('previously run by X'), that it held only before."""
    def said(v) -> str:
        return " ".join([v.lemma_.lower(), *(c.lower_ for c in v.children if c.dep_ == "prt" or c.dep_ in {"prep", "advmod"} and c.lower_ in {"out", "away", "back", "up"})])
    return (anchor.i != verb.i and said(verb) in words) or any(c.dep_ == "xcomp" and said(c) in words or c.dep_ == "advmod" and c.lower_ in bygone for c in verb.children)


def title_before_person(tok2ment: dict, tok) -> bool:
    """Whether *tok* is a capitalised title right before a person's name ('Councillor Jo Bloggs'): a word of the name as
    it is written, not one a trigger may count ('elected Councillor X as leader' elects no councillor)."""
    m = tok2ment.get(tok.i + 1)
    return tok.text[:1].isupper() and m is not None and m.start == tok.i + 1 and (m.entity.type if m.entity is not None else m.type) == "Person"


def but_clause(tok) -> bool:
    """Whether *tok* is a verb joined by 'but' to the clause above it ('found X breached its rules, but decided not to act'): a
    clause of its own, whose words (its 'not') say nothing of the one it is joined to."""
    return tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} and c.i < tok.i
                                                                       for c in (*tok.children, *tok.head.children))  # (its 'but' hung on either verb)


def member_opener(tok, openers) -> bool:
    """'Members of Kelby Housing Association have voted', 'Ownership of X will pass …': one of *openers* (patterns.json
    'member-openers') opening a sentence, right before 'of' or 'at' — the people or the holding of the body named after."""
    return bool(tok.is_sent_start) and tok.lower_ in openers and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in {"of", "at"}


def post_noun(tok):
    """The word a body is named after 'of' or 'at' on, a post's where it is one ('director of X', 'chief operating officer at X'), if any."""
    return tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {"of", "at"} else None
