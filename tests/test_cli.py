import subprocess
import sys

from click.testing import CliRunner

from kg.cli import main


def test_help_is_instant_and_imports_no_heavy_library():
    code = "import sys, kg.cli; print(any(m in sys.modules for m in ('spacy', 'networkx', 'pyvis')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_build_missing_path_is_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path / "missing"), "--store", str(tmp_path / "s")])
    assert result.exit_code != 0
    assert "no such file or folder" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_build_empty_folder_is_one_line_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["build", str(tmp_path / "empty"), "--store", str(tmp_path / "s")])
    assert result.exit_code != 0 and "no readable articles" in result.output and "Traceback" not in result.output


def test_query_export_viz_stats_through_the_cli(built, tmp_path):
    root, _ = built
    store = str(root / "store")
    runner = CliRunner()
    r = runner.invoke(main, ["query", "fines", "--store", store, "--format", "csv"])
    assert r.exit_code == 0 and "Norfolk County Council" in r.output and "60000" in r.output
    r = runner.invoke(main, ["query", "SELECT ?x WHERE { ?x a foo:Bar }", "--store", store])
    assert r.exit_code == 1 and "unknown prefix 'foo:'" in r.output
    r = runner.invoke(main, ["query", "--list"])
    assert r.exit_code == 0 and "fines" in r.output
    r = runner.invoke(main, ["export", "--store", store, "-o", str(tmp_path / "g.nt")])
    assert r.exit_code == 0 and (tmp_path / "g.nt").stat().st_size > 0
    r = runner.invoke(main, ["viz", "--store", store, "-o", str(tmp_path / "g.html"), "--focus", "Nesta"])
    assert r.exit_code == 0 and (tmp_path / "g.html").exists()
    r = runner.invoke(main, ["viz", "--store", store, "-o", str(tmp_path / "h.html"), "--focus", "Nestaa"])
    assert r.exit_code == 1 and "did you mean 'Nesta'" in r.output
    r = runner.invoke(main, ["stats", "--store", store])
    assert r.exit_code == 0 and "Articles: " in r.output


def test_a_query_file_named_without_file_is_read(built, tmp_path):
    root, _ = built
    (tmp_path / "orgs.rq").write_text("SELECT (COUNT(*) AS ?n) WHERE { ?o a kg:Organisation }", encoding="utf-8")
    r = CliRunner().invoke(main, ["query", str(tmp_path / "orgs.rq"), "--store", str(root / "store"), "--format", "csv"])
    assert r.exit_code == 0 and r.output.splitlines()[0] == "n" and int(r.output.splitlines()[1]) > 0
    r = CliRunner().invoke(main, ["query", str(tmp_path / "none.rq"), "--store", str(root / "store")])
    assert r.exit_code == 2 and "no query file" in r.output and "Traceback" not in r.output


def test_query_on_missing_store(tmp_path):
    r = CliRunner().invoke(main, ["query", "fines", "--store", str(tmp_path / "none")])
    assert r.exit_code == 1 and "run `kg build` first" in r.output
