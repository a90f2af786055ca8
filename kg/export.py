"""`kg export`: the graph as RDF (Turtle, N-Triples, N-Quads, TriG, JSON-LD) or for network and
spreadsheet tools (GraphML, GEXF, CSV), whole or as a subset, always in a stable order."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .describe import dataset_description
from .errors import KGError
from .rdf import INFERRED_GRAPH, SUMMARY_GRAPH
from .rdf import to_ox as _ox
from .store import StoreBase
from .vocab.namespace import ID_BASE, PREFIXES, SERIALIZATION_PREFIXES

RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}
NETWORK_FORMATS = ("graphml", "gexf", "csv")
FORMATS = (*RDF_FORMATS, *NETWORK_FORMATS)
QUAD_FORMATS = {"nq", "trig"}
JSONLD_CONTEXT = {
    **{p: ns for p, ns in PREFIXES.items() if p not in {"id", "topic"}},
    "@base": ID_BASE,
    "label": "rdfs:label",
    "altLabel": "skos:altLabel",
    "prefLabel": "skos:prefLabel",
    "title": "dcterms:title",
    "source": {"@id": "dcterms:source", "@type": "@id"},
    "sourcePath": "kg:sourcePath",
    "creator": {"@id": "dcterms:creator", "@type": "@id"},
    "publisher": {"@id": "dcterms:publisher", "@type": "@id"},
    "byline": "kg:byline",
    "subject": {"@id": "dcterms:subject", "@type": "@id"},
    "mentions": {"@id": "kg:mentions", "@type": "@id"},
    "evidence": "kg:evidence",
    "confidence": {"@id": "kg:confidence", "@type": "xsd:decimal"},
    "derivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
}


def guess_format(path: str | Path) -> str:
    """Format from a file name's suffix; Turtle when unknown."""
    suffix = Path(path).suffix.lower().lstrip(".")
    aliases = {"turtle": "ttl", "json": "jsonld", "json-ld": "jsonld", "n3": "ttl", "xml": "graphml"}
    suffix = aliases.get(suffix, suffix)
    return suffix if suffix in FORMATS else "ttl"


def export(store: StoreBase, out: str | Path | BinaryIO, fmt: str | None = None, *, subset: set[str] | None = None,
           include_inferred: bool = False, min_confidence: float = 0.0) -> Path | None:
    """Write the store (or the *subset* of resources) to *out*: a path, '-' or a binary stream.

    CSV writes nodes.csv and edges.csv into the folder *out*. Returns the path written.
    """
    to_stdout = not isinstance(out, (str, Path)) or str(out) == "-"
    fmt = fmt or ("ttl" if to_stdout else guess_format(out))
    if fmt not in FORMATS:
        raise KGError(f"unknown export format '{fmt}'; choose one of {', '.join(FORMATS)}")
    if fmt in NETWORK_FORMATS:
        if to_stdout:
            raise KGError(f"{fmt} export needs a file or folder: give -o PATH")
        return _export_network(store, Path(out), fmt, subset, min_confidence)
    skip = {SUMMARY_GRAPH.value} | (set() if include_inferred else {INFERRED_GRAPH.value})  # the summary is derived; kg build remakes it
    about = [] if subset is not None else dataset_description(store, dump=os.environ.get("KG_DUMP_URL"),
                                                               endpoint=os.environ.get("KG_ENDPOINT_URL"))
    low = _below(store, min_confidence) if min_confidence > 0 else None
    if fmt in QUAD_FORMATS or fmt == "jsonld":  # named graphs kept: each article's statements stay in its graph
        data: Iterable = [q for q in store.quads() if q.graph_name.value not in skip
                          and (subset is None or _in_subset(q.triple, subset))]
        data += [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in about]
    else:
        data = [t for t in store.triples(exclude_graphs=tuple(skip))
                if subset is None or _in_subset(t, subset)] + about
    if low is not None:
        data = [q for q in data if not _dropped(q, low)]
    payload = _jsonld_dataset(data) if fmt == "jsonld" else ox.serialize(
        data, None, RDF_FORMATS[fmt], prefixes=SERIALIZATION_PREFIXES if fmt in {"ttl", "trig"} else None)
    if to_stdout:
        (sys.stdout.buffer if isinstance(out, (str, Path)) else out).write(payload)
        return None
    return _atomic_write(Path(out), payload)


