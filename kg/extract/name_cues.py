"""Cues in the words around a name that say what it is: a news lede's capitals ('A PILOT project'), a body's name run
into a person's ('Barset Care Trust Sue Okafor'), a body's kind said right before its name ('charity the Kelby
Trust'), a headline's common words, a document's reference, a body before a post and its holder, a firm's name the
tagger took for a person's, an address, a name given to a described thing, what only a body does, a firm's name
opening with a number, a politician's label the gazetteer knows as a body, an office's 'of State for', an address's
floor, a person's name after a place's post ('Mayor of Newham Jo Bloggs').
Helpers of entity typing, mentions and phrases. Imports extract.mentions_base and extract.name_edges.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mentions_base import DASHES, QUOTES, YEARS, Mention, camel_case, doc_ents, doc_text, doc_tokens, which_subject
from .name_edges import LEGAL_ENDINGS, gaz_spans

POSTCODE_OUT = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?")  # a UK postcode's two halves ('WC2A', '2LL')
POSTCODE_IN = re.compile(r"[0-9][A-Z]{2}")
QUANTITY_WORDS = frozenset({"over", "around", "about", "some", "nearly", "almost", "than", "roughly", "approximately", "just"})
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "with", "at", "by", "from"})
SPELLED_NUMBERS = frozenset({"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"})

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..vocab.lexicon import StructureRules, TypeRules
    from .entity_types import TypeJudge
    from .phrases import PhraseReader


def shouted_opening(tok) -> bool:
    """'PILOT schemes are planned …': a word of five letters or more in capitals, opening its sentence or line (after
    'a', 'an' or 'the'), as news stories set their first words; an acronym only when the article never writes it lower."""
    k = tok.i - (tok.i > 0 and tok.nbor(-1).lower_ in {"a", "an", "the"})
    return tok.is_upper and len(tok) > 4 and (k == 0 or tok.doc[k].is_sent_start or tok.doc[k - 1].is_space
                                               or tok.doc[k - 1].text in {".", "!", "?"})


def hyphened_given(span) -> int:
    """2 when *span* opens with a given name joined by a hyphen to another ('Ann-Marie Riley'), else 0: the tokens after
    the first that are still the given name."""
    return 2 if len(span) >= 4 and span[1].text == "-" and not span[0].whitespace_ and not span[1].whitespace_ and span[2].is_title else 0


def split_body_person(doc: Doc, m: Mention, judge: TypeJudge) -> list[Mention]:
    """'CEO of Barset Care Trust Sue Okafor' tagged as one name: a body's name ending in its head word, then a given name
    and a surname, are a body and the person who holds a post there."""
    for k in (m.end - 2, m.end - 3) if m.type != "Person" and m.end - m.start > 3 else ():
        if (judge.rules.head_words.get(doc[k - 1].text) == "Organisation" or judge.is_post_title(doc[m.start:k])) \
                and judge.is_given_name_run(doc[k:m.end]):  # (or a post: 'Auditor General Adrian Crompton')
            body = [Mention(m.start, k, doc[m.start:k].text, "Organisation", "head")] if judge.is_name(doc[m.start:k]) else []
            return body + [Mention(k, m.end, doc[k:m.end].text, "Person", "context")]  # ('Police and Crime Commissioner X': a post)
    return [m]


def named_right_after(reader: PhraseReader, tok: Token, depth: int) -> list[tuple[Mention, bool]]:
    """'a fine to broadband company True Telecom', 'head of housing charity the Kelby Trust', the name left off the noun
    by the parser: a noun that says what kind of body something is, and a name of that kind right after it (or 'the')."""
    kind, k = reader.rules.context_words.get(tok.lemma_.lower()), tok.i + 1 + (tok.i + 2 < reader.sent.end and reader.doc[tok.i + 1].lower_ == "the")
    m = reader.tok2ment.get(k)
    return [(m, False)] if kind is not None and m is not None and m.start == k and m.entity is not None and m.entity.type == kind else []


def in_title_case_line(span: Span, loose: bool = False) -> bool:
    """Whether the span's line is written in title case, as headlines are: four or more words, every one
    capitalised, the small words ('For', 'With', 'In') too; *loose*, words of up to three letters and small words
    ('with', 'from') aside ('X Fined Over Late Accounts: What Staff Need to Know')."""
    text = doc_text(span.doc)
    start, end = text.rfind("\n", 0, span.start_char) + 1, text.find("\n", span.end_char)
    words = [w for w in text[start:end if end >= 0 else len(text)].split() if w[:1].isalpha() and not (
        loose and (len(w) <= 3 or w in TITLE_SMALL_WORDS))]
    return len(words) >= 4 and all(w[:1].isupper() for w in words)


def headline_common_words(span: Span, rules: TypeRules, lower_words: set[str]) -> bool:
    """"X's Opening Use of Fresh Penalty Powers" in a title-case line: two words or more, no head word of a name ('Fund',
    'Council'), every word of four letters or more one the article writes in lower case elsewhere ('first', 'powers')."""
    long = [t for t in span if t.is_alpha and len(t) > 3]
    return (len(span) > 1 and bool(long) and all(t.lower_ in lower_words for t in long)
            and not any(t.text in rules.head_words for t in span) and in_title_case_line(span, loose=True))


def body_before_holder(span: Span, rules: TypeRules) -> bool:
    """'Kelby Files chief blogger Jo Bloggs': a name right before a post in lower case (up to three words of its kind
    or field, then post words) and the name of the post's holder is the body the post is in, not a person."""
    doc, k = span.doc, span.end
    while k < len(doc) and k - span.end < 3 and doc[k].is_lower and doc[k].is_alpha and doc[k].text.capitalize() not in rules.post_words \
            and doc[k].lower_ not in {"and", "or"}:  # (not 'commissioner Jo Bloggs and chief constable Sam Patel')
        k += 1
    start = k
    while k < len(doc) and doc[k].is_lower and doc[k].text.capitalize() in rules.post_words:
        k += 1
    return start < k < len(doc) and (doc[k].ent_type_ == "PERSON" or doc[k].text in rules.given_names)


