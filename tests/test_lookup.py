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


def test_the_name_index_finds_prefixes_and_near_misses():
    from kg.lookup import NameIndex

    index = NameIndex([("Kent County Council", "k1"), ("kent integrated dataset", "k2"), ("KID", "k2"),
                       ("Care Quality Commission", "c"), ("The Care Trust", "t")] +
                      [(f"body number {i}", f"b{i}") for i in range(2000)])  # many keys to compare against
    assert index.starting("kent") == ["kent county council", "kent integrated dataset"]
    assert index.close("care qualty comission", 3)[0] == "care quality commission"
    assert index.close("kent intergrated datset", 3)[0] == "kent integrated dataset"
    assert index.keys["care trust"] == {"t"}  # 'The' and case folded, as every look-up does


def test_the_name_index_is_rebuilt_when_the_names_change(tmp_path):
    from kg.lookup import name_index
    from kg.model import ArticleExtraction, Document, Entity
    from kg.store import KGStore
    from kg.summary import refresh_summary

    with KGStore(tmp_path / "s") as st:
        st.put_article(ArticleExtraction(Document(title="A", text="x", source="a.txt"), [Entity("Organisation", "Alpha Trust")], [], []))
        refresh_summary(st)
        first = name_index(st)
        assert name_index(st) is first and "alpha trust" in first.keys
        st.put_article(ArticleExtraction(Document(title="B", text="y", source="b.txt"), [Entity("Organisation", "Beta Trust")], [], []))
        refresh_summary(st)
        assert "beta trust" in name_index(st).keys
