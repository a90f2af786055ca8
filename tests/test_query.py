from decimal import Decimal

import pytest

from kg.errors import QueryError
from kg.sparql import canned_queries, format_result, run_canned, run_query


def test_who_did_the_ico_fine(store):
    rows = list(run_canned(store, "fines", {"regulator": "id:organisation/information-commissioners-office"}))
    by_fined = {str(r["finedLabel"]): r for r in rows}
    norfolk = by_fined["Norfolk County Council"]
    assert norfolk["amount"].toPython() == Decimal("60000") and str(norfolk["currency"]) == "GBP"
    assert "Norfolk County Council £60,000" in str(norfolk["evidence"])
    assert str(norfolk["title"]).startswith("Regulator fines Norfolk")
    assert "Hampshire County Council" in by_fined


def test_kent_created_kid_with_alias(store):
    rows = [r for r in run_canned(store, "created") if str(r["thingLabel"]) == "Kent Integrated Dataset"]
    creators = {str(r["creatorLabel"]) for r in rows}
    assert "Kent County Council" in creators
    assert all("KID" in str(r["aliases"]).split(" | ") for r in rows)


def test_bound_parameters_are_values_not_code(store):
    evil = '" } ; DROP ALL ; SELECT * WHERE { "'
    assert list(run_canned(store, "find-entity", {"name": evil})) == []
    assert len(store) > 0


def test_every_canned_query_runs(store):
    for name, q in canned_queries().items():
        params = {p: "id:organisation/nesta" if p == "entity" else "topic:data-protection" if p == "topic" else "Nesta"
                  for p, desc in q.params if "required" in desc}
        run_canned(store, name, params)


def test_syntax_error_names_line_and_column(store):
    with pytest.raises(QueryError, match=r"line 2, column \d+"):
        run_query(store, "SELECT ?x\nWHERE { ?x ?y }")


def test_unknown_prefix_is_named(store):
    with pytest.raises(QueryError, match="unknown prefix 'foo:'"):
        run_query(store, "SELECT ?x WHERE { ?x a foo:Bar }")


def test_formats(store):
    q = "SELECT ?t WHERE { ?a a kg:Article ; dcterms:title ?t } ORDER BY ?t LIMIT 2"
    csv_out = format_result(run_query(store, q), "csv")
    assert csv_out.splitlines()[0] == "t" and len(csv_out.splitlines()) == 3
    assert format_result(run_query(store, q), "table").rstrip().endswith("(2 rows)")
    assert format_result(run_query(store, "ASK { ?a a kg:Article }")) == "yes"
    ttl = format_result(run_query(store, "CONSTRUCT { ?a a kg:Article } WHERE { ?a a kg:Article } LIMIT 1"))
    assert "kg:Article" in ttl


def test_binding_a_variable_the_query_does_not_project(store):
    rows = list(run_query(store, "SELECT ?l WHERE { ?e rdfs:label ?l }",
                          {"e": "https://w3id.org/policy-kg/id/organisation/norfolk-county-council"}))
    assert [str(r["l"]) for r in rows] == ["Norfolk County Council"]


def test_vertical_format_shows_whole_values(store):
    from kg.sparql import format_result, run_canned

    out = format_result(run_canned(store, "fines"), "vertical")
    assert "-[ row 1 ]" in out and "(2 rows)" in out
    text = " ".join(line.split("|", 1)[1].strip() for line in out.splitlines() if "|" in line)
    assert "The Information Commissioner's Office (ICO) fined Norfolk County Council £60,000 in 2017 under the Data Protection Act." in text


def test_build_hint_names_a_query_with_results_and_the_store(tmp_path, extractor):
    from click.testing import CliRunner

    from kg.cli import main

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Data\n\nKent County Council created the Kent Integrated Dataset in 2014.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(src), "--store", str(tmp_path / "s"), "--no-exports"])
    hint = result.output.strip().splitlines()[-1]
    assert hint.startswith("Try: kg query relations --store ") and str(tmp_path / "s") in hint
