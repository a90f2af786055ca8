"""kg diff: what each build changed, recorded from what it touched, compared by what the statements say."""

from click.testing import CliRunner

from kg import diff
from kg.cli import main
from kg.model import ArticleExtraction, Document, Entity, Relation
from kg.store import KGStore


def _put(st, title: str, text: str, rels: list[tuple[str, str, str, str]]):
    entities = {n: Entity("Organisation", n) for s, _, o, _ in rels for n in (s, o)}
    relations = [Relation(entities[s], p, entities[o], ev, 0, len(ev), 0.9, "active") for s, p, o, ev in rels]
    st.put_article(ArticleExtraction(Document(title=title, text=text, source=f"{title}.txt"),
                                     list(entities.values()), relations, []))


def test_added_removed_and_changed_are_told_apart(tmp_path):
    with KGStore(tmp_path / "s") as st:
        _put(st, "Fines", "v1", [("Data Watchdog", "fined", "Riverside Council", "The watchdog fined Riverside.")])
        _put(st, "Grants", "v1", [("Arts Fund", "funded", "Hill Trust", "The fund backed the trust.")])
        before = diff.take(st, "a")
        _put(st, "Fines", "v2", [("Data Watchdog", "fined", "Riverside Council", "The watchdog fined Riverside again.")])
        st.remove_articles([next(iri for iri, (_, t) in before.articles.items() if t == "Grants")])
        _put(st, "Appointments", "v1", [("Arts Fund", "appointed", "Jo Park Ltd", "The fund hired Jo Park Ltd.")])
        st.drop_orphan_entities()
        after = diff.take(st, "b")
    d = diff.compare(before, after)
    got = {(c.kind, c.change, c.label) for c in d.changes}
    assert ("article", "changed", "Fines") in got and ("article", "removed", "Grants") in got
    assert ("article", "added", "Appointments") in got
    assert ("entity", "added", "Jo Park Ltd") in got and ("entity", "removed", "Hill Trust") in got
    assert ("statement", "changed", "Data Watchdog fined Riverside Council") in got  # same fact, new evidence
    assert ("statement", "removed", "Arts Fund funded Hill Trust") in got
    assert ("statement", "added", "Arts Fund appointed Jo Park Ltd") in got
    assert not any(c.change == "changed" and c.kind == "entity" for c in d.changes)
    assert diff.compare(after, after).changes == []


def test_records_round_trip_and_only_the_last_are_kept(tmp_path):
    change = diff.Change("statement", "changed", "https://example.org/a", "X fined Y", "It fined \u201cY\u201d.")
    d = diff.Diff("20260101T000000000000Z", "20260101T000001000000Z", [change])
    diff.save(d, tmp_path / "s")
    assert diff.load(diff.records(tmp_path / "s")[0]) == d
    for i in range(diff.KEEP + 3):
        diff.save(diff.Diff("", f"20260102T0000{i:02d}000000Z", []), tmp_path / "s")
    assert len(diff.records(tmp_path / "s")) == diff.KEEP
    assert diff.latest(tmp_path / "s").new == f"20260102T0000{diff.KEEP + 2:02d}000000Z"


def test_kg_diff_after_two_builds(tmp_path, extractor):
    from kg.build import build

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Watchdog fines a council\n\nThe Data Watchdog fined Riverside Borough Council "
                               "£5,000 in 2019.\n", encoding="utf-8")
    store = tmp_path / "store"
    (src / "c.txt").write_text("Fund backs a trust\n\nThe Arts Fund funded the Hill Trust in 2018.\n", encoding="utf-8")
    build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    with KGStore(store, read_only=True) as st:
        whole_before = diff.take(st)
    (src / "b.txt").write_text("Trust opens a gallery\n\nThe Hill Trust opened a gallery in Riverside.\n",
                               encoding="utf-8")
    (src / "a.txt").write_text("Watchdog fines a council\n\nThe Data Watchdog fined Riverside Borough Council "
                               "£7,000 in 2019 and criticised Hill Trust.\n", encoding="utf-8")
    (src / "c.txt").unlink()
    build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor, prune=True)
    with KGStore(store, read_only=True) as st:
        whole_after = diff.take(st)
    # what the build recorded, from what it touched, is what comparing the whole store shows
    assert diff.latest(store).changes == diff.compare(whole_before, whole_after).changes
    assert {c.change for c in diff.latest(store).changes if c.kind == "article"} == {"added", "changed", "removed"}
    result = CliRunner().invoke(main, ["diff", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "articles: 1 added, 1 removed, 1 changed" in result.output and "+ article   Trust opens a gallery" in result.output
    out = tmp_path / "diff.csv"
    result = CliRunner().invoke(main, ["diff", "--store", str(store), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").splitlines()[0] == "kind,change,iri,label,detail"
    html = CliRunner().invoke(main, ["diff", "--store", str(store), "--format", "html"]).output
    assert "Trust opens a gallery" in html and "<script" not in html
    missing = CliRunner().invoke(main, ["diff", "--store", str(tmp_path / "nothing")])
    assert missing.exit_code == 1 and "no record of a build" in missing.output
