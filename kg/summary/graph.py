"""The summary graph's contents: statistics and rankings counted from the whole store, as quads.

Counting and ranking over every statement is slow on a large store (Oxigraph looks each term up on
disk, and sorting strings decodes them again and again), so `kg build` writes what those queries
need into one named graph: a VoID description of the dataset (triples, entities, articles, entities
per class, statements per relation property), the most frequent co-mentioned pairs, the most active
organisations of each topic, and lower-cased name keys for case-insensitive look-up. This module counts
them from the whole store and turns figures into quads; summary.tally keeps them up to date between
recounts.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

import pyoxigraph as ox
from rdflib.namespace import DCTERMS

from ..rdf import RDF_TYPE, SUMMARY_GRAPH, lit
from ..sparql.canned import internal
from ..vocab.namespace import DATASET_IRI, ID_BASE, PREFIXES, slugify

DATASET = ox.NamedNode(DATASET_IRI)
CREATED = ox.NamedNode(str(DCTERMS.created))
TOP_PAIRS = 1000  # co-mentioned pairs kept (the canned query shows 50)
TOP_PER_TOPIC = 200  # organisations kept per topic (the canned query shows 200)


def _term(prefix: str, local: str) -> ox.NamedNode:
    return ox.NamedNode(PREFIXES[prefix] + local)


@dataclass
class StoreContents:
    """The few columns of the store the summary is computed from (IRIs and labels as strings)."""

    triples: int = 0
    articles: set[str] = field(default_factory=set)
    mentions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # article -> entities
    topics: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # article -> topics
    types: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # entity -> classes
    labels: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    statements: Counter = field(default_factory=Counter)  # relation property -> statements


def read_contents(store) -> StoreContents:
    """One pass over each pattern the summary needs: single-pattern scans, no joins."""
    in_summary = store.select_values(internal("summary-size"))
    c = StoreContents(triples=len(store) - int(in_summary[0][0] or 0))  # quads outside this graph
    for (a,) in store.select_values(internal("summary-articles")):
        c.articles.add(a)
    for a, e in store.select_values(internal("summary-mentions")):
        c.mentions[a].add(e)
    for a, t in store.select_values(internal("summary-topics")):
        c.topics[a].add(t)
    for e, t in store.select_values(internal("summary-types")):
        c.types[e].add(t)
    for e, label in store.select_values(internal("summary-labels")):
        c.labels[e] = min(label, c.labels.get(e, label))  # one label, whatever order the store returns them in
    for e, alias in store.select_values(internal("summary-aliases")):
        c.aliases[e].add(alias)
    for st, p in set(store.select_values(internal("summary-statements"))):
        c.statements[p] += 1
    return c


@dataclass
class SummaryFacts:
    """What the summary graph states, however it was counted (from the whole store, or from the tallies)."""

    triples: int
    entities: int
    documents: int
    classes: Counter  # kg class -> entities
    statements: Counter  # relation property -> statements
    pairs: list[tuple[tuple[str, str], int]]  # the most co-mentioned pairs, ranked
    topics: dict[str, list[tuple[str, int]]]  # topic -> its most active organisations, ranked


def facts_from(c: StoreContents) -> SummaryFacts:
    kg = PREFIXES["kg"]
    label = lambda e: c.labels.get(e, e)  # noqa: E731
    orgs = {e for e, ts in c.types.items() if kg + "Organisation" in ts}
    return SummaryFacts(c.triples, len(c.types), len(c.articles),
                        Counter(t for ts in c.types.values() for t in ts if t.startswith(kg)), c.statements,
                        co_mentions(c.mentions.values(), label), topic_activity(c.topics, c.mentions, orgs, label))


def name_keys(label: str, aliases) -> list[str]:
    """An entity's look-up keys: its label and aliases in lower case."""
    return sorted({form.lower() for form in [label, *aliases] if form})


def stamp_quad(stamp: str) -> ox.Quad:
    """The summary's stamp, shared with the tallies it was computed with."""
    return ox.Quad(DATASET, _term("kg", "summaryStamp"), ox.Literal(stamp), SUMMARY_GRAPH)


def key_quads(entity: str, keys: list[str]) -> list[ox.Quad]:
    node, p = ox.NamedNode(entity), _term("kg", "nameKey")
    return [ox.Quad(node, p, lit(k), SUMMARY_GRAPH) for k in keys]


def facts_quads(f: SummaryFacts) -> list[ox.Quad]:
    """The summary graph but for the name keys and the dates."""
    return void_quads(f) + pair_quads(f.pairs) + topic_quads(f.topics)


