# ?other (bound) becomes ?keep (bound) wherever it is a subject, except in decisions
DELETE { GRAPH ?g { ?other ?p ?o } }
INSERT { GRAPH ?g { ?keep ?p ?o } }
WHERE { GRAPH ?g { ?other ?p ?o } FILTER(?p NOT IN (kg:concerns, kg:mergedFrom) && ?other != ?keep) }
