"""Running tallies behind the summary graph, so that a build updates the summary for what it touched instead
of recounting the whole store: per article its size, mentions, topics and statements; per entity its types,
label, aliases and size; co-mention counts per pair and mention counts per topic and entity — in a SQLite file
beside the store (STORE/summary-tally.sqlite), indexed so that the rankings are read without sorting
everything.

A full recount (kg.summary.refresh_summary) rebuilds the tallies; the tallies and the summary graph carry
the same stamp (a digest of the summary); a build may update incrementally only when the stamps agree and
the summary is not marked stale (a build cut short, an update through the server), so the tallies never
drift from the store.
Imports summary.graph, sparql and rdf; the store is passed in.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import URIRef

from ..rdf import SUMMARY_GRAPH
from ..sparql.bind import with_values
from ..sparql.canned import internal
from .graph import (
    DATASET,
    TOP_PAIRS,
    TOP_PER_TOPIC,
    StoreContents,
    SummaryFacts,
    _term,
    facts_from_json,
    facts_json,
    key_quads,
    name_keys,
    pair_quads,
    stamp_of,
    topic_quads,
    void_quads,
)
from ..vocab.namespace import GRAPH, PREFIXES

if TYPE_CHECKING:
    from ..store.base import StoreBase

FILE = "summary-tally.sqlite"
CHUNK = 400
KG, RDF_TYPE_IRI = PREFIXES["kg"], PREFIXES["rdf"] + "type"
LABEL, ALT = PREFIXES["rdfs"] + "label", PREFIXES["skos"] + "altLabel"
ORGANISATION = KG + "Organisation"
# graphs outside articles and entities, counted directly each time (small, or dropped by every build)
SIDE_GRAPHS = (str(GRAPH.ontology), str(GRAPH.review), str(GRAPH.inferred))

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS article(iri TEXT PRIMARY KEY, size INTEGER);
CREATE TABLE IF NOT EXISTS mention(article TEXT, entity TEXT);
CREATE INDEX IF NOT EXISTS mention_article ON mention(article);
CREATE TABLE IF NOT EXISTS topic(article TEXT, topic TEXT);
CREATE INDEX IF NOT EXISTS topic_article ON topic(article);
CREATE TABLE IF NOT EXISTS stmt(article TEXT, predicate TEXT, n INTEGER);
CREATE INDEX IF NOT EXISTS stmt_article ON stmt(article);
CREATE TABLE IF NOT EXISTS entity(iri TEXT PRIMARY KEY, label TEXT, size INTEGER, keys TEXT, typed INTEGER);
CREATE TABLE IF NOT EXISTS etype(entity TEXT, type TEXT);
CREATE INDEX IF NOT EXISTS etype_entity ON etype(entity);
CREATE INDEX IF NOT EXISTS etype_type ON etype(type, entity);
CREATE TABLE IF NOT EXISTS pair(a TEXT, b TEXT, n INTEGER, PRIMARY KEY(a, b));
CREATE INDEX IF NOT EXISTS pair_n ON pair(n);
CREATE TABLE IF NOT EXISTS topic_entity(topic TEXT, entity TEXT, n INTEGER, PRIMARY KEY(topic, entity));
CREATE INDEX IF NOT EXISTS topic_entity_n ON topic_entity(topic, n);
CREATE TABLE IF NOT EXISTS total(name TEXT PRIMARY KEY, n INTEGER);
CREATE TABLE IF NOT EXISTS class_total(type TEXT PRIMARY KEY, n INTEGER);
CREATE TABLE IF NOT EXISTS stmt_total(predicate TEXT PRIMARY KEY, n INTEGER);
"""
# running totals kept by the database itself, so the summary's figures are read, not summed, at any size
TRIGGERS = [("article", "INSERT", "NEW", "+"), ("article", "DELETE", "OLD", "-"), ("entity", "INSERT", "NEW", "+"),
            ("entity", "DELETE", "OLD", "-"), ("etype", "INSERT", "NEW", "+"), ("etype", "DELETE", "OLD", "-"),
            ("stmt", "INSERT", "NEW", "+"), ("stmt", "DELETE", "OLD", "-")]
TOTALS = {"article": [("total", "'articles'", "1"), ("total", "'article_size'", "{r}.size")],
          "entity": [("total", "'entity_size'", "{r}.size"), ("total", "'typed_entities'", "{r}.typed")],
          "etype": [("class_total", "{r}.type", "1")],
          "stmt": [("stmt_total", "{r}.predicate", "{r}.n")]}
SCHEMA_VERSION = 3


