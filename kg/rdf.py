"""Extraction results as RDF quads (pyoxigraph terms), following the RDF contract in ontology/kg.ttl.

Each article's statements live in a named graph whose name is the article's IRI, so an article
can be replaced or removed as one unit. Entity descriptions (type, label, aliases, identifiers)
live once in the entities graph, shared by every article that mentions them.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from .model import ArticleExtraction, Entity, Relation
from .resolve import normalise_date
from .vocab.namespace import GRAPH, PREFIXES, article_iri, entity_iri, statement_iri

ENTITIES_GRAPH = ox.NamedNode(str(GRAPH.entities))
ONTOLOGY_GRAPH = ox.NamedNode(str(GRAPH.ontology))
INFERRED_GRAPH = ox.NamedNode(str(GRAPH.inferred))
SUMMARY_GRAPH = ox.NamedNode(str(GRAPH.summary))


def _ns(prefix: str, local: str) -> ox.NamedNode:
    return ox.NamedNode(PREFIXES[prefix] + local)


RDF_TYPE = _ns("rdf", "type")
RDFS_LABEL = _ns("rdfs", "label")
SKOS_ALT = _ns("skos", "altLabel")
XSD = PREFIXES["xsd"]


def lit(value: str | int | float, datatype: str | None = None) -> ox.Literal:
    """A literal; numbers get their XSD type, strings stay plain."""
    if datatype:
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + datatype))
    if isinstance(value, bool):
        raise TypeError("booleans are not used in the graph")
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(f"{value:.2f}", datatype=ox.NamedNode(XSD + "decimal"))
    return ox.Literal(value)


def to_ox(term):
    """An rdflib term as a pyoxigraph term."""
    import rdflib

    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))) if term.datatype else ox.Literal(str(term))


def date_literal(text: str) -> ox.Literal | None:
    """A typed date (xsd:date, gYearMonth or gYear) where the text can be read as one; None otherwise, so
    that 'bin collection days' or 'last year' never becomes a date."""
    parsed = normalise_date(text)
    return lit(parsed[0], parsed[1]) if parsed else None


def entity_node(entity: Entity) -> ox.NamedNode:
    return ox.NamedNode(entity.iri or str(entity_iri(entity.type, entity.name)))


def article_node(extraction: ArticleExtraction) -> ox.NamedNode:
    return ox.NamedNode(str(article_iri(extraction.document.key)))


def article_quads(extraction: ArticleExtraction) -> list[ox.Quad]:
    """The article's own named graph: metadata, mentions, topics, relations and their statements."""
    doc = extraction.document
    art = article_node(extraction)
    q: list[ox.Quad] = []

    def add(s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        q.append(ox.Quad(s, p, o, art))

    add(art, RDF_TYPE, _ns("kg", "Article"))
    add(art, _ns("dcterms", "title"), lit(doc.title))
    if doc.url and _is_iri(doc.url):
        add(art, _ns("dcterms", "source"), ox.NamedNode(doc.url))
    if not doc.source.startswith(("http://", "https://")):
        add(art, _ns("kg", "sourcePath"), lit(doc.source))  # the file it was read from (a path, not a web source)
    elif not doc.url and _is_iri(doc.source):
        add(art, _ns("dcterms", "source"), ox.NamedNode(doc.source))
    add(art, _ns("kg", "contentHash"), lit(doc.content_hash))
    if doc.author:
        add(art, _ns("kg", "byline"), lit(doc.author))
        for entity in extraction.entities:
            if entity.type == "Person" and entity.name.casefold() == doc.author.strip().casefold():
                add(art, _ns("schema", "author"), entity_node(entity))
                add(art, _ns("dcterms", "creator"), entity_node(entity))
    if doc.publisher:
        for entity in extraction.entities:
            if entity.type == "Organisation" and entity.name.casefold() == doc.publisher.strip().casefold():
                add(art, _ns("dcterms", "publisher"), entity_node(entity))
    if doc.date and (date := date_literal(doc.date)) is not None:
        add(art, _ns("dcterms", "date"), date)
    if doc.url:
        add(art, _ns("schema", "url"), ox.NamedNode(doc.url) if _is_iri(doc.url) else lit(doc.url))
    for entity in extraction.entities:
        node = entity_node(entity)
        add(art, _ns("kg", "mentions"), node)
        add(node, _ns("kg", "nameInArticle"), lit(entity.name))
        for alias in sorted(entity.aliases):
            add(node, _ns("kg", "aliasInArticle"), lit(alias))
    for topic in extraction.topics:
        add(art, _ns("dcterms", "subject"), ox.NamedNode(topic.iri))
    for n, rel in enumerate(extraction.relations):
        q += [ox.Quad(t.subject, t.predicate, t.object, art) for t in relation_triples(rel, doc.key, n, art)]
    return q


def relation_triples(rel: Relation, article_key: str, index: int, article: ox.NamedNode) -> list[ox.Triple]:
    """The direct triple plus its statement node with evidence, confidence and qualifiers."""
    s, o, p = entity_node(rel.subject), entity_node(rel.object), _ns("kg", rel.predicate)
    st = ox.NamedNode(str(statement_iri(article_key, index)))
    out = [
        ox.Triple(s, p, o),
        ox.Triple(st, RDF_TYPE, _ns("kg", "Statement")),
        ox.Triple(st, _ns("rdf", "subject"), s),
        ox.Triple(st, _ns("rdf", "predicate"), p),
        ox.Triple(st, _ns("rdf", "object"), o),
        ox.Triple(st, _ns("prov", "wasDerivedFrom"), article),
        ox.Triple(st, _ns("kg", "evidence"), lit(rel.evidence)),
        ox.Triple(st, _ns("kg", "confidence"), lit(float(rel.confidence))),
        ox.Triple(st, _ns("kg", "startChar"), lit(rel.start)),
        ox.Triple(st, _ns("kg", "endChar"), lit(rel.end)),
        ox.Triple(st, _ns("kg", "extractor"), lit(rel.rule)),
    ]
    if rel.amount is not None:
        out.append(ox.Triple(st, _ns("schema", "value"), lit(str(rel.amount.value), "decimal")))
        out.append(ox.Triple(st, _ns("schema", "currency"), lit(rel.amount.currency)))
    if rel.rating:
        out.append(ox.Triple(st, _ns("kg", "rating"), lit(rel.rating)))
    if rel.date and (date := date_literal(rel.date)) is not None:
        out.append(ox.Triple(st, _ns("dcterms", "date"), date))
    return out


def entity_quads(entity: Entity, has_label: bool) -> list[ox.Quad]:
    """An entity's description in the shared entities graph; the label only if it has none yet."""
    node = entity_node(entity)
    g = ENTITIES_GRAPH
    q = [ox.Quad(node, RDF_TYPE, _ns("kg", entity.type), g)]
    if not has_label:
        q.append(ox.Quad(node, RDFS_LABEL, lit(entity.name), g))
    for alias in sorted(entity.aliases):
        q.append(ox.Quad(node, SKOS_ALT, lit(alias), g))
    for scheme, value in sorted(entity.identifiers.items()):
        if scheme == "govuk":
            q.append(ox.Quad(node, _ns("schema", "sameAs"), ox.NamedNode(value), g))
        else:
            q.append(ox.Quad(node, _ns("schema", "identifier"), lit(f"{scheme}:{value}"), g))
    return q


def _is_iri(text: str) -> bool:
    return text.startswith(("http://", "https://")) and not any(c in text for c in ' <>"{}|\\^`')


def insert_data(quads: Iterable[ox.Quad], keyword: str = "INSERT DATA") -> str:
    """SPARQL INSERT DATA (or DELETE DATA) for quads: terms are written in N-Triples syntax, so no text is
    interpolated raw."""
    by_graph: dict[str, list[str]] = {}
    for quad in quads:
        by_graph.setdefault(str(quad.graph_name), []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
    body = " ".join(f"GRAPH {g} {{ {' '.join(lines)} }}" for g, lines in by_graph.items())
    return f"{keyword} {{ {body} }}" if body else ""
