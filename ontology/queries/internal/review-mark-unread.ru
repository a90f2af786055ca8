# Forget the content hash of the articles that mention ?e (bound), so the next build reads them again
DELETE { GRAPH ?article { ?article kg:contentHash ?hash } }
WHERE { GRAPH ?article { ?article kg:mentions ?e ; kg:contentHash ?hash } }
