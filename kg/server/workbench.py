"""The analyst's pages that read the store directly rather than through the query workers: search and
name resolution, browse views, article pages, the explorer around an entity, and reconciliation.

Imports store (connect), server.pages, server.workers (QueryFailed) and the library modules each page needs.
"""

from __future__ import annotations

import json

from ..errors import QueryError
from . import pages
from .workers import QueryFailed


class Workbench:
    """Pages and JSON answers over the store named in the server's configuration."""

    def __init__(self, config) -> None:
        self.config = config

    def resolve_name(self, name: str) -> str:
        """An entity's IRI from its name, alias or acronym; 404 with suggestions when none (or several) match."""
        from ..lookup import resolve_entity
        from ..store import connect

        try:
            with connect(self.config.store, create=False, read_only=True) as store:
                return resolve_entity(store, name)
        except QueryError as exc:
            raise QueryFailed(404, str(exc)) from None

    def suggestions(self, text: str) -> tuple:
        """JSON suggestions for a search box: entities whose names contain, start with or nearly match *text*."""
        from ..lookup import suggest
        from ..store import connect

        with connect(self.config.store, create=False, read_only=True) as store:
            found = suggest(store, text[:200])
        return 200, "application/json; charset=utf-8", json.dumps(found, ensure_ascii=False).encode()

    def resolve(self, name: str) -> tuple:
        """JSON {"iri": …} for a name, or 404 with the suggestions in the message."""
        try:
            iri = self.resolve_name(name[:300])
        except QueryFailed as exc:
            return 404, "application/json; charset=utf-8", json.dumps({"error": exc.message}).encode()
        return 200, "application/json; charset=utf-8", json.dumps({"iri": iri}).encode()

    def browse(self, view: str, params: dict[str, str]) -> tuple:
        """A browse view as a page, or all its filtered rows as CSV or JSON (params["format"])."""
        from ..browse import browse, download
        from ..store import connect

        with connect(self.config.store, create=False, read_only=True) as store:
            result = browse(store, view, params)
        if params.get("format"):
            ctype, body = download(result, params["format"])
            name = f"policy-kg-{view}.{params['format']}"
            return 200, ctype, body, {"Content-Disposition": f'attachment; filename="{name}"'}
        return 200, "text/html; charset=utf-8", pages.browse_page(result, params)

    def reconcile(self, base: str, queries: str | None, query: str | None, extension: str | None = None) -> tuple:
        """The W3C Entity Reconciliation API: the manifest, answers to a batch or to one query, or the values
        of properties for matched entities (data extension)."""
        from ..reconcile import answer, extend, manifest
        from ..store import connect

        if queries is None and query is None and extension is None:
            body = manifest(base)
        else:
            with connect(self.config.store, create=False, read_only=True) as store:
                body = extend(store, extension) if extension is not None else answer(store, queries=queries, query=query)
        return 200, "application/json; charset=utf-8", json.dumps(body, ensure_ascii=False).encode()

    def reconcile_preview(self, local_id: str) -> bytes:
        from ..reconcile import preview
        from ..store import connect

        try:
            with connect(self.config.store, create=False, read_only=True) as store:
                found = preview(store, local_id)
        except QueryError as exc:
            raise QueryFailed(404, str(exc)) from None
        return pages.reconcile_preview(found)

    def article_page(self, iri: str) -> bytes:
        from ..reading import article_view
        from ..store import connect

        try:
            with connect(self.config.store, create=False, read_only=True) as store:
                view = article_view(store, iri)
        except QueryError as exc:
            raise QueryFailed(404, str(exc)) from None
        return pages.article_page(view)

    def graph_page(self, focus: str, depth: int = 1) -> bytes:
        from ..network import project
        from ..store import connect
        from ..viz import VizOptions, page_data, render_html, select

        with connect(self.config.store, create=False, read_only=True) as store:
            graph = project(store)
        g, note = select(graph, VizOptions(focus=focus, depth=depth))
        label = graph.nodes[focus]["label"] if focus in graph else focus
        return render_html(page_data(g, note), title=f"Graph around {label}", served=True).encode()
