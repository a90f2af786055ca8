"""Headless Chromium for the page tests: Debian's /usr/bin/chromium driven by Playwright (no browser download)."""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def require_chromium() -> str:
    """The browser path; outside CI a machine without Chromium skips, in CI its absence is a failure."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium should be installed by .ci/run (apt-get install chromium)")
        pytest.skip("Chromium not installed here (apt-get install chromium; CI installs it)")
    return CHROMIUM


@contextmanager
def page_session(allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost")):
    """A page plus the console errors and outside requests it produced."""
    from playwright.sync_api import sync_playwright

    path = require_chromium()
    errors: list[str] = []
    outside: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1300, "height": 850})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))

        def check(request) -> None:
            parts = urlsplit(request.url)
            if parts.scheme in {"http", "https", "ws", "wss"} and parts.hostname not in allowed_hosts:
                outside.append(request.url)

        page.on("request", check)
        try:
            yield page, errors, outside
        finally:
            browser.close()


def screenshot(page, name: str, tmp_path) -> None:
    """Save a screenshot of the page under the test's folder; with KG_DOCS_SCREENSHOTS=1 (what
    scripts/screenshots.py sets) into docs/screenshots/ too, where the README shows them."""
    from pathlib import Path

    page.screenshot(path=str(tmp_path / f"{name}.png"))
    if os.environ.get("KG_DOCS_SCREENSHOTS") == "1":
        docs = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
        docs.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(docs / f"{name}.png"))


def wait_until(page, predicate: str, timeout: float = 15.0) -> None:
    """Poll a predicate (a function's source) with evaluate(): the pages' CSP forbids the eval that
    wait_for_function uses for its predicate, which fails whenever the first poll comes too late."""
    import time

    deadline = time.monotonic() + timeout
    while not page.evaluate(predicate):
        assert time.monotonic() < deadline, f"timed out waiting for {predicate}"
        time.sleep(0.1)
