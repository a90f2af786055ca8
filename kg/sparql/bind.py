"""Values bound into SPARQL as RDF terms, never pasted into the text: parameter values to terms, and
VALUES blocks for engines that cannot substitute. Imports nothing from store.
"""

from __future__ import annotations

import re

from ..errors import QueryError
from ..vocab.namespace import PREFIXES


def to_term(value: str):
    """A parameter value as an RDF term: <IRI>, prefixed name (kg:fined), or a plain string."""
    from rdflib import Literal, URIRef

    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if value.startswith(("http://", "https://", "urn:")):
        return URIRef(value)
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and " " not in value:
        return URIRef(PREFIXES[prefix] + local)
    return Literal(value)


def with_values(text: str, bindings: dict) -> str:
    """Bind variables with a VALUES block; values are written as RDF terms (IRIs and escaped literals),
    so a value can never change the query's structure.

    The block goes into the innermost sub-select that projects every bound variable (the canned list
    queries select a page in a sub-select, and a value must narrow that page, not filter it afterwards),
    otherwise at the start of the outermost WHERE.
    """
    if not bindings:
        return text
    block = " ".join(f"VALUES ?{str(k)} {{ {' '.join(x.n3() for x in (v if isinstance(v, (list, tuple)) else [v]))} }}"
                     for k, v in bindings.items())
    names = {str(k) for k in bindings}
    selects = list(re.finditer(r"\bSELECT\b(.*?)\bWHERE\s*\{", text, re.I | re.S))
    for m in reversed(selects[1:]):
        projected = set(re.findall(r"\?(\w+)", m.group(1)))
        if names <= projected or m.group(1).strip().startswith("*"):
            return text[: m.end()] + " " + block + " " + text[m.end():]
    m = re.search(r"WHERE\s*\{", text, re.I)
    if m is None:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    return text[: m.end()] + " " + block + " " + text[m.end():]


def drop_graph(graph) -> str:
    """SPARQL Update dropping one named graph, the graph written as a term (N-Triples syntax), never as raw text."""
    value = getattr(graph, "value", None) or str(graph)
    from rdflib import URIRef

    return f"DROP SILENT GRAPH {URIRef(value).n3()}"
