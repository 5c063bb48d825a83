"""Each fact the project states once: declared dependencies, languages, time zone."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _script(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_distribution_the_packages_import_is_declared():
    check = _script("check_dependencies")
    runtime, dev = check.declared()
    assert "django-ninja" in runtime
    assert check.undeclared(check.PACKAGES, runtime) == []
    assert check.undeclared(["tests", "scripts", "benchmarks"], runtime | dev) == []


def test_an_undeclared_import_is_reported():
    check = _script("check_dependencies")
    runtime, _dev = check.declared()
    missing = check.undeclared(["portal"], runtime - {"django-ninja"})
    assert [(module, distributions) for module, distributions, _path in missing] == [
        ("ninja", ["django-ninja"])
    ]
