"""What a name is: whether a span is a name at all, and the type its head word or a describing noun gives it
('… Act' is a Policy; 'Data Mill North, an open data platform' is a Programme). Rules from patterns.json.
Imports vocab, extract.mentions_base, extract.name_edges (the gazetteer's spans) and extract.post_titles.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from ..vocab.lexicon import TypeRules
from .kind_names import said_noun
from .mentions_base import CALENDAR_WORDS, COUNCIL_TIERS, camel_case, doc_text, lower_case_words, opens_text
from .name_cues import (TITLE_SMALL_WORDS, address_floor, appos_kind, body_by_kind_after, headline_common_words, hyphened_given, in_address,
                        in_reference, in_title_case_line, kind_after_pair, kind_before, municipal_body, noun_kind, numbered_firm,
                        past_where, shouted_opening)
from .name_marks import (before_years, headline_word_of_a_name, kind_of_work_after, kind_word, kind_word_after, likened, lone_headline_word,
                         no_name, owned_work, place_prefixed, place_suffixed, plural_kind, post_of_place, quoted_state, years_end)
from .name_edges import LEGAL_ENDINGS, gaz_spans
from .post_titles import employer_of_post, is_portfolio, names_a_post

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


# the lower-case words inside surnames ('Clare de Bathe', 'Jo van der Berg'): language data, like the tag set below
SURNAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "del", "la", "le", "ter", "ten", "bin", "al"})
# words before a number that make it a count ('over 420 Local Authority staff'), not a firm's name ('888 Group')
# parts of speech a name never ends with (the parser's tag set, not domain knowledge)
FUNCTION_POS = {"ADP", "CCONJ", "SCONJ", "DET", "PART", "PRON", "AUX"}
FIRM_POSTS = {"adviser", "advisor", "advisers", "advisors", "auditor", "auditors", "consultant", "consultants", "partner", "partners",
              "provider", "supplier", "contractor", "solicitor", "solicitors", "agent", "broker", "counsel", "architect", "architects"}
# (posts a firm may be taken on as: 'appointed Orton Legal as its legal adviser')
HEADLINE_PREPOSITIONS = {"across", "over", "into", "onto", "amid", "against", "towards", "through", "after", "despite", "without"}
# (the tagger reads them as names in a title-case headline: '… Backs 32 Community Projects Across Scotland')


class TypeJudge:
    """Name shape and type evidence from the words of a span and around it."""

    def __init__(self, rules: TypeRules) -> None:
        self.rules = rules

    def is_name(self, span: Span) -> bool:
        """Reject spans that are not names: roles ('Data Protection Officer'), article numbers, generic words."""
        text = span.text
        if (text in self.rules.never or text in self.rules.post_nominals or not any(c.isupper() for c in text) or len(text.rstrip(".")) < 2
                or (text[0].isdigit() and not numbered_firm(span, self.rules)) or "\n" in text or not _bracketed_well(text)):
            return False
        if all(part in self.rules.never or part in {"", "to", "and", "of"} for t in span for part in t.text.split("/")) or in_reference(span) or (
                "," in text and all(t.lower_ in CALENDAR_WORDS or t.lower_ in {",", "and"} for t in span)) or (
                len(span) > 2 and span[-2].text in {"-", "–"} and span[-1].text in self.rules.never and (span[-3].whitespace_ or span[-2].whitespace_)):
            return False  # words that are never names, joined ('G1/V2', 'from V2 to V1': grades), seasons listed ('Easter, Summer'), a
            # reference ('DN 01/KCA'), a grade after a dash ('Leadership - Good'; not 'Employment Sub-Committee')
        if address_floor(span) or any(text.startswith(p) for p in self.rules.non_entity_prefixes) and (span[-1].like_num or (
                len(span) > 1 and span[1].text[:1].isdigit()) or (len(span[-1].text.rstrip(".")) == 1 and span[-1].text[0].isupper())):
            return False  # 'Article 5', 'Section 2(1' (cut at its bracket), 'Annex A - Annex C'; '9th Floor Riverside Tower': an address
        last = span[-1]
        if (last.pos_ in FUNCTION_POS and not (last.is_title and len(span) > 1 and (span[-2].text in self.rules.given_names or (  # (but
                span[-2].is_lower and span[-2].pos_ == "ADP" and last.pos_ in {"DET", "PRON"}) or (last.tag_ == "RP" and span[-2].is_title)))) or (  # 'Awards for All', 'Levelling Up')
                span[0].is_lower and span[0].pos_ in {"ADP", "CCONJ"}) or (len(span) > 1 and self.rules.honorific(last.text)
                                                                   and span[-2].text not in self.rules.given_names):
            return False  # a cut-off run ('Social Policy and', 'services at', 'of Education', 'Services - Cllr'; not 'Anthony May')
        if last.is_lower and not last.like_num and last.text not in LEGAL_ENDINGS and not any(t.text in self.rules.head_words for t in span[:-1]) or _listed_parts(span, self.rules):
            return False  # a lowercase tail only follows a typed head ('Green Paper on social care'); a body's parts listed
        if no_name(span, self.rules) or likened(self.rules, span.doc, span.end) or quoted_state(span.doc, span.start):
            return False  # a file's name, a kind of people's initials, a common phrase capitalised, a field then a post;
            # a name likened to ('Grenfell-style'), a quoted state ('found to be in "Serious Breach"')
        if len(span) == 1 and (span[0].pos_ in {"ADJ", "ADV", "VERB"} or (span[0].tag_ == "NNS" and (opens_text(span[0]) or span.doc[span.start - 1].text in {'"', "“"}))) and not span[0].is_upper \
                and not camel_case(span[0]):  # a capitalised adjective or adverb ('Smart', 'Socially', 'Supporting'; not 'KelbyGo'); a plural
            return False  # common noun capitalised only to open its sentence or a quote ('Concerns had been raised …', '"Gyms and pools are vital"')
        if len(span) == 1 and ((opens_text(span[0]) or span.doc[span.start - 1].text in {'"', "“"}) and span[0].is_title or shouted_opening(span[0]) or (
                span[0].text in self.rules.portfolios and span.end < len(span.doc) and span.doc[span.end].is_lower
                and span.doc[span.end].pos_ == "NOUN")) and {span[0].lower_ + e for e in ("", "s", "d", "ed")} & lower_case_words(span.doc):  # (or a field's
            # word before a noun: 'Governance downgrades', with 'good governance' elsewhere)
            return False  # a word capitalised only to open a sentence or a quote, written in lower case elsewhere ('Children', 'A PILOT …')
        if (len(span) == 1 and span[0].is_sent_start and span[0].pos_ == "NOUN" and span[0].dep_ == "compound"
                and span[0].head.is_lower):
            return False  # a common noun opening a sentence before the noun it describes ('Candidate documents …')
        if len(span) == 1 and span[0].is_title and plural_kind(self.rules, span[0].text, people=not span[0].is_sent_start):
            return False  # people or bodies of a kind, capitalised ('Councillors agreed …', 'staff and Councillors')
        if len(span) > 1 and span[-1].text == "NHS" and span.end < len(span.doc) and span.doc[span.end].is_lower \
                and self.rules.context_words.get(span.doc[span.end].lower_) == "Organisation":
            return False  # 'the York NHS trust': a body described by its place, not its name
        if len(span) == 1 and span[0].tag_ == "NNPS" and span[0].ent_type_ in {"NORP", "PRODUCT"}:
            return False  # a people ('to encourage Icelanders to travel', 'Londoners'), no thing of its own
        if len(span) > 1 and (span[0].is_sent_start or in_title_case_line(span, loose=True) and span[-1].text not in self.rules.head_words) \
                and span.text.lower() in doc_text(span.doc):  # words capitalised to open a sentence or in a title-case headline (not
            return False  # ending in a head word: 'New Family Hubs Programme'), the same words in lower case elsewhere ('Children's
            # Services', '… Care Services for Residents with Disabilities' and 'care services for residents with disabilities')
        if is_portfolio(span, self.rules):
            return False  # what a post is in ('Director of Operations'), not a body
        if len(span) <= 3 and span[0].text in self.rules.navigation_openers or headline_word_of_a_name(span):
            return False  # a site's heading ('Latest News', 'Related Articles'); a headline's word of a name in the text
        if any(t.is_lower and (t.tag_ in {"VBD", "VBZ", "VBP", "VBN"} or (
                t.tag_ == "NNS" and span[k].text[:1].isupper() and span[k + 2].text[:1].isupper())) for k, t in enumerate(span[1:-1])):
            # 'Ofsted inspected Brackley Council' tagged as one name: a finite verb is not in names, nor a headline's
            # verb tagged as a plural noun between two names ('Office for Students fines University of Sussex')
            return False
        if (len(span) == 1 and span[0].text in self.rules.post_modifiers) or (
                span.end < len(span.doc) and span.doc[span.end].text in self.rules.role_title_heads
                and (len(span) == 1 or (span.start, span.end) not in gaz_spans(span.doc, "Organisation"))):
            return False  # 'the Home Secretary', 'Local Government Minister X', 'Joint Acting …': part of a post's title
        if self.is_post_title(span):
            return False  # 'Chief Executive', 'Head of Policy', 'Assistant Commissioner for Wales': a post
        if len(span) > 1 and span[-1].tag_ in {"NNS", "NNPS"} and all(t.lower_ in self.rules.name_nouns for t in span[:-1]) \
                and not kind_of_work_after(span, self.rules):
            return False  # a kind of body and a plural, capitalised ('better Council Services', 'University Staff')
        if span[-1].text.endswith("s") and self.rules.head_words.get(span[-1].text[:-1]) == "Organisation" and span.start \
                and span.doc[span.start - 1].lower_ in {"and", "&"} and not (span.start > 1 and span.doc[span.start - 2].text in self.rules.head_words):
            return False  # the second of two bodies sharing a plural head: 'Warrington and West Lancashire Councils' (not 'Kelby Libraries and Kelby Museums')
        if any(t.pos_ == "VERB" and (t.tag_ in {"VBZ", "VBP", "VBD"} or (t.tag_ == "VB" and t.nbor(-1).lower_ == "to"))
               for t in span[1:]) and in_title_case_line(span):  # (or 'X to Launch Y')
            return False  # a headline's subject and verb ('Firms Face Fines'), every word capitalised
        if headline_verb_after_to(span):
            return False  # a headline's verb after 'to' and its object ('… AI to Slash Social Worker Admin')
        if any((t.pos_ in FUNCTION_POS or t.lower_ in HEADLINE_PREPOSITIONS) and t.text[:1].isupper() for t in span[1:]) and in_title_case_line(span):
            return False  # a run of a headline ('Ofsted Calls For Tougher Regulator'), where every word is capitalised
        if headline_common_words(span, self.rules, lower_case_words(span.doc)) or title_case_common_word(span) or lone_headline_word(span):
            return False  # a headline's common words ("X's Opening Use of Fresh Penalty Powers"), in lower case in the text
        return not (len(span) > 1 and span[-1].text in self.rules.non_entity_heads  # ('Manchester GP'; not 'College of GPs')
                    and not any(t.lower_ in {"of", "for"} for t in span[1:-1]))

    def employer_of_post(self, span: Span) -> bool:
        return employer_of_post(span, self.rules)

    def is_post_title(self, span: Span) -> bool:
        return names_a_post(self.rules, span)

    def is_given_name_run(self, span: Span) -> bool:
        """'Ewan Baird', 'Mark Foden', 'Ann-Marie Riley', 'Clare de Bathe': two or three capitalised words (and a surname's
        particle) opening with a common given name (not with a place the gazetteer knows: 'Milton Keynes South')."""
        first = span[0].text.title() if span[0].is_upper and len(span[0]) > 1 else span[0].text  # 'JOHN Smith' opening a story
        if any(a == span.start and b - a > 1 for a, b in gaz_spans(span.doc, "Place")):
            return False
        k = hyphened_given(span)
        words = [t for t in ([span[0], *span[k + 1:]] if k else span) if t.text not in SURNAME_PARTICLES or t.i == span.start]
        return 2 <= len(words) <= 3 and first in self.rules.given_names and all(t.text[:1].isupper() and t.is_alpha for t in words)

    def extend_paper(self, doc: Doc, start: int, end: int) -> int:
        """'the Green Paper on social care': a paper's name runs on through its 'on/for' phrase; a report's title
        through its subtitle (subtitle_end); a law's or a publication's name through its year."""
        if end - start >= 2 and doc[end - 1].text in {"Paper", "Papers"} and end < len(doc) and doc[end].lower_ in {"on", "for"}:
            prep = doc[end]
            pobjs = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.head.i == end - 1 and pobjs and pobjs[0].right_edge.i - end < 6:
                return pobjs[0].right_edge.i + 1
        return years_end(doc, start, end, self.rules.head_words) or subtitle_end(doc, start, end, self.rules)  # ('Strategy 2018-2030')

    def head_type(self, span: Span) -> str | None:
        """Type implied by the last word(s), up to three: '... Act' is a Policy, '... Dataset' a Programme."""
        span = before_years(span)  # ('Environment Strategy 2018-2030': typed by the words before the years)
        colon = next((t.i for t in reversed(span[1:-1]) if t.text == ":"), None)  # 'Warm Homes: Social Housing Fund': the
        if colon is not None and (tail := self.head_type(span.doc[colon + 1:span.end])) is not None:  # part after the brand
            return tail
        words = [t.text for t in span if (not t.like_num or t.i == span.start) and not t.is_punct]  # ('888 Group' is two words)
        if len(span) == 1 and (camel := re.fullmatch(r"(?:[A-Z][a-z]+){2,}|[a-z]{1,4}(?:[A-Z][a-z]+)+", span[0].text)) is not None:
            last = re.findall(r"[A-Z][a-z]+", camel.group())[-1]  # 'MyStaffsApp', 'FixMyStreet': a product's name; so is
            return "Programme" if self.rules.head_words.get(last) == "Programme" or camel.group()[0].islower() else None  # 'webReader'
        if len(span) == 1 and self.rules.place_shape and re.fullmatch(self.rules.place_shape, span[0].text):
            return "Place"  # 'the M25', 'the A303': a road's number
        if len(words) > 2 and words[-2] in {"'s", "\u2019s"}:  # "Women's Centre": the possessive is its word's
            words[-3:-1] = [words[-3] + "'s"]
        if len(span) > 1 and words == [span[0].text] and words[0] in self.rules.product_makers:
            return "Programme"  # 'Microsoft 365': a maker's name and a number (read as one word below) names a product
        if len(words) < 2 or (len(span) > 1 and span[-2].text in {"-", "‑"} and not span[-2].whitespace_):  # one word, or a word joined
            # by a hyphen ('E-Act', 'X-Fund'): no head word of its own, unless the two are one ('Orton Housing Co-operative')
            return self.rules.head_words.get(f"{span[-3].text}-{span[-1].text}") if len(span) > 3 and span[-1].is_lower else None
        if (typed := next((t for p, t in self.rules.typed_prefixes if span.text.startswith(p)), None)) is not None \
                and span[-1].text not in LEGAL_ENDINGS:  # (not 'Project Kelby Ltd')
            return typed  # 'Green Paper on …', 'Operation Sentinel'
        if span.text.startswith(self.rules.body_prefixes):
            return "Organisation"  # 'HMP Lewes', whatever the place after it
        if span.text.startswith(self.rules.place_body_prefixes) and not any(w in self.rules.head_words for w in words[1:]):
            return "Organisation"  # 'NHS Tayside', 'NHS Greater Glasgow and Clyde' (not 'NHS App', 'NHS Long Term Plan')
        joint = next((k for k, t in enumerate(span) if t.lower_ in {"for", "of", "on"}), 0)  # the name's own head before its first
        if 0 < joint < len(span) - 1 and span[joint - 1].text in self.rules.post_modified_heads:  # phrase ('Select Committee on
            return self.rules.post_modified_heads[span[joint - 1].text]  # the Inquiries Act 2005': a body, however parsed)
        root = span.root
        coordinated = any(c.dep_ == "conj" and span.start <= c.i < span.end for c in root.children)
        if root.i != span[-1].i and not coordinated and not root.like_num:
            # 'Review of Child Protection': the head noun decides; 'Centre for Cities' names a body
            etype = self.rules.post_modified_heads.get(root.text) or self.rules.head_words.get(root.text)
            if etype:
                return etype
        if len(words) > 2 and words[-1] in self.rules.national_qualifiers:  # 'Research Councils UK': the word before
            before = self.rules.head_words.get(words[-2]) or self.rules.head_words.get(words[-2].removesuffix("s"))
            if before == "Organisation":
                return before
        heads, last = self.rules.head_words, words[-1]
        plural = heads.get(last[:-1]) if last.endswith("s") and last not in self.rules.firm_plurals else None
        found = heads.get(" ".join(words[-3:])) or heads.get(" ".join(words[-2:])) or heads.get(last) or (  # ('Family Hubs': many hubs, one programme;
            plural if plural in {"Programme", "Publication"} else None)  # not 'X Services', a firm, nor 'Wise Councils')
        if found is None and words[0] in self.rules.product_makers and last not in self.rules.national_qualifiers:
            return "Programme"  # 'Microsoft Teams', 'Google Workspace': a technology firm's product (not 'Google UK')
        if found is None and span.text.startswith(self.rules.place_name_prefixes):
            return "Place"  # 'the River Irwell' (not 'River Irwell Trust', 'Mount Lens Nursing Home')
        places = gaz_spans(span.doc, "Place")  # 'the MP for Milton Keynes South', 'Bristol North
        if found is None and any((" ".join(words[-k:]) in self.rules.place_parts and (span.start, span.end - k) in places) or (  # West', 'Northern England':
                " ".join(words[:k]) in self.rules.place_parts and (span.start + k, span.end) in places) for k in (1, 2)):  # a known place's part
            return "Place"
        return found or ("Programme" if span[0].tag_ == "VBG" and span[0].text not in self.rules.given_names else None)  # ('Tackling Loneliness')

    def context_type(self, doc: Doc, start: int, end: int) -> str | None:
        """Type from a describing noun: 'Data Mill North, an open data platform' -> Programme; or from an
        address: 'of 4 Mill Road, Kings Cliffe, Northamptonshire' (a name between a street and a known place)."""
        if in_address(self.rules, doc, start, end) or place_suffixed(self.rules, doc, end) or place_prefixed(self.rules, doc, start):
            return "Place"  # (or 'Barset-born', 'Kelby-based', 'Co. Kerry')
        if end - start > 2 and doc[end - 1].text == "Council" and doc[end - 2].lower_ in COUNCIL_TIERS:
            return None  # ('Barset County Council, a project …': a council, by its head word, whatever is set beside it)
        if municipal_body(doc, start, end, self.rules.municipal_heads):
            return "Organisation"  # ('the City of Cotati partners with …': its corporation)
        if end - start > 1 and (work := kind_of_work_after(doc[start:end], self.rules)) and (doc[end - 1].text not in self.rules.head_words or owned_work(doc, start)) \
                and not {(start, end)} & (gaz_spans(doc, "Organisation") | gaz_spans(doc, "Place")):
            return self.rules.context_words[work]  # 'its School Streets programme', "X's Warm Homes programme" (not 'the Kelby Council scheme')
        i, skipped = end, 0
        if i < len(doc) and doc[i].text == "(":  # skip a bracketed acronym
            while i < len(doc) and doc[i].text != ")" and i - end < 6:
                i += 1
            i += 1
        after, i = i, past_where(doc, i)  # the word after the name and its bracketed acronym (its place set off: 'X in Y, a …')
        if i < len(doc) and doc[i].text in {",", "–", "-", "—"}:
            i += 1
            while i < len(doc) and skipped < 6 and not doc[i].is_sent_start and not _reporter(doc[i], self.rules) and not _clause_subject(doc, i, start, end):
                tok = doc[i]
                if tok.pos_ == "NOUN" and (tok.dep_ in {"appos", "ROOT", "attr", "conj", "dobj", "pobj", "nsubj"} or (  # ('X, a
                        tok.dep_ == "compound" and tok.lemma_.lower() in self.rules.context_words and tok.head.text.capitalize() not in self.rules.post_words)):  # scheme advertising …'; not 'programme director')
                    if tok.text.capitalize() in self.rules.post_words and not post_of_place(doc, start, self.rules) and (any(
                            c.dep_ == "prep" and c.lower_ in {"of", "at"} for c in tok.children)
                            or self.is_given_name_run(doc[start:end])):
                        return "Person"  # 'Amyas Morse, head of the NAO': someone who holds a post at a body; 'Jo
                        # Bloggs, the children's commissioner': a person's name described by a post that is also an office
                    if kind := next((k for c in (tok, *tok.conjuncts) if (k := kind_word(c)) in self.rules.context_words), None):
                        return self.rules.context_words[kind]  # (or what it is too: 'a media arts centre and social enterprise')
                    if end - start == 1 and doc[start].text in self.rules.given_names:
                        return "Person"  # 'Yvonne, a social worker at X': a given name described by what she does
                    break
                if (tok.pos_ in {"VERB", "AUX", "PROPN", "PUNCT", "CCONJ"} and tok.text not in {"-"} and tok.dep_ != "amod") or (
                        tok.pos_ == "ADP" and skipped == 0):  # (', for a new project' is what the money is for, not what X is)
                    break  # no describing noun here ('a shared recruitment service': a participle reads on; ', and …' lists)
                i += 1
                skipped += 1
        if described := appos_kind(doc, start, end, self.rules.context_words):
            return described  # ('X, a media arts centre and social enterprise': what the parse says describes it)
        # 'the Social Policy and Practice database', 'the One Public Estate (OPE) programme': a describing noun right after
        paired, after = kind_after_pair(doc, start, end, self.rules.context_words), kind_word_after(doc, after, end - start, self.rules.context_words)  # ('the Kelby and Barset wards', 'Barset Manor care home')
        if paired or (after < len(doc) and doc[after].pos_ == "NOUN" and (doc[end - 1].head.i == after or doc[end - 1].like_num  # or '…
                                                                          or any(t.head.i == after or (t.head.head.i == after and t.head.is_lower) for t in doc[start:end]))):  # 2017 report'
            etype = paired or noun_kind(doc[after], self.rules.context_words)  # (or 'X for Y and Z initiative')
            if (etype in {"Programme", "Publication", "Policy", "Place"} or (etype == "Organisation" and body_by_kind_after(doc, start, end, paired))
                    or etype == "Event" and (start, end) not in gaz_spans(doc, "Place")) \
                    and (self.rules.head_words.get(doc[end - 1].text) != "Organisation" or (etype == "Programme" and _programme_over_head(doc, start, end, self.rules))):
                return etype  # (but 'the Audit Commission report' is the body's report; 'A and B housing associations' are bodies)
        if (kind := kind_before(self, doc, start, end)) is not None and not beside_post(doc, start, end, self.rules):
            return kind  # (not 'on behalf of the partnership, Ann Lee-Ward, Director of Operations, said': a post's holder)
        return _said_kind(doc[start:end], self.rules)


def _said_kind(span: Span, rules: TypeRules) -> str | None:
    """The type of the noun a name is said to be, or listed as one of ('X is a project', 'bodies including X'); a body's own
    head word outranks the noun of a list its name ends ('universities with similar policies, including X University')."""
    noun = said_noun(span, rules.context_words) or _listing_noun(span)
    kind = rules.context_words.get(noun.lemma_.lower()) if noun is not None else None
    return None if kind not in {None, "Organisation"} and rules.head_words.get(span[-1].text) == "Organisation" \
        and span[-1].text not in rules.staffed_heads else kind


def _programme_over_head(doc: Doc, start: int, end: int, rules: TypeRules) -> bool:
    """'the Urban Living Partnership programme', 'the Harbour Estates (HES) programme': a programme named by a body's head
    word that may end a programme's name too, or named with its acronym as one (not a known body's)."""
    return doc[end - 1].text in rules.staffed_heads or (doc[end].text == "(" and (start, end) not in gaz_spans(doc, "Organisation"))


def _listed_parts(span: Span, rules: TypeRules) -> bool:
    """'across the Finance, HR and Legal teams': names listed before a plural part noun are a body's parts, no one name."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.tag_ == "NNS" and after.lemma_.lower() in rules.part_nouns and any(t.text == "," for t in span)