def in_reference(span: Span) -> bool:
    """'DN 04/KBCA/M/2024', 'Ref 2023/117': a name in (or next to) a run of words joined by slashes with no space, one
    of them a number — a document's reference, no name; nor is a postcode's first half ('WC2A 2LL'). A span of years
    after a name's words is no reference ('Corporate Plan 2022/25')."""
    doc = span.doc
    a, b = span.start, span.end
    while a > 0 and not doc[a - 1].whitespace_ and not doc[a - 1].is_space:  # (a line break ends the run:
        a -= 1  # 'the grades are G1/V2.' | 'Anita Khan, …')
    while b < len(doc) and not doc[b - 1].whitespace_ and not doc[b].is_space:
        b += 1
    run = "".join(t.text_with_ws for t in doc[a:b] if not (t.i > span.start and YEARS.fullmatch(t.text)))  # (not a plan's
    return ("/" in run and any(c.isdigit() for c in run)) or any(  # (or a postcode: 'London WC2A 2LL')
        POSTCODE_OUT.fullmatch(t.text) and t.i + 1 < len(doc) and POSTCODE_IN.fullmatch(doc[t.i + 1].text) for t in span)


def no_persons_name(span: Span, rules: TypeRules, nations: frozenset[str] = frozenset()) -> bool:
    """A name the tagger took for a person's that is a firm's or a venue's: one capitalised word that is no given
    name ('Tesco'), or a place's name and one more word, no given name first ('Hackney Empire', 'Brighton Dome': a
    town, borough or county the gazetteer knows), a house's ('Birchwood House'), words ending in a nation's name ('Migraine UK': *nations*), a number, a
    field in the plural ('Glen Support Services') or a legal form ('Cable and Wireless Plc'), holding a possessive, joined by '&', or opening with a participle ('Connected
    Kerb'); not two words or more right after a post in lower case ('council leader Dyfed Edwards': the post's holder)."""
    doc = span.doc
    if which_subject(span):
        return True  # 'Barset Lanterns, which was set up in 2010, runs …': a thing ('who' describes a person)
    if span[0].text in rules.given_names or (len(span) > 1 and span.start > 0 and doc[span.start - 1].is_lower
                                              and doc[span.start - 1].text.capitalize() in rules.post_words):
        return False
    if len(span) > 1 and (span[-1].text in nations or any(t.text == "&" for t in span) or span[-1].is_digit or span[-1].text in LEGAL_ENDINGS
                          or any(t.text in {"'s", "\u2019s"} for t in span[1:-1]) or span[-1].text in rules.portfolios and span[-1].text.endswith("s")):
        return True  # (nor does a person's name end in a number: 'Crossrail 2', hold a possessive: 'Kelby Women's Aid', or end in a field in the plural: 'Glen Support Services')
    if len(span) == 1:  # (but 'an adviser to Blunkett as Home Secretary': a surname with the post its holder held)
        return not span[0].is_upper and not (span.end + 1 < len(doc) and doc[span.end].lower_ == "as" and any(
            t.text.capitalize() in rules.post_words for t in doc[span.end + 1:span.end + 4]))
    if span[0].is_upper and len(span[0]) >= 3 and span[0].is_alpha:
        return True  # a firm's initials before a word ('CGM Hampshire'): no given name is written so
    if len(span[0]) >= 6 and span[0].lower_.endswith(("ed", "ing")) and span[0].is_title:
        return True  # a participle opening the name ('Connected Kerb', 'Growing Minds'): no given name, read first, ends so
    return ((span.start, span.end - 1) in gaz_spans(span.doc, "Place") or len(span) == 2 and span[-1].lower_ in rules.name_noun_forms.get("home", ())) \
        and span[-1].is_title  # (or 'North Yorkshire Youth'); 'Birchwood House', 'Elm Lodge': a home's name (patterns.json 'name_noun_forms')


