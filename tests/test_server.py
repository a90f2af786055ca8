"""The SPARQL endpoint, driven by SPARQLWrapper as an independent client, and its web page."""

import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest
from conftest import free_port
from SPARQLWrapper import CSV, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.server import ServerConfig, make_server


@pytest.fixture(scope="module")
def server(built, tmp_path_factory):
    """A server on a copy of the built store, with updates enabled behind a token."""
    root, _ = built
    copy = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(root / "store", copy)
    config = ServerConfig(store=copy, port=free_port(), timeout=2.0, max_results=500, allow_updates=True,
                          token="s3cret", quiet=True)
    httpd, app = make_server(config)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{config.port}", app, copy
    httpd.shutdown()
    httpd.server_close()
    app.close()


def _client(base: str, query: str, fmt=JSON) -> SPARQLWrapper:
    sw = SPARQLWrapper(base + "/sparql")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    return sw


PREFIX = "PREFIX kg: <https://w3id.org/policy-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "


def test_select_json_and_csv(server):
    base, _, _ = server
    q = PREFIX + "SELECT ?label WHERE { ?s kg:fined ?o . ?o rdfs:label ?label } ORDER BY ?label"
    res = _client(base, q).query().convert()
    assert [b["label"]["value"] for b in res["results"]["bindings"]] == ["Hampshire County Council", "Norfolk County Council"]
    csv_text = _client(base, q, CSV).query().convert().decode()
    assert csv_text.splitlines() == ["label", "Hampshire County Council", "Norfolk County Council"]


def test_get_and_post_forms_and_direct_post(server):
    base, _, _ = server
    q = PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Article }"
    for method in ("GET", "POST"):
        sw = _client(base, q)
        sw.setMethod(method)
        assert int(sw.query().convert()["results"]["bindings"][0]["n"]["value"]) == 17
    req = urllib.request.Request(base + "/sparql", data=q.encode(), method="POST",
                                 headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+xml"})
    with urllib.request.urlopen(req) as r:
        assert r.headers["Content-Type"].startswith("application/sparql-results+xml")
        assert b"<literal datatype" in r.read()


def test_construct_turtle_and_ask(server):
    import rdflib

    base, _, _ = server
    q = PREFIX + "CONSTRUCT { ?o rdfs:label ?l } WHERE { ?s kg:fined ?o . ?o rdfs:label ?l }"
    sw = _client(base, q, TURTLE)
    g = rdflib.Graph().parse(data=sw.query().convert(), format="turtle")
    assert len(g) == 2
    ask = _client(base, PREFIX + "ASK { ?s kg:created ?o }").query().convert()
    assert ask["boolean"] is True


def test_update_refused_without_token_and_accepted_with_it(server):
    base, _, _ = server
    upd = "INSERT DATA { GRAPH <urn:test> { <urn:a> <urn:b> <urn:c> } }"
    sw = SPARQLWrapper(base + "/sparql")
    sw.setQuery(upd)
    sw.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as exc:
        sw.query()
    assert exc.value.code == 403 and b"read-only" not in exc.value.read()  # enabled, but the token is missing
    sw.addCustomHttpHeader("Authorization", "Bearer s3cret")
    sw.query()
    assert _client(base, "ASK { GRAPH <urn:test> { <urn:a> <urn:b> <urn:c> } }").query().convert()["boolean"] is True
    # the summary's counts no longer follow the data: it is marked for the next build to recount
    stale = "ASK { GRAPH <https://w3id.org/policy-kg/graph/summary> { ?d <https://w3id.org/policy-kg/ontology#summaryStale> true } }"
    assert _client(base, stale).query().convert()["boolean"] is True


def test_syntax_error_is_400_with_the_parser_message(server):
    base, _, _ = server
    with pytest.raises(QueryBadFormed) as exc:
        _client(base, "SELEC ?x WHERE { ?x ?y ?z }").query()
    assert "1:" in str(exc.value)


def test_slow_query_is_stopped_and_the_server_keeps_answering(server):
    base, app, _ = server
    before = set(app.pool.pids)
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    t0 = time.time()
    with pytest.raises(urllib.error.HTTPError) as exc:
        _client(base, slow).query()
    assert exc.value.code == 503 and b"ran longer than" in exc.value.read()
    assert time.time() - t0 < 10
    assert before - set(app.pool.pids), "the worker that ran the slow query should have been ended"
    res = _client(base, PREFIX + "ASK { ?a a kg:Article }").query().convert()
    assert res["boolean"] is True


def test_result_size_limit(server):
    base, _, _ = server
    req = urllib.request.Request(base + "/sparql?query=" + urllib.request.quote("SELECT * WHERE { ?s ?p ?o }"))
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(req)
    assert exc.value.code == 413 and b"more than 500" in exc.value.read()


def test_service_description(server):
    base, _, _ = server
    with urllib.request.urlopen(base + "/sparql") as r:
        body = r.read().decode()
    assert "sd:Service" in body and "SPARQL11Query" in body


def test_entity_page_escapes_and_links(server):
    base, _, _ = server
    iri = "https://w3id.org/policy-kg/id/organisation/information-commissioners-office"
    with urllib.request.urlopen(base + "/entity?iri=" + urllib.request.quote(iri, safe="")) as r:
        html = r.read().decode()
    assert "Information Commissioner&#x27;s Office" in html
    assert "fined" in html and "Norfolk County Council" in html and "/graph?focus=" in html


def test_new_data_from_a_build_in_another_process_is_seen(server, tmp_path):
    base, _, store = server
    q = PREFIX + "ASK { ?e rdfs:label \"Riverside Borough Council\" }"
    assert _client(base, q).query().convert()["boolean"] is False
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "a.txt").write_text("New\n\nRiverside Borough Council launched the Riverside Data Platform.\n")
    subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path / "new"), "--store", str(store), "--no-exports", "-q"],
                   check=True, cwd=tmp_path)
    assert _client(base, q).query().convert()["boolean"] is True


def test_web_page_runs_a_canned_query_and_links_to_an_entity(server):
    from browser import page_session

    base, _, _ = server
    with page_session() as (page, errors, outside):
        page.goto(base + "/")
        page.select_option("#example", label="fines")
        page.click("#run")
        page.wait_for_selector("table td")
        assert "Norfolk County Council" in page.inner_text("#results")
        page.click("#results a:text('id:organisation/norfolk-county-council')")
        page.wait_for_selector("h1")
        assert page.inner_text("h1") == "Norfolk County Council"
        assert "fined" in page.inner_text("main")
        assert errors == [] and outside == []
