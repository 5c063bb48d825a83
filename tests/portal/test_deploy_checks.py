"""`check --deploy` refuses base URLs that would send citizens links to nowhere (finding 9)."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.core import checks
from django.test import override_settings

import pytest

from portal.checks import base_url_problem

ROOT = Path(__file__).resolve().parents[2]
GOOD = "https://kentro.example.gr"


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("", "is not set"),
        ("http://127.0.0.1:8000", "points at this machine (a loopback address)"),
        ("https://localhost", "points at this machine (a loopback address)"),
        ("https://[::1]:8443", "points at this machine (a loopback address)"),
        ("https://0.0.0.0", "points at this machine (a loopback address)"),
        ("http://kentro.example.gr", "is not an https:// address"),
        ("kentro.example.gr", "is not an https:// address"),
        (GOOD, ""),
        ("https://192.0.2.10", ""),
    ],
)
def test_what_a_production_base_url_may_be(value, problem):
    assert base_url_problem(value) == problem


def deploy_errors():
    found = checks.run_checks(include_deployment_checks=True, tags=[checks.Tags.security])
    return {message.id for message in found if message.id.startswith("portal.")}


def test_the_deploy_check_fails_on_the_development_defaults():
    with override_settings(
        DEBUG=False, PUBLIC_BASE_URL="http://127.0.0.1:8000", WAGTAILADMIN_BASE_URL=""
    ):
        assert deploy_errors() == {"portal.E001", "portal.E002"}


def test_the_deploy_check_passes_with_https_public_addresses():
    with override_settings(DEBUG=False, PUBLIC_BASE_URL=GOOD, WAGTAILADMIN_BASE_URL=GOOD):
        assert deploy_errors() == set()


def test_the_check_is_only_for_deployment_and_not_in_debug():
    with override_settings(DEBUG=False, PUBLIC_BASE_URL=""):
        assert not any(m.id.startswith("portal.") for m in checks.run_checks())
    with override_settings(DEBUG=True, PUBLIC_BASE_URL=""):
        assert deploy_errors() == set()


def run_deploy_check(**env):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "REDIS_URL": "redis://127.0.0.1:6379/1",
        "SECRET_KEY": secrets.token_urlsafe(64),
        **env,
    }
    for name in ("PUBLIC_BASE_URL", "WAGTAILADMIN_BASE_URL", "DATABASE_URL"):
        if name not in env:
            environment.pop(name, None)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_ci_deploy_check_line_fails_without_and_passes_with_the_base_urls():
    without = run_deploy_check()
    with_urls = run_deploy_check(PUBLIC_BASE_URL=GOOD, WAGTAILADMIN_BASE_URL=GOOD)

    assert without.returncode == 1
    assert "portal.E001" in without.stderr and "portal.E002" in without.stderr
    assert with_urls.returncode == 0, with_urls.stderr
