import re

from rdflib import Graph

from kg.vocab.namespace import ENTITY_TYPES, KG, PREDICATES, entity_iri, slugify
from kg.vocab.resources import ontology_file


def _ttl_terms() -> set[str]:
    g = Graph().parse(ontology_file("kg.ttl"))
    ns = str(KG._NS)
    return {str(s)[len(ns):] for s in g.subjects() if str(s).startswith(ns)}


def test_namespace_module_matches_ontology_file():
    declared = set(KG.__annotations__)
    assert declared == _ttl_terms()


def test_misspelt_term_fails_loudly():
    import pytest

    with pytest.raises(AttributeError):
        KG.fnied  # noqa: B018


def test_contract_predicates_and_types_are_declared():
    terms = _ttl_terms()
    assert set(PREDICATES) <= terms
    assert set(ENTITY_TYPES) <= terms


def test_entity_iris_are_readable_and_stable():
    assert str(entity_iri("Organisation", "Norfolk County Council")) == \
        "https://w3id.org/policy-kg/id/organisation/norfolk-county-council"
    assert entity_iri("Organisation", "Information Commissioner's Office") == \
        entity_iri("Organisation", "Information Commissioner’s Office".replace("’", "'"))
    assert re.fullmatch(r"[a-z0-9-]+", slugify("Children & Young People's Commissioner (Scotland)"))


def test_generated_namespace_block_is_up_to_date():
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "gen_namespace.py"
    spec = importlib.util.spec_from_file_location("gen_namespace", script)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert gen.current() == gen.generate(), "run: python scripts/gen_namespace.py"
