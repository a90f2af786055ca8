"""The endpoint as an attacker and a standards client see it, over real HTTP: no server-side requests, no
starvation, a memory cap, no failed query during a build, 400s for bad parameters, the protocol's error cases,
datasets honoured, CORS, and entity IRIs that dereference."""

from __future__ import annotations

import http.server
import json
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from conftest import free_port

from kg.server import ServerConfig, exposure_warning, make_server

ENTITIES = "https://w3id.org/policy-kg/graph/entities"



@pytest.fixture(scope="module")
def served(built, tmp_path_factory):
    root, _ = built
    copy = tmp_path_factory.mktemp("secure") / "store"
    shutil.copytree(root / "store", copy)
    config = ServerConfig(store=copy, port=free_port(), timeout=6.0, max_results=2000, allow_updates=True, token="t0k",
                          quiet=True, workers=3, query_memory=300)
    httpd, app = make_server(config)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{config.port}", copy
    httpd.shutdown()
    httpd.server_close()
    app.close()


def _call(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None,
          timeout: float = 30) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def _query(base: str, q: str, accept: str = "application/sparql-results+json", **params) -> tuple[int, dict, bytes]:
    qs = urllib.parse.urlencode({"query": q, **params}, doseq=True)
    return _call(f"{base}/sparql?{qs}", headers={"Accept": accept})


class _Listener:
    """A local HTTP server that only counts the requests it gets."""

    def __init__(self) -> None:
        hits = self.hits = []

        class H(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                hits.append(self.path)
                self.send_response(200)
                self.end_headers()

            do_POST = do_GET

            def log_message(self, *a):
                pass

        self.httpd = http.server.HTTPServer(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/x"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_service_is_refused_and_no_request_leaves_the_server(served):
    base, _ = served
    listener = _Listener()
    try:
        for q in (f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}",
                  f"SELECT * WHERE {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}",
                  f"select * where {{ ?a ?b ?c . service <{listener.url}> {{ ?s ?p ?o }} }} LIMIT 1"):
            status, _, body = _query(base, q)
            assert status == 400 and b"SERVICE" in body
        time.sleep(0.3)
        assert listener.hits == []
        # the word inside a string or an IRI is not a SERVICE clause
        status, _, _ = _query(base, 'SELECT ?x WHERE { BIND("SERVICE <http://x>" AS ?x) }')
        assert status == 200
    finally:
        listener.close()


def test_load_is_refused_even_with_the_token(served):
    base, _ = served
    listener = _Listener()
    try:
        for update in (f"LOAD <{listener.url}>", "LOAD <file:///etc/passwd>", f"LOAD SILENT <{listener.url}> INTO GRAPH <urn:g>"):
            status, _, body = _call(f"{base}/sparql", update.encode(), {"Content-Type": "application/sparql-update",
                                                                        "Authorization": "Bearer t0k"})
            assert status == 400 and b"LOAD" in body
        assert listener.hits == []
        status, _, body = _call(f"{base}/sparql", b"INSERT DATA { <urn:a> <urn:b> ", {
            "Content-Type": "application/sparql-update", "Authorization": "Bearer t0k"})
        assert status == 400 and body  # a broken update gets an answer, not a closed connection
    finally:
        listener.close()


RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def test_two_runaway_queries_do_not_starve_a_short_one(served):
    base, _ = served
    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(_query(base, RUNAWAY)[0])) for _ in range(2)]
    for t in threads:
        t.start()
    time.sleep(2.5)  # both are now long-running queries
    started = time.monotonic()
    status, _, _ = _query(base, "ASK { ?s ?p ?o }")
    assert status == 200 and time.monotonic() - started < 1.0
    for t in threads:
        t.join(30)
    assert results == [503, 503]  # stopped at the time limit


def test_a_third_long_query_is_turned_away_with_retry_after(served):
    base, _ = served
    results: list[tuple[int, dict]] = []
    threads = [threading.Thread(target=lambda: results.append(_query(base, RUNAWAY)[:2])) for _ in range(3)]
    for t in threads:
        t.start()
        time.sleep(0.1)
    for t in threads:
        t.join(30)
    busy = [h for s, h in results if s == 503 and "Retry-After" in h]
    assert len(busy) >= 1


