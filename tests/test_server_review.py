"""Review on the server's pages: read-only without --allow-review; with it, a reviewer signs in with the token
and every decision form is guarded against other sites (session cookie + per-session form token + Origin)."""

import http.client
import json
import re
import shutil
import threading
from urllib.parse import quote, urlencode

import pytest
from conftest import free_port

from kg.server import ServerConfig, make_server
from kg.server.review import safe_next

ID = "https://w3id.org/policy-kg/id/"
NEWCASTLE, FIP = ID + "organisation/newcastle-city-council", ID + "programme/family-insights-programme"


def _serve(built, tmp_path_factory, **options):
    root, _ = built
    copy = tmp_path_factory.mktemp("review-served") / "store"
    shutil.copytree(root / "store", copy)
    config = ServerConfig(store=copy, port=free_port(), timeout=5.0, quiet=True, **options)
    httpd, app = make_server(config)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, app, config.port


@pytest.fixture(scope="module")
def review_server(built, tmp_path_factory):
    httpd, app, port = _serve(built, tmp_path_factory, allow_review=True, token="t0ken")
    yield port
    httpd.shutdown()
    httpd.server_close()
    app.close()


def _request(port, method, path, form=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    body = urlencode(form) if form is not None else None
    hdrs = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})} if form is not None else dict(headers or {})
    conn.request(method, path, body=body, headers=hdrs)
    resp = conn.getresponse()
    return resp.status, dict(resp.getheaders()), resp.read().decode("utf-8", "replace")


def _sign_in(port) -> tuple[str, str]:
    status, headers, _ = _request(port, "POST", "/review/login", {"token": "t0ken", "name": "Ana <b>", "next": "/review"})
    assert status == 303 and headers["Location"] == "/review"
    cookie = headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    session = cookie.split(";")[0]
    _, _, page = _request(port, "GET", "/review?status=all", headers={"Cookie": session})
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
    assert "Ana &lt;b&gt;" in page and "Ana <b>" not in page
    return session, csrf


def _sparql_ask(port, text) -> bool:
    prefix = "PREFIX kg: <https://w3id.org/policy-kg/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
    _, _, body = _request(port, "GET", "/sparql?" + urlencode({"query": prefix + text}),
                          headers={"Accept": "application/sparql-results+json"})
    return json.loads(body)["boolean"]


def test_without_review_the_pages_are_read_only(built, tmp_path_factory):
    httpd, app, port = _serve(built, tmp_path_factory)
    try:
        status, _, page = _request(port, "GET", "/review")
        assert status == 200 and 'id="read-only"' in page and "<form method=\"post\"" not in page
        assert 'id="queue"' in page and re.search(r'<span id="total">(\d+)</span>', page).group(1) != "0"
        _, _, entity = _request(port, "GET", "/entity?iri=" + quote(NEWCASTLE, safe=""))
        assert "/review/decide" not in entity
        status, _, body = _request(port, "POST", "/review/login", {"token": "anything"})
        assert status == 403 and "read-only" in body
        status, _, body = _request(port, "POST", "/review/decide", {"action": "reject", "id": "x"})
        assert status == 403
    finally:
        httpd.shutdown()
        httpd.server_close()
        app.close()


def test_review_needs_a_token_to_start():
    from kg.errors import KGError

    with pytest.raises(KGError, match="--allow-review needs --token"):
        make_server(ServerConfig(store="unused", allow_review=True))


