"""Shared fixtures: one spaCy pipeline and one built store per test session, so the suite stays fast."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Document

FIXTURES = Path(__file__).parent / "fixtures"


def free_port() -> int:
    """A TCP port nobody listens on, for a test server."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def extractor():
    from kg.extract import Extractor

    ex = Extractor()
    _ = ex.nlp  # load once
    return ex


@pytest.fixture(scope="session")
def extract(extractor):
    """Extract one sentence or short text as an article; returns the ArticleExtraction."""

    def run(text: str, title: str = "Test article"):
        return extractor.extract_one(Document(title=title, text=text, source="test"))

    return run


@pytest.fixture(scope="session")
def built(tmp_path_factory, extractor):
    """The bundled corpus built into a fresh store, with the default exports."""
    from kg.build import build

    root = tmp_path_factory.mktemp("built")
    report = build(store_path=root / "store", exports_dir=root / "exports", quiet=True, extractor=extractor)
    return root, report


@pytest.fixture()
def store(built):
    from kg.store import KGStore

    root, _ = built
    with KGStore(root / "store", create=False) as st:
        yield st


def relations_of(extraction) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.predicate, r.object.name) for r in extraction.relations}


def entity_named(extraction, name: str):
    for e in extraction.entities:
        if e.name == name or name in e.aliases:
            return e
    raise AssertionError(f"{name!r} not among {[e.name for e in extraction.entities]}")
