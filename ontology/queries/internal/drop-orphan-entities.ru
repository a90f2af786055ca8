# Remove descriptions of entities that no article mentions any more (nor a statement a reviewer added)
DELETE { GRAPH <https://w3id.org/policy-kg/graph/entities> { ?e ?p ?o } }
WHERE {
  GRAPH <https://w3id.org/policy-kg/graph/entities> { ?e ?p ?o }
  FILTER NOT EXISTS { GRAPH ?g { ?a kg:mentions ?e } }
  FILTER NOT EXISTS { GRAPH <https://w3id.org/policy-kg/graph/review> { ?st rdf:subject|rdf:object ?e } }
}
