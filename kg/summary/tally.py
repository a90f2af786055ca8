"""Running tallies behind the summary graph, so that a build updates the summary for what it touched instead
of recounting the whole store: per article its size, mentions, topics and statements; per entity its types,
label, aliases and size; co-mention counts per pair and mention counts per topic and entity — in a SQLite file
beside the store (STORE/summary-tally.sqlite; IRIs stored once, as numbers), indexed so that the rankings
are read without sorting everything, with running totals kept by triggers. After an update only the topics
it touched are ranked again (and those of entities whose label or body type changed); the other rankings
are those last written.

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
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..rdf import SUMMARY_GRAPH
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
    stamp_quad,
    topic_quads,
    void_quads,
)
from ..vocab.namespace import GRAPH, PREFIXES

if TYPE_CHECKING:
    from ..store.base import StoreBase

FILE = "summary-tally.sqlite"
KG = PREFIXES["kg"]
ORGANISATION = KG + "Organisation"
# graphs outside articles and entities, counted directly each time (small, or dropped by every build)
SIDE_GRAPHS = (str(GRAPH.ontology), str(GRAPH.review), str(GRAPH.inferred))

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS term(id INTEGER PRIMARY KEY, iri TEXT UNIQUE);
CREATE TABLE IF NOT EXISTS article(id INTEGER PRIMARY KEY, size INTEGER);
CREATE TABLE IF NOT EXISTS mention(article INTEGER, entity INTEGER, PRIMARY KEY(article, entity)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS topic(article INTEGER, topic INTEGER, PRIMARY KEY(article, topic)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stmt(article INTEGER, predicate INTEGER, n INTEGER, PRIMARY KEY(article, predicate)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entity(id INTEGER PRIMARY KEY, label TEXT, size INTEGER, keys TEXT, typed INTEGER);
CREATE TABLE IF NOT EXISTS etype(entity INTEGER, type INTEGER, PRIMARY KEY(entity, type)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pair(a INTEGER, b INTEGER, n INTEGER, PRIMARY KEY(a, b)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS pair_n ON pair(n);
CREATE TABLE IF NOT EXISTS topic_entity(topic INTEGER, entity INTEGER, n INTEGER, PRIMARY KEY(topic, entity)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS topic_entity_n ON topic_entity(topic, n);
CREATE INDEX IF NOT EXISTS topic_entity_entity ON topic_entity(entity);
CREATE TABLE IF NOT EXISTS total(name TEXT PRIMARY KEY, n INTEGER);
CREATE TABLE IF NOT EXISTS class_total(type INTEGER PRIMARY KEY, n INTEGER);
CREATE TABLE IF NOT EXISTS stmt_total(predicate INTEGER PRIMARY KEY, n INTEGER);
CREATE TABLE IF NOT EXISTS topic_total(topic INTEGER PRIMARY KEY, n INTEGER);
"""
# running totals kept by the database itself, so the summary's figures are read, not summed, at any size
TRIGGERS = [(table, event, row, sign) for table in ("article", "entity", "etype", "stmt", "topic")
            for event, row, sign in (("INSERT", "NEW", "+"), ("DELETE", "OLD", "-"))]
TOTALS = {"article": [("total", "name", "'articles'", "1"), ("total", "name", "'article_size'", "{r}.size")],
          "entity": [("total", "name", "'entity_size'", "{r}.size"), ("total", "name", "'typed_entities'", "{r}.typed")],
          "etype": [("class_total", "type", "{r}.type", "1")],
          "stmt": [("stmt_total", "predicate", "{r}.predicate", "{r}.n")],
          "topic": [("topic_total", "topic", "{r}.topic", "1")]}
SCHEMA_VERSION = 4


