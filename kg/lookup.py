"""Entities named the way people name them: a label, alias or acronym, any case, with or without 'the',
quotes or punctuation — or an IRI. A miss or an ambiguity is an error with 'did you mean …', never an empty
result. Used wherever a command, a canned query or a page takes an entity. Imports sparql and errors.
"""

from __future__ import annotations

import difflib
import re

from .errors import QueryError
from .sparql import run_canned
from .sparql.canned import internal

_PUNCT = re.compile(r"[^\w\s&]+")


def normalise(name: str) -> str:
    """'The Information Commissioner’s Office' and 'information commissioners office' meet here."""
    text = name.replace("’", "'").casefold().strip()
    text = re.sub(r"^the\s+", "", text)
    text = text.replace("'", "")  # 'Commissioner's' and 'Commissioners' meet
    return " ".join(_PUNCT.sub(" ", text).split())


def is_iri_like(value: str) -> bool:
    value = value.strip()
    return value.startswith(("<", "http://", "https://", "urn:")) or bool(re.match(r"^[a-z]+:[^\s]+$", value))


def resolve_entity(store, name: str) -> str:
    """The IRI of the one entity called *name*; QueryError with suggestions otherwise."""
    if is_iri_like(name):
        return name
    hits = {str(r["entity"]): (str(r["label"]), str(r["type"]).rsplit("#", 1)[-1])
            for r in run_canned(store, "find-entity", {"name": name.strip()})}
    if not hits:  # the exact lower-cased form missed: compare normalised forms of every name
        wanted = normalise(name)
        keys: dict[str, set[str]] = {}
        for key, entity in store.select_values(internal("name-keys")):
            keys.setdefault(normalise(key), set()).add(entity)
        entities = keys.get(wanted, set())
        if len(entities) == 1:
            return next(iter(entities))
        if not entities:
            close = difflib.get_close_matches(wanted, list(keys), n=3, cutoff=0.6)
            hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
            raise QueryError(f"no entity called '{name}'{hint}")
        hits = {e: (e.rsplit("/", 1)[-1], e.rsplit("/", 2)[-2]) for e in entities}
    if len(hits) == 1:
        return next(iter(hits))
    listing = ", ".join(f"{label} ({etype}: {iri})" for iri, (label, etype) in sorted(hits.items()))
    raise QueryError(f"'{name}' names more than one entity: {listing}; give the IRI")


def resolve_params(store, query_name: str, params: dict[str, str]) -> dict[str, str]:
    """A canned query's parameters with entity names turned into IRIs (the parameters its header lists
    under '# names:')."""
    from .sparql import get_canned

    wanted = get_canned(query_name).names
    return {k: (resolve_entity(store, v) if k in wanted and v.strip() else v) for k, v in params.items()}


def suggest(store, text: str, limit: int = 10) -> list[dict[str, str]]:
    """Entities whose names contain *text*, or are close to it (misspellings), best first: for search boxes."""
    wanted = normalise(text)
    if not wanted:
        return []
    keys: dict[str, set[str]] = {}
    for key, entity in store.select_values(internal("name-keys")):
        keys.setdefault(normalise(key), set()).add(entity)
    starts = sorted(k for k in keys if k.startswith(wanted))
    contains = sorted(k for k in keys if wanted in k and not k.startswith(wanted))
    close = difflib.get_close_matches(wanted, list(keys), n=limit, cutoff=0.6)
    seen: dict[str, None] = {}
    for key in [*starts, *contains, *close]:
        for entity in sorted(keys[key]):
            seen.setdefault(entity, None)
    entities = list(seen)[:limit]
    labels = {e: (label, etype.rsplit("#", 1)[-1]) for e, label, etype in store.select_values(internal("labels-of-all"))
              if e in seen} if entities else {}
    return [{"iri": e, "label": labels.get(e, (e.rsplit("/", 1)[-1], ""))[0], "type": labels.get(e, ("", ""))[1]}
            for e in entities]