def noun_kind(tok, context_words: dict[str, str]) -> str | None:
    """The type a describing noun gives a name ('report', 'wards'), by its lemma, or its form, singular or not (the
    lemmatizer runs only near triggers)."""
    return next((context_words[w] for w in (tok.lemma_.lower(), tok.lower_, tok.lower_.removesuffix("s")) if w in context_words), None)


def kind_after_pair(doc: Doc, start: int, end: int, context_words: dict[str, str]) -> str | None:
    """'the Kelby and Barset wards', 'the Kelby Homes and Barset Licensing schemes': either of two names joined by
    'and' before a plural describing noun is of the kind the noun says (the parser hangs one on the other), also
    with a lower-case word before the noun ('the Peabody and Family Mosaic housing associations')."""
    def plural_at(k: int) -> int:
        k += k + 1 < len(doc) and doc[k].is_lower and doc[k].tag_ == "NN" and doc[k].dep_ == "compound"
        return k if k < len(doc) and doc[k].tag_ == "NNS" else -1

    if end < len(doc) and start >= 2 and doc[start - 1].lower_ in {"and", "&"} and doc[start - 2].is_title and (k := plural_at(end)) >= 0:
        return noun_kind(doc[k], context_words)
    if end >= len(doc) or doc[end].lower_ not in {"and", "&"}:
        return None
    k = end + 1
    while k < len(doc) and k - end < 6 and (doc[k].is_title or doc[k].is_upper):
        k += 1
    return noun_kind(doc[plural_at(k)], context_words) if k > end + 1 and k < len(doc) and plural_at(k) >= 0 else None


