"""Fail when the project's modules import each other in a circle.

Every import counts, including those inside functions: an import moved into
a function to dodge a cycle still ties the two modules together, it only
hides the knot from Python until run time. Imports under ``if TYPE_CHECKING:``
are left out, since they never run.

Run: ``python scripts/check_import_cycles.py`` (``--graph`` prints every edge).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = (
    "portal",
    "services_catalog",
    "booking",
    "staff_auth",
    "callbacks",
    "contact",
    "referrals",
    "feedback",
    "figures",
    "finder",
    "home_visits",
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            found[module_name(path)] = path
    return found


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imported_names(tree: ast.AST, current: str, is_package: bool):
    """Yield (dotted name, line) for every import that can run."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = current.split(".")
                if not is_package:
                    base = base[:-1]
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            for alias in node.names:
                yield f"{prefix}.{alias.name}", node.lineno
            yield prefix, node.lineno
        stack.extend(ast.iter_child_nodes(node))


def edges(modules: dict[str, Path]) -> dict[str, dict[str, int]]:
    graph: dict[str, dict[str, int]] = {name: {} for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(), filename=str(path))
        is_package = path.name == "__init__.py"
        for dotted, line in imported_names(tree, name, is_package):
            # The longest project module the name starts with: `from a.b import c`
            # imports a.b.c when that is a module, else a.b.
            target = dotted
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                graph[name].setdefault(target, line)
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return found


def main() -> int:
    modules = project_modules()
    graph = edges(modules)
    if "--graph" in sys.argv:
        for name in sorted(graph):
            for target, line in sorted(graph[name].items()):
                print(f"{name}:{line} -> {target}")
    found = cycles(graph)
    for component in found:
        members = set(component)
        print(f"import cycle among {len(component)} modules:")
        for name in component:
            for target, line in sorted(graph[name].items()):
                if target in members:
                    print(f"  {modules[name].relative_to(ROOT)}:{line}  {name} -> {target}")
    if found:
        return 1
    print(f"no import cycle among {len(modules)} modules (function-level imports counted)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
