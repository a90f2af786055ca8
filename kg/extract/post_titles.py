"""Whether a capitalised run names a post rather than a body or a person: 'Chief Executive', 'Head of Policy',
'Deputy Director for Wales', 'Deputy Police & Crime Commissioner' (patterns.json 'post_titles': modifiers, post words
and the fields between them); what a post is in ('Director of Operations') and the body a post is held at ('chief
executive of CapacityGRID'). Imports vocab, extract.name_edges (the gazetteer's spans) and extract.name_cues.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .name_cues import after_of_state
from .name_edges import gaz_spans

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..vocab.lexicon import TypeRules
    from .relations import RelationReader


def names_a_post(rules: TypeRules, span: Span) -> bool:
    """'Chief Executive', 'Head of Policy', 'Deputy Director for Wales', 'Deputy Mayor and Leader of X': modifiers,
    post words (two posts joined by 'and'), then nothing or an 'of/for' phrase (patterns.json 'post_titles')."""
    words = rules.post_modifiers | rules.post_words
    n = 0  # the opening run of post words and modifiers ('Chief Executive Officer', 'Deputy Mayor and Leader')
    while n < len(span):
        if span[n].text in words or (n and span[n].is_lower and span[n].text.capitalize() in words) or (  # ('CFO and deputy CEO')
                span[n].lower_ in {"and", "&"} and 0 < n < len(span) - 1 and span[n + 1].text.capitalize() in words):
            n += 1
        elif n + 2 < len(span) and span[n + 1].text == "-" and f"{span[n].text}-{span[n + 2].text}" in words:
            n += 3  # 'Non-Executive Director': a hyphened modifier, three tokens
        else:
            break
    doc = span.doc
    one_of = span.start > 0 and doc[span.start - 1].lower_ in {"a", "an"} and span[-1].text in rules.post_words
    if len(span) >= 2 and (span[-1].text in rules.field_posts or one_of) and span[0].text not in rules.given_names and all(
            t.text in rules.portfolios or (t.lower_ in {"and", "&"} and 0 < k < len(span) - 2) for k, t in enumerate(span[:-1])):
        return True  # 'Performance Lead', 'Conduct and Performance Lead', 'Policy Officer': a field's words, a post word (any
        # after 'a': 'a Judicial Appointments Commissioner')
    if span[0].text == "State" and span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].text == "Secretary":
        return True  # 'Secretary of State for Industry': the post's own words, cut after 'of'
    if n == len(span) and (all(t.text in rules.post_modifiers for t in span) or (
            span.end < len(doc) and doc[span.end].text in rules.post_words)):  # ('Leader & Cabinet | Member')
        return True  # 'Interim Accountable' (Officer): a post's opening words, cut short by the tagger
    if span.start > 0 and doc[span.start - 1].text in rules.post_modifiers and span[-1].text in rules.post_words \
            and all(t.is_title or t.is_upper for t in span):
        return True  # 'Senior | Philanthropy Advisor', 'Senior | National GP Advisor': a modifier, a field and a post word
    a = span.start - (span.start > 0 and doc[span.start - 1].text in rules.post_modifiers)
    b = span.end + (span.end < len(doc) and doc[span.end].text in rules.post_words)
    if b - a >= 3 and doc[a].text in rules.post_modifiers and doc[b - 1].text in rules.post_words and all(
            t.is_title or t.is_upper or t.text in {"&", "and", "'s", "’s"} for t in doc[a + 1:b - 1]) \
            and (span.start, span.end) not in gaz_spans(doc, "Organisation") \
            and (span[-1].text in rules.post_words or rules.head_words.get(span[-1].text) != "Organisation"):
        return True  # '(Deputy) Police & Crime (Commissioner)', 'Regional Schools Commissioner': a modifier, a field, a post word
    if n == 0 or (span[n - 1].text not in rules.post_words and not (n >= 2 and span[n - 2].text in rules.post_words)):
        return False  # (a modifier may follow its post word: 'Auditor General', 'Director General')
    return n == len(span) or (span[n].lower_ in {"of", "for", "-", "–"} and n + 1 < len(span)) or (  # ('Portfolio Holder - Housing',
        span[n].lower_ in {"and", "&"} and n + 1 < len(span)  # 'Deputy Leader and Planning and Regeneration': a post, its field)
        and all(t.text in rules.portfolios or t.lower_ in {"and", "&"} for t in span[n + 1:]))


def is_portfolio(span: Span, rules: TypeRules) -> bool:
    """'Operations' in 'Director of Operations' or 'our Operations Director', 'People and Digital Services', 'Cost of
    Living': a post's field's words only (joined, 'of' inside), after a post word and 'of/for' or before a post word."""
    joiners = {"and", "&", ",", "'s", "’s"}
    span = after_of_state(span, rules)  # ('Minister of State for Schools and Learners')
    if not all(t.text in rules.portfolios or t.lower_ in joiners or (t.lower_ == "of" and 0 < k < len(span) - 1)
               for k, t in enumerate(span)):
        return False
    doc, k = span.doc, _field_start(span.doc, span.start - 1, rules, joiners)  # (back over the field's other words:
    return (k >= 1 and doc[k].lower_ in {"of", "for"} and doc[k - 1].text.capitalize() in rules.post_words) or (  # 'People and')
        k >= 0 and doc[k + 1].text == "," and doc[k].text in rules.post_words) or (  # 'Strategic Director, Children and Adults'
        k >= 3 and doc[k].lower_ == "for" and doc[k - 2].lower_ == "of" and doc[k - 1].is_title  # 'Deputy Mayor of X for Y'
        and doc[k - 3].text.capitalize() in rules.post_words) or (
        (after := next((t for t in doc[span.end:span.end + 4] if not (t.text in rules.portfolios or t.lower_ in joiners)), None)) is not None
        and after.text.capitalize() in rules.post_words) or (  # ('Science minister X', 'Coastal Communities Minister X')
        k >= 1 and doc[k + 1].lower_ in {"and", "&"} and doc[k].text in rules.post_words)  # ('Deputy Leader and Housing')


