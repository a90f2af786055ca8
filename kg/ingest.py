"""Read articles from files, folders, feeds and JSON into Documents.

Each adapter is registered by file type. A bad file produces an ``InputError`` for that file only;
``read_sources`` collects those as problems so the rest of the batch goes on.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import InputError
from .model import Document

MAX_BYTES = 20 * 1024 * 1024
HEADER_FIELDS = ("title", "author", "date", "url", "source")
_HEADER_RE = re.compile(r"^(Title|Author|Date|URL|Source)\s*:\s*(.*)$", re.IGNORECASE)
_BYLINE_RE = re.compile(r"^By\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*$")

Adapter = Callable[[str, str], list]  # returns Documents, and InputErrors for parts it had to skip
_ADAPTERS: dict[str, Adapter] = {}


def adapter(*suffixes: str) -> Callable[[Adapter], Adapter]:
    """Register a reader for the given file suffixes."""

    def register(func: Adapter) -> Adapter:
        for suffix in suffixes:
            _ADAPTERS[suffix] = func
        return func

    return register


def supported_suffixes() -> tuple[str, ...]:
    """File endings `kg build` reads when walking a folder."""
    return tuple(sorted(_ADAPTERS))


@dataclass
class IngestResult:
    """Documents read, and one problem line per input that could not be read."""

    documents: list[Document] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)
    files_read: int = 0


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else Windows-1252; binary data is refused."""
    if not data.strip():
        raise InputError(source, "file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(source, "looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"not valid UTF-8 or Windows-1252 text ({exc.reason})") from None


@dataclass(frozen=True)
class Boilerplate:
    """Patterns of non-article lines, from ontology/boilerplate.json."""

    starts: tuple[str, ...]
    contains: tuple[str, ...]
    captions: tuple[str, ...]
    end_markers: tuple[str, ...]

    def is_boilerplate(self, para: str) -> bool:
        low = para.lower()
        return low.startswith(tuple(s.lower() for s in self.starts)) or any(c in low for c in self.contains)

    def is_caption(self, para: str) -> bool:
        return para.lower().startswith(tuple(c.lower() for c in self.captions))


@lru_cache(maxsize=1)
def boilerplate() -> Boilerplate:
    from .resources import ontology_file

    raw = json.loads(ontology_file("boilerplate.json").read_text(encoding="utf-8"))
    return Boilerplate(tuple(raw["starts"]), tuple(raw["contains"]), tuple(raw["captions"]), tuple(raw["end_markers"]))


_BLOCK_RE = re.compile(r"\n[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)+")
_PARA_RE = re.compile(r"\n[ \t\u00a0]*\n")


def _headline_like(para: str) -> bool:
    return 0 < len(para) <= 200 and "\n" not in para and not para.endswith((".", ":", ";", ","))


def split_articles(text: str) -> list[list[str]]:
    """Split a saved page or archive dump into articles, each a list of paragraphs, boilerplate dropped.

    Posts are separated by two or more blank lines. A new post starts after boilerplate (share
    prompts, 'you may also like' lists, 'Source:' lines) or where a block opens with a headline
    followed within two paragraphs by a 'By NAME' line. Everything else continues the current post.
    """
    bp = boilerplate()
    articles: list[list[str]] = []
    after_boilerplate = True
    for block in _BLOCK_RE.split(text):
        paras = [" ".join(p.split()) if "\n" not in p.strip() else p.strip() for p in _PARA_RE.split(block)]
        paras = [p for p in paras if p]
        content: list[str] = []
        ended = False
        for para in paras:
            if bp.is_boilerplate(para):
                ended = True
                if para.rstrip().endswith(":"):
                    break  # what follows in this block is a list of links
                continue
            if ended:
                continue  # after boilerplate, the rest of the block is more of it
            if bp.is_caption(para):
                continue
            content.append(para)
        if content:
            starts_post = _headline_like(content[0]) and (
                any(_BYLINE_RE.match(p) for p in content[1:3])
                or (len(content) >= 2 and len(content[0]) <= 120 and not _headline_like(content[1])))
            if not articles or after_boilerplate or starts_post:
                articles.append(content)
            else:
                articles[-1].extend(content)
        after_boilerplate = ended or (not content and after_boilerplate)
    return articles


