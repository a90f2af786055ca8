"""The house rules: no import cycle in kg/, lower layers never import the upper ones, and only vocab/ spells
our graph names and relation properties as strings."""

from __future__ import annotations

import ast
from pathlib import Path

KG = Path(__file__).resolve().parent.parent / "kg"

# modules that may be imported by everything but import nothing above them
UPPER = ("kg.cli", "kg.server", "kg.build", "kg.__main__")
LOWER = ("kg.errors", "kg.model", "kg.vocab", "kg.resolve", "kg.segment", "kg.rdf", "kg.extract", "kg.sparql", "kg.store",
         "kg.ingest", "kg.summary", "kg.stats", "kg.network", "kg.viz", "kg.export", "kg.validate", "kg.find")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(KG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(KG.rglob("*.py"))}


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", getattr(node.test, "attr", None)) == "TYPE_CHECKING":
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def import_graph() -> dict[str, set[str]]:
    """Module -> the kg modules it imports (at module level or inside functions; not under TYPE_CHECKING)."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _type_checking_lines(tree)
        package = name if _is_package(path) else name.rsplit(".", 1)[0]
        edges: set[str] = set()
        for node in ast.walk(tree):
            if getattr(node, "lineno", None) in skip:
                continue
            if isinstance(node, ast.Import):
                edges.update(a.name for a in node.names if a.name.split(".")[0] == "kg")
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                if target.split(".")[0] != "kg":
                    continue
                for alias in node.names:  # 'from . import pages' imports the module kg.server.pages
                    sub = f"{target}.{alias.name}"
                    edges.add(sub if sub in modules else target)
        graph[name] = {e for e in edges if e in modules and e != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if state.get(nxt) is None and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if state.get(node) is None and (found := visit(node)):
            return found
    return None


def test_no_import_cycle_in_kg():
    cycle = _cycle(import_graph())
    assert cycle is None, " -> ".join(cycle)


def test_the_cycle_check_would_see_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_lower_layers_do_not_import_the_upper_ones():
    graph = import_graph()
    bad = [(m, t) for m, targets in graph.items() if m.startswith(LOWER)
           for t in targets if t.startswith(UPPER)]
    assert not bad, bad


def test_each_layer_imports_only_what_its_docstring_allows():
    graph = import_graph()
    # vocab knows only errors; sparql never imports a store backend; store.base knows no backend
    assert all(t.startswith(("kg.vocab", "kg.errors")) for m in graph if m.startswith("kg.vocab") for t in graph[m])
    assert not [t for m in graph if m.startswith("kg.sparql") for t in graph[m] if t.startswith("kg.store")]
    assert not graph["kg.store.base"] & {"kg.store.oxigraph", "kg.store.remote", "kg.store"}
    assert not [t for m in graph if m.startswith("kg.extract") for t in graph[m]
                if t.startswith(("kg.store", "kg.sparql", "kg.ingest", "kg.server"))]


def _docstring_nodes(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                ids.add(id(first.value))
    return ids


def test_only_vocab_spells_graph_names_and_relation_properties():
    from kg.vocab.lexicon import relation_specs

    predicates = set(relation_specs())
    # words that are also field names of other formats, not our properties
    allowed = {("kg/ingest/formats.py", "published")}  # an RSS/Atom item's publication date
    offending = []
    for name, path in _modules().items():
        if name.startswith("kg.vocab"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = _docstring_nodes(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                where = str(path.relative_to(KG.parent))
                if "w3id.org/policy-kg/graph" in node.value or (node.value in predicates and (where, node.value) not in allowed):
                    offending.append(f"{path.relative_to(KG.parent)}:{node.lineno}: {node.value[:60]!r}")
    assert not offending, offending


def test_every_package_says_its_job():
    for path in KG.rglob("__init__.py"):
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert doc and "import" in doc.lower(), f"{path} needs a docstring saying its job and what it may import"


def test_no_module_or_class_is_a_warehouse():
    for path in KG.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= 420, f"{path} has {len(text.splitlines())} lines"
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                assert size <= 220, f"{path}:{node.lineno} class {node.name} has {size} lines"