def void_quads(f: SummaryFacts) -> list[ox.Quad]:
    """The VoID description: sizes, entities per class, statements per relation property."""
    out: list[ox.Quad] = []

    def add(s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        out.append(ox.Quad(s, p, o, SUMMARY_GRAPH))

    kg = PREFIXES["kg"]
    add(DATASET, RDF_TYPE, _term("void", "Dataset"))
    add(DATASET, _term("void", "triples"), lit(f.triples))
    add(DATASET, _term("void", "entities"), lit(f.entities))
    add(DATASET, _term("void", "documents"), lit(f.documents))
    # (partition kind, what it is of, how it is counted, the counts)
    for kind, of, counted, counts in (("class", "class", _term("void", "entities"), f.classes),
                                      ("property", "property", _term("kg", "statementCount"), f.statements)):
        for iri, n in sorted(counts.items()):
            if n <= 0:
                continue
            part = ox.NamedNode(f"{ID_BASE}dataset/{kind}/{iri.rsplit('#', 1)[-1] if kind == 'property' else iri[len(kg):]}")
            add(DATASET, _term("void", f"{kind}Partition"), part)
            add(part, _term("void", of), ox.NamedNode(iri))
            add(part, counted, lit(n))
    return out


def _ranked_row(iri: str, cls: str, links: list[tuple[ox.NamedNode, str]], n: int, rank: int) -> list[ox.Quad]:
    row, g = ox.NamedNode(iri), SUMMARY_GRAPH
    out = [ox.Quad(row, RDF_TYPE, _term("kg", cls), g)]
    out += [ox.Quad(row, prop, ox.NamedNode(target), g) for prop, target in links]
    return out + [ox.Quad(row, _term("kg", "articleCount"), lit(n), g), ox.Quad(row, _term("kg", "rank"), lit(rank), g)]


def pair_quads(pairs: list[tuple[tuple[str, str], int]]) -> list[ox.Quad]:
    """The ranked co-mentioned pairs."""
    out: list[ox.Quad] = []
    for rank, ((a, b), n) in enumerate(pairs, start=1):
        out += _ranked_row(f"{ID_BASE}summary/co-mention/{rank}", "CoMention",
                           [(_term("kg", "firstEntity"), a), (_term("kg", "secondEntity"), b)], n, rank)
    return out


def topic_quads(topics: dict[str, list[tuple[str, int]]]) -> list[ox.Quad]:
    """The ranked most active organisations of each topic."""
    out: list[ox.Quad] = []
    for topic, ranked in sorted(topics.items()):
        slug = slugify(topic.rstrip("/").rsplit("/", 1)[-1])
        for rank, (org, n) in enumerate(ranked, start=1):
            out += _ranked_row(f"{ID_BASE}summary/topic-activity/{slug}/{rank}", "TopicActivity",
                               [(_term("dcterms", "subject"), topic), (_term("kg", "activeEntity"), org)], n, rank)
    return out


def facts_json(f: SummaryFacts) -> str:
    """The facts as canonical JSON: what the tallies keep of the last summary written, and what its stamp
    digests."""
    return json.dumps({"triples": f.triples, "entities": f.entities, "documents": f.documents,
                       "classes": sorted((k, v) for k, v in f.classes.items() if v > 0),
                       "statements": sorted((k, v) for k, v in f.statements.items() if v > 0),
                       "pairs": [[a, b, n] for (a, b), n in f.pairs],
                       "topics": sorted((t, [[o, n] for o, n in r]) for t, r in f.topics.items())}, sort_keys=True)


def facts_from_json(text: str) -> SummaryFacts:
    d = json.loads(text)
    return SummaryFacts(d["triples"], d["entities"], d["documents"], Counter(dict(d["classes"])),
                        Counter(dict(d["statements"])), [((a, b), n) for a, b, n in d["pairs"]],
                        {t: [(o, n) for o, n in r] for t, r in d["topics"]})


def stamp_of(f: SummaryFacts, day: str) -> str:
    """The stamp of a summary: a digest of its figures, rankings and date, so equal summaries share it."""
    import hashlib

    return hashlib.sha1((facts_json(f) + day).encode()).hexdigest()


def co_mentions(mentions: Iterable[set[str]], label, top: int = TOP_PAIRS) -> list[tuple[tuple[str, str], int]]:
    """Pairs of entities named in more than one article together: most articles first, then by labels."""
    ids: dict[str, int] = {}
    pairs: Counter = Counter()  # keyed by one int per pair: a tuple of two strings per key costs far more memory
    for entities in mentions:
        nums = [ids.setdefault(e, len(ids)) for e in sorted(entities)]
        pairs.update(a << 32 | b for a, b in combinations(nums, 2))
    names = list(ids)
    frequent = [((names[k >> 32], names[k & 0xFFFFFFFF]), n) for k, n in pairs.items() if n > 1]
    del pairs
    frequent.sort(key=lambda pn: (-pn[1], label(pn[0][0]), label(pn[0][1]), pn[0]))
    return frequent[:top]


def topic_activity(topics: dict[str, set[str]], mentions: dict[str, set[str]], orgs: set[str], label,
                   top: int = TOP_PER_TOPIC) -> dict[str, list[tuple[str, int]]]:
    """Per topic, the organisations mentioned by most of its articles (ties by label)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for article, ts in topics.items():
        found = mentions.get(article, set()) & orgs
        for t in ts:
            counts[t].update(found)
    return {t: sorted(cnt.items(), key=lambda en: (-en[1], label(en[0]), en[0]))[:top] for t, cnt in counts.items()}


def has_summary(store) -> bool:
    """Whether the store holds a summary graph (stores built before it existed do not)."""
    return bool(store.select_values(internal("summary-exists")))


def summary_is_fresh(store) -> bool:
    """A summary exists and no build was cut short since it was computed."""
    return has_summary(store) and not store.select_values(internal("summary-stale"))


def stale_mark() -> ox.Quad:
    """The quad that flags the summary as stale."""
    return ox.Quad(DATASET, _term("kg", "summaryStale"), ox.Literal("true", datatype=_term("xsd", "boolean")), SUMMARY_GRAPH)


def mark_summary_stale(store) -> None:
    """Before a build writes its first article (or after an update through the server): flag the summary,
    so the next build sees the mark and recounts it from the whole store."""
    store.add_quads([stale_mark()])
