import pytest

from kg.errors import StoreError
from kg.model import ArticleExtraction, Document, Entity, Relation
from kg.store import KGStore


def _extraction(evidence: str = 'He said "hi" <b>\nnew line') -> ArticleExtraction:
    doc = Document(title="T", text=evidence, source="mem")
    a = Entity("Organisation", "Alpha Council")
    b = Entity("Organisation", "Beta Trust", aliases={"BT"})
    rel = Relation(a, "partneredWith", b, evidence, 0, len(evidence), 0.9, "active")
    return ArticleExtraction(doc, [a, b], [rel], [])


def test_put_article_twice_gives_the_same_quads(tmp_path):
    with KGStore(tmp_path / "s") as st:
        st.put_article(_extraction())
        first = sorted(map(str, st.quads()))
        st.put_article(_extraction())
        assert sorted(map(str, st.quads())) == first


def test_text_with_quotes_and_newlines_round_trips(tmp_path):
    evidence = 'He said "hi" <b>\nnew line \\ end'
    with KGStore(tmp_path / "s") as st:
        st.put_article(_extraction(evidence))
        from kg.sparql import run_query

        [row] = list(run_query(st, "SELECT ?e WHERE { ?s kg:evidence ?e }"))
        assert str(row["e"]) == evidence


def test_store_reopens_after_close_and_is_persistent(tmp_path):
    with KGStore(tmp_path / "s") as st:
        st.put_article(_extraction())
        n = len(st)
    with KGStore(tmp_path / "s", create=False, read_only=True) as st:
        assert len(st) == n


def test_missing_store_and_foreign_folder_are_clear_errors(tmp_path):
    with pytest.raises(StoreError, match="run `kg build` first"):
        KGStore(tmp_path / "nothing", create=False)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "file.txt").write_text("x")
    with pytest.raises(StoreError, match="not a policy-kg store"):
        KGStore(tmp_path / "other")


def test_second_writer_is_refused_while_the_first_is_open(tmp_path):
    with KGStore(tmp_path / "s"):
        with pytest.raises(StoreError, match="in use"):
            KGStore(tmp_path / "s")
