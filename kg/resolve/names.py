"""Entity labels and aliases recomputed from the articles that still mention the entity.

Each article's graph states the name it gives each entity it mentions (``kg:nameInArticle``) and the
other names it uses (``kg:aliasInArticle``). After a build, the entities it touched get their label and
aliases recomputed from those: an alias that no article uses any more disappears, and a label no article
uses any more gives way to the name most articles use. The entity's IRI never changes.

Imports ``sparql`` (the library's own queries) and ``rdf``; the build calls it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import pyoxigraph as ox

from ..rdf import ENTITIES_GRAPH, RDFS_LABEL, SKOS_ALT, lit
from ..sparql import with_values
from ..sparql.canned import internal

BATCH = 500


def choose_names(label: str, names: Counter, aliases: set[str]) -> tuple[str, set[str]]:
    """The label to keep (the current one while an article still uses it, else the most used name, the
    longest on a tie) and the aliases (every other form, case-insensitively distinct from the label)."""
    if names and label not in names:
        label = max(names, key=lambda n: (names[n], len(n), n))
    seen = {label.casefold()}
    out = set()
    for form in sorted(set(names) | aliases):
        if form.casefold() not in seen:
            seen.add(form.casefold())
            out.add(form)
    return label, out


def refresh_entity_names(store, iris: Iterable[str]) -> int:
    """Recompute labels and aliases of the entities *iris*; returns how many changed."""
    from rdflib import URIRef

    text = internal("entity-names")
    iris = sorted(set(iris))
    changed = 0
    for start in range(0, len(iris), BATCH):
        chunk = iris[start:start + BATCH]
        labels: dict[str, str] = {}
        names: dict[str, Counter] = defaultdict(Counter)
        aliases: dict[str, set[str]] = defaultdict(set)
        for entity, label, kind, form in store.select_values(with_values(text, {"entity": tuple(URIRef(i) for i in chunk)})):
            labels[entity] = label
            if kind == "name":
                names[entity][form] += 1
            else:
                aliases[entity].add(form)
        stored = _stored_aliases(store, list(labels))
        removed, added = [], []
        for entity, label in labels.items():
            if not names[entity]:
                continue  # built before articles recorded names: leave as it is
            new_label, new_aliases = choose_names(label, names[entity], aliases[entity])
            node = ox.NamedNode(entity)
            if new_label != label:
                removed.append(ox.Quad(node, RDFS_LABEL, lit(label), ENTITIES_GRAPH))
                added.append(ox.Quad(node, RDFS_LABEL, lit(new_label), ENTITIES_GRAPH))
            old_aliases = stored.get(entity, set())
            removed += [ox.Quad(node, SKOS_ALT, lit(a), ENTITIES_GRAPH) for a in sorted(old_aliases - new_aliases)]
            added += [ox.Quad(node, SKOS_ALT, lit(a), ENTITIES_GRAPH) for a in sorted(new_aliases - old_aliases)]
            changed += new_label != label or old_aliases != new_aliases
        store.change_quads(removed, added)
    return changed


def _stored_aliases(store, iris: list[str]) -> dict[str, set[str]]:
    from rdflib import URIRef

    out: dict[str, set[str]] = defaultdict(set)
    if iris:
        text = with_values(internal("entity-aliases"), {"entity": tuple(URIRef(i) for i in iris)})
        for entity, alias in store.select_values(text):
            out[entity].add(alias)
    return out
