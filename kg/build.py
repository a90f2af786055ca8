"""`kg build`: read articles, extract, resolve names across articles, write the store and the exports."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .ingest import read_sources
from .model import ArticleExtraction, Document, Entity, FileStats
from .rdf import entity_node
from .resolve.aliases import AliasIndex
from .resolve.consensus import name_variants, settle_types
from .resolve.names import refresh_entity_names
from .store import StoreBase, connect
from .summary import mark_summary_stale, refresh_summary, summary_is_fresh, update_summary
from .vocab.namespace import article_iri

DEFAULT_EXPORTS = Path("exports")


@dataclass
class BuildReport:
    """What a build did, for the summary the CLI prints."""

    store: Path
    files_read: int = 0
    articles: int = 0  # articles in this run's input
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    duplicates: int = 0
    removed: int = 0
    problems: list[InputError] = field(default_factory=list)
    files: list[FileStats] = field(default_factory=list)
    entities_by_type: dict[str, int] = field(default_factory=dict)
    relations_by_predicate: dict[str, int] = field(default_factory=dict)
    total_articles: int = 0
    triples: int = 0
    exports: list[Path] = field(default_factory=list)


def plan(documents: Sequence[Document], known_hashes: dict[str, str]) -> tuple[list[Document], int, int, int, set[str]]:
    """Which documents need extraction: (todo, new, changed, unchanged, kept IRIs).

    An article is known by its source and position; one whose text is already stored under another
    source (the same post saved in two dumps) is a repeat and is not stored again.
    """
    todo, seen, keep = [], set(), set()
    stored_by_hash = {h: iri for iri, h in known_hashes.items()}
    hashes_in_batch: set[str] = set()
    new = changed = unchanged = 0
    for doc in documents:
        iri = str(article_iri(doc.key))
        if iri in seen:
            continue
        seen.add(iri)
        old = known_hashes.get(iri)
        if old == doc.content_hash:
            unchanged += 1
            keep.add(iri)
            continue
        original = stored_by_hash.get(doc.content_hash)
        if (original is not None and original != iri) or doc.content_hash in hashes_in_batch:
            keep.add(original or iri)
            continue  # a repeat of a post stored from elsewhere
        hashes_in_batch.add(doc.content_hash)
        keep.add(iri)
        if old is None:
            new += 1
        else:
            changed += 1
        todo.append(doc)
    return todo, new, changed, unchanged, keep


def build(paths: Sequence[str | Path] = (), *, store_path: str | Path | None = None, model: str | None = None,
          exports_dir: str | Path | None = DEFAULT_EXPORTS, quiet: bool = False, prune: bool = False,
          extractor=None, progress: Callable[[Iterable, int], Iterable] | None = None,
          workers: int | None = None, dask_scheduler: str | None = None, strict: bool = False) -> BuildReport:
    """The main job: the bundled corpus (or *paths*) into the store, then exports/graph.ttl and graph.html.

    With *strict*, any unreadable input stops the build before the store is opened: nothing is written.
    """
    from .vocab.resources import bundled_sources

    sources = list(paths) or [bundled_sources()]
    ingest = read_sources(sources)
    if not ingest.documents:
        if ingest.problems:
            first = ingest.problems[0]
            more = f" (and {len(ingest.problems) - 1} more)" if len(ingest.problems) > 1 else ""
            raise InputError(first.source, f"{first.problem}{more}; nothing could be read")
        raise InputError(", ".join(map(str, sources)), "no articles found")
    if strict and ingest.problems:
        first = ingest.problems[0]
        more = f" (and {len(ingest.problems) - 1} more problem(s))" if len(ingest.problems) > 1 else ""
        raise InputError(first.source, f"{first.problem}{more}; --strict: nothing was written to the store")
    with connect(store_path, create=True) as store:
        report = BuildReport(store=store.path, files_read=ingest.files_read, articles=len(ingest.documents),
                             problems=ingest.problems, files=ingest.files)
        if store.load_ontology():  # a new release's ontology: the summary's counts include that graph
            mark_summary_stale(store)
        # the stored hashes of this input's articles (of every stored article with --prune, to find the gone)
        stored = store.article_hashes(None if prune else (str(article_iri(d.key)) for d in ingest.documents))
        todo, report.new, report.changed, report.unchanged, keep = plan(ingest.documents, stored)
        report.duplicates = len(ingest.documents) - len(todo) - report.unchanged
        gone = sorted(set(stored) - keep) if prune else []
        # entities whose names may change: those the replaced or removed articles mentioned, and the new ones
        replaced = [iri for iri in (str(article_iri(d.key)) for d in todo) if iri in stored]
        touched = mentioned_by(store, replaced + gone)
        incremental = summary_is_fresh(store)  # else the summary is recounted from the whole store
        if todo or gone:  # reviewers' decisions are applied again after the writes: their entities change too
            from .review import decisions

            touched |= {e for d in decisions(store) for e in d.concerns() if "/article/" not in e}
        record = isinstance(store.path, Path) and bool(todo or gone)  # what this build changes, for kg diff
        if record:
            from . import diff

            before = diff.take(store, articles=replaced + gone, entities=touched)
        if todo or gone:
            mark_summary_stale(store)
        if todo:
            aliases = AliasIndex()
            if incremental:  # the summary's name keys are up to date: look names up as articles come
                aliases.attach(store)
            else:
                aliases.load(store)
            stream = _extraction_stream(todo, model, extractor, workers, dask_scheduler)
            stream = (progress or _progress)(stream, len(todo)) if not quiet else stream
            for extraction in stream:
                if extraction.problem is not None:  # (kept out of the store, so the next build tries it again)
                    report.problems.append(_unread(extraction))
                    continue
                _resolve_across_articles(extraction, aliases)
                ids = [str(entity_node(e).value) for e in extraction.entities]
                if record:  # as they were before this build first wrote them (and their other-typed namesakes)
                    diff.extend(before, store, ids + sorted(set().union(*name_variants(ids).values())))
                store.put_article(extraction)
                touched.update(ids)
        report.removed = store.remove_articles(gone)
        if touched:
            touched |= settle_types(store, touched)  # one type per name across the corpus
            refresh_entity_names(store, touched)
        if todo or report.removed:  # reviewers' decisions hold for the articles just read again
            from .review import apply_all

            apply_all(store)
        written = [str(article_iri(d.key)) for d in todo] + gone
        finish(store, changed=bool(todo or report.removed), scope=(written, touched), incremental=incremental)
        if record:  # a store folder: keep what this build changed
            after = diff.take(store, articles=written, entities=before.scope | touched)
            diff.save(diff.compare(before, after), store.path)
        _fill_counts(store, report)
        if exports_dir is not None:
            report.exports = write_default_exports(store, Path(exports_dir))
    return report


def _unread(extraction: ArticleExtraction) -> InputError:
    """The one-line report of an article the readers failed on: which one, what went wrong, what happened to it."""
    doc = extraction.document
    where = doc.source if not doc.position else f"{doc.source} (article {doc.position + 1})"
    return InputError(where, f"extraction failed on '{doc.title[:80]}' ({extraction.problem}); the article was not stored "
                             "(any earlier version of it is kept) - please report this with the article")


def mentioned_by(store: StoreBase, articles: Sequence[str]) -> set[str]:
    """The entities the given stored articles mention (none for articles not stored yet)."""
    return {e for _, e in store.select_in("article-mentions", "article", articles)}


def finish(store: StoreBase, changed: bool = True, scope: tuple[list[str], set[str]] | None = None,
           incremental: bool = False) -> None:
    """After articles were written or removed: drop entities nobody mentions, forget stale entailments
    and bring the summary graph the counting queries read up to date. *scope* is what the build touched:
    the articles it wrote or removed, and the entities they mention or mentioned (None: anything may have
    changed); with *incremental*, the summary is updated from its running tallies for just that scope,
    else recounted from the whole store."""
    if changed:
        store.drop_orphan_entities(scope[1] if scope is not None else None)
        store.drop_inferred()  # entailments of the old data are stale; `kg infer` makes them again
        if incremental and scope is not None and update_summary(store, *scope):
            return
    if changed or not summary_is_fresh(store):
        refresh_summary(store)


# below this many articles per worker, starting worker processes costs more than it saves
MIN_ARTICLES_PER_WORKER = 25


def _extraction_stream(todo: list[Document], model: str | None, extractor, workers: int | None,
                       dask_scheduler: str | None) -> Iterable[ArticleExtraction]:
    """Extraction results in input order: on a Dask cluster, in worker processes, or here."""
    from .extract import Extractor, default_workers, extract_parallel

    if dask_scheduler:
        from .extract import extract_on_dask

        return extract_on_dask(todo, dask_scheduler, model)
    n = default_workers() if workers is None else max(1, workers)
    n = min(n, max(1, len(todo) // MIN_ARTICLES_PER_WORKER)) if workers is None else n
    if n > 1 and extractor is None:
        return extract_parallel(todo, n, model)
    return (extractor or Extractor(model)).extract(todo)


def _resolve_across_articles(extraction: ArticleExtraction, aliases: AliasIndex) -> None:
    """Apply the store-wide alias index, then fold entities that now share a name."""
    aliases.prefetch(extraction.entities)
    for entity in extraction.entities:
        aliases.resolve(entity)
    merged: dict[tuple[str, str], Entity] = {}
    for entity in extraction.entities:
        key = entity.key
        if key in merged:
            merged[key].aliases |= entity.aliases
            merged[key].mentions += entity.mentions
            for rel in extraction.relations:
                if rel.subject is entity:
                    rel.subject = merged[key]
                if rel.object is entity:
                    rel.object = merged[key]
        else:
            merged[key] = entity
    extraction.entities[:] = list(merged.values())


def _fill_counts(store: StoreBase, report: BuildReport) -> None:
    from .stats import store_stats

    s = store_stats(store, exact=False)
    report.entities_by_type, report.relations_by_predicate = s.entities_by_type, s.relations_by_predicate
    report.total_articles, report.triples = s.articles, s.quads


def write_default_exports(store: StoreBase, exports_dir: Path) -> list[Path]:
    """exports/graph.ttl and exports/graph.html."""
    from .export import export
    from .viz import write_html

    exports_dir.mkdir(parents=True, exist_ok=True)
    ttl = export(store, exports_dir / "graph.ttl", fmt="ttl")
    html, _ = write_html(store, exports_dir / "graph.html")
    return [ttl, html]


def _progress(stream: Iterable, total: int) -> Iterable:
    """A progress bar on stderr (articles/s and ETA)."""
    from tqdm import tqdm

    return tqdm(stream, total=total, unit="article", desc="extracting", file=sys.stderr, leave=False)
