import csv
import os
import shutil
import subprocess

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.describe import dataset_description
from kg.export import export, subset_resources
from kg.rdf import SUMMARY_GRAPH
from kg.store import KGStore

RDF = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}
OX = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
      "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}


def _exported(store) -> set[ox.Triple]:
    """What an export holds: every triple but the summary graph's (derived; `kg build` remakes it), and the
    dataset's description of itself (VoID and DCAT)."""
    return set(store.triples(exclude_graphs=(SUMMARY_GRAPH.value,))) | set(dataset_description(store))


def _store_graph(store) -> rdflib.Graph:
    data = ox.serialize(_exported(store), None, ox.RdfFormat.N_TRIPLES).decode("utf-8")
    return rdflib.Graph().parse(data=data, format="nt")


def test_graph_ttl_parses_to_the_same_triples_as_the_store(built, store):
    root, _ = built
    with open(root / "exports" / "graph.ttl", "rb") as fh:
        parsed = {q.triple for q in ox.parse(fh, format=ox.RdfFormat.TURTLE)}
    assert parsed == _exported(store)
    summary = {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, SUMMARY_GRAPH)}
    rankings = summary - set(dataset_description(store))  # co-mentions, topic activity, name keys: not exported
    assert rankings and not (rankings & parsed)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_triple_formats_round_trip_isomorphic(store, tmp_path, fmt):
    path = export(store, tmp_path / f"g.{fmt}", fmt)
    if fmt == "jsonld":  # JSON-LD keeps the named graphs: read it as a dataset and merge them
        ds = rdflib.Dataset()
        ds.parse(path, format="json-ld")
        reread = rdflib.Graph()
        for triple in ds.quads((None, None, None, None)):
            reread.add(triple[:3])
    else:
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
        about = {ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in dataset_description(store)}
        assert set(fresh.quads()) == {q for q in store.quads() if q.graph_name != SUMMARY_GRAPH} | about
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


def test_graphml_key_ids_are_unique_and_gexf_is_plain(store, tmp_path):
    import igraph
    from lxml import etree

    graphml = etree.parse(str(export(store, tmp_path / "g.graphml")))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = graphml.xpath("//g:key", namespaces=ns)
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids)) and {k.get("attr.name") for k in keys} >= {"label", "type", "predicate"}
    other = igraph.Graph.Read_GraphML(str(tmp_path / "g.graphml"))  # an independent reader (igraph's C library)
    assert (other.vcount(), other.ecount()) == (len(graphml.xpath("//g:node", namespaces=ns)),
                                                len(graphml.xpath("//g:edge", namespaces=ns)))
    assert {"label", "type"} <= set(other.vs.attributes()) and "predicate" in other.es.attributes()
    gexf = etree.parse(str(export(store, tmp_path / "g.gexf")))
    gns = {"g": gexf.getroot().nsmap[None]}
    assert gexf.xpath("//g:graph/@name", namespaces=gns) == ["policy-kg"]
    assert not gexf.xpath("//g:attribute[@title='networkx_key']", namespaces=gns)
    edge_ids = gexf.xpath("//g:edge/@id", namespaces=gns)
    assert edge_ids and len(edge_ids) == len(set(edge_ids)) and all("/id/statement/" in e for e in edge_ids)
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_edges() == len(edge_ids)


