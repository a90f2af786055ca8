# Reject the statements (?s ?p ?o ?article bound) an article states: kept for audit under kg:rejected*, hidden from every query of statements and relations
DELETE { GRAPH ?article { ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . ?s ?p ?o . ?st kg:reviewStatus ?old } }
INSERT { GRAPH ?article { ?st a kg:RejectedStatement ; kg:rejectedSubject ?s ; kg:rejectedPredicate ?p ; kg:rejectedObject ?o ; kg:reviewStatus "rejected" } }
WHERE { GRAPH ?article { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?article . OPTIONAL { ?st kg:reviewStatus ?old } } }
