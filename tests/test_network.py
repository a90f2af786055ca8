import pytest

from kg.errors import KGError
from kg.find import find_entity
from kg.network import communities, community_layout, neighbours, path, project, rank


@pytest.fixture(scope="module")
def graph(built):
    from kg.store import KGStore

    root, _ = built
    with KGStore(root / "store", create=False, read_only=True) as st:
        return project(st, comentions=True)


ICO = "https://w3id.org/policy-kg/id/organisation/information-commissioners-office"


def test_projection_carries_types_aliases_and_evidence(graph):
    ico = graph.nodes[ICO]
    assert ico["type"] == "Organisation" and "ICO" in ico["aliases"] and ico["degree"] >= 2
    fined = [(u, v, a) for u, v, a in graph.edges(data=True) if a["predicate"] == "fined"]
    assert {graph.nodes[v]["label"] for _, v, _ in fined} == {"Norfolk County Council", "Hampshire County Council"}
    assert all(a["evidence"] and a["title"] and 0 < a["confidence"] <= 1 for _, _, a in fined)
    assert any(a["predicate"] == "comention" and a["weight"] >= 1 for _, _, a in graph.edges(data=True))


def test_find_by_label_or_alias_with_suggestions(graph):
    assert find_entity(graph, "ico") == ICO
    assert find_entity(graph, "information commissioner's office") == ICO
    with pytest.raises(KGError, match="did you mean 'Norfolk County Council'"):
        find_entity(graph, "Norflok County Council")


def test_neighbours_with_predicate_filter(graph):
    hops = neighbours(graph, "ICO", depth=1, predicate="fined")
    assert {graph.nodes[h.target]["label"] for _, h in hops} == {"Norfolk County Council", "Hampshire County Council"}


def test_path_has_evidence_for_each_hop(graph):
    hops = path(graph, "Clinical Commissioning Groups", "Kent County Council")
    assert len(hops) == 1 and hops[0].evidence.startswith("Kent County Council (KCC)")
    with pytest.raises(KGError, match="no chain"):
        path(graph, "Norfolk County Council", "Glasgow City Council")


def test_rank_and_filters(graph):
    top = rank(graph, "degree", limit=3)
    assert len(top) == 3 and top[0].score >= top[1].score >= top[2].score
    orgs = rank(graph, "pagerank", etype="Organisation", limit=50)
    assert orgs and all(r.type == "Organisation" for r in orgs)
    assert all("data protection" in graph.nodes[r.iri]["topics"] for r in rank(graph, "betweenness", topic="data protection"))


def test_communities_are_named(graph):
    found = communities(graph)
    assert found and all(c.central and len(c.members) >= 2 for c in found)
    kent = [c for c in found if "Kent County Council" in c.central]
    assert kent and "https://w3id.org/policy-kg/id/programme/kent-integrated-dataset" in kent[0].members


def test_community_layout_is_cheap_and_complete():
    import networkx as nx

    g = nx.gnm_random_graph(3000, 6000, seed=3)
    pos = community_layout(g)
    assert set(pos) == set(g) and len({p for p in pos.values()}) == len(pos)


def test_large_graphs_are_laid_out_by_communities_the_same_way_each_time():
    """Above LOUVAIN_LAYOUT_MAX nodes the groups come from label propagation: still deterministic, and two
    dense clusters joined by one edge land apart."""
    import math

    import networkx as nx

    from kg.network import LOUVAIN_LAYOUT_MAX

    n = LOUVAIN_LAYOUT_MAX // 2 + 50
    g = nx.disjoint_union(nx.gnm_random_graph(n, n * 6, seed=1), nx.gnm_random_graph(n, n * 6, seed=2))
    g.add_edge(0, n)
    first, again = community_layout(g, seed=4), community_layout(g, seed=4)
    assert first == again and set(first) == set(g)

    def centre(nodes):
        xs, ys = zip(*(first[i] for i in nodes))
        return sum(xs) / len(xs), sum(ys) / len(ys)

    (ax, ay), (bx, by) = centre(range(n)), centre(range(n, 2 * n))
    assert math.dist((ax, ay), (bx, by)) > 40.0 * math.sqrt(n)  # further apart than one cluster's radius
