"""The analyst's workbench in a real browser: search, the query editor, browse views with facets and
downloads, entity and article pages, with screenshots for docs/ (scripts/screenshots.py)."""

import csv
import io
import shutil
import threading
import urllib.request

import pytest
from browser import page_session, require_chromium, screenshot
from browser import wait_until as _wait
from conftest import free_port

from kg.server import ServerConfig, make_server


@pytest.fixture(scope="module")
def served(built, tmp_path_factory):
    """A read-only server on a copy of the built store."""
    root, _ = built
    copy = tmp_path_factory.mktemp("workbench") / "store"
    shutil.copytree(root / "store", copy)
    config = ServerConfig(store=copy, port=free_port(), quiet=True)
    httpd, app = make_server(config)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{config.port}", copy
    httpd.shutdown()
    httpd.server_close()
    app.close()


@pytest.fixture(autouse=True)
def _chromium():
    require_chromium()


def test_search_box_suggests_a_misspelt_name_and_opens_the_entity(served, tmp_path):
    base, _ = served
    with page_session() as (page, errors, outside):
        page.goto(base + "/")
        page.fill("header input[data-kg-search]", "Care Qualty Comission")
        _wait(page, "() => document.querySelectorAll('#kg-suggest option').length > 0")
        options = page.eval_on_selector_all("#kg-suggest option", "els => els.map(e => e.value)")
        assert "Care Quality Commission" in options
        page.fill("header input[data-kg-search]", options[options.index("Care Quality Commission")])
        screenshot(page, "search", tmp_path)
        page.press("header input[data-kg-search]", "Enter")
        page.wait_for_selector("h1")
        assert page.inner_text("h1") == "Care Quality Commission" and "Hinchingbrooke" in page.inner_text("main")
        assert errors == [] and outside == []


def test_canned_query_form_takes_an_entity_by_name(served):
    base, _ = served
    with page_session() as (page, errors, outside):
        _run_entity_query(page, base, "CQC")
        assert "Hinchingbrooke Hospital" in page.inner_text("#results")
        page.fill("input[data-param=entity]", "Care Qualty Comission")
        page.click("#run")
        _wait(page, "() => document.getElementById('status').className === 'error'")
        assert "did you mean" in page.inner_text("#status")
        assert outside == []


def _run_entity_query(page, base: str, name: str) -> None:
    """Open the query page, pick the canned 'entity' query, give the entity by name and run it."""
    page.goto(base + "/")
    page.select_option("#example", label="entity")
    page.fill("input[data-param=entity]", name)
    page.click("#run")
    page.wait_for_selector("#results td")


def test_a_query_result_can_be_shared_by_its_address(served):
    base, _ = served
    with page_session() as (page, errors, outside):
        _run_entity_query(page, base, "CQC")
        shared = page.url
        assert "#query=" in shared
        first = page.inner_text("#results")
    with page_session() as (page, errors, outside):
        page.goto(shared)  # a colleague opens the link: the same query runs and shows the same rows
        page.wait_for_selector("#results td")
        assert page.inner_text("#results") == first and "Hinchingbrooke Hospital" in first


def _rows(page) -> list[str]:
    return page.eval_on_selector_all("table.grid tbody tr", "trs => trs.map(t => t.innerText)")


def test_a_faceted_view_filtered_twice_downloaded_and_reopened(served, tmp_path):
    base, _ = served
    with page_session() as (page, errors, outside):
        page.goto(base + "/browse/statements")
        total = int(page.inner_text("#total"))
        page.click("ul[data-facet=objectType] li:first-child a")  # first filter: the commonest object type
        page.wait_for_selector("ul[data-facet=objectType] li.on")
        once = int(page.inner_text("#total"))
        page.click("ul[data-facet=confidenceBand] li:first-child a")  # second filter
        page.wait_for_selector("ul[data-facet=confidenceBand] li.on")
        twice, rows = int(page.inner_text("#total")), _rows(page)
        assert total > once >= twice == len(rows) > 0
        assert page.url.count("=") >= 2 and "objectType=" in page.url and "confidenceBand=" in page.url
        screenshot(page, "browse-statements", tmp_path)
        with page.expect_download() as download:
            page.click("#csv")
        table = list(csv.DictReader(io.StringIO(download.value.path().read_text(encoding="utf-8"))))
        assert len(table) == twice
        assert [r["evidence"] for r in table] == [page.inner_text(f"table.grid tbody tr:nth-child({i + 1}) td:nth-child(7)")
                                                 for i in range(twice)]
        shared = page.url
        page.click("table.grid th:nth-child(1) a")  # sort by subject: same rows, another order
        assert sorted(_rows(page)) == sorted(rows)
        assert errors == [] and outside == []
    with page_session() as (page, errors, outside):
        page.goto(shared)  # the address alone reproduces the view
        assert _rows(page) == rows and int(page.inner_text("#total")) == twice
        assert errors == [] and outside == []


def test_the_article_page_is_reached_from_a_statement_with_its_evidence_marked(served, tmp_path):
    base, _ = served
    with page_session() as (page, errors, outside):
        page.goto(base + "/entity?iri=Norfolk%20County%20Council")
        assert page.inner_text("h1") == "Norfolk County Council"
        screenshot(page, "entity", tmp_path)
        item = page.locator("ul.rels li", has_text="fined").first
        evidence = item.locator("blockquote").inner_text()
        item.locator("a.in-context").click()
        page.wait_for_selector("li.statement:target")
        target = page.locator("li.statement:target")
        assert "fined" in target.inner_text() and "Norfolk County Council" in target.inner_text()
        sentence = target.locator("xpath=ancestor::div[@class='sentence']")
        assert sentence.locator("p").inner_text() == evidence  # the same sentence, read in its article
        assert sentence.locator("mark.object").first.inner_text() == "Norfolk County Council"
        assert sentence.locator("mark.subject").count() >= 1
        screenshot(page, "article", tmp_path)
        # every mark links to its entity's page
        sentence.locator("mark.object").first.click()
        page.wait_for_selector("h1")
        assert page.inner_text("h1") == "Norfolk County Council"
        assert errors == [] and outside == []


def test_the_query_editor_completes_runs_and_downloads(served, tmp_path):
    base, _ = served
    with page_session() as (page, errors, outside):
        page.goto(base + "/")
        page.wait_for_selector(".CodeMirror")
        page.evaluate("window.kgEditor.setValue('SELECT ?org ?label WHERE { ?org a kg:Organisation ; rdfs:label ?label }"
                      " ORDER BY ?label LIMIT 5\\n')")
        page.click(".CodeMirror")
        page.keyboard.press("Control+End")
        page.keyboard.type("# kg:fi")
        page.wait_for_selector(".CodeMirror-hints li")
        hints = page.eval_on_selector_all(".CodeMirror-hints li", "els => els.map(e => e.textContent)")
        assert "kg:fined" in hints
        page.keyboard.press("Escape")
        assert page.locator(".cm-keyword", has_text="SELECT").count() == 1  # highlighted as SPARQL
        page.keyboard.press("Control+Enter")
        page.wait_for_selector("#results td")
        assert page.locator("#results tr").count() == 6
        screenshot(page, "query", tmp_path)
        href = page.get_attribute("#downloads a[data-format=csv]", "href")
        with urllib.request.urlopen(base + href) as r:
            assert r.headers["Content-Disposition"].startswith("attachment")
            table = list(csv.reader(io.StringIO(r.read().decode())))
        assert table[0] == ["org", "label"] and len(table) == 6
        assert errors == [] and outside == []
