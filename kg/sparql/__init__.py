"""SPARQL: canned queries (canned), values bound as terms (bind), running queries (run), formatting
results for people (format) and for the SPARQL protocol (results). Imports vocab and rdf, never store.
"""

from __future__ import annotations

from .bind import to_term, with_values
from .canned import CannedQuery, canned_queries, get_canned
from .format import format_result, rows
from .run import run_canned, run_query

__all__ = ["CannedQuery", "canned_queries", "format_result", "get_canned", "rows", "run_canned", "run_query", "to_term",
           "with_values"]