def employer_of_post(span: Span, rules: TypeRules) -> bool:
    """'chief executive of CapacityGRID', 'a researcher at Foo', 'Director of Operations at Kelby Care': the name
    after a post (and its field) and 'of' or 'at' (not the post's field itself: 'Director of Operations'); an acronym
    before a post ('the RMT general secretary, X'); the name after a post and a comma in brackets ('(chief executive,
    Kelby Living)'); a name the tagger calls a person's after a person's name and 'of' ('Harriet Moss of Bates Wells': a firm)."""
    doc, k = span.doc, span.start - 1
    if k >= 2 and doc[k].text == "," and span.end < len(doc) and doc[span.end].text == ")":
        h = k - 1
        while h > 0 and doc[h].is_lower and k - h <= 5:
            h -= 1
        return doc[h].text == "(" and any(t.text.capitalize() in rules.post_words for t in doc[h + 1:k])
    if k >= 3 and doc[k].lower_ in {"at", "for"} and doc[k - 1].text in rules.portfolios:
        h = _field_start(doc, k - 1, rules, {"and", "&"})
        return h >= 1 and doc[h].lower_ in {"of", "for"} and doc[h - 1].text.capitalize() in rules.post_words
    return (k >= 1 and doc[k].lower_ in {"of", "at"} and doc[k - 1].text.capitalize() in rules.post_words
            and not is_portfolio(span, rules)) or (acronym(span) and before_post(span, rules)) or (
        k >= 2 and doc[k].lower_ == "of" and doc[k - 1].ent_type_ == doc[k - 2].ent_type_ == span[0].ent_type_ == "PERSON" and doc[k - 1].is_title)  # ('Jo Bloggs of Bates Wells')


def _field_start(doc, k: int, rules: TypeRules, joiners) -> int:
    """The index before a post's field that ends at *k* ('of' in 'Head of People and Digital Services')."""
    while k >= 0 and (doc[k].text in rules.portfolios or doc[k].lower_ in joiners):
        k -= 1
    return k


def acronym(span: Span) -> bool:
    """One word of three or more capital letters ('RNIB', 'NAVCA')."""
    return len(span) == 1 and span[0].is_alpha and span[0].is_upper and len(span[0].text) >= 3


def before_post(span: Span, rules: TypeRules) -> bool:
    """'the RMT general secretary, X', 'NFU president X': a name right before a post's words in lower case (up
    to two words describing the post, then a post word) is the body the post is in."""
    doc, k = span.doc, span.end
    while k < len(doc) and k - span.end < 2 and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k += 1
    return k < len(doc) and doc[k].is_lower and doc[k].text.capitalize() in rules.post_words


def part_owners(reader: RelationReader, tok: Token) -> list:
    """'a senior lecturer in the university's law school': the body owning a part (patterns.json 'post-parts') that
    is the post's prepositional object, named by its possessive."""
    rule = reader.structure.structural.get("post-parts", {})
    parts, preps = set(rule.get("nouns", ())), set(rule.get("prepositions", ()))
    return [x for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children
            if o.dep_ == "pobj" and o.lower_ in parts for g in o.children if g.dep_ == "poss"
            for x in reader.mentions_for(g) if x[0].entity is not None and x[0].entity.type == "Organisation"]
