"""The canned queries: named .rq files in ontology/queries/ with their parameters declared in header
comments (`# param: NAME  description`, `# fold: NAMES`, `# page: N`). Imports vocab only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import QueryError
from ..vocab.resources import data_dir

_PARAM_RE = re.compile(r"^#\s*param:\s*(\w+)\s*(.*)$")
_DESC_RE = re.compile(r"^#\s*description:\s*(.*)$")
_FOLD_RE = re.compile(r"^#\s*fold:\s*([\w\s]+)$")
_PAGE_RE = re.compile(r"^#\s*page:\s*(\d+)\s*$")
_NAMES_RE = re.compile(r"^#\s*names:\s*([\w\s]+)$")


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
    names: frozenset[str] = frozenset()  # parameters that take an entity by name as well as by IRI (kg.lookup)


@lru_cache(maxsize=1)
def canned_queries() -> dict[str, CannedQuery]:
    """All .rq files under ontology/queries/, by file stem."""
    out = {}
    for path in sorted((data_dir("ontology") / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        desc, params, fold, page, names = "", [], set(), None, set()
        for line in text.splitlines():
            if m := _DESC_RE.match(line):
                desc = m.group(1).strip()
            elif m := _PARAM_RE.match(line):
                params.append((m.group(1), m.group(2).strip()))
            elif m := _FOLD_RE.match(line):
                fold.update(m.group(1).split())
            elif m := _PAGE_RE.match(line):
                page = int(m.group(1))
            elif m := _NAMES_RE.match(line):
                names.update(m.group(1).split())
        out[path.stem] = CannedQuery(path.stem, desc, tuple(params), text, path, frozenset(fold), page, frozenset(names))
    return out


def get_canned(name: str) -> CannedQuery:
    """A canned query by name, or a QueryError listing the names there are."""
    queries = canned_queries()
    if name not in queries:
        raise QueryError(f"no canned query named '{name}'; `kg query --list` shows them: {', '.join(queries)}")
    return queries[name]


@lru_cache(maxsize=None)
def internal(name: str) -> str:
    """The text of a query or update the library itself runs (ontology/queries/internal/NAME.rq or .ru)."""
    folder = data_dir("ontology") / "queries" / "internal"
    for path in (folder / f"{name}.rq", folder / f"{name}.ru"):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise QueryError(f"internal query '{name}' is missing from {folder}; reinstall policy-kg")
