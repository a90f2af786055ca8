"""Real-world inputs: multi-article dumps, broken files in a batch, repeats, and a build killed mid-way."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from kg.build import build
from kg.cli import main
from kg.ingest import read_file
from kg.segment import split_text
from kg.store import KGStore
from kg.summary import summary_is_fresh

DUMP = """Council opens its data

A photo of the town hall at dusk.

By Jane Smith

Riverside Borough Council published forty datasets on Monday.

The council said more would follow.


Follow us on Twitter for more news.

If you liked this post, you may also like:

Another story title

Yet another story title


Regulator reviews archive practices

The Records Office looked at how councils store paper files.

It found wide variation.


Source: Regulator reviews archive practices : Public Records Weekly


Charity launches helpline

By Tom Brown

Helping Hands launched a helpline for carers in March.
"""


def test_dump_is_split_into_posts_with_boilerplate_and_captions_dropped(tmp_path):
    f = tmp_path / "dump.txt"
    f.write_text(DUMP, encoding="utf-8")
    docs = read_file(f)
    assert [d.title for d in docs] == ["Council opens its data", "Regulator reviews archive practices", "Charity launches helpline"]
    assert [d.author for d in docs] == ["Jane Smith", None, "Tom Brown"]
    first = docs[0].text
    assert first.startswith("Riverside Borough Council published") and "photo" not in first
    assert "Follow us" not in first and "Another story title" not in first
    assert "Source:" not in docs[1].text
    assert len({d.key for d in docs}) == 3


def test_single_article_with_footer_is_one_post():
    posts = split_text("Headline here\n\nBody one.\n\n\nMore body after a gap, still the same post.\n\n\nFollow us on Twitter.\n").posts
    assert len(posts) == 1 and posts[0].paragraphs[-1].startswith("More body")


def test_same_post_in_two_dumps_is_stored_once(tmp_path, extractor):
    for name in ("one.txt", "two.txt"):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / name).write_text(DUMP, encoding="utf-8")
    report = build([tmp_path / "in"], store_path=tmp_path / "s", exports_dir=None, quiet=True, extractor=extractor)
    assert report.articles == 6 and report.new == 3 and report.total_articles == 3


def _bad_corpus(root: Path) -> dict[str, str]:
    """Every kind of bad input next to two good articles; returns file name -> expected problem."""
    root.mkdir()
    (root / "good.txt").write_text("Good article\n\nLeeds City Council launched the Leeds Data Platform.\n", encoding="utf-8")
    (root / "cp1252.txt").write_bytes("Council\u2019s budget\n\nThe council\u2019s budget is \u00a35 million.\n".encode("cp1252"))
    bad = {
        "empty.txt": (b"", "empty"),
        "binary.txt": (bytes(range(256)) * 4, "binary"),
        "invalid.txt": (b"Title\n\nBad bytes \x81\x8d\x8f here\n", "not valid UTF-8 or Windows-1252"),
        "scripts.html": (b"<html><head><script>var a=1;</script></head><body><script>alert(1)</script></body></html>", "no article text"),
        "broken.rss": (b"<rss><channel><item><title>x</title", "not a readable RSS/Atom feed"),
        "notext.jsonl": (json.dumps({"title": "no body"}).encode(), "has no 'text'"),
    }
    for name, (data, _) in bad.items():
        (root / name).write_bytes(data)
    with open(root / "huge.txt", "wb") as fh:
        fh.write(b"Huge\n\n")
        fh.seek(50 * 1024 * 1024)
        fh.write(b"end\n")
    os.symlink(root / "loop-b.txt", root / "loop-a.txt")
    os.symlink(root / "loop-a.txt", root / "loop-b.txt")
    expected = {name: problem for name, (_, problem) in bad.items()}
    expected.update({"huge.txt": "over the 20 MiB limit", "loop-a.txt": "symbolic links", "loop-b.txt": "symbolic links"})
    return expected


def test_bad_inputs_each_get_one_line_and_the_batch_goes_on(tmp_path):
    expected = _bad_corpus(tmp_path / "in")
    store = tmp_path / "s"
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(tmp_path / "in"), "--store", str(store), "--no-exports"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped ")]
    for name, problem in expected.items():
        lines = [line for line in skipped if f"{name}:" in line]
        assert len(lines) == 1 and problem in lines[0], (name, skipped)
    assert "2 new" in result.output
    with KGStore(store, create=False) as st:
        from kg.stats import store_stats

        assert store_stats(st).articles == 2
    strict = runner.invoke(main, ["build", str(tmp_path / "in"), "--store", str(store), "--no-exports", "--strict"])
    assert strict.exit_code != 0


def test_nothing_readable_is_a_failure_and_leaves_the_store_alone(tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    (good / "a.txt").write_text("A\n\nNesta published a report.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(good), "--store", str(tmp_path / "s"), "--no-exports", "-q"]).exit_code == 0
    with KGStore(tmp_path / "s", create=False) as st:
        before = sorted(map(str, st.quads()))
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    result = runner.invoke(main, ["build", str(bad), "--store", str(tmp_path / "s"), "--no-exports"])
    assert result.exit_code != 0 and "nothing could be read" in result.output and "Traceback" not in result.output
    with KGStore(tmp_path / "s", create=False) as st:
        assert sorted(map(str, st.quads())) == before


def test_stdin_and_globs(tmp_path):
    (tmp_path / "x1.txt").write_text("One\n\nNesta published a report.\n", encoding="utf-8")
    (tmp_path / "x2.txt").write_text("Two\n\nOfsted inspected Leeds City Council.\n", encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(main, ["build", str(tmp_path / "x*.txt"), "--store", str(tmp_path / "s"), "--no-exports"])
    assert r.exit_code == 0 and "2 new" in r.output
    r = runner.invoke(main, ["build", "-", "--store", str(tmp_path / "s"), "--no-exports"],
                      input="Three\n\nThe Care Quality Commission inspected a hospital.\n")
    assert r.exit_code == 0 and "1 new" in r.output


def _corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    bodies = ["The Information Commissioner's Office fined {c} £{k},000 for losing files.",
              "{c} launched the {c} Data Platform in 2019 with help from Nesta.",
              "Ofsted rated {c} inadequate after an inspection in {y}."]
    councils = ["Leeds City Council", "Kent County Council", "Norfolk County Council", "Essex County Council",
                "Hampshire County Council", "Newcastle City Council"]
    for i in range(n):
        c = councils[i % len(councils)]
        text = " ".join(b.format(c=c, k=10 + i, y=2000 + i % 20) for b in bodies) * 3
        (folder / f"a{i:03d}.txt").write_text(f"Story {i} about {c}\n\n{text}\n", encoding="utf-8")


def test_build_killed_mid_way_leaves_whole_articles_and_resumes(tmp_path, extractor, monkeypatch):
    monkeypatch.chdir(tmp_path)  # article keys come from paths relative to the working folder
    src = tmp_path / "src"
    _corpus(src, 80)
    ref = tmp_path / "ref"
    build([src], store_path=ref, exports_dir=None, quiet=True, extractor=extractor)

    store = tmp_path / "killed"
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(src), "--store", str(store), "--no-exports"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, cwd=tmp_path)
    os.set_blocking(proc.stderr.fileno(), False)
    seen, deadline = b"", time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        seen += proc.stderr.read() or b""
        done = [int(m) for m in re.findall(rb"(\d+)/80", seen)]
        if done and max(done) >= 10:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the build finished before it could be killed"
    workers = _children(proc.pid)
    assert workers, "the build should extract in worker processes"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 10
    while time.time() < deadline and any(Path(f"/proc/{w}").exists() and _state(w) != "Z" for w in workers):
        time.sleep(0.1)
    assert not [w for w in workers if Path(f"/proc/{w}").exists() and _state(w) != "Z"], "workers outlived the build"
    time.sleep(0.5)
    assert b"Traceback" not in (proc.stderr.read() or b""), "workers died noisily (BrokenPipeError) instead of with the build"

    with KGStore(ref, create=False) as r:
        reference = {}
        for q in r.quads():
            reference.setdefault(q.graph_name.value, set()).add(q)
    with KGStore(store, create=False) as st:
        got = {}
        for q in st.quads():
            got.setdefault(q.graph_name.value, set()).add(q)
    articles = [g for g in got if "/id/article/" in g]
    assert 0 < len(articles) < 80
    for g in articles:
        assert got[g] == reference[g], "an article graph was half written"

    with KGStore(store, create=False) as st:
        assert not summary_is_fresh(st), "a killed build must leave its summary marked stale"
    resumed = build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    assert resumed.unchanged == len(articles) and resumed.new == 80 - len(articles)
    with KGStore(store, create=False) as st, KGStore(ref, create=False) as r:
        assert set(st.quads()) == set(r.quads())
        assert summary_is_fresh(st)


def _children(pid: int) -> list[int]:
    """Processes whose parent is *pid* (from /proc)."""
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"
