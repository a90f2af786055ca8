"""`kg export`: the store as Turtle, N-Triples, N-Quads, TriG or JSON-LD, in a stable order."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .errors import KGError
from .namespace import PREFIXES
from .store import KGStore

RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}
QUAD_FORMATS = {"nq", "trig"}
SUFFIXES = {"ttl": ".ttl", "nt": ".nt", "nq": ".nq", "trig": ".trig", "jsonld": ".jsonld"}


def guess_format(path: str | Path) -> str:
    """Format from a file name's suffix; Turtle when unknown."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return {"turtle": "ttl", "json": "jsonld", "json-ld": "jsonld", "n3": "ttl"}.get(suffix, suffix) \
        if suffix in RDF_FORMATS or suffix in {"turtle", "json", "json-ld"} else "ttl"


def export(store: KGStore, out: str | Path | BinaryIO, fmt: str | None = None) -> Path | None:
    """Write the store to *out* (a path, or '-' / a binary stream for stdout). Returns the path written."""
    fmt = fmt or (guess_format(out) if isinstance(out, (str, Path)) and str(out) != "-" else "ttl")
    if fmt not in RDF_FORMATS:
        raise KGError(f"unknown export format '{fmt}'; choose one of {', '.join(RDF_FORMATS)}")
    data = store.quads() if fmt in QUAD_FORMATS else store.triples()
    prefixes = PREFIXES if fmt in {"ttl", "trig"} else None
    if isinstance(out, (str, Path)) and str(out) == "-":
        out = sys.stdout.buffer
    if isinstance(out, (str, Path)):
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        ox.serialize(data, str(tmp), RDF_FORMATS[fmt], prefixes=prefixes)
        tmp.replace(path)  # never leave a half-written export behind
        return path
    out.write(ox.serialize(data, None, RDF_FORMATS[fmt], prefixes=prefixes))
    return None
