"""Query results for people and files: tables, CSV/TSV, JSON, JSON Lines, Turtle and JSON-LD.

Imports vocab only.
"""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, Any

from ..vocab.namespace import PREFIXES, SERIALIZATION_PREFIXES

if TYPE_CHECKING:
    from rdflib.query import Result


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
    if fmt == "vertical":
        return _vertical(cols, data)
    return _table(cols, data, width)


def _vertical(cols: list[str], data: list[list[str]]) -> str:
    """One row after another, one 'name: value' line per column, values in full and wrapped to the terminal."""
    import shutil
    import textwrap

    width = max(40, shutil.get_terminal_size((100, 24)).columns)
    pad = max((len(c) for c in cols), default=0)
    out = []
    for n, row in enumerate(data, start=1):
        out.append(f"-[ row {n} ]" + "-" * max(0, min(width, 60) - 12))
        for col, value in zip(cols, row):
            lines = textwrap.wrap(" ".join(value.split()), width - pad - 3) or [""]
            out.append(f"{col.rjust(pad)} | {lines[0]}")
            out += [f"{'':>{pad}} | {line}" for line in lines[1:]]
    out.append(f"({len(data)} row{'s' if len(data) != 1 else ''})")
    return "\n".join(out) + "\n"


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
