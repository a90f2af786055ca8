"""Beyond one process: extraction workers, a Dask cluster, and a store in a real Oxigraph server."""

import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import free_port

from kg.build import build
from kg.sparql import run_canned
from kg.store import connect


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    regulators = ["The Information Commissioner's Office", "Ofsted", "The Care Quality Commission"]
    councils = ["Leeds City Council", "Kent County Council", "Norfolk County Council", "Essex County Council"]
    for i in range(n):
        c, r = councils[i % 4], regulators[i % 3]
        (folder / f"a{i:03d}.txt").write_text(
            f"Story {i}\n\n{r} inspected {c} in {2000 + i}. {c} launched the Data Platform {i} with Nesta.\n", encoding="utf-8")
    return folder


def _quads(location) -> set:
    with connect(location) as st:
        return set(st.quads())


def test_two_workers_give_the_same_graph_as_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = _corpus(tmp_path / "src", 12)
    one = build([src], store_path=tmp_path / "one", exports_dir=None, quiet=True, workers=1)
    two = build([src], store_path=tmp_path / "two", exports_dir=None, quiet=True, workers=2)
    assert one.relations_by_predicate == two.relations_by_predicate and one.new == two.new == 12
    assert _quads(tmp_path / "one") == _quads(tmp_path / "two")


def test_dask_local_cluster(tmp_path, monkeypatch):
    from distributed import LocalCluster

    monkeypatch.chdir(tmp_path)
    src = _corpus(tmp_path / "src", 8)
    local = build([src], store_path=tmp_path / "local", exports_dir=None, quiet=True, workers=1)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        report = build([src], store_path=tmp_path / "dask", exports_dir=None, quiet=True,
                       dask_scheduler=cluster.scheduler_address)
    assert report.new == 8 and report.relations_by_predicate == local.relations_by_predicate
    assert _quads(tmp_path / "dask") == _quads(tmp_path / "local")



@pytest.fixture()
def oxigraph_server(tmp_path):
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "oxdata"), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("oxigraph serve did not start")
    yield url
    proc.terminate()
    proc.wait(10)


def test_build_query_and_rebuild_in_an_oxigraph_server(oxigraph_server, tmp_path, monkeypatch, extractor):
    monkeypatch.chdir(tmp_path)
    src = _corpus(tmp_path / "src", 6)
    (src / "fine.txt").write_text("Fine\n\nThe Information Commissioner's Office fined Norfolk County Council £60,000.\n")
    first = build([src], store_path=oxigraph_server, exports_dir=None, quiet=True, extractor=extractor)
    assert first.new == 7 and first.total_articles == 7
    with connect(oxigraph_server) as st:
        rows = list(run_canned(st, "fines"))
        assert [str(r["finedLabel"]) for r in rows] == ["Norfolk County Council"] and int(rows[0]["amount"]) == 60000
    # the same corpus in the embedded store gives the same graph
    build([src], store_path=tmp_path / "local", exports_dir=None, quiet=True, extractor=extractor)
    assert _quads(oxigraph_server) == _quads(tmp_path / "local")
    again = build([src], store_path=oxigraph_server, exports_dir=None, quiet=True, extractor=extractor)
    assert (again.new, again.changed, again.unchanged) == (0, 0, 7)
    (src / "fine.txt").write_text("Fine\n\nThe Information Commissioner's Office fined Hampshire County Council £100,000.\n")
    changed = build([src], store_path=oxigraph_server, exports_dir=None, quiet=True, extractor=extractor)
    assert changed.changed == 1
    with connect(oxigraph_server) as st:
        assert [str(r["finedLabel"]) for r in run_canned(st, "fines")] == ["Hampshire County Council"]


def test_unreachable_endpoint_is_a_clear_error(tmp_path):
    from kg.errors import StoreError

    with pytest.raises(StoreError, match="cannot reach the SPARQL endpoint"):
        connect(f"http://127.0.0.1:{free_port()}/query")


def test_kg_serve_over_an_oxigraph_server(oxigraph_server, tmp_path, monkeypatch, extractor):
    """`kg serve --store URL`: the web page, /sparql (JSON, CSV, Turtle) and an entity page, from a remote store."""
    import json
    import threading

    from kg.server import ServerConfig, make_server

    monkeypatch.chdir(tmp_path)
    src = tmp_path / "src"
    src.mkdir()
    (src / "fine.txt").write_text("Fine\n\nThe Information Commissioner's Office fined Norfolk County Council £60,000.\n")
    build([src], store_path=oxigraph_server, exports_dir=None, quiet=True, extractor=extractor)
    config = ServerConfig(store=oxigraph_server, port=free_port(), timeout=10.0, quiet=True)
    httpd, app = make_server(config)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{config.port}"
    try:
        home = urllib.request.urlopen(base + "/", timeout=10).read().decode()
        assert "<textarea" in home or "query" in home.lower()
        q = urllib.parse.quote("SELECT ?l WHERE { ?s kg:fined ?o . ?o rdfs:label ?l }")
        req = urllib.request.Request(f"{base}/sparql?query={q}", headers={"Accept": "application/sparql-results+json"})
        data = json.loads(urllib.request.urlopen(req, timeout=10).read())
        assert [b["l"]["value"] for b in data["results"]["bindings"]] == ["Norfolk County Council"]
        req = urllib.request.Request(f"{base}/sparql?query={q}", headers={"Accept": "text/csv"})
        assert urllib.request.urlopen(req, timeout=10).read().decode().splitlines() == ["l", "Norfolk County Council"]
        c = urllib.parse.quote("CONSTRUCT { ?s kg:fined ?o } WHERE { ?s kg:fined ?o }")
        req = urllib.request.Request(f"{base}/sparql?query={c}", headers={"Accept": "text/turtle"})
        assert b"norfolk-county-council" in urllib.request.urlopen(req, timeout=10).read()
        iri = "https://w3id.org/policy-kg/id/organisation/norfolk-county-council"
        page = urllib.request.urlopen(f"{base}/entity?iri={urllib.parse.quote(iri, safe='')}", timeout=10).read().decode()
        assert "Norfolk County Council" in page and "fined" in page and "Information Commissioner&#x27;s Office" in page
    finally:
        httpd.shutdown()
        httpd.server_close()
        app.close()
