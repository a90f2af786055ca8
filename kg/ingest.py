"""Read articles from files, folders, feeds and JSON into Documents.

Each adapter is registered by file type. A bad file produces an ``InputError`` for that file only;
``read_sources`` collects those as problems so the rest of the batch goes on.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .model import Document

MAX_BYTES = 20 * 1024 * 1024
HEADER_FIELDS = ("title", "author", "date", "url", "source")
_HEADER_RE = re.compile(r"^(Title|Author|Date|URL|Source)\s*:\s*(.*)$", re.IGNORECASE)
_BYLINE_RE = re.compile(r"^By\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*$")

Adapter = Callable[[str, str], list[Document]]
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


@adapter(".txt", ".md", ".markdown", ".text")
def read_text(text: str, source: str) -> list[Document]:
    """Plain text: optional header block, else headline on the first line and a `By NAME` line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
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
        raise InputError(source, "feed items carry no text")
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
                    raise InputError(source, f"line {lineno}: invalid JSON ({exc.msg})") from None
    docs = []
    for n, (lineno, rec) in enumerate(records):
        if not isinstance(rec, dict) or not str(rec.get("text") or "").strip():
            raise InputError(source, f"record at line {lineno} has no 'text'")
        meta = {k: str(rec[k]) for k in HEADER_FIELDS if rec.get(k)}
        docs.append(_document(meta, str(rec["text"]).strip(), source, n))
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

    resolved = path.resolve()
    for base, prefix in ((bundled_sources().resolve(), Path("sources")), (Path.cwd().resolve(), Path())):
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
    paths = list(paths)
    for raw in paths:  # fail before reading anything if a named path does not exist
        if not Path(raw).exists():
            raise InputError(str(raw), "no such file or folder")
    result = IngestResult()
    for path in iter_files(paths):
        try:
            docs = read_file(path)
        except InputError as exc:
            result.problems.append(exc)
            continue
        result.files_read += 1
        result.documents.extend(docs)
    return result
