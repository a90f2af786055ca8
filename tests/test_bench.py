"""A smoke run of the benchmark script (tiny sizes): it must run and print its table. No timing assertions."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_script_runs(tmp_path):
    parts = ["rebuild", "viz", "scaling", "increment", "queries", "serve"]
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--quick", *(a for p in parts for a in ("--only", p)),
                          "--no-baseline", "--json", str(tmp_path / "b.json")], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "| measure | policy-kg | baseline | ratio |" in out.stdout
    assert "3. rebuild of unchanged corpus" in out.stdout and "7. store writes" in out.stdout
    assert "8. one new or changed article into a" in out.stdout and "4. query `fines` median at" in out.stdout
    assert "9. `kg serve`, repeated queries" in out.stdout and "9. `kg serve` --cache 0, distinct queries" in out.stdout
    assert (tmp_path / "b.json").stat().st_size > 0
