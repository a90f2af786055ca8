"""Human review: decisions recorded, applied everywhere, kept across rebuilds and re-imported into a new store."""

import csv
import io
import shutil

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.export import export
from kg.network import project
from kg.review import Decision, statement_id
from kg.sparql import run_query
from kg.store import KGStore

ID = "https://w3id.org/policy-kg/id/"
KG = "https://w3id.org/policy-kg/ontology#"
NEWCASTLE, FIP = ID + "organisation/newcastle-city-council", ID + "programme/family-insights-programme"
LEEDS_COUNCIL, LEEDS = ID + "organisation/leeds-city-council", ID + "place/leeds"
KID, NESTA = ID + "programme/kent-integrated-dataset", ID + "organisation/nesta"


def _kg(store, *args):
    result = CliRunner().invoke(main, [*args, "--store", str(store)])
    assert result.exit_code == 0, result.output
    return result.output


def _ask(st, text):
    return bool(run_query(st, text).askAnswer)


def _check_reviewed(store):
    """The decided state, in queries, exports and the explorer's graph; the extracted facts still there."""
    with KGStore(store, read_only=True) as st:
        # rejected: no relation, no statement, no edge
        assert not _ask(st, f"ASK {{ <{NEWCASTLE}> kg:uses <{FIP}> }}")
        assert not _ask(st, f"ASK {{ ?st rdf:subject <{NEWCASTLE}> ; rdf:predicate kg:uses }}")
        graph = project(st)
        assert "uses" not in {e["predicate"] for e in graph.get_edge_data(NEWCASTLE, FIP, default={}).values()}
        # the raw extraction keeps it for audit
        assert _ask(st, f"ASK {{ ?st a kg:RejectedStatement ; kg:rejectedSubject <{NEWCASTLE}> ; kg:evidence ?e }}")
        # merged: one node, the place's name an alias of the council, its relations moved
        assert LEEDS not in graph and LEEDS_COUNCIL in graph
        assert not _ask(st, f"ASK {{ <{LEEDS}> ?p ?o FILTER(?p != kg:concerns) }}")
        assert _ask(st, f"ASK {{ <{LEEDS_COUNCIL}> skos:altLabel 'Leeds' }}")
        # retyped, with the extracted type kept
        assert _ask(st, f"ASK {{ GRAPH <https://w3id.org/policy-kg/graph/entities> {{ <{KID}> a kg:Publication ; kg:extractedType kg:Programme }} }}")
        assert not _ask(st, f"ASK {{ <{KID}> a kg:Programme }}")
        assert graph.nodes[KID]["type"] == "Publication"
        # added by hand, with its provenance
        assert _ask(st, f"ASK {{ <{NESTA}> kg:funded <{LEEDS_COUNCIL}> . ?st rdf:subject <{NESTA}> ; kg:extractor 'review' ; dcterms:source <https://example.org/grants> ; prov:wasDerivedFrom/a kg:Decision }}")
        assert graph.has_edge(NESTA, LEEDS_COUNCIL)
    out = store.parent / "export.nt"
    with KGStore(store, read_only=True) as st:
        export(st, out, fmt="nt")
    text = out.read_text(encoding="utf-8")
    assert f"<{NEWCASTLE}> <{KG}uses> <{FIP}>" not in text and f"<{NESTA}> <{KG}funded> <{LEEDS_COUNCIL}>" in text
    _check_raw(store)


def _check_raw(store):
    """The raw view (--raw) shows the extraction as written: none of the decisions, every extracted fact."""
    from kg.rawview import raw_view

    with KGStore(store, read_only=True) as st, raw_view(st) as view:
        raw = view.store
        assert view.missing == 0
        assert _ask(raw, f"ASK {{ <{NEWCASTLE}> kg:uses <{FIP}> . ?st a kg:Statement ; rdf:subject <{NEWCASTLE}> ; rdf:predicate kg:uses ; rdf:object <{FIP}> }}")
        assert not _ask(raw, "ASK { ?st a kg:RejectedStatement }")
        graph = project(raw)
        assert LEEDS in graph and graph.nodes[LEEDS]["type"] == "Place" and graph.degree(LEEDS) > 0
        assert _ask(raw, f"ASK {{ <{LEEDS}> rdfs:label 'Leeds' }}")
        assert _ask(raw, f"ASK {{ <{KID}> a kg:Programme }}") and not _ask(raw, "ASK { ?e kg:extractedType ?t }")
        assert not _ask(raw, "ASK { ?st kg:extractor 'review' }") and not _ask(raw, "ASK { ?d a kg:Decision }")
    # the same through the command line
    out = store.parent / "raw.nt"
    _kg(store, "export", "--raw", "-o", str(out))
    text = out.read_text(encoding="utf-8")
    assert f"<{NEWCASTLE}> <{KG}uses> <{FIP}>" in text and f"<{NESTA}> <{KG}funded> <{LEEDS_COUNCIL}>" not in text
    assert "Place" in _kg(store, "query", "--raw", "--format", "csv", f"SELECT ?t WHERE {{ <{LEEDS}> a ?t }}")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from kg.vocab.resources import bundled_sources

    src = tmp_path_factory.mktemp("review") / "sources"
    shutil.copytree(bundled_sources(), src)
    return src


