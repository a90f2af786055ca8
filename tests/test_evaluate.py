import json

from kg.evaluate import Score, evaluate


def test_score_arithmetic():
    s = Score(tp_pred=3, n_pred=4, tp_gold=3, n_gold=6)
    assert (s.precision, s.recall) == (0.75, 0.5)
    assert abs(s.f1 - 0.6) < 1e-9
    assert Score().f1 == 0.0


def test_eval_against_gold_written_for_the_test(tmp_path, extractor):
    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "x.txt").write_text("Regulator fines council\n\nThe Information Commissioner's Office (ICO) fined "
                                "Norfolk County Council £60,000 under the Data Protection Act.\n", encoding="utf-8")
    gold = {"schema_version": 1, "articles": [{
        "id": "x", "title": "Regulator fines council",
        "entities": [{"name": "Information Commissioner's Office", "type": "Organisation", "aliases": ["ICO"]},
                     {"name": "Norfolk County Council", "type": "Organisation", "aliases": []},
                     {"name": "Data Protection Act", "type": "Policy", "aliases": []},
                     {"name": "Somewhere Missing", "type": "Place", "aliases": []}],
        "topics": ["data protection"],
        "relations": [{"subject": "ICO", "predicate": "fined", "object": "Norfolk County Council"}]}]}
    gpath = tmp_path / "gold.json"
    gpath.write_text(json.dumps(gold), encoding="utf-8")
    report = evaluate(gpath, arts, extractor=extractor)
    assert report.articles_matched == 1
    assert report.entities.tp_gold == 3 and report.entities.n_gold == 4
    assert report.relations.recall == 1.0
    assert "x: Somewhere Missing (Place)" in report.missed_entities
