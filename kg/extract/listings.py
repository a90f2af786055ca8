"""Sums listed under a heading: 'The penalties for each company are as follows:' then one line per body,
'Westshire Water: £5.2 million' — or in one sentence, between semicolons ('… handed fines: A, charged £38m; B,
charged £36m; and C, £31m'). The heading says what the sums are (a trigger of a relation that carries an
amount: a fine, a penalty, a grant); each line names a body and its sum. The agent is the heading's subject
('Ofwat set these penalties:'), else the agent the article implies (its one regulator, its one grant-maker).
A list may also be bullets of names alone, each with no sum of its own (people listed with their bodies are read
by listed_people). Under a heading that says its items are
councils, a place listed stands for its council. Evidence is the heading and the line
(the lines between left out, '…'). The words are data (patterns.json 'listed-sums'; the bullet marks,
segmentation.json). Imports model, resolve, vocab and the extract readers; read by relations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..model import Relation
from ..resolve import SCALE_WORDS, parse_amount
from ..vocab.lexicon import bullet_marks
from .mentions_base import Mention, doc_text, doc_tokens, headline_end, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..vocab.lexicon import RelationSpec
    from .relations import RelationReader, RelationRules


def listed_sums(doc: Doc, sents: list[Span], tok2ment: dict[int, Mention], lex: RelationRules,
                reader_for: Callable[[Span], RelationReader]) -> Iterator[Relation]:
    """One relation per 'Body: £sum' line under a heading that ends in a colon and names what the sums are (or per
    sum and name listed in the heading's own sentence; one alone after 'including')."""
    rule = lex.structure.structural.get("listed-sums", {})
    separators = set(rule.get("separators", (":",)))
    for k, heading in enumerate(sents):
        colon = _ends_in_colon(heading)
        bracketed = [] if colon else (_bracketed_items(doc, heading, tok2ment) or _sums_to_names(doc, heading, tok2ment, rule))
        lone = len(bracketed) == 1 and doc[bracketed[0][1].i - 1].lower_ == "including"  # ('… to 14 groups, including £10,000 to A')
        if not colon and doc_text(doc).count(";", heading.start_char, heading.end_char) < 2 and len(bracketed) < 2 and not lone:
            continue
        found = _heading_spec(heading, lex, rule.get("heading_nouns", {}))
        if found is None and colon and k and (_pronoun_heading(heading) or {t.lemma_.lower() for t in heading} & set(rule.get("follow_words", ()))):
            found = _heading_spec(sents[k - 1], lex, rule.get("heading_nouns", {}))  # 'A shared £197,167 of funding. They were:', '… The
            # councils receiving the largest amounts are:' (the sums of the sentence before)
        if found is None:
            continue
        spec, trigger = found
        reader = reader_for(heading if trigger.i >= heading.start else doc[sents[k - 1].start:heading.end])
        agents = [m for c in trigger.children if c.dep_ == "nsubj" for m in reader.mentions_for(c)] or (
            [(reader.implied[spec.predicate], True)] if spec.predicate in reader.implied else [])
        if not agents:
            continue
        if not colon:  # '… handed fines, alongside A, charged £38m; B, charged £36m; and C, £31m.', or 'A (£2m), B (£1m)'
            items = [x for seg in _segments(heading) if (x := _inline_item(doc, seg, tok2ment)) is not None] or bracketed
            for body, anchor, amount in items if len(items) > 1 or lone else []:
                for rel in reader.emit(spec, anchor, agents, [(body, False)], "listed-sum"):
                    rel.amount = amount
                    yield rel
            continue
        head = reader.evidence
        councils = any(t.lemma_.lower() in set(rule.get("council_nouns", ())) for t in heading)  # 'The councils to …:'
        for n, line in enumerate(sents[k + 1:k + 1 + int(rule.get("max_items", 40))]):
            if all(t.is_space or t.text in bullet_marks() for t in line):
                continue  # a bullet the parser made a sentence of its own
            item = _item(doc, line, tok2ment, separators, set(rule.get("sum_prepositions", ())),
                         frozenset(rule.get("purpose_words", ())))
            if item is None and _bulleted(doc, line):
                continue  # a bullet naming what the rules do not know: the list goes on
            if item is None:
                break
            body, anchor, amount = item
            if councils and body.entity.type == "Place" and (council := reader.body_for_place(body.entity)) is not None:
                body = Mention(body.start, body.end, body.text, council.type, body.source, entity=council)  # 'Bedford: £22.6m'
            for rel in reader_for(doc[heading.start:line.end]).emit(spec, anchor, agents, [(body, False)], "listed-sum"):
                rel.amount = amount  # its own sum (a name alone has none)
                if n:  # the heading and this line, not the lines between
                    rel.evidence = f"{head} … {line.text.strip()}"
                yield rel


def numbered_sums(doc: Doc, tok2ment: dict[int, Mention], lex: RelationRules,
                  reader_for: Callable[[Span], RelationReader]) -> Iterator[Relation]:
    """A ranked list under a headline that says what its sums are ('The biggest FCA fines of 2016': a trigger of a
    relation that carries an amount, in the plural), its items numbered headings on lines of their own, each a
    body and its sum ('5. WH Ireland Limited – £1.2m'), two at least. The agent is the headline's ('FCA fines'),
    else the article's implied one. Evidence is the headline and the heading."""
    end = headline_end(doc)
    found = _heading_spec(doc[:end], lex, {}) if end else None
    if found is None or found[1].tag_ != "NNS":
        return
    spec, trigger = found
    separators = set(lex.structure.structural.get("listed-sums", {}).get("separators", (":",)))
    items = []
    for line in lines_of(doc):
        words = [t for t in span_tokens(line) if not t.is_space]
        numbered = len(words) > 3 and words[0].text.rstrip(".").isdigit() and (words[0].text.endswith(".") or words[1].text == ".")
        if line.start >= end and numbered:
            first = words[1] if words[0].text.endswith(".") else words[2]
            item = _item(doc, doc[first.i:line.end], tok2ment, separators, set())
            items += [(line, item)] if item is not None and item[2] is not None else []
    reader = reader_for(doc[:end])
    agents = [m for c in trigger.children if c.dep_ in {"compound", "poss"} for m in reader.mentions_for(c)] or (
        [(reader.implied[spec.predicate], True)] if spec.predicate in reader.implied else [])
    for line, (body, anchor, amount) in items if len(items) > 1 and agents else []:
        for rel in reader_for(line).emit(spec, anchor, agents, [(body, False)], "listed-sum"):
            rel.amount, rel.evidence = amount, f"{doc[:end].text.strip()} … {line.text.strip()}"
            yield rel


def lines_of(doc: Doc) -> Iterator[Span]:
    """The doc's lines: the tokens between line breaks (their bounds found once per doc; several readers ask)."""
    bounds = doc.user_data.get("kg_lines")
    if bounds is None:
        bounds, start = [], 0
        for tok in doc_tokens(doc):  # (a list built once per doc, not a Token object per step)
            if "\n" in tok.text_with_ws:
                if tok.i + (not tok.is_space) > start:
                    bounds.append((start, tok.i + (not tok.is_space)))
                start = tok.i + 1
        if start < len(doc):
            bounds.append((start, len(doc)))
        doc.user_data["kg_lines"] = bounds
    for start, end in bounds:
        yield doc[start:end]


def _bulleted(doc: Doc, line: Span) -> bool:
    """Whether a line is a list item: it starts with a bullet, or the parser left its bullet on the line before."""
    first = next((t for t in span_tokens(line) if not t.is_space), None)
    k = line.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return (first is not None and first.text in bullet_marks()) or (k >= 0 and doc[k].text in bullet_marks())


def _ends_in_colon(sent: Span) -> bool:
    """A heading: a sentence ending in a colon, or a line of its own with no stop whose next line is a bullet
    ('Top fines in 2024' then '- Acme Bank plc - £28.9m')."""
    words = [t for t in span_tokens(sent) if not t.is_space]
    if not words:
        return False
    doc, end = sent.doc, sent.end
    line = "\n" in sent[-1].text_with_ws or (end < len(doc) and doc[end - 1].is_space and "\n" in doc[end - 1].text)
    return words[-1].text == ":" or (line and not words[-1].is_punct and end < len(doc) and doc[end].text in bullet_marks())


def _pronoun_heading(heading: Span) -> bool:
    """'They were:', 'These are:': a heading whose words say only that a list follows, of what the sentence before named."""
    words = [t for t in heading if not (t.is_punct or t.is_space)]
    return 1 < len(words) <= 3 and words[0].lower_ in {"they", "these", "those"} and all(t.pos_ in {"AUX", "PRON", "ADV"} for t in words)


def _heading_spec(heading: Span, lex: RelationRules, nouns: dict[str, str]) -> tuple[RelationSpec, Token] | None:
    """The relation a heading's sums belong to ('penalties', 'fined', 'grants awarded'; or one of the rule's
    'heading_nouns': 'The full list of awards is:') and the word saying it."""
    words = {w for t in heading for w in (t.lemma_.lower(), t.lower_)}
    for tok in heading:
        if tok.pos_ == "NOUN" and (spec := lex.specs.get(nouns.get(tok.lemma_.lower(), ""))) is not None:
            return spec, tok
        table = lex.triggers.noun if tok.pos_ == "NOUN" else lex.triggers.verb if tok.pos_ == "VERB" else {}
        for trig in table.get(tok.lemma_.lower(), ()):
            spec = lex.specs.get(trig.predicate)
            named = [w for w in trig.extra if spec is not None and w in spec.trigger_nouns]  # (what is given: 'include grant')
            if spec is not None and spec.amount and not trig.inverse and all(w in words for w in named):
                return spec, tok  # (a trigger naming what is given needs it named: 'The case studies included:' lists no grants)
    return None


def _item(doc: Doc, line: Span, tok2ment: dict[int, Mention], separators: set[str],
          preps: set[str], purposes: frozenset[str] = frozenset()) -> tuple[Mention, Token, object] | None:
    """'Westshire Water: £5.2 million' -> (the body's mention, the sum's first token, the sum); a bullet of a
    name alone -> (its mention, its first token, None); '£3.15 million for Kelby Audit LLP in relation to …' (a
    sum, then one of 'sum_prepositions' and the body) -> the same; None for any other line."""
    words = [t for t in span_tokens(line) if not t.is_space]
    while words and (words[0].text in bullet_marks() or (words[0].text == "o" and len(words) > 1 and words[1].is_title)):
        words = words[1:]  # ('o Birmingham …': a letter o for a hollow bullet)
    if not words:
        return None
    if (first := _sum_first(doc, words, tok2ment, preps, separators)) is not None:
        return first
    m = tok2ment.get(words[0].i)
    if m is None or m.entity is None or m.start != words[0].i:
        return None
    if all(t.is_punct for t in words if t.i >= m.end):  # '• Westshire Healthcare NHS Trust': a list of names
        return m, words[0], None  # under 'The trusts receiving funding are:', each with no sum of its own
    if m.end >= line.end:
        return None
    sep = doc[m.end]
    where = next((k for k in range(m.end + 1, min(m.end + 7, line.end)) if doc[k].text in separators), None) \
        if sep.text == "," or sep.is_title else None
    if where is not None and all(t.is_title or t.text == "," for t in doc[m.end + (sep.text == ","):where]):
        sep = doc[where]  # 'Kelby Mining Trust, Reedley: £10,000', '…, Reedley, Barset: £10,000', 'Age UK Teesside – £15,000':
        # the body, where it is, its sum
    close = _bracket_end(doc, m.end, line.end) if sep.text == "(" else None
    if close is not None and close + 1 < line.end:  # 'Barset (Town Centre Scheme): £2m': its project in brackets
        sep = doc[close] if doc[close].text[1:] in separators else doc[close + 1]  # (the tokenizer keeps '):' whole)
    if sep.text not in separators and sep.text[1:] not in separators:
        return None
    rest = doc[sep.i + 1:next((t.i for t in doc[sep.i + 1:line.end] if t.text == ";"), line.end)]  # ('…; the trust will …')
    amount = parse_amount(rest.text)
    said = rest.text.strip()
    after = [w.lower() for w in said[len(amount.text):].split() if w not in separators] if amount is not None and said.startswith(amount.text) else []
    if amount is None or (len(said.rstrip(".;,")) > len(amount.text) + 12 and not (after and after[0] in purposes)):  # (or
        # '£7,500 – To support …')
        return None  # a sum, and not much more ('£5.2 million', '£700,000 (2023)'), or what it is for ('£41,000 for a new …')
    anchor = next((t for t in rest if not t.is_space), None)
    return (m, anchor, amount) if anchor is not None else None


def _sum_first(doc: Doc, words: list[Token], tok2ment: dict[int, Mention], preps: set[str],
               separators: frozenset[str] | set[str] = frozenset()) -> tuple[Mention, Token, object] | None:
    """'£6.5 million for Barset Accountants in relation to …': a line that is a sum, a preposition and a body; or a sum,
    a separator and a body alone, or with what the money is for in brackets ('£35,030 – Kelby Counselling (abuse services)')."""
    k = next((j for j, t in enumerate(words[:6]) if t.lower_ in preps or t.text in separators), 0)
    m = tok2ment.get(words[k + 1].i) if k and words[k].text in separators and k + 1 < len(words) else None
    if m is not None and not all(t.is_punct for t in words if t.i >= m.end) and doc[m.end].text != "(":
        return None  # ('£62,000 – Barset Women's Aid' alone, not '£62,000 – the sum X paid …')
    amount = parse_amount(doc[words[0].i:words[k].i].text) if k else None
    if amount is None or len(doc[words[0].i:words[k].i].text.strip()) > len(amount.text) + 2:
        return None
    after = words[k + 2] if k + 2 < len(words) and words[k + 1].lower_ == "the" else words[k + 1] if k + 1 < len(words) else None
    m = tok2ment.get(after.i) if after is not None else None
    return (m, words[0], amount) if m is not None and m.entity is not None and m.start == after.i else None


def _bracket_end(doc: Doc, start: int, end: int) -> int | None:
    """The token closing the bracket opened at *start* (brackets inside it counted), before *end*; else None."""
    depth = 0
    for k in range(start, end):
        depth += doc[k].text.count("(") - doc[k].text.count(")")
        if depth <= 0:
            return k
    return None


def _segments(sent: Span) -> list[list[Token]]:
    """The parts of a sentence between its semicolons."""
    out: list[list[Token]] = [[]]
    for t in sent:
        if t.text == ";":
            out.append([])
        else:
            out[-1].append(t)
    return out


def _inline_item(doc: Doc, seg: list[Token], tok2ment: dict[int, Mention]) -> tuple[Mention, Token, object] | None:
    """'B, charged £36 million' (or 'and B, £36m'): the last name before the part's one sum, with only a comma
    and at most one verb between them, and nothing after the sum."""
    sums = [t for t in seg if t.ent_type_ == "MONEY" or t.is_currency]
    if not sums:
        return None
    first = sums[0]
    text = doc[first.i:seg[-1].i + 1].text.strip().rstrip(".,")
    amount = parse_amount(text)
    if amount is None or len(text) > len(amount.text) + 4:
        return None
    k = first.i - 1
    between = []
    while k >= seg[0].i and k not in tok2ment:
        between.append(doc[k])
        k -= 1
    m = tok2ment.get(k)
    if m is None or m.entity is None or any(t.pos_ not in {"PUNCT", "VERB"} for t in between) \
            or sum(t.pos_ == "VERB" for t in between) > 1 or not any(t.text == "," for t in between):
        return None
    return m, first, amount


def _sums_to_names(doc: Doc, sent: Span, tok2ment: dict[int, Mention], rule: dict) -> list[tuple[Mention, Token, object]]:
    """'… with £113,000 being awarded to A, £96,000 to B, and £144,000 for the C': each sum with the name after it and
    one of 'sum_prepositions' (a participle between them at most); a sum given 'each' with every name listed after it."""
    out, toks, preps = [], doc_tokens(doc), set(rule.get("sum_prepositions", ()))
    for t in toks[sent.start:sent.end]:
        if not (t.is_currency and t.i + 1 < sent.end and toks[t.i + 1].ent_type_ == "MONEY") or (
                toks[t.i + 1].dep_ == "dobj" and any(c.dep_ == "nsubj" and c.i in tok2ment for c in toks[t.i + 1].head.children)):
            continue  # ('X is to get £40,000 for its new studios': X's sum, for a project)
        k = t.i + 1
        while k < sent.end and (toks[k].ent_type_ == "MONEY" or toks[k].lower_ in SCALE_WORDS):
            k += 1
        amount, each = parse_amount(doc[t.i:k].text), k < sent.end and toks[k].lower_ in {"each", "apiece"}
        k += each
        while k < sent.end and k - t.i < 8 and toks[k].lower_ not in preps and toks[k].pos_ in {"AUX", "VERB", "NOUN"}:
            k += 1  # ('being awarded')
        k += k < sent.end and toks[k].lower_ in preps
        k += k < sent.end and toks[k].lower_ == "the"
        m = tok2ment.get(k) if k < sent.end and toks[k - 1].lower_ in preps | {"the"} else None
        while amount is not None and m is not None and m.start == k and m.entity is not None and m.entity.type != "Place":
            out.append((m, t, amount))  # ('£200,000 each to A and B': the sum for every name listed after 'each')
            k = m.end + 1
            m = tok2ment.get(k) if each and k < sent.end and toks[k - 1].lower_ in {"and", ","} else None
    return out


def _bracketed_items(doc: Doc, sent: Span, tok2ment: dict[int, Mention]) -> list[tuple[Mention, Token, object]]:
    """'grants went to A (£1,500,000), B (£1,305,000) and C (£395,000)': each name (not a place) with the sum in
    brackets right after it."""
    out = []
    for t in doc_tokens(doc)[sent.start:sent.end]:  # (every sentence is read: the cached tokens, not new Token objects)
        close = _bracket_end(doc, t.i, sent.end) if t.text == "(" else None
        m = tok2ment.get(t.i - 1)
        if close is None or m is None or m.entity is None or m.end != t.i or m.entity.type == "Place":
            continue  # (a place with a sum is an area's share, not a body's grant)
        amount = parse_amount(doc[t.i + 1:close].text)
        if amount is not None and doc[t.i + 1:close].text.strip() == amount.text:
            out.append((m, doc[t.i + 1], amount))
    return out


def ranked_after(reader: RelationReader, verb: Token) -> list:
    """'A received the largest allocation, £5.1m, followed by B's almost £4m' (or 'by B with £4m'): a body whose sum
    'followed by' ranks after the one the verb's object names received one too, its own sum after it."""
    found = []
    for t in verb.subtree:
        if not (t.lemma_ == "follow" and t.dep_ == "acl" and all(a.pos_ in {"NOUN", "NUM", "PROPN"} for a in t.ancestors if a.i != verb.i)
                and any(a.i == verb.i for a in t.ancestors)):
            continue
        with_sum = [w for w in t.children if w.lower_ == "with" and _sum_in(w.subtree)]  # ('followed by B with £4m')
        for p in (p for a in t.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"):
            if _sum_in(p.subtree):
                found += [m for c in p.children if c.dep_ == "poss" for m in reader.mentions_for(c)]
            if with_sum or any(w.lower_ == "with" and _sum_in(w.subtree) for w in p.children):
                found += reader.mentions_for(p)
    return found


def _sum_in(tokens) -> bool:
    """A sum the tagger marked (so it pairs with its body, not the sum before: evidence._paired_amounts)."""
    return any(x.ent_type_ == "MONEY" for x in tokens)