def test_a_query_that_needs_too_much_memory_is_stopped_with_503(served):
    base, _ = served
    started = time.monotonic()
    status, _, body = _query(base, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f ?a ?d LIMIT 1")
    assert status == 503 and b"MiB" in body and time.monotonic() - started < 6.0
    assert _query(base, "ASK { ?s ?p ?o }")[0] == 200  # the worker was replaced


def test_no_query_fails_while_a_build_writes(served, tmp_path):
    base, store = served
    src = tmp_path / "src"
    src.mkdir()
    for i in range(40):
        (src / f"a{i}.txt").write_text(f"Story {i}\n\nLeeds City Council launched the Leeds Data Hub {i} with Nesta.\n")
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(src), "--store", str(store), "--no-exports", "-q",
                             "--workers", "1"], cwd=tmp_path)
    failures, n = [], 0
    try:
        while n < 400:
            status, _, body = _query(base, "SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Article }")
            n += 1
            if status != 200:
                failures.append((status, body[:120]))
    finally:
        proc.wait(120)
    assert proc.returncode == 0 and failures == []


@pytest.mark.parametrize("path,status", [
    ("/graph?focus=Nesta&depth=abc", 400), ("/graph?focus=Nesta&depth=99", 400), ("/graph", 400),
    ("/entity?iri=../../etc/passwd", 404), ("/entity?iri=https://w3id.org/policy-kg/id/organisation/nobody", 404),
    ("/entity", 400), ("/sparql?query=ASK%7B%7D&query=ASK%7B%7D", 400), ("/sparql?update=CLEAR%20ALL", 400),
    ("/id/organisation/%3Cscript%3E", 404), ("/nowhere", 404),
    ("/browse/nothing", 400), ("/browse/entities?colour=red", 400), ("/browse/entities?page=x", 400),
    ("/browse/entities?format=xlsx", 400), ("/article?iri=https://w3id.org/policy-kg/id/article/none", 404),
    ("/article?iri=javascript:alert(1)", 404), ("/sparql?query=ASK%7B%7D&format=pdf", 400),
    ("/static/codemirror/../../__init__.py", 404), ("/static/codemirror/codemirror.js.map", 404),
    ("/static/codemirror/LICENSE", 404), ("/static/%2e%2e/templates/app.js", 404)])
def test_bad_parameters_get_a_status_and_a_message(served, path, status):
    base, _ = served
    got, headers, body = _call(base + path)
    assert got == status and body and "text/plain" in headers["Content-Type"]