def initials_before_field(doc: Doc, start: int, end: int, rules: TypeRules) -> int:
    """'WLGA Finance and Resources' tagged as one name: a body's initials, then only a post's field ('portfolios'),
    is the body; the end of the name, cut after the initials where so. Not a name and one kind of body in the
    plural ('KLM Schools': a group of schools)."""
    first = doc[start]
    if end - start == 2 and doc[end - 1].text.endswith("s") and rules.head_words.get(doc[end - 1].text[:-1]) == "Organisation":
        return end
    if end - start > 1 and first.is_upper and first.is_alpha and len(first) >= 3 and all(
            t.text in rules.portfolios or t.lower_ in {"and", "&"} for t in doc[start + 1:end]):
        return start + 1
    return end


def in_address(rules: TypeRules, doc: Doc, start: int, end: int) -> bool:
    """A name after a street's name and a comma, before a comma and a place the gazetteer knows; or any name in
    a firm's address ('Kelby Builders Ltd of Mill House, Station Road, Barset': patterns.json 'address_heads')."""
    return (start >= 2 and end + 1 < len(doc) and doc[start - 1].text == "," and doc[end].text == ","
            and rules.head_words.get(doc[start - 2].text) == "Place"
            and any(s == end + 1 for s, _ in gaz_spans(doc, "Place"))) or in_firm_address(rules, doc, start)


def in_firm_address(rules: TypeRules, doc: Doc, start: int) -> bool:
    """A name after a firm's name and 'of' ('Acme Ltd of …', 'Kelby Builders of …') or a person's age and 'of' (as court
    reports give a defendant's address: 'Jo Bloggs, 32, of The Green, Barset'), or after more of that address set off
    by commas: only names, numbers and commas between (a building, a street, a town, a county)."""
    for k in range(start - 1, max(0, start - 13), -1):
        if doc[k].lower_ == "of":
            return doc[k - 1].text in rules.address_heads or (k >= 3 and doc[k - 1].text == "," and doc[k - 2].like_num
                                                               and doc[k - 3].text == ",")
        if not (doc[k].text == "," or doc[k].pos_ == "PROPN" or doc[k].like_num or doc[k].is_title):
            return False
    return False


def naming_type(doc: Doc, start: int, context_words: dict[str, str]) -> str | None:
    """'a project, called Local Plus', 'a new app called Bin Buddy', 'a scheme known as Safe Hands', 'The app is called
    X': the name is given to a described thing, whose noun types it (over the tagger, even a person's name)."""
    j = start - 1
    if j >= 1 and doc[j].lower_ in {"called", "named", "dubbed", "titled", "entitled"}:
        j -= 1
    elif j >= 2 and doc[j].lower_ == "as" and doc[j - 1].lower_ == "known":
        j -= 2
    else:
        return None
    j -= j >= 1 and doc[j].text == ","
    noun = doc[j] if doc[j].pos_ != "AUX" else next((c for c in doc[j + 1].children if c.dep_ == "nsubjpass"), doc[j])
    noun = noun if noun.pos_ == "NOUN" or doc[start - 1].dep_ != "acl" else doc[start - 1].head  # ('a study by X, titled Y': the study)
    return context_words.get(noun.lemma_.lower() or noun.lower_) if noun.pos_ == "NOUN" else None


def municipal_body(doc: Doc, start: int, end: int, heads: frozenset[str]) -> bool:
    """'The City of Rohnert Park partners with …', 'an MOU with the Town of Davis': a 'City of', 'Town of' or 'County
    of' name (patterns.json 'municipal_heads') that acts, is acted on, or is named with 'with', 'between' or 'by' (also
    in a list joined to such a name) is the municipality's corporation, as such names are in North America and
    Australia; 'in the City of X' and 'the City of X is …' stay a place."""
    if end - start < 3 or doc[start].text not in heads or doc[start + 1].lower_ != "of":
        return False
    tok = doc[start]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj":
        return tok.head.lower_ in {"with", "between", "by"}
    return tok.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"} and tok.head.lemma_ != "be"  # ('The City of X is home to …')


