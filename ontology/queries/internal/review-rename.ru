# Give an entity (?e bound) the label ?new; the old label stays an alias and is kept as kg:extractedLabel
DELETE { GRAPH <https://w3id.org/policy-kg/graph/entities> { ?e rdfs:label ?old } }
INSERT { GRAPH <https://w3id.org/policy-kg/graph/entities> { ?e rdfs:label ?new ; skos:altLabel ?old ; kg:extractedLabel ?old } }
WHERE { GRAPH <https://w3id.org/policy-kg/graph/entities> { ?e rdfs:label ?old } FILTER(?old != ?new) }
