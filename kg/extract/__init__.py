"""Extraction: Documents in, entities, relations and topics out, with spaCy plus rules kept in ontology/.

extractor (the facade) runs the readers in turn: mentions (names and their types, with entity_types,
name_edges and acronyms), entities (grouping and naming), relations (trigger words and structure, with
phrases, coref, agents, objects, posts, evidence, appointments announced before the appointee and sums listed
under a heading) and topics; pipeline registers our spaCy components; parallel runs extraction in several
processes. Imports vocab, resolve and model; nothing from store, sparql, ingest or build.
"""

from __future__ import annotations

from .extractor import CHUNK_CHARS, Extractor, chunk_text
from .parallel import default_workers, extract_on_dask, extract_parallel
from .pipeline import DEFAULT_MODEL, MODEL_ENV, load_pipeline

__all__ = ["CHUNK_CHARS", "DEFAULT_MODEL", "MODEL_ENV", "Extractor", "chunk_text", "default_workers", "extract_on_dask",
           "extract_parallel", "load_pipeline"]
