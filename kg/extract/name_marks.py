"""Marks right around a name that say what it is, or that it is none: a hyphened word after it ('Barset-born': a
place's; 'Grenfell-style': likened to, no party to the facts), a county's short title before it ('Co. Kerry'), quotes
after 'be in' (a state: 'found to be in "Serious Breach"'), a lower-case kind after 'a' ('a Leicestershire council':
some council there, not the gazetteer's), the lower-case kind after it ('Barset Manor care home'), a sanction acting on it,
'as' and a post after it (a person's: 'appointed Helen Ward as its chair'), an owner's possessive before it and a kind of
work after it (the work's: "X's Warm Homes programme"), a post's 'of' before it (the post's place: 'the Mayor of Orton, the
ceremonial head of …'), a hyphened kind set beside it ('a spin-out');
and runs that name nothing (a file's name, a common phrase capitalised, a kind of body in the plural). Helpers of entity typing and mentions. Imports extract.mentions_base, extract.name_edges and
extract.post_titles.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mentions_base import YEARS, doc_text, headline_end, lower_case_words, member_opener, which_subject
from .name_edges import gaz_spans
from .post_titles import names_a_post

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..vocab.lexicon import StructureRules, TypeRules


def place_suffixed(rules: TypeRules, doc: Doc, end: int) -> bool:
    """'Barset-born', 'Kelby-based': the name ending at *end* is joined by a hyphen to a word saying it is a place's."""
    return _hyphened_to(doc, end, rules.place_suffixes)


def likened(rules: TypeRules, doc: Doc, end: int) -> bool:
    """'Grenfell-style cladding', 'an Ofsted-type inspection': the name ending at *end* is joined by a hyphen to a word
    likening something to it ('likeness_suffixes')."""
    return _hyphened_to(doc, end, rules.likeness_suffixes)


def _hyphened_to(doc: Doc, end: int, words: frozenset[str]) -> bool:
    """Whether the name ending at *end* is joined by a hyphen, with no space either side, to one of *words*."""
    return (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
            and doc[end + 1].lower_ in words)


def passing_known_name(rules: TypeRules, doc: Doc, span) -> bool:
    """A known name's words used for something else: likened to ('an Ofsted-style inspection'), or a body's kind in
    lower case after 'a' ('a Leicestershire council' is some council there, named later, not the county's)."""
    return likened(rules, doc, span.end) or (span[-1].is_lower and not any(t.is_lower for t in span[:-1]) and span.start > 0
                                             and doc[span.start - 1].lower_ in {"a", "an", "another"}) or common_headline_opening(doc, span)  # (not
    # 'a What Works Centre for …')


def common_headline_opening(doc: Doc, span) -> bool:
    """'Crisis cafe opens' (the text: 'a crisis cafe'): one word opening a headline in sentence case, before a
    lower-case noun it describes, that the text writes in lower case too — a common word, not the body the gazetteer
    knows by it ('Ofsted report published' names the body)."""
    head = span[0].head if len(span) == 1 and span.start == 0 and span.end < headline_end(doc) else None
    return head is not None and head.pos_ == "NOUN" and head.i < headline_end(doc) and all(t.is_lower for t in doc[span.end:head.i + 1]) \
        and span[0].lower_ in lower_case_words(doc)


def money_recipient(span: Span, structure: StructureRules, contracts_only: bool = False) -> bool:
    """'has given £120,000 to Barset Victim Support': a name in the 'to' phrase of a giving verb (patterns.json
    'money-recipients') whose object, or passive subject, is a sum receives money: a body; so is one given a contract
    ('awarded a contract to Engie'; with *contracts_only*, only that), and the passive subject of one whose object is a
    sum ('Groundwork Kelby has been awarded £1.1m')."""
    root = span.root
    verb = root.head.head
    known = structure.structural.get("money-recipients", {})
    if root.dep_ == "nsubjpass" and not contracts_only and root.head.lemma_.lower() in known.get("verbs", ()):  # ('X has been
        return any(c.dep_ == "dobj" and any(g.ent_type_ == "MONEY" or g.tag_ == "$" for g in c.subtree) for c in root.head.children)  # awarded £1m')
    return root.dep_ == "pobj" and root.head.lower_ == "to" and verb.lemma_.lower() in known.get("verbs", ()) and any(
        c.dep_ in {"dobj", "nsubjpass"} and (c.lemma_.lower() in known.get("contracts", ()) or not contracts_only and any(
            g.ent_type_ == "MONEY" or g.tag_ == "$" for g in c.subtree)) for c in verb.children)


