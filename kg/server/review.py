"""Review in the browser: the queue page, and the accept / reject / merge / retype / rename forms on it and on
entity pages. Writing is off unless the server was started with --allow-review and a token; a reviewer signs in
with the token once (an HttpOnly, SameSite=Strict session cookie), and every form carries a per-session token
checked against the cookie and the request's Origin, so another site cannot post decisions.

Imports store (connect), review, server.pages and server.workers (QueryFailed); knows nothing of HTTP parsing.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie
from urllib.parse import quote, urlencode, urlsplit

from ..errors import QueryError
from .workers import QueryFailed

COOKIE = "kg_review"
MAX_SESSIONS = 200
PAGE_SIZE = 50
LOGIN_FAILURES = 10  # a minute's failed sign-ins before sign-in pauses for a minute


@dataclass(frozen=True)
class Reviewer:
    """A signed-in session: who decides, and the token its forms must carry."""

    sid: str
    name: str
    csrf: str


def safe_next(target: str | None, default: str = "/review") -> str:
    """Where to go after a form: a path on this server only (no scheme, no host, no '//' or backslash)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target


class ReviewDesk:
    """Sessions, the queue page and the decisions posted from pages."""

    def __init__(self, config) -> None:
        self.config = config
        self.enabled = bool(getattr(config, "allow_review", False) and config.token)
        self._secret = secrets.token_bytes(32)
        self._sessions: dict[str, str] = {}  # sid -> reviewer's name
        self._failures: list[float] = []

    # -------------------------------------------------------------- sessions

    def reviewer(self, cookie_header: str | None) -> Reviewer | None:
        if not self.enabled or not cookie_header:
            return None
        try:
            jar = SimpleCookie(cookie_header)
        except CookieError:
            return None
        morsel = jar.get(COOKIE)
        if morsel is None or morsel.value not in self._sessions:
            return None
        sid = morsel.value
        csrf = hmac.new(self._secret, sid.encode(), hashlib.sha256).hexdigest()
        return Reviewer(sid, self._sessions[sid], csrf)

    def login(self, form: dict[str, str]) -> tuple:
        if not self.enabled:
            raise QueryFailed(403, "review is read-only on this server (start it with --allow-review --token)")
        now = time.monotonic()
        self._failures = [t for t in self._failures if now - t < 60]
        if len(self._failures) >= LOGIN_FAILURES:
            raise QueryFailed(429, "too many failed sign-ins; try again in a minute", retry_after=60)
        if not hmac.compare_digest(form.get("token", "").encode(), self.config.token.encode()):
            self._failures.append(now)
            raise QueryFailed(403, "that is not the server's token")
        if len(self._sessions) >= MAX_SESSIONS:
            self._sessions.pop(next(iter(self._sessions)))
        sid = secrets.token_urlsafe(24)
        self._sessions[sid] = (form.get("name") or "").strip()[:80] or "web reviewer"
        cookie = f"{COOKIE}={sid}; HttpOnly; SameSite=Strict; Path=/"
        return 303, "text/plain; charset=utf-8", b"", {"Location": safe_next(form.get("next")), "Set-Cookie": cookie}

    def logout(self, who: Reviewer | None, form: dict[str, str]) -> tuple:
        if who is not None and hmac.compare_digest(form.get("csrf", ""), who.csrf):
            self._sessions.pop(who.sid, None)
        cookie = f"{COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"
        return 303, "text/plain; charset=utf-8", b"", {"Location": safe_next(form.get("next")), "Set-Cookie": cookie}

    def _check(self, who: Reviewer | None, form: dict[str, str], origin: str | None, base: str) -> Reviewer:
        if not self.enabled:
            raise QueryFailed(403, "review is read-only on this server (start it with --allow-review --token)")
        if who is None:
            raise QueryFailed(403, "sign in with the server's token on /review first")
        if not hmac.compare_digest(form.get("csrf", ""), who.csrf):
            raise QueryFailed(403, "the form's session token is missing or stale; reload the page and try again")
        if origin and origin != "null" and origin.rstrip("/") != base:
            raise QueryFailed(403, "decisions are only accepted from this server's own pages")
        return who

    # -------------------------------------------------------------- decisions

    def decide(self, who: Reviewer | None, form: dict[str, str], origin: str | None, base: str) -> tuple:
        """Record one decision from a form, then go back to the page it came from."""
        from ..review import actions
        from ..store import connect

        reviewer = self._check(who, form, origin, base)
        action = form.get("action", "")
        by, note = reviewer.name, (form.get("note") or "")[:500]
        try:
            with connect(self.config.store, create=False) as store:
                if action in ("accept", "reject"):
                    actions.decide_statement(store, form.get("id", ""), action, by=by, note=note)
                elif action == "merge":
                    actions.merge(store, form.get("keep", ""), form.get("other", ""), by=by, note=note)
                elif action == "retype":
                    actions.retype(store, form.get("entity", ""), form.get("type", ""), by=by, note=note)
                elif action == "rename":
                    actions.rename(store, form.get("entity", ""), form.get("label", ""), by=by, note=note)
                else:
                    raise QueryFailed(400, f"unknown review action '{action[:30]}'")
        except QueryError as exc:
            raise QueryFailed(400, str(exc)) from None
        return 303, "text/plain; charset=utf-8", b"", {"Location": safe_next(form.get("next"))}

    # -------------------------------------------------------------- pages

    def queue_page(self, params: dict[str, str], who: Reviewer | None) -> bytes:
        """Statements to review, lowest confidence first, filtered by status, relation and entity; and the
        likely duplicate entities."""
        from ..review import candidates, select, statements
        from ..store import connect
        from ..vocab.namespace import PREDICATES
        from .pages import environment

        status = params.get("status", "unreviewed")
        predicate = params.get("predicate") or None
        text = (params.get("q") or "").strip().casefold()
        try:
            page = max(1, int(params.get("page") or 1))
        except ValueError:
            page = 1
        with connect(self.config.store, create=False, read_only=True) as store:
            rows = select(statements(store), predicate=predicate, status=None if status == "all" else status)
            pairs = candidates(store)[:30]
        if text:
            rows = [r for r in rows if text in r.subject.casefold() or text in r.object.casefold()
                    or text in r.evidence.casefold()]
        total = len(rows)
        shown = rows[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
        here = "/review" + ("?" + urlencode({k: v for k, v in params.items() if v}) if params else "")

        def url(**changes) -> str:
            merged = {**params, **{k: str(v) for k, v in changes.items()}}
            if "page" not in changes:
                merged.pop("page", None)
            query = urlencode({k: v for k, v in merged.items() if v})
            return "/review" + (f"?{query}" if query else "")

        def in_context(row) -> str:
            return "/article?iri=" + quote(row.article_iri, safe="")

        return environment().get_template("review.html").render(
            title="Review", rows=shown, total=total, page=page, pages=max(1, -(-total // PAGE_SIZE)), url=url,
            status=status, predicate=predicate or "", q=params.get("q", ""), predicates=PREDICATES, pairs=pairs,
            who=who, enabled=self.enabled, here=here, in_context=in_context).encode()
