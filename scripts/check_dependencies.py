"""Fail when the installed packages import a distribution pyproject.toml does not declare.

A package that arrives only because another one requires it today (django-ninja
through Wagtail) disappears the day that one stops requiring it. This reads
every top-level `import` of the four installed packages (portal,
services_catalog, booking, staff_auth), maps each module to the distribution
that provides it (importlib.metadata), and checks that distribution is in
`[project] dependencies`. Tests, scripts and benchmarks may use the dev extra.

Run: `python scripts/check_dependencies.py` (CI runs it).
"""

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = [
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
    "activities",
]
DEV_FOLDERS = ["tests", "scripts", "benchmarks"]


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement):
    return normalise(re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0])


def declared():
    """(runtime, dev) sets of normalised distribution names from pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    runtime = {requirement_name(r) for r in project["dependencies"]}
    dev = {requirement_name(r) for r in project["optional-dependencies"]["dev"]}
    return runtime, dev


def imported_modules(folders):
    """{top-level module name: first file importing it} over every .py file in `folders`."""
    found = {}
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    found.setdefault(name.split(".")[0], path.relative_to(ROOT))
    return found


def undeclared(folders, allowed):
    """[(module, distributions, file)] imported from `folders` but not in `allowed`."""
    providers = metadata.packages_distributions()
    local = set(PACKAGES) | set(DEV_FOLDERS) | {"manage", "demo_content"}
    missing = []
    for module, path in sorted(imported_modules(folders).items()):
        if module in local or module in sys.stdlib_module_names:
            continue
        distributions = {normalise(d) for d in providers.get(module, [])}
        if not distributions:
            missing.append((module, ["<not installed>"], path))
        elif not distributions & allowed:
            missing.append((module, sorted(distributions), path))
    return missing


def main():
    runtime, dev = declared()
    problems = undeclared(PACKAGES, runtime)
    problems += undeclared([f for f in DEV_FOLDERS if (ROOT / f).is_dir()], runtime | dev)
    for module, distributions, path in problems:
        print(f"{path}: imports {module!r} (from {', '.join(distributions)}), not declared")
    if problems:
        print("Declare each in pyproject.toml (dependencies, or the dev extra for tests).")
        return 1
    print("Every imported distribution is declared in pyproject.toml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