def does_bodys_work(span: Span, structure: StructureRules) -> bool:
    """'Barset Refugee Welcome has opened a drop-in centre': a name of two or more words, the active subject of a verb
    only a body does with an object or a sum (patterns.json 'body-acts'), is a body. The subject is the name's word
    the verb governs, where the parse left its first word the root of a line of its own ('Orton | Power will pay')."""
    root = next((t for t in span if t.dep_ == "nsubj" and not span.start <= t.head.i < span.end), span.root)
    acts = structure.structural.get("body-acts", {})
    return len(span) > 1 and root.dep_ == "nsubj" and ((root.head.lemma_.lower() in acts.get("verbs", ()) and any(
        c.dep_ == "dobj" or c.dep_ == "npadvmod" and any(t.ent_type_ == "MONEY" for t in c.subtree) for c in root.head.children)) or (
        root.head.lemma_.lower() in acts.get("with_verbs", ()) and any(c.dep_ == "prep" and c.lower_ == "with" for c in root.head.children)))


def sanction_recipient(span: Span, structure: StructureRules) -> bool:
    """'has issued Chatterbox a penalty notice': the first object of a verb whose second is a sanction's noun
    (patterns.json 'sanction-recipients') is a body sanctioned."""
    nouns = structure.structural.get("sanction-recipients", {}).get("nouns", ())
    return span.root.dep_ == "dative" and any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in span.root.head.children)


def lone_headline_word(span: Span) -> bool:
    """'Rebuke', 'Reprimand' over a news item: a headline of one word is a word, not a name (what the item is about is
    named in its text)."""
    return len(span) == 1 and span.start == 0 and headline_end(span.doc) == 1


def headline_word_of_a_name(span: Span) -> bool:
    """'Brownfield funding' over '… Homes England's Brownfield Infrastructure and Land Fund': a word opening a headline
    written in sentence case, that the text has only as the first word of a longer name, is that name's word, not a name."""
    doc = span.doc
    if len(span) != 1 or span.start != 0 or (end := headline_end(doc)) < 2 or not doc[1].is_lower:
        return False
    later = [t for t in doc[end:] if t.text == span.text]
    return bool(later) and all(t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper() for t in later)


def marked_body(span: Span, structure: StructureRules) -> bool:
    """A name nothing else types that receives money or a sanction, or does a body's work (the three above), that a
    'which' clause describes as its sentence's subject, or that someone runs or provides ('X, provided by Y,'), or that
    is party to a contract (below), or whose people or ownership open a sentence ('Staff at X …', 'Ownership of X will pass …': 'member-openers')."""
    root, openers = span.root, structure.structural.get("member-openers", {}).get("words", ())
    return money_recipient(span, structure) or does_bodys_work(span, structure) or sanction_recipient(span, structure) or which_subject(span) \
        or run_by_someone(span, structure) or contract_party(span, structure) or (
            root.dep_ == "pobj" and root.head.i == root.head.head.i + 1 and member_opener(root.head.head, openers))


def contract_party(span: Span, structure: StructureRules) -> bool:
    """'signed a £30 million contract with Equans': the name after 'with' on a contract (patterns.json
    'money-recipients' 'contracts') is the other party to it, a body."""
    root = span.root
    root = root.head if root.dep_ == "conj" and root.head.dep_ == "pobj" and root.head.head.lower_ == "between" else root  # ('a contract between Y and X')
    return root.dep_ == "pobj" and root.head.lower_ in {"with", "between"} and root.head.head.lemma_.lower() in structure.structural.get(
        "money-recipients", {}).get("contracts", ())


