"""Reconciliation (kg.reconcile and /reconcile): spreadsheet names matched to entities, over real HTTP."""

import json
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from conftest import free_port

from kg.reconcile import variants
from kg.server import ServerConfig, make_server

# name variants of bodies in the bundled corpus, as they turn up in spreadsheets -> the entity's IRI tail
VARIANTS = {
    "Kent CC": "organisation/kent-county-council", "kent county council": "organisation/kent-county-council",
    "Norfolk C.C.": "organisation/norfolk-county-council", "Hampshire County Counci": "organisation/hampshire-county-council",
    "ICO": "organisation/information-commissioners-office",
    "Information Commisioners Office": "organisation/information-commissioners-office",
    "The Information Commissioner's Office": "organisation/information-commissioners-office",
    "Leeds CC": "organisation/leeds-city-council", "Sunderland Council": "organisation/sunderland-city-council",
    "CQC": "organisation/care-quality-commission", "Care Quality Comission": "organisation/care-quality-commission",
    "OFSTED": "organisation/ofsted", "NESTA": "organisation/nesta",
    "Dept for Education": "organisation/department-for-education", "GDS": "organisation/government-digital-service",
    "Govt Digital Service": "organisation/government-digital-service",
    "National Audit Ofice": "organisation/national-audit-office", "Newcastle CC": "organisation/newcastle-city-council",
    "E08000021": "organisation/newcastle-city-council", "Glasgow City Council": "organisation/glasgow-city-council",
}


def test_variants_expand_abbreviations_and_drop_noise():
    assert variants("Kent CC") == {"kent county council", "kent city council"}
    assert variants("The Dept. of Health & Social Care") == {"department health and social care"}
    assert variants("Norfolk C.C.") >= {"norfolk county council"}


@pytest.fixture(scope="module")
def service(built, tmp_path_factory):
    root, _ = built
    copy = tmp_path_factory.mktemp("reconcile") / "store"
    shutil.copytree(root / "store", copy)
    config = ServerConfig(store=copy, port=free_port(), quiet=True, workers=1)
    httpd, app = make_server(config)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{config.port}/reconcile"
    httpd.shutdown()
    httpd.server_close()
    app.close()


def _get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, {"error": e.read().decode()}


def test_the_manifest(service):
    status, m = _get(service)
    assert status == 200 and m["name"] and m["identifierSpace"] == "https://w3id.org/policy-kg/id/"
    assert {t["id"] for t in m["defaultTypes"]} >= {"Organisation", "Person", "Place"}
    assert "{{id}}" in m["view"]["url"] and "{{id}}" in m["preview"]["url"]


def test_a_batch_of_twenty_variants_by_get_and_post(service):
    batch = {f"q{i}": {"query": name, "limit": 3} for i, name in enumerate(VARIANTS)}
    batch["q3"]["type"] = "Organisation"  # a typed query, as OpenRefine sends after choosing a type
    encoded = urllib.parse.urlencode({"queries": json.dumps(batch)})
    status, by_get = _get(f"{service}?{encoded}")
    with urllib.request.urlopen(urllib.request.Request(service, data=encoded.encode(), method="POST"), timeout=30) as r:
        by_post = json.loads(r.read())
    assert status == 200 and by_get == by_post and set(by_get) == set(batch)
    right = [name for i, (name, want) in enumerate(VARIANTS.items())
             if by_get[f"q{i}"]["result"] and by_get[f"q{i}"]["result"][0]["id"] == want]
    assert len(right) >= 18, sorted(set(VARIANTS) - set(right))
    for answer in by_get.values():
        for cand in answer["result"]:
            assert set(cand) == {"id", "name", "score", "match", "type"} and 0 <= cand["score"] <= 100
    assert by_get["q0"]["result"][0]["match"] is True  # 'Kent CC' is unambiguous


def test_single_queries_previews_and_errors(service):
    status, one = _get(f"{service}?query=Ofsted")
    assert status == 200 and one["result"][0]["id"] == "organisation/ofsted"
    status, one = _get(f"{service}?" + urllib.parse.urlencode({"query": json.dumps({"query": "nesta", "type": "Organisation"})}))
    assert one["result"][0]["name"] == "Nesta"
    with urllib.request.urlopen(service + "/preview?id=organisation/ofsted", timeout=30) as r:
        assert r.status == 200 and b"Ofsted" in r.read()
    for bad in ({"queries": "not json"}, {"queries": json.dumps({"q0": {"limit": 3}})},
                {"queries": json.dumps({"q0": {"query": "x", "type": "Spaceship"}})},
                {"queries": json.dumps({f"q{i}": "x" for i in range(101)})}):
        status, body = _get(f"{service}?{urllib.parse.urlencode(bad)}")
        assert status == 400 and body["error"]
    assert _get(service + "/preview?id=organisation/nobody")[0] == 404


def test_data_extension_pulls_codes_pages_and_counts_into_columns(service):
    """OpenRefine's 'add columns from reconciled values': properties proposed, then values for matched ids."""
    from urllib.parse import urlencode

    status, m = _get(service)
    assert m["extend"]["propose_properties"]["service_path"] == "/reconcile/properties"
    status, proposed = _get(service + "/properties?type=Organisation")
    assert status == 200 and {"gss", "govuk", "type", "articles"} <= {p["id"] for p in proposed["properties"]}
    ids = ["organisation/newcastle-city-council", "organisation/hampshire-county-council", "organisation/no-such-body"]
    request = json.dumps({"ids": ids, "properties": [{"id": "gss"}, {"id": "govuk"}, {"id": "type"}, {"id": "articles"}]})
    for how in ("GET", "POST"):
        if how == "GET":
            status, ext = _get(service + "?" + urlencode({"extend": request}))
        else:
            req = urllib.request.Request(service, data=urlencode({"extend": request}).encode(), method="POST",
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
            with urllib.request.urlopen(req, timeout=30) as r:
                status, ext = r.status, json.loads(r.read())
        assert status == 200 and [p["id"] for p in ext["meta"]] == ["gss", "govuk", "type", "articles"]
        newcastle, hampshire, nobody = (ext["rows"][i] for i in ids)
        assert newcastle["gss"] == [{"str": "E08000021"}] and newcastle["type"] == [{"str": "Organisation"}]
        assert newcastle["articles"][0]["int"] >= 1
        assert hampshire["govuk"] == [{"str": "https://www.gov.uk/find-local-council/hampshire"}]
        assert nobody == {"gss": [], "govuk": [], "type": [], "articles": [{"int": 0}]}
    status, err = _get(service + "?" + urlencode({"extend": json.dumps({"ids": ids, "properties": [{"id": "salary"}]})}))
    assert status == 400 and "unknown property" in err["error"]
