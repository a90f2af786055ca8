"""What a build changed: before it writes, a build takes a snapshot of the articles it will rewrite or remove
and of the entities they (and, as it goes, the new articles) mention; after, the same things again. The
difference — articles, entities and statements added, removed or changed — is kept beside the store
(STORE/changes/, the last KEEP builds), and `kg diff` shows the last one as text, CSV or an HTML page. The
cost follows what the build touched, never the size of the store.

Statements are compared by what they say (subject, predicate, object, article), not by their IRIs, which
are numbered within an article. Imports sparql.canned, templating and errors; the store is passed in.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import QueryError
from .sparql.canned import internal

if TYPE_CHECKING:
    from .store.base import StoreBase

KEEP = 10
FOLDER = "changes"
KINDS = {"article": "articles", "entity": "entities", "statement": "statements"}
CHANGES = ("added", "removed", "changed")


@dataclass
class Snapshot:
    name: str  # when it was taken (UTC), e.g. 20261125T101500Z
    articles: dict[str, tuple[str, str]] = field(default_factory=dict)  # iri -> (hash, title)
    entities: dict[str, tuple[str, str]] = field(default_factory=dict)  # iri -> (label, type)
    statements: dict[tuple[str, str, str, str], tuple] = field(default_factory=dict)  # (s, p, o, article) -> details
    scope: set[str] = field(default_factory=set)  # the entities looked up (present or not)


@dataclass
class Change:
    kind: str  # article, entity, statement
    change: str  # added, removed, changed
    iri: str  # the article or entity; for a statement, its article
    label: str
    detail: str = ""


@dataclass
class Diff:
    old: str  # snapshot names ("" for an empty store)
    new: str
    changes: list[Change]

    def count(self, kind: str, change: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind and c.change == change)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def take(store: StoreBase, name: str | None = None, *, articles: Iterable[str] | None = None,
         entities: Iterable[str] | None = None) -> Snapshot:
    """The store's articles, entities and statements now — or only those of the given articles and entities."""
    snap = Snapshot(name or datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ"))
    if articles is None and entities is None:
        _fill(snap, store.select_values(internal("snapshot-articles")), store.select_values(internal("snapshot-statements")))
        for iri, label, kind in store.select_values(internal("snapshot-entities")):
            snap.entities[iri] = (label or "", _local(kind or ""))
            snap.scope.add(iri)
        return snap
    articles = list(articles or ())
    _fill(snap, store.select_in("snapshot-articles", "article", articles),
          store.select_in("snapshot-statements", "article", articles))
    extend(snap, store, entities or ())
    return snap


def extend(snap: Snapshot, store: StoreBase, entities: Iterable[str]) -> None:
    """Add these entities as they are now (those already in the snapshot are kept as they were)."""
    from .vocab.namespace import PREFIXES

    new = {e for e in entities if e not in snap.scope}
    snap.scope |= new
    for e, d in store.entity_descriptions(new).items():
        kinds = sorted(_local(t) for t in d.types if t.startswith(PREFIXES["kg"]))
        if kinds:
            snap.entities[e] = (d.label or "", kinds[0])


def _fill(snap: Snapshot, articles: list[tuple], statements: list[tuple]) -> None:
    for iri, digest, title in articles:
        snap.articles[iri] = (digest or "", title or "")
    for s, p, o, article, evidence, confidence, amount, rating in statements:
        snap.statements[(s, _local(p), o, article)] = (evidence or "", confidence or "", amount or "", rating or "")


def folder(store_path: str | Path) -> Path:
    return Path(store_path) / FOLDER


def save(d: Diff, store_path: str | Path) -> Path:
    """Keep what a build changed beside the store (gzipped JSON lines), and only the last KEEP builds'."""
    where = folder(store_path)
    where.mkdir(parents=True, exist_ok=True)
    path = where / f"{d.new}.jsonl.gz"
    tmp = path.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"old": d.old, "new": d.new}) + "\n")
        for c in d.changes:
            out.write(json.dumps([c.kind, c.change, c.iri, c.label, c.detail], ensure_ascii=False) + "\n")
    tmp.replace(path)
    for old in records(store_path)[:-KEEP]:
        old.unlink(missing_ok=True)
    return path


def records(store_path: str | Path) -> list[Path]:
    """The kept records of what builds changed, oldest first."""
    where = folder(store_path)
    return sorted(where.glob("*.jsonl.gz")) if where.is_dir() else []


