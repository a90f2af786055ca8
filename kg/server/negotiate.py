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