def test_absurd_nesting_and_oversized_bodies_are_refused_before_parsing(served):
    base, _ = served
    deep = "SELECT * WHERE " + "{ " * 5000 + "?s ?p ?o" + " }" * 5000
    status, _, body = _call(f"{base}/sparql", deep.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 400 and b"nests" in body
    status, _, _ = _call(f"{base}/sparql", b"x" * 2_000_000, {"Content-Type": "application/sparql-query"})
    assert status == 413


def test_protocol_error_cases(served):
    base, _ = served
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert _call(f"{base}/sparql", b"query=ASK%7B%7D&update=CLEAR%20ALL", form)[0] == 400
    assert _call(f"{base}/sparql", b"nothing=here", form)[0] == 400
    assert _call(f"{base}/sparql", b"ASK {}", {"Content-Type": "text/plain"})[0] == 415
    assert _call(f"{base}/sparql", b"SELEKT * WHERE {}", {"Content-Type": "application/sparql-query"})[0] == 400
    assert _call(f"{base}/sparql", b"query=ASK%7B%7D&query=ASK%7B%7D", form)[0] == 400
    status, headers, _ = _call(f"{base}/sparql", method="OPTIONS", headers={"Origin": "http://elsewhere.example",
                                                                            "Access-Control-Request-Method": "POST"})
    assert status == 204 and headers["Access-Control-Allow-Origin"] == "*" and "POST" in headers["Access-Control-Allow-Methods"]


def test_headers_keep_pages_out_of_frames(served):
    base, _ = served
    _, headers, _ = _call(base + "/")
    assert headers["X-Frame-Options"] == "DENY" and "frame-ancestors 'none'" in headers["Content-Security-Policy"]


def test_accept_q_values_are_honoured(served):
    base, _ = served
    _, headers, body = _query(base, "ASK { ?s ?p ?o }", accept="text/csv;q=0, application/sparql-results+xml")
    assert headers["Content-Type"].startswith("application/sparql-results+xml") and body.startswith(b"<?xml")
    _, headers, _ = _query(base, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", accept="application/sparql-results+xml;q=0.2, text/csv")
    assert headers["Content-Type"].startswith("text/csv")


def _count(base: str, q: str, **params) -> int:
    status, _, body = _query(base, q, **params)
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_from_from_named_and_the_dataset_parameters(served):
    base, _ = served
    everything = _count(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    entities = _count(base, f"SELECT (COUNT(*) AS ?n) FROM <{ENTITIES}> WHERE {{ ?s ?p ?o }}")
    assert 0 < entities < everything
    assert _count(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", **{"default-graph-uri": ENTITIES}) == entities
    named = _count(base, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{ENTITIES}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")
    assert named == entities
    assert _count(base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", **{"named-graph-uri": ENTITIES}) == entities


def test_entity_iris_dereference_by_content_negotiation(served):
    import rdflib

    base, _ = served
    path = "/id/organisation/norfolk-county-council"
    status, headers, body = _call(base + path, headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle") and headers["Vary"] == "Accept"
    graph = rdflib.Graph().parse(data=body.decode(), format="turtle")
    iri = rdflib.URIRef("https://w3id.org/policy-kg/id/organisation/norfolk-county-council")
    assert str(graph.value(iri, rdflib.RDFS.label)) == "Norfolk County Council"
    assert (None, rdflib.RDF.object, iri) in graph  # the statements about it come along
    status, headers, body = _call(base + path, headers={"Accept": "application/ld+json"})
    assert status == 200 and json.loads(body)
    status, headers, body = _call(base + path, headers={"Accept": "text/html,application/xhtml+xml"})
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"Norfolk County Council" in body
    status, _, body = _call(base + "/.well-known/void", headers={"Accept": "text/turtle"})
    assert status == 200 and b"void" in body.lower()
    assert _call(base + "/ontology")[0] == 200


def test_binding_to_all_interfaces_warns():
    assert exposure_warning(ServerConfig(store="x", host="127.0.0.1")) is None
    assert "anyone" in exposure_warning(ServerConfig(store="x", host="0.0.0.0"))
    assert "TLS" in exposure_warning(ServerConfig(store="x", host="0.0.0.0", allow_updates=True, token="t"))


def test_cors_from_a_page_on_another_origin(served, tmp_path):
    from browser import page_session, require_chromium

    require_chromium()
    base, _ = served
    (tmp_path / "index.html").write_text("<!doctype html><title>other origin</title>")
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **k)  # noqa: E731
    other = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        with page_session() as (page, errors, outside):
            page.goto(f"http://127.0.0.1:{other.server_address[1]}/index.html")
            answer = page.evaluate("""async (url) => {
                const r = await fetch(url, {method: 'POST', headers: {'Content-Type': 'application/sparql-query',
                    'Accept': 'application/sparql-results+json'}, body: 'ASK { ?s ?p ?o }'});
                return (await r.json()).boolean; }""", base + "/sparql")
            assert answer is True
    finally:
        other.shutdown()
        other.server_close()


def test_javascript_iris_in_results_are_never_links(served):
    from browser import page_session, require_chromium

    require_chromium()
    base, _ = served
    q = "SELECT ?x WHERE { VALUES ?x { <javascript:alert(1)> <https://example.org/a> } }"
    with page_session() as (page, errors, outside):
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(base + "/")
        page.wait_for_selector(".CodeMirror")
        page.evaluate("q => window.kgEditor.setValue(q)", q)
        page.click("#run")
        page.wait_for_selector("#results td")
        hrefs = page.eval_on_selector_all("#results td a", "els => els.map(e => e.getAttribute('href'))")
        assert hrefs == ["https://example.org/a"]
        cells = page.eval_on_selector_all("#results td", "els => els.map(e => e.textContent)")
        assert "javascript:alert(1)" in cells
        for cell in page.query_selector_all("#results td"):
            cell.click()
        assert dialogs == []


def test_entity_page_by_name_or_a_suggestion(served):
    base, _ = served
    status, _, body = _call(base + "/entity?iri=CQC")
    assert status == 200 and b"Care Quality Commission" in body and b"Hinchingbrooke" in body
    status, headers, body = _call(base + "/entity?iri=Ofstedd")
    assert status == 404 and b"did you mean" in body


def test_service_description_names_formats_by_w3c_iri_and_describes_the_dataset(served):
    import rdflib

    base, _ = served
    status, _, body = _call(base + "/sparql", headers={"Accept": "text/turtle"})
    graph = rdflib.Graph().parse(data=body.decode(), format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    formats = {str(f) for f in graph.objects(None, sd.resultFormat)}
    assert "http://www.w3.org/ns/formats/SPARQL_Results_JSON" in formats and "http://www.w3.org/ns/formats/Turtle" in formats
    dataset = rdflib.URIRef("https://w3id.org/policy-kg/id/dataset")
    assert (dataset, rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/dcat#Dataset")) in graph
    assert graph.value(dataset, rdflib.URIRef("http://rdfs.org/ns/void#sparqlEndpoint")) == rdflib.URIRef(base + "/sparql")


def test_topics_with_article_counts(served):
    base, _ = served
    status, _, body = _query(base, "SELECT ?label ?articles WHERE { ?t skos:prefLabel ?label } LIMIT 1")
    assert status == 200
    from kg.sparql import get_canned

    status, _, body = _query(base, get_canned("topics").text)
    rows = json.loads(body)["results"]["bindings"]
    assert rows and all(int(r["articles"]["value"]) >= 1 for r in rows)
    counts = [int(r["articles"]["value"]) for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_article_text_is_escaped_on_every_browse_and_article_page(tmp_path):
    from kg.model import ArticleExtraction, Document, Entity, Relation
    from kg.store import KGStore

    payload = '<img src=x onerror=alert(1)>"\'&</script>'
    doc = Document(title="T " + payload, text=payload, source="evil.txt", url="javascript:alert(1)")
    a, b = Entity("Organisation", "Alpha " + payload), Entity("Organisation", "Beta Council")
    rel = Relation(a, "partneredWith", b, "Alpha " + payload + " joined Beta Council.", 0, 10, 0.9, "active")
    with KGStore(tmp_path / "s") as st:
        st.put_article(ArticleExtraction(doc, [a, b], [rel], []))
        article = next(iter(st.article_sources()))
    config = ServerConfig(store=tmp_path / "s", port=free_port(), quiet=True, workers=1)
    httpd, app = make_server(config)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{config.port}"
    try:
        pages = [f"/browse/{v}" for v in ("entities", "statements", "articles")] + \
                [f"/article?iri={urllib.parse.quote(article, safe='')}", "/browse/statements?q=%3Cimg"]
        for path in pages:
            status, _, body = _call(base + path)
            html = body.decode()
            assert status == 200 and "<img" not in html and "</script>\"" not in html, path
            assert "&lt;img src=x onerror=alert(1)&gt;" in html, path
            assert 'href="javascript:' not in html, path
    finally:
        httpd.shutdown()
        httpd.server_close()
        app.close()


def test_silent_connections_cannot_hold_the_server(built, tmp_path):
    """More silent clients than the server has threads: they are dropped after the idle timeout, and a
    real client is answered meanwhile or right after."""
    import socket

    root, _ = built
    shutil.copytree(root / "store", tmp_path / "store")
    config = ServerConfig(store=tmp_path / "store", port=free_port(), quiet=True, idle_timeout=1.0)
    httpd, app = make_server(config)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        silent = [socket.create_connection(("127.0.0.1", config.port)) for _ in range(40)]
        started = time.monotonic()
        with urllib.request.urlopen(f"http://127.0.0.1:{config.port}/sparql?query=ASK%7B%7D", timeout=20) as res:
            assert res.status == 200
        assert time.monotonic() - started < 10
        for s in silent:  # each was closed by the server after the idle timeout, not left open
            s.settimeout(10)
            assert s.recv(1024) == b""
            s.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
        app.close()
