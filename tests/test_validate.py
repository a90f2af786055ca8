import pyoxigraph as ox

from kg.model import ArticleExtraction, Document, Entity, Relation
from kg.sparql import run_query
from kg.store import KGStore
from kg.validate import infer, validate


def test_bundled_corpus_graph_conforms_to_the_shapes(store):
    report = validate(store)
    assert report.conforms, report.violations[:5]
    assert report.triples > 1000


def test_violations_are_reported(tmp_path):
    doc = Document(title="T", text="x", source="mem")
    a, b = Entity("Organisation", "Alpha Council"), Entity("Organisation", "Beta Trust")
    rel = Relation(a, "fined", b, "Alpha Council fined Beta Trust.", 0, 10, 0.9, "active")
    with KGStore(tmp_path / "s") as st:
        st.put_article(ArticleExtraction(doc, [a, b], [rel], []))
        # break the promises: a second label, and a statement without evidence or currency
        st.oxigraph.update("""
            INSERT DATA { GRAPH <urn:x> {
              <https://w3id.org/policy-kg/id/organisation/alpha-council> <http://www.w3.org/2000/01/rdf-schema#label> "Other" .
              <urn:st> a <https://w3id.org/policy-kg/ontology#Statement> ;
                <https://schema.org/value> "5"^^<http://www.w3.org/2001/XMLSchema#decimal> } }""")
        report = validate(st)
    assert not report.conforms
    messages = {v.message for v in report.violations}
    assert "an entity needs exactly one rdfs:label" in messages
    assert "a statement needs the sentence that states it" in messages
    assert "an amount needs a currency" in messages


def test_infer_materialises_into_its_own_graph(store, tmp_path, built):
    root, _ = built
    # work on a copy so the shared store stays as built
    with KGStore(tmp_path / "copy") as st:
        st.oxigraph.extend(store.oxigraph.quads_for_pattern(None, None, None, None))
        before = len(st)
        n = infer(st)
        assert n > 0 and len(st) == before + n
        [row] = list(run_query(st, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH <https://w3id.org/policy-kg/graph/inferred> { ?x a org:Organization } }"))
        [orgs] = list(run_query(st, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a kg:Organisation }"))
        assert int(row["n"]) == int(orgs["n"])
        assert run_query(st, "ASK { ?a kg:partneredWith ?b . ?b kg:partneredWith ?a }").askAnswer
        asserted = [q for q in st.quads() if q.graph_name.value != "https://w3id.org/policy-kg/graph/inferred"]
        assert len(asserted) == before


def test_ontology_is_consistent_under_owl_rl_and_parses_in_pyoxigraph():
    import owlrl
    import rdflib

    from kg.vocab.resources import ontology_file

    g = rdflib.Graph().parse(ontology_file("kg.ttl"))
    g.parse(ontology_file("topics.ttl"))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    assert not list(g.subjects(rdflib.RDF.type, rdflib.URIRef("http://www.daml.org/2002/03/agents/agent-ont#ErrorMessage")))
    with open(ontology_file("kg.ttl"), "rb") as fh:
        assert len(list(ox.parse(fh, format=ox.RdfFormat.TURTLE))) > 300


def test_an_ill_typed_date_fails_validation_and_is_never_written(tmp_path):
    from kg.rdf import article_quads

    doc = Document(title="T", text="x", source="mem", date="bin collection days")
    a, b = Entity("Organisation", "Alpha Council"), Entity("Organisation", "Beta Trust")
    rel = Relation(a, "fined", b, "Alpha Council fined Beta Trust.", 0, 10, 0.9, "active", date="last year")
    quads = article_quads(ArticleExtraction(doc, [a, b], [rel], []))
    assert not [q for q in quads if q.predicate.value.endswith("/date")]  # neither date is a date: nothing written
    with KGStore(tmp_path / "s") as st:
        st.put_article(ArticleExtraction(doc, [a, b], [rel], []))
        st.oxigraph.update("""
            INSERT { GRAPH ?g { ?st <http://purl.org/dc/terms/date> "bin collection days" } }
            WHERE { GRAPH ?g { ?st a <https://w3id.org/policy-kg/ontology#Statement> } }""")
        report = validate(st)
    assert not report.conforms
    assert any("typed date" in v.message for v in report.violations)
