"""Content negotiation for the SPARQL protocol and linked data: which format the client's Accept header
asks for, honouring q-values (q=0 means 'not this'). Imports nothing from kg.
"""

from __future__ import annotations


def accepted(accept: str) -> list[str]:
    """Media types of an Accept header, most preferred first; types with q=0 are left out."""
    ranked = []
    for n, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        mime, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if mime and q > 0:
            ranked.append((-q, n, mime))
    return [mime for _, _, mime in sorted(ranked)]


def _accept_format(accept: str, kinds: dict[str, str], default: str) -> str:
    """The most preferred of the client's Accept types that we can produce (*/* and type/* take the default)."""
    by_type = {v: k for k, v in kinds.items()}
    by_type.update({"application/json": "json", "application/xml": "xml", "text/xml": "xml"} if "json" in kinds else
                   {"application/x-turtle": "ttl", "application/json": "jsonld"})
    for mime in accepted(accept):
        if mime in by_type and by_type[mime] in kinds:
            return by_type[mime]
        if mime == "*/*" or (mime.endswith("/*") and kinds.get(default, "").startswith(mime[:-1])):
            return default
    return default


def wants_html(accept: str) -> bool:
    """A browser (HTML before any RDF type) rather than a linked-data client."""
    for mime in accepted(accept):
        if mime in ("text/html", "application/xhtml+xml"):
            return True
        if mime in ("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml",
                    "application/x-turtle", "application/json"):
            return False
    return not accept


def format_as_accept(fmt: str, result_types: dict[str, str], graph_types: dict[str, str]) -> str:
    """The Accept header a ?format= parameter stands for (csv, tsv, json, xml for results; ttl, nt, jsonld,
    rdfxml for graphs), so a plain link can ask for a download; '' for an unknown format."""
    fmt = fmt.strip().lower()
    aliases = {"turtle": "ttl", "ntriples": "nt", "json-ld": "jsonld", "rdf": "rdfxml"}
    fmt = aliases.get(fmt, fmt)
    parts = [t for kinds in (result_types, graph_types) for k, t in kinds.items() if k == fmt]
    if fmt == "json":  # a graph asked for as json gets JSON-LD
        parts.append(graph_types["jsonld"] + ";q=0.9")
    if fmt in ("ttl", "nt", "jsonld", "rdfxml"):
        parts.append(result_types["json"] + ";q=0.9")  # a SELECT asked for as a graph format gets JSON
    return ", ".join(parts)
