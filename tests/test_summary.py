"""The summary graph: its counts and rankings equal what aggregating over the whole store gives."""

from decimal import Decimal

import pytest

from kg.model import Amount, ArticleExtraction, Document, Entity, Relation, TopicHit
from kg.rdf import SUMMARY_GRAPH
from kg.sparql import run_canned, run_query, with_values
from kg.store import KGStore
from kg.summary import co_mentions, has_summary, refresh_summary, topic_activity

# The aggregates the summary replaces, computed the slow way over every article.
DIRECT_CO_MENTIONS = """
SELECT ?a ?b (COUNT(DISTINCT ?article) AS ?n) WHERE {
  ?article kg:mentions ?a, ?b . FILTER(STR(?a) < STR(?b))
} GROUP BY ?a ?b HAVING (COUNT(DISTINCT ?article) > 1)
"""
DIRECT_TOPIC_ORGS = """
SELECT ?org (COUNT(DISTINCT ?article) AS ?n) WHERE {
  ?article dcterms:subject ?topic ; kg:mentions ?org .
  GRAPH <https://w3id.org/policy-kg/graph/entities> { ?org a kg:Organisation }
} GROUP BY ?org
"""


def _local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1]


def test_void_counts_equal_direct_counts(store):
    stats = {_local(r["type"]): int(r["n"]) for r in run_canned(store, "stats-types")}
    direct = {_local(r["t"]): int(r["n"]) for r in run_query(store, """
        SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH <https://w3id.org/policy-kg/graph/entities> { ?e a ?t } }
        GROUP BY ?t""")}
    assert stats == direct and stats["Organisation"] > 10
    preds = {_local(r["predicate"]): int(r["n"]) for r in run_canned(store, "stats-predicates")}
    direct = {_local(r["p"]): int(r["n"]) for r in run_query(
        store, "SELECT ?p (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st a kg:Statement ; rdf:predicate ?p } GROUP BY ?p")}
    assert preds == direct and preds["fined"] >= 2
    articles = int(next(iter(run_canned(store, "stats-articles")))["n"])
    assert articles == int(next(iter(run_query(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Article }")))["n"])


def test_co_mentions_equal_the_direct_aggregate(store):
    direct = {(str(r["a"]), str(r["b"])): int(r["n"]) for r in run_query(store, DIRECT_CO_MENTIONS)}
    rows = list(run_canned(store, "co-mentions"))
    assert rows, "the bundled corpus has entities named together in several articles"
    for r in rows:
        assert direct[(str(r["a"]), str(r["b"]))] == int(r["articles"])
    counts = [int(r["articles"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    # nothing left out ranks above the last row shown
    shown = {(str(r["a"]), str(r["b"])) for r in rows}
    assert all(n <= counts[-1] for pair, n in direct.items() if pair not in shown)


def test_topic_organisations_equal_the_direct_aggregate(store):
    topic = "topic:data-protection"
    rows = [(str(r["org"]), int(r["articles"])) for r in run_canned(store, "topic-organisations", {"topic": topic})]
    direct = {str(r["org"]): int(r["n"]) for r in run_query(store, DIRECT_TOPIC_ORGS, {"topic": topic})}
    assert rows and dict(rows) == direct
    assert [n for _, n in rows] == sorted((n for _, n in rows), reverse=True)
    assert "https://w3id.org/policy-kg/id/organisation/information-commissioners-office" in direct


@pytest.mark.parametrize("name", ["norfolk county council", "NORFOLK COUNTY COUNCIL", "Norfolk County Council"])
def test_find_entity_ignores_case(store, name):
    rows = list(run_canned(store, "find-entity", {"name": name}))
    assert [str(r["label"]) for r in rows] == ["Norfolk County Council"]


def test_find_entity_by_alias(store):
    rows = list(run_canned(store, "find-entity", {"name": "kid"}))
    assert "Kent Integrated Dataset" in {str(r["label"]) for r in rows}


def test_ranking_functions():
    mentions = [{"x", "y", "z"}, {"x", "y"}, {"y", "z"}, {"x", "w"}]
    label = {"x": "Xavier", "y": "Yard", "z": "Ant", "w": "W"}.get
    assert co_mentions(mentions, label) == [(("x", "y"), 2), (("y", "z"), 2)]
    assert co_mentions(mentions, label, top=1) == [(("x", "y"), 2)]
    topics = {"a1": {"t"}, "a2": {"t"}, "a3": {"u"}}
    ments = {"a1": {"o1", "o2", "p"}, "a2": {"o2"}, "a3": {"o1"}}
    assert topic_activity(topics, ments, {"o1", "o2"}, label) == {"t": [("o2", 2), ("o1", 1)], "u": [("o1", 1)]}


# ---------------------------------------------------------------------- paged list queries

def _many_fines(n_articles: int) -> list[ArticleExtraction]:
    """Articles where one of two regulators fines a council: more rows than a list query shows."""
    regs = [Entity("Organisation", "Alpha Regulator"), Entity("Organisation", "Beta Regulator")]
    out = []
    for i in range(n_articles):
        council = Entity("Organisation", f"Council {i:03d}")
        reg = regs[i % 7 == 0]  # Beta fines one article in seven
        sentence = f"{reg.name} fined {council.name} £{i + 1},000."
        rel = Relation(reg, "fined", council, sentence, 0, len(sentence), 0.9, "test",
                       Amount(Decimal((i + 1) * 1000), "GBP", "£"), None, str(2000 + i % 20))
        doc = Document(title=f"Fine {i:03d}", text=sentence, source=f"fines/{i}.txt")
        out.append(ArticleExtraction(doc, [reg, council], [rel], [TopicHit("https://w3id.org/policy-kg/topic/data-protection",
                                                                        "data protection", 1.0)]))
    return out


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    path = tmp_path_factory.mktemp("many") / "store"
    with KGStore(path) as st:
        st.load_ontology()
        for ex in _many_fines(300):
            st.put_article(ex)
        assert not has_summary(st)
        refresh_summary(st)
    return path


def test_a_store_without_summary_says_how_to_get_one(tmp_path):
    from kg.errors import QueryError

    with KGStore(tmp_path / "old") as st:
        st.load_ontology()
        st.put_article(_many_fines(1)[0])
        with pytest.raises(QueryError, match="run `kg build` once"):
            run_canned(st, "stats-types")
        refresh_summary(st)
        assert {str(r["n"]) for r in run_canned(st, "stats-types")} == {"2"}


def test_list_queries_show_a_sorted_page(many):
    with KGStore(many, create=False, read_only=True) as st:
        rows = list(run_canned(st, "fines"))
        assert len(rows) == 200
        keys = [(str(r["regulatorLabel"]), str(r["finedLabel"])) for r in rows]
        assert keys == sorted(keys)
        assert len(list(run_canned(st, "relations"))) == 200
        dates = [str(r["date"]) for r in run_canned(st, "timeline")]
        assert len(dates) == 200 and dates == sorted(dates)


def test_a_parameter_narrows_the_page_not_the_rows_after_it(many):
    """Beta's 43 fines are all found, though 200 rows of the unfiltered page would hold only some of them."""
    beta = "id:organisation/beta-regulator"
    with KGStore(many, create=False, read_only=True) as st:
        rows = list(run_canned(st, "fines", {"regulator": beta}))
        assert len(rows) == 43 and {str(r["regulatorLabel"]) for r in rows} == {"Beta Regulator"}
        # the same through the VALUES path a remote store uses
        from kg.sparql import get_canned, to_term

        text = with_values(get_canned("fines").text, {"regulator": to_term(beta)})
        assert len(list(run_query(st, text))) == 43
        assert len(list(run_canned(st, "entity", {"entity": beta}))) == 43
        assert len(list(run_canned(st, "timeline", {"subject": beta}))) == 43


def test_summary_follows_the_data(many, tmp_path):
    import shutil

    path = tmp_path / "copy"
    shutil.copytree(many, path)
    with KGStore(path) as st:
        summary = lambda: {q for q in st.oxigraph.quads_for_pattern(None, None, None, SUMMARY_GRAPH)  # noqa: E731
                           if not q.predicate.value.endswith("summaryStamp")}  # the stamp belongs to the tallies' bookkeeping
        first = summary()
        refresh_summary(st)
        assert summary() == first  # recomputing an unchanged store changes nothing (its own size is not counted)
        before = int(next(iter(run_canned(st, "stats-articles")))["n"])
        st.remove_articles([next(iter(st.article_hashes()))])
        refresh_summary(st)
        assert int(next(iter(run_canned(st, "stats-articles")))["n"]) == before - 1


def test_with_values_goes_into_the_sub_select_that_projects_the_variable():
    text = "SELECT ?a ?l WHERE { { SELECT ?a WHERE { ?a ?p ?o } LIMIT 5 } ?a rdfs:label ?l }"
    from rdflib import URIRef

    bound = with_values(text, {"a": URIRef("http://x")})
    assert bound.index("VALUES ?a") > bound.index("SELECT ?a WHERE")
    bound = with_values(text, {"l": URIRef("http://x")})  # only the outer query projects ?l
    assert bound.index("VALUES ?l") < bound.index("SELECT ?a WHERE")


def test_cli_says_when_a_list_is_a_page(many):
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["query", "relations", "--store", str(many), "--format", "csv"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 201
    assert "page of 200 matches" in result.stderr and "-p (predicate)" in result.stderr
    narrowed = CliRunner().invoke(main, ["query", "fines", "--store", str(many), "-p", "regulator=id:organisation/beta-regulator"])
    assert narrowed.exit_code == 0 and "(43 rows)" in narrowed.stdout and "page of" not in narrowed.stderr


PARAM_VALUES = {"entity": "id:organisation/beta-regulator", "regulator": "id:organisation/beta-regulator",
                "fined": "id:organisation/council-007", "subject": "id:organisation/beta-regulator",
                "object": "id:organisation/council-014", "target": "id:organisation/council-007", "predicate": "kg:fined",
                "topic": "topic:data-protection",
                "name": "BETA regulator"}


def test_values_path_agrees_with_substitution_for_every_parameter(many):
    """A remote store binds parameters with VALUES; the embedded one substitutes them. Same rows either way."""
    from kg.sparql import canned_queries, to_term

    def key(rows):
        return sorted(tuple(str(v) for v in r) for r in rows)

    checked = 0
    with KGStore(many, create=False, read_only=True) as st:
        for name, q in canned_queries().items():
            for param, _ in q.params:
                value = PARAM_VALUES[param]
                direct = list(run_canned(st, name, {param: value}))
                bound = value.lower() if param in q.fold else value
                via_values = list(run_query(st, with_values(q.text, {param: to_term(bound)})))
                assert key(direct) == key(via_values), (name, param)
                checked += bool(direct)
    assert checked >= 8  # most of them found something to compare
