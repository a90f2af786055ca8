"""Records of labelled fields, as saved registers and breach trackers print them: under a line naming one body, lines
that open with a label ('Regulator ICO', 'Regulator: ICO', 'Action: Civil penalty of £5,000', 'When …'). The
record's agent field names who acted; a field with a sum and a penalty word is the fine; the body is the record's own
name field ('Organisation: X') or the line above the record that is only that body's name. Evidence is the body's line,
the agent's line and the sum's. A funder's schedule of grant decisions is read the same way ('Applicant: X' /
'Decision: Award grant of £3,600'), the funder named once before the records. The labels are data (patterns.json 'labelled-records'). Imports model, resolve and the
extract readers; read by relations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..model import Relation
from ..resolve import parse_amount
from .listings import lines_of
from .mentions_base import Mention, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .relations import RelationReader, RelationRules


def _label(line: Span, labels: set[str]) -> int | None:
    """The index of the first token after *line*'s label (and its colon), when the line opens with one of *labels*."""
    words = [t for t in span_tokens(line) if not t.is_space]
    for n in (4, 3, 2, 1):  # ('Provided and run by', 'Data controller', 'How much', 'Regulator')
        if len(words) > n and " ".join(t.lower_ for t in words[:n]) in labels:
            return words[n].i + (words[n].text == ":")
    return None


def _rule(lex: RelationRules, name: str) -> tuple[dict, object]:
    """A record reader's rule in patterns.json and the relation it gives (None when kg.ttl has no such relation)."""
    rule = lex.structure.structural.get(name, {})
    return rule, lex.specs.get(rule.get("predicate", ""))


def _named_line(line: Span, tok2ment: dict[int, Mention]) -> Mention | None:
    """The body a line names and nothing else ('Kelby Care Trust')."""
    words = [t for t in span_tokens(line) if not (t.is_space or t.is_punct)]
    m = tok2ment.get(words[0].i) if words else None
    return m if m is not None and m.entity is not None and m.entity.type == "Organisation" and m.start == words[0].i \
        and words[-1].i < m.end else None


def _named_after(line: Span, start: int, tok2ment: dict[int, Mention]) -> Mention | None:
    """The first body named in *line* from token *start* on."""
    return next((m for t in line if t.i >= start and (m := tok2ment.get(t.i)) is not None and m.entity is not None
                 and m.entity.type == "Organisation"), None)


def _sum_field(doc: Doc, line: Span, labels: set[str], words: set[str], scope: Span | None = None):
    """(the sum, its first token) a record's sum field holds: a line opening with one of *labels* whose rest states a sum,
    and one of *words* in *scope* (the rest of the line by default); else None."""
    start = _label(line, labels)
    rest = doc[start:line.end] if start is not None else None
    amount = parse_amount(rest.text) if rest is not None and {t.lower_ for t in (scope or rest)} & words else None
    return (amount, next(t for t in rest if not t.is_space)) if amount is not None else None


def _emitted(reader: RelationReader, spec, found, agent: tuple, body: Mention, rule: str, lines: tuple) -> Iterator[Relation]:
    """The record's relation, with its sum and the record's lines as evidence."""
    if found is None:
        return
    amount, anchor = found
    for rel in reader.emit(spec, anchor, [agent], [(body, False)], rule):
        rel.amount = amount
        rel.evidence = " … ".join(x.text.strip() for x in lines)
        yield rel


def record_fines(doc: Doc, tok2ment: dict[int, Mention], lex: RelationRules,
                 reader_for: Callable[[Span], RelationReader]) -> Iterator[Relation]:
    """fined(agent, body) with its sum, one per record whose agent field names a body and whose sum field holds a penalty."""
    rule, spec = _rule(lex, "labelled-records")
    agent_labels, body_labels = set(rule.get("agent_labels", ())), set(rule.get("body_labels", ()))
    sum_labels, sum_words = set(rule.get("sum_labels", ())), set(rule.get("sum_words", ()))
    if spec is None or not agent_labels:
        return
    lines = list(lines_of(doc))
    span = int(rule.get("record_lines", 12))
    for k, line in enumerate(lines):
        at = _label(line, agent_labels)
        agent = _named_after(line, at, tok2ment) if at is not None else None
        if agent is None:
            continue
        body, body_line = None, None
        for before in reversed(lines[max(0, k - span):k]):  # the record's name field, else the name above it
            if _label(before, agent_labels) is not None:
                break
            named = _named_after(before, b, tok2ment) if (b := _label(before, body_labels)) is not None else _named_line(before, tok2ment)
            if named is not None:
                body, body_line = named, before
                break
        for after in lines[k + 1:k + 1 + span] if body is not None else []:
            if _label(after, agent_labels) is not None or _named_line(after, tok2ment) is not None:
                break  # the next record
            found = _sum_field(doc, after, sum_labels, sum_words, after)  # (the penalty word in the label, 'Penalty: £5,000')
            yield from _emitted(reader_for(after), spec, found, (agent, False), body, "labelled-record", (body_line, line, after))