def joined_to_body(span: Span, judge) -> bool:
    """'Peabody Trust and Family Mosaic are to merge': a name the tagger took for a person's, with no given name in it,
    joined by 'and' to a name a body's head word ends, is a body's; so is one after a post and 'of' ('Chairman of
    Family Mosaic')."""
    if span[0].text not in judge.rules.given_names and not judge.is_given_name_run(span) and judge.employer_of_post(span):
        return True
    root = span.root
    other = root.head if root.dep_ == "conj" else next((c for c in root.children if c.dep_ == "conj"), None)
    if other is None or other.i in range(span.start, span.end) or span[0].text in judge.rules.given_names or judge.is_given_name_run(span):
        return False
    words = [t for t in other.lefts if t.dep_ == "compound" and t.is_title] + [other]
    return judge.rules.head_words.get(words[-1].text) == "Organisation" and len(words) > 1


def acts_as_body(span: Span, toks, end: int, rules: TypeRules, acronym: bool) -> bool:
    """What only a body does or undergoes, said of a name nothing else types: an acronym doing or undergoing anything
    ('RNIB has appointed …'), a name fined ('Kelbet were fined', 'fined the Kelby Independents': patterns.json
    'sanction_verbs'), a list's name set before a sanction's participle ('• Kelby Holdings- fined £9,103,523 for …',
    'Acme Widgets – penalised £5,000'), where the parse of such a line is no help; a name inspectors or auditors act on ('Inspectors visited Kelby Foster
    Care', 'regulator_staff'); a name that faces a fine ('sanction_nouns'); one listed after a body's name ('Kelby Homes and Orton Living')."""
    sanctions, root = rules.sanction_verbs, span.root
    if root.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.lemma_.lower() in rules.regulator_staff for c in root.head.children):
        return True
    subject = (span[0].dep_ in {"nsubj", "nsubjpass"} and acronym) or (root.dep_ == "nsubjpass" and (root.head.lower_ in sanctions or any(  # ('X was placed under
        p.lower_ in {"under", "into"} and any(o.lower_ in rules.sanction_nouns for o in p.children) for p in root.head.children))) or (  # statutory inquiry')
        root.dep_ == "dobj" and root.head.lower_ in sanctions and (len(span) > 1 or camel_case(span[0]))) or (  # ('has fined the Kelby Independents £2,400', 'PureGym')
        root.dep_ == "nsubj" and len(span) > 1 and any(c.dep_ == "dobj" and c.lemma_.lower() in rules.sanction_nouns for c in root.head.children)) or (
        root.dep_ == "conj" and len(span) > 1 and rules.head_words.get(root.head.text) == "Organisation")  # ('X is facing a fine'; 'A, Kelby Homes and X')
    return subject or (end + 1 < len(toks) and toks[end].text in DASHES and toks[end + 1].lower_ in sanctions
                       and toks[end + 1].tag_ in {"VBN", "VBD"})


