"""`kg validate` (SHACL shapes) and `kg infer` (RDFS / OWL RL entailments into their own graph)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError, KGError
from .rdf import INFERRED_GRAPH, SUMMARY_GRAPH
from .store import StoreBase
from .summary import refresh_summary
from .vocab.namespace import ID_BASE, ONTOLOGY_IRI
from .vocab.resources import ontology_file


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0


def _graph_from_triples(triples):
    """An rdflib Graph holding oxigraph triples (via N-Triples, the lossless route)."""
    import rdflib

    data = ox.serialize(triples, None, ox.RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=data.decode("utf-8"), format="nt")


def data_graph(store: StoreBase | None = None, path: str | Path | None = None):
    """The graph to check: a store's triples (all graphs merged) or an RDF file."""
    import rdflib

    if path is not None:
        try:
            return rdflib.Graph().parse(str(path))
        except Exception as exc:  # rdflib raises many parser-specific types
            raise InputError(str(path), f"cannot parse RDF ({exc})") from None
    if store is None:
        raise KGError("nothing to validate: give a store or a file")
    return _graph_from_triples(t for t in store.triples(exclude_graphs=(SUMMARY_GRAPH.value,))
                               if not str(t.subject).startswith(ONTOLOGY_IRI))


def validate(store: StoreBase | None = None, path: str | Path | None = None) -> ValidationReport:
    """Check the graph against ontology/shapes.ttl with pySHACL."""
    import rdflib
    from pyshacl import validate as shacl_validate
    from rdflib.namespace import SH

    graph = data_graph(store, path)
    shapes = rdflib.Graph().parse(ontology_file("shapes.ttl"))
    ont = rdflib.Graph().parse(ontology_file("kg.ttl"))
    ont.parse(ontology_file("topics.ttl"))
    conforms, results, _ = shacl_validate(graph, shacl_graph=shapes, ont_graph=ont, inference="none",
                                          advanced=True, allow_warnings=True)
    violations = []
    for res in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        violations.append(Violation(
            focus=str(results.value(res, SH.focusNode)), path=str(results.value(res, SH.resultPath) or ""),
            message=str(results.value(res, SH.resultMessage) or ""),
            severity=str(results.value(res, SH.resultSeverity)).rsplit("#", 1)[-1]))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(bool(conforms), violations, len(graph))


def infer(store: StoreBase, profile: str = "owlrl") -> int:
    """Materialise entailments about our resources into the inferred graph (replacing it). Returns its size.

    The asserted data is left as it is; queries see the inferred triples through the union default
    graph, e.g. every kg:Organisation is also an org:Organization, partneredWith holds both ways.
    """
    import owlrl
    import rdflib

    if profile not in {"rdfs", "owlrl"}:
        raise KGError(f"unknown reasoning profile '{profile}'; choose rdfs or owlrl")
    store.drop_inferred()
    asserted = _graph_from_triples(store.triples(exclude_graphs=(SUMMARY_GRAPH.value,)))
    closure = rdflib.Graph()
    for t in asserted:
        closure.add(t)
    semantics = owlrl.OWLRL_Semantics if profile == "owlrl" else owlrl.RDFS_Semantics
    owlrl.DeductiveClosure(semantics, axiomatic_triples=False, datatype_axioms=False).expand(closure)
    errors = [str(o) for s, o in closure.subject_objects(rdflib.URIRef("http://www.daml.org/2002/03/agents/agent-ont#error"))]
    if errors:
        raise KGError(f"the graph is inconsistent under {profile}: {errors[0]}")
    new = [t for t in closure if t not in asserted and isinstance(t[0], rdflib.URIRef) and str(t[0]).startswith(ID_BASE)
           and not isinstance(t[2], rdflib.BNode) and t[0] != t[2]]
    quads = [ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)), _to_ox(o), INFERRED_GRAPH) for s, p, o in new]
    store.replace_derived_graph(INFERRED_GRAPH, quads)
    refresh_summary(store)  # its triple count includes the inferred graph
    return len(quads)


def _to_ox(term):
    import rdflib

    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))
