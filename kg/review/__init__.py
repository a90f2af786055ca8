"""Human review of the graph: decisions (accept or reject a statement, retype, rename, merge entities, add
a fact) kept in their own named graph and in a JSON Lines file, applied after every build so they survive
rebuilds, and the queue of statements and merge candidates a reviewer works through.

Imports lookup, sparql, vocab, rdf and errors; the store is passed in.
"""

from .apply import Status, apply_all, clear, decisions, forget, record, status
from .decisions import Decision, statement_id
from .queue import candidates, render, select, statements

__all__ = ["Decision", "Status", "apply_all", "candidates", "clear", "decisions", "forget", "record", "render",
           "select", "statement_id", "statements", "status"]
