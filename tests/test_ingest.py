import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_file, read_sources


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_plain_text_headline_and_byline(tmp_path):
    f = write(tmp_path / "a.txt", "Council opens data\n\nBy Jane Smith\n\nLeeds City Council opened its data.\n")
    [doc] = read_file(f)
    assert doc.title == "Council opens data"
    assert doc.author == "Jane Smith"
    assert doc.text == "Leeds City Council opened its data."


def test_header_block_wins(tmp_path):
    f = write(tmp_path / "a.md", "Title: Real title\nAuthor: A. Writer\nDate: 2018-05-25\nURL: https://example.org/a\n\n"
                                 "First line of body\nMore body.\n")
    [doc] = read_file(f)
    assert (doc.title, doc.author, doc.date, doc.url) == ("Real title", "A. Writer", "2018-05-25", "https://example.org/a")
    assert doc.text.startswith("First line of body")


def test_jsonl_one_article_per_record(tmp_path):
    recs = [{"title": "One", "text": "Body one."}, {"title": "Two", "text": "Body two.", "url": "https://x.org/2"}]
    f = write(tmp_path / "a.jsonl", "\n".join(json.dumps(r) for r in recs))
    docs = read_file(f)
    assert [d.title for d in docs] == ["One", "Two"]
    assert docs[1].url == "https://x.org/2"
    assert docs[0].key != docs[1].key


def test_jsonl_record_without_text_names_the_line_and_keeps_the_rest(tmp_path):
    f = write(tmp_path / "a.jsonl", json.dumps({"title": "ok", "text": "x"}) + "\n" + json.dumps({"title": "no text"}))
    [doc, problem] = read_file(f)
    assert doc.title == "ok"
    assert isinstance(problem, InputError) and "line 2" in str(problem) and str(f) in str(problem)
    g = write(tmp_path / "b.jsonl", json.dumps({"title": "no text"}))
    with pytest.raises(InputError, match="line 1"):
        read_file(g)


def test_html_main_text_without_scripts(tmp_path):
    html = ("<html><head><title>Fine for council</title><script>alert(1)</script></head><body><nav>Home | About</nav>"
            "<article><h1>Fine for council</h1><p>The Information Commissioner's Office fined Norfolk County Council "
            "sixty thousand pounds after files were found in a cabinet sold to a shop. The regulator said councils must "
            "check furniture before selling it.</p><p>The council apologised and reviewed its procedures for disposing "
            "of office equipment and paper records.</p></article></body></html>")
    [doc] = read_file(write(tmp_path / "p.html", html))
    assert doc.title == "Fine for council"
    assert "Norfolk County Council" in doc.text
    assert "alert" not in doc.text


def test_rss_feed_items(tmp_path):
    rss = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Feed</title>"
           "<item><title>First</title><link>https://example.org/1</link><description>&lt;p&gt;Body of the first.&lt;/p&gt;</description></item>"
           "<item><title>Second</title><link>https://example.org/2</link><description>Body of the second.</description></item>"
           "</channel></rss>")
    docs = read_file(write(tmp_path / "f.rss", rss))
    assert [(d.title, d.url) for d in docs] == [("First", "https://example.org/1"), ("Second", "https://example.org/2")]
    assert docs[0].text == "Body of the first."


def test_windows_1252_text_is_read(tmp_path):
    f = write(tmp_path / "w.txt", "Council\u2019s plan\n\nThe council\u2019s plan costs \u00a35.\n".encode("cp1252"))
    [doc] = read_file(f)
    assert doc.title == "Council\u2019s plan"


@pytest.mark.parametrize("name,content,problem", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\n", "empty"),
    ("bin.txt", b"\x00\x01\x02binary", "binary"),
    ("title-only.txt", b"Just a headline\n", "no body"),
])
def test_bad_files_give_one_clear_problem(tmp_path, name, content, problem):
    f = write(tmp_path / name, content)
    with pytest.raises(InputError) as exc:
        read_file(f)
    assert problem in str(exc.value) and str(f) in str(exc.value)


def test_unreadable_file_is_reported_not_raised(tmp_path, monkeypatch):
    good = write(tmp_path / "good.txt", "Headline\n\nBody text.\n")
    bad = write(tmp_path / "locked.txt", "Headline\n\nBody.\n")
    real = Path.read_bytes

    def guarded(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    result = read_sources([tmp_path])
    assert [d.title for d in result.documents] == ["Headline"]
    assert len(result.problems) == 1 and "permission denied" in str(result.problems[0])
    assert str(bad) in str(result.problems[0]) and good.exists()


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_sources([tmp_path / "nope"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no readable articles"):
        read_sources([tmp_path / "empty"])


def test_folders_are_read_recursively_and_hidden_files_skipped(tmp_path):
    write(tmp_path / "a" / "b" / "one.txt", "One\n\nBody.\n")
    write(tmp_path / "a" / ".hidden.txt", "Hidden\n\nBody.\n")
    write(tmp_path / "a" / "notes.csv", "x,y\n")
    result = read_sources([tmp_path / "a"])
    assert [d.title for d in result.documents] == ["One"]
