"""The code's shape: imports run one way, from the apps to procura/, with no cycle; no module
grows past a few hundred lines."""

import ast
from functools import cache
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
PACKAGES = [
    "procura",
    "members",
    "events",
    "awards",
    "news",
    "newsletter",
    "impact",
    "resources",
    "search",
    "demo",
    "bench",
]
# procura/ reaches the apps only where a project must name them.
ROOT_OF_THE_APPS = ("procura.urls", "procura.settings")
MOST_LINES = 600


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    """Every module of the project's packages but migrations, by dotted name."""
    return {
        module_name(path): path
        for package in PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    }


@cache
def imports() -> dict[str, set[str]]:
    """The project's modules each module imports, inside functions too."""
    known = modules()
    graph = {}
    for name, path in known.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
        graph[name] = {target for target in found & known.keys() if target != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The groups of modules that import each other, round about (Tarjan's algorithm)."""
    index, low, stack, found = {}, {}, [], []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while not group or node not in group:
                group.add(stack.pop())
            if len(group) > 1:
                found.append(group)

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}

    assert cycles(graph) == [{"a", "b", "c"}]


def test_no_module_imports_itself_round_about():
    assert "events.mailings" in imports()["events.tasks"]  # the finder sees the project

    assert cycles(imports()) == []


def test_procura_imports_no_app_but_in_the_root_url_configuration_and_settings():
    back = {
        (name, target)
        for name, targets in imports().items()
        if name.startswith("procura") and not name.startswith(ROOT_OF_THE_APPS)
        for target in targets
        if target.split(".")[0] != "procura"
    }

    assert back == set()


def test_no_module_is_longer_than_a_few_hundred_lines():
    lengths = {name: len(path.read_text().splitlines()) for name, path in modules().items()}

    assert {name: lines for name, lines in lengths.items() if lines > MOST_LINES} == {}