def kind_before(judge: TypeJudge, doc: Doc, start: int, end: int) -> str | None:
    """The type a describing noun right before a name gives it: 'the platform Data Mill North', 'a new company,
    Together for Children'."""
    j = start - 1 - (start >= 3 and doc[start - 1].text in QUOTES and doc[start - 2].text in DASHES)
    if j >= 2 and doc[j].text in {"A", "An", "The"} and doc[j - 1].text in {",", ":"}:
        j -= 1  # "today's report, A Defence Estate of the Right Size": a title opening with its article
    if j >= 1 and doc[j].text == "The" and not doc[j].is_sent_start:
        j -= 1  # 'charity The Sycamore Project': the name's own capitalised article, then its describing noun
    if j >= 1 and (doc[j].text in {",", ":"} or (doc[j].text in DASHES and doc[j].whitespace_)):  # 'a new company, Together for
        j -= 1  # Children', 'report: UK Poverty 2018', "a mutual organisation – 'Libraries for Life' –"
        if judge.is_given_name_run(doc[start:end]) or (end < len(doc) and doc[end].text in {"'s", "’s"}) or (doc[j].dep_ == "pobj" and doc[j].head.lower_ == "of" and doc[j].head.head.text.capitalize() in judge.rules.post_words):
            j = -1  # 'CEO of the trust, Clare Jones said', 'director of adult services, Raj Mehta': a post, then a person; 'a report by X, Y's officer': no work
        k = j
        while k > 1 and doc[j].pos_ == "PROPN" and (doc[k].pos_ == "PROPN" or doc[k].lower_ in {"the", "of", "for", "and"}):
            k -= 1  # 'a new report from the Kelby Institute, Homes for All': the work's noun before its author's name
        j = k - 1 if k < j and doc[k].lower_ in {"from", "by"} and doc[k - 1].is_lower and doc[k - 1].pos_ == "NOUN" else j
    words = judge.rules.context_words
    if j >= 0 and (doc[j].pos_ == "NOUN" or doc[j].is_lower) and not verbs_object(doc, j, end) and (  # ('letting agent'; 'datastore', a word
            word := pair if j and (pair := f"{doc[j - 1].lower_} {doc[j].lower_}") in words else doc[j].lower_ if doc[j].lower_ in words or doc[j].pos_ != "NOUN"
            else doc[j].lemma_.lower()) in words:  # the tagger does not know; 'consultants', a firm, where 'a consultant' is a person)
        comma = doc[j + 1].text in {",", ":", *DASHES}  # (not a body's name after a phrase ending in a kind of thing: 'Under
        # the new inspection framework, Kelby Primary School was …')
        if comma and doc[j].dep_ == "pobj" and any(a.dep_ in {"advcl", "prep"} and a.tag_ == "VBG" and a.i < j for a in doc[j].ancestors):
            return None  # 'Commenting on the report, X said', 'Following the review, X …': the noun ends a participle's phrase
        return None if comma and words[word] != "Organisation" and judge.rules.head_words.get(doc[end - 1].text) == "Organisation" else words[word]
    return None


def verbs_object(doc: Doc, j: int, end: int) -> bool:
    """'will fund Kelby Youth Trust', 'to review Acme Ltd', "will review X's handling": the word before the name is a verb taking it (or
    what it owns) as its object, not a describing noun ('the fund Kelby Youth Trust')."""
    return doc[j].pos_ == "VERB" and doc[end - 1].dep_ in {"dobj", "poss"} and (doc[end - 1].head.i == j or doc[end - 1].head.head.i == j)


def firm_start(doc: Doc, start: int, end: int, rules: TypeRules) -> int:
    """Where a firm's name the tagger cut short starts: '777 Group' (see numbered_firm); 'Cable and | Wireless Plc', a
    registered name with 'and' inside opening its sentence or line (a legal ending after it: one firm, not two names);
    'Be Well Care Ltd' in a list."""
    if start > 0 and numbered_firm(doc[start - 1:end], rules):
        return start - 1
    if start >= 2 and doc[end - 1].text in LEGAL_ENDINGS and doc[start - 1].lower_ in {"and", "&"} and doc[start - 2].is_title \
            and doc[start - 2].pos_ in {"PROPN", "NOUN"} and (start == 2 or doc[start - 3].is_punct or doc[start - 2].is_sent_start):
        return start - 2
    if start >= 1 and doc[end - 1].text in LEGAL_ENDINGS and doc[start - 1].is_title and doc[start - 1].pos_ in {"AUX", "VERB", "ADV"} \
            and (start == 1 or doc[start - 2].text == "," or doc[start - 2].is_space):
        return start - 1  # 'A Ltd, Be Well Care Ltd, …': a capitalised word the tagger took for a verb opening a listed firm's name
    return start