def _drop_caption(paras: list[str]) -> list[str]:
    """A short line between the headline and the byline describes the picture, not the story."""
    if len(paras) >= 3 and _BYLINE_RE.match(paras[2]) and len(paras[1]) <= 150 and not _BYLINE_RE.match(paras[1]):
        return [paras[0], *paras[2:]]
    return paras


@adapter(".txt", ".md", ".markdown", ".text")
def read_text(text: str, source: str) -> list[Document]:
    """Plain text: optional header block, else one or more posts (headline, optional `By NAME` line, body)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _HEADER_RE.match(text.lstrip().split("\n", 1)[0].strip()):
        posts = split_articles(text)
        if len(posts) > 1:
            return [_post_document(_drop_caption(p), source, n) for n, p in enumerate(posts)]
        if posts:
            text = "\n\n".join(_drop_caption(posts[0]))
    lines = text.split("\n")
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines) and (m := _HEADER_RE.match(lines[i].strip())):
        meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    body_lines = lines[i:]
    if "title" not in meta:
        while body_lines and not body_lines[0].strip():
            body_lines.pop(0)
        if not body_lines:
            raise InputError(source, "file holds no text")
        meta["title"] = body_lines.pop(0).strip().lstrip("#").strip()
    for j, line in enumerate(body_lines[:6]):
        if m := _BYLINE_RE.match(line.strip()):
            meta.setdefault("author", m.group(1))
            del body_lines[j]
            break
    body = "\n".join(body_lines).strip()
    if not body:
        raise InputError(source, "article has a headline but no body text")
    return [_document(meta, body, source)]


def _post_document(paras: list[str], source: str, position: int) -> Document:
    """One post of a multi-article file: headline, optional byline, body."""
    meta = {"title": paras[0].lstrip("#").strip()}
    rest = paras[1:]
    for j, para in enumerate(rest[:3]):
        if m := _BYLINE_RE.match(para):
            meta["author"] = m.group(1)
            del rest[j]
            break
    body = "\n\n".join(rest).strip() or meta["title"]
    return _document(meta, body, source, position)


def _document(meta: dict[str, str], body: str, source: str, position: int = 0) -> Document:
    """Build a Document from header fields, keeping only non-empty values."""
    return Document(
        title=meta.get("title", "").strip() or "(untitled)",
        text=body,
        source=meta.get("source") or source,
        author=meta.get("author") or None,
        date=meta.get("date") or None,
        url=meta.get("url") or None,
        position=position,
    )


@adapter(".html", ".htm", ".xhtml")
def read_html(text: str, source: str) -> list[Document]:
    """HTML page: main text and metadata through trafilatura (navigation and scripts dropped)."""
    import trafilatura

    body = trafilatura.extract(text, include_comments=False, include_tables=False, favor_precision=True)
    if not body or not body.strip():
        raise InputError(source, "no article text found in the HTML page")
    meta_obj = trafilatura.extract_metadata(text)
    meta: dict[str, str] = {}
    if meta_obj is not None:
        for key, attr in (("title", "title"), ("author", "author"), ("date", "date"), ("url", "url")):
            value = getattr(meta_obj, attr, None)
            if value:
                meta[key] = str(value)
    if "title" not in meta:
        first, _, rest = body.strip().partition("\n")
        meta["title"], body = first.strip(), rest.strip() or body
    return [_document(meta, body.strip(), source)]


@adapter(".rss", ".atom", ".xml")
def read_feed(text: str, source: str) -> list[Document]:
    """RSS or Atom feed: one article per item, with its link, date and author."""
    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None)
        raise InputError(source, f"not a readable RSS/Atom feed{f' ({reason})' if reason else ''}")
    docs = []
    for n, item in enumerate(feed.entries):
        html = item.get("content", [{}])[0].get("value") if item.get("content") else item.get("summary", "")
        body = _strip_tags(html or "")
        if not body:
            continue
        meta = {"title": item.get("title", ""), "author": item.get("author", ""),
                "date": item.get("published", "") or item.get("updated", ""), "url": item.get("link", "")}
        docs.append(_document(meta, body, source, n))
    if not docs:
        reason = getattr(feed, "bozo_exception", None) if feed.bozo else None
        raise InputError(source, f"not a readable RSS/Atom feed ({reason})" if reason else "feed items carry no text")
    return docs


def _strip_tags(html: str) -> str:
    """Feed summaries are HTML fragments; keep their text, one paragraph per line."""
    from html import unescape

    html = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)
    html = re.sub(r"(?i)</p>|<br\s*/?>", "\n", html)
    return unescape(re.sub(r"<[^>]+>", " ", html)).strip()


@adapter(".jsonl", ".ndjson", ".json")
def read_json(text: str, source: str) -> list[Document]:
    """JSON Lines (or a JSON list/object): one article per record with at least `text`."""
    stripped = text.lstrip()
    records: list[tuple[int, object]]
    if stripped.startswith("["):
        try:
            records = list(enumerate(json.loads(text), start=1))
        except json.JSONDecodeError as exc:
            raise InputError(source, f"invalid JSON at line {exc.lineno}: {exc.msg}") from None
    else:
        records = []
        for lineno, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    records.append((lineno, json.loads(line)))
                except json.JSONDecodeError as exc:
                    records.append((lineno, InputError(source, f"line {lineno}: invalid JSON ({exc.msg}); skipped that line")))
    docs: list[Document | InputError] = []
    for n, (lineno, rec) in enumerate(records):
        if isinstance(rec, InputError):
            docs.append(rec)
            continue
        if not isinstance(rec, dict) or not str(rec.get("text") or "").strip():
            docs.append(InputError(source, f"record at line {lineno} has no 'text'; skipped that record"))
            continue
        meta = {k: str(rec[k]) for k in HEADER_FIELDS if rec.get(k)}
        docs.append(_document(meta, str(rec["text"]).strip(), source, n))
    if not any(isinstance(d, Document) for d in docs):
        raise InputError(source, docs[0].problem if docs else "no records")
    return docs


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand folders (recursively, skipping hidden entries) into files; raise for missing paths."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(str(raw), "no such file or folder")
        if path.is_file():
            yield path
            continue
        found = False
        for root, dirs, files in os.walk(path, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and Path(name).suffix.lower() in _ADAPTERS:
                    found = True
                    yield Path(root) / name
        if not found:
            raise InputError(str(path), f"folder has no readable articles ({', '.join(supported_suffixes())})")


def display_source(path: Path) -> str:
    """How an article's file is recorded: stable across machines for the bundled corpus and for
    paths under the working folder (relative), absolute otherwise."""
    from .resources import bundled_sources

    resolved = Path(os.path.abspath(path))  # not resolve(): a symlink loop must reach read_file's error
    for base, prefix in ((Path(os.path.abspath(bundled_sources())), Path("sources")), (Path(os.path.abspath(Path.cwd())), Path())):
        try:
            return str(prefix / resolved.relative_to(base))
        except ValueError:
            continue
    return str(resolved)


def read_file(path: Path) -> list[Document]:
    """Read one file with the adapter for its type."""
    source = display_source(path)
    func = _ADAPTERS.get(path.suffix.lower(), read_text)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(source, f"file is {size / 1e6:.0f} MB, over the {MAX_BYTES // 2**20} MiB limit for one article file")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(source, "permission denied: cannot read the file") from None
    except OSError as exc:
        raise InputError(source, f"cannot read the file ({exc.strerror or exc})") from None
    return func(decode(data, source), source)


def read_sources(paths: Iterable[str | Path]) -> IngestResult:
    """Read every article under *paths*. Missing paths raise; unreadable files become problems."""
    expanded: list[str | Path] = []
    for raw in paths:  # fail before reading anything if a named path does not exist
        if str(raw) == "-":
            expanded.append("-")
        elif Path(raw).exists():
            expanded.append(raw)
        elif Path(raw).is_symlink():
            raise InputError(str(raw), "broken or looping symbolic link")
        elif any(c in str(raw) for c in "*?["):
            matches = sorted(glob.glob(str(raw), recursive=True))
            if not matches:
                raise InputError(str(raw), "no file matches this pattern")
            expanded.extend(matches)
        else:
            raise InputError(str(raw), "no such file or folder")
    result = IngestResult()
    for path in (p for raw in expanded for p in (["-"] if raw == "-" else iter_files([raw]))):
        try:
            items = read_stdin() if path == "-" else read_file(path)
        except InputError as exc:
            result.problems.append(exc)
            continue
        result.files_read += 1
        for item in items:
            (result.problems if isinstance(item, InputError) else result.documents).append(item)
    return result


def read_stdin() -> list:
    """Articles piped in on standard input, read as text (one or more posts)."""
    data = sys.stdin.buffer.read()
    return read_text(decode(data, "<stdin>"), "<stdin>")
