"""Browse views (kg.browse): facets, text filter, sort, pages and downloads, on the bundled corpus."""

import csv
import io
import json

import pytest

from kg.browse import VIEWS, browse, download
from kg.errors import QueryError


def test_every_view_lists_rows_with_counted_facets(store):
    for name, view in VIEWS.items():
        page = browse(store, name)
        assert page.total > 0 and page.rows, name
        assert len(page.rows) == min(page.total, page.per_page)
        for key in view.facets:
            # every facet value counts rows that really have it
            for f in page.facets[key][:3]:
                narrowed = browse(store, name, {key: f.value})
                assert narrowed.total == f.count and narrowed.facets[key][0].selected in (True, False)


def test_two_facets_narrow_in_turn_and_keep_other_values_reachable(store):
    everything = browse(store, "statements")
    predicate = everything.facets["predicate"][0].value
    one = browse(store, "statements", {"predicate": predicate})
    assert one.total < everything.total and all(r["predicate"] == predicate for r in one.all_rows)
    # the predicate facet still offers the other predicates (it counts rows passing the other filters only)
    assert len(one.facets["predicate"]) == len(everything.facets["predicate"])
    band = one.facets["confidenceBand"][0].value
    two = browse(store, "statements", {"predicate": predicate, "confidenceBand": band})
    assert 0 < two.total <= one.total
    assert all(r["predicate"] == predicate and r["confidenceBand"] == band for r in two.all_rows)


def test_text_filter_sort_and_pages(store):
    page = browse(store, "entities", {"q": "council", "sort": "label", "size": "3"})
    labels = [r["label"] for r in page.all_rows]
    assert labels and all("council" in x.casefold() for x in labels)
    assert labels == sorted(labels, key=str.casefold)
    assert page.pages == -(-len(labels) // 3) and len(page.rows) == min(3, len(labels))
    second = browse(store, "entities", {"q": "council", "sort": "label", "size": "3", "page": "2"})
    assert second.rows == page.all_rows[3:6]
    most = browse(store, "entities", {"sort": "-articles"}).all_rows
    assert [r["articles"] for r in most] == sorted((r["articles"] for r in most), reverse=True)


def test_articles_have_multi_valued_topics(store):
    page = browse(store, "articles")
    topic = page.facets["topic"][0]
    narrowed = browse(store, "articles", {"topic": topic.value})
    assert narrowed.total == topic.count and all(topic.value in r["topic"] for r in narrowed.all_rows)


def test_downloads_hold_every_filtered_row_in_order(store):
    page = browse(store, "statements", {"size": "2", "sort": "-confidence"})
    ctype, body = download(page, "csv")
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert ctype.startswith("text/csv") and len(rows) == page.total > 2
    assert [r["evidence"] for r in rows] == [r["evidence"] for r in page.all_rows]
    assert all(r["subject"].startswith("https://w3id.org/policy-kg/id/") for r in rows)
    data = json.loads(download(page, "json")[1])
    assert data["total"] == page.total and data["sort"] == "-confidence" and len(data["rows"]) == page.total
    with pytest.raises(QueryError, match="csv or json"):
        download(page, "xlsx")


@pytest.mark.parametrize("view, params, message", [
    ("nothing", {}, "no view 'nothing'"),
    ("entities", {"colour": "red"}, "no parameter colour"),
    ("entities", {"sort": "colour"}, "cannot sort"),
    ("entities", {"page": "two"}, "whole numbers"),
])
def test_bad_parameters_say_what_to_do(store, view, params, message):
    with pytest.raises(QueryError, match=message):
        browse(store, view, params)