def numbered_firm(span: Span, rules: TypeRules) -> bool:
    """'888 Group', '2 Sisters Food Group', 'One Kelbysolutions Ltd': a body whose name opens with a number (not a year) and ends in a body's head
    word; not a count after an owner, a determiner or a word of quantity ("Homes England's 23 Strategic Partners", 'its 12
    Trusts', 'over 420 Local Authority staff'), nor a count before a plural kind ('113 Housing Possession Court Duty
    schemes', 'one of 43 Active Partnerships')."""
    first, before, doc = span[0].text, span.doc[span.start - 1] if span.start else None, span.doc
    k = span.end
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title:
        k += 1  # ('113 Housing Possession Court | Duty schemes': a count of things, the tagger's name cut inside their kind)
    if k < len(doc) and doc[k].tag_ == "NNS" and doc[k].is_lower:
        return False
    number = (first.isdigit() and not (len(first) == 4 and first[:2] in {"19", "20"})) or (
        first in SPELLED_NUMBERS and not span[0].is_sent_start)  # ('and One Sightsolutions Ltd', not 'One Council said')
    plural = span[-1].text.endswith("s") and rules.head_words.get(span[-1].text[:-1]) == "Organisation"  # ('of 43 Active Partnerships')
    return (len(span) > 1 and number and span[1].is_title and not plural
            and rules.head_words.get(span[-1].text) == "Organisation" and (before is None or (before.tag_ not in {"POS", "DT", "PRP$", "CD"}
                                                                                        and before.lower_ not in QUANTITY_WORDS
                                                                                        and not (before.text in {"-", "/", "."} and not before.whitespace_))))
    # (nor a date's last number: '2021-11-19 Kelby City Council')


def political_label(span: Span, structure: StructureRules) -> bool:
    """'the Independent Member for New England', 'Independent councillor Jo Bloggs': a word the gazetteer knows as a
    body (a newspaper), before a representative's post, is a politician's label (patterns.json 'political-labels')."""
    labels = structure.structural.get("political-labels", {})
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and span[-1].text in labels.get("labels", ()) and after.text in labels.get("posts", ())


def after_of_state(span: Span, rules: TypeRules) -> Span:
    """'Minister of State for Schools and Learners' run into 'State for …': the field after the office's 'of State for'."""
    doc = span.doc
    if len(span) > 2 and span[0].text == "State" and span[1].lower_ == "for" and span.start >= 2 and doc[span.start - 1].lower_ == "of" \
            and doc[span.start - 2].text in rules.post_words:
        return span[2:]
    return span


def address_floor(span: Span) -> bool:
    """'9th Floor Riverside Tower': a floor of an address, then its building."""
    return span[0].text == "Floor" and span.start > 0 and re.fullmatch(
        r"\d+(st|nd|rd|th)|Ground|First|Second|Third|Top", span.doc[span.start - 1].text) is not None


def past_where(doc: Doc, i: int) -> int:
    """'The Kelby Centre in Barset, a social enterprise, …': past 'in' and a capitalised place's name set off by a comma
    after a name (where it is, before what it is), else *i*."""
    if i + 2 >= len(doc) or doc[i].lower_ != "in" or doc[i + 1].pos_ != "PROPN" or not doc[i + 1].is_title:
        return i
    k = i + 1
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title and k - i < 4:
        k += 1
    return k if k < len(doc) and doc[k].text == "," else i


def appos_kind(doc: Doc, start: int, end: int, context_words: dict[str, str]) -> str | None:
    """'The Kelby Centre in Barset, a media arts centre and social enterprise, …': the type the noun in apposition to
    the name (set off by a comma after it), or a noun joined to that one, gives it."""
    nouns = [c for t in doc[start:end] for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > end
             and any(doc[k].text == "," for k in range(end, c.left_edge.i + 1))]
    return next((context_words[w] for c in nouns[:1] for w in (c.lemma_.lower(), *(x.lemma_.lower() for x in c.conjuncts))
                 if w in context_words), None)


