"""Sums listed under a heading: 'The penalties for each company are as follows:' then one line per body,
'Westshire Water: £5.2 million'. The heading says what the sums are (a trigger of a relation that carries an
amount: a fine, a penalty, a grant); each line names a body and its sum. The agent is the heading's subject
('Ofwat set these penalties:'), else the agent the article implies (its one regulator, its one grant-maker).
Evidence is the heading and the line (the lines between left out, '…'). The words are data (patterns.json 'listed-sums'). Imports model,
resolve and the extract readers; read by relations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..model import Relation
from ..resolve import parse_amount
from .mentions_base import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..vocab.lexicon import RelationSpec
    from .relations import RelationReader, RelationRules


def listed_sums(doc: Doc, sents: list[Span], tok2ment: dict[int, Mention], lex: RelationRules,
                reader_for: Callable[[Span], RelationReader]) -> Iterator[Relation]:
    """One relation per 'Body: £sum' line under a heading that ends in a colon and names what the sums are."""
    rule = lex.structure.structural.get("listed-sums", {})
    separators = set(rule.get("separators", (":",)))
    for k, heading in enumerate(sents):
        if not _ends_in_colon(heading):
            continue
        found = _heading_spec(heading, lex)
        if found is None:
            continue
        spec, trigger = found
        reader = reader_for(heading)
        agents = [m for c in trigger.children if c.dep_ == "nsubj" for m in reader.mentions_for(c)] or (
            [(reader.implied[spec.predicate], True)] if spec.predicate in reader.implied else [])
        if not agents:
            continue
        head = reader.evidence
        for n, line in enumerate(sents[k + 1:k + 1 + int(rule.get("max_items", 40))]):
            item = _item(doc, line, tok2ment, separators)
            if item is None:
                break
            body, anchor, amount = item
            for rel in reader_for(doc[heading.start:line.end]).emit(spec, anchor, agents, [(body, False)], "listed-sum"):
                rel.amount = rel.amount or amount
                if n:  # the heading and this line, not the lines between
                    rel.evidence = f"{head} … {line.text.strip()}"
                yield rel


def _ends_in_colon(sent: Span) -> bool:
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text == ":"


def _heading_spec(heading: Span, lex: RelationRules) -> tuple[RelationSpec, Token] | None:
    """The relation a heading's sums belong to ('penalties', 'fined', 'grants awarded') and the word saying it."""
    for tok in heading:
        table = lex.triggers.noun if tok.pos_ == "NOUN" else lex.triggers.verb if tok.pos_ == "VERB" else {}
        for trig in table.get(tok.lemma_.lower(), ()):
            spec = lex.specs.get(trig.predicate)
            if spec is not None and spec.amount and not trig.inverse:
                return spec, tok
    return None


def _item(doc: Doc, line: Span, tok2ment: dict[int, Mention], separators: set[str]) -> tuple[Mention, Token, object] | None:
    """'Westshire Water: £5.2 million' -> (the body's mention, the sum's first token, the sum); None for any
    other line."""
    words = [t for t in line if not t.is_space]
    if not words:
        return None
    m = tok2ment.get(words[0].i)
    if m is None or m.entity is None or m.start != words[0].i or m.end >= line.end:
        return None
    sep = doc[m.end]
    if sep.text not in separators:
        return None
    rest = doc[sep.i + 1:line.end]
    amount = parse_amount(rest.text)
    if amount is None or len(rest.text.strip().rstrip(".;,")) > len(amount.text) + 12:
        return None  # a sum, and not much more ('£5.2 million', '£700,000 (2023)')
    anchor = next((t for t in rest if not t.is_space), None)
    return (m, anchor, amount) if anchor is not None else None