def _below(store: StoreBase, min_confidence: float) -> tuple[set[str], set[tuple[str, str, str]]]:
    """Statements under *min_confidence*, and the direct triples that only such statements support."""
    from .sparql.canned import internal

    low, weak, strong = set(), set(), set()
    for st, s, p, o, conf in store.select_values(internal("statement-confidences")):
        (low.add(st), weak.add((s, p, o))) if float(conf) < min_confidence else strong.add((s, p, o))
    return low, weak - strong


def _dropped(item, low: tuple[set[str], set[tuple[str, str, str]]]) -> bool:
    statements, triples = low
    t = item.triple if isinstance(item, ox.Quad) else item
    return t.subject.value in statements or (t.subject.value, t.predicate.value, getattr(t.object, "value", "")) in triples


def _atomic_write(path: Path, payload: bytes) -> Path:
    """Write beside the target and rename, so a failed export never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(payload)
    tmp.replace(path)
    return path


def _in_subset(triple: ox.Triple, subset: set[str]) -> bool:
    """A triple belongs to a subset when its subject does and its object is a literal, a class or in it."""
    if triple.subject.value not in subset:
        return False
    obj = triple.object
    return not isinstance(obj, ox.NamedNode) or obj.value in subset or not obj.value.startswith(ID_BASE)


def _jsonld(triples: list[ox.Triple]) -> bytes:
    """Compact JSON-LD with a readable @context, nodes sorted by @id so output is stable."""
    import rdflib

    graph = rdflib.Graph().parse(data=ox.serialize(triples, None, ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    doc = json.loads(graph.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True))
    nodes = doc.get("@graph", [])
    if isinstance(nodes, list):
        doc["@graph"] = sorted(nodes, key=lambda n: str(n.get("@id", "")))
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _jsonld_dataset(quads: list[ox.Quad]) -> bytes:
    """JSON-LD of a dataset: the default graph's nodes at the top, each named graph as a node with its own @graph."""
    import rdflib

    ds = rdflib.Dataset()
    ds.parse(data=ox.serialize(quads, None, ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    doc = json.loads(ds.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True))
    nodes = doc.get("@graph", [])
    if isinstance(nodes, list):
        for node in nodes:
            if isinstance(node.get("@graph"), list):
                node["@graph"] = sorted(node["@graph"], key=lambda n: str(n.get("@id", "")))
        doc["@graph"] = sorted(nodes, key=lambda n: str(n.get("@id", "")))
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def subset_resources(store: StoreBase, *, focus: str | None = None, depth: int = 1, topic: str | None = None,
                     construct: str | None = None) -> set[str] | list[ox.Triple]:
    """The resources of a subset: an entity's neighbourhood or a topic's entities, with the statements
    and articles that connect them. A CONSTRUCT query returns its own triples instead."""
    from .network import project
    from .viz import VizOptions, select

    if construct is not None:
        from .sparql import run_query

        result = run_query(store, construct)
        if result.type != "CONSTRUCT":
            raise KGError("--subset-query needs a CONSTRUCT query")
        return [ox.Triple(_ox(s), _ox(p), _ox(o)) for s, p, o in result.graph]
    graph = project(store)
    g, _ = select(graph, VizOptions(focus=focus, depth=depth, topic=topic, max_nodes=10**9))
    keep = set(g.nodes)
    for _, _, attrs in g.edges(data=True):
        keep.add(attrs["article"])
    keep |= {key for _, _, key in g.edges(keys=True)}  # statement nodes
    return keep



def write_triples(triples: list[ox.Triple], out: str | Path, fmt: str | None = None) -> Path | None:
    """Write an explicit list of triples (a CONSTRUCT subset) in an RDF format."""
    fmt = fmt or (guess_format(out) if str(out) != "-" else "ttl")
    if fmt not in RDF_FORMATS or fmt in QUAD_FORMATS:
        raise KGError(f"a CONSTRUCT subset can be written as ttl, nt or jsonld, not {fmt}")
    triples = sorted(set(triples), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    payload = _jsonld(triples) if fmt == "jsonld" else ox.serialize(triples, None, RDF_FORMATS[fmt],
                                                                     prefixes=SERIALIZATION_PREFIXES if fmt == "ttl" else None)
    if str(out) == "-":
        sys.stdout.buffer.write(payload)
        return None
    return _atomic_write(Path(out), payload)


def _export_network(store: StoreBase, out: Path, fmt: str, subset: set[str] | None, min_confidence: float = 0.0) -> Path:
    """GraphML, GEXF or CSV from the networkx projection, with label, type, degree and predicate."""
    import networkx as nx

    from .network import project
    from .viz import STYLES

    graph = project(store, min_confidence=min_confidence)
    if subset is not None:
        graph = graph.subgraph([n for n in graph if n in subset]).copy()
    flat = nx.MultiDiGraph()
    for node, a in sorted(graph.nodes(data=True)):
        attrs = {"label": a["label"], "type": a["type"], "aliases": "; ".join(a["aliases"]),
                 "degree": graph.degree(node), "articles": a["articles"], "topics": "; ".join(a["topics"]),
                 "color": STYLES.get(a["type"], STYLES["_default"])["color"]}
        if fmt == "gexf":
            hexcol = attrs["color"].lstrip("#")
            attrs["viz"] = {"color": {"r": int(hexcol[0:2], 16), "g": int(hexcol[2:4], 16), "b": int(hexcol[4:6], 16), "a": 1.0},
                            "size": float(graph.degree(node) + 1)}
        flat.add_node(node, **attrs)
    for u, v, key, a in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        flat.add_edge(u, v, key=key, predicate=a["predicate"], label=a["predicate"], evidence=a["evidence"],
                      article=a["article"], title=a["title"], confidence=a["confidence"],
                      **({"id": key} if fmt == "gexf" else {}))
    if fmt == "graphml":
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".tmp")
        nx.write_graphml(flat, tmp)  # key ids d0, d1, …: node and edge 'label' keys must not share an id
        tmp.replace(out)
        return out
    if fmt == "gexf":
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".tmp")
        flat.graph["name"] = "policy-kg"
        nx.write_gexf(flat, tmp, version="1.2draft")
        _tidy_gexf(tmp)
        tmp.replace(out)
        return out
    folder = out if not out.suffix else out.parent
    folder.mkdir(parents=True, exist_ok=True)
    _write_csv(folder / "nodes.csv", ["id", "label", "type", "aliases", "degree", "articles", "topics"],
               ([n, a["label"], a["type"], a["aliases"], a["degree"], a["articles"], a["topics"]] for n, a in flat.nodes(data=True)))
    _write_csv(folder / "edges.csv", ["source", "target", "predicate", "evidence", "article", "title", "confidence"],
               ([u, v, a["predicate"], a["evidence"], a["article"], a["title"], a["confidence"]] for u, v, a in flat.edges(data=True)))
    return folder


def _tidy_gexf(path: Path) -> None:
    """networkx records multigraph edge keys as a 'networkx_key' attribute; the edge's id carries the key
    already (the statement IRI), so the attribute is dropped to keep the file plain GEXF 1.2."""
    from lxml import etree

    tree = etree.parse(str(path))
    ns = {"g": tree.getroot().nsmap.get(None, "")}
    for attr in tree.xpath("//g:attributes/g:attribute[@title='networkx_key']", namespaces=ns):
        ident = attr.get("id")
        attr.getparent().remove(attr)
        for value in tree.xpath(f"//g:attvalue[@for='{ident}']", namespaces=ns):
            value.getparent().remove(value)
    tree.write(str(path), xml_declaration=True, encoding="utf-8", pretty_print=True)


def _write_csv(path: Path, header: list[str], rows: Iterable[list]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    tmp.replace(path)
