"""A mention: a token span of a parsed article that names something, with its type and where the type came
from. Shared by the mention, acronym, entity and relation readers. Imports model only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Entity


@dataclass
class Mention:
    """A name in the text, before mentions of the same thing are merged."""

    start: int  # token index
    end: int
    text: str
    type: str
    source: str  # "gazetteer", "head", "context" or "spacy"
    gaz_id: str | None = None
    entity: Entity | None = field(default=None, repr=False)
