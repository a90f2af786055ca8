"""The screenshots in docs/screenshots/, taken by the browser tests themselves (needs Chromium:
apt-get install chromium). Run from the project root:  python scripts/screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ["tests/test_workbench.py", "tests/test_viz.py::test_explorer_in_a_real_browser",
         "tests/test_viz.py::test_explorer_edge_click_double_click_and_export"]


def main() -> None:
    env = {**os.environ, "KG_DOCS_SCREENSHOTS": "1"}
    code = subprocess.call([sys.executable, "-m", "pytest", "-q", *TESTS], cwd=ROOT, env=env)
    if code:
        raise SystemExit(f"the browser tests failed (exit {code}); the screenshots may be incomplete")
    print("\n".join(sorted(str(p.relative_to(ROOT)) for p in (ROOT / "docs" / "screenshots").glob("*.png"))))


if __name__ == "__main__":
    main()
