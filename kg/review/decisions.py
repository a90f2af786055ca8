"""Review decisions: what they hold, their stable keys and ids, and how they are kept — as RDF in the review
graph of the store, and as JSON Lines for a team's git repository. Imports vocab, rdf and errors only.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

import pyoxigraph as ox

from ..errors import InputError
from ..vocab.namespace import GRAPH, ID_BASE, ONTOLOGY_IRI, PREDICATES

KINDS = ("accept", "reject", "retype", "rename", "merge", "add")
REVIEW_GRAPH = ox.NamedNode(str(GRAPH.review))
KG = ONTOLOGY_IRI + "#"


def statement_id(subject: str, predicate: str, obj: str, article: str) -> str:
    """A short id for what a statement says in an article: the same after any rebuild."""
    local = predicate.removeprefix(KG)
    return hashlib.sha1("|".join((subject, local, obj, article)).encode()).hexdigest()[:10]


@dataclass(frozen=True)
class Decision:
    """One reviewer's decision. *data* holds the target, keyed by what stays stable across rebuilds:
    accept/reject {subject, predicate, object, article}; retype {entity, type}; rename {entity, label};
    merge {keep, other}; add {subject, predicate, object, evidence, source?, amount?, currency?, date?}."""

    kind: str
    data: dict
    by: str = field(default_factory=lambda: _user())
    at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    note: str = ""

    @property
    def target(self) -> str:
        """What the decision is about; a later decision on the same target replaces it."""
        d = self.data
        if self.kind in ("accept", "reject"):
            return "statement:" + statement_id(d["subject"], d["predicate"], d["object"], d["article"])
        if self.kind == "merge":
            return "merge:" + d["other"]
        if self.kind == "add":
            return "add:" + statement_id(d["subject"], d["predicate"], d["object"], d.get("evidence", ""))
        return f"{self.kind}:{d['entity']}"

    @property
    def iri(self) -> str:
        return ID_BASE + "decision/" + hashlib.sha1(self.target.encode()).hexdigest()[:16]

    def concerns(self) -> list[str]:
        d = self.data
        return [d[k] for k in ("subject", "object", "article", "entity", "keep", "other") if k in d]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str, where: str = "decisions") -> Decision:
        try:
            raw = json.loads(text)
            decision = cls(kind=raw["kind"], data=dict(raw["data"]), by=str(raw.get("by") or _user()),
                           at=str(raw.get("at") or ""), note=str(raw.get("note") or ""))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(where, f"not a decision ({exc})") from None
        decision.check(where)
        return decision

    def check(self, where: str = "decision") -> None:
        need = {"accept": ("subject", "predicate", "object", "article"), "reject": ("subject", "predicate", "object", "article"),
                "retype": ("entity", "type"), "rename": ("entity", "label"), "merge": ("keep", "other"),
                "add": ("subject", "predicate", "object")}
        if self.kind not in need:
            raise InputError(where, f"unknown decision kind '{self.kind}'; the kinds are {', '.join(KINDS)}")
        missing = [k for k in need[self.kind] if not str(self.data.get(k) or "").strip()]
        if missing:
            raise InputError(where, f"a {self.kind} decision needs {', '.join(missing)}")
        if "predicate" in self.data and self.data["predicate"].removeprefix(KG) not in PREDICATES:
            raise InputError(where, f"unknown relation '{self.data['predicate']}'; the relations are {', '.join(PREDICATES)}")

    def quads(self) -> list[ox.Quad]:
        """The decision as RDF in the review graph (plus, for an added fact, the statement it adds)."""
        node, g = ox.NamedNode(self.iri), REVIEW_GRAPH
        kg = lambda local: ox.NamedNode(KG + local)  # noqa: E731
        q = [ox.Quad(node, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), kg("Decision"), g),
             ox.Quad(node, kg("decisionKind"), ox.Literal(self.kind), g),
             ox.Quad(node, kg("decisionData"), ox.Literal(json.dumps(self.data, ensure_ascii=False, sort_keys=True)), g),
             ox.Quad(node, ox.NamedNode("http://purl.org/dc/terms/creator"), ox.Literal(self.by), g)]
        if self.at:
            q.append(ox.Quad(node, ox.NamedNode("http://www.w3.org/ns/prov#generatedAtTime"),
                             ox.Literal(self.at, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")), g))
        if self.note:
            q.append(ox.Quad(node, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment"), ox.Literal(self.note), g))
        for iri in self.concerns():
            q.append(ox.Quad(node, kg("concerns"), ox.NamedNode(iri), g))
        if self.kind == "add":
            q += _added_statement(self, node)
        return q


def _added_statement(decision: Decision, node: ox.NamedNode) -> list[ox.Quad]:
    """A fact a reviewer added: the relation and its statement, with the reviewer as its source."""
    d, g = decision.data, REVIEW_GRAPH
    s, o, p = ox.NamedNode(d["subject"]), ox.NamedNode(d["object"]), ox.NamedNode(KG + d["predicate"].removeprefix(KG))
    st = ox.NamedNode(ID_BASE + "statement/review-" + decision.target.split(":", 1)[1])
    rdf, prov = "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/ns/prov#"
    source = d.get("source") or ""
    q = [ox.Quad(s, p, o, g), ox.Quad(st, ox.NamedNode(rdf + "type"), ox.NamedNode(KG + "Statement"), g),
         ox.Quad(st, ox.NamedNode(rdf + "subject"), s, g), ox.Quad(st, ox.NamedNode(rdf + "predicate"), p, g),
         ox.Quad(st, ox.NamedNode(rdf + "object"), o, g),
         ox.Quad(st, ox.NamedNode(prov + "wasDerivedFrom"), node, g),
         ox.Quad(st, ox.NamedNode(KG + "evidence"), ox.Literal(d.get("evidence") or f"Added by {decision.by}."), g),
         ox.Quad(st, ox.NamedNode(KG + "confidence"),
                 ox.Literal("1.0", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")), g),
         ox.Quad(st, ox.NamedNode(KG + "extractor"), ox.Literal("review"), g),
         ox.Quad(st, ox.NamedNode(KG + "reviewStatus"), ox.Literal("accepted"), g)]
    if source.startswith(("http://", "https://")):
        q.append(ox.Quad(st, ox.NamedNode("http://purl.org/dc/terms/source"), ox.NamedNode(source), g))
    if d.get("amount"):
        q.append(ox.Quad(st, ox.NamedNode("https://schema.org/value"),
                         ox.Literal(str(d["amount"]), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")), g))
        q.append(ox.Quad(st, ox.NamedNode("https://schema.org/currency"), ox.Literal(d.get("currency") or "GBP"), g))
    return q


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"
