"""Inputs that used to abort a batch or be stored wrongly, --strict, and article identity."""

from __future__ import annotations

import json
import os
from pathlib import Path

from click.testing import CliRunner

from kg.build import build
from kg.cli import main
from kg.errors import InputError
from kg.ingest import MAX_ARTICLE_CHARS, read_file, read_sources
from kg.model import Document
from kg.store import KGStore

GOOD = "Council opens data\n\nLeeds City Council published its spending data on Monday.\n"


def _skipped(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("skipped ")]


def test_deeply_nested_json_is_one_problem(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = read_sources([tmp_path])
    assert not result.documents and len(result.problems) == 1
    assert "nested too deeply" in str(result.problems[0]) and "deep.json" in str(result.problems[0])


def test_lone_surrogate_escape_is_replaced_not_fatal(tmp_path, extractor):
    (tmp_path / "s.jsonl").write_text(json.dumps({"title": "Bad \ud800 title", "text": "Nesta published a report \ud800."}),
                                      encoding="utf-8")
    [doc] = read_file(tmp_path / "s.jsonl")
    assert "\ud800" not in doc.title + doc.text and "\ufffd" in doc.text
    report = build([tmp_path], store_path=tmp_path / "st", exports_dir=None, quiet=True, extractor=extractor)
    assert report.new == 1


def test_text_as_a_list_of_paragraphs_is_joined_and_other_shapes_are_refused(tmp_path):
    lines = [json.dumps({"title": "List", "text": ["First paragraph.", "Second paragraph."]}),
             json.dumps({"title": "Object", "text": {"a": 1}}),
             json.dumps({"title": "Number", "text": 42})]
    (tmp_path / "r.jsonl").write_text("\n".join(lines), encoding="utf-8")
    doc, obj, num = read_file(tmp_path / "r.jsonl")
    assert isinstance(doc, Document) and doc.text == "First paragraph.\n\nSecond paragraph."
    assert isinstance(obj, InputError) and "line 2" in str(obj) and "dict" in str(obj)
    assert isinstance(num, InputError) and "line 3" in str(num)


def _pdf(text: str) -> bytes:
    """A minimal one-page PDF showing *text* in Helvetica, with a correct cross-reference table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def test_pdf_text_is_read_and_a_fake_pdf_is_refused(tmp_path):
    (tmp_path / "real.pdf").write_bytes(_pdf("Ofsted inspected Leeds City Council in 2019."))
    [doc] = read_file(tmp_path / "real.pdf")
    assert "Ofsted inspected Leeds City Council" in doc.title + doc.text
    (tmp_path / "fake.pdf").write_text(GOOD, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(tmp_path / "fake.pdf"), "--store", str(tmp_path / "s"), "--no-exports"])
    assert result.exit_code == 2 and "not a PDF" in result.output and "Traceback" not in result.output


def test_oversized_article_is_skipped_with_one_line_and_the_batch_goes_on(tmp_path, extractor):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    para = "The council reviewed its budget and agreed a plan for the coming year. " * 140 + "\n\n"
    with open(src / "huge.txt", "w", encoding="utf-8") as fh:
        fh.write("A very long report\n\n")
        while fh.tell() < MAX_ARTICLE_CHARS + 100_000:
            fh.write(para)
    result = read_sources([src])
    assert [d.title for d in result.documents] == ["Council opens data"]
    [problem] = result.problems
    assert "huge.txt" in str(problem) and "character limit" in str(problem)


def test_long_article_is_parsed_in_chunks_with_the_same_result(extractor, monkeypatch):
    import kg.extract
    import kg.extract.extractor

    para = ("The Information Commissioner's Office fined Norfolk County Council £60,000 in 2017. "
            "Kent County Council created the Kent Integrated Dataset (KID) with local health partners.")
    doc = Document(title="Long report", text="\n\n".join([para] * 30), source="test")
    whole = extractor.extract_one(doc)
    monkeypatch.setattr(kg.extract.extractor, "CHUNK_CHARS", 1_000)
    chunked = extractor.extract_one(doc)
    assert len(kg.extract.chunk_text(doc.full_text, 1_000)) > 5
    key = lambda ex: sorted((r.subject.name, r.predicate, r.object.name, r.start) for r in ex.relations)  # noqa: E731
    assert key(chunked) == key(whole) and len(whole.relations) >= 30
    assert {e.name for e in chunked.entities} == {e.name for e in whole.entities}


def test_chunks_rebuild_the_text_exactly():
    from kg.extract import chunk_text

    text = ("word " * 300 + "\n\n") * 7 + "x" * 2500
    chunks = chunk_text(text, 1000)
    assert "".join(chunks) == text and max(map(len, chunks)) <= 1000


def test_strict_writes_nothing_when_an_input_is_unreadable(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(src), "--store", str(tmp_path / "s"), "--no-exports", "--strict"])
    assert result.exit_code == 2 and "empty.txt" in result.output and "nothing was written" in result.output
    assert not (tmp_path / "s").exists()


def test_article_keys_do_not_depend_on_the_working_folder(tmp_path, extractor, monkeypatch):
    src = tmp_path / "corpus" / "posts"
    src.mkdir(parents=True)
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    keys = []
    for cwd in (tmp_path, src, tmp_path / "corpus"):
        monkeypatch.chdir(cwd)
        keys.append({d.key for d in read_sources([os.path.relpath(src, cwd)]).documents})
    assert keys[0] == keys[1] == keys[2]
    store = tmp_path / "st"
    monkeypatch.chdir(tmp_path)
    build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    monkeypatch.chdir(src)
    again = build(["."], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    assert again.unchanged == 1 and again.new == 0


def test_posts_of_a_dump_keep_their_keys_when_a_post_is_inserted_before_them(tmp_path):
    one = "First story\n\nBy Ann Lee\n\nNesta published a report.\n\nFollow us on Twitter.\n\n"
    two = "Second story\n\nBy Bob Roe\n\nOfsted inspected a council.\n\nFollow us on Twitter.\n\n"
    new = "Breaking story\n\nBy Cat Poe\n\nThe council was fined.\n\nFollow us on Twitter.\n\n"
    f = tmp_path / "dump.txt"
    f.write_text(one + two, encoding="utf-8")
    before = {d.title: d.key for d in read_file(f)}
    f.write_text(new + one + two, encoding="utf-8")
    after = {d.title: d.key for d in read_file(f)}
    assert len(after) == 3 and all(after[t] == k for t, k in before.items())


def test_build_report_counts_posts_and_warns_on_heavy_furniture(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    furniture = "\n\n".join(["Follow us on Twitter to read more of our research every week."] * 12)
    (src / "dump.txt").write_text(f"One story\n\nThe council met.\n\n{furniture}\n\nTwo story\n\nThe board met.\n",
                                  encoding="utf-8")
    [stats] = read_sources([src]).files
    assert stats.posts == 2 and stats.chars_kept + stats.chars_dropped == stats.chars_total
    assert stats.warning and "kg split" in stats.warning
    result = CliRunner().invoke(main, ["build", str(src), "--store", str(tmp_path / "s"), "--no-exports"])
    assert "warning " in result.output and "2 post(s)" in result.output
    shown = CliRunner().invoke(main, ["split", str(src / "dump.txt")])
    assert shown.exit_code == 0 and "[1] line 1: One story" in shown.output and "[2]" in shown.output
    assert "furniture" in shown.output


def test_summary_marked_stale_is_repaired_by_the_next_build(tmp_path, extractor):
    from kg.summary import mark_summary_stale, summary_is_fresh

    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    build([src], store_path=tmp_path / "s", exports_dir=None, quiet=True, extractor=extractor)
    with KGStore(tmp_path / "s", create=False) as st:
        assert summary_is_fresh(st)
        mark_summary_stale(st)  # as a build killed between its last article and the summary would leave it
        assert not summary_is_fresh(st)
    report = build([src], store_path=tmp_path / "s", exports_dir=None, quiet=True, extractor=extractor)
    assert report.unchanged == 1
    with KGStore(tmp_path / "s", create=False) as st:
        assert summary_is_fresh(st)


def test_unreadable_json_keeps_its_path_in_the_message(tmp_path):
    bad = Path(tmp_path / "x.json")
    bad.write_text('{"title": "x", "text": ', encoding="utf-8")
    result = read_sources([bad])
    assert len(result.problems) == 1 and "x.json" in str(result.problems[0]) and "invalid JSON" in str(result.problems[0])


def test_aliases_follow_the_articles_that_still_use_them(tmp_path, extractor):
    src = tmp_path / "in"
    src.mkdir()
    a = src / "a.txt"
    a.write_text("Data sharing in Kent\n\nKent County Council (KCC) created the Kent Integrated Dataset (KID) in 2014.\n",
                 encoding="utf-8")
    (src / "b.txt").write_text("Another Kent story\n\nThe Kent Integrated Dataset (KID) helps planners in Kent.\n", encoding="utf-8")

    def names() -> dict[str, set[str]]:
        from kg.sparql import run_query

        with KGStore(tmp_path / "s", create=False) as st:
            rows = run_query(st, "SELECT ?l ?a WHERE { GRAPH <https://w3id.org/policy-kg/graph/entities> "
                                 "{ ?e rdfs:label ?l OPTIONAL { ?e skos:altLabel ?a } } }")
            out: dict[str, set[str]] = {}
            for row in rows:
                out.setdefault(str(row["l"]), set()).update([str(row["a"])] if row["a"] is not None else [])
            return out

    build([src], store_path=tmp_path / "s", exports_dir=None, quiet=True, extractor=extractor)
    assert "KCC" in names()["Kent County Council"] and "KID" in names()["Kent Integrated Dataset"]
    a.write_text("Data sharing in Kent\n\nKent County Council created the Kent Integrated Dataset in 2014.\n", encoding="utf-8")
    build([src], store_path=tmp_path / "s", exports_dir=None, quiet=True, extractor=extractor)
    after = names()
    assert "KCC" not in after["Kent County Council"]  # no article calls it KCC any more
    assert "KID" in after["Kent Integrated Dataset"]  # b.txt still does
