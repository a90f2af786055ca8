"""Find the data that ships with the package (ontology files, canned queries, bundled corpus).

In a wheel they live under ``kg/_data``; in a source checkout (editable install) they are the
top-level ``ontology/`` and ``sources/`` folders beside the package.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import OntologyError

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # the kg package


@lru_cache(maxsize=None)
def data_dir(name: str) -> Path:
    """Return the folder of bundled data called *name* ("ontology" or "sources")."""
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise OntologyError(f"bundled folder '{name}' not found; reinstall policy-kg")


def ontology_file(name: str) -> Path:
    """Path of a file under ontology/, with a clear error if it is missing."""
    path = data_dir("ontology") / name
    if not path.is_file():
        raise OntologyError(f"ontology file '{name}' not found in {path.parent}")
    return path


def bundled_sources() -> Path:
    """The demo corpus that `kg build` reads when given no paths."""
    return data_dir("sources")
