"""Entities by the names people use: canned-query parameters and the server's entity page."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import QueryError
from kg.lookup import normalise, resolve_entity

CQC = "https://w3id.org/policy-kg/id/organisation/care-quality-commission"


@pytest.mark.parametrize("name", ["Care Quality Commission", "care quality commission", "CQC", "the Care Quality Commission",
                                  CQC])
def test_names_aliases_and_iris_resolve(store, name):
    assert resolve_entity(store, name) == CQC


def test_possessives_and_punctuation_fold():
    assert normalise("The Information Commissioner’s Office") == normalise("information commissioners office")
    assert normalise("Kent County Council (KCC)") == "kent county council kcc"


def test_a_miss_suggests_and_never_returns_nothing(store):
    with pytest.raises(QueryError, match="did you mean"):
        resolve_entity(store, "Care Qualty Comission")


def test_kg_query_takes_an_entity_by_name(built):
    root, _ = built
    runner = CliRunner()
    by_name = runner.invoke(main, ["query", "entity", "-p", "entity=CQC", "--store", str(root / "store"), "--format", "csv"])
    by_iri = runner.invoke(main, ["query", "entity", "-p", f"entity={CQC}", "--store", str(root / "store"), "--format", "csv"])
    assert by_name.exit_code == 0 and by_name.output == by_iri.output and "Hinchingbrooke Hospital" in by_name.output
    miss = runner.invoke(main, ["query", "entity", "-p", "entity=Ofstedd", "--store", str(root / "store")])
    assert miss.exit_code != 0 and "did you mean" in miss.output and "Traceback" not in miss.output
    fines = runner.invoke(main, ["query", "fines", "-p", "regulator=ICO", "--store", str(root / "store"), "--format", "csv"])
    assert fines.exit_code == 0 and "Norfolk County Council" in fines.output
