"""Entities named the way people name them: a label, alias or acronym, any case, with or without 'the',
quotes or punctuation — or an IRI. A miss or an ambiguity is an error with 'did you mean …', never an empty
result. Used wherever a command, a canned query or a page takes an entity. Imports sparql and errors.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter

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


class NameIndex:
    """Every name key of a store, normalised, for look-ups by prefix, by substring and by near miss without
    reading the store again: built once per store state (see name_index)."""

    def __init__(self, rows) -> None:
        self.keys: dict[str, set[str]] = {}
        for key, entity in rows:
            self.keys.setdefault(normalise(key), set()).add(entity)
        self.ordered = sorted(self.keys)
        self.grams: dict[str, list[int]] = {}  # character trigram -> the keys (by position) that contain it
        for i, key in enumerate(self.ordered):
            for gram in _trigrams(key):
                self.grams.setdefault(gram, []).append(i)

    def starting(self, text: str) -> list[str]:
        i = bisect.bisect_left(self.ordered, text)
        out = []
        while i < len(self.ordered) and self.ordered[i].startswith(text):
            out.append(self.ordered[i])
            i += 1
        return out

    def close(self, text: str, n: int) -> list[str]:
        """Near misses, compared only with the keys that share most character trigrams with *text*, so a
        misspelling costs milliseconds on a large store (difflib over every key took seconds)."""
        shared: Counter = Counter()
        for gram in _trigrams(text):
            shared.update(self.grams.get(gram, ()))
        pool = [self.ordered[i] for i, _ in shared.most_common(CLOSE_POOL)]
        return difflib.get_close_matches(text, pool, n=n, cutoff=0.6)


CLOSE_POOL = 300  # keys compared in full for a near miss


def _trigrams(text: str) -> set[str]:
    padded = f"  {text} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


_INDEXES: dict[str, tuple[object, NameIndex]] = {}


def name_index(store) -> NameIndex:
    """The store's name index, kept while the store's summary stamp (or, without one, its size) is the
    same: rebuilt after any change to the names."""
    stamp = store.select_values(internal("summary-stamp"))
    state = stamp[0][0] if stamp else len(store)
    where = str(store.path)
    cached = _INDEXES.get(where)
    if cached is None or cached[0] != state:
        cached = _INDEXES[where] = (state, NameIndex(store.select_values(internal("name-keys"))))
    return cached[1]


def resolve_entity(store, name: str) -> str:
    """The IRI of the one entity called *name*; QueryError with suggestions otherwise."""
    if is_iri_like(name):
        return name
    hits = {str(r["entity"]): (str(r["label"]), str(r["type"]).rsplit("#", 1)[-1])
            for r in run_canned(store, "find-entity", {"name": name.strip()})}
    if not hits:  # the exact lower-cased form missed: compare normalised forms of every name
        wanted = normalise(name)
        index = name_index(store)
        entities = index.keys.get(wanted, set())
        if len(entities) == 1:
            return next(iter(entities))
        if not entities:
            close = index.close(wanted, 3)
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
    """Entities whose names start with or contain *text*, or are close to it (misspellings), best first:
    for search boxes. The substring and near-miss searches run only while too few are found."""
    from rdflib import URIRef

    from .sparql import with_values

    wanted = normalise(text)
    if not wanted:
        return []
    index = name_index(store)
    seen: dict[str, None] = {}

    def take(keys) -> None:
        for key in keys:
            for entity in sorted(index.keys[key]):
                seen.setdefault(entity, None)

    take(index.starting(wanted))
    if len(seen) < limit:
        take([k for k in index.ordered if wanted in k and not k.startswith(wanted)])
    if len(seen) < limit:
        take(index.close(wanted, limit))
    entities = list(seen)[:limit]
    labels = {}
    if entities:
        bound = {"e": tuple(URIRef(e) for e in entities)}
        labels = {e: (label, etype.rsplit("#", 1)[-1])
                  for e, label, etype in store.select_values(with_values(internal("labels-of-all"), bound))}
    return [{"iri": e, "label": labels.get(e, (e.rsplit("/", 1)[-1], ""))[0], "type": labels.get(e, ("", ""))[1]}
            for e in entities]
