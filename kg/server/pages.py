"""The server's HTML pages, rendered from the templates in kg/templates with autoescaping on: article text
is always shown as text. Imports viz (the explorer page) and sparql (canned queries) only.
"""

from __future__ import annotations

from functools import lru_cache

from ..vocab.namespace import PREFIXES


@lru_cache(maxsize=1)
def environment():
    from html import escape

    from jinja2 import Environment, PackageLoader

    # every value printed by a template is HTML-escaped (quotes included); nothing from the data is marked safe
    return Environment(loader=PackageLoader("kg", "templates"), autoescape=False,
                       finalize=lambda value: escape(str(value)) if value is not None else "")


def stylesheet() -> bytes:
    from importlib import resources

    return resources.files("kg").joinpath("templates/page.css").read_bytes()


def search_script() -> bytes:
    from importlib import resources

    return resources.files("kg").joinpath("templates/search.js").read_bytes()


def home_page() -> bytes:
    """The query page: editor, canned queries as examples, predeclared prefixes."""
    from importlib import resources

    from ..sparql import canned_queries
    from ..viz import safe_json

    examples = [{"name": q.name, "description": q.description, "text": q.text, "params": [p for p, _ in q.params],
                 "names": sorted(q.names)}
                for q in canned_queries().values()
                if not q.name.startswith(("graph-", "eval-", "stats-", "aliases")) and "(internal" not in q.description]
    template = resources.files("kg").joinpath("templates/app.html").read_text(encoding="utf-8")
    return template.replace("__EXAMPLES__", safe_json(examples)).replace("__PREFIXES__", safe_json(PREFIXES)).encode()


def entity_page(iri: str, info: dict, relations: list[dict], articles: list[dict]) -> bytes:
    """An entity: label, type, aliases, relations with their evidence, and the articles that mention it."""
    label = info.get("label", iri)
    rels = [{**r, "predicate": r["predicate"].rsplit("#", 1)[-1]} for r in relations]
    return environment().get_template("entity.html").render(
        title=label, iri=iri, kind=info.get("type", "").rsplit("#", 1)[-1], aliases=info.get("aliases"),
        relations=rels, articles=articles).encode()
