"""The store-wide alias index: a name in a new article joins the entity a stored article named it for,
whether names are looked up per article (through the summary's name keys) or all loaded at once."""

import pytest

from kg.model import ArticleExtraction, Document, Entity
from kg.resolve.aliases import AliasIndex
from kg.store import KGStore
from kg.summary import refresh_summary


@pytest.fixture()
def stored(tmp_path):
    kid = Entity("Programme", "Kent Integrated Dataset", aliases={"KID"})
    other = Entity("Organisation", "KID Trust")
    with KGStore(tmp_path / "s") as st:
        st.put_article(ArticleExtraction(Document(title="T", text="x", source="t.txt"), [kid, other], [], []))
        refresh_summary(st)
        yield st


@pytest.mark.parametrize("how", ["attach", "load"])
def test_an_alias_joins_the_stored_entity_of_its_type(stored, how):
    index = AliasIndex()
    index.attach(stored) if how == "attach" else index.load(stored)
    found, same_name_other_type, unknown = Entity("Programme", "kid"), Entity("Person", "KID"), Entity("Programme", "NHS X")
    index.prefetch([found, same_name_other_type, unknown])
    for e in (found, same_name_other_type, unknown):
        index.resolve(e)
    assert found.name == "Kent Integrated Dataset" and found.iri.endswith("/programme/kent-integrated-dataset")
    assert "kid" in found.aliases
    assert same_name_other_type.name == "KID" and unknown.name == "NHS X"


def test_looking_up_asks_the_store_once_per_name(stored, monkeypatch):
    index = AliasIndex()
    index.attach(stored)
    calls = []
    real = stored.select_values
    monkeypatch.setattr(stored, "select_values", lambda text: calls.append(text) or real(text))
    index.prefetch([Entity("Programme", "KID")])
    first = len(calls)  # the names, then the descriptions of the entities found
    index.prefetch([Entity("Programme", "kid"), Entity("Programme", "KID")])
    assert first == 2 and len(calls) == first
