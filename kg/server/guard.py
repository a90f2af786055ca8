"""What an anonymous client may ask of the server, checked before a query reaches a worker: no federated
SERVICE calls (unless allowed by prefix), no LOAD, no absurd nesting or size, and which dataset (FROM,
FROM NAMED) the query names. A light lexer blanks strings, IRIs and comments so keywords are found only
where they are keywords. Imports nothing from kg but the workers' error type.
"""

from __future__ import annotations

import re

from .workers import QueryFailed

MAX_QUERY_CHARS = 200_000
MAX_NESTING = 200

_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'  # long strings
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'  # short strings
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"  # IRIs
    r"|#[^\n]*",  # comments
    re.S)
_IRI = re.compile(r"<([^<>\"{}|^`\\\s]*)>")
_NOT_BRACKETS = re.compile(r"[^{}()]+")


def _blank(text: str) -> tuple[str, list[tuple[int, str]]]:
    """The query with strings, IRIs and comments replaced by spaces (same length), and the IRIs with positions."""
    out, iris, last = [], [], 0
    for m in _TOKENS.finditer(text):
        out.append(text[last:m.start()])
        token = m.group(0)
        if token.startswith("<"):
            iris.append((m.start(), token[1:-1]))
            out.append("<" + " " * (len(token) - 2) + ">")
        else:
            out.append(" " * len(token))
        last = m.end()
    out.append(text[last:])
    return "".join(out), iris


def _keyword(word: str) -> re.Pattern:
    return re.compile(rf"(?<![\w:?$@-]){word}(?![\w:-])", re.I)


_SERVICE, _FROM, _LOAD = _keyword("SERVICE"), _keyword("FROM"), _keyword("LOAD")


def check_query(text: str, allowed_services: tuple[str, ...] = ()) -> tuple[bool, bool]:
    """Raise QueryFailed (400/413) for what the server will not run; return whether the query names its own
    dataset (FROM / FROM NAMED, so the union default graph does not apply) and whether it calls an allowed SERVICE."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryFailed(413, f"the query is {len(text):,} characters; the limit is {MAX_QUERY_CHARS:,}")
    blank, iris = _blank(text)
    depth = deepest = 0
    for ch in _NOT_BRACKETS.sub("", blank):  # only the brackets, so the loop is short
        if ch in "{(":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "})":
            depth -= 1
    if deepest > MAX_NESTING:
        raise QueryFailed(400, f"the query nests {deepest} levels deep; the limit is {MAX_NESTING}")
    services = list(_SERVICE.finditer(blank))
    for m in services:
        after = blank[m.end():]
        target = next((iri for pos, iri in iris if pos >= m.end()), None)
        variable = re.match(r"\s*(?:SILENT\s+)?[?$]", after, re.I)
        if variable or target is None or not allowed_services or not target.startswith(allowed_services):
            raise QueryFailed(400, "SERVICE (federated query) is not allowed on this endpoint"
                                   + ("" if not allowed_services else " for that service"))
    return bool(_FROM.search(blank)), bool(services)


def check_update(text: str) -> None:
    """Updates may change the store, never make the server read files or fetch URLs."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryFailed(413, f"the update is {len(text):,} characters; the limit is {MAX_QUERY_CHARS:,}")
    blank, _ = _blank(text)
    if _LOAD.search(blank):
        raise QueryFailed(400, "LOAD is not allowed on this endpoint (it would make the server read files or fetch URLs); "
                               "load data with kg build or INSERT DATA")
    if _SERVICE.search(blank):
        raise QueryFailed(400, "SERVICE (federated query) is not allowed on this endpoint")