def test_a_signed_in_reviewer_rejects_a_statement_and_merges(review_server):
    port = review_server
    assert _sparql_ask(port, f"ASK {{ <{NEWCASTLE}> kg:uses <{FIP}> }}")
    # a wrong token is refused; the queue shows no decision forms to a visitor
    status, _, _ = _request(port, "POST", "/review/login", {"token": "guess"})
    assert status == 403
    _, _, visitor = _request(port, "GET", "/review")
    assert 'id="signin"' in visitor and "/review/decide" not in visitor
    session, csrf = _sign_in(port)
    _, _, entity = _request(port, "GET", "/entity?iri=" + quote(NEWCASTLE, safe=""), headers={"Cookie": session})
    ids = re.findall(r'name="action" value="reject"><input type="hidden" name="id" value="([0-9a-f]{10})"', entity)
    assert ids and 'id="correct"' in entity
    _, _, queue = _request(port, "GET", "/review?status=all&q=Newcastle", headers={"Cookie": session})
    row = re.search(r'<tr data-id="([0-9a-f]{10})">(?:(?!</tr>).)*?>uses<', queue, re.S)
    sid = row.group(1)
    assert sid in ids

    # forged requests: no form token, a stale one, another site's Origin, no session
    for form, headers in (({"action": "reject", "id": sid}, {"Cookie": session}),
                          ({"action": "reject", "id": sid, "csrf": "0" * 64}, {"Cookie": session}),
                          ({"action": "reject", "id": sid, "csrf": csrf}, {"Cookie": session, "Origin": "https://evil.example"}),
                          ({"action": "reject", "id": sid, "csrf": csrf}, {})):
        status, _, _ = _request(port, "POST", "/review/decide", form, headers)
        assert status == 403, (form, headers)
    assert _sparql_ask(port, f"ASK {{ <{NEWCASTLE}> kg:uses <{FIP}> }}")

    # the real form: the statement is rejected everywhere, kept for audit, and back to the page asked for
    status, headers, _ = _request(port, "POST", "/review/decide",
                                  {"action": "reject", "id": sid, "csrf": csrf, "next": "https://evil.example/"},
                                  {"Cookie": session, "Origin": f"http://127.0.0.1:{port}"})
    assert status == 303 and headers["Location"] == "/review"
    assert not _sparql_ask(port, f"ASK {{ <{NEWCASTLE}> kg:uses <{FIP}> }}")
    assert _sparql_ask(port, f"ASK {{ ?st a kg:RejectedStatement ; kg:rejectedSubject <{NEWCASTLE}> }}")
    _, _, rejected = _request(port, "GET", "/review?status=rejected", headers={"Cookie": session})
    assert f'data-id="{sid}"' in rejected and "Ana &lt;b&gt;" in rejected

    # merge from the entity page: the other entity's relations now belong to the one kept
    status, _, body = _request(port, "POST", "/review/decide",
                               {"action": "merge", "keep": ID + "organisation/leeds-city-council", "other": "Leeds",
                                "csrf": csrf}, {"Cookie": session})
    assert status == 303, body
    assert not _sparql_ask(port, f"ASK {{ <{ID}place/leeds> ?p ?o FILTER(?p != kg:concerns) }}")
    status, _, body = _request(port, "POST", "/review/decide",
                               {"action": "retype", "entity": "Nesta", "type": "Spaceship", "csrf": csrf}, {"Cookie": session})
    assert status == 400 and "unknown type" in body


def test_sign_out_ends_the_session(review_server):
    port = review_server
    session, csrf = _sign_in(port)
    status, headers, _ = _request(port, "POST", "/review/logout", {"csrf": csrf, "next": "/review"}, {"Cookie": session})
    assert status == 303 and "Max-Age=0" in headers["Set-Cookie"]
    status, _, _ = _request(port, "POST", "/review/decide", {"action": "reject", "id": "x", "csrf": csrf}, {"Cookie": session})
    assert status == 403


@pytest.mark.parametrize("target, expected", [("/entity?iri=x", "/entity?iri=x"), ("//evil.example/", "/review"),
                                              ("https://evil.example/", "/review"), ("/\\evil.example", "/review"),
                                              ("javascript:alert(1)", "/review"), (None, "/review")])
def test_forms_only_return_to_this_server(target, expected):
    assert safe_next(target) == expected


def test_reviewing_in_a_real_browser(review_server, tmp_path):
    """Sign in on the queue page, reject the least certain statement, see it leave the queue and appear
    among the rejected ones."""
    from browser import page_session, screenshot

    port = review_server
    base = f"http://127.0.0.1:{port}"
    with page_session() as (page, errors, outside):
        page.goto(base + "/review")
        before = int(page.inner_text("#total"))
        page.fill("#signin input[name=name]", "Browser Tester")
        page.fill("#signin input[name=token]", "t0ken")
        page.click("#signin button")
        page.wait_for_selector("#reviewer")
        first = page.get_attribute("#queue tbody tr", "data-id")
        screenshot(page, "review", tmp_path)
        page.click(f"#queue tr[data-id='{first}'] button[value=reject]")
        page.wait_for_selector("#reviewer")
        assert int(page.inner_text("#total")) == before - 1
        assert page.query_selector(f"#queue tr[data-id='{first}']") is None
        page.goto(base + "/review?status=rejected")
        assert page.query_selector(f"#queue tr[data-id='{first}']") is not None
        assert errors == [] and outside == []
