"""Where the graph lives: an Oxigraph folder (store.oxigraph) or a SPARQL 1.1 server (store.remote),
behind one interface (store.base). `connect` picks the backend from the location. Imports rdf, model,
vocab and sparql (bind, canned); nothing from build, cli or server.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .base import DEFAULT_STORE, STORE_ENV, StoreBase, default_store_path
from .oxigraph import KGStore
from .remote import RemoteStore, is_remote

__all__ = ["DEFAULT_STORE", "STORE_ENV", "KGStore", "RemoteStore", "StoreBase", "connect", "default_store_path",
           "is_remote", "open_store"]


def connect(location: str | Path | None = None, *, create: bool = False, read_only: bool = False) -> StoreBase:
    """A store folder, or a SPARQL endpoint when *location* is an http(s) URL."""
    if location is not None and is_remote(location):
        return RemoteStore(str(location), read_only=read_only)
    return KGStore(location, create=create, read_only=read_only)


@contextmanager
def open_store(path: str | Path | None = None, *, create: bool = False, read_only: bool = False) -> Iterator[StoreBase]:
    """Open a store (folder or endpoint) for the duration of a with-block."""
    store = connect(path, create=create, read_only=read_only)
    try:
        yield store
    finally:
        store.close()