def record_grants(doc: Doc, tok2ment: dict[int, Mention], lex: RelationRules,
                  reader_for: Callable[[Span], RelationReader]) -> Iterator[Relation]:
    """funded(funder, body) with its sum, one per record of a funder's schedule of grant decisions whose body field
    names a body and whose sum field awards money; the funder is named once before the records (patterns.json
    'labelled-grants')."""
    rule, spec = _rule(lex, "labelled-grants")
    body_labels, sum_labels = set(rule.get("body_labels", ())), set(rule.get("sum_labels", ()))
    sum_words = set(rule.get("sum_words", ()))
    if spec is None or not body_labels:
        return
    lines = list(lines_of(doc))
    first = next((k for k, line in enumerate(lines) if _label(line, body_labels) is not None), None)
    if first is None:
        return
    named = {id(m.entity): m for line in lines[:first] for t in line if (m := tok2ment.get(t.i)) is not None and m.start == t.i
             and m.entity is not None and m.entity.type == "Organisation"}
    known = [m for m in named.values() if m.entity.typed_by == "gazetteer"]
    funders = known if known else list(named.values())
    if len(funders) != 1:
        return
    funder, span = funders[0], int(rule.get("record_lines", 8))
    for k, line in enumerate(lines):
        at = _label(line, body_labels)
        body = _named_after(line, at, tok2ment) if at is not None else None
        if body is None or body.entity is funder.entity:
            continue
        for after in lines[k + 1:k + 1 + span]:
            if _label(after, body_labels) is not None:
                break  # the next record
            found = _sum_field(doc, after, sum_labels, sum_words)
            if found is not None:
                yield from _emitted(reader_for(after), spec, found, (funder, True), body, "labelled-grant", (line, after))
                break


def record_owners(doc: Doc, tok2ment: dict[int, Mention], lex: RelationRules,
                  reader_for: Callable[[Span], RelationReader]) -> Iterator[Relation]:
    """partOf(service, owner), one per record whose owner field ('Provided and run by:', 'Operated by: X') names a
    body, on its line or alone on the next; the service is the nearest line above that is only a body's name, after
    a label of its own or none ('Archived: Kelby House')."""
    rule, spec = _rule(lex, "labelled-owners")
    labels = set(rule.get("labels", ()))
    if spec is None or not labels:
        return
    lines = list(lines_of(doc))
    span = int(rule.get("record_lines", 6))
    for k, line in enumerate(lines):
        at = _label(line, labels)
        if at is None:
            continue
        owner, owner_line = _named_after(line, at, tok2ment), line
        if owner is None and k + 1 < len(lines):
            owner, owner_line = _named_line(lines[k + 1], tok2ment), lines[k + 1]
        service = next((m for before in reversed(lines[max(0, k - span):k]) if (m := _service_line(doc, before, tok2ment)) is not None), None)
        if owner is None or service is None or service.entity is owner.entity:
            continue
        for rel in reader_for(owner_line).emit(spec, doc[owner.start], [(service, False)], [(owner, False)], "labelled-owner"):
            rel.evidence = " … ".join(x.text.strip() for x in (line, owner_line) if x is not None)
            yield rel


def _service_line(doc: Doc, line: Span, tok2ment: dict[int, Mention]) -> Mention | None:
    """The body a line names alone, after a label and colon or none ('Kelby House', 'Archived: Kelby House')."""
    colon = next((t.i for t in line if t.text == ":"), None)
    return _named_line(doc[colon + 1:line.end] if colon is not None and colon + 1 < line.end else line, tok2ment)