def run_by_someone(span: Span, structure: StructureRules) -> bool:
    """'The Kelby Night Shelter, run by the charity X,': a name a participle of one of the 'run-by' verbs describes, with
    its 'by' phrase, is a service or a body someone runs, never a work, whatever the tagger said."""
    verbs = set(structure.structural.get("run-by", {}).get("verbs", ()))
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and (c.lemma_.lower() in verbs or c.lower_ in verbs)
               and any(g.dep_ == "agent" for g in c.children) for c in span.root.children)


def sanctioned(span: Span, rules: TypeRules) -> bool:
    """'has reprimanded Orton Migrant Support', 'Kelby Care Services was fined': a name a sanction's verb (patterns.json
    'sanction_verbs') acts on is a body or a person, never a work, whatever the tagger said."""
    return span.root.dep_ in {"dobj", "nsubjpass"} and span.root.head.lower_ in rules.sanction_verbs


def kind_word_after(doc: Doc, after: int, words: int, context_words: dict[str, str]) -> int:
    """Where the noun that says what a name of *words* words is stands: the word right *after* it, or, when that is a
    lower-case word the parser hangs on the next noun, of no kind or before a noun of a kind, that noun ('Barset Manor
    care home', 'the University of Orton law school'; read for names of two words or more, since one word before a kind
    is mostly a place: 'an Orton care provider')."""
    forms = lambda t: {t.lemma_.lower(), t.lower_, t.lower_.removesuffix("s")} & context_words.keys()  # noqa: E731
    tok = doc[after] if after < len(doc) and words > 1 else None
    return after + 1 if tok is not None and tok.is_lower and tok.dep_ == "compound" and tok.head.i == after + 1 and (
        not forms(tok) or forms(tok.head)) else after


def quoted_state(doc: Doc, start: int) -> bool:
    """'three practices were found to be in "Serious Breach"', 'is in "special measures"': a quoted phrase after 'be in'
    names a state something is in, not a work."""
    return start >= 3 and doc[start - 1].text in {'"', "'", "“", "‘"} and doc[start - 2].lower_ == "in" and doc[start - 3].lemma_ == "be"


def place_prefixed(rules: TypeRules, doc: Doc, start: int) -> bool:
    """'Co. Kerry', 'in Co Durham': the name starting at *start* follows a county's short title (not a firm's
    '& Co.' or 'and Co')."""
    return start > 0 and doc[start - 1].text in rules.place_prefixes and doc[start].is_title and not (
        start > 1 and doc[start - 2].lower_ in {"&", "and"})


WORK_TYPES = {"Policy", "Publication", "Programme"}  # the types of a name a work's head word ends ('Strategy', 'Report', 'Fund')
FILE_UNIT = r"[KMGT]i?[Bb]"  # a download's size after its link ('(PDF 390Kb)', '(PDF, 1.2 MB)')
FILE_SIZE = rf"\d(?:\.\d+)?\s?{FILE_UNIT}$"