def _triggers() -> str:
    out = []
    for table, event, row, sign in TRIGGERS:
        body = []
        for target, column, key, amount in TOTALS[table]:
            key, amount = key.format(r=row), amount.format(r=row)
            body.append(f"INSERT INTO {target} VALUES ({key}, {sign}{amount}) "
                        f"ON CONFLICT({column}) DO UPDATE SET n = n {sign} {amount};")
        out.append(f"CREATE TRIGGER IF NOT EXISTS {table}_{event.lower()} AFTER {event} ON {table} "
                   f"BEGIN {' '.join(body)} END;")
    return "\n".join(out)


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
        self._key_changes: tuple[list[ox.Quad], list[ox.Quad]] = ([], [])
        self._rerank: set[int] | None = None  # after update(): the topics whose rankings may have moved

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

    # ------------------------------------------------------------ IRIs as numbers

    def ids(self, iris: Iterable[str]) -> dict[str, int]:
        """The number of each IRI (numbered on first sight)."""
        wanted = sorted(set(iris))
        self.db.executemany("INSERT OR IGNORE INTO term(iri) VALUES (?)", ((i,) for i in wanted))
        out: dict[str, int] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT iri, id FROM term WHERE iri IN ({marks})", chunk))  # noqa: S608
        return out

    # ------------------------------------------------------------ filling

    def rebuild(self, store: StoreBase, c: StoreContents, facts: SummaryFacts, stamp: str) -> None:
        """Replace the tallies with the whole store's (after a full recount), under the summary's stamp."""
        db = self.db
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            db.execute(f"DELETE FROM {name}")  # noqa: S608 (names from the schema)
        sizes = dict((g, int(n)) for g, n in store.select_values(internal("tally-graph-sizes")))
        statements = store.select_values(internal("tally-statements"))
        entity_sizes = dict((e, int(n)) for e, n in store.select_values(internal("tally-entity-sizes")))
        every = set(c.articles) | set(entity_sizes) | {p for _, p, _ in statements}
        every |= {t for ts in c.topics.values() for t in ts} | {t for ts in c.types.values() for t in ts}
        every |= {e for es in c.mentions.values() for e in es}
        db.executemany("INSERT INTO term(iri) VALUES (?)", ((i,) for i in sorted(every)))
        num = dict(db.execute("SELECT iri, id FROM term"))
        db.executemany("INSERT INTO article VALUES (?, ?)", ((num[a], sizes.get(a, 0)) for a in c.articles))
        db.executemany("INSERT INTO mention VALUES (?, ?)", ((num[a], num[e]) for a, es in c.mentions.items() for e in es))
        db.executemany("INSERT INTO topic VALUES (?, ?)", ((num[a], num[t]) for a, ts in c.topics.items() for t in ts))
        db.executemany("INSERT INTO stmt VALUES (?, ?, ?)", ((num[a], num[p], int(n)) for a, p, n in statements if a in num))
        db.executemany("INSERT INTO entity VALUES (?, ?, ?, ?, ?)", (
            (num[e], c.labels.get(e), size, json.dumps(name_keys(c.labels.get(e, ""), c.aliases.get(e, ())) if e in c.types else []),
             int(e in c.types)) for e, size in entity_sizes.items()))
        db.executemany("INSERT INTO etype VALUES (?, ?)", ((num[e], num[t]) for e, ts in c.types.items() for t in ts))
        pairs: Counter = Counter()
        per_topic: Counter = Counter()
        for a, es in c.mentions.items():
            ordered = [num[e] for e in sorted(es)]  # a pair is ordered by its IRIs, as the summary states it
            pairs.update(combinations(ordered, 2))
            per_topic.update((num[t], e) for t in c.topics.get(a, ()) for e in ordered)
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
        present = {a for (a,) in store.select_in("summary-articles", "a", articles)}
        sizes = dict((g, int(n)) for g, n in store.select_in("tally-graph-sizes", "g", sorted(present)))
        mentions: dict[str, set[str]] = {a: set() for a in present}
        topics: dict[str, set[str]] = {a: set() for a in present}
        for a, e in store.select_in("summary-mentions", "a", sorted(present)):
            mentions[a].add(e)
        for a, t in store.select_in("summary-topics", "a", sorted(present)):
            topics[a].add(t)
        statements = store.select_in("tally-statements", "a", sorted(present))
        num = self.ids([*articles, *entities, *(e for es in mentions.values() for e in es),
                        *(t for ts in topics.values() for t in ts), *(p for _, p, _ in statements)])
        touched_topics = {num[t] for ts in topics.values() for t in ts}
        for a in articles:
            old_m = [e for (e,) in db.execute("SELECT m.entity FROM mention m JOIN term t ON t.id = m.entity "
                                              "WHERE m.article = ? ORDER BY t.iri", (num[a],))]
            old_t = [t for (t,) in db.execute("SELECT topic FROM topic WHERE article = ?", (num[a],))]
            touched_topics.update(old_t)
            self._count(old_m, old_t, -1)
            for table, column in (("article", "id"), ("mention", "article"), ("topic", "article"), ("stmt", "article")):
                db.execute(f"DELETE FROM {table} WHERE {column} = ?", (num[a],))  # noqa: S608
        for a in sorted(present):
            ordered = [num[e] for e in sorted(mentions[a])]
            db.execute("INSERT INTO article VALUES (?, ?)", (num[a], sizes.get(a, 0)))
            db.executemany("INSERT INTO mention VALUES (?, ?)", ((num[a], e) for e in ordered))
            db.executemany("INSERT INTO topic VALUES (?, ?)", ((num[a], num[t]) for t in sorted(topics[a])))
            self._count(ordered, [num[t] for t in sorted(topics[a])], +1)
        db.executemany("INSERT INTO stmt VALUES (?, ?, ?)", ((num[a], num[p], int(n)) for a, p, n in statements))
        db.execute("DELETE FROM pair WHERE n <= 0")
        # counts that fell to nothing, looked for only under the topics these articles had or have (the index is
        # by topic: a search over every topic would cost the size of the store)
        db.executemany("DELETE FROM topic_entity WHERE topic = ? AND n <= 0", ((t,) for t in sorted(touched_topics)))
        moved = self._entities(store, entities, num)
        self._rerank = touched_topics | _topics_of(db, moved)

    def _count(self, mentions: list[int], topics: list[int], sign: int) -> None:
        """Add (or take away) one article's co-mentioned pairs and its mentions per topic."""
        self.db.executemany("INSERT INTO pair VALUES (?, ?, ?) ON CONFLICT(a, b) DO UPDATE SET n = n + excluded.n",
                            ((a, b, sign) for a, b in combinations(mentions, 2)))
        self.db.executemany("INSERT INTO topic_entity VALUES (?, ?, ?) ON CONFLICT(topic, entity) "
                            "DO UPDATE SET n = n + excluded.n", ((t, e, sign) for t in topics for e in mentions))

    def _entities(self, store: StoreBase, entities: list[str], num: dict[str, int]) -> set[int]:
        """Re-read these entities' descriptions; the summary's name keys change with them. Returns the
        entities whose place in a topic's ranking may have moved (a new label, or no longer or newly a body)."""
        db = self.db
        seen = store.entity_descriptions(entities)
        num.update(self.ids(t for d in seen.values() for t in d.types))
        removed, added = self._key_changes
        before = {e: _ranked_as(db, num[e]) for e in entities}
        for e in entities:
            row = db.execute("SELECT keys FROM entity WHERE id = ?", (num[e],)).fetchone()
            old_keys = json.loads(row[0]) if row else []
            db.execute("DELETE FROM entity WHERE id = ?", (num[e],))
            db.execute("DELETE FROM etype WHERE entity = ?", (num[e],))
            d = seen.get(e)
            new_keys: list[str] = []
            if d is not None:
                new_keys = name_keys(d.label or "", d.aliases) if d.types else []
                db.execute("INSERT INTO entity VALUES (?, ?, ?, ?, ?)", (num[e], d.label, d.size, json.dumps(new_keys),
                                                                          int(bool(d.types))))
                db.executemany("INSERT INTO etype VALUES (?, ?)", ((num[e], num[t]) for t in d.types))
            if old_keys != new_keys:
                removed += key_quads(e, [k for k in old_keys if k not in new_keys])
                added += key_quads(e, [k for k in new_keys if k not in old_keys])
        return {num[e] for e in entities if _ranked_as(db, num[e]) != before[e]}

    # ------------------------------------------------------------ reading

    def facts(self, store: StoreBase, reuse: SummaryFacts | None = None) -> SummaryFacts:
        """The summary's figures and rankings from the tallies (the side graphs counted directly); with
        *reuse* (the facts last written) after update(), only the topics it touched are ranked again."""
        db = self.db
        side = sum(int(n) for _, n in store.select_in("tally-graph-sizes", "g", SIDE_GRAPHS))

        def total(name: str) -> int:
            row = db.execute("SELECT n FROM total WHERE name = ?", (name,)).fetchone()
            return row[0] if row else 0

        triples = total("article_size") + total("entity_size") + side + int(self.meta("rest", "0"))
        classes = Counter(dict(db.execute("SELECT t.iri, c.n FROM class_total c JOIN term t ON t.id = c.type "
                                          "WHERE t.iri LIKE ? AND c.n > 0", (KG + "%",))))
        statements = Counter(dict(db.execute("SELECT t.iri, s.n FROM stmt_total s JOIN term t ON t.id = s.predicate "
                                             "WHERE s.n > 0")))
        for _, p, n in store.select_in("tally-statements", "a", [str(GRAPH.review)]):
            statements[p] += int(n)
        topics = _topic_activity(db) if reuse is None or self._rerank is None else _reranked(db, reuse.topics, self._rerank)
        return SummaryFacts(triples, total("typed_entities"), total("articles"), classes, statements, _top_pairs(db), topics)

    # ------------------------------------------------------------ writing

    def write_summary(self, store: StoreBase, day: str) -> None:
        """Write what changed in the summary graph, in one update: the figures and each ranking only where
        they differ from the last written, the name keys of the entities just re-read, the new stamp; and
        drop the stale mark."""
        old = facts_from_json(self.meta("facts"))
        new = self.facts(store, reuse=old)
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
        change([stamp_quad(self.meta("stamp"))], [stamp_quad(stamp)])
        removed_keys, added_keys = self._key_changes
        store.change_quads(removed + _stale_marks(store) + removed_keys, added + added_keys)
        self._set("stamp", stamp)
        self._set("facts", facts_json(new))
        self.db.commit()


