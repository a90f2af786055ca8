"""The query workers: a memory cap that stops a runaway query but never the store's own reopening."""

import json
import shutil

import pytest

from kg.server.workers import QueryFailed, WorkerPool

COUNT = {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "prefixes": {}, "max_results": 10,
         "result_format": "json", "graph_format": "turtle", "turtle_prefixes": {}}


@pytest.fixture
def pool(built, tmp_path):
    root, _ = built
    shutil.copytree(root / "store", tmp_path / "store")
    # a cap well below what opening the store costs (tens of MiB): only lifting it around the opens lets this work
    pool = WorkerPool(str(tmp_path / "store" / "oxigraph"), size=1, timeout=20, memory_mib=24)
    yield pool
    pool.close()


def test_a_small_cap_survives_writes_and_reopening_the_store(pool):
    counts = []
    for i in range(4):
        update = {"update": f"INSERT DATA {{ <urn:x:{i}> <urn:x:p> <urn:x:o> }}", "prefixes": {}}
        assert pool.run(update, 20)[0] == "ok"
        assert pool.run(dict(COUNT, query="SELEKT * WHERE {}"), 20)[:2] == ("error", 400)
        status, kind, body = pool.run(COUNT, 20)
        assert (status, kind) == ("ok", "solutions")
        counts.append(body)
    assert len(set(counts)) == 4  # each answer saw its write: the store was reopened every time
    assert len(pool.pids) == 1  # and the same worker lived through it all


def test_a_query_past_the_cap_is_stopped_and_the_worker_replaced(pool):
    before = pool.pids
    runaway = dict(COUNT, query="SELECT (GROUP_CONCAT(STR(?a)) AS ?x) WHERE { ?a ?b ?c . ?d ?e ?f }")
    with pytest.raises(QueryFailed) as err:
        result = pool.run(runaway, 20)
        if result[0] == "error":
            raise QueryFailed(result[1], result[2])
    assert err.value.status == 503 and "MiB" in err.value.message
    assert pool.run(COUNT, 20)[0] == "ok" and pool.pids != before


def test_the_row_limit_counts_rows_not_separators_inside_values():
    import pyoxigraph as ox

    from kg.server.workers import _solutions

    store = ox.Store()
    tricky = ox.Literal('},{"x":{},{')  # text that looks like a row separator
    for i in range(3):
        store.add(ox.Quad(ox.NamedNode(f"http://example.org/{i}"), ox.NamedNode("http://example.org/p"), tricky))
    text = "SELECT ?s ?o WHERE { ?s ?p ?o }"
    assert _solutions(store.query(text), "json", 3)  # 3 rows, though the separators appear 3 more times
    with pytest.raises(QueryFailed) as exc:
        _solutions(store.query(text), "json", 2)
    assert exc.value.status == 413



class _Flaky:
    """A backend whose first reads fail as RocksDB reports a file that a compaction removed under the read."""

    def __init__(self, failures: int, moving: bool, reopens: bool = True) -> None:
        self.failures, self.moving, self.reopens, self.resets = failures, moving, reopens, 0

    def query(self, request):
        import pyoxigraph as ox

        if self.failures:
            self.failures -= 1
            raise RuntimeError("Corruption: IO error: No such file or directory: While open a file for random read")
        return ox.Store().query("ASK {}")

    def moved(self):
        return self.moving

    def reset(self):
        self.resets += 1


ASK = {"query": "ASK {}", "prefixes": {}, "max_results": 10, "result_format": "json"}


def test_a_read_that_loses_a_file_is_read_again_on_a_fresh_handle():
    from kg.server.workers import _answer_reopening

    once = _Flaky(1, moving=False)  # the folder's time may not have ticked: the first failure is always retried
    kind, body = _answer_reopening(once, ASK)
    assert (kind, json.loads(body)["boolean"], once.resets) == ("boolean", True, 1)
    busy = _Flaky(2, moving=True)  # a build still writing: tried again while the files keep changing
    assert _answer_reopening(busy, ASK)[0] == "boolean" and busy.resets == 2


@pytest.mark.parametrize("backend", [_Flaky(2, moving=False), _Flaky(5, moving=True), _Flaky(1, True, reopens=False)])
def test_a_failure_that_is_not_the_files_moving_is_reported(backend):
    from kg.server.workers import _answer_reopening

    with pytest.raises(RuntimeError):
        _answer_reopening(backend, ASK)
