"""HTML from the templates in kg/templates, with every printed value HTML-escaped (quotes included):
text from articles is always shown as text. Imports nothing of kg.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def environment():
    from html import escape

    from jinja2 import Environment, PackageLoader

    # nothing from the data is ever marked safe: the finaliser escapes whatever a template prints
    return Environment(loader=PackageLoader("kg", "templates"), autoescape=False,
                       finalize=lambda value: escape(str(value)) if value is not None else "")


def render(name: str, **context) -> str:
    return environment().get_template(name).render(**context)
