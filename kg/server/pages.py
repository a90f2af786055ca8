"""The server's HTML pages, rendered from the templates in kg/templates with autoescaping on: article text
is always shown as text. Imports templating, viz (the explorer page), browse (facet names) and sparql (canned
queries) only.
"""

from __future__ import annotations

from functools import lru_cache

from ..templating import environment
from ..vocab.namespace import PREFIXES


def stylesheet() -> bytes:
    from importlib import resources

    return resources.files("kg").joinpath("templates/page.css").read_bytes()


def search_script() -> bytes:
    from importlib import resources

    return resources.files("kg").joinpath("templates/search.js").read_bytes()


def static_file(name: str) -> tuple[str, bytes] | None:
    """A bundled script or stylesheet (kg/static: the query editor), by a name of the form DIR/FILE.js|css;
    None for anything else, so no request can reach another file."""
    import re
    from importlib import resources

    if not re.fullmatch(r"[a-z0-9-]+/[a-z0-9-]+(\.[a-z0-9-]+)*\.(js|css)", name):
        return None
    path = resources.files("kg").joinpath("static", *name.split("/"))
    if not path.is_file():
        return None
    kind = "text/javascript" if name.endswith(".js") else "text/css"
    return f"{kind}; charset=utf-8", path.read_bytes()


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
    return (template.replace("__EXAMPLES__", safe_json(examples)).replace("__PREFIXES__", safe_json(PREFIXES))
            .replace("__TERMS__", safe_json(completion_terms()))).encode()


@lru_cache(maxsize=1)
def completion_terms() -> list[str]:
    """Prefixed names the editor offers after 'prefix:': every term of our ontology and every prefixed name
    the canned queries use."""
    import re

    from ..sparql import canned_queries
    from ..vocab.namespace import KG

    found = {f"kg:{name}" for name in KG.__annotations__}
    for q in canned_queries().values():
        found.update(m.group(0) for m in re.finditer(r"\b([a-z]+):([A-Za-z][\w-]*)", q.text) if m.group(1) in PREFIXES)
    return sorted(found)


def entity_page(iri: str, info: dict, relations: list[dict], articles: list[dict], who=None) -> bytes:
    """An entity: label, type, aliases, relations with their evidence, and the articles that mention it; with
    a signed-in reviewer (*who*), the forms to accept or reject each relation and to correct the entity."""
    from ..review import statement_id
    from ..vocab.namespace import ENTITY_TYPES

    label = info.get("label", iri)

    def sid(r: dict) -> str:
        s, o = (iri, r["other"]) if r["direction"] == "out" else (r["other"], iri)
        return statement_id(s, r["predicate"], o, r["article"])

    rels = [{**r, "predicate": r["predicate"].rsplit("#", 1)[-1], "id": sid(r),
             "in_context": page_link(r["article"] + "#" + r["statement"].rsplit("/", 1)[-1])} for r in relations]
    return environment().get_template("entity.html").render(
        title=label, iri=iri, kind=info.get("type", "").rsplit("#", 1)[-1], aliases=info.get("aliases"),
        relations=rels, articles=articles, who=who, types=ENTITY_TYPES, here=page_link(iri)).encode()


def page_link(iri: str | None, row: dict | None = None) -> str | None:
    """Where an IRI of ours opens on this server: an entity or article page, a topic's articles, a statement
    in its article. Anything else (another site's IRI, text) is no link here."""
    from urllib.parse import quote

    from ..vocab.namespace import ID_BASE, TOPIC_BASE

    if not iri:
        return None
    if iri.startswith(ID_BASE + "article/"):
        page, _, anchor = iri.partition("#")
        return "/article?iri=" + quote(page, safe="") + ("#" + quote(anchor, safe="") if anchor else "")
    if iri.startswith(ID_BASE):
        return "/entity?iri=" + quote(iri, safe="")
    if iri.startswith(TOPIC_BASE) and row and row.get("label"):
        return "/browse/articles?topic=" + quote(row["label"], safe="")
    return None


def browse_page(result, params: dict[str, str]) -> bytes:
    """A browse view: facets, the table of this page, pager and download links; every link a URL that
    reproduces its view."""
    from urllib.parse import urlencode

    from ..browse import FACET_LABELS

    base = {k: v for k, v in params.items() if k != "format"}

    def url(**changes) -> str:
        merged = {**base, **{k: str(v) for k, v in changes.items()}}
        if "page" not in changes:
            merged.pop("page", None)  # a new filter or order starts at the first page
        query = urlencode({k: v for k, v in merged.items() if v != ""})
        return f"/browse/{result.view.name}" + (f"?{query}" if query else "")

    def cell(row: dict, column) -> str:
        value = row.get(column.key)
        if isinstance(value, list):
            return ", ".join(value)
        if isinstance(value, float):
            return f"{value:.2f}"
        return "" if value is None else str(value)

    def href(row: dict, column) -> str | None:
        return page_link(row.get(column.link), row) if column.link else None

    return environment().get_template("browse.html").render(
        title=result.view.title, view=result.view, page=result, url=url, cell=cell, href=href,
        facet_labels=FACET_LABELS).encode()


def article_page(view) -> bytes:
    """An article read in place: its statements' sentences with the mentions marked."""
    url = view.info.get("url") or ""
    return environment().get_template("article.html").render(
        title=view.info.get("title") or view.iri, a=view,
        source_link=url if url.startswith(("http://", "https://")) else None).encode()


def reconcile_preview(found: dict) -> bytes:
    """The small page OpenRefine shows beside a candidate."""
    return environment().get_template("preview.html").render(**found).encode()
