import csv
import os
import shutil
import subprocess

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.export import export, subset_resources
from kg.rdf import SUMMARY_GRAPH
from kg.store import KGStore

RDF = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}
OX = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
      "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}


def _exported(store) -> set[ox.Triple]:
    """What an export holds: every triple but the summary graph's (derived; `kg build` remakes it)."""
    return set(store.triples(exclude_graphs=(SUMMARY_GRAPH.value,)))


def _store_graph(store) -> rdflib.Graph:
    data = ox.serialize(_exported(store), None, ox.RdfFormat.N_TRIPLES).decode("utf-8")
    return rdflib.Graph().parse(data=data, format="nt")


def test_graph_ttl_parses_to_the_same_triples_as_the_store(built, store):
    root, _ = built
    with open(root / "exports" / "graph.ttl", "rb") as fh:
        parsed = {q.triple for q in ox.parse(fh, format=ox.RdfFormat.TURTLE)}
    assert parsed == _exported(store)
    summary = {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, SUMMARY_GRAPH)}
    assert summary and not (summary & parsed)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_triple_formats_round_trip_isomorphic(store, tmp_path, fmt):
    path = export(store, tmp_path / f"g.{fmt}", fmt)
    reread = rdflib.Graph().parse(path, format=RDF[fmt])
    assert isomorphic(reread, _store_graph(store))
    with open(path, "rb") as fh:  # an independent parser agrees on the size
        assert len({q.triple for q in ox.parse(fh, format=OX[fmt])}) == len(reread)


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_quad_formats_round_trip_into_a_fresh_store(store, tmp_path, fmt):
    path = export(store, tmp_path / f"g.{fmt}", fmt)
    with KGStore(tmp_path / "fresh") as fresh:
        with open(path, "rb") as fh:
            fresh.oxigraph.load(fh, format=OX[fmt])
        assert set(fresh.quads()) == {q for q in store.quads() if q.graph_name != SUMMARY_GRAPH}
    graphs = {q.graph_name.value for q in store.quads()}
    assert any("/id/article/" in g for g in graphs)


def test_exports_are_byte_identical_twice(store, tmp_path):
    for fmt in ("ttl", "nq", "jsonld", "graphml"):
        a = export(store, tmp_path / f"a.{fmt}", fmt)
        b = export(store, tmp_path / f"b.{fmt}", fmt)
        assert a.read_bytes() == b.read_bytes(), fmt


def test_rapper_parses_the_turtle_export(store, tmp_path):
    rapper = shutil.which("rapper")
    if rapper is None:
        if os.environ.get("CI"):
            pytest.fail("rapper (raptor2-utils) should be installed by .ci/run")
        pytest.skip("rapper not installed here (CI installs raptor2-utils)")
    path = export(store, tmp_path / "g.ttl")
    out = subprocess.run([rapper, "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert f"returned {len(_exported(store))} triples" in out.stderr


def test_graphml_keeps_types_and_predicates(store, tmp_path):
    path = export(store, tmp_path / "g.graphml")
    g = nx.read_graphml(path)
    norfolk = g.nodes["https://w3id.org/policy-kg/id/organisation/norfolk-county-council"]
    assert norfolk["type"] == "Organisation" and norfolk["label"] == "Norfolk County Council"
    assert "fined" in {d["predicate"] for _, _, d in g.edges(data=True)}
    assert nx.read_gexf(export(store, tmp_path / "g.gexf")).number_of_nodes() == g.number_of_nodes()


def test_csv_counts_match_the_store(store, tmp_path):
    from kg.stats import store_stats

    folder = export(store, tmp_path / "csv", "csv")
    with open(folder / "nodes.csv", newline="", encoding="utf-8") as fh:
        nodes = list(csv.DictReader(fh))
    with open(folder / "edges.csv", newline="", encoding="utf-8") as fh:
        edges = list(csv.DictReader(fh))
    stats = store_stats(store)
    assert len(nodes) == sum(stats.entities_by_type.values())
    assert len(edges) == sum(stats.relations_by_predicate.values())
    assert {"id", "label", "type", "aliases"} <= set(nodes[0])
    assert {"source", "target", "predicate", "evidence", "article"} <= set(edges[0])


def test_subset_of_an_entity_neighbourhood(store, tmp_path):
    subset = subset_resources(store, focus="Kent County Council", depth=1)
    path = export(store, tmp_path / "kent.ttl", subset=subset)
    g = rdflib.Graph().parse(path)
    labels = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    assert {"Kent County Council", "Kent Integrated Dataset"} <= labels
    assert "Norfolk County Council" not in labels
    assert len(g) < len(_exported(store))
