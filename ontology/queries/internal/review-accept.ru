# Mark the statements (?s ?p ?o ?article bound) as accepted by a reviewer
DELETE { GRAPH ?article { ?st kg:reviewStatus ?old } }
INSERT { GRAPH ?article { ?st kg:reviewStatus "accepted" } }
WHERE { GRAPH ?article { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?article . OPTIONAL { ?st kg:reviewStatus ?old } } }
