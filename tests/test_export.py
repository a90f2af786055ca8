import pyoxigraph as ox

from kg.export import export


def test_graph_ttl_parses_to_the_same_triples_as_the_store(built, store):
    root, _ = built
    with open(root / "exports" / "graph.ttl", "rb") as fh:
        parsed = {q.triple for q in ox.parse(fh, format=ox.RdfFormat.TURTLE)}
    assert parsed == set(store.triples())


def test_exports_are_deterministic(store, tmp_path):
    a = export(store, tmp_path / "a.ttl")
    b = export(store, tmp_path / "b.ttl")
    assert a.read_bytes() == b.read_bytes()


def test_quad_formats_keep_article_graphs(store, tmp_path):
    path = export(store, tmp_path / "g.nq")
    with open(path, "rb") as fh:
        graphs = {q.graph_name.value for q in ox.parse(fh, format=ox.RdfFormat.N_QUADS)}
    assert any("/id/article/" in g for g in graphs)
