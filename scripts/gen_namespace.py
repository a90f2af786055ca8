"""Regenerate the KG DefinedNamespace in kg/vocab/namespace.py from ontology/kg.ttl.

Run from the project root:  python scripts/gen_namespace.py
tests/test_namespace.py runs generate() and fails if kg/vocab/namespace.py differs from its output.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NS = "https://w3id.org/policy-kg/ontology#"
BEGIN, END = "    # BEGIN GENERATED from ontology/kg.ttl by scripts/gen_namespace.py\n", "    # END GENERATED\n"
KINDS = (("classes", "Class"), ("object properties", "ObjectProperty"), ("datatype properties", "DatatypeProperty"),
         ("annotation properties", "AnnotationProperty"))


def generate(ttl: Path = ROOT / "ontology" / "kg.ttl") -> str:
    """The generated block: one annotated attribute per term, grouped by OWL kind, sorted."""
    from rdflib import OWL, RDF, Graph

    graph = Graph().parse(ttl, format="turtle")
    lines = [BEGIN]
    for title, kind in KINDS:
        terms = sorted(str(s)[len(NS):] for s in graph.subjects(RDF.type, OWL[kind]) if str(s).startswith(NS))
        lines.append(f"    # {title}\n")
        lines += [f"    {t}: URIRef\n" for t in terms]
    lines.append(END)
    return "".join(lines)


def current(module: Path = ROOT / "kg" / "vocab" / "namespace.py") -> str:
    text = module.read_text(encoding="utf-8")
    return text[text.index(BEGIN): text.index(END) + len(END)]


def main() -> None:
    module = ROOT / "kg" / "vocab" / "namespace.py"
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace(current(module), generate()), encoding="utf-8")
    print(f"updated {module}")


if __name__ == "__main__":
    sys.exit(main())
