"""Browsing the graph without SPARQL: entities, statements, articles and topics as tables that can be
filtered by facets, sorted, paged and downloaded (CSV, JSON), every view described by its parameters alone,
so the same parameters give the same rows.

Reads the store through the internal browse-*.rq queries. Imports vocab and sparql.canned only; the store
is passed in (any StoreBase).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from math import ceil
from typing import TYPE_CHECKING

from .errors import QueryError
from .sparql.canned import internal
from .vocab.namespace import ID_BASE, ONTOLOGY_IRI

if TYPE_CHECKING:
    from .store.base import StoreBase

KG_NS = ONTOLOGY_IRI + "#"
PER_PAGE = 50
MAX_PER_PAGE = 500


@dataclass(frozen=True)
class Column:
    """A column of a view: *key* in the row, a heading, and where its cell links (the key holding an IRI)."""

    key: str
    label: str
    link: str | None = None  # key of the row's IRI this cell links to
    numeric: bool = False


@dataclass(frozen=True)
class View:
    name: str
    title: str
    columns: tuple[Column, ...]
    facets: tuple[str, ...]  # row keys whose values are counted and can be chosen
    default_sort: str
    search: tuple[str, ...]  # row keys the text box (q=) looks in


VIEWS: dict[str, View] = {v.name: v for v in (
    View("entities", "Entities",
         (Column("label", "Name", "entity"), Column("type", "Type"), Column("articles", "Articles", numeric=True),
          Column("statements", "Statements", numeric=True)),
         ("type",), "-articles", ("label",)),
    View("statements", "Statements",
         (Column("subjectLabel", "Subject", "subject"), Column("predicate", "Relation"),
          Column("objectLabel", "Object", "object"), Column("detail", "Amount / rating"),
          Column("confidence", "Confidence", numeric=True), Column("year", "Year"),
          Column("evidence", "Evidence", "in_context"), Column("title", "Article", "article")),
         ("predicate", "subjectType", "objectType", "confidenceBand", "rule", "year", "source"), "-confidence",
         ("subjectLabel", "objectLabel", "evidence")),
    View("articles", "Articles",
         (Column("title", "Title", "article"), Column("date", "Date"), Column("source", "Source"),
          Column("entities", "Entities", numeric=True), Column("statements", "Statements", numeric=True)),
         ("topic", "year", "source"), "title", ("title",)),
    View("topics", "Topics",
         (Column("label", "Topic", "topic"), Column("broader", "Broader topic"),
          Column("articles", "Articles", numeric=True)),
         ("broader",), "-articles", ("label",)),
)}

FACET_LABELS = {"type": "Type", "predicate": "Relation", "subjectType": "Subject type", "objectType": "Object type",
                "confidenceBand": "Confidence", "rule": "Rule", "year": "Year", "source": "Source",
                "topic": "Topic", "broader": "Broader topic"}


@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool


@dataclass
class BrowsePage:
    """One page of a view, with the facets counted over every row that passes the filters."""

    view: View
    rows: list[dict]
    total: int
    facets: dict[str, list[FacetValue]]
    filters: dict[str, str]
    sort: str
    page: int
    pages: int
    per_page: int
    q: str = ""
    all_rows: list[dict] = field(default_factory=list, repr=False)


def _local(iri: str | None) -> str:
    if not iri:
        return ""
    return iri[len(KG_NS):] if iri.startswith(KG_NS) else iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _year(*dates: str | None) -> str:
    for d in dates:
        if d and d[:4].isdigit():
            return d[:4]
    return ""


def _source(row: dict) -> str:
    """Where an article came from, shortly: its publisher, the web site, or the file it was read from."""
    from urllib.parse import urlsplit

    if row.get("publisherLabel"):
        return row["publisherLabel"]
    if row.get("url"):
        return urlsplit(row["url"]).hostname or row["url"]
    path = row.get("path") or ""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _band(confidence: str | None) -> str:
    if confidence is None:
        return "unknown"
    c = float(confidence)
    return "high (0.85 and over)" if c >= 0.85 else "medium (0.7 to 0.85)" if c >= 0.7 else "low (under 0.7)"


def _count(value: str | None) -> int:
    return int(value) if value else 0


def _rows(store: StoreBase, view: View) -> list[dict]:
    """Every row of a view, with the derived columns (local names, years, sources, bands) filled in."""
    rows = store.select_records(internal(f"browse-{view.name}"))
    if view.name == "entities":
        for r in rows:
            r.update(type=_local(r["type"]), articles=_count(r["articles"]), statements=_count(r["statements"]))
    elif view.name == "statements":
        for r in rows:
            amount = f"{r['amount']} {r['currency'] or ''}".strip() if r.get("amount") else ""
            r.update(predicate=_local(r["predicate"]), subjectType=_local(r["subjectType"]),
                     objectType=_local(r["objectType"]), confidenceBand=_band(r["confidence"]),
                     confidence=float(r["confidence"]) if r["confidence"] else None, rule=r["rule"] or "",
                     detail=" · ".join(x for x in (amount, r.get("rating") or "") if x),
                     year=_year(r["date"], r["articleDate"]), source=_source(r),
                     subjectLabel=r["subjectLabel"] or _local(r["subject"]),
                     objectLabel=r["objectLabel"] or _local(r["object"]),
                     in_context=r["article"] + "#" + r["statement"].removeprefix(ID_BASE + "statement/"))
    elif view.name == "articles":
        topics: dict[str, list[str]] = {}
        for t in store.select_records(internal("browse-article-topics")):
            topics.setdefault(t["article"], []).append(t["topicLabel"])
        for r in rows:
            r.update(year=_year(r["date"]), source=_source(r), date=r["date"] or "",
                     entities=_count(r["entities"]), statements=_count(r["statements"]),
                     topic=sorted(topics.get(r["article"], [])))
    elif view.name == "topics":
        for r in rows:
            r.update(broader=r["broaderLabel"] or "", articles=_count(r["articles"]))
    return rows


def _values(row: dict, key: str) -> list[str]:
    value = row.get(key)
    if isinstance(value, list):
        return value
    return [str(value)] if value not in (None, "") else []


def _sort_key(column: Column | None, key: str):
    def sort_key(row: dict):
        value = row.get(key)
        if column is not None and column.numeric:
            return (value is None, float(value) if value is not None else 0.0)
        return (value in (None, ""), str(value or "").casefold())
    return sort_key


def browse(store: StoreBase, view_name: str, params: Mapping[str, str] | None = None) -> BrowsePage:
    """One page of a view. *params*: a facet's name with the value to keep (several facets narrow in turn),
    q (text to look for), sort (a column's key, - for descending), page (from 1), size (rows a page)."""
    view = VIEWS.get(view_name)
    if view is None:
        raise QueryError(f"no view '{view_name}'; the views are {', '.join(VIEWS)}")
    params = dict(params or {})
    filters = {k: v for k, v in params.items() if k in view.facets and v != ""}
    unknown = set(params) - set(view.facets) - {"q", "sort", "page", "size", "format"}
    if unknown:
        raise QueryError(f"the {view.name} view has no parameter {', '.join(sorted(unknown))}; it takes "
                         f"{', '.join(view.facets)}, q, sort, page, size")
    q = params.get("q", "").strip()
    sort = params.get("sort") or view.default_sort
    keys = {c.key: c for c in view.columns}
    if sort.lstrip("-") not in keys:
        raise QueryError(f"cannot sort the {view.name} view by '{sort}'; sort by one of {', '.join(keys)}")
    try:
        page = max(1, int(params.get("page") or 1))
        per_page = min(MAX_PER_PAGE, max(1, int(params.get("size") or PER_PAGE)))
    except ValueError:
        raise QueryError("page and size must be whole numbers") from None

    rows = _rows(store, view)
    if q:
        needle = q.casefold()
        rows = [r for r in rows if any(needle in str(r.get(k) or "").casefold() for k in view.search)]
    kept = [r for r in rows if all(v in _values(r, k) for k, v in filters.items())]
    facets = {}
    for key in view.facets:
        # a facet counts the rows that pass every other filter, so its other values stay reachable
        others = [r for r in rows if all(v in _values(r, k) for k, v in filters.items() if k != key)]
        counts = Counter(v for r in others for v in _values(r, key))
        facets[key] = [FacetValue(v, n, filters.get(key) == v)
                       for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))]
    column = keys[sort.lstrip("-")]
    kept.sort(key=_sort_key(None, view.columns[0].key))  # ties in the chosen column: by the first column
    kept.sort(key=_sort_key(column, column.key), reverse=sort.startswith("-"))
    if sort.startswith("-"):  # blanks last whichever way
        kept = [r for r in kept if r.get(column.key) not in (None, "")] + \
               [r for r in kept if r.get(column.key) in (None, "")]
    pages = max(1, ceil(len(kept) / per_page))
    start = (page - 1) * per_page
    return BrowsePage(view, kept[start:start + per_page], len(kept), facets, filters, sort, page, pages, per_page,
                      q, kept)


def download(result: BrowsePage, fmt: str) -> tuple[str, bytes]:
    """Every row that passes the view's filters (not just this page), in its sort order, as CSV or JSON:
    the columns shown plus the IRIs they link to."""
    keys = [c.key for c in result.view.columns]
    keys += [c.link for c in result.view.columns if c.link and c.link not in keys]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(keys)
        for r in result.all_rows:
            writer.writerow(["; ".join(_values(r, k)) for k in keys])
        return "text/csv; charset=utf-8", out.getvalue().encode()
    if fmt == "json":
        body = {"view": result.view.name, "filters": result.filters, "q": result.q, "sort": result.sort,
                "total": result.total, "rows": [{k: r.get(k) for k in keys} for r in result.all_rows]}
        return "application/json; charset=utf-8", json.dumps(body, ensure_ascii=False, indent=1).encode()
    raise QueryError(f"cannot download as '{fmt}'; choose csv or json")
