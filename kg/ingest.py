"""Read articles from files, folders, feeds and JSON into Documents.

Each adapter is registered by file type. A bad file produces an ``InputError`` for that file only;
``read_sources`` collects those as problems so the rest of the batch goes on.
"""

from __future__ import annotations

import glob
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import InputError
from .model import Document, FileStats

MAX_BYTES = 20 * 1024 * 1024
# spaCy reads long texts in chunks (see extract); beyond this an article is refused with one line
MAX_ARTICLE_CHARS = 5_000_000
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
    return tuple(sorted(readable_suffixes()))


@dataclass
class IngestResult:
    """Documents read, and one problem line per input that could not be read."""

    documents: list[Document] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)
    files_read: int = 0
    files: list[FileStats] = field(default_factory=list)


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


def _clean(value: object) -> str:
    """A string from parsed input: lone surrogates (from JSON escapes such as \\ud800) become U+FFFD."""
    return _SURROGATE_RE.sub("\ufffd", str(value))


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


@adapter(".txt", ".md", ".markdown", ".text")
def read_text(text: str, source: str) -> list:
    """Plain text: an optional header block (Title:, Author:, ...) for one article, else one or more posts
    (headline, optional byline, body) told apart by kg.segment. Ends with the file's FileStats."""
    from .segment import split_text

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _HEADER_RE.match(text.lstrip().split("\n", 1)[0].strip()):
        return _read_header_block(text, source)
    split = split_text(text)
    docs: list = []
    for n, post in enumerate(split.posts):
        body = post.body.strip()
        if not body:
            docs.append(InputError(source, f"post '{_short(post.title)}' (line {post.line}) has a headline but no body text; skipped it"))
            continue
        meta = {"title": post.title.lstrip("#").strip(), "author": post.author or "", "date": post.date or "",
                "publisher": post.publisher or ""}
        docs.append(_document(meta, body, source, n))
    if not any(isinstance(d, Document) for d in docs):
        raise InputError(source, docs[0].problem if docs else "file holds no text")
    stats = FileStats(source, posts=sum(isinstance(d, Document) for d in docs), chars_total=split.total_chars,
                      chars_kept=split.total_chars - split.dropped_chars, chars_dropped=split.dropped_chars)
    from .segment import rules

    if split.dropped_share > rules().warn_dropped_share:
        stats.warning = (f"{split.dropped_share:.0%} of the text ({split.dropped_chars:,} characters) was dropped as page "
                         f"furniture, captions or link lists; check the split with: kg split {source}")
    return [*docs, stats]


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _read_header_block(text: str, source: str) -> list:
    """A single article introduced by `Title:`, `Author:`, `Date:`, `URL:`, `Source:` lines."""
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
        publisher=meta.get("publisher") or None,
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
        docs.append(_document({k: _clean(v) for k, v in meta.items()}, _clean(body), source, n))
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
def read_json(text: str, source: str) -> list:
    """JSON Lines (or a JSON list/object): one article per record with at least `text`."""
    stripped = text.lstrip()
    records: list[tuple[int, object]]
    if stripped.startswith(("[", "{")) and not _is_json_lines(text):
        parsed = _loads(text, source)
        records = list(enumerate(parsed if isinstance(parsed, list) else [parsed], start=1))
        where = "record"
    else:
        records = []
        for lineno, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    records.append((lineno, _loads(line, source)))
                except InputError as exc:
                    records.append((lineno, InputError(source, f"line {lineno}: {exc.problem}; skipped that line")))
        where = "record at line"
    docs: list[Document | InputError] = []
    for n, (lineno, rec) in enumerate(records):
        if isinstance(rec, InputError):
            docs.append(rec)
            continue
        problem, body = _record_text(rec)
        if problem:
            docs.append(InputError(source, f"{where} {lineno} {problem}; skipped that record"))
            continue
        meta = {k: _field(rec[k]) for k in HEADER_FIELDS if rec.get(k)}
        docs.append(_document(meta, body, source, n))
    if not any(isinstance(d, Document) for d in docs):
        raise InputError(source, docs[0].problem if docs else "no records")
    return docs