def _bracketed_well(text: str) -> bool:
    """Whether every bracket in a name closes, and after it opens ('West Devon)(LD' is two pieces of a line, no name)."""
    depth = 0
    for c in text:
        depth += (c == "(") - (c == ")")
        if depth < 0:
            return False
    return depth == 0


def _listing_noun(span: Span):
    """'initiatives such as Future City Glasgow', 'bodies including Ofsted and the CQC', 'housing associations A and B':
    the noun whose examples the name is (through a list of them)."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    kind = next((c for c in tok.children if c.dep_ in {"compound", "nmod"} and c.tag_ == "NNS" and c.pos_ == "NOUN" and c.is_lower), None)
    if kind is not None and tok.i < span.start:
        return kind  # 'housing associations L&Q and East Thames': each name of the list is one of the kind before the first
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in {"as", "including", "like"}:
        return None
    noun = prep.head
    if prep.lower_ == "as":
        if prep.i == 0 or prep.nbor(-1).lower_ != "such":
            return None
        if noun.lower_ == "such":
            noun = noun.head
    places = gaz_spans(span.doc, "Place")  # ('applicants to the scheme, such as Blackpool, Hull and Sheffield City Region':
    if any((c.left_edge.i, c.i + 1) in places for c in (tok, *tok.conjuncts) if not span.start <= c.i < span.end):
        return None  # places listed, whatever the noun the parse hangs them on)
    return noun if noun.pos_ == "NOUN" and noun.tag_ in {"NNS", "NN"} else None


def title_case_common_word(span: Span) -> bool:
    """'… Names Jo Bloggs as Next Director General': one word the gazetteer knows (a firm called 'Next'), capitalised
    only because its line is in title case, that the article writes in lower case elsewhere ('the next director')."""
    return (len(span) == 1 and span[0].is_title and span[0].dep_ not in {"nsubj", "nsubjpass"} and span.start > 0
            and "\n" not in span.doc[span.start - 1].text_with_ws and span[0].lower_ in lower_case_words(span.doc)
            and in_title_case_line(span, loose=True))  # (not 'Shelter Warns Of …': the headline's subject, or its first word)


def subtitle_end(doc: Doc, start: int, end: int, rules: TypeRules) -> int:
    """'in its report Adult Social Care Funding: A Local or National Responsibility?': a title written after one of
    the nouns that name publications runs on through a capitalised subtitle after its colon (to its question mark); so
    does a programme's name through a short one ending in a programme's head word ('the Warm Homes: Social Housing Fund')."""
    if end + 1 >= len(doc) or doc[end].text != ":" or not doc[end + 1].is_title or start == 0:
        return end
    k = end + 1
    while k < len(doc) and (doc[k].is_title or (doc[k].lower_ in TITLE_SMALL_WORDS and k + 1 < len(doc) and doc[k + 1].is_title)):
        k += 1
    if rules.context_words.get(doc[start - 1].lemma_.lower()) != "Publication":  # (or a programme's, its head word after the
        return k if rules.head_words.get(doc[k - 1].text) == "Programme" and k - end <= 5 and not (k < len(doc) and doc[k].pos_ in {"VERB", "AUX"}) \
            and not any(a == start for a, _ in gaz_spans(doc, "Organisation")) else end  # colon: 'Warm Homes: Social Housing Fund'; not a list's)
    return k + (k < len(doc) and doc[k].text in {"?", "!"})


def described_as_person(doc: Doc, i: int, j: int, rules: TypeRules) -> bool:
    """A name described as someone: 'Rouse, who is …', a post's holder set off beside it (beside_post), or one taken on
    'as' a post ('appointed Eifion Evans as its new chief executive', 'Eifion Evans has been appointed as chief executive': a
    post word within the four words after 'as', no firm's)."""
    if j + 1 < len(doc) and doc[j].text == ",":
        return doc[j + 1].lower_ == "who" or beside_post(doc, i, j, rules)
    k = next((k for k in range(j, min(j + 4, len(doc) - 1)) if doc[k].pos_ not in {"AUX", "VERB"}), len(doc))  # ('X has been appointed as …')
    return k < len(doc) and doc[k].lower_ == "as" and doc[i].dep_ in {"dobj", "nsubjpass", "compound"} and any(
        t.text.capitalize() in rules.post_words for t in doc[k + 1:k + 5]) and not any(t.lower_ in FIRM_POSTS for t in doc[k + 1:k + 5])


def beside_post(doc: Doc, i: int, j: int, rules: TypeRules) -> bool:
    """'… HM Chief Inspector of Education and Training in Wales, Meilyr Rowlands.', 'Meilyr Rowlands, Chief Inspector,
    said': two or three capitalised words set off by a comma right after or right before a capitalised post title
    (a post word, with its modifiers and its field), or set off by commas (or ending the sentence) after a post in lower
    case ('its new director, Grace Obi,'; no firm's post), name the post's holder, a person, whatever their given name; so do
    such words with an age set off after them, as court and news reports write it ('Fatih Goztepe, 31, pleaded …'); a
    hyphened surname is one word ('Ann Lee-Ward')."""
    words = [t for t in doc[i:j] if not (t.text == "-" and i < t.i < j - 1 and not t.whitespace_ and not doc[t.i - 1].whitespace_)]
    if not 2 <= len(words) - (j - i - len(words)) <= 3 or not all(t.text[:1].isupper() and not t.is_upper and t.is_alpha for t in words):
        return False  # ('McGuinness')
    if j + 1 < len(doc) and doc[j].text == "," and (doc[j + 1].text in rules.post_words or doc[j + 1].text in rules.post_modifiers):
        return True
    if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].text.isdigit() and 16 <= int(doc[j + 1].text) <= 105 and doc[j + 2].text == ",":
        return True
    post = next((k for k in range(i - 2, max(i - 10, 0), -1) if doc[k].text.capitalize() in rules.post_words and (k == i - 2 or doc[k + 1].lower_ in {"of", "for"})
                 and all(t.is_lower for t in doc[k:i - 1])), i - 2)  # (past a lower-case remit: 'its director of adult social care, Helen Ward,')
    if i >= 2 and doc[i - 1].text == "," and doc[post].is_lower and doc[post].text.capitalize() in rules.post_words and doc[post].lower_ \
            not in FIRM_POSTS and (j == len(doc) or doc[j].text in {",", ".", ";"}):
        return True  # ('The trust's new non-executive director, Grace Obi, is …', '… share a chief executive, Helen Ward.': a post in lower case, the name set off after it)
    k = i - 2
    while k > max(i - 12, 0) and doc[i - 1].text == "," and (doc[k].is_title or doc[k].lower_ in TITLE_SMALL_WORDS or doc[k].is_lower and (
            rules.context_words.get(doc[k].lower_) == "Organisation" and doc[k - 1].lower_ == "the")):  # (the body's kind: 'the charity X')
        if doc[k].text in rules.post_words:
            return True
        k -= 1
    return doc[i - 1].text == "," and doc[k + 1].lower_ in {"of", "at"} and doc[k].is_lower and doc[k].text.capitalize() in rules.post_words \
        and j < len(doc) and (doc[j].text == "," or doc[j].text == "." and (doc[j].is_sent_end or doc[j + 1].is_space))  # ('The chief executive of Y, Jo Bloggs, is …')


