"""The RDF graph projected into networkx: entities as nodes, extracted relations as edges."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .sparql import run_canned
from .store import StoreBase

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


def project(store: StoreBase, *, comentions: bool = False, min_confidence: float = 0.0) -> nx.MultiDiGraph:
    """A MultiDiGraph with one node per entity and one edge per relation statement.

    Node attributes: label, type, aliases, titles, topics, articles. Edge attributes: predicate,
    evidence, article, title, confidence. With *comentions*, undirected-style 'comention' edges
    weighted by the number of articles naming both ends are added too. Statements below *min_confidence*
    are left out.
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
        if s in graph and o in graph and float(row["confidence"]) >= min_confidence:
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


# ---------------------------------------------------------------------- analytics

@dataclass
class Hop:
    """One step of a path between two entities, with the sentence that supports it."""

    source: str
    predicate: str
    target: str
    evidence: str
    title: str
    forward: bool  # True when the relation runs source -> target


@dataclass
class Ranked:
    iri: str
    label: str
    type: str
    score: float


@dataclass
class Community:
    """A group of entities more connected to each other than to the rest."""

    members: list[str]
    central: list[str]  # labels of the best-connected members
    topics: list[str]  # the most common topics of the articles naming its members


def _undirected(graph: nx.MultiDiGraph, predicate: str | None = None) -> nx.Graph:
    """A simple undirected view for path and centrality measures (parallel relations counted once)."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(graph.nodes(data=True))
    for u, v, attrs in graph.edges(data=True):
        if u != v and attrs["predicate"] != "comention" and (predicate is None or attrs["predicate"] == predicate):
            g.add_edge(u, v)
    return g


def neighbours(graph: nx.MultiDiGraph, entity: str, depth: int = 1, predicate: str | None = None) -> list[tuple[int, Hop]]:
    """Relations within *depth* hops of an entity, nearest first, each with its evidence."""
    import networkx as nx

    from .find import find_entity

    center = find_entity(graph, entity)
    dist = nx.single_source_shortest_path_length(_undirected(graph, predicate), center, cutoff=depth)
    out = []
    for u, v, a in graph.edges(data=True):
        if u in dist and v in dist and (predicate is None or a["predicate"] == predicate) and a["predicate"] != "comention":
            out.append((min(dist[u], dist[v]) + 1, Hop(u, a["predicate"], v, a["evidence"], a["title"], True)))
    out.sort(key=lambda x: (x[0], graph.nodes[x[1].source]["label"], x[1].predicate, graph.nodes[x[1].target]["label"]))
    return out


def path(graph: nx.MultiDiGraph, a: str, b: str) -> list[Hop]:
    """The shortest chain of stated relations linking two entities, in either direction."""
    import networkx as nx

    from .errors import KGError
    from .find import find_entity

    src, dst = find_entity(graph, a), find_entity(graph, b)
    try:
        nodes = nx.shortest_path(_undirected(graph), src, dst)
    except nx.NetworkXNoPath:
        raise KGError(f"no chain of relations links '{graph.nodes[src]['label']}' and '{graph.nodes[dst]['label']}'") from None
    hops = []
    for u, v in zip(nodes, nodes[1:]):
        stated = lambda d: {k: a for k, a in (d or {}).items() if a["predicate"] != "comention"}  # noqa: E731
        data, forward = stated(graph.get_edge_data(u, v)), True
        if not data:
            data, forward = stated(graph.get_edge_data(v, u)), False
        attrs = sorted(data.values(), key=lambda d: -d["confidence"])[0]
        hops.append(Hop(u, attrs["predicate"], v, attrs["evidence"], attrs["title"], forward))
    return hops


def rank(graph: nx.MultiDiGraph, by: str = "degree", etype: str | None = None, topic: str | None = None,
         limit: int = 20) -> list[Ranked]:
    """Entities ordered by degree, PageRank or betweenness centrality, optionally of one type or topic."""
    import networkx as nx

    from .errors import KGError

    g = _undirected(graph)
    if by == "degree":
        scores = dict(g.degree())
    elif by == "pagerank":
        scores = nx.pagerank(nx.DiGraph(graph), alpha=0.85) if graph.number_of_edges() else {n: 0.0 for n in graph}
    elif by == "betweenness":
        scores = nx.betweenness_centrality(g, k=min(500, len(g)) if len(g) > 2000 else None, seed=1)
    else:
        raise KGError(f"unknown ranking '{by}'; choose degree, pagerank or betweenness")
    out = []
    for node, score in scores.items():
        attrs = graph.nodes[node]
        if etype and attrs["type"].casefold() != etype.casefold():
            continue
        if topic and topic.casefold() not in {t.casefold() for t in attrs["topics"]}:
            continue
        out.append(Ranked(node, attrs["label"], attrs["type"], float(score)))
    out.sort(key=lambda r: (-r.score, r.label))
    return out[:limit]


def communities(graph: nx.MultiDiGraph, min_size: int = 2, seed: int = 1) -> list[Community]:
    """Louvain communities of the relation network, largest first, named by central entities and topics."""
    from collections import Counter

    import networkx as nx

    g = _undirected(graph)
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    if g.number_of_edges() == 0:
        return []
    groups = nx.community.louvain_communities(g, seed=seed)
    out = []
    for members in sorted(groups, key=lambda m: (-len(m), sorted(m)[0])):
        if len(members) < min_size:
            continue
        central = sorted(members, key=lambda n: (-g.degree(n), graph.nodes[n]["label"]))[:3]
        topics = Counter(t for n in members for t in graph.nodes[n]["topics"])
        out.append(Community(sorted(members), [graph.nodes[n]["label"] for n in central],
                             [t for t, _ in topics.most_common(3)]))
    return out


LOUVAIN_LAYOUT_MAX = 2000  # nodes; above, the layout groups by label propagation (Louvain took 5 s at 10k nodes)


def community_layout(graph: nx.Graph, seed: int = 1, scale: float = 40.0) -> dict[str, tuple[float, float]]:
    """A layout that costs O(nodes + edges): communities on a spiral, members on rings around its centre.

    Used for graphs too large for the browser's physics to settle quickly.
    """
    import math

    import networkx as nx

    g = _undirected(graph) if graph.is_multigraph() or graph.is_directed() else graph
    if not g.number_of_edges():
        groups = [set(g)]
    elif g.number_of_nodes() > LOUVAIN_LAYOUT_MAX:  # label propagation: linear time, communities good enough to place
        groups = nx.community.fast_label_propagation_communities(g, seed=seed)
    else:
        groups = nx.community.louvain_communities(g, seed=seed)
    groups = sorted(groups, key=lambda m: (-len(m), sorted(m)[0]))
    pos: dict[str, tuple[float, float]] = {}
    golden = math.pi * (3 - math.sqrt(5))
    radius_sum = 0.0
    for i, members in enumerate(groups):
        r_group = scale * math.sqrt(len(members))
        radius_sum += r_group
        dist = 2.2 * scale * math.sqrt(i) * math.sqrt(radius_sum / (i + 1)) if i else 0.0
        cx, cy = dist * math.cos(i * golden), dist * math.sin(i * golden)
        ordered = sorted(members, key=lambda n: (-g.degree(n), n))
        for j, node in enumerate(ordered):  # sunflower packing: hubs in the middle
            rr = r_group * math.sqrt((j + 0.5) / len(ordered))
            pos[node] = (cx + rr * math.cos(j * golden), cy + rr * math.sin(j * golden))
    return pos