def _triggers() -> str:
    out = []
    for table, event, row, sign in TRIGGERS:
        body = []
        for target, key, amount in TOTALS[table]:
            key, amount = key.format(r=row), amount.format(r=row)
            column = "name" if target == "total" else ("type" if target == "class_total" else "predicate")
            body.append(f"INSERT INTO {target} VALUES ({key}, {sign}{amount}) "
                        f"ON CONFLICT({column}) DO UPDATE SET n = n {sign} {amount};")
        out.append(f"CREATE TRIGGER IF NOT EXISTS {table}_{event.lower()} AFTER {event} ON {table} "
                   f"BEGIN {' '.join(body)} END;")
    return "\n".join(out)


def _chunks(items: Sequence[str]) -> Iterable[tuple[URIRef, ...]]:
    for start in range(0, len(items), CHUNK):
        yield tuple(URIRef(x) for x in items[start:start + CHUNK])


def _select(store: StoreBase, name: str, var: str, items: Sequence[str]) -> list[tuple]:
    rows: list[tuple] = []
    for chunk in _chunks(sorted(set(items))):
        rows += store.select_values(with_values(internal(name), {var: chunk}))
    return rows


class Tally:
    """The tallies of one store folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(str(path))
        # the store is the record: a lost tally costs a recount (the stamps then differ), never wrong counts
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        if self.db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:  # older tallies: start afresh
            for kind, name in self.db.execute("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger')").fetchall():
                self.db.execute(f"DROP {kind.upper()} IF EXISTS {name}")  # noqa: S608 (names from the schema)
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self.db.executescript(SCHEMA + _triggers())

    @classmethod
    def of(cls, store: StoreBase) -> Tally | None:
        """The tallies beside a store folder (None for a store on a SPARQL server)."""
        return cls(Path(store.path) / FILE) if isinstance(store.path, Path) else None

    def close(self) -> None:
        self.db.close()

    def meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def _set(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def matches(self, store: StoreBase) -> bool:
        """Whether the summary graph was last computed with these tallies."""
        stamp = store.select_values(internal("summary-stamp"))
        return bool(stamp) and stamp[0][0] == self.meta("stamp")

    # ------------------------------------------------------------ filling

    def rebuild(self, store: StoreBase, c: StoreContents, facts: SummaryFacts, stamp: str) -> None:
        """Replace the tallies with the whole store's (after a full recount), under the summary's stamp."""
        db = self.db
        for table in ("article", "mention", "topic", "stmt", "entity", "etype", "pair", "topic_entity", "meta",
                      "total", "class_total", "stmt_total"):
            db.execute(f"DELETE FROM {table}")  # noqa: S608 (table names are ours)
        sizes = dict((g, int(n)) for g, n in store.select_values(internal("tally-graph-sizes")))
        db.executemany("INSERT INTO article VALUES (?, ?)", ((a, sizes.get(a, 0)) for a in c.articles))
        db.executemany("INSERT INTO mention VALUES (?, ?)", ((a, e) for a, es in c.mentions.items() for e in es))
        db.executemany("INSERT INTO topic VALUES (?, ?)", ((a, t) for a, ts in c.topics.items() for t in ts))
        for a, p, n in store.select_values(internal("tally-statements")):
            db.execute("INSERT INTO stmt VALUES (?, ?, ?)", (a, p, int(n)))
        entity_sizes = dict((e, int(n)) for e, n in store.select_values(internal("tally-entity-sizes")))
        for e, size in entity_sizes.items():
            keys = name_keys(c.labels.get(e, ""), c.aliases.get(e, ())) if e in c.types else []
            db.execute("INSERT INTO entity VALUES (?, ?, ?, ?, ?)", (e, c.labels.get(e), size, json.dumps(keys), int(e in c.types)))
        db.executemany("INSERT INTO etype VALUES (?, ?)", ((e, t) for e, ts in c.types.items() for t in ts))
        pairs: Counter = Counter()
        per_topic: Counter = Counter()
        for a, es in c.mentions.items():
            pairs.update(combinations(sorted(es), 2))
            per_topic.update((t, e) for t in c.topics.get(a, ()) for e in es)
        db.executemany("INSERT INTO pair VALUES (?, ?, ?)", ((a, b, n) for (a, b), n in pairs.items()))
        db.executemany("INSERT INTO topic_entity VALUES (?, ?, ?)", ((t, e, n) for (t, e), n in per_topic.items()))
        counted = sum(sizes.get(a, 0) for a in c.articles) + sum(entity_sizes.values())
        side = sum(sizes.get(g, 0) for g in SIDE_GRAPHS)
        self._set("rest", str(c.triples - counted - side))
        self._set("facts", facts_json(facts))
        self._set("stamp", stamp)
        db.commit()

    def update(self, store: StoreBase, articles: Iterable[str], entities: Iterable[str]) -> None:
        """Bring the tallies of these articles (written, rewritten or removed) and entities up to date."""
        articles, entities = sorted(set(articles)), sorted(set(entities))
        db = self.db
        old_mentions: dict[str, list[str]] = {}
        for a in articles:
            ms = sorted(e for (e,) in db.execute("SELECT entity FROM mention WHERE article = ?", (a,)))
            ts = [t for (t,) in db.execute("SELECT topic FROM topic WHERE article = ?", (a,))]
            old_mentions[a] = ms
            self._count(ms, ts, -1)
            for table in ("article", "mention", "topic", "stmt"):
                db.execute(f"DELETE FROM {table} WHERE {'iri' if table == 'article' else 'article'} = ?", (a,))  # noqa: S608
        present = {a for (a,) in _select(store, "summary-articles", "a", articles)}
        sizes = dict((g, int(n)) for g, n in _select(store, "tally-graph-sizes", "g", sorted(present)))
        mentions: dict[str, list[str]] = {a: [] for a in present}
        topics: dict[str, list[str]] = {a: [] for a in present}
        for a, e in _select(store, "summary-mentions", "a", sorted(present)):
            mentions[a].append(e)
        for a, t in _select(store, "summary-topics", "a", sorted(present)):
            topics[a].append(t)
        for a in sorted(present):
            db.execute("INSERT INTO article VALUES (?, ?)", (a, sizes.get(a, 0)))
            db.executemany("INSERT INTO mention VALUES (?, ?)", ((a, e) for e in set(mentions[a])))
            db.executemany("INSERT INTO topic VALUES (?, ?)", ((a, t) for t in set(topics[a])))
            self._count(sorted(set(mentions[a])), sorted(set(topics[a])), +1)
        for a, p, n in _select(store, "tally-statements", "a", sorted(present)):
            db.execute("INSERT INTO stmt VALUES (?, ?, ?)", (a, p, int(n)))
        db.execute("DELETE FROM pair WHERE n <= 0")
        db.execute("DELETE FROM topic_entity WHERE n <= 0")
        self._entities(store, entities)

    def _count(self, mentions: list[str], topics: list[str], sign: int) -> None:
        self.db.executemany("INSERT INTO pair VALUES (?, ?, ?) ON CONFLICT(a, b) DO UPDATE SET n = n + excluded.n",
                            ((a, b, sign) for a, b in combinations(mentions, 2)))
        self.db.executemany("INSERT INTO topic_entity VALUES (?, ?, ?) ON CONFLICT(topic, entity) "
                            "DO UPDATE SET n = n + excluded.n", ((t, e, sign) for t in topics for e in mentions))

    def _entities(self, store: StoreBase, entities: list[str]) -> None:
        """Re-read these entities' descriptions; the summary's name keys change with them."""
        db = self.db
        self._key_changes: tuple[list[ox.Quad], list[ox.Quad]] = ([], [])
        seen: dict[str, dict] = {}
        for e, p, o in _select(store, "tally-entities", "e", entities):
            d = seen.setdefault(e, {"types": set(), "labels": [], "aliases": set(), "size": 0})
            d["size"] += 1
            if p == RDF_TYPE_IRI:
                d["types"].add(o)
            elif p == LABEL:
                d["labels"].append(o)
            elif p == ALT:
                d["aliases"].add(o)
        removed, added = self._key_changes
        for e in entities:
            row = db.execute("SELECT keys FROM entity WHERE iri = ?", (e,)).fetchone()
            old_keys = json.loads(row[0]) if row else []
            db.execute("DELETE FROM entity WHERE iri = ?", (e,))
            db.execute("DELETE FROM etype WHERE entity = ?", (e,))
            d = seen.get(e)
            new_keys: list[str] = []
            if d is not None:
                label = min(d["labels"]) if d["labels"] else None
                new_keys = name_keys(label or "", d["aliases"]) if d["types"] else []
                db.execute("INSERT INTO entity VALUES (?, ?, ?, ?, ?)", (e, label, d["size"], json.dumps(new_keys),
                                                                          int(bool(d["types"]))))
                db.executemany("INSERT INTO etype VALUES (?, ?)", ((e, t) for t in d["types"]))
            if old_keys != new_keys:
                removed += key_quads(e, [k for k in old_keys if k not in new_keys])
                added += key_quads(e, [k for k in new_keys if k not in old_keys])

    # ------------------------------------------------------------ reading

    def facts(self, store: StoreBase) -> SummaryFacts:
        """The summary's figures and rankings from the tallies (the side graphs counted directly)."""
        db = self.db
        side = sum(int(n) for _, n in _select(store, "tally-graph-sizes", "g", SIDE_GRAPHS))

        def total(name: str) -> int:
            row = db.execute("SELECT n FROM total WHERE name = ?", (name,)).fetchone()
            return row[0] if row else 0

        triples = total("article_size") + total("entity_size") + side + int(self.meta("rest", "0"))
        classes = Counter(dict(db.execute("SELECT type, n FROM class_total WHERE type LIKE ? AND n > 0", (KG + "%",))))
        statements = Counter(dict(db.execute("SELECT predicate, n FROM stmt_total WHERE n > 0")))
        for _, p, n in _select(store, "tally-statements", "a", [str(GRAPH.review)]):
            statements[p] += int(n)
        return SummaryFacts(triples, total("typed_entities"), total("articles"),
                            classes, statements, self._top_pairs(), self._topic_activity())

    def _label(self, e: str) -> str:
        row = self.db.execute("SELECT label FROM entity WHERE iri = ?", (e,)).fetchone()
        return row[0] if row and row[0] is not None else e

    def _top_pairs(self) -> list[tuple[tuple[str, str], int]]:
        db = self.db
        cut = db.execute("SELECT n FROM pair WHERE n > 1 ORDER BY n DESC LIMIT 1 OFFSET ?", (TOP_PAIRS - 1,)).fetchone()
        rows = db.execute("SELECT a, b, n FROM pair WHERE n >= ? ORDER BY n DESC", (max(2, cut[0] if cut else 2),)).fetchall()
        ranked = sorted(rows, key=lambda r: (-r[2], self._label(r[0]), self._label(r[1]), (r[0], r[1])))
        return [((a, b), n) for a, b, n in ranked[:TOP_PAIRS]]

    def _topic_activity(self) -> dict[str, list[tuple[str, int]]]:
        db = self.db
        out: dict[str, list[tuple[str, int]]] = {}
        sql = ("SELECT te.entity, te.n FROM topic_entity te WHERE te.topic = ? AND te.n >= ? AND EXISTS "
               "(SELECT 1 FROM etype WHERE etype.entity = te.entity AND etype.type = ?) ORDER BY te.n DESC")
        for (t,) in db.execute("SELECT DISTINCT topic FROM topic").fetchall():
            cut = db.execute(sql + " LIMIT 1 OFFSET ?", (t, 1, ORGANISATION, TOP_PER_TOPIC - 1)).fetchone()
            rows = db.execute(sql, (t, cut[1] if cut else 1, ORGANISATION)).fetchall()
            out[t] = sorted(rows, key=lambda r: (-r[1], self._label(r[0]), r[0]))[:TOP_PER_TOPIC]
        return out

    # ------------------------------------------------------------ writing

    def write_summary(self, store: StoreBase, day: str) -> None:
        """Write what changed in the summary graph, in one update: the figures and each ranking only where
        they differ from the last written, the name keys of the entities just re-read, the new stamp; and
        drop the stale mark."""
        old, new = facts_from_json(self.meta("facts")), self.facts(store)
        removed: list[ox.Quad] = []
        added: list[ox.Quad] = []

        def change(before: list[ox.Quad], after: list[ox.Quad]) -> None:
            b, a = set(before), set(after)
            removed.extend(b - a)
            added.extend(a - b)

        if (old.triples, old.entities, old.documents, +old.classes, +old.statements) != \
                (new.triples, new.entities, new.documents, +new.classes, +new.statements):
            change(void_quads(old), void_quads(new))
        if old.pairs != new.pairs:
            change(pair_quads(old.pairs), pair_quads(new.pairs))
        for topic in old.topics.keys() | new.topics.keys():
            if old.topics.get(topic) != new.topics.get(topic):
                change(topic_quads({topic: old.topics.get(topic, [])}), topic_quads({topic: new.topics.get(topic, [])}))
        stamp = stamp_of(new, day)
        change([ox.Quad(DATASET, _term("kg", "summaryStamp"), ox.Literal(self.meta("stamp")), SUMMARY_GRAPH)],
               [ox.Quad(DATASET, _term("kg", "summaryStamp"), ox.Literal(stamp), SUMMARY_GRAPH)])
        removed_keys, added_keys = getattr(self, "_key_changes", ([], []))
        store.change_quads(removed + _stale_marks(store) + removed_keys, added + added_keys)
        self._set("stamp", stamp)
        self._set("facts", facts_json(new))
        self.db.commit()


def _stale_marks(store: StoreBase) -> list[ox.Quad]:
    return [ox.Quad(DATASET, _term("kg", "summaryStale"), ox.Literal(v, datatype=_term("xsd", "boolean")), SUMMARY_GRAPH)
            for (v,) in store.select_values(internal("summary-stale"))]
