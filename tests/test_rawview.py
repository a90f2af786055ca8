"""The raw view: the extraction as written, rebuilt from the copies a build keeps beside the store folder."""

import shutil

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import StoreError
from kg.rawview import raw_view
from kg.store import KGStore, StoreBase
from kg.store.raw import FILE_NAME


def _quads(st):
    return {q for q in st.oxigraph.quads_for_pattern(None, None, None, None) if not q.graph_name.value.endswith("/summary")}


def test_without_decisions_the_raw_view_is_the_store(built):
    root, _ = built
    with KGStore(root / "store", read_only=True) as st, raw_view(st) as view:
        assert view.missing == 0 and view.articles > 10
        assert _quads(view.store) == _quads(st)
        # its own summary, so the counting queries answer
        assert len(view.store.select_values("SELECT ?s WHERE { GRAPH <https://w3id.org/policy-kg/graph/summary> { ?s ?p ?o } } LIMIT 1")) == 1


def test_copies_follow_the_articles_in_the_store(tmp_path, extractor):
    from kg.build import build

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Ofsted inspected Riverside Borough Council\n\nOfsted inspected Riverside Borough "
                               "Council's children's services in May.\n", encoding="utf-8")
    (src / "b.txt").write_text("Nesta backs a pilot\n\nNesta funded Riverside Borough Council's data pilot.\n",
                               encoding="utf-8")
    store = tmp_path / "store"
    build([src / "a.txt", src / "b.txt"], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    with KGStore(store, read_only=True) as st:
        assert len(st.raw_copies.articles()) == 2
    build([src / "a.txt"], store_path=store, exports_dir=None, quiet=True, extractor=extractor, prune=True)
    with KGStore(store, read_only=True) as st, raw_view(st) as view:
        assert len(st.raw_copies.articles()) == 1 and view.articles == 1
        assert _quads(view.store) == _quads(st)


def test_a_store_written_before_copies_were_kept_is_told_not_hidden(built, tmp_path):
    root, _ = built
    store = tmp_path / "store"
    shutil.copytree(root / "store", store)
    (store / FILE_NAME).unlink()
    result = CliRunner().invoke(main, ["query", "--raw", "--store", str(store), "SELECT * WHERE { ?s ?p ?o } LIMIT 1"])
    assert result.exit_code == 0
    assert "stored articles were written before raw copies were kept" in result.output


def test_a_sparql_server_has_no_raw_view():
    class Server(StoreBase):  # any store that is not a folder, as a RemoteStore is
        path = "http://127.0.0.1:7878/query"

    store = Server()
    with pytest.raises(StoreError, match="raw view is rebuilt from copies kept beside a store folder"):
        with raw_view(store):
            pass
