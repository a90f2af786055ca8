"""Reference lists at the end of a post ('Okafor, A (2015) / Commissioning for outcomes… / Bristol: Policy Press',
or all on one line):
authors are People, the title a Publication, the publisher an Organisation and the place of publication a
Place; a journal line ('Youth Justice, Volume 1, Issue 2') names a Publication. Nothing else is read inside a
reference, so fragments such as 'Reyes, M (2015' never become entities. Imports extract.mentions_base only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mentions_base import Mention, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SURNAME = r"[A-Z][A-Za-z'’-]+"
_AUTHOR = rf"{_SURNAME},\s*(?:[A-Z]\.?\s*){{1,3}}"
# 'Okafor, A (2015)', 'Okafor, A and Reyes, M (2015)', 'Smith, J., Jones, K. & Brown, L. (2019a)'; the rest of
# the reference may follow on the same line ('… (2015) Title. Bristol: Policy Press.')
AUTHOR_LINE = re.compile(rf"^\s*(?P<authors>{_AUTHOR}(?:\s*(?:,|and|&)\s*{_AUTHOR})*)\s*\((?P<year>\d{{4}})[a-z]?\)\.?\s*(?P<rest>.*)$")
PUBLISHER_LINE = re.compile(r"^\s*(?P<place>[A-Z][A-Za-z .'’-]{1,40}):\s*(?P<publisher>[A-Z][^,:]{1,60}?)\s*\.?\s*$")
JOURNAL_LINE = re.compile(r"^\s*(?P<journal>[A-Z][^,]{2,80}?),\s*(?:Vol(?:ume)?\.?|Issue|No\.?|pp?\.?)\s*\d", re.I)


_SENTENCE_PART = re.compile(r"[^.?!]+[.?!]?")  # a title, then 'Place: Publisher.' or a journal


def _span(doc: Doc, start: int, end: int):
    return doc.char_span(start, end, alignment_mode="expand")


def citation_blocks(doc: Doc) -> list[tuple[int, int, list[Mention]]]:
    """(first token, end token, mentions) for each reference in *doc*: a paragraph whose first line is an
    author-and-year line."""
    text = doc_text(doc)
    out = []
    for block in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", text):
        lines = block.group(0).split("\n")
        head = AUTHOR_LINE.match(lines[0])
        if head is None:
            continue
        mentions: list[Mention] = []
        offset = block.start()
        for m in re.finditer(_SURNAME + r"(?=,)", head.group("authors")):
            span = _span(doc, offset + head.start("authors") + m.start(), offset + head.start("authors") + m.end())
            if span is not None:
                mentions.append(Mention(span.start, span.end, span.text, "Person", "head"))
        # the parts after the authors: the following lines, or the rest of this line cut at its full stops
        parts = [(offset + head.start("rest") + m.start(), m.group(0)) for m in _SENTENCE_PART.finditer(head.group("rest"))]
        pos = offset + len(lines[0]) + 1
        for line in lines[1:]:
            parts.append((pos, line))
            pos += len(line) + 1
        for n, (pos, line) in enumerate(parts, start=1):
            matched = PUBLISHER_LINE.match(line) if n > 1 else None
            journal = JOURNAL_LINE.match(line)
            if matched:
                for group, etype in (("place", "Place"), ("publisher", "Organisation")):
                    span = _span(doc, pos + matched.start(group), pos + matched.end(group))
                    if span is not None:
                        mentions.append(Mention(span.start, span.end, span.text, etype, "head"))
            elif journal:
                span = _span(doc, pos + journal.start("journal"), pos + journal.end("journal"))
                if span is not None:
                    mentions.append(Mention(span.start, span.end, span.text, "Publication", "head"))
            elif n == 1 and line.strip():
                stripped = line.strip().rstrip(".")
                start = pos + line.index(stripped)
                span = _span(doc, start, start + len(stripped))
                if span is not None:
                    mentions.append(Mention(span.start, span.end, span.text, "Publication", "head"))
        first = _span(doc, block.start(), block.start() + 1)
        last = _span(doc, block.end() - 1, block.end())
        if first is not None and last is not None:
            out.append((first.start, last.end, mentions))
    return out
