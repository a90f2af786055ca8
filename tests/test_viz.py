import json
import re

from kg.model import ArticleExtraction, Document, Entity, Relation
from kg.store import KGStore
from kg.viz import write_html

PAYLOAD = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'


def _payload_page(tmp_path, name: str):
    """An explorer page for one article whose title, entity name and evidence are attack strings."""
    doc = Document(title=PAYLOAD, text=PAYLOAD, source="evil.txt")
    a, b = Entity("Organisation", "Alpha " + PAYLOAD), Entity("Organisation", "Beta Council")
    rel = Relation(a, "partneredWith", b, PAYLOAD, 0, len(PAYLOAD), 0.9, "active")
    with KGStore(tmp_path / "s") as st:
        st.put_article(ArticleExtraction(doc, [a, b], [rel], []))
        return write_html(st, tmp_path / name)[0]


def _data(html: str) -> dict:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(block)


def test_page_is_self_contained(built):
    root, report = built
    html = (root / "exports" / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "vis.Network" in html
    data = _data(html)
    assert len(data["nodes"]) == sum(report.entities_by_type.values())
    assert {n["type"] for n in data["nodes"]} >= {"Organisation", "Place"}
    assert all(e["predicate"] for e in data["edges"])


def test_untrusted_text_is_never_markup(tmp_path):
    html = _payload_page(tmp_path, "g.html").read_text(encoding="utf-8")
    assert "<img" not in html and "<script>alert" not in html
    data = _data(html)
    assert any(PAYLOAD in n["label"] for n in data["nodes"])  # kept as text, decoded by JSON.parse
    assert data["edges"][0]["evidence"] == PAYLOAD


def _synthetic(n_nodes: int, n_edges: int, seed: int = 7):
    """A graph shaped like a projection, with the attributes the page needs."""
    import random

    import networkx as nx

    rng = random.Random(seed)
    types = ["Organisation", "Person", "Place", "Policy", "Programme", "Publication", "Event"]
    g = nx.MultiDiGraph()
    for i in range(n_nodes):
        g.add_node(f"https://w3id.org/policy-kg/id/x/{i}", label=f"Entity {i}", type=types[i % 7], aliases=[],
                   titles=[f"Article {i % 97}"], topics=["open data"] if i % 3 == 0 else [])
    nodes = list(g)
    for j in range(n_edges):
        g.add_edge(rng.choice(nodes), rng.choice(nodes), key=f"s{j}", predicate="uses", evidence=f"Sentence {j}.",
                   article="a", title="T", confidence=0.9)
    return g


def test_explorer_in_a_real_browser(built, tmp_path):
    from browser import page_session, screenshot, wait_until

    root, report = built
    page_url = (root / "exports" / "graph.html").as_uri()
    data = _data((root / "exports" / "graph.html").read_text(encoding="utf-8"))
    linked = {e["from"] for e in data["edges"]} | {e["to"] for e in data["edges"]}
    with page_session(allowed_hosts=()) as (page, errors, outside):
        page.goto(page_url)
        wait_until(page, "() => window.kgReady === true", timeout=90)
        total = sum(report.entities_by_type.values())
        # above a few dozen entities, those with no relation start hidden; the toggle shows them
        assert page.is_checked("#hide-isolated") and total > 40
        assert sorted(page.evaluate("window.kgVisibleNodeIds()")) == sorted(linked)
        page.uncheck("#hide-isolated")
        assert page.evaluate("window.kgVisibleNodeIds().length") == total
        page.fill("#search", "Norfolk County Council")
        page.press("#search", "Enter")
        selected = page.evaluate("window.kgNetwork.getSelectedNodes()")
        assert selected == ["https://w3id.org/policy-kg/id/organisation/norfolk-county-council"]
        assert "Norfolk County Council" in page.inner_text("#info")
        page.uncheck("input[data-filter=types][value=Place]")
        visible = page.evaluate("window.kgVisibleNodeIds()")
        places = report.entities_by_type["Place"]
        assert len(visible) == total - places and not any("/place/" in v for v in visible)
        screenshot(page, "explorer", tmp_path)
        assert errors == [] and outside == []


def _click_edge(page, edge: dict) -> None:
    """Click the middle of an edge on the canvas, as a user would."""
    page.evaluate("id => window.kgNetwork.focus(id, {scale: 1.5})", edge["from"])  # no animation: at once
    page.wait_for_timeout(300)
    x, y = page.evaluate("""id => {
        // a point of the (curved) edge where the edge, and not a node or another edge, is under the pointer
        const n = window.kgNetwork, r = document.getElementById("graph").getBoundingClientRect();
        let best = null;
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8]) {
            const m = n.canvasToDOM(n.body.edges[id].edgeType.getPoint(t));
            if (best === null) best = m;
            if (n.getNodeAt(m) === undefined && n.getEdgeAt(m) === id) { best = m; break; }
        }
        return [r.left + best.x, r.top + best.y]; }""", edge["id"])
    page.mouse.click(x, y)


def test_explorer_edge_click_double_click_and_export(built, tmp_path):
    from browser import page_session, screenshot, wait_until

    root, _ = built
    page_url = (root / "exports" / "graph.html").as_uri()
    data = _data((root / "exports" / "graph.html").read_text(encoding="utf-8"))
    edge = next(e for e in data["edges"] if e["predicate"] == "fined")
    with page_session(allowed_hosts=()) as (page, errors, outside):
        page.goto(page_url)
        wait_until(page, "() => window.kgReady === true", timeout=90)
        # two relations between the same two bodies are drawn apart: each has a point where it alone is under the pointer
        pairs: dict = {}
        for e in data["edges"]:
            pairs.setdefault(frozenset((e["from"], e["to"])), []).append(e["id"])
        twins = next((ends, ids) for ends, ids in pairs.items() if len(ids) > 1)
        for twin in twins[1]:
            page.evaluate("id => window.kgNetwork.focus(id, {scale: 1.5})", next(iter(twins[0])))
            assert page.evaluate("""id => { const n = window.kgNetwork;
                return [0.5, 0.4, 0.6, 0.3, 0.7].some(t => n.getEdgeAt(n.canvasToDOM(n.body.edges[id].edgeType.getPoint(t))) === id);
            }""", twin)
        for attempt in range(3):  # on a loaded machine the canvas may still be settling when the first click lands
            _click_edge(page, edge)
            try:
                page.wait_for_selector("#info[data-edge]", timeout=5000)
                break
            except Exception:
                if attempt == 2:
                    raise
        info = page.inner_text("#info")
        assert "fined" in info and edge["evidence"] in info and edge["title"] in info and "Confidence" in info
        assert edge["evidence"] in page.get_attribute("#copy-edge", "data-copy")
        page.locator("#info").scroll_into_view_if_needed()
        screenshot(page, "explorer-edge", tmp_path)
        # double-click a node: the view narrows to it and its neighbours, and grows with each double-click
        page.evaluate("window.kgNetwork.unselectAll()")
        page.click("#reset")
        before = len(page.evaluate("window.kgVisibleNodeIds()"))
        page.evaluate("id => window.kgNetwork.body.emitter.emit('doubleClick', {nodes: [id], edges: []})", edge["from"])
        shown = page.evaluate("window.kgVisibleNodeIds()")
        assert edge["from"] in shown and edge["to"] in shown and len(shown) < before
        with page.expect_download() as download:
            page.click("#export-ttl")
        ttl = download.value.path().read_text(encoding="utf-8")
        import rdflib

        g = rdflib.Graph().parse(data=ttl, format="turtle")
        assert (rdflib.URIRef(edge["from"]), rdflib.URIRef("https://w3id.org/policy-kg/ontology#fined"),
                rdflib.URIRef(edge["to"])) in g
        assert len({str(s) for s in g.subjects(rdflib.RDF.type, None)}) == len(shown)
        with page.expect_download() as download:
            page.click("#export-gexf")
        import networkx as nx

        gexf = nx.read_gexf(download.value.path())
        assert set(gexf.nodes) == set(shown)
        with page.expect_download() as download:
            page.click("#export-png")
        assert download.value.path().read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert errors == [] and outside == []


def test_payloads_render_as_text_in_the_browser(tmp_path):
    from browser import page_session, wait_until

    path = _payload_page(tmp_path, "evil.html")
    with page_session(allowed_hosts=()) as (page, errors, outside):
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        wait_until(page, "() => window.kgReady === true", timeout=90)
        page.fill("#search", "Beta Council")
        page.press("#search", "Enter")
        info = page.inner_text("#info")
        assert PAYLOAD in info  # the evidence sentence, shown as text
        assert page.evaluate("document.querySelectorAll('img').length") == 0
        assert dialogs == [] and outside == []


def test_ten_thousand_node_page_becomes_interactive(tmp_path):
    import time

    from browser import page_session, wait_until

    from kg.viz import page_data, render_html

    g = _synthetic(10_000, 20_000)
    t0 = time.perf_counter()
    html = render_html(page_data(g))
    generation = time.perf_counter() - t0
    path = tmp_path / "big.html"
    path.write_text(html, encoding="utf-8")
    assert generation < 60  # generous; the benchmark measures it properly
    with page_session(allowed_hosts=()) as (page, errors, outside):
        page.goto(path.as_uri())
        wait_until(page, "() => window.kgReady === true", timeout=60)
        linked = len({e["from"] for e in page_data(g)["edges"]} | {e["to"] for e in page_data(g)["edges"]})
        assert page.evaluate("window.kgVisibleNodeIds().length") == linked < 10_000  # the unlinked start hidden
        page.uncheck("#hide-isolated")
        assert page.evaluate("window.kgVisibleNodeIds().length") == 10_000
        page.fill("#search", "Entity 1234")
        page.press("#search", "Enter")
        assert page.evaluate("window.kgNetwork.getSelectedNodes()") == ["https://w3id.org/policy-kg/id/x/1234"]
        assert errors == []


def test_a_focus_with_nothing_to_show_warns(built, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    from kg.network import project

    root, _ = built
    with KGStore(root / "store", read_only=True) as st:
        graph = project(st)
    lonely = next(graph.nodes[n]["label"] for n in sorted(graph) if graph.degree(n) == 0)
    result = CliRunner().invoke(main, ["viz", "--store", str(root / "store"), "--focus", lonely,
                                       "-o", str(tmp_path / "lonely.html")])
    assert result.exit_code == 0
    assert f"Warning: {lonely} has no relations to show" in result.output
    assert "has no relations to show" in _data((tmp_path / "lonely.html").read_text(encoding="utf-8"))["thinned"]
