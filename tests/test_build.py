"""The main job on the bundled corpus, and incremental rebuilds."""

from pathlib import Path

import pytest

from kg.build import build
from kg.errors import InputError
from kg.store import KGStore


def test_bundled_corpus_builds_with_exports(built):
    root, report = built
    assert report.articles >= 15 and report.new == report.articles
    assert report.entities_by_type["Organisation"] > 10
    assert {"fined", "created", "launched", "published"} <= set(report.relations_by_predicate)
    assert (root / "exports" / "graph.ttl").stat().st_size > 0
    assert (root / "exports" / "graph.html").stat().st_size > 0


def test_rebuild_of_unchanged_corpus_changes_nothing(built, extractor):
    root, first = built
    with KGStore(root / "store", create=False) as st:
        before = sorted(map(str, st.quads()))
    again = build(store_path=root / "store", exports_dir=None, quiet=True, extractor=extractor)
    assert (again.new, again.changed, again.unchanged) == (0, 0, first.articles)
    with KGStore(root / "store", create=False) as st:
        assert sorted(map(str, st.quads())) == before


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_changed_article_replaces_its_statements_and_prune_removes(tmp_path, extractor):
    src = tmp_path / "src"
    _write(src, "a.txt", "Fine\n\nThe Information Commissioner's Office fined Norfolk County Council £60,000.\n")
    _write(src, "b.txt", "Launch\n\nLeeds City Council launched the Leeds Data Platform in 2015.\n")
    store = tmp_path / "store"
    r1 = build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    assert r1.relations_by_predicate == {"fined": 1, "launched": 1}
    _write(src, "a.txt", "Fine\n\nThe Information Commissioner's Office fined Hampshire County Council £100,000.\n")
    r2 = build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    assert (r2.new, r2.changed, r2.unchanged) == (0, 1, 1)
    with KGStore(store, create=False) as st:
        from kg.sparql import run_canned

        fined = {str(r["finedLabel"]) for r in run_canned(st, "fines")}
    assert fined == {"Hampshire County Council"}
    (src / "b.txt").unlink()
    r3 = build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor, prune=True)
    assert r3.removed == 1 and r3.total_articles == 1
    assert "Programme" not in r3.entities_by_type  # the Leeds Data Platform went with its article


def test_same_entity_across_articles_is_one_node(tmp_path, extractor):
    src = tmp_path / "src"
    _write(src, "a.txt", "One\n\nNesta published a report on councils.\n")
    _write(src, "b.txt", "Two\n\nNESTA worked with Leeds City Council.\n")
    report = build([src], store_path=tmp_path / "s", exports_dir=None, quiet=True, extractor=extractor)
    with KGStore(tmp_path / "s", create=False) as st:
        from kg.sparql import run_canned

        rows = list(run_canned(st, "find-entity", {"name": "nesta"}))
    assert len(rows) == 1 and str(rows[0]["label"]) == "Nesta"
    assert report.total_articles == 2


def test_all_inputs_bad_is_an_error_and_store_untouched(tmp_path, extractor):
    src = tmp_path / "bad"
    _write(src, "empty.txt", "")
    with pytest.raises(InputError, match="nothing could be read"):
        build([src], store_path=tmp_path / "s", exports_dir=None, quiet=True, extractor=extractor)
    assert not (tmp_path / "s").exists()



def test_a_new_ontology_with_no_article_changed_keeps_the_counts_true(tmp_path, extractor):
    """A release that changes the ontology graph (a new trigger word) rebuilt over an unchanged corpus: the
    reported size is the store's, not the one counted before the ontology changed."""
    import pyoxigraph as ox

    from kg.rdf import ONTOLOGY_GRAPH
    from kg.stats import store_stats
    from kg.summary import refresh_summary

    src = tmp_path / "src"
    _write(src, "a.txt", "Fine\n\nThe Information Commissioner's Office fined Norfolk County Council £60,000.\n")
    store = tmp_path / "store"
    first = build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    with KGStore(store, create=False) as st:  # as if built by an older release whose ontology was one quad short
        quad = next(iter(st.oxigraph.quads_for_pattern(None, None, None, ONTOLOGY_GRAPH)))
        st.oxigraph.remove(ox.Quad(quad.subject, quad.predicate, quad.object, ONTOLOGY_GRAPH))
        refresh_summary(st)
        assert store_stats(st, exact=False).quads == first.triples - 1
    again = build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    assert again.unchanged == 1 and again.triples == first.triples  # the whole ontology again, and counted so


def test_an_article_the_readers_fail_on_is_reported_kept_out_and_the_rest_are_stored(tmp_path, extractor, monkeypatch):
    from click.testing import CliRunner

    from kg.cli import main
    from kg.extract import Extractor

    src = tmp_path / "src"
    _write(src, "a.txt", "Fine\n\nThe Information Commissioner's Office fined Norfolk County Council £60,000.\n")
    _write(src, "b.txt", "Broken\n\nOfsted inspected Kelby School in March.\n")
    first = build([src], store_path=tmp_path / "store", exports_dir=None, quiet=True, extractor=extractor)
    analyse = Extractor.analyse

    def failing(self, doc, document):
        if document.title == "Broken":
            raise RuntimeError("[E039] Array bounds exceeded\nsecond line")
        return analyse(self, doc, document)

    monkeypatch.setattr(Extractor, "analyse", failing)
    _write(src, "b.txt", "Broken\n\nOfsted inspected Kelby School in May.\n")  # changed: read again, and fails
    _write(src, "c.txt", "Grant\n\nThe Kelby Trust funded Orton Youth Club.\n")
    result = CliRunner().invoke(main, ["build", str(src), "--store", str(tmp_path / "store"), "--no-exports", "--workers", "1"])
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 1 and "b.txt" in skipped[0] and "E039" in skipped[0] and "not stored" in skipped[0]
    assert "Traceback" not in result.output and "second line" not in result.output
    with KGStore(tmp_path / "store", create=False) as st:
        text = "\n".join(map(str, st.quads()))
    assert "Orton Youth Club" in text and "Kelby School" in text  # the new article and the earlier version of the failed one
    assert first.articles == 2
