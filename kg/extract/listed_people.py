"""People listed with their bodies: a list item that is a person and a body ('• Jo Bloggs, Barset NHS Trust'), a
signature (a name, then a post at a body on the next line), members listed after 'The members of X are', a body in
brackets or set off by a comma after a name ('Cllr Jo Bloggs (Kelby City Council) said', 'Jo Bloggs, CIW, presented
…'), a line of a name, a post and a body between dashes, and a membership table flattened into a line. Each person is
part of the body. The words are data (patterns.json 'listed-people'). Imports model, vocab, extract.mentions_base,
extract.posts and extract.listings (the doc's lines); read by relations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..vocab.lexicon import bullet_marks
from .listings import lines_of
from .mentions_base import DASHES, Mention, doc_tokens, span_tokens
from .posts import written_as_office

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..model import Relation
    from .relations import RelationReader, RelationRules


def listed_people(doc: Doc, tok2ment: dict[int, Mention], lex: RelationRules,
                  reader_for: Callable[[Span], RelationReader]) -> Iterator[Relation]:
    """partOf(person, body) for each list item that is a person and a body ('• Jo Bloggs, Barset NHS Trust',
    '- Jo Bloggs, Director of Public Health, Barset Council (Interim)'): attendees, members, signatories
    (patterns.json 'listed-people')."""
    rule = lex.structure.structural.get("listed-people", {})
    spec = lex.specs.get(rule.get("predicate", ""))
    if spec is None:
        return
    between = int(rule.get("words_between", 0))
    for line in lines_of(doc):
        words = [t for t in span_tokens(line) if not t.is_space]
        bullet = bool(words) and words[0].text in bullet_marks()
        first = 1 if bullet else next((k for k, t in enumerate(words) if not lex.rules.honorific(t.text)), 0)
        if len(words) < first + 2:
            continue
        person, body = tok2ment.get(words[first].i), _last_body(doc, words, tok2ment)
        if person is None or body is None or person.entity is None or person.entity.type != "Person" or person.start != words[first].i:
            continue
        middle = [t for t in doc[person.end:body.start] if not (t.is_punct or t.is_space)]
        dashed = sum(t.text in DASHES and t.whitespace_ != "" for t in doc[person.end:body.start]) > 1  # ('Jo Bloggs - Senior
        if doc[person.end].text not in {",", "(", ":", *DASHES} or len(middle) > between or not (bullet or dashed) or any(  # Manager -
                t.i in tok2ment and (not dashed or getattr(tok2ment[t.i].entity, "type", "") != "Organisation") for t in middle):  # Inspection Team - X')
            continue  # the name, a separator, a post perhaps, and the body (a bullet before, or a line set out between dashes)
        yield from reader_for(doc[line.start:line.end]).emit(spec, words[first], [(person, False)], [(body, False)], "listed-person")
    yield from _signed_posts(doc, tok2ment, lex, spec, reader_for)
    yield from _member_lists(doc, tok2ment, rule, spec, reader_for, lex.rules)
    yield from _bracketed_bodies(doc, tok2ment, spec, reader_for)
    yield from _set_off_bodies(doc, tok2ment, spec, reader_for)
    yield from _table_rows(doc, tok2ment, spec, reader_for)


def _table_rows(doc: Doc, tok2ment: dict[int, Mention], spec, reader_for) -> Iterator[Relation]:
    """'Cllr Jo Bloggs Essex County Council Sam Smith Environment Agency …': a membership table flattened into one
    line, each person's name followed straight away by a body's (no word or mark between) — two such pairs on a line
    at least, since running text never sets a name against a body so (rule 'table-row', below stated confidence)."""
    for line in lines_of(doc):
        rows = [(m, body) for i in range(line.start, line.end) if (m := tok2ment.get(i)) is not None and m.start == i
                and m.entity is not None and m.entity.type == "Person" and (body := tok2ment.get(m.end)) is not None
                and body.start == m.end and body.entity is not None and body.entity.type == "Organisation"]
        for m, body in rows if len(rows) > 1 else ():
            yield from reader_for(doc[m.start:body.end]).emit(spec, doc[m.start], [(m, False)], [(body, False)], "table-row")


def _bracketed_bodies(doc: Doc, tok2ment: dict[int, Mention], spec, reader_for) -> Iterator[Relation]:
    """'Cllr Jo Bloggs (Kelby City Council) said', 'the panel: Jo Bloggs (Barset Trust) and …': a person's body or
    party in brackets right after the name (rule 'bracketed-body')."""
    seen: set[int] = set()
    for m in tok2ment.values():
        if id(m) in seen or m.entity is None or m.entity.type != "Person" or m.end + 2 >= len(doc) or doc[m.end].text != "(":
            continue
        seen.add(id(m))
        body = tok2ment.get(m.end + 1)
        if body is not None and body.start == m.end + 1 and body.entity is not None and body.entity.type == "Organisation" \
                and body.end < len(doc) and doc[body.end].text == ")":
            yield from reader_for(doc[m.start:body.end + 1]).emit(spec, doc[m.start], [(m, False)], [(body, False)], "bracketed-body")


def _set_off_bodies(doc: Doc, tok2ment: dict[int, Mention], spec, reader_for) -> Iterator[Relation]:
    """'Jo Bloggs, Barset County Council, said …', 'Jo Bloggs, CIW presented the findings': a body set off by a comma
    right after a person's name, a verb straight after it — not a list's items ('A, B and C'; rule 'set-off-body')."""
    for m in {id(m): m for m in tok2ment.values()}.values():
        if m.entity is None or m.entity.type != "Person" or m.end + 2 >= len(doc) or doc[m.end].text != "," or (
                m.start > 0 and doc[m.start - 1].lower_ in {",", "and", "or", "&"}):
            continue
        body = tok2ment.get(m.end + 1)
        if body is None or body.start != m.end + 1 or body.entity is None or body.entity.type != "Organisation" or body.end + 1 >= len(doc):
            continue
        verb = doc[body.end + (doc[body.end].text == ",")]
        if verb.pos_ in {"VERB", "AUX"} and verb.i < doc[m.start].sent.end and not any(t.i in tok2ment for t in doc[body.end:verb.i]):
            yield from reader_for(doc[m.start:verb.i + 1]).emit(spec, doc[m.start], [(m, False)], [(body, False)], "set-off-body")


def _member_lists(doc: Doc, tok2ment: dict[int, Mention], rule: dict, spec, reader_for, lex_rules) -> Iterator[Relation]:
    """'The Members of the Committee are: A B C', 'Members of X include A and B', 'The X board members are A and B':
    people listed after a verb whose subject is a body's members (patterns.json 'listed-people' 'member_words',
    'list_verbs'); each is part of the body (rule 'member-list')."""
    words, verbs = set(rule.get("member_words", ())), set(rule.get("list_verbs", ()))
    for tok in doc_tokens(doc):
        if tok.lower_ not in words or tok.dep_ != "nsubj" or tok.head.lemma_ not in verbs:
            continue
        first = next((t for t in doc[tok.head.i + 1:] if not (t.is_space or t.text == ":" or lex_rules.honorific(t.text))), None)
        if first is None or not (
                (m := tok2ment.get(first.i)) is not None and m.start == first.i and m.entity is not None and m.entity.type == "Person"):
            continue  # (the list right after the verb: not 'Members of the board are unhappy, Jo Bloggs said')
        reader = reader_for(tok.sent)
        bodies = reader._prep_objects(tok, {"of"}) or [m for c in tok.lefts if c.dep_ in {"compound", "poss"} for m in reader.mentions_for(c)]
        bodies = [b for b in bodies if b[0].entity is not None and b[0].entity.type == "Organisation"]
        end = next((t.i for t in doc[tok.head.i:] if "\n" in t.text_with_ws), len(doc))  # (the list runs to the line's end,
        people = [(m, False) for i in range(tok.head.i + 1, max(end, tok.sent.end)) if (m := tok2ment.get(i)) is not None  # past a
                  and m.start == i and m.entity is not None and m.entity.type == "Person"]  # colon the segmenter ends a sentence at)
        if bodies and people:
            yield from reader.emit(spec, tok.head, people, bodies, "member-list")


def _signed_posts(doc: Doc, tok2ment: dict[int, Mention], lex: RelationRules, spec, reader_for) -> Iterator[Relation]:
    """'Graham Sharp / Chair of the Accounts Commission': a line that is only a person's name and, on the next, a post
    at a body (a post word first, the body last, or alone on the line after) — a foreword's or a letter's signature;
    the person is part of it."""
    lines = [x for x in lines_of(doc) if any(not t.is_space for t in x)]
    for named, post, third in zip(lines, lines[1:], [*lines[2:], None]):
        words, after = [t for t in span_tokens(named) if not t.is_space], [t for t in span_tokens(post) if not t.is_space]
        person = tok2ment.get(words[-1].i) if words else None
        if person is None or person.entity is None or person.entity.type != "Person" or "\n\n" in doc[named.end - 1:post.start + 1].text \
                or not all(t.i in range(person.start, person.end) or lex.rules.honorific(t.text) for t in words):
            continue
        own = tok2ment.get(third.start) if third is not None and "\n\n" not in doc[post.end - 1:third.start + 1].text else None
        if own is not None and own.start == third.start and own.end >= third.end - 1 and own.entity is not None \
                and own.entity.type == "Organisation" and not any(t.i in tok2ment for t in after):
            after = after + [doc[own.end - 1]]  # 'Jo Bloggs / Chief Executive Officer / Kelby NHS Trust': the body on a line of its own
        office = tok2ment.get(after[0].i) if after else None  # 'Jo Bloggs / Kent police and crime commissioner': an office alone
        if office is not None and office.start == after[0].i and office.end == after[-1].i + 1 and office.entity is not None \
                and office.entity.type == "Organisation" and written_as_office(reader := reader_for(doc[named.start:post.end]), office):
            yield from reader.emit(spec, after[0], [(person, False)], [(office, False)], "signature")
        if len(after) < 3:
            continue
        body = _last_body(doc, after, tok2ment)
        if body is not None and after[0].text.capitalize() in lex.rules.post_words | lex.rules.post_modifiers \
                and not any(t.i in tok2ment for t in doc[after[0].i:body.start]):
            yield from reader_for(doc[named.start:post.end]).emit(spec, after[0], [(person, False)], [(body, False)], "signature")


def _last_body(doc: Doc, words: list[Token], tok2ment: dict[int, Mention]) -> Mention | None:
    """The organisation that ends a list item, a bracketed note after it aside ('NHS Fife (Interim)')."""
    k = len(words) - 1
    while k > 0 and words[k].is_punct and words[k].text != ")":
        k -= 1
    if words[k].text == ")":
        opened = next((j for j in range(k - 1, 0, -1) if words[j].text == "("), None)
        k = opened - 1 if opened is not None and k - opened <= 4 else k
    m = tok2ment.get(words[k].i) if k > 1 else None
    return m if m is not None and m.entity is not None and m.entity.type == "Organisation" and m.end - 1 == words[k].i else None
