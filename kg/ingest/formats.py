"""The input formats: plain text and Markdown (one or more posts, see kg.segment), HTML (trafilatura),
RSS/Atom (feedparser), JSON and JSON Lines, PDF (pypdf). Each adapter is registered by file ending and
returns Documents, InputErrors for parts it skipped and, for text, the file's FileStats.
Imports errors, model and segment.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable

from ..errors import InputError
from ..model import Document, FileStats

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
    return tuple(sorted(set(_ADAPTERS) | set(_BINARY_ADAPTERS)))


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
    from ..segment import split_text

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
    from ..segment import rules

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
