import json
import re

from kg.model import ArticleExtraction, Document, Entity, Relation
from kg.store import KGStore
from kg.viz import write_html

PAYLOAD = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'


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
    doc = Document(title=PAYLOAD, text=PAYLOAD, source="evil.txt")
    a, b = Entity("Organisation", "Alpha " + PAYLOAD), Entity("Organisation", "Beta Council")
    rel = Relation(a, "partneredWith", b, PAYLOAD, 0, len(PAYLOAD), 0.9, "active")
    with KGStore(tmp_path / "s") as st:
        st.put_article(ArticleExtraction(doc, [a, b], [rel], []))
        html = write_html(st, tmp_path / "g.html").read_text(encoding="utf-8")
    assert "<img" not in html and "<script>alert" not in html
    data = _data(html)
    assert any(PAYLOAD in n["label"] for n in data["nodes"])  # kept as text, decoded by JSON.parse
    assert data["edges"][0]["evidence"] == PAYLOAD