def no_name(span: Span, rules: TypeRules) -> bool:
    """A run that names nothing: a file's name ('X10015.doc' in a saved report's page furniture); 'GPs for South of
    England' (a kind of people by its initials, then their remit); 'fleeing Domestic Abuse' where the article also
    writes 'domestic abuse' (a common phrase capitalised); 'Central Services and Deputy Chief Executive' (a field, then
    a second post); a reference code ('ASC0035', a submission's number; 'PHLLFM-01-24', a decision's); in a headline, a kind of body in the plural
    after a common word, the kind written in lower case elsewhere ('List of Library Trusts': trusts running libraries); a
    kind of people in the plural after a word of their post ('Cabinet Members', 'Board Trustees'); an award's title."""
    if re.search(r"\.(?:docx?|pdf|xlsx?|csv|txt|html?|odt)$", span.text, re.IGNORECASE) or re.fullmatch(r"[A-Z]{2,}\d{3,}|[A-Z]{2,}(?:[-/]\d+){2,}", span.text) or (
            len(span) > 1 and re.fullmatch(r"[A-Z]{2,}s", span[0].text)) or re.search(FILE_SIZE, span.text) or (
            re.fullmatch(FILE_UNIT, span.text) and span.start > 0 and span.doc[span.start - 1].like_num) or (rules.award_shape and re.search(rules.award_shape, span.doc[span.start:span.end + 3].text)):
        return True  # (or a file's size: 'PDF 390Kb', '1.2 | MB'; or an award's title: 'Council of the Year')
    k = next((t.i for t in reversed(span) if t.lower_ in {"and", "&"}), None)
    if k is not None and span[-1].text in rules.post_words and names_a_post(rules, span.doc[k + 1:span.end]):
        return True
    if (span.start, span.end) in gaz_spans(span.doc, "Organisation") or not (1 < len(span) < 4 and all(t.is_title and t.is_alpha for t in span)):
        return False
    return ({t.lower_ for t in span} <= lower_case_words(span.doc) and bool(re.search(rf"\b{re.escape(span.text.lower())}\b", doc_text(span.doc)))
            and rules.head_words.get(span[-1].text) not in WORK_TYPES and not kind_of_work_after(span, rules)) or (  # (not 'the Child
        # Poverty Strategy', 'its School Streets programme')
        span.start < headline_end(span.doc) and plural_kind(rules, span[-1].text) and span[-1].lower_ in lower_case_words(span.doc)
        and span[0].text not in rules.given_names) or (  # (in a headline, which capitalises common words: not 'including Active
        plural_kind(rules, span[-1].text, people=True) and all(  # Partnerships'); 'Cabinet Members', not 'Jordans Solicitors'
            t.text in rules.post_modifiers or rules.context_words.get(t.lower_) == "Organisation" for t in span[:-1]))


def kind_of_work_after(span: Span, rules: TypeRules) -> str | None:
    """'its School Streets programme', 'the Safe Hands scheme': a lower-case noun naming a kind of work right after the
    name says it names one, whatever its words; the noun heading the words after it, not one modifying that head ('the
    University of Orton law school' names no law). Returns the noun (or None)."""
    doc, k = span.doc, span.end
    while k + 1 < len(doc) and doc[k].is_lower and doc[k].dep_ == "compound" and doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN":
        k += 1
    return doc[k].lower_ if k < len(doc) and doc[k].is_lower and rules.context_words.get(doc[k].lower_) in WORK_TYPES else None


def plural_kind(rules: TypeRules, word: str, people: bool = False) -> bool:
    """'Councillors', 'Inspectors', 'Councils': the plural of a noun the rules know as a kind of person or body
    (with *people*, of persons only: 'Foundations' may name a body)."""
    if not word.endswith("s"):
        return False
    one = word[:-3] + "y" if word.endswith("ies") else word[:-1]  # ('Nurseries', 'Charities')
    return (one.lower() in rules.member_nouns or one.lower() in rules.member_kinds or one in rules.post_words
            or (not people and one.lower() in rules.context_words))


def years_end(doc: Doc, start: int, end: int, head_words: dict[str, str]) -> int:
    """Where a law's or a publication's name from *start* to *end* ends with the year at *end* ('the Kelby Order |
    2023', tagged apart; a report's edition, 'Annual Report 2021'), or a plan's years ('Environment Strategy 2018-2030',
    'Corporate Plan 2022/25') written as one and hung on its name (not years the parser hung on the verb); 0 where no
    year follows such a name."""
    if end >= len(doc) or not YEARS.fullmatch(doc[end].text) or head_words.get(doc[end - 1].text) not in {"Policy", "Publication"}:
        return 0
    ranged = end + 2 < len(doc) and doc[end + 1].text in {"-", "–", "/", "to"} and bool(
        YEARS.fullmatch(doc[end + 2].text) or re.fullmatch(r"\d\d", doc[end + 2].text))  # ('2018-2030', '2022-25')
    stop = end + (3 if ranged else 1)
    return stop if stop == end + 1 and doc[end].text.isdigit() or start <= doc[end].head.i < stop and (
        stop == end + 1 or not (doc[end].whitespace_ or doc[end + 1].whitespace_)) else end


