"""Matching the names in an analyst's spreadsheet to entities: the W3C Entity Reconciliation API (the version
OpenRefine 3.x speaks) as plain functions — the service manifest, and batches of queries answered with
scored candidates. Names meet across case, punctuation, 'the', '&'/'and' and abbreviations such as 'CC'
(ontology/reconcile.json); aliases, acronyms and identifiers (GSS, UKPRN, ODS codes, GOV.UK pages) match too.

Imports lookup (normalise), sparql.canned, vocab and errors; the store is passed in.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import QueryError
from .lookup import normalise
from .sparql.canned import internal
from .vocab.namespace import ID_BASE, ONTOLOGY_IRI

if TYPE_CHECKING:
    from .store.base import StoreBase

MAX_QUERIES = 100  # queries in one batch
MAX_LIMIT = 50  # candidates a query may ask for
TYPES = ("Organisation", "Person", "Place", "Policy", "Programme", "Publication", "Event")


@lru_cache(maxsize=1)
def _rules() -> dict:
    from .vocab.resources import ontology_file

    return json.loads(ontology_file("reconcile.json").read_text(encoding="utf-8"))


def variants(name: str) -> set[str]:
    """The normalised forms a name can stand for: abbreviations expanded (each way, where a word has
    several), '&' read as 'and', and 'the' or 'of' dropped."""
    rules = _rules()
    name = re.sub(r"\b([A-Za-z])\.", r"\1", name)  # 'C.C.' is 'CC'
    words = normalise(name.replace("&", " and ").replace("+", " and ")).split()
    forms = [[]]
    for word in words:
        if word in rules["dropped_words"]:
            continue
        options = rules["abbreviations"].get(word, [word])
        forms = [f + option.split() for f in forms for option in options][:16]
    return {" ".join(f) for f in forms if f} or {normalise(name)}


def core(form: str) -> str:
    """A variant without its generic words: 'sunderland city council' -> 'sunderland council'."""
    generic = set(_rules()["generic_words"])
    return " ".join(w for w in form.split() if w not in generic)


@dataclass
class Candidate:
    iri: str
    name: str
    type: str
    score: float
    match: bool = False

    def to_json(self) -> dict:
        return {"id": self.iri.removeprefix(ID_BASE), "name": self.name, "score": round(self.score, 1),
                "match": self.match, "type": [{"id": self.type, "name": self.type}]}


@dataclass
class NameIndex:
    """Every entity's names in their normalised variants, read once from the store."""

    keys: dict[str, set[str]] = field(default_factory=dict)  # variant -> entities
    cores: dict[str, set[str]] = field(default_factory=dict)  # variant without generic words -> entities
    codes: dict[str, set[str]] = field(default_factory=dict)  # identifier (GSS, UKPRN, ODS...) -> entities
    labels: dict[str, tuple[str, str]] = field(default_factory=dict)  # entity -> (label, type)

    @classmethod
    def load(cls, store: StoreBase) -> NameIndex:
        index = cls()
        for entity, kind, label, name in store.select_values(internal("reconcile-names")):
            index.labels[entity] = (label, (kind or "").removeprefix(ONTOLOGY_IRI + "#"))
            for text in (label, name):
                if not text:
                    continue
                if ":" in text and not text.startswith("http"):  # scheme:code, e.g. gss:E08000021
                    index.codes.setdefault(normalise(text.split(":", 1)[1]), set()).add(entity)
                    continue
                for form in variants(text):
                    index.keys.setdefault(form, set()).add(entity)
                    index.cores.setdefault(core(form), set()).add(entity)
        return index

    def search(self, query: str, kind: str | None = None, limit: int = 5) -> list[Candidate]:
        """Candidates for one name, best first; the first is a match when it is near-certain and clearly
        ahead of the next."""
        rules = _rules()
        wanted = variants(query)
        scores: dict[str, float] = {}
        for entity in self.codes.get(normalise(query.split(":", 1)[-1]), ()):
            scores[entity] = 100.0
        for form in wanted:
            for entity in self.cores.get(core(form), ()):
                scores[entity] = max(scores.get(entity, 0.0), float(rules["core_score"]))
            for entity in self.keys.get(form, ()):
                scores[entity] = 100.0
            for key in difflib.get_close_matches(form, self.keys, n=limit * 4, cutoff=0.75):
                ratio = difflib.SequenceMatcher(None, form, key).ratio()
                for entity in self.keys[key]:
                    scores[entity] = max(scores.get(entity, 0.0), 95.0 * ratio)
        found = [Candidate(e, *self.labels[e], s) for e, s in scores.items()
                 if kind is None or self.labels[e][1] == kind]
        found.sort(key=lambda c: (-c.score, c.name.casefold(), c.iri))
        found = found[:limit]
        if found and found[0].score >= rules["match_score"] and (
                len(found) == 1 or found[0].score - found[1].score >= rules["match_margin"]):
            found[0].match = True
        return found


def manifest(base: str) -> dict:
    """The service manifest OpenRefine reads when the service is added."""
    return {
        "versions": ["0.1", "0.2"],
        "name": "policy-kg entities",
        "identifierSpace": ID_BASE,
        "schemaSpace": ONTOLOGY_IRI + "#",
        "defaultTypes": [{"id": t, "name": t} for t in TYPES],
        "view": {"url": base + "/id/{{id}}"},
        "preview": {"url": base + "/reconcile/preview?id={{id}}", "width": 420, "height": 110},
        "extend": {"propose_properties": {"service_url": base, "service_path": "/reconcile/properties"},
                   "property_settings": []},
    }


