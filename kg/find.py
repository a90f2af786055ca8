"""Find entities by label or alias, case-insensitively, with suggestions when nothing matches."""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from .errors import KGError

if TYPE_CHECKING:
    import networkx as nx


def find_entity(graph: nx.Graph, name: str) -> str:
    """The node whose label or alias equals *name*; a full IRI is accepted as it is."""
    if name in graph:
        return name
    wanted = name.strip().casefold()
    forms: dict[str, set[str]] = {}
    for node, attrs in graph.nodes(data=True):
        for form in [attrs.get("label", ""), *attrs.get("aliases", [])]:
            forms.setdefault(form.casefold(), set()).add(node)
    hits = forms.get(wanted, set())
    if len(hits) == 1:
        return next(iter(hits))
    if len(hits) > 1:
        labels = sorted(f"{graph.nodes[n]['label']} ({graph.nodes[n]['type']})" for n in hits)
        raise KGError(f"'{name}' is ambiguous: {', '.join(labels)}; give the full IRI")
    close = difflib.get_close_matches(wanted, list(forms), n=3, cutoff=0.6)
    close += [f for f in forms if wanted in f and f not in close][: 3 - len(close)]
    hint = f"; did you mean {', '.join(repr(graph.nodes[next(iter(forms[c]))]['label']) for c in close)}?" if close else ""
    raise KGError(f"no entity called '{name}'{hint}")
