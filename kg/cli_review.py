"""`kg review …`: the reviewer's commands, each a thin call into kg.review."""

from __future__ import annotations

from pathlib import Path

import click

from .cli_common import friendly, store_option

by_option = click.option("--by", default=None, help="Who decides (default: your user name).")
note_option = click.option("--note", default="", help="Why, for the record.")


def decision_options(func):
    """--store, --by and --note, and errors as one-line messages: what every decision command takes."""
    return store_option(by_option(note_option(friendly(func))))


@click.group()
def review() -> None:
    """Correct the graph: decisions that survive rebuilds (see README, 'Reviewing the graph')."""


@review.command("list")
@store_option
@click.option("--entity", help="Only statements about this entity (name, alias or IRI).")
@click.option("--predicate", help="Only this relation (e.g. fined).")
@click.option("--type", "kind", help="Only statements with a party of this type (e.g. Programme).")
@click.option("--status", type=click.Choice(["unreviewed", "accepted", "rejected", "all"]), default="unreviewed",
              show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@friendly
def list_command(store: str | None, entity: str | None, predicate: str | None, kind: str | None, status: str,
                 fmt: str) -> None:
    """Statements to review, lowest confidence first, each with a short id that survives rebuilds."""
    from .lookup import resolve_entity
    from .review import render, select, statements
    from .store import open_store

    with open_store(store, read_only=True) as st:
        iri = resolve_entity(st, entity) if entity else None
        rows = select(statements(st), entity=iri, predicate=predicate, kind=kind,
                      status=None if status == "all" else status)
    click.echo(render(rows, fmt))


@review.command()
@store_option
@friendly
def candidates(store: str | None) -> None:
    """Entities that are likely one body under two names: merge them with `kg review merge KEEP OTHER`."""
    from .review import candidates as find
    from .store import open_store

    with open_store(store, read_only=True) as st:
        found = find(st)
    for c in found:
        click.echo(f"{c.keep_label}  <=  {c.other_label}   ({c.reason})\n    {c.keep}\n    {c.other}")
    click.echo(f"({len(found)} candidate pair(s))")


def _run(store: str | None, action: str, *args: str, by: str | None, note: str):
    """One decision through kg.review.actions, on the store opened for writing; returns the decision."""
    from .review import actions
    from .store import open_store

    with open_store(store) as st:
        return getattr(actions, action)(st, *args, by, note)


def _decide(kind: str):
    @review.command(kind, help=f"{kind.capitalize()} a statement by its id (from `kg review list`).")
    @click.argument("statement_id")
    @decision_options
    def decide(statement_id: str, store: str | None, by: str | None, note: str) -> None:
        d = _run(store, "decide_statement", statement_id, kind, by=by, note=note)
        click.echo(f"{kind}ed: {d.data['subject']} {d.data['predicate']} {d.data['object']}")
    return decide


accept = _decide("accept")
reject = _decide("reject")


@review.command()
@click.argument("entity")
@click.argument("new_type")
@decision_options
def retype(entity: str, new_type: str, store: str | None, by: str | None, note: str) -> None:
    """Give ENTITY another type (Organisation, Person, Place, Policy, Programme, Publication, Event)."""
    d = _run(store, "retype", entity, new_type, by=by, note=note)
    click.echo(f"{d.data['entity']} is now a {d.data['type']}")


@review.command()
@click.argument("entity")
@click.argument("label")
@decision_options
def rename(entity: str, label: str, store: str | None, by: str | None, note: str) -> None:
    """Give ENTITY another preferred label (the old one stays an alias)."""
    d = _run(store, "rename", entity, label, by=by, note=note)
    click.echo(f"{d.data['entity']} is now called {d.data['label']}")


@review.command()
@click.argument("keep")
@click.argument("other")
@decision_options
def merge(keep: str, other: str, store: str | None, by: str | None, note: str) -> None:
    """Fold OTHER into KEEP: one body under two names."""
    d = _run(store, "merge", keep, other, by=by, note=note)
    click.echo(f"merged {d.data['other']} into {d.data['keep']}")


@review.command()
@click.argument("entity")
@store_option
@friendly
def unmerge(entity: str, store: str | None) -> None:
    """Undo the merges of ENTITY; the next `kg build` reads its articles again to separate them."""
    from .review.actions import unmerge as run
    from .store import open_store

    with open_store(store) as st:
        n = run(st, entity)
    click.echo(f"merge forgotten; {n} article(s) will be read again by the next `kg build` with the same inputs")


@review.command()
@click.argument("subject")
@click.argument("predicate")
@click.argument("obj", metavar="OBJECT")
@store_option
@click.option("--evidence", default="", help="The sentence that states it.")
@click.option("--source", default="", help="Where it is stated (an http(s) address).")
@click.option("--amount", default="", help="An amount, for a fine or funding.")
@click.option("--currency", default="", help="Its currency (default GBP).")
@by_option
@note_option
@friendly
def add(subject: str, predicate: str, obj: str, store: str | None, evidence: str, source: str, amount: str,
        currency: str, by: str | None, note: str) -> None:
    """Add a fact the extractor missed: SUBJECT PREDICATE OBJECT (entities by name, alias or IRI)."""
    from .review.actions import add as run
    from .store import open_store

    with open_store(store) as st:
        d = run(st, subject, predicate, obj, evidence=evidence, source=source, amount=amount, currency=currency,
                by=by, note=note)
    click.echo(f"added: {d.data['subject']} {d.data['predicate']} {d.data['object']}")


@review.command()
@store_option
@friendly
def status(store: str | None) -> None:
    """How many decisions of each kind, and those whose target no longer exists."""
    from .review import status as run
    from .store import open_store

    with open_store(store, read_only=True) as st:
        s = run(st)
    click.echo("Decisions: " + (", ".join(f"{k} {n}" for k, n in sorted(s.counts.items())) or "none"))
    for d, why in s.orphaned:
        click.echo(f"orphaned {d.kind} by {d.by} at {d.at}: {why}")
    click.echo(f"({len(s.orphaned)} orphaned)")


@review.command("export")
@store_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default stdout).")
@friendly
def export_command(store: str | None, output: Path | None) -> None:
    """Every decision as JSON Lines, to keep in git and import into a rebuilt store."""
    from .review.actions import export_decisions
    from .store import open_store

    with open_store(store, read_only=True) as st:
        text = export_decisions(st)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"Wrote {len(text.splitlines())} decision(s) to {output}", err=True)


@review.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_option
@click.option("--replace", is_flag=True, help="Drop the store's own decisions first.")
@friendly
def import_command(file: Path, store: str | None, replace: bool) -> None:
    """Decisions from a JSON Lines file (`kg review export`), recorded and applied."""
    from .review.actions import import_decisions
    from .store import open_store

    with open_store(store) as st:
        n = import_decisions(st, file.read_text(encoding="utf-8"), str(file), replace)
    click.echo(f"Imported and applied {n} decision(s)")