# the columns an analyst can pull into a spreadsheet (the Data Extension part of the API)
PROPERTIES = {"type": "Type", "label": "Preferred name", "aliases": "Other names", "gss": "GSS code",
              "ukprn": "UKPRN", "ods": "ODS code", "govuk": "GOV.UK page", "articles": "Articles naming it"}
MAX_EXTEND = 20  # properties in one extension request


def propose_properties(kind: str | None = None) -> dict:
    """The properties `extend` can fill, for a type (all types have the same)."""
    kind = (kind or "").removeprefix(ONTOLOGY_IRI + "#")
    if kind and kind not in TYPES:
        raise QueryError(f"unknown type '{kind[:40]}'; the types are {', '.join(TYPES)}")
    return {"type": kind or None, "properties": [{"id": k, "name": v} for k, v in PROPERTIES.items()]}


def extend(store: StoreBase, request: str) -> dict:
    """Values of the asked properties for the asked entities: {"meta": [...], "rows": {id: {property: [...]}}}."""
    from .vocab.namespace import PREFIXES

    try:
        spec = json.loads(request)
        ids = [str(i) for i in spec["ids"]]
        wanted = [str(p["id"]) if isinstance(p, dict) else str(p) for p in spec["properties"]]
    except (ValueError, KeyError, TypeError):
        raise QueryError("'extend' must be JSON such as {\"ids\": [\"organisation/nesta\"], "
                         "\"properties\": [{\"id\": \"gss\"}]}") from None
    if len(ids) > MAX_QUERIES or len(wanted) > MAX_EXTEND:
        raise QueryError(f"an extension takes at most {MAX_QUERIES} ids and {MAX_EXTEND} properties")
    unknown = [p for p in wanted if p not in PROPERTIES]
    if unknown:
        raise QueryError(f"unknown property '{unknown[0][:40]}'; the properties are {', '.join(PROPERTIES)}")
    iris = {ID_BASE + i: i for i in ids if re.fullmatch(r"[A-Za-z0-9._~%/-]+", i)}
    facts: dict[str, dict[str, list]] = {i: {p: [] for p in wanted} for i in ids}
    schema = PREFIXES["schema"]
    for e, d in store.entity_descriptions(iris).items():
        found = {"type": [{"str": t.removeprefix(ONTOLOGY_IRI + "#")} for t in d.types if t.startswith(ONTOLOGY_IRI)],
                 "label": [{"str": x} for x in d.labels], "aliases": [{"str": x} for x in d.aliases],
                 "govuk": [{"str": o} for p, o in d.other if p == schema + "sameAs"]}
        for p, o in d.other:
            if p == schema + "identifier" and ":" in o:
                found.setdefault(o.split(":", 1)[0], []).append({"str": o.split(":", 1)[1]})
        row = facts[iris[e]]
        for prop in row:
            row[prop] = found.get(prop, row[prop])
    if "articles" in wanted:
        counts: dict[str, int] = {}
        for _, e in store.select_in("article-mentions", "entity", iris):
            counts[e] = counts.get(e, 0) + 1
        for e, local in iris.items():
            facts[local]["articles"] = [{"int": counts.get(e, 0)}]
    for row in facts.values():
        for values in row.values():
            values.sort(key=lambda v: json.dumps(v, sort_keys=True))
    return {"meta": [{"id": p, "name": PROPERTIES[p]} for p in wanted], "rows": facts}


def _one(spec, index: NameIndex) -> dict:
    if isinstance(spec, str):
        spec = {"query": spec}
    if not isinstance(spec, dict) or not isinstance(spec.get("query"), str) or not spec["query"].strip():
        raise QueryError("each reconciliation query needs a non-empty 'query' string")
    kind = spec.get("type")
    if isinstance(kind, list):
        kind = kind[0] if kind else None
    if isinstance(kind, dict):
        kind = kind.get("id")
    if kind is not None:
        kind = str(kind).removeprefix(ONTOLOGY_IRI + "#")
        if kind not in TYPES:
            raise QueryError(f"unknown type '{kind[:40]}'; the types are {', '.join(TYPES)}")
    try:
        limit = max(1, min(MAX_LIMIT, int(spec.get("limit") or 5)))
    except (TypeError, ValueError):
        raise QueryError("'limit' must be a whole number") from None
    return {"result": [c.to_json() for c in index.search(spec["query"][:300], kind, limit)]}


def answer(store: StoreBase, queries: str | None = None, query: str | None = None) -> dict:
    """Answers to a batch (`queries`, a JSON object of named queries) or to one `query` (a name, or a JSON
    query object)."""
    index = NameIndex.load(store)
    if queries is not None:
        try:
            batch = json.loads(queries)
        except ValueError:
            raise QueryError("'queries' is not JSON; send an object such as {\"q0\": {\"query\": \"Kent CC\"}}") from None
        if not isinstance(batch, dict):
            raise QueryError("'queries' must be a JSON object of named queries")
        if len(batch) > MAX_QUERIES:
            raise QueryError(f"a batch holds at most {MAX_QUERIES} queries; this one has {len(batch)}")
        return {str(key): _one(spec, index) for key, spec in batch.items()}
    if query is None:
        raise QueryError("send 'queries' (a batch) or 'query'")
    try:
        spec = json.loads(query) if query.lstrip().startswith("{") else query
    except ValueError:
        spec = query
    return _one(spec, index)


def preview(store: StoreBase, local_id: str) -> dict:
    """What the preview pane shows for a candidate: label, type, aliases and identifiers."""
    iri = ID_BASE + local_id
    index = NameIndex.load(store)
    if iri not in index.labels:
        raise QueryError(f"no entity {local_id}")
    label, kind = index.labels[iri]
    names = sorted({n for n, es in {**index.keys, **index.codes}.items() if iri in es} - variants(label))
    return {"iri": iri, "label": label, "type": kind, "names": names[:8]}