def test_jsonld_keeps_each_article_in_its_named_graph(store, tmp_path):
    import json

    doc = json.loads(export(store, tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    graphs = [n for n in doc["@graph"] if "@graph" in n]
    assert sum("article/" in n.get("@id", "") for n in graphs) >= 17
    ds = rdflib.Dataset()
    ds.parse(tmp_path / "g.jsonld", format="json-ld")
    assert len([c for c in ds.contexts() if "/id/article/" in str(c.identifier)]) >= 17


def test_exports_describe_the_dataset_with_void_and_dcat(store, tmp_path):
    graph = rdflib.Graph().parse(export(store, tmp_path / "g.ttl"), format="turtle")
    ds = rdflib.URIRef("https://w3id.org/policy-kg/id/dataset")
    void, dcat = rdflib.Namespace("http://rdfs.org/ns/void#"), rdflib.Namespace("http://www.w3.org/ns/dcat#")
    assert (ds, rdflib.RDF.type, dcat.Dataset) in graph and (ds, rdflib.RDF.type, void.Dataset) in graph
    assert graph.value(ds, rdflib.DCTERMS.title) and graph.value(ds, rdflib.DCTERMS.license)
    assert graph.value(ds, rdflib.DCTERMS.created) is not None and int(graph.value(ds, void.triples)) > 1000
    assert len(list(graph.objects(ds, void.classPartition))) >= 5 and list(graph.objects(ds, void.propertyPartition))


def test_min_confidence_leaves_out_weak_statements_and_their_triples(store, tmp_path):
    kg = rdflib.Namespace("https://w3id.org/policy-kg/ontology#")
    full = rdflib.Graph().parse(export(store, tmp_path / "all.ttl"), format="turtle")
    strong = rdflib.Graph().parse(export(store, tmp_path / "strong.ttl", min_confidence=0.7), format="turtle")
    confidences = [float(c) for c in full.objects(None, kg.confidence)]
    assert min(confidences) < 0.7 <= max(confidences)  # the corpus has both kinds, so the test can fail
    assert all(float(c) >= 0.7 for c in strong.objects(None, kg.confidence))
    for st in full.subjects(rdflib.RDF.type, kg.Statement):
        s, p, o = (full.value(st, rdflib.RDF[x]) for x in ("subject", "predicate", "object"))
        weak = float(full.value(st, kg.confidence)) < 0.7
        supported = any(float(strong.value(x, kg.confidence)) >= 0.7 for x in strong.subjects(rdflib.RDF.subject, s)
                        if strong.value(x, rdflib.RDF.predicate) == p and strong.value(x, rdflib.RDF.object) == o)
        assert ((s, p, o) in strong) == supported or not weak
    edges = nx.read_graphml(export(store, tmp_path / "strong.graphml", min_confidence=0.7)).edges(data=True)
    assert edges and all(float(a["confidence"]) >= 0.7 for _, _, a in edges)


GEXF_TYPES = {"integer": int, "long": int, "double": float, "float": float, "string": str, "liststring": str,
              "anyURI": str, "boolean": lambda v: {"true": True, "false": False}[v]}


def test_gexf_keeps_the_rules_of_the_gexf_1_2_format(store, tmp_path):
    """Checked by rules read from the GEXF 1.2 primer and schema, with lxml only (not by the library that
    wrote the file): root and version, one graph with a legal mode and edge type, typed attribute
    declarations, unique node and edge ids, edges between declared nodes, every value declared and of its
    declared type, colours in range."""
    from lxml import etree

    root = etree.parse(str(export(store, tmp_path / "g.gexf"))).getroot()
    ns = "http://www.gexf.net/1.2draft"
    q = lambda tag: f"{{{ns}}}{tag}"  # noqa: E731
    assert root.tag == q("gexf") and root.get("version") == "1.2"
    graphs = root.findall(q("graph"))
    assert len(graphs) == 1
    graph = graphs[0]
    assert graph.get("defaultedgetype") in {"directed", "undirected", "mutual"} and graph.get("mode") in {"static", "dynamic"}
    declared: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    for block in graph.findall(q("attributes")):
        assert block.get("class") in declared
        for attribute in block.findall(q("attribute")):
            assert attribute.get("id") not in declared[block.get("class")] and attribute.get("type") in GEXF_TYPES
            declared[block.get("class")][attribute.get("id")] = attribute.get("type")
    node_ids = [n.get("id") for n in graph.iter(q("node"))]
    assert node_ids and len(node_ids) == len(set(node_ids))
    edges = list(graph.iter(q("edge")))
    assert edges and len({e.get("id") for e in edges}) == len(edges)
    assert all(e.get("source") in set(node_ids) and e.get("target") in set(node_ids) for e in edges)
    for kind, elements in (("node", graph.iter(q("node"))), ("edge", edges)):
        for element in elements:
            for value in element.iter(q("attvalue")):
                kind_of = declared[kind].get(value.get("for"))
                assert kind_of is not None, f"{kind} value for an undeclared attribute {value.get('for')}"
                GEXF_TYPES[kind_of](value.get("value"))  # raises if the value is not of its type
    for colour in root.iter("{http://www.gexf.net/1.2draft/viz}color"):
        assert all(0 <= int(colour.get(c)) <= 255 for c in "rgb")
