"""The dataset's description of itself, for exports and the endpoint: VoID statistics from the summary
graph (triples, entities, documents, class and property partitions) with DCAT and Dublin Core terms
(title, licence, creation date, endpoint and dump links). Imports sparql, rdf and vocab.
"""

from __future__ import annotations

import os

import pyoxigraph as ox

from .rdf import RDF_TYPE, lit
from .rdf import to_ox as _ox
from .vocab.namespace import DATASET_IRI, DEFAULT_DATA_LICENSE, PREFIXES

TITLE = "policy-kg knowledge graph"


def _t(prefix: str, local: str) -> ox.NamedNode:
    return ox.NamedNode(PREFIXES[prefix] + local)


def dataset_description(store, *, endpoint: str | None = None, dump: str | None = None,
                        license_iri: str | None = None) -> list[ox.Triple]:
    """VoID and DCAT triples about the dataset (empty when the store has no summary yet)."""
    from .sparql import run_query
    from .sparql.canned import internal

    graph = run_query(store, internal("void")).graph
    triples = [ox.Triple(_ox(s), _ox(p), _ox(o)) for s, p, o in graph]
    if not triples:
        return []
    ds = ox.NamedNode(DATASET_IRI)
    extra = [ox.Triple(ds, RDF_TYPE, _t("dcat", "Dataset")),
             ox.Triple(ds, _t("dcterms", "title"), lit(TITLE)),
             ox.Triple(ds, _t("dcterms", "license"),
                       ox.NamedNode(license_iri or os.environ.get("KG_DATA_LICENSE") or DEFAULT_DATA_LICENSE)),
             ox.Triple(ds, _t("void", "uriSpace"), lit(PREFIXES["id"])),
             ox.Triple(ds, _t("void", "vocabulary"), ox.NamedNode(PREFIXES["kg"]))]
    if endpoint and endpoint.startswith(("http://", "https://")):
        extra.append(ox.Triple(ds, _t("void", "sparqlEndpoint"), ox.NamedNode(endpoint)))
    if dump and dump.startswith(("http://", "https://")):
        extra.append(ox.Triple(ds, _t("void", "dataDump"), ox.NamedNode(dump)))
        extra.append(ox.Triple(ds, _t("dcat", "downloadURL"), ox.NamedNode(dump)))
    return sorted(set(triples + extra), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))

