"""Content negotiation for the SPARQL protocol: which result format the client's Accept header asks for."""

from __future__ import annotations


def _accept_format(accept: str, kinds: dict[str, str], default: str) -> str:
    """The first of the client's Accept types that we can produce."""
    by_type = {v: k for k, v in kinds.items()}
    by_type.update({"application/json": "json", "application/xml": "xml", "text/xml": "xml"} if "json" in kinds else
                   {"application/x-turtle": "ttl", "application/json": "jsonld"})
    for part in accept.split(","):
        mime = part.split(";")[0].strip().lower()
        if mime in by_type and by_type[mime] in kinds:
            return by_type[mime]
    return default
