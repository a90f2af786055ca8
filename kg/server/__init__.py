"""`kg serve`: the SPARQL 1.1 Protocol endpoint and the web pages, over any store.

app (queries, updates, pages; no HTTP), workers (query processes with time limits), negotiate (Accept),
pages (templates), http (routes and the error -> status table). Imports store, sparql, viz, network.
"""

from __future__ import annotations

from .app import App, ServerConfig
from .http import exposure_warning, make_server, serve
from .workers import QueryFailed

__all__ = ["App", "QueryFailed", "ServerConfig", "exposure_warning", "make_server", "serve"]