def municipal_run(toks, i: int, j: int, rules: TypeRules) -> bool:
    """'the memorandum between X and City of Bozeman for Collaborative Projects': a 'City of', 'Town of' name (patterns.json
    'municipal_heads') ends before 'for' — the municipality's name is only its kind and its place."""
    return j > i + 2 and toks[j].lower_ == "for" and toks[i].text in rules.municipal_heads and toks[i + 1].lower_ == "of"


def remits_dropped(doc: Doc, mentions: list[Mention], structure, rules: TypeRules) -> list[Mention]:
    """'Councillor Jo Bloggs, Cabinet Member for a Greener and Safer Kelby, said', 'Cabinet Member for Regulatory
    Functions': after a council's portfolio post (patterns.json 'post-kinds' 'posts' of kind 'council' that are two
    words: 'cabinet member', 'portfolio holder') and 'for', the words up to a comma, a title, a given name or the 'at'
    before the council ('… for housing at Kelby Council') are the post's remit, no name of a body, a place or a person."""
    posts = {tuple(p.split()) for p, kind in structure.structural.get("post-kinds", {}).get("posts", {}).items()
             if kind == "council" and len(p.split()) == 2}
    toks, remit = doc_tokens(doc), set()
    for k, tok in enumerate(toks):
        if tok.lower_ != "for" or k < 2 or (toks[k - 2].lower_, toks[k - 1].lower_) not in posts:
            continue
        j = k + 1
        while j < len(toks) and not (toks[j].is_punct or toks[j].is_space or rules.honorific(toks[j].text) or toks[j].text in rules.given_names
                                     or toks[j].pos_ in {"VERB", "AUX"} or toks[j].lower_ == "at") and j - k < 9:  # (at the body)
            remit.add(j)
            j += 1
    return [m for m in mentions if m.start not in remit or m.source == "gazetteer" and m.type == "Organisation"] if remit else mentions


def body_by_kind_after(doc: Doc, start: int, end: int, paired: bool) -> bool:
    """'Cedars cafe was awarded a zero rating', 'the Yorkshire Pizza takeaway', 'the Kelby and Barset trusts': a kind of
    body right after a name makes it a body's name — not a place's ('the Chester cafe', a place and a kind), nor one
    capitalised word the tagger did not give as a name of its own, nor one after 'a' ('a City firm': a description)."""
    if (start, end) in gaz_spans(doc, "Place"):
        return False
    if paired:
        return doc[start].ent_type_ not in {"GPE", "LOC"}
    whole = any(e.start == start and e.end == end for e in doc_ents(doc))
    return doc[end - 1].ent_type_ not in {"GPE", "LOC"} and (end - start > 1 or whole and not (start > 0 and doc[start - 1].lower_ in {"a", "an"}))


def person_after_place(doc: Doc, place: Mention, ent: Span, judge: TypeJudge) -> bool:
    """'Mayor of Newham Jo Bloggs', 'commissioner for Wales Sarah Evans' tagged as one name: the place is the post's and
    a person's name follows — one opening with a given name, two words the tagger calls a person, or (whatever the tagger
    says) two or three capitalised words of no kind after a capitalised post and 'of' ('Executive Mayor of Tower
    Hamlets Lutfur Rahman')."""
    if doc[place.end].text in judge.rules.given_names:
        return True
    if place.start < 1 or doc[place.start - 1].lower_ not in {"of", "for"}:
        return False
    rest = doc[place.end:ent.end]  # (one word more is the place's part: 'the MP for Milton Keynes South')
    return (ent.label_ == "PERSON" and len(rest) > 1) or (place.start > 1 and doc[place.start - 2].text in judge.rules.post_words and 2 <= len(rest) <= 3
                                      and all(t.is_title and t.is_alpha for t in rest) and judge.head_type(rest) is None)