def load(path: Path) -> Diff:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            head = json.loads(f.readline())
            changes = [Change(*json.loads(line)) for line in f if line.strip()]
        return Diff(head["old"], head["new"], changes)
    except (OSError, ValueError, TypeError, KeyError, EOFError) as exc:
        raise QueryError(f"{path} cannot be read ({exc}); delete it and build again") from None


def compare(old: Snapshot | None, new: Snapshot) -> Diff:
    """Articles, entities and statements added, removed or changed from *old* (None: an empty store) to *new*."""
    old = old or Snapshot("")
    changes: list[Change] = []
    for iri in sorted(new.articles.keys() | old.articles.keys()):
        before, after = old.articles.get(iri), new.articles.get(iri)
        if before is None:
            changes.append(Change("article", "added", iri, after[1]))
        elif after is None:
            changes.append(Change("article", "removed", iri, before[1]))
        elif before != after:
            what = "text changed" if before[0] != after[0] else f"title was “{before[1]}”"
            changes.append(Change("article", "changed", iri, after[1], what))
    for iri in sorted(new.entities.keys() | old.entities.keys()):
        before, after = old.entities.get(iri), new.entities.get(iri)
        if before is None:
            changes.append(Change("entity", "added", iri, after[0], after[1]))
        elif after is None:
            changes.append(Change("entity", "removed", iri, before[0], before[1]))
        elif before != after:
            was = [f"label was “{before[0]}”"] if before[0] != after[0] else []
            was += [f"type was {before[1]}"] if before[1] != after[1] else []
            changes.append(Change("entity", "changed", iri, after[0], "; ".join(was)))
    labels = {iri: label for iri, (label, _) in {**old.entities, **new.entities}.items()}
    for key in sorted(new.statements.keys() | old.statements.keys()):
        s, p, o, article = key
        said = f"{labels.get(s) or _local(s)} {p} {labels.get(o) or _local(o)}"
        before, after = old.statements.get(key), new.statements.get(key)
        if before is None:
            changes.append(Change("statement", "added", article, said, after[0]))
        elif after is None:
            changes.append(Change("statement", "removed", article, said, before[0]))
        elif before != after:
            changes.append(Change("statement", "changed", article, said, after[0]))
    changes.sort(key=lambda c: (list(KINDS).index(c.kind), CHANGES.index(c.change), c.label.casefold(), c.iri))
    return Diff(old.name, new.name, changes)


def latest(store_path: str | Path | None = None) -> Diff:
    """What the last build that changed the store changed."""
    from .store import is_remote
    from .store.base import default_store_path

    if store_path is not None and is_remote(str(store_path)):
        raise QueryError("what builds changed is kept only beside a store folder, not on a SPARQL server")
    store_path = Path(store_path) if store_path is not None else default_store_path()
    found = records(store_path)
    if not found:
        raise QueryError(f"no record of a build in {folder(store_path)}; `kg build` leaves one each time it "
                         "changes the store")
    return load(found[-1])


def summary(diff: Diff) -> str:
    lines = [f"Changes made by the build of {_when(diff.new)}:"]
    for kind, plural in KINDS.items():
        lines.append(f"  {plural}: {diff.count(kind, 'added')} added, {diff.count(kind, 'removed')} removed, "
                     f"{diff.count(kind, 'changed')} changed")
    return "\n".join(lines)


def _when(name: str) -> str:
    """20261125T101500123456Z -> 2026-11-25 10:15:00 UTC"""
    try:
        return datetime.strptime(name, "%Y%m%dT%H%M%S%fZ").strftime("%Y-%m-%d %H:%M:%S UTC")
    except ValueError:
        return name


SIGNS = {"added": "+", "removed": "-", "changed": "~"}


def to_text(diff: Diff) -> str:
    lines = [summary(diff)]
    for c in diff.changes:
        lines.append(f"{SIGNS[c.change]} {c.kind:<9} {c.label}" + (f"  ({c.detail})" if c.detail else ""))
    return "\n".join(lines)


def render(diff: Diff, fmt: str) -> str:
    """The diff as text (a summary, then one line per change), csv or html."""
    return {"text": to_text, "csv": to_csv, "html": to_html}[fmt](diff)


def to_csv(diff: Diff) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["kind", "change", "iri", "label", "detail"])
    for c in diff.changes:
        writer.writerow([c.kind, c.change, c.iri, c.label, c.detail])
    return out.getvalue()


def to_html(diff: Diff) -> str:
    from .templating import render

    groups = [(KINDS[kind], change, [c for c in diff.changes if c.kind == kind and c.change == change])
              for kind in KINDS for change in CHANGES]
    return render("diff.html", title="What changed", diff=diff, summary=summary(diff),
                  groups=[g for g in groups if g[2]])
