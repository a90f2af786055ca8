# Give an entity (?e bound) the type ?new; the extracted type is kept as kg:extractedType
DELETE { GRAPH <https://w3id.org/policy-kg/graph/entities> { ?e a ?old } }
INSERT { GRAPH <https://w3id.org/policy-kg/graph/entities> { ?e a ?new ; kg:extractedType ?old } }
WHERE {
  GRAPH <https://w3id.org/policy-kg/graph/entities> { ?e a ?old }
  FILTER(?old != ?new && STRSTARTS(STR(?old), STR(kg:)))
}
