"""`kg viz`, `kg neighbours`, `kg path`, `kg rank`, `kg communities`: the graph as a network. Each command
parses its options and calls one library function (kg.viz, kg.network). Imports cli_common only at module level.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .cli_common import friendly, reading, view_options

COMMANDS: list[click.Command] = []


def command(*args, **kwargs):
    """Like @main.command(), for commands that kg.cli adds to the group."""
    def register(func):
        cmd = click.command(*args, **kwargs)(func)
        COMMANDS.append(cmd)
        return cmd
    return register


@command()
@view_options
@click.option("-o", "--output", default="exports/graph.html", show_default=True, type=click.Path(path_type=Path))
@click.option("--focus", help="Only the neighbourhood of this entity (label, alias or IRI).")
@click.option("--depth", default=1, show_default=True, help="Hops around --focus.")
@click.option("--topic", help="Only entities mentioned by articles on this topic.")
@click.option("--type", "types", multiple=True, help="Only these entity types (repeatable).")
@click.option("--predicate", "predicates", multiple=True, help="Only these relations (repeatable).")
@click.option("--min-degree", default=0, help="Hide entities with fewer connections.")
@click.option("--include-comentions", is_flag=True, help="Add dashed edges between entities named by the same articles.")
@click.option("--max-nodes", default=10_000, show_default=True, help="Thin larger graphs to the best-connected nodes.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out relation statements below this confidence.")
@friendly
def viz(store: str | None, raw: bool, output: Path, focus: str | None, depth: int, topic: str | None, types: tuple[str, ...],
        predicates: tuple[str, ...], min_degree: int, include_comentions: bool, max_nodes: int, min_confidence: float) -> None:
    """Write the interactive HTML explorer (works offline)."""
    from .viz import VizOptions, write_html

    opts = VizOptions(focus=focus, depth=depth, topic=topic, types=types, predicates=predicates, min_degree=min_degree,
                      comentions=include_comentions, max_nodes=max_nodes, min_confidence=min_confidence)
    with reading(store, raw) as st:
        path, note = write_html(st, output, opts)
    if note and opts.focus:
        click.echo(f"Warning: {note}", err=True)
    click.echo(f"Wrote {path}", err=True)


def _project(store: str | None, raw: bool = False, comentions: bool = False):
    from .network import project

    with reading(store, raw) as st:
        return project(st, comentions=comentions)


def _hop_line(graph: Any, hop: Any) -> str:
    s, t = graph.nodes[hop.source]["label"], graph.nodes[hop.target]["label"]
    arrow = f"{s} --{hop.predicate}--> {t}" if hop.forward else f"{s} <--{hop.predicate}-- {t}"
    return f"{arrow}\n    \u201c{hop.evidence}\u201d ({hop.title})"


@command()
@click.argument("entity")
@view_options
@click.option("--depth", default=1, show_default=True)
@click.option("--predicate", help="Only this relation, e.g. fined.")
@friendly
def neighbours(entity: str, store: str | None, raw: bool, depth: int, predicate: str | None) -> None:
    """Relations around ENTITY (label, alias or IRI), with the sentences that state them."""
    from .network import neighbours as run

    graph = _project(store, raw)
    hops = run(graph, entity, depth, predicate)
    for dist, hop in hops:
        click.echo(f"[{dist}] " + _hop_line(graph, hop))
    if not hops:
        click.echo("No relations found.")


@command()
@click.argument("a")
@click.argument("b")
@view_options
@friendly
def path(a: str, b: str, store: str | None, raw: bool) -> None:
    """How two entities are connected: the shortest chain of relations, each with its evidence."""
    from .network import path as run

    graph = _project(store, raw)
    for hop in run(graph, a, b):
        click.echo(_hop_line(graph, hop))


@command()
@view_options
@click.option("--by", type=click.Choice(["degree", "pagerank", "betweenness"]), default="degree", show_default=True)
@click.option("--type", "etype", help="Only entities of this type, e.g. Organisation.")
@click.option("--topic", help="Only entities named by articles on this topic.")
@click.option("--limit", default=20, show_default=True)
@friendly
def rank(store: str | None, raw: bool, by: str, etype: str | None, topic: str | None, limit: int) -> None:
    """The most central entities."""
    from .network import rank as run

    for i, r in enumerate(run(_project(store, raw), by, etype, topic, limit), start=1):
        click.echo(f"{i:3}. {r.label} ({r.type})  {r.score:.4g}")


@command()
@view_options
@click.option("--min-size", default=2, show_default=True)
@friendly
def communities(store: str | None, raw: bool, min_size: int) -> None:
    """Groups of closely connected entities (Louvain), named by central members and topics."""
    from .network import communities as run

    found = run(_project(store, raw), min_size)
    for i, c in enumerate(found, start=1):
        topics = f"; topics: {', '.join(c.topics)}" if c.topics else ""
        click.echo(f"{i}. {' / '.join(c.central)} ({len(c.members)} entities{topics})")
    if not found:
        click.echo("No communities: the graph has no relations yet.")
