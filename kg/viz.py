"""`kg viz`: one self-contained HTML explorer (vis-network embedded, no network access needed).

The graph data travels as JSON inside a <script type="application/json"> block with '<', '>' and
'&' escaped, and the page builds every label and tooltip with textContent, so text from articles
is never interpreted as markup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import KGError
from .store import StoreBase

if TYPE_CHECKING:
    import networkx as nx

STYLES = {
    "Organisation": {"color": "#4e79a7", "shape": "dot"},
    "Person": {"color": "#e15759", "shape": "diamond"},
    "Place": {"color": "#59a14f", "shape": "triangle"},
    "Policy": {"color": "#f28e2b", "shape": "square"},
    "Programme": {"color": "#76b7b2", "shape": "hexagon"},
    "Publication": {"color": "#b07aa1", "shape": "star"},
    "Event": {"color": "#edc948", "shape": "triangleDown"},
    "_default": {"color": "#9c9c9c", "shape": "dot"},
}
VIS_VERSION = "vis-9.1.2"
LAYOUT_THRESHOLD = 1500  # above this many nodes the layout is computed in Python, not by browser physics


@dataclass
class VizOptions:
    """What part of the graph to draw."""

    focus: str | None = None
    depth: int = 1
    topic: str | None = None
    types: tuple[str, ...] = ()
    predicates: tuple[str, ...] = ()
    min_degree: int = 0
    comentions: bool = False
    max_nodes: int = 10_000
    min_confidence: float = 0.0  # statements below this confidence are left out
    title: str = "policy-kg explorer"


def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS, read from the pyvis package so the page needs no CDN."""
    base = resources.files("pyvis") / "lib" / VIS_VERSION
    try:
        return (base / "vis-network.min.js").read_text(encoding="utf-8"), (base / "vis-network.css").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KGError(f"vis-network files not found in the pyvis package ({base}); reinstall pyvis==0.3.2") from None


def safe_json(value: object) -> str:
    """JSON that cannot close the surrounding <script> element or open a comment."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _escape_text(text: str) -> str:
    from html import escape

    return escape(text, quote=True)


def select(graph: nx.MultiDiGraph, opts: VizOptions) -> tuple[nx.MultiDiGraph, str | None]:
    """Apply focus/topic/type/predicate/degree filters and the node cap; say so when thinned."""
    import networkx as nx

    g, note = graph, None
    if opts.predicates:
        keep = [(u, v, k) for u, v, k, p in g.edges(keys=True, data="predicate") if p in opts.predicates]
        g = g.edge_subgraph(keep).copy() if keep else nx.MultiDiGraph()
    if opts.types:
        g = g.subgraph([n for n, t in g.nodes(data="type") if t in opts.types]).copy()
    if opts.topic:
        topic = opts.topic.casefold()
        g = g.subgraph([n for n, ts in g.nodes(data="topics") if any(t.casefold() == topic for t in ts)]).copy()
    if opts.focus:
        from .find import find_entity

        center = find_entity(graph, opts.focus)
        label = graph.nodes[center]["label"]
        if center not in g:
            g = nx.MultiDiGraph()
            note = f"Nothing to show: {label} is left out by the type, topic or relation filters."
        else:
            nodes = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), center, cutoff=opts.depth)
            g = g.subgraph(nodes).copy()
            if g.number_of_nodes() == 1:
                note = (f"{label} has no relations to show here: it is mentioned, but no statement links it to "
                        "another entity (try --include-comentions, or fewer filters).")
    if opts.min_degree:
        g = g.subgraph([n for n in g if g.degree(n) >= opts.min_degree]).copy()
    if g.number_of_nodes() > opts.max_nodes:
        top = sorted(g.nodes, key=lambda n: (-g.degree(n), n))[: opts.max_nodes]
        note = (f"Thinned: showing the {opts.max_nodes:,} best-connected of {g.number_of_nodes():,} entities. "
                "Use the focus, type or topic options of kg viz to see the rest.")
        g = g.subgraph(top).copy()
    return g, note


def page_data(g: nx.MultiDiGraph, note: str | None = None) -> dict:
    """Everything the page script needs, as plain JSON-able data."""
    from collections import Counter

    nodes = []
    for n, attrs in sorted(g.nodes(data=True)):
        nodes.append({"id": n, "label": attrs["label"], "type": attrs["type"], "aliases": attrs.get("aliases", []),
                      "titles": attrs.get("titles", []), "topics": attrs.get("topics", []),
                      "size": g.degree(n) + 1})
    edges = []
    ordered = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[3]["predicate"], e[3]["evidence"], e[2]))
    for i, (u, v, key, attrs) in enumerate(ordered):
        edges.append({"id": f"e{i}", "from": u, "to": v, "predicate": attrs["predicate"],
                      "statement": "" if str(key).startswith("comention:") else str(key),
                      "evidence": attrs.get("evidence", ""), "title": attrs.get("title", ""),
                      "article": attrs.get("article", ""), "confidence": attrs.get("confidence", 0.0),
                      "weight": attrs.get("weight", 1)})
    positioned = len(nodes) > LAYOUT_THRESHOLD
    if positioned:  # too many nodes for the browser's physics to settle fast: lay out here, cheaply
        from .network import community_layout

        pos = community_layout(g)
        for n in nodes:
            n["x"], n["y"] = (round(c, 1) for c in pos.get(n["id"], (0.0, 0.0)))
    types = Counter(n["type"] for n in nodes)
    preds = Counter(e["predicate"] for e in edges)
    topics = sorted({t for n in nodes for t in n["topics"]})
    return {"nodes": nodes, "edges": edges, "styles": STYLES, "thinned": note, "positioned": positioned,
            "types": [{"name": t, "count": c} for t, c in sorted(types.items())],
            "predicates": [{"name": p, "count": c} for p, c in sorted(preds.items())], "topics": topics}


def render_html(data: dict, title: str = "policy-kg explorer", served: bool = False) -> str:
    """The explorer page with vis-network, styles and data inlined."""
    js, css = _vis_assets()
    template = resources.files("kg").joinpath("templates/explorer.html").read_text(encoding="utf-8")
    js = js.replace("</script", "<\\/script")
    data = {**data, "served": served}  # served: nodes and edges link to the server's entity and article pages
    return (template.replace("__TITLE__", _escape_text(title)).replace("__VIS_CSS__", css.replace("</style", ""))
            .replace("__DATA__", safe_json(data)).replace("__VIS_JS__", js))


def write_html(store: StoreBase, out: str | Path, opts: VizOptions | None = None) -> tuple[Path, str | None]:
    """Project the store, filter it, and write the explorer page to *out*; returns the path and the note the
    page shows when the graph was thinned or a focus found nothing to show."""
    from .network import project

    opts = opts or VizOptions()
    graph = project(store, comentions=opts.comentions, min_confidence=opts.min_confidence)
    g, note = select(graph, opts)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(render_html(page_data(g, note), opts.title), encoding="utf-8")
    tmp.replace(path)
    return path, note
