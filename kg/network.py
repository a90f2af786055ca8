"""The RDF graph projected into networkx: entities as nodes, extracted relations as edges."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .query import run_canned
from .store import KGStore

if TYPE_CHECKING:
    import networkx as nx

SEP = "\u001f"


@dataclass
class NodeInfo:
    """An entity as a network node."""

    iri: str
    label: str
    type: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    articles: int = 0


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def project(store: KGStore, *, comentions: bool = False) -> nx.MultiDiGraph:
    """A MultiDiGraph with one node per entity and one edge per relation statement.

    Node attributes: label, type, aliases, titles, topics, articles. Edge attributes: predicate,
    evidence, article, title, confidence. With *comentions*, undirected-style 'comention' edges
    weighted by the number of articles naming both ends are added too.
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    for row in run_canned(store, "graph-nodes"):
        iri = str(row["entity"])
        etype = _local(str(row["type"]))
        if etype in {"Topic", "Entity"}:
            continue
        graph.add_node(iri, label=str(row["label"]), type=etype,
                       aliases=sorted(a for a in str(row.get("aliases") or "").split(SEP) if a),
                       titles=sorted(t for t in str(row.get("titles") or "").split(SEP) if t),
                       articles=int(row["articles"]), topics=[])
    for row in run_canned(store, "graph-topics"):
        iri = str(row["entity"])
        if iri in graph:
            graph.nodes[iri]["topics"].append(str(row["topicLabel"]))
    for row in sorted(run_canned(store, "graph-edges"), key=lambda r: str(r["st"])):
        s, o = str(row["s"]), str(row["o"])
        if s in graph and o in graph:
            graph.add_edge(s, o, key=str(row["st"]), predicate=_local(str(row["predicate"])),
                           evidence=str(row["evidence"]), article=str(row["article"]), title=str(row["title"]),
                           confidence=float(row["confidence"]))
    if comentions:
        for row in run_canned(store, "graph-comentions"):
            a, b = str(row["a"]), str(row["b"])
            if a in graph and b in graph:
                graph.add_edge(a, b, key=f"comention:{a}:{b}", predicate="comention", weight=int(row["weight"]),
                               evidence="", article="", title="", confidence=0.0)
    for node in graph.nodes:
        graph.nodes[node]["topics"] = sorted(set(graph.nodes[node]["topics"]))
        graph.nodes[node]["degree"] = graph.degree(node)
    return graph