def _stale_marks(store: StoreBase) -> list[ox.Quad]:
    return [ox.Quad(DATASET, _term("kg", "summaryStale"), ox.Literal(v, datatype=_term("xsd", "boolean")), SUMMARY_GRAPH)
            for (v,) in store.select_values(internal("summary-stale"))]


def _iri(db: sqlite3.Connection, number: int) -> str:
    return db.execute("SELECT iri FROM term WHERE id = ?", (number,)).fetchone()[0]


def _top_pairs(db: sqlite3.Connection) -> list[tuple[tuple[str, str], int]]:
    """The most co-mentioned pairs, read from the index on the counts (ties at the cut by label, then IRI;
    SQLite's byte order of UTF-8 is Python's order of code points, so the ranking is the recount's)."""
    cut = db.execute("SELECT n FROM pair WHERE n > 1 ORDER BY n DESC LIMIT 1 OFFSET ?", (TOP_PAIRS - 1,)).fetchone()
    rows = db.execute(
        "SELECT ta.iri, tb.iri, p.n FROM pair p JOIN term ta ON ta.id = p.a JOIN term tb ON tb.id = p.b "
        "LEFT JOIN entity ea ON ea.id = p.a LEFT JOIN entity eb ON eb.id = p.b WHERE p.n >= ? "
        "ORDER BY p.n DESC, COALESCE(ea.label, ta.iri), COALESCE(eb.label, tb.iri), ta.iri, tb.iri LIMIT ?",
        (max(2, cut[0] if cut else 2), TOP_PAIRS)).fetchall()
    return [((a, b), n) for a, b, n in rows]


