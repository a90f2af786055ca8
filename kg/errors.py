"""The library's own exceptions. Only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class KGError(Exception):
    """Base class: every error the library raises on purpose, with a message meant for a user."""


class InputError(KGError):
    """An input file or folder cannot be read or holds no usable article."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class StoreError(KGError):
    """The RDF store cannot be opened, read or written."""


class QueryError(KGError):
    """A SPARQL query is malformed or failed; the message carries the parser's words."""


class ModelError(KGError):
    """The spaCy pipeline cannot be loaded."""


class OntologyError(KGError):
    """A data file under ontology/ is missing or malformed."""
