"""SPARQL over the store: ad-hoc queries and the canned queries in ontology/queries/*.rq.

Canned queries declare their parameters in header comments (`# param: NAME  description`);
values are bound with initBindings, never pasted into the query text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import QueryError
from .namespace import PREFIXES, SERIALIZATION_PREFIXES
from .resources import data_dir

if TYPE_CHECKING:
    from rdflib.query import Result

    from .store import StoreBase

_PARAM_RE = re.compile(r"^#\s*param:\s*(\w+)\s*(.*)$")
_DESC_RE = re.compile(r"^#\s*description:\s*(.*)$")
_FOLD_RE = re.compile(r"^#\s*fold:\s*([\w\s]+)$")
_PAGE_RE = re.compile(r"^#\s*page:\s*(\d+)\s*$")


@dataclass(frozen=True)
class CannedQuery:
    """A named query shipped in ontology/queries/."""

    name: str
    description: str
    params: tuple[tuple[str, str], ...]
    text: str
    path: Path
    fold: frozenset[str] = frozenset()  # parameters whose values are lower-cased (matched against kg:nameKey)
    page: int | None = None  # a list query returns at most this many matches, not necessarily the first in order


@lru_cache(maxsize=1)
def canned_queries() -> dict[str, CannedQuery]:
    """All .rq files under ontology/queries/, by file stem."""
    out = {}
    for path in sorted((data_dir("ontology") / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        desc, params, fold, page = "", [], set(), None
        for line in text.splitlines():
            if m := _DESC_RE.match(line):
                desc = m.group(1).strip()
            elif m := _PARAM_RE.match(line):
                params.append((m.group(1), m.group(2).strip()))
            elif m := _FOLD_RE.match(line):
                fold.update(m.group(1).split())
            elif m := _PAGE_RE.match(line):
                page = int(m.group(1))
        out[path.stem] = CannedQuery(path.stem, desc, tuple(params), text, path, frozenset(fold), page)
    return out


def get_canned(name: str) -> CannedQuery:
    """A canned query by name, or a QueryError listing the names there are."""
    queries = canned_queries()
    if name not in queries:
        raise QueryError(f"no canned query named '{name}'; `kg query --list` shows them: {', '.join(queries)}")
    return queries[name]


def to_term(value: str):
    """A parameter value as an RDF term: <IRI>, prefixed name (kg:fined), or a plain string."""
    from rdflib import Literal, URIRef

    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if value.startswith(("http://", "https://", "urn:")):
        return URIRef(value)
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and " " not in value:
        return URIRef(PREFIXES[prefix] + local)
    return Literal(value)


def run_query(store: StoreBase, text: str, bindings: dict[str, Any] | None = None) -> Result:
    """Run SPARQL with the usual prefixes predeclared and *bindings* substituted as values."""
    from rdflib import Variable

    init = {Variable(k) if not isinstance(k, Variable) else k: (to_term(v) if isinstance(v, str) else v)
            for k, v in (bindings or {}).items()}
    try:
        try:
            result = store.query(text, init)
            if result.type == "SELECT":
                result.bindings = list(result.bindings)  # evaluate now, so errors surface here
        except (ValueError, RuntimeError, OSError) as exc:
            # Oxigraph substitutes only variables the query projects; bind the others with VALUES
            if not init or "SELECT projection" not in str(exc):
                raise
            result = store.query(with_values(text, init), None)
            if result.type == "SELECT":
                result.bindings = list(result.bindings)
        return result
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error at {_syntax_message(exc, text)}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query failed: {exc}") from None


def _syntax_message(exc: SyntaxError, text: str) -> str:
    """One readable line with the line and column; an unknown prefix is named."""
    msg = " ".join(str(exc).split())
    where = re.search(r"error at (\d+):(\d+)", msg)
    line = col = None
    if where:
        line, col = int(where.group(1)), int(where.group(2))
    place = f"line {line}, column {col}" if where else "unknown position"
    if "Prefix not found" in msg and line is not None:
        src = text.splitlines()[line - 1] if line - 1 < len(text.splitlines()) else ""
        m = None
        for m in re.finditer(r"([A-Za-z][\w-]*):", src[: col + 1]):
            pass
        name = m.group(1) if m else "?"
        return f"line {line}, column {col}: unknown prefix '{name}:'; declare it with PREFIX or use a full <IRI>"
    detail = re.sub(r"^error at \d+:\d+:\s*", "", msg)
    if len(detail) > 160:
        detail = detail[:157] + "..."
    return f"{place}: {detail}"


def with_values(text: str, bindings: dict) -> str:
    """Bind variables with a VALUES block; values are written as RDF terms (IRIs and escaped literals),
    so a value can never change the query's structure.

    The block goes into the innermost sub-select that projects every bound variable (the canned list
    queries select a page in a sub-select, and a value must narrow that page, not filter it afterwards),
    otherwise at the start of the outermost WHERE.
    """
    if not bindings:
        return text
    block = " ".join(f"VALUES ?{str(k)} {{ {' '.join(x.n3() for x in (v if isinstance(v, (list, tuple)) else [v]))} }}"
                     for k, v in bindings.items())
    names = {str(k) for k in bindings}
    selects = list(re.finditer(r"\bSELECT\b(.*?)\bWHERE\s*\{", text, re.I | re.S))
    for m in reversed(selects[1:]):
        projected = set(re.findall(r"\?(\w+)", m.group(1)))
        if names <= projected or m.group(1).strip().startswith("*"):
            return text[: m.end()] + " " + block + " " + text[m.end():]
    m = re.search(r"WHERE\s*\{", text, re.I)
    if m is None:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    return text[: m.end()] + " " + block + " " + text[m.end():]


def run_canned(store: StoreBase, name: str, params: dict[str, str] | None = None) -> Result:
    """Run a canned query by name; unknown parameters and missing required ones are errors."""
    query = get_canned(name)
    known = {p for p, _ in query.params}
    params = dict(params or {})
    unknown = set(params) - known
    if unknown:
        raise QueryError(f"query '{name}' takes {', '.join(sorted(known)) or 'no parameters'}; not {', '.join(sorted(unknown))}")
    missing = [p for p, desc in query.params if "required" in desc and p not in params]
    if missing:
        raise QueryError(f"query '{name}' needs --param {missing[0]}=VALUE ({dict(query.params)[missing[0]]})")
    params = {k: v.lower() if k in query.fold else v for k, v in params.items()}
    result = run_query(store, query.text, params)
    from .rdf import SUMMARY_GRAPH

    if result.type == "SELECT" and not result.bindings and SUMMARY_GRAPH.value in query.text:
        from .summary import has_summary

        if not has_summary(store):
            raise QueryError(f"query '{name}' reads the summary graph, which this store does not have yet "
                             "(it was built by an older policy-kg); run `kg build` once to add it")
    return result


# ---------------------------------------------------------------------- formatting

def _cell(term: Any) -> str:
    if term is None:
        return ""
    return str(term)


def rows(result: Result) -> tuple[list[str], list[list[str]]]:
    """Column names and string cells of a SELECT result."""
    cols = [str(v) for v in result.vars]
    return cols, [[_cell(b.get(v)) for v in result.vars] for b in result.bindings]


def format_result(result: Result, fmt: str = "table", width: int = 60) -> str:
    """Render a query result: SELECT as table/csv/tsv/json/jsonl, ASK as yes/no, graphs as Turtle/JSON-LD."""
    if result.type == "ASK":
        return "yes" if result.askAnswer else "no"
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        graph = result.graph
        for prefix, ns in SERIALIZATION_PREFIXES.items():
            graph.bind(prefix, ns)
        return graph.serialize(format="json-ld" if fmt in {"json", "jsonld", "json-ld"} else "turtle")
    cols, data = rows(result)
    if fmt in {"csv", "tsv"}:
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(cols)
        writer.writerows(data)
        return buf.getvalue()
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    if fmt == "jsonl":
        return "".join(json.dumps(dict(zip(cols, r)), ensure_ascii=False) + "\n" for r in data)
    return _table(cols, data, width)


def _table(cols: list[str], data: list[list[str]], width: int) -> str:
    """A plain text table that stays readable in a terminal: long cells are cut with an ellipsis."""
    def short(s: str) -> str:
        s = " ".join(s.split())
        for prefix, ns in PREFIXES.items():
            if s.startswith(ns):
                s = f"{prefix}:{s[len(ns):]}"
                break
        return s if len(s) <= width else s[: width - 1] + "…"

    cells = [[short(c) for c in r] for r in data]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    line = lambda r: "  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip()  # noqa: E731
    out = [line(cols), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"