def _ranked_as(db: sqlite3.Connection, entity: int) -> tuple:
    """What places an entity in a topic's ranking besides its counts: its label and whether it is a body."""
    row = db.execute("SELECT e.label, EXISTS (SELECT 1 FROM etype x JOIN term t ON t.id = x.type WHERE x.entity = e.id "
                     "AND t.iri = ?) FROM entity e WHERE e.id = ?", (ORGANISATION, entity)).fetchone()
    return tuple(row) if row else ()


def _topics_of(db: sqlite3.Connection, entities: set[int]) -> set[int]:
    """The topics these entities are counted under (by the index on the entity)."""
    return {t for e in sorted(entities) for (t,) in db.execute("SELECT topic FROM topic_entity WHERE entity = ?", (e,))}


def _reranked(db: sqlite3.Connection, old: dict[str, list[tuple[str, int]]], topics: set[int]) -> dict[str, list[tuple[str, int]]]:
    """The rankings last written, with those of *topics* read again (and topics no article has any more dropped)."""
    out = dict(old)
    live = _topic_activity(db, topics)
    for t in topics:
        out.pop(_iri(db, t), None)
    out.update(live)
    return out


def _topic_activity(db: sqlite3.Connection, only: set[int] | None = None) -> dict[str, list[tuple[str, int]]]:
    """Per topic (of *only*, when given), the organisations most of its articles mention, read from the index
    on the counts."""
    out: dict[str, list[tuple[str, int]]] = {}
    listed = [(t, iri) for t, iri in db.execute("SELECT tt.topic, t.iri FROM topic_total tt JOIN term t ON t.id = tt.topic "
                                                "WHERE tt.n > 0").fetchall() if only is None or t in only]
    row = db.execute("SELECT id FROM term WHERE iri = ?", (ORGANISATION,)).fetchone()
    if row is None:
        return {iri: [] for _, iri in listed}
    org = row[0]
    where = ("FROM topic_entity te WHERE te.topic = ? AND te.n >= ? AND EXISTS "
             "(SELECT 1 FROM etype WHERE etype.entity = te.entity AND etype.type = ?)")
    ranked = ("SELECT t.iri, te.n FROM topic_entity te JOIN term t ON t.id = te.entity LEFT JOIN entity e ON e.id = te.entity "
              "WHERE te.topic = ? AND te.n >= ? AND EXISTS (SELECT 1 FROM etype WHERE etype.entity = te.entity AND "
              "etype.type = ?) ORDER BY te.n DESC, COALESCE(e.label, t.iri), t.iri LIMIT ?")
    for t, topic in listed:
        cut = db.execute(f"SELECT te.n {where} ORDER BY te.n DESC LIMIT 1 OFFSET ?", (t, 1, org, TOP_PER_TOPIC - 1)).fetchone()
        out[topic] = [(e, n) for e, n in db.execute(ranked, (t, cut[0] if cut else 1, org, TOP_PER_TOPIC)).fetchall()]
    return out
