# ?other (bound) becomes ?keep (bound) wherever it is an object, except in decisions
DELETE { GRAPH ?g { ?s ?p ?other } }
INSERT { GRAPH ?g { ?s ?p ?keep } }
WHERE { GRAPH ?g { ?s ?p ?other } FILTER(?p NOT IN (kg:concerns, kg:mergedFrom) && ?other != ?keep) }
