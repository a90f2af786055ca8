"""Our vocabulary, declared once. Mirrors ontology/kg.ttl (tests/test_namespace.py keeps them equal).

Using rdflib's DefinedNamespace means a misspelt term (``KG.fnied``) raises at import or call time
instead of silently minting a new IRI.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/policy-kg/ontology"
ID_BASE = "https://w3id.org/policy-kg/id/"
TOPIC_BASE = "https://w3id.org/policy-kg/topic/"


class KG(DefinedNamespace):
    """Terms of https://w3id.org/policy-kg/ontology#."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # BEGIN GENERATED from ontology/kg.ttl by scripts/gen_namespace.py
    # classes
    Article: URIRef
    CoMention: URIRef
    Decision: URIRef
    Entity: URIRef
    Event: URIRef
    Organisation: URIRef
    Person: URIRef
    Place: URIRef
    Policy: URIRef
    Programme: URIRef
    Publication: URIRef
    RejectedStatement: URIRef
    Statement: URIRef
    Topic: URIRef
    TopicActivity: URIRef
    # object properties
    activeEntity: URIRef
    appointed: URIRef
    concerns: URIRef
    created: URIRef
    criticised: URIRef
    extractedType: URIRef
    fined: URIRef
    firstEntity: URIRef
    funded: URIRef
    inspected: URIRef
    introduced: URIRef
    launched: URIRef
    locatedIn: URIRef
    mentions: URIRef
    mergedFrom: URIRef
    oversightAction: URIRef
    partOf: URIRef
    partneredWith: URIRef
    published: URIRef
    regulates: URIRef
    rejectedObject: URIRef
    rejectedPredicate: URIRef
    rejectedSubject: URIRef
    secondEntity: URIRef
    uses: URIRef
    # datatype properties
    aliasInArticle: URIRef
    articleCount: URIRef
    byline: URIRef
    confidence: URIRef
    contentHash: URIRef
    decisionData: URIRef
    decisionKind: URIRef
    endChar: URIRef
    evidence: URIRef
    extractedLabel: URIRef
    extractor: URIRef
    nameInArticle: URIRef
    nameKey: URIRef
    rank: URIRef
    rating: URIRef
    reviewStatus: URIRef
    sourcePath: URIRef
    startChar: URIRef
    statementCount: URIRef
    summaryStale: URIRef
    summaryStamp: URIRef
    # annotation properties
    agentNoun: URIRef
    agentPreposition: URIRef
    carriesAmount: URIRef
    carriesRating: URIRef
    inverseTrigger: URIRef
    inverseTriggerNoun: URIRef
    objectClass: URIRef
    objectPreposition: URIRef
    stative: URIRef
    subjectClass: URIRef
    triggerNoun: URIRef
    triggerVerb: URIRef
    # END GENERATED


GRAPH_BASE = "https://w3id.org/policy-kg/graph/"


class GRAPH(DefinedNamespace):
    """Our named graphs, closed: a misspelt graph name raises instead of creating a new graph."""

    _NS = Namespace(GRAPH_BASE)
    _fail = True

    entities: URIRef  # one description per entity, shared by the articles that mention it
    ontology: URIRef  # ontology/kg.ttl and topics.ttl, loaded so queries can use labels
    inferred: URIRef  # `kg infer` writes entailments here
    summary: URIRef  # statistics and rankings the counting queries read (kg/summary.py)
    review: URIRef  # reviewers' decisions and the statements they added by hand (kg/review)


DATASET_IRI = ID_BASE + "dataset"  # the dataset's own node in the summary graph

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
ID = Namespace(ID_BASE)
TOPIC = Namespace(TOPIC_BASE)

ENTITY_TYPES: tuple[str, ...] = (
    "Organisation", "Person", "Place", "Policy", "Programme", "Publication", "Event",
)
PREDICATES: tuple[str, ...] = (
    "fined", "created", "launched", "published", "funded", "inspected", "introduced",
    "partneredWith", "uses", "appointed", "partOf", "locatedIn", "regulates", "criticised",
)

PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY_IRI + "#",
    "id": ID_BASE,
    "topic": TOPIC_BASE,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
}
DEFAULT_DATA_LICENSE = "https://creativecommons.org/licenses/by/4.0/"  # KG_DATA_LICENSE or --license changes it


# For writing Turtle/TriG: our id/ and topic/ IRIs have '/' in their local part, which a prefixed
# name cannot hold without escapes, so they are written in full.
SERIALIZATION_PREFIXES: dict[str, str] = {k: v for k, v in PREFIXES.items() if k not in {"id", "topic"}}


@lru_cache(maxsize=65536)  # the same names recur in every article written; this is on the store writer's path
def slugify(text: str) -> str:
    """A readable, stable IRI segment: 'Norfolk County Council' -> 'norfolk-county-council'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = text.lower().replace("&", " and ").replace("'", "")
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug or "unnamed"


def entity_iri(entity_type: str, name: str) -> URIRef:
    """IRI of an entity: the same type and canonical name give the same IRI in every run."""
    return URIRef(f"{ID_BASE}{entity_type.lower()}/{slugify(name)}")


def article_iri(key: str) -> URIRef:
    """IRI of an article from its stable key (a hash of its source and position)."""
    return URIRef(f"{ID_BASE}article/{key}")


def statement_iri(article_key: str, index: int) -> URIRef:
    """IRI of the n-th relation statement of an article (no blank nodes, so exports stay stable)."""
    return URIRef(f"{ID_BASE}statement/{article_key}-{index}")


def topic_iri(label: str) -> URIRef:
    """IRI of a topic concept in the bundled SKOS scheme."""
    return URIRef(TOPIC_BASE + slugify(label))