def _is_json_lines(text: str) -> bool:
    """Several top-level objects on separate lines (JSON Lines), rather than one JSON document."""
    lines = [line for line in text.splitlines() if line.strip()]
    return all(line.lstrip().startswith("{") and line.rstrip().endswith("}") for line in lines)


def _loads(text: str, source: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"invalid JSON at line {exc.lineno}: {exc.msg}") from None
    except RecursionError:
        raise InputError(source, "JSON nested too deeply to be an article record") from None


def _record_text(rec: object) -> tuple[str | None, str]:
    """(problem, text) of a JSON record: `text` must be a string, or a list of strings (paragraphs)."""
    if not isinstance(rec, dict):
        return "is not an object with a 'text' field", ""
    value = rec.get("text")
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = "\n\n".join(v.strip() for v in value if v.strip())
    if value is None or value == "":
        return "has no 'text'", ""
    if not isinstance(value, str):
        return f"has a 'text' that is a {type(value).__name__}, not a string or a list of strings", ""
    if not value.strip():
        return "has no 'text'", ""
    return None, _clean(value).strip()


def _field(value: object) -> str:
    """A metadata field of a record as text: lists of strings are joined, other structures skipped."""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if isinstance(v, (str, int, float)))
    elif isinstance(value, dict):
        return ""
    return _clean(value).strip()


PDF_MAX_PAGES = 2000