def before_years(span: Span) -> Span:
    """*span* without the years that end it ('Environment Strategy | 2018-2030', 'Plan | 2022/25'), when words come
    before them; and without a numbered round of it ('Kelby Homes Fund | Wave 3', 'Kelby Fund: | Round 2')."""
    while len(span) > 3 and span[-1].like_num and span[-2].text in NUMBERED_PARTS:
        span = span[:-3 if span[-3].text == ":" else -2]
    while len(span) > 2 and (span[-1].like_num and span[-2].text in {"-", "–", "/", "to"} or YEARS.fullmatch(span[-1].text)):
        span = span[:-1 if YEARS.fullmatch(span[-1].text) else -2]
    return span


NUMBERED_PARTS = frozenset({"Wave", "Round", "Phase", "Tranche", "Stage", "Window"})  # the rounds of a programme



def after_street(doc, start: int, end: int, rules: TypeRules) -> bool:
    """'a cafe on Mill Street, Kelby, opened': one word after a street's (or an estate's) name and a comma, the address
    ending there, is the town of the address, whatever the tagger called it."""
    return end - start == 1 and start >= 3 and doc[start - 1].text == "," and doc[start - 2].is_title and doc[start - 3].is_title \
        and rules.head_words.get(doc[start - 2].text) == "Place" and (end == len(doc) or doc[end].text in {",", ".", ";"})


def taken_as_post(doc, j: int, rules: TypeRules) -> bool:
    """'has appointed Helen Ward as its chair', '… Jo Green as interim chief executive': a name right before 'as' and
    a post in lower case (its determiner and modifiers between) is the post holder's, a person's."""
    if j >= len(doc) or doc[j].lower_ != "as":
        return False
    k = j + 1
    while k < min(len(doc), j + 6) and (doc[k].pos_ in {"DET", "PRON", "ADJ"} or doc[k].text.capitalize() in rules.post_modifiers) \
            and doc[k].text.capitalize() not in rules.post_words:
        k += 1
    return k < len(doc) and doc[k].is_lower and doc[k].text.capitalize() in rules.post_words

def speaks(span: Span, rules: TypeRules) -> bool:
    """'Helen Ward said …', '…, said Sarah Lane', 'Inspector of Constabulary Helen Ward said' (the post parsed as the
    subject): a name that is the subject of a reporting verb, or a capitalised post's 'of' phrase that is, speaks, a
    person's (or a body's) name, never a place's ('Ward', 'Lane' end streets and wards too)."""
    tok = span.root
    while tok.dep_ in {"pobj", "prep"} and (tok.head.lower_ == "of" or tok.head.text in rules.post_words):
        tok = tok.head
    return (tok is span.root or tok.text in rules.post_words) and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" \
        and tok.head.lemma_ in rules.reporting_verbs


def kind_word(tok) -> str:
    """The kind a describing noun names: its lemma, or with the word before its hyphen ('a spin-out', 'a start-up',
    tokenized in three)."""
    doc = tok.doc
    if tok.i > 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lemma_.lower()


def post_of_place(doc: Doc, start: int, rules: TypeRules) -> bool:
    """'the new Mayor of Orton, the ceremonial head of X': a name after a post's 'of' is the post's place or body, and a
    post set off after it describes the post's holder, not the name."""
    return start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].text.capitalize() in rules.post_words


def owned_work(doc: Doc, start: int) -> bool:
    """"Barset Council's Warm Homes programme", 'its Healthy Homes scheme': a name an owner's possessive opens, before a
    noun of a kind of work, is that work's whatever its last word (a body's own body is named, not owned so)."""
    return start > 0 and (doc[start - 1].text in {"'s", "’s"} or doc[start - 1].lower_ in {"its", "their", "our"})


def formed_by_merger(span: Span, structure: StructureRules) -> bool:
    """'A and B have merged to form Orton Wessex', 'completed their merger to create X': the object of a verb that forms
    (patterns.json 'merger-forms' 'verbs') hung on a merging verb or noun ('heads') is the body the merger makes."""
    forms = structure.structural.get("merger-forms", {})
    root, heads = span.root, set(forms.get("heads", ()))
    verb = root.head
    return root.dep_ == "dobj" and verb.lemma_.lower() in set(forms.get("verbs", ())) and verb.dep_ in {"xcomp", "advcl", "acl", "relcl"} and (
        verb.head.lemma_.lower() in heads or any(c.dep_ == "dobj" and c.lemma_.lower() in heads for c in verb.head.children))

