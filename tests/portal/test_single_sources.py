"""Each fact the project states once: declared dependencies, languages, time zone."""

import fnmatch
import importlib.util
import io
import re
import tomllib
from pathlib import Path

from django.conf import settings
from django.core.management import CommandError, call_command
from django.template.loader import render_to_string
from django.test import override_settings
from django.utils import translation

import pytest

from booking.api.schemas import LANGUAGES as API_LANGUAGES
from booking.forms import DetailsForm
from portal.management.commands import load_demo
from services_catalog import schedules

ROOT = Path(__file__).resolve().parents[2]
CODES = [code for code, _name in settings.LANGUAGES]


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


def test_every_language_list_is_read_from_settings_languages():
    assert CODES == ["el", "en", "ar", "fa"]
    assert list(settings.MODELTRANSLATION_LANGUAGES) == CODES
    assert settings.WAGTAILADMIN_PERMITTED_LANGUAGES == [
        ("el", "Ελληνικά"),
        ("en", "English"),
        ("ar", "العربية"),
        ("fa", "فارسی"),
    ]
    assert API_LANGUAGES == CODES


def test_language_codes_command_prints_settings_languages_for_makemessages():
    out = io.StringIO()
    call_command("language_codes", "--flags", stdout=out)
    assert out.getvalue().strip() == "-l el -l en -l ar -l fa"
    with override_settings(LANGUAGES=[("el", "Greek"), ("uk", "Ukrainian")]):
        out = io.StringIO()
        call_command("language_codes", stdout=out)
    assert out.getvalue().strip() == "el uk"


def test_check_messages_and_makefile_name_no_language():
    check_messages = (ROOT / "scripts" / "check_messages.py").read_text()
    makefile = (ROOT / "Makefile").read_text()
    assert not re.search(r"""["']fa["']""", check_messages)
    assert "-l fa" not in makefile
    assert "language_codes --flags" in makefile


def test_the_rtl_font_rule_names_no_language():
    css = (ROOT / "portal" / "static" / "portal" / "css" / "site.css").read_text()
    assert ":lang(" not in css
    assert 'html[dir="rtl"]' in css


def test_a_language_choice_in_the_other_direction_is_marked_with_its_dir():
    with translation.override("el"):
        html = render_to_string("booking/includes/field.html", {"field": DetailsForm()["language"]})
    assert re.search(r'<span lang="ar" dir="rtl">', html)
    assert re.search(r'<span lang="en" dir="ltr">', html)


def test_the_site_zone_is_defined_once_from_settings_time_zone():
    assert schedules.ATHENS.key == settings.TIME_ZONE == "Europe/Athens"
    zone_objects = [
        path.relative_to(ROOT)
        for package in ("portal", "services_catalog", "booking", "staff_auth")
        for path in (ROOT / package).rglob("*.py")
        if "ZoneInfo(" in path.read_text()
    ]
    assert zone_objects == []


def test_the_installed_packages_carry_no_demo_texts():
    include = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"
    ]["find"]["include"]
    # What setuptools' packages.find installs: folders with an __init__.py
    # whose dotted name matches one of the include patterns.
    installed = [
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ROOT.iterdir()
        if top.is_dir() and not top.is_symlink() and not top.name.startswith(".")
        for init in top.rglob("__init__.py")
    ]
    installed = [name for name in installed if any(fnmatch.fnmatch(name, p) for p in include)]
    assert "portal.demo" in installed
    assert not any(name.startswith("demo_content") for name in installed)
    for package in installed:
        folder = ROOT.joinpath(*package.split("."))
        assert not (folder / "content.py").exists(), package


def test_load_demo_outside_a_checkout_says_where_the_demo_texts_are(monkeypatch):
    monkeypatch.setattr(load_demo, "find_spec", lambda name: None)
    with pytest.raises(CommandError, match="run load_demo from a checkout"):
        call_command("load_demo", stdout=io.StringIO())
