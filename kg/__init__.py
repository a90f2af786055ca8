"""policy-kg: articles about public policy -> a knowledge graph you can query, explore and export.

The packages follow the data: ingest (files -> Documents, with segment) -> extract (spaCy + rules) -> resolve
(names across articles) -> rdf -> store -> sparql | network | viz | export, with vocab underneath all of them
and build, cli and server on top. This file imports nothing.
"""

__version__ = "0.1.0"
