"""Our users' own saved pages (../shared/seeds): every post with its real headline, and the facts in them.

The seeds are third-party text kept outside the project; CI has them beside the clone. A machine without
them skips these tests, except in CI, where their absence is a failure.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS, GOLD = SHARED / "seeds", SHARED / "eval" / "dev" / "gold.json"


def _require_seeds() -> None:
    if not SEEDS.is_dir() or not GOLD.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{SEEDS} should be beside the clone in CI")
        pytest.skip("../shared/seeds is not beside this checkout")


def _key(title: str) -> str:
    return " ".join(title.replace("\u2019", "'").replace("\u2018", "'").split()).casefold()


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory, extractor):
    _require_seeds()
    from kg.build import build

    root = tmp_path_factory.mktemp("seeds")
    report = build([SEEDS], store_path=root / "store", exports_dir=None, quiet=True, extractor=extractor)
    return root / "store", report


def test_every_post_of_the_seeds_is_stored_once_with_its_headline(seeds_store):
    from kg.sparql import run_query
    from kg.store import KGStore

    path, report = seeds_store
    gold = {_key(a["title"]) for a in json.loads(GOLD.read_text(encoding="utf-8"))["articles"]}
    assert report.total_articles == 20 and report.duplicates == 1
    with KGStore(path, create=False) as st:
        rows = list(run_query(st, "SELECT ?t ?p WHERE { ?a a kg:Article ; dcterms:title ?t "
                                  "OPTIONAL { ?a dcterms:publisher/rdfs:label ?p } }"))
    stored = set()
    for row in rows:
        title = str(row["t"])
        stored.add(_key(title) if _key(title) in gold else _key(f"{title} : {row['p']}") if row.get("p") else _key(title))
        if _key(title) not in gold and row.get("p"):  # the site suffix was moved to the publisher
            stored.add(_key(f"{title} | {row['p']}"))
    assert gold <= stored, gold - stored


def test_seed_files_lose_only_furniture(seeds_store):
    _, report = seeds_store
    assert sorted(f.posts for f in report.files) == [4, 7, 10]
    for f in report.files:
        assert f.chars_kept + f.chars_dropped == f.chars_total
        assert f.chars_dropped / f.chars_total < 0.10 and f.warning is None


def test_the_seed_fines_and_the_kent_dataset_are_in_the_graph(seeds_store):
    from kg.sparql import run_canned
    from kg.store import KGStore

    path, _ = seeds_store
    with KGStore(path, create=False) as st:
        fines = {(str(r["regulatorLabel"]), str(r["finedLabel"]), float(r["amount"])) for r in run_canned(st, "fines")}
        created = {(str(r["creatorLabel"]), str(r["thingLabel"]), str(r.get("aliases") or "")) for r in run_canned(st, "created")}
    assert ("Information Commissioner's Office", "Norfolk County Council", 60000.0) in fines
    assert ("Information Commissioner's Office", "Hampshire County Council", 100000.0) in fines
    assert ("Kent County Council", "Kent Integrated Dataset", "KID") in created


def test_the_seeds_graph_conforms_to_the_shapes(seeds_store):
    from kg.store import KGStore
    from kg.validate import validate

    path, _ = seeds_store
    with KGStore(path, create=False) as st:
        report = validate(st)
    assert report.conforms, report.violations[:5]
