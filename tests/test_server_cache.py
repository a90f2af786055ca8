"""Answers kept until the store changes: repeated queries are not run again, and a change to the store,
through the server or by another process, is seen by the next query."""

import json
import shutil

import pytest

from kg.server.app import App, ServerConfig
from kg.server.cache import AnswerCache

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:cache-test> { ?s ?p ?o } }"
JSON = "application/sparql-results+json"


def _count(app, text=COUNT):
    status, _, body, headers = app.query(text, JSON)
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"]), headers["X-Cache"]


@pytest.fixture
def app(built, tmp_path):
    root, _ = built
    shutil.copytree(root / "store", tmp_path / "store")
    app = App(ServerConfig(store=tmp_path / "store", allow_updates=True, token="t", workers=2, quiet=True))
    yield app
    app.close()


def test_a_repeated_query_is_answered_from_memory_until_an_update(app):
    assert _count(app) == (0, "miss")
    assert _count(app) == (0, "hit")
    status = app.update("INSERT DATA { GRAPH <urn:cache-test> { <urn:a> <urn:b> <urn:c> } }", "Bearer t")[0]
    assert status == 204 or status == 200
    assert _count(app) == (1, "miss")


def test_a_write_by_another_process_is_seen_by_the_next_query(app, tmp_path):
    from kg.store import KGStore

    assert _count(app) == (0, "miss") and _count(app)[1] == "hit"
    with KGStore(tmp_path / "store") as st:  # as a `kg build` beside the server would
        st.run_update("INSERT DATA { GRAPH <urn:cache-test> { <urn:a> <urn:b> <urn:c> , <urn:d> } }")
    assert _count(app) == (2, "miss")


def test_answers_that_may_change_from_run_to_run_are_never_kept(app):
    text = "SELECT (RAND() AS ?n) WHERE {}"
    for _ in range(2):
        assert app.query(text, JSON)[3]["X-Cache"] == "miss"
    cache = AnswerCache("/nonexistent", 1)
    request = {"query": "SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", "service": True}
    assert cache.key(request) is None


def test_no_cache_for_a_sparql_server_or_when_turned_off():
    assert not AnswerCache(None, 64).enabled and not AnswerCache("/some/store", 0).enabled


def test_the_cache_keeps_to_its_budget_least_recently_used_out(tmp_path):
    cache = AnswerCache(tmp_path, 1)  # 1 MiB: answers of up to 64 KiB are kept
    request = {"query": "", "result_format": "json", "graph_format": "ttl", "max_results": 10, "default_graphs": [],
               "named_graphs": [], "dataset_in_query": False}
    gen = cache.generation()
    keys = [cache.key({**request, "query": f"q{i}"}) for i in range(20)]
    for k in keys:
        assert cache.get(k, gen) is None
        cache.put(k, gen, "solutions", b"x" * 60_000)
    assert cache.get(keys[0], gen) is None and cache.get(keys[-1], gen) == ("solutions", b"x" * 60_000)
    assert sum(len(b) for _, b in cache._entries.values()) <= 2**20
    cache.put(cache.key({**request, "query": "big"}), gen, "solutions", b"x" * 70_000)  # over 1/16: not kept
    assert cache.get(cache.key({**request, "query": "big"}), gen) is None
    # an answer computed before the store changed is never served after
    (tmp_path / "new-file").write_text("changed")
    assert cache.get(keys[-1], cache.generation()) is None
