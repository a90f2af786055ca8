"""Finding names in a parsed article: gazetteer spans, the tagger's entities (trimmed and re-typed), and
names the tagger missed but the text describes. Imports vocab, resolve and the other extract readers.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from ..vocab.lexicon import GazetteerEntry, StructureRules, TypeRules, councils_by_code
from .acronyms import AcronymReader
from .citations import citation_blocks
from .entity_types import TypeJudge, beside_post, described_as_person, known_body_end, title_case_common_word
from .firm_capitals import capital_firm_names
from .kind_names import introduced_kind
from .listed_fields import labelled_field_names, listed_field_names, plural_titled_names, titled_pair_names, titles_set_off
from .mentions_base import CALENDAR_WORDS, QUOTES, Mention, doc_ents, doc_text, doc_tokens, heading_end, member_opener
from .name_runs import (verb_opens_name, and_ends_name, lone_word_opens, split_run_together, body_on_body, in_joined_office, joined_names, name_goes_on, office_end,
                        on_a_day, pair_named, plural_in_name, product_number, split_coordination, through_year)
from .name_cues import (acts_as_body, body_before_holder, firm_start, initials_before_field, joined_to_body, municipal_run, naming_type,
                        no_persons_name, person_after_place, political_label, remits_dropped, split_body_person)
from .name_edges import (LEADING_DETERMINERS, speaker_after_body, LEGAL_ENDINGS, after_post, unit_of_known, before_open_bracket, honours_edges, capitalised_nouns, body_before_person, bracketed_qualifier,
                         capitalised_modifiers, gaz_spans, name_prefix, person_edges, national_qualifier, ordinal_end,
                         past_opening_adjective, post_after_name, run_bounds, titled_person, trim_edges)
from .name_joins import hyphened_prefix, joined_by_hyphen, joined_inside, statutes_through_from, their_joint_deed, work_titled
from .name_marks import after_street, contract_party, formed_by_merger, marked_body, money_recipient, passing_known_name, run_by_someone, sanctioned, speaks, taken_as_post
from .shared_heads import shared_head_bodies
from .name_splits import cut_head_end, head_of_place, known_start, split_comma, split_in, split_of, split_on, split_slash, split_typed_prefix
from .post_titles import acronym
from .pipeline import GAZ_SPANS
from .place_bodies import PlaceBodies, councillors_councils, county_after, place_body, plural_kind_before, plural_kind_bodies, possessive_kind_bodies, titled_kind_bodies
from .quoted_names import quoted_name
from .short_forms import known_registered, registered_short_forms
from .whole_names import comma_offices, hyphened_towns, local_branches, national_arms, opened_titles, places_before_shared_name, saints_names, written_in_full

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# determiners a tagged name can start with that are not part of it ('this World Social Work Day'); the
# possessive ones only in lower case ('Her Majesty's Inspectorate', 'Our Lady's Hospice' are names)
LEADING_POSSESSIVES = {"our", "their", "its", "his", "her"}


def possessive_opening(doc: Doc, i: int) -> bool:
    """A possessive pronoun before a name ('their Kelby Fund'; "'Our Kelby programme", capitalised as a sentence's or
    a quotation's first word), not one that opens a name of its own ('Our Lady of Lourdes School', "Her Majesty's
    Inspectorate", 'a recruitment agency (Your World Recruitment)'); so does 'Each' ('Each Kelby Team will be awarded …')."""
    return doc[i].text in LEADING_POSSESSIVES or (doc[i].text in {"Our", "Their", "Its", "My", "Your", "Each"} and i + 1 < len(doc)
                                                  and doc[i + 1].text != "Lady" and (doc[i].is_sent_start or doc[i - 1].text in QUOTES))


class MentionFinder:
    """All the names of one article, typed, without overlaps."""

    def __init__(self, rules: TypeRules, structure: StructureRules, gaz: dict[str, GazetteerEntry]) -> None:
        self.rules, self.structure, self._gaz = rules, structure, gaz
        self.places = {e.name: key for key, e in gaz.items() if e.typing_only}  # towns: type a tagged name
        self.judge = TypeJudge(rules)
        self.acronyms = AcronymReader(self.judge, structure, gaz)
        self.bodies = PlaceBodies(self.judge, structure, councils_by_code(), gaz)
        self.field_labels = {w: etype for rule in ("labelled-records", "labelled-grants") for key, etype in (("body_labels", "Organisation"), ("project_labels", "Programme"))
                             for w in structure.structural.get(rule, {}).get(key, ())}  # ('Applicant: X', 'Project title: Y' in a register)

    def find(self, doc: Doc) -> tuple[list[Mention], dict[int, tuple[int, int]]]:
        """Names found by the ruler and the tagger, trimmed and typed, plus bracketed-acronym names; and, for each
        acronym defined in brackets, the token span of its long form."""
        candidates: list[Mention] = [Mention(span.start, span.end, span.text, span.label_, "gazetteer", span.id_ if span.id_ in self._gaz else None)
                                     for span in doc.spans.get(GAZ_SPANS, []) if not title_case_common_word(span) and not political_label(span, self.structure)
                                     and not passing_known_name(self.rules, doc, span)]  # (not 'as Next Director', 'Independent MP', 'Ofsted-style')
        known = {(g.start, g.end) for g in candidates}  # the gazetteer's spans
        places = {g.start: g for g in candidates if g.type == "Place"}
        candidates += [b for g in places.values() if (b := place_body(self.bodies, doc, g)) is not None] + possessive_kind_bodies(self.bodies, doc, places) + titled_kind_bodies(self.bodies, doc, places) + councillors_councils(self.bodies, doc)
        for ent in doc_ents(doc):
            place = places.get((ent := known_start(doc, ent)).start)
            if place is not None and place.end < ent.end and person_after_place(doc, place, ent, self.judge):
                # 'commissioner for Wales Sarah Evans', 'Mayor of Newham Jo Bloggs' tagged as one name: a place (the post's), then a person
                ent = doc[place.end:ent.end]
                ent.label_ = "PERSON"
            m = self.mention_from_span(doc, ent)
            if m is not None:
                candidates += [part for c in split_run_together(doc, m, self.judge) for u in split_comma(doc, c, self.judge, self.places)
                               for s in split_slash(doc, u, self.judge) for t in split_on(doc, s, self.judge) for v in split_typed_prefix(doc, t, self.judge, self.structure)
                               for w in split_in(doc, v, places, self.places)
                               for x in split_possessor(doc, w, candidates, self.judge)
                               for y in split_of(doc, x, self.judge, self.structure) for z in split_body_person(doc, y, self.judge)
                               for part in split_coordination(doc, z, known, self.judge, self.structure)]
        candidates += _towns_after_in(doc, self.places, {i for c in candidates for i in range(c.start, c.end)})
        candidates += [part for e in self.described_names(doc) for o in split_on(doc, e, self.judge) for d in split_typed_prefix(doc, o, self.judge, self.structure) for m in split_in(doc, d, places, self.places) for y in split_of(doc, m, self.judge, self.structure)
                       for z in split_body_person(doc, y, self.judge) for part in split_coordination(doc, z, known, self.judge, self.structure)]
        candidates += registered_short_forms(doc, candidates, self.structure.structural["short-form-endings"], self.rules.never, self.rules.post_words) + saints_names(doc, candidates, self.judge)
        candidates += national_arms(doc, candidates, places.values(), self._gaz, self.structure.structural["national-arms"], self.rules.place_parts) + local_branches(doc, candidates, self._gaz, self.structure.structural["local-branches"])
        candidates += written_in_full(doc, candidates) + places_before_shared_name(doc, candidates, self.judge, tuple(self.structure.structural["shared-place-names"]["heads"])) + listed_field_names(doc, self.judge) + titled_pair_names(doc, self.judge) + capital_firm_names(doc) + plural_titled_names(doc, self.judge) + hyphened_towns(doc, self.judge, self.structure.structural)
        candidates += (labelled_field_names(doc, self.judge, self.field_labels) if ":" in doc_text(doc) else []) + titles_set_off(doc, self.judge) + comma_offices(doc, self.structure.joined_offices) + opened_titles(doc, candidates, self.structure.structural) + statutes_through_from(doc, candidates) + shared_head_bodies(doc, self.structure.structural["shared-heads"])
        candidates = known_registered(joined_names(doc, _plural_kinds(self.bodies, doc, candidates), self.rules, self.structure.joined_offices), self.bodies.by_name)
        references = citation_blocks(doc) if "(" in doc_text(doc) else []
        if references:  # inside a reference only the citation's own parts are names
            inside = {i for start, end, _ in references for i in range(start, end)}
            candidates = [c for c in candidates if c.start not in inside] + [m for *_, ms in references for m in ms]
        mentions = remits_dropped(doc, _longest_first([_body_board(doc, c, self.structure.structural["body-boards"]) for c in _named_pairs(doc, candidates, self.judge, frozenset(self.structure.structural["co-subject"].get("joint_deeds", ())))]), self.structure, self.rules)
        mentions, links = self.acronyms.define(doc, mentions)
        return sorted(mentions, key=lambda m: m.start), links

    def described_names(self, doc: Doc) -> list[Mention]:
        """Names the tagger missed but the text describes: 'Wise Council, a report', 'an 'open by default' policy'; and
        runs of proper nouns whose head word has a type rule ('Essex Police')."""
        out = []
        toks = doc_tokens(doc)  # indexing a list, not building a Token object at every doc[i]
        known_bodies = gaz_spans(doc, "Organisation")
        body_starts = {a for a, _ in known_bodies}
        i = restart = 0
        while i < len(doc):
            tok = toks[i]
            if tok.text in {"'", '"'} and i + 1 < len(doc):  # quoted phrase + describing noun
                found, after = quoted_name(doc, toks, i, (self.rules.context_words, self.rules.head_words), self.structure.rating_re)
                if after is not None:
                    out += [found] if found is not None else []
                    i = after
                    continue
            if (tok.pos_ == "PROPN" or hyphened_prefix(toks, i) or verb_opens_name(toks, i, self.rules.head_words)) and tok.text[0].isupper() and (i == restart or toks[i - 1].pos_ != "PROPN" or not toks[i - 1].is_alpha
                                                                  or self.rules.honorific(tok.text)):  # (a title opens a run)
                # a run of proper nouns, through 'of/for/on/and' ('Centre for Policy on Ageing'), maybe through names cut short
                j, bracket = i + (tok.pos_ != "PROPN" and verb_opens_name(toks, i, self.rules.head_words)), None
                while j < len(doc) and (toks[j].pos_ == "PROPN" or joined_by_hyphen(toks, j, self.rules.head_words) or plural_in_name(toks, j, self.rules)
                                        or joined_inside(toks, j, self.rules.head_words)
                                        or (bracket := bracketed_qualifier(toks, j, self.rules.head_words)) is not None or (
                        toks[j].lower_ in self.structure.name_joining_words and name_goes_on(toks, j + 1, self.rules.post_modified_heads)) or (
                        toks[j].lower_ == "the" and name_goes_on(toks, j, self.rules.post_modified_heads))):
                    if (toks[j].ent_type_ == "DATE" and not _date_slip(toks[j])) or (toks[j].ent_type_ in NUMERIC and (toks[j].like_num or not toks[j].is_alpha) and not hyphened_prefix(toks, j)):
                        break  # (a word tagged a number or a date is the tagger's slip: 'CapacityGRID', 'Duncan Selbie')
                    if and_ends_name(doc, toks, i, j, self.rules, self.structure, known_bodies) or (toks[j - 1].text.endswith(".") and toks[j - 1].text[:-1] in LEGAL_ENDINGS):
                        break  # 'Norfolk County Council and Hampshire County Council' are two names ('X Ltd. Commissioner Y said': a stop)
                    if (toks[j].lower_ in self.structure.name_joining_words or toks[j].text in self.rules.post_words) and (
                            (i, j) in known_bodies or titled_person(toks, i, j, self.rules) or municipal_run(toks, i, j, self.rules) or unit_of_known(toks, j, known_bodies, self.structure.structural) or (i, j) in gaz_spans(doc, "Place") and doc[j + 1:j + 2].text in self.rules.given_names) \
                            and not in_joined_office(doc, j, self.structure.joined_offices):
                        break  # '… Council for Data Breach' in a headline, '… Commission Director of …', 'Cllr X for Bushey', 'City of X for …', 'Kent PCC Jo Bloggs'
                    if toks[j].lower_ in {"on", "and", "&"} and (j + 1 in body_starts and not lone_word_opens(toks, i, j, self.rules, known_bodies)
                                                                  or on_a_day(toks, j, self.structure.structural)) or body_on_body(doc, j, self.rules.head_words):
                        break  # 'imposed by the Information Commissioner on Norfolk County Council', 'the Carbon Trust for X Council': two bodies
                    j = bracket + 2 if toks[j].text == "(" and bracket is not None else j + 1  # (and the head word after it)
                j = product_number(toks, i, through_year(toks, i, j, self.rules.context_words), self.rules.product_makers)
                if j == i:
                    i += 1
                    continue
                if tok.text in self.rules.national_qualifiers and (i + 1, j) in known_bodies:
                    i = j  # 'the UK Information Commissioner': the known body, qualified by its country
                    continue
                j = heading_end(toks, i, j, self.structure.structural)  # ('Sam Patel Picture: …', '… Alliance March | 2023 Newsletter')
                ended = body_before_person(toks, i, known_body_end(doc, i, run_end := self.judge.extend_paper(doc, i, j), self.rules,
                                                                   self.structure.name_joining_words), known_bodies, self.rules)
                if ended < run_end and ((named := toks[ended].text in self.rules.given_names or speaker_after_body(toks, ended, run_end)) or (
                        ended + 1 < run_end and self.rules.head_words.get(toks[run_end - 1].text) == "Organisation")):
                    restart = ended + (not named)  # 'ICO Slaps X Council With …' (a verb after the known body); 'X Council Jo Bloggs …'
                i, j = run_bounds(doc, toks, i, ended, self.rules, self.judge)
                restart = j if j < ended and (self.judge.is_given_name_run(doc[j:ended]) or j in body_starts) else restart  # ('… Police Jo Bloggs')
                i, posted = _run_start(doc, toks, i, j, self.rules, self.structure.structural)
                span = doc[i:j]
                tagged = any(t.ent_type_ and t.ent_type_ not in NUMERIC and t.ent_type_ != "NORP" for t in span)  # (a people's word is no type)
                if (len(span) > 1 or not span[0].is_sent_start or acronym(span) or span[0].head.lower_ in self.rules.sanction_verbs or any(c.dep_ == "appos" for c in span[0].children)) \
                        and self.judge.is_name(span):  # ('Kelbynet has been slapped with a fine' opening a sentence)
                    etype, source = self.judge.context_type(doc, i, j), "context"
                    if etype is None:
                        etype, source = self.judge.head_type(span), "head"
                        if etype == "Place" and (all(t.ent_type_ == "PERSON" for t in span) or (i > 0 and self.rules.honorific(toks[i - 1].text)) or _person_cue(doc, i, j, self.rules)) and (self.judge.is_given_name_run(span) or (
                                len(span) == 1 and self.rules.personal_title(toks[i - 1].text))):
                            etype = None  # 'Andy Street', a person to the tagger, 'Dame Sue Street', a titled one: not a street
                    # 'Mark Foden, an organisational strategist' untagged, or only 'Foden' tagged: a person
                    cut = tagged and not any(e.start <= i and e.end >= j for e in doc_ents(doc)) and not {"and", "&"} & {t.lower_ for t in span}
                    titled = posted or (i > 0 and self.rules.honorific(toks[i - 1].text))  # (a name after a title: 'Cllr Dhanisha Patel')
                    if etype is None and (((not tagged or cut) and (self.judge.is_given_name_run(span) or beside_post(doc, i, j, self.rules))) or titled
                                          or (speaker_after_body(toks, i, j) and any(b == i for _, b in known_bodies))):  # ('X Ombudsman Jo Bloggs said')
                        etype, source, tagged = "Person", "context", False
                    if etype is None and (not tagged or cut) and (acts_as_body(span, toks, j, self.rules, acronym(span)) or self.judge.employer_of_post(span) or marked_body(span, self.structure)):
                        etype, source = "Organisation", "context"  # 'RNIB has appointed …', 'Kelbet were fined', 'chief executive of CapacityGRID'
                    if etype is not None and (not tagged or source == "head" or (cut and source == "context")):
                        out.append(Mention(i, j, span.text, etype, source))  # ('housing association Cross Keys Homes', 'Keys Homes' tagged)
                i = max(j, i + 1)
                continue
            i += 1
        return out

    def mention_from_span(self, doc: Doc, ent: Span) -> Mention | None:
        """Trim determiners, possessives and honorifics; drop what is not a name; assign a type."""
        if ent.label_ not in self.structure.spacy_types:
            return None
        start, end = ent.start, ent.end
        start, end = person_edges(doc, start, end, self.rules) if ent.label_ == "PERSON" else (start, end)  # 'Simon | John Varley'
        titled = start > 0 and self.rules.honorific(doc[start - 1].text)
        while start < end and (doc[start].lower_ in LEADING_DETERMINERS or possessive_opening(doc, start) or (titled and doc[start].text in self.structure.structural["honorific-styles"]["words"])  # ('Lady Justice X')
                               or self.rules.honorific(doc[start].text) and (not self.rules.names_a_body(doc[end - 1].text) and self.rules.head_words.get(doc[end - 1].text) != "Place" or (
                                   self.judge.is_given_name_run(doc[start + 1:end]) or self.rules.personal_title(doc[start].text))) or doc[start].is_punct  # ('Lord Street'; 'Dame Sue Street', 'Mr Ward')
                               or (len(doc[start].text) == 1 and not doc[start].text.isalnum())):  # ('• Kelby Museum')
            titled = titled or self.rules.honorific(doc[start].text)
            start += 1
        start = past_opening_adjective(doc, start, end, self.structure.structural.get("member-openers", {}).get("words", ()))
        if (end - start >= 3 and ent.label_ == "PERSON" and (start == 0 or doc[start - 1].is_punct or doc[start].is_sent_start
                                                             or doc[start].text in self.rules.portfolios)
                and doc[start].text not in self.rules.given_names and self.judge.is_given_name_run(doc[start + 1:end])):
            start += 1  # 'b) Appoint Terry Collier as …', 'Head of Investigations Sam Patel': a verb or a post's field
        while start + 2 < end and doc[start].is_lower and doc[start + 1].text == "-":
            start += 2  # 'post-Brexit', 'pre-Covid', 'anti-Ofsted': a prefix on a name is not part of it
        if start + 2 < end and (doc[start].text in self.rules.never or doc[start].is_lower) and doc[start + 1].text in {"'s", "’s"}:
            start += 2  # "the Council's Social Justice Unit", "the university's School of X": a bare noun's possessive is not the name's
        if start + 1 < end and self.rules.not_a_names_first(doc[start]) and (doc[start + 1].is_title or doc[start + 1].is_upper) and not work_titled(doc, start, end, self.rules):
            start += 1  # 'Regulator Ofwat', 'Charity Shelter', 'Regulator ICO': a describing noun before a name (not a work's: 'Provider Selection Regime')
        start, end = trim_edges(doc, start, end, ent.label_, self.rules)
        start = firm_start(doc, start, end, self.rules)  # '777 Group' tagged as a number and a name; 'Cable and | Wireless Plc'
        start = after_post(doc, start, end, self.rules) if ent.label_ != "PERSON" else start  # 'Principal of X College'
        start = max(start, posted) if (posted := post_after_name(doc, ent.start, end, self.rules)) > ent.start else start  # ('Jo Bloggs, Vice Chair X Trust')
        end = body_before_person(doc_tokens(doc), start, known_body_end(doc, start, end, self.rules, self.structure.name_joining_words), gaz_spans(doc, "Organisation"), self.rules)  # 'X Ombudsman Jo Bloggs said'
        end = office_end(doc, start, initials_before_field(doc, start, end, self.rules), self.structure.joined_offices)  # ('WLGA Finance')
        start = name_prefix(doc, capitalised_modifiers(doc, start, end))
        end = before_open_bracket(doc, start, ordinal_end(doc, start, cut_head_end(doc, end)))  # ('Kelby Children First', 'Urban | Splash')
        if end - start > 2 and end < len(doc) and doc[end - 1].tag_ == "POS" and doc[end].is_title and doc[end].text not in self.rules.post_words \
                and (self.rules.head_words.get(doc[end].text) or not (end + 1 < len(doc) and doc[end + 1].is_title)) \
                and (doc[end - 2].text.endswith("s") or doc[end - 2].text in self.structure.structural["possessive_plurals"]):
            end += 1  # "the Seaside Children's | Home": the tagger ended the name at a possessive inside it
        while end > start and (doc[end - 1].text in {"'s", "'", "’s"} or doc[end - 1].is_punct or doc[end - 1].is_space
                               or doc[end - 1].is_currency or doc[end - 1].text in {"v", "v.", "vs", "vs."}  # 'Acme Ltd £', 'Acme Ltd v'
                               or (end - start > 1 and doc[end - 1].is_lower and doc[end - 1].tag_ in {"VBD", "VBZ"})  # 'X Commission fined
                               or (end - start > 2 and doc[end - 1].lower_.endswith("ly") and end < len(doc) and doc[end].tag_ in {"VBN", "VBD"})  # 'X Home Successfully Fined'
                               or (end - start > 1 and doc[end - 1].text in self.structure.structural["caption_words"])):  # 'Jo Bloggs Picture: …'
            end -= 1
        if start >= end:
            return None
        if end - start > 1 and doc[end - 1].like_num and len(doc[end - 1].text) == 4 and (start, end - 1) in gaz_spans(doc, "Place"):
            end -= 1  # 'England and Wales 2022' in a title: the place, not a body of that name with its year
        end = heading_end(doc, start, end, self.structure.structural)  # 'Kelby Youth Alliance March 2023 Newsletter'
        start += national_qualifier(doc, start, end, self.rules.national_qualifiers)
        end = self.judge.extend_paper(doc, start, end)
        end, named = honours_edges(doc, start, end, self.rules.post_nominals, self.structure.structural["paired-post-nominals"]["words"])
        span = doc[start:named]
        text = span.text
        if not self.judge.is_name(span):
            return None
        etype, source = self.structure.spacy_types[ent.label_], "spacy"
        if etype == "Person" and not titled and no_persons_name(span, self.rules, frozenset(self.structure.structural["national-names"]["words"])):
            etype = "Organisation"  # a lone capitalised word, or a place's named venue ('Hackney Empire'), tagged PERSON
        elif etype == "Person" and not titled and (body_before_holder(span, self.rules) or joined_to_body(span, self.judge) or posted > ent.start or _merged(span, self.judge, self.structure)):
            etype, source = "Organisation", "context" if posted > ent.start else source  # ('X Files chief blogger Jo Bloggs')
        context_type = self.judge.context_type(doc, start, end)  # 'Wise Council, a report': the description wins
        head_type = self.judge.head_type(span)
        naming = naming_type(doc, start, self.rules.context_words) or introduced_kind(doc, start, end, self.rules)  # 'a new app called Bin Buddy'
        if naming:
            etype, source, context_type = naming, "context", naming
        elif context_type and not (etype == "Person" and len(span) > 1 and (self.judge.is_given_name_run(span) or (  # ('commissioner Jo Bloggs':
                start and doc[start - 1].is_lower and doc[start - 1].text.capitalize() in self.rules.post_words))):  # a post's holder)
            etype, source = context_type, "context"
        elif head_type and not (head_type == "Place" and (etype == "Person" or titled or _person_cue(doc, start, end, self.rules)) and ((self.judge.is_given_name_run(span) and not (
                start and doc[start - 1].lower_ in WAY_BEFORE)) or (titled and len(span) == 1 and self.rules.personal_title(doc[start - 1].text)))):
            etype, source = head_type, "head"  # but 'Andy Street', tagged a person, is one (not 'the Victoria Wharf complex', 'on Albert Road')
        if etype == "Publication" and source == "spacy" and (sanctioned(span, self.rules) or run_by_someone(span, self.structure) or len(span) == 1 and not (
                start > 0 and end < len(doc) and doc[start - 1].text in QUOTES and doc[end].text in QUOTES)):
            etype = "Organisation"  # one unquoted word the tagger calls a work ('GreenSquareAccord') is a firm's name, as
            # is one a sanction acts on ('reprimanded Orton Migrant Support') or one someone runs ('X, run by Y,')
        if len(span) == 2 and span[0].is_upper and span[1].like_num and len(span[1].text) == 4 and not context_type:
            etype, source = "Policy", "head"  # 'HSWA 1974': an act cited by its initials and year
        if titled and source == "spacy" and etype == "Organisation":
            etype = "Person"  # 'Councillor I.T. Harvey': a title makes a person, whatever the tagger said
        if (etype == "Place" or (etype == "Organisation" and len(words := span.text.split()) == 2 and all(w.istitle() for w in words))) and source == "spacy" \
                and (described_as_person(doc, start, end, self.rules) or beside_post(doc, start, end, self.rules) and (self.judge.is_given_name_run(span) or doc[start - 1].text == ",")) \
                and not (start > 0 and doc[start - 1].pos_ == "ADP"):  # (or 'X Y, Chief
            etype = "Person"  # Executive at Z', 'appointed X Y as its chief executive'): 'Rouse, who is …', a place or a firm only to the tagger
        if (etype == "Place" or etype == "Person" and len(span) > 1 and not self.judge.is_given_name_run(span)) and source == "spacy" and text not in self.places and (self.judge.employer_of_post(span) or money_recipient(span, self.structure, True) or run_by_someone(span, self.structure) or formed_by_merger(span, self.structure) or contract_party(span, self.structure) or sanctioned(span, self.rules)):
            etype, source = "Organisation", "context"  # 'managing director of Pulse', 'a contract to Engie', 'X Connect was fined', tagged a place or a person: a body
        if etype == "Person" and len(span) == 1 and span[0].is_upper:
            etype = "Organisation"  # an all-capitals single token is an acronym, not a person
        if etype != "Person" and not context_type and not head_type and self.judge.is_given_name_run(span):
            etype, source = "Person", "context"  # 'Ewan Baird' tagged as an organisation: a given name says a person
        if text in self.places and not context_type and not head_type:  # a town the tagger found: a Place
            return Mention(start, end, text, "Place", "gazetteer", self.places[text])
        return Mention(start, end, text, "Place" if source == "spacy" and after_street(doc, start, end, self.rules) else etype, source)


NUMERIC = {"MONEY", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"}


def _date_slip(tok) -> bool:
    """A capitalised word the tagger put in a date that no date is written with ('Duncan Selbie' read as a date)."""
    return tok.is_title and tok.is_alpha and tok.lower_ not in CALENDAR_WORDS and tok.ent_iob_ == "B" and (
        tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
_AFTER_IN = re.compile(r"\b(?:in|at|from|near) ((?:[A-Z][\w'-]*)(?: [A-Z][\w'-]*){0,2})|\b([A-Z][\w']*)-based\b"
                       rf"|\b(?:{'|'.join(sorted(LEGAL_ENDINGS))}),? (?:of )?((?:[A-Z][\w'-]*)(?: [A-Z][\w'-]*){{0,2}})")


def _merged(span: Span, judge: TypeJudge, structure: StructureRules) -> bool:
    """'Barset Credit Union has merged with Kelby Savers': a name the tagger took for a person's, with no given name in
    it, that one of patterns.json 'co-subject' 'body_verbs' joins another to is a body's (people do not merge)."""
    root, verbs = span.root, structure.structural.get("co-subject", {}).get("body_verbs", ())
    return root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lemma_.lower() in verbs \
        and span[0].text not in judge.rules.given_names and not judge.is_given_name_run(span)


def _towns_after_in(doc: Doc, towns: dict[str, str], covered: set[int]) -> list[Mention]:
    """'Southside Care Home in Inverness - were told': a known town the tagger missed, written with its capital
    right after 'in', 'at', 'from' or 'near' (never a month: 'in March'; towns are otherwise only typed, never
    matched, since many are also words), before '-based' ('a Reading-based law firm'), or as a registered firm's
    address ('Acme Ltd of Wick', 'Acme Ltd, Wick, was fined'). Found in the text first."""
    out = []
    for found in _AFTER_IN.finditer(doc_text(doc)):
        k = next(g for g in (1, 2, 3) if found.group(g))  # (before '-based' or in an address, whatever the tagger made of it)
        words = found.group(k).split(" ")
        for n in (3, 2, 1):  # the longest known town the capitalised words start with, and nothing capitalised after it
            name = " ".join(words[:n])
            if len(words) < n or name not in towns or (len(words) > n and not county_after(doc, found.start(k) + len(name) + 1, found.end(k))):
                continue  # (but 'of Dalry Ayrshire')
            span = doc.char_span(found.start(k), found.start(k) + len(name))
            if (span is not None and (span[0].pos_ == "PROPN" or k > 1) and not any(t.ent_type_ == "DATE" for t in span)
                    and not covered & set(range(span.start, span.end))):
                out.append(Mention(span.start, span.end, span.text, "Place", "gazetteer", towns[name]))
            break
    return out


def split_possessor(doc: Doc, m: Mention, known: list[Mention], judge: TypeJudge) -> list[Mention]:
    """'Kent's Public Health' tagged as one name: a known possessor and what it owns are two mentions; so are a body's
    name of two words or more ending in a body's head word and a name after its 's ("Kelby City Council's Open Kelby")."""
    for g in known:
        if g.source == "gazetteer" and m.start == g.start and g.end < m.end - 1 and doc[g.end].text in {"'s", "'", "’s", "’"}:
            rest = doc[g.end + 1:m.end]
            if rest and any(t.is_title for t in rest):
                return [Mention(g.end + 1, m.end, rest.text, judge.head_type(rest) or m.type, m.source)]
            return []
    k = next((k for k in range(m.start + 2, m.end - 1) if doc[k].text in {"'s", "’s"} and doc[k + 1].is_title and (
        judge.rules.head_words.get(doc[k - 1].text) == "Organisation" or head_of_place(doc, m.start, k, m.end, judge))), None)  # (not "St Mary's Hospital")
    return [m] if k is None else [Mention(m.start, k, doc[m.start:k].text, "Organisation", "head"),
                                  Mention(k + 1, m.end, doc[k + 1:m.end].text, judge.head_type(doc[k + 1:m.end]) or m.type, m.source)]


WAY_BEFORE = frozenset({"the", "on", "along", "off", "in", "near"})  # words before a place ('parked on Albert Road'), no person


def _run_start(doc: Doc, toks, i: int, j: int, rules, structural: dict) -> tuple[int, bool]:
    """Where a run of capitalised words from *i* to *j* starts as a name, and whether a title or its post was left out:
    not at a describing noun ('Regulator ICO'), at a number that opens a firm's name ('777 Group'), not at a post before
    its body ('Vice-Chancellor of Kelby University'), and not at a title or the post of a title ('Lord Kerslake', 'Lord
    Mayor Jo Bloggs'), nor at a judge's style after one (patterns.json 'honorific-styles': 'Lady Justice X'), nor at the
    people of a body opening a sentence ('member-openers': 'Members of Kelby Housing Association have voted')."""
    styles, members = structural["honorific-styles"]["words"], structural.get("member-openers", {}).get("words", ())
    i += 2 * (j > i + 2 and member_opener(toks[i], members))
    i += j > i + 1 and (rules.not_a_names_first(toks[i]) and not work_titled(doc, i, j, rules) or rules.plural_title(toks[i].text))  # ('Councillors X')
    i += j > i + 1 and possessive_opening(doc, i)  # ("'Our X programme'")
    i += j > i + 1 and toks[i].text == "A" and toks[i].is_sent_start and toks[i + 1].text not in {"Level", "Levels"}  # ('A Kelby company
    # has been fined': the article, tagged a name after a headline)
    i = firm_start(doc, i, j, rules)  # ('777 Group', 'Be Well Care Ltd')
    i = capitalised_nouns(doc, after_post(doc, i, j, rules), j)  # ('Vice-Chancellor of Kelby University Jo Bloggs': the body after its post)
    k = i
    while k < j and (rules.honorific(toks[k].text) or (k > 0 and toks[k].text in styles and rules.honorific(toks[k - 1].text))):
        k += 1  # ('Lord Kerslake, …', 'Rt Hon Jo Bloggs', 'Lady Justice X' opening a run; not a run of titles alone)
    titled = i < k < j and toks[k].is_title and (rules.head_words.get(toks[j - 1].text) != "Place"  # (not "Lord Street";
                                                  or rules.personal_title(toks[k - 1].text)) and not (  # 'Mr Ward' a person;
        j - k >= 2 and rules.names_a_body(toks[j - 1].text))  # 'Councillor Conduct Committee' a body)
    i = k if titled else i
    posted = j - i > 2 and i > 0 and rules.honorific(toks[i - 1].text) and toks[i].text in rules.post_words
    return i + posted, posted or titled


def _plural_kinds(bodies: PlaceBodies, doc: Doc, candidates: list[Mention]) -> list[Mention]:
    """The places that stand for their bodies of a plural kind ('Cumbria and Durham constabularies', 'the Universities
    of Leeds and York'), as those bodies."""
    places = {c.start: c for c in candidates if c.type == "Place"}
    by_span = {(b.start, b.end): b for b in plural_kind_bodies(bodies, doc, places) + plural_kind_before(bodies, doc, places)}
    by_span = {(a, b): (Mention(m.start, m.end + 1, m.text, m.type, m.source, m.gaz_id) if m.end < len(doc) and doc[m.end].tag_ == "NNS"
                        and doc[m.end].dep_ in {"nsubj", "conj", "nsubjpass"} and doc[m.end] in doc[m.end - 1].ancestors else m)
               for (a, b), m in by_span.items()}  # ('A and B councils have …': the last name with its kind, which the verb hangs on)
    covered = {i for a, b in by_span for i in range(a, b)}  # (a tagged run over them, 'Universities of Leeds, York', is none)
    return [by_span.get((c.start, c.end), c) if c.type == "Place" else c for c in candidates  # (nor a tagged place over one:
            if (c.start, c.end) in by_span or c.source == "gazetteer" or not covered.intersection(range(c.start, c.end))]  # 'Universities of York')


def _named_pairs(doc: Doc, candidates: list[Mention], judge: TypeJudge, deeds: frozenset = frozenset()) -> list[Mention]:
    """'The Kelby Society for Blind People and Barset Blind Society have agreed …' tagged as one name: a name made of
    two names the article also gives on their own, joined by 'and', is those two (or of their first words, where no
    head word ends it: 'Kelbyhomes and Uplift' after 'Kelbyhomes Group' and 'Uplift Housing'). So is one name with a
    single 'and' right after 'between', 'both' or a plural kind of body and no 'and' after it ('the merger between Kelby
    Places and Barset Housing Group'; name_runs.pair_named), or a verb's subject that did 'their merger' (name_joins.their_joint_deed)."""
    out, bodies = [], [x for x in candidates if x.type == "Organisation"]
    known = {(x.start, x.end) for x in candidates if x.source == "gazetteer" or x.source == "context" and any(
        b.text.startswith(x.text + " ") for b in bodies)}  # (a registered name is whole, and so is one cut short: 'Orton and Sandford's chief executive')
    for c in candidates:
        named = {x.text: x for x in bodies if not any(o.start <= x.start < o.end for o in candidates if o.text == c.text)} \
            if (" and " in c.text or " & " in c.text) and (c.start, c.end) not in known else {}  # (not parts of the same name again)
        joins = [k for k in range(c.start + 1, c.end - 1) if doc[k].lower_ in {"and", "&"}] if named or (
            c.start > 0 and c.type == "Organisation") else []
        between = (len(joins) == 1 and (pair_named(doc, c.start, joins[0], judge.rules) or their_joint_deed(doc, c.start, c.end, deeds)) and (c.start, c.end) not in known
                   and not (c.end < len(doc) and doc[c.end].lower_ in {"and", "&"}))
        short = judge.head_type(doc[c.start:c.end]) is None
        opens = lambda t: t in named or (short and " " not in t and any(n.startswith(t + " ") for n in named))  # noqa: E731
        k = next((k for k in joins if between or (opens(doc[c.start:k].text) and opens(doc[k + 1:c.end].text))), None)
        out += [c] if k is None else [Mention(a, b, doc[a:b].text, *((named[doc[a:b].text].type, named[doc[a:b].text].source)
                                                                      if doc[a:b].text in named else (c.type, c.source)))
                                      for a, b in ((c.start, k), (k + 1, c.end))]
    return out


def _body_board(doc: Doc, m: Mention, boards: dict) -> Mention:
    """'joins the Kelby Hospitals NHS Foundation Trust Board': a body's board (patterns.json 'body-boards'), named as the body."""
    if m.end - m.start > 2 and m.gaz_id is None and doc[m.end - 1].text in boards["words"] and doc[m.end - 2].text in boards["after"]:
        return Mention(m.start, m.end - 1, doc[m.start:m.end - 1].text, m.type, m.source)
    return m


def _longest_first(candidates: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: longer spans win; for equal spans the gazetteer beats the tagger."""
    rank = {"gazetteer": 0, "head": 1, "context": 2, "spacy": 3}
    chosen: list[Mention] = []
    taken: set[int] = set()
    for m in sorted(candidates, key=lambda m: (-(m.end - m.start), rank[m.source], m.start)):
        span = set(range(m.start, m.end))
        if span & taken:
            continue
        taken |= span
        chosen.append(m)
    return chosen


def _person_cue(doc: Doc, i: int, j: int, rules: TypeRules) -> bool:
    """Words around a given name's run that make it a person's where its last word ends a place's name too ('Helen
    Ward', 'Andy Street'): a post taken 'as', a post set beside it, a reporting verb it is the subject of."""
    return taken_as_post(doc, j, rules) or beside_post(doc, i, j, rules) or speaks(doc[i:j], rules)
