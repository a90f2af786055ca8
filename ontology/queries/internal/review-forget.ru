# Remove one decision (?decision bound) and what it wrote into the review graph
DELETE { GRAPH <https://w3id.org/policy-kg/graph/review> { ?decision ?p ?o . ?st ?sp ?so . ?s ?pred ?obj } }
WHERE {
  GRAPH <https://w3id.org/policy-kg/graph/review> {
    ?decision ?p ?o .
    OPTIONAL { ?st prov:wasDerivedFrom ?decision ; ?sp ?so . OPTIONAL { ?st rdf:subject ?s ; rdf:predicate ?pred ; rdf:object ?obj } }
  }
}