def headline_verb_after_to(span: Span) -> bool:
    """'… AI to Slash Social Worker Admin', '… to Regenerate Brownfield Land' in a title-case line: a verb after 'to'
    (tagged so, or a word the text writes after 'to' in lower case elsewhere) and its object, not a name."""
    if not span.start or (doc := span.doc)[span.start - 1].lower_ != "to" or not in_title_case_line(span, loose=True):
        return False
    return doc[span.start - 1].tag_ == "TO" or f"to {span[0].lower_} " in doc_text(doc)  # (the whole text searched last)


def known_body_end(doc: Doc, start: int, end: int, rules: TypeRules, joining: frozenset[str]) -> int:
    """Where a name the tagger ran on past a body the gazetteer knows ends: before a post word ('The Estyn Inspector,
    Mr X', 'the new Kelby Council Chief Executive') or a post's field ('WLGA Finance and Resources'); in a headline,
    also before 'for/of/…' ('ICO acts against X Borough Council for Data Breach') and before
    a verb or, in a title-case line, any capitalised word ('X University Fined Over Late Accounts: What …'); in a
    title-case line, a name the tagger ran on past its head word into one word ending in 's' ends at the head word."""
    verb = next((k for k in range(start + 2, end) if rules.head_words.get(doc[k - 1].text) == "Organisation" and doc[k].is_alpha
                 and doc[k].is_title and doc[k].text.endswith("s") and doc[k].text not in rules.head_words), None)
    if verb is not None and in_title_case_line(doc[start:end], loose=True):
        return verb  # a headline's verb after a body's head word ('Kelby Council Unveils £2m Scheme …', '… Backs New Plan')
    known = [b for a, b in gaz_spans(doc, "Organisation") if a == start and b < end]
    headline = bool(known) and (in_title_case_line(doc[start:end]) or doc_text(doc).find("\n", 0, doc[start].idx) < 0)
    return next((b for b in known if doc[b].text in rules.post_words or (doc[b].text in rules.post_modifiers and b + 1 < end
                 and doc[b + 1].text in rules.post_words) or all(t.text in rules.portfolios or t.lower_ in {"and", "&"} for t in doc[b:end])
                 or (doc[b].is_title and b + 2 < len(doc) and doc[b + 1].lower_ == "to" and doc[b + 2].tag_ == "VB" and doc[start:b].text not in rules.product_makers)  # ('Kelby
                 # Party Failure to deliver …': a table's next column)
                 or headline and (doc[b].lower_ in joining or (
        doc[b].is_title and (doc[b].pos_ == "VERB" or in_title_case_line(doc[start:end], loose=True))))), end)


def _reporter(tok, rules: TypeRules) -> bool:
    """'… under the Kelby Plan, the council said': the subject of a reporting verb after it, no description of a name."""
    return tok.dep_ == "nsubj" and tok.head.i > tok.i and tok.head.lemma_ in rules.reporting_verbs


def _clause_subject(doc, i: int, start: int, end: int) -> bool:
    """'According to Jo Bloggs of X, the scheme has …': the word at *i*, the subject of the clause the phrase the name
    (*start*, *end*) is in opens, not a noun describing the name."""
    tok = doc[i]
    return tok.dep_ == "nsubj" and any(a.dep_ in {"prep", "advcl"} and a.head.i == tok.head.i for a in doc[start:end].root.ancestors)
