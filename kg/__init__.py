"""policy-kg: articles about public policy -> a knowledge graph you can query, explore and export."""

__version__ = "0.1.0"
