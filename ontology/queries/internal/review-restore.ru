# Undo a rejection (?s ?p ?o ?article bound): the statements and their relation are back
DELETE { GRAPH ?article { ?st a kg:RejectedStatement ; kg:rejectedSubject ?s ; kg:rejectedPredicate ?p ; kg:rejectedObject ?o ; kg:reviewStatus ?old } }
INSERT { GRAPH ?article { ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . ?s ?p ?o } }
WHERE { GRAPH ?article { ?st kg:rejectedSubject ?s ; kg:rejectedPredicate ?p ; kg:rejectedObject ?o ; prov:wasDerivedFrom ?article . OPTIONAL { ?st kg:reviewStatus ?old } } }
