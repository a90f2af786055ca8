"""Read articles from files, folders, globs and standard input into Documents, each with a stable
identity, and account for every file (posts found, characters kept and dropped). A bad file produces
an InputError for that file only; read_sources collects those as problems so the batch goes on.
The formats themselves are in ingest.formats. Imports errors, model, segment and vocab.resources.
"""

from __future__ import annotations

import glob
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import InputError
from ..model import Document, FileStats
from .formats import (
    _ADAPTERS,
    _BINARY_ADAPTERS,
    MAX_ARTICLE_CHARS,
    MAX_BYTES,
    _short,
    decode,
    read_feed,
    read_html,
    read_json,
    read_pdf,
    read_text,
    supported_suffixes,
)

__all__ = ["MAX_ARTICLE_CHARS", "MAX_BYTES", "IngestResult", "decode", "display_source", "file_ident", "iter_files",
           "read_feed", "read_file", "read_html", "read_json", "read_pdf", "read_sources", "read_stdin", "read_text",
           "split_file", "supported_suffixes"]


@dataclass
class IngestResult:
    """Documents read, and one problem line per input that could not be read."""

    documents: list[Document] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)
    files_read: int = 0
    files: list[FileStats] = field(default_factory=list)


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
    return set(supported_suffixes())


def display_source(path: Path) -> str:
    """How an article's file is recorded: stable across machines for the bundled corpus and for
    paths under the working folder (relative), absolute otherwise."""
    from ..vocab.resources import bundled_sources

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
    from ..segment import split_text

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
