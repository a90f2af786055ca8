"""The summary graph updated from its running tallies equals the summary recounted from the whole store,
after every kind of build: new, changed and removed articles, with reviewers' merges and rejections."""

import shutil

import pytest

from kg import summary as summary_module
from kg.rdf import SUMMARY_GRAPH
from kg.store import KGStore
from kg.summary import refresh_summary


def _summary(path, recount: bool) -> set:
    with KGStore(path) as st:
        if recount:
            refresh_summary(st)
        return {q for q in st.oxigraph.quads_for_pattern(None, None, None, SUMMARY_GRAPH)
                if not q.predicate.value.endswith("summaryStamp")}


@pytest.fixture()
def counted(monkeypatch):
    """How many builds recounted the whole store, and how many updated from the tallies."""
    calls = {"recount": 0, "update": 0}
    real_refresh, real_update = summary_module.refresh_summary, summary_module.update_summary

    def refresh(store):
        calls["recount"] += 1
        return real_refresh(store)

    def update(store, articles, entities):
        done = real_update(store, articles, entities)
        calls["update"] += done
        return done

    monkeypatch.setattr("kg.build.refresh_summary", refresh)
    monkeypatch.setattr("kg.build.update_summary", update)
    calls["_refresh"], calls["_update"] = refresh, update
    return calls


def _same_as_recount(store, tmp_path) -> None:
    copy = tmp_path / "recounted"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(store, copy)
    incremental, full = _summary(store, False), _summary(copy, True)
    assert incremental == full, (sorted(map(str, full - incremental))[:5], sorted(map(str, incremental - full))[:5])


def test_incremental_summary_equals_a_recount(extractor, tmp_path, counted, monkeypatch):
    from click.testing import CliRunner

    from kg.build import build
    from kg.cli import main
    from kg.vocab.resources import bundled_sources

    files = sorted(bundled_sources().glob("*.txt"))
    src, store = tmp_path / "src", tmp_path / "store"
    src.mkdir()
    for f in files[:11]:
        shutil.copy(f, src)
    build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    assert (counted["recount"], counted["update"]) == (1, 0)  # a new store: counted in full once
    _same_as_recount(store, tmp_path)

    for f in files[11:]:  # new articles
        shutil.copy(f, src)
    assert build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor).new == len(files) - 11
    _same_as_recount(store, tmp_path)

    # a reviewer merges two entities, retypes one, renames one and rejects a statement: each decision
    # updates the summary from the tallies too
    listed = CliRunner().invoke(main, ["review", "list", "--format", "csv", "--status", "all", "--store", str(store)])
    first_id = listed.output.splitlines()[1].split(",")[0]
    recounts = []
    monkeypatch.setattr(summary_module, "refresh_summary", lambda st: recounts.append(st))
    for args in (["merge", "Leeds City Council", "Leeds"], ["retype", "Kent Integrated Dataset", "Publication"],
                 ["rename", "Nesta", "Nesta Foundation"], ["reject", first_id]):
        result = CliRunner().invoke(main, ["review", *args, "--store", str(store)])
        assert result.exit_code == 0, result.output
        _same_as_recount(store, tmp_path)
    assert recounts == []
    monkeypatch.undo()
    monkeypatch.setattr("kg.build.refresh_summary", counted["_refresh"])
    monkeypatch.setattr("kg.build.update_summary", counted["_update"])
    changed = next(f for f in sorted(src.glob("*.txt")) if "Leeds" in f.read_text(encoding="utf-8"))
    changed.write_text(changed.read_text(encoding="utf-8") + "\nNesta worked with Leeds on open data in Leeds.\n",
                       encoding="utf-8")
    before = dict(counted)
    assert build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor).changed == 1
    assert counted["update"] == before["update"] + 1 and counted["recount"] == before["recount"]
    _same_as_recount(store, tmp_path)

    sorted(src.glob("*.txt"))[0].unlink()  # a removed article
    assert build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor, prune=True).removed == 1
    _same_as_recount(store, tmp_path)
    assert counted["update"] == before["update"] + 2


def test_a_stale_or_foreign_summary_is_recounted(extractor, tmp_path, counted):
    from kg.build import build
    from kg.summary import mark_summary_stale
    from kg.summary.tally import FILE
    from kg.vocab.resources import bundled_sources

    src, store = tmp_path / "src", tmp_path / "store"
    shutil.copytree(bundled_sources(), src)
    build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    with KGStore(store) as st:
        mark_summary_stale(st)  # as a build cut short, or an update through the server, leaves it
    first = sorted(src.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nMore news.\n", encoding="utf-8")
    build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    assert (counted["recount"], counted["update"]) == (2, 0)
    (store / FILE).unlink()  # tallies lost: the stamps differ, so the summary is recounted
    first.write_text(first.read_text(encoding="utf-8") + "\nAnd more.\n", encoding="utf-8")
    build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    assert (counted["recount"], counted["update"]) == (3, 0)
    _same_as_recount(store, tmp_path)
