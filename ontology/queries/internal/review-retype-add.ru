# The entity (?e bound) has the type ?new (for an entity that had no kg: type left)
INSERT { GRAPH <https://w3id.org/policy-kg/graph/entities> { ?e a ?new } }
WHERE { GRAPH <https://w3id.org/policy-kg/graph/entities> { ?e rdfs:label ?any } }
