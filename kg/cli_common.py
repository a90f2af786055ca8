"""What every `kg` command shares: the --store option and the one place where library errors become
one-line messages and exit codes. Imports errors only (heavy imports stay inside the commands).
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from .errors import InputError, KGError

STORE_HELP = "Store folder (default: $KG_STORE or ./kg-data), or the URL of a SPARQL 1.1 endpoint."


def store_option(func: Callable) -> Callable:
    return click.option("--store", "store", type=str, envvar="KG_STORE", default=None, metavar="PATH|URL",
                        help=STORE_HELP)(func)


def view_options(func: Callable) -> Callable:
    """--store and --raw, for the commands that read the graph."""
    func = click.option("--raw", is_flag=True,
                        help="Read the extraction as written, before reviewers' decisions (for audit).")(func)
    return store_option(func)


@contextmanager
def reading(store: str | None, raw: bool = False) -> Iterator[Any]:
    """The store opened read-only: the reviewed graph, or with --raw the extraction before review."""
    from .rawview import open_view

    with open_view(store, raw=raw) as (st, note):
        if note:
            click.echo(f"Note: {note}", err=True)
        yield st


def friendly(func: Callable) -> Callable:
    """Turn library errors into `Error: ...` on stderr and exit code 1 (2 for bad input)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(2)
        except KGError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("Interrupted; the store keeps every article written so far.", err=True)
            sys.exit(130)

    return wrapper
