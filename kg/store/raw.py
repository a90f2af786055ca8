"""The extraction as it was written: beside a store folder, each article's quads (its graph and the
descriptions of the entities it names, labels included) exactly as the build wrote them, before any
reviewer's decision was applied. Reviews change the store in place; this copy is what the raw view
(`--raw`) is rebuilt from. Imports nothing from kg.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

FILE_NAME = "raw-extraction.sqlite"
_SCHEMA = "CREATE TABLE IF NOT EXISTS article (iri TEXT PRIMARY KEY, quads BLOB NOT NULL)"


class RawCopies:
    """Compressed N-Quads per article in one SQLite file; written with the article, removed with it."""

    def __init__(self, folder: Path, *, read_only: bool = False) -> None:
        self.path = Path(folder) / FILE_NAME
        if read_only:
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True) if self.path.exists() else None
        else:
            self._db = sqlite3.connect(self.path)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)

    def put(self, article: str, quads: list[ox.Quad]) -> None:
        """Keep one article's quads, replacing what was kept for it (a new row, so rows stay in write order)."""
        blob = zlib.compress(ox.serialize(quads, format=ox.RdfFormat.N_QUADS), 3)
        with self._db:
            self._db.execute("DELETE FROM article WHERE iri = ?", (article,))
            self._db.execute("INSERT INTO article (iri, quads) VALUES (?, ?)", (article, blob))

    def remove(self, articles: Iterable[str]) -> None:
        with self._db:
            self._db.executemany("DELETE FROM article WHERE iri = ?", ((a,) for a in articles))

    def articles(self) -> set[str]:
        if self._db is None:
            return set()
        return {iri for (iri,) in self._db.execute("SELECT iri FROM article")}

    def quads(self, articles: set[str] | None = None) -> Iterator[ox.Quad]:
        """The kept quads in the order the articles were written (of *articles* only, if given)."""
        if self._db is None:
            return
        for iri, blob in self._db.execute("SELECT iri, quads FROM article ORDER BY rowid"):
            if articles is None or iri in articles:
                yield from ox.parse(zlib.decompress(blob), format=ox.RdfFormat.N_QUADS)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