def test_decisions_survive_changed_articles_and_a_new_store(corpus, extractor, tmp_path):
    from kg.build import build

    store = tmp_path / "store"
    build([corpus], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    rows = list(csv.DictReader(io.StringIO(_kg(store, "review", "list", "--format", "csv", "--status", "all"))))
    target = next(r for r in rows if r["subject"] == "Newcastle City Council" and r["predicate"] == "uses")
    _kg(store, "review", "reject", target["id"], "--by", "tester", "--note", "a method, not use")
    _kg(store, "review", "merge", "Leeds City Council", "Leeds")
    _kg(store, "review", "retype", "Kent Integrated Dataset", "Publication")
    _kg(store, "review", "add", "Nesta", "funded", "Leeds City Council", "--evidence", "Nesta gave Leeds a grant.",
        "--source", "https://example.org/grants")
    _check_reviewed(store)
    assert _kg(store, "review", "status").startswith("Decisions: add 1, merge 1, reject 1, retype 1")

    # the articles involved change and are read again: the decisions still hold
    for name in ("03-kent-integrated-dataset.txt", "04-data-mill-north.txt", "05-family-insights.txt"):
        with (corpus / name).open("a", encoding="utf-8") as f:
            f.write("\nThe council said more would follow next year.\n")
    # and a new article names the merged body by the merged-away name
    (corpus / "90-new.txt").write_text("Leeds widens its open data work\n\nBy A Writer, 2 March 2018\n\n"
                                       "Leeds City Council published new datasets on Leeds bus routes. The council "
                                       "said the work in Leeds would continue.\n", encoding="utf-8")
    report = build([corpus], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    assert (report.changed, report.new) == (3, 1)
    _check_reviewed(store)
    # and an article pruned away leaves its decisions reported, not dropped
    (corpus / "90-new.txt").unlink()
    report = build([corpus], store_path=store, exports_dir=None, quiet=True, extractor=extractor, prune=True)
    assert report.removed == 1
    _check_reviewed(store)
    again = list(csv.DictReader(io.StringIO(_kg(store, "review", "list", "--format", "csv", "--status", "rejected"))))
    assert [r["id"] for r in again] == [target["id"]]  # the same id after the rebuild

    # a new store from scratch, and the team's file of decisions
    decisions = tmp_path / "decisions.jsonl"
    _kg(store, "review", "export", "-o", str(decisions))
    fresh = tmp_path / "fresh"
    build([corpus], store_path=fresh, exports_dir=None, quiet=True, extractor=extractor)
    assert "Imported and applied 4 decision(s)" in _kg(fresh, "review", "import", str(decisions))
    _check_reviewed(fresh)


def test_the_queue_lists_every_statement_once_with_stable_ids(built):
    root, _ = built
    store = root / "store"
    text = _kg(store, "review", "list", "--format", "csv", "--status", "all")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert text.splitlines()[0] == "id,subject,predicate,object,confidence,evidence,article,status"
    with KGStore(store, read_only=True) as st:
        facts = {(str(r["s"]), str(r["p"]), str(r["o"]), str(r["a"])) for r in run_query(
            st, "SELECT DISTINCT ?s ?p ?o ?a WHERE { ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; "
                "rdf:object ?o ; prov:wasDerivedFrom ?a }")}
    assert len(rows) == len({r["id"] for r in rows}) == len(facts)
    assert {statement_id(*f) for f in facts} == {r["id"] for r in rows}
    assert [float(r["confidence"]) for r in rows] == sorted(float(r["confidence"]) for r in rows)
    assert all(r["predicate"] in {"fined", "created", "launched", "published", "funded", "inspected", "introduced",
                                  "partneredWith", "uses", "appointed", "partOf", "locatedIn", "regulates", "criticised"}
               for r in rows)


def test_bad_decisions_are_refused_with_a_reason(built, tmp_path):
    root, _ = built
    store = tmp_path / "store"
    shutil.copytree(root / "store", store)
    for args, message in ((["reject", "nothing"], "no statement with id"), (["retype", "Nesta", "Spaceship"], "unknown type"),
                          (["merge", "Nesta", "Nesta"], "already the same"), (["add", "Nesta", "likes", "Ofsted"], "unknown relation"),
                          (["retype", "Nestaa Foundation", "Person"], "did you mean")):
        result = CliRunner().invoke(main, ["review", *args, "--store", str(store)])
        assert result.exit_code != 0 and message in result.output, (args, result.output)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "retype", "data": {"entity": "x"}}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["review", "import", str(bad), "--store", str(store)])
    assert result.exit_code == 2 and "line 1" in result.output and "needs type" in result.output


def test_orphaned_decisions_are_reported_not_dropped(tmp_path):
    from kg.review import record, status

    with KGStore(tmp_path / "s") as st:
        record(st, Decision("retype", {"entity": ID + "organisation/gone", "type": "Programme"}))
        s = status(st)
    assert s.counts == {"retype": 1} and len(s.orphaned) == 1 and "no article mentions" in s.orphaned[0][1]


def test_merge_candidates_share_codes_or_near_names(tmp_path):
    from kg.model import ArticleExtraction, Document, Entity
    from kg.review import candidates

    a = Entity("Organisation", "Riverside Borough Council")
    a.identifiers["gss"] = "E99000001"
    b = Entity("Organisation", "Riverside Council")
    b.identifiers["gss"] = "E99000001"
    c, d = Entity("Organisation", "Hillside Housing Trust"), Entity("Organisation", "Hillside Housing Trusts")
    with KGStore(tmp_path / "s") as st:
        st.put_article(ArticleExtraction(Document(title="T", text="x", source="t.txt"), [a, b, c, d], [], []))
        found = {(x.keep_label, x.other_label) for x in candidates(st)}
    assert {tuple(sorted(p)) for p in found} == {("Riverside Borough Council", "Riverside Council"),
                                                ("Hillside Housing Trust", "Hillside Housing Trusts")}
