# Remove descriptions of entities that no article mentions any more
DELETE { GRAPH <https://w3id.org/policy-kg/graph/entities> { ?e ?p ?o } }
WHERE { GRAPH <https://w3id.org/policy-kg/graph/entities> { ?e ?p ?o } FILTER NOT EXISTS { GRAPH ?g { ?a kg:mentions ?e } } }
