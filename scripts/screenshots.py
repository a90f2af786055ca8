"""Screenshots of the explorer on the bundled corpus for docs/ (needs Chromium: apt-get install chromium).

Run from the project root after `kg build`:  python scripts/screenshots.py
"""

from __future__ import annotations

import shutil
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def main() -> None:
    page_file = ROOT / "exports" / "graph.html"
    if not page_file.exists():
        raise SystemExit("run `kg build` first: exports/graph.html is missing")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    (ROOT / "docs").mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.goto(page_file.as_uri())
        page.wait_for_function("window.kgReady === true")
        page.wait_for_timeout(2500)
        page.screenshot(path=str(ROOT / "docs" / "explorer.png"))
        page.fill("#search", "Information Commissioner's Office")
        page.press("#search", "Enter")
        page.click("#neigh")
        page.wait_for_timeout(1200)
        page.screenshot(path=str(ROOT / "docs" / "explorer-focus.png"))
        browser.close()
    print("wrote docs/explorer.png and docs/explorer-focus.png")


if __name__ == "__main__":
    main()