def read_pdf(data: bytes, source: str) -> list:
    """PDF: the text of its pages through pypdf, then read as plain text (one or more posts)."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if not data.lstrip().startswith(b"%PDF-"):
        raise InputError(source, "named .pdf but is not a PDF file (no %PDF- header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError(source, "PDF is encrypted; save an unencrypted copy to read it")
        pages = [page.extract_text() or "" for page in reader.pages[:PDF_MAX_PAGES]]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise InputError(source, f"not a readable PDF ({exc})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise InputError(source, "PDF holds no extractable text (a scanned image?)")
    return read_text(_clean(text), source)


_BINARY_ADAPTERS: dict[str, Callable[[bytes, str], list]] = {".pdf": read_pdf}


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
                if not name.startswith(".") and Path(name).suffix.lower() in readable_suffixes():
                    found = True
                    yield Path(root) / name
        if not found:
            raise InputError(str(path), f"folder has no readable articles ({', '.join(supported_suffixes())})")


def readable_suffixes() -> set[str]:
    return set(_ADAPTERS) | set(_BINARY_ADAPTERS)


def display_source(path: Path) -> str:
    """How an article's file is recorded: stable across machines for the bundled corpus and for
    paths under the working folder (relative), absolute otherwise."""
    from .vocab.resources import bundled_sources

    resolved = Path(os.path.abspath(path))  # not resolve(): a symlink loop must reach read_file's error
    for base, prefix in ((Path(os.path.abspath(bundled_sources())), Path("sources")), (Path(os.path.abspath(Path.cwd())), Path())):
        try:
            return str(prefix / resolved.relative_to(base))
        except ValueError:
            continue
    return str(resolved)


def file_ident(path: Path, root: Path | None) -> str:
    """A file's identity that does not depend on the working folder: the input root's name and the
    path below it ('seeds/000_dump.txt'), so the same folder built from anywhere gives the same keys."""
    path, root = Path(os.path.abspath(path)), Path(os.path.abspath(root if root is not None else path.parent))
    try:
        rel = path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
    return f"{root.name}/{rel}" if root.name else rel


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", text.casefold()).strip("-")[:80] or "untitled"


def assign_idents(items: list, base: str) -> list:
    """Give each document its identity: the file's for a file of one article; the file's plus the
    headline (and a counter for a repeated headline) for each post of a multi-article file."""
    docs = [d for d in items if isinstance(d, Document)]
    if len(docs) == 1:
        return [replace(d, ident=base) if isinstance(d, Document) else d for d in items]
    seen: dict[str, int] = {}
    out = []
    for item in items:
        if isinstance(item, Document):
            slug = _slug(item.title)
            seen[slug] = seen.get(slug, 0) + 1
            item = replace(item, ident=f"{base}#{slug}" + (f"~{seen[slug]}" if seen[slug] > 1 else ""))
        out.append(item)
    return out


def _read(path: Path, root: Path | None = None) -> tuple[list, FileStats]:
    """One file's documents and per-record problems, and its FileStats."""
    source = display_source(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(source, f"file is {size / 1e6:.0f} MB, over the {MAX_BYTES // 2**20} MiB limit for one article file")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(source, "permission denied: cannot read the file") from None
    except OSError as exc:
        raise InputError(source, f"cannot read the file ({exc.strerror or exc})") from None
    if suffix in _BINARY_ADAPTERS:
        items = _BINARY_ADAPTERS[suffix](data, source)
    else:
        items = _ADAPTERS.get(suffix, read_text)(decode(data, source), source)
    return _finish(items, source, file_ident(path, root))


def _finish(items: list, source: str, base: str) -> tuple[list, FileStats]:
    """Split off the FileStats, refuse oversized articles, and assign identities."""
    stats = next((i for i in items if isinstance(i, FileStats)), None)
    items = [i for i in items if not isinstance(i, FileStats)]
    checked: list = []
    skipped = 0
    for item in items:
        if isinstance(item, Document) and len(item.full_text) > MAX_ARTICLE_CHARS:
            skipped += len(item.title) + len(item.text)
            item = InputError(source, f"article '{_short(item.title)}' is {len(item.full_text):,} characters, over the "
                                      f"{MAX_ARTICLE_CHARS:,}-character limit for one article; split it into smaller files")
        checked.append(item)
    docs = [d for d in checked if isinstance(d, Document)]
    if stats is None:
        stats = FileStats(source, posts=len(docs), chars_kept=sum(len(d.full_text) for d in docs))
    else:
        stats.posts = len(docs)
        stats.chars_kept -= min(skipped, stats.chars_kept)
        stats.chars_skipped = skipped
    return assign_idents(checked, base), stats


def read_file(path: Path, root: Path | None = None) -> list:
    """Read one file with the adapter for its type: its Documents, and InputErrors for parts it skipped."""
    return _read(path, root)[0]


def _expand(paths: Iterable[str | Path]) -> list[tuple[str | Path, Path | None]]:
    """Each named input with the root its articles are keyed under; fail before reading anything if
    a named path does not exist."""
    expanded: list[tuple[str | Path, Path | None]] = []
    for raw in paths:
        if str(raw) == "-":
            expanded.append(("-", None))
        elif Path(raw).exists():
            expanded.append((raw, Path(raw) if Path(raw).is_dir() else Path(raw).parent))
        elif Path(raw).is_symlink():
            raise InputError(str(raw), "broken or looping symbolic link")
        elif any(c in str(raw) for c in "*?["):
            matches = sorted(glob.glob(str(raw), recursive=True))
            if not matches:
                raise InputError(str(raw), "no file matches this pattern")
            static = re.split(r"[*?\[]", str(raw), maxsplit=1)[0]
            root = Path(static) if static.endswith(("/", os.sep)) else Path(static).parent
            expanded.extend((m, root) for m in matches)
        else:
            raise InputError(str(raw), "no such file or folder")
    return expanded


def read_sources(paths: Iterable[str | Path]) -> IngestResult:
    """Read every article under *paths*. Missing paths raise; unreadable files become problems."""
    result = IngestResult()
    for raw, root in _expand(paths):
        for path in (["-"] if raw == "-" else iter_files([raw])):
            try:
                items, stats = _finish(read_stdin(), "<stdin>", "<stdin>") if path == "-" else _read(path, root)
            except InputError as exc:
                result.problems.append(exc)
                continue
            result.files_read += 1
            result.files.append(stats)
            for item in items:
                (result.problems if isinstance(item, InputError) else result.documents).append(item)
    return result


def split_file(path: Path):
    """How `kg build` would cut a text file into posts (a kg.segment.Split), without extracting anything."""
    from .segment import split_text

    source = display_source(path)
    if path.suffix.lower() in _BINARY_ADAPTERS:
        raise InputError(source, "kg split reads text files; PDFs are split after their text is extracted by kg build")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read the file ({exc.strerror or exc})") from None
    return split_text(decode(data, source)), source


def read_stdin() -> list:
    """Articles piped in on standard input, read as text (one or more posts)."""
    data = sys.stdin.buffer.read()
    return read_text(decode(data, "<stdin>"), "<stdin>")
