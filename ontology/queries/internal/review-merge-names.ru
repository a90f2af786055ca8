# Before ?other is folded into ?keep (both bound): its label becomes an alias, its type gives way to ?keep's
DELETE { GRAPH <https://w3id.org/policy-kg/graph/entities> { ?other rdfs:label ?label ; a ?type } }
INSERT { GRAPH <https://w3id.org/policy-kg/graph/entities> { ?other skos:altLabel ?label } }
WHERE {
  GRAPH <https://w3id.org/policy-kg/graph/entities> { ?other rdfs:label ?label . OPTIONAL { ?other a ?type } }
  FILTER(?other != ?keep)
}
