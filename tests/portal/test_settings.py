"""Settings come from the environment; production refuses to start unsafe.

Settings modules are evaluated once per process, so each case imports them
in a fresh interpreter with its own environment.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.settings_probe import read_settings

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k" * 30 + "Q7!x" * 10


def test_defaults_are_sqlite_under_var_and_local_memory_cache():
    result, values = read_settings("portal.settings.dev", {}, ["DATABASES", "CACHES"])

    assert result.returncode == 0, result.stderr
    assert "sqlite3" in values["DATABASES"]
    assert "var/portal.sqlite3" in values["DATABASES"]
    assert "LocMemCache" in values["CACHES"]


def test_database_url_and_redis_url_select_postgresql_and_redis():
    result, values = read_settings(
        "portal.settings.dev",
        {
            "DATABASE_URL": "postgres://portal:pw@db.internal:5432/portal",
            "REDIS_URL": "redis://cache.internal:6379/2",
        },
        ["DATABASES", "CACHES", "WAGTAILSEARCH_BACKENDS"],
    )

    assert result.returncode == 0, result.stderr
    assert "'ENGINE': 'django.db.backends.postgresql'" in values["DATABASES"]
    assert "'HOST': 'db.internal'" in values["DATABASES"]
    assert "RedisCache" in values["CACHES"]
    assert "redis://cache.internal:6379/2" in values["CACHES"]
    assert "'SEARCH_CONFIG': 'simple'" in values["WAGTAILSEARCH_BACKENDS"]


def test_language_and_time_settings():
    result, values = read_settings(
        "portal.settings.dev", {}, ["LANGUAGE_CODE", "LANGUAGES", "TIME_ZONE", "USE_TZ"]
    )

    assert result.returncode == 0, result.stderr
    assert values["LANGUAGE_CODE"] == "'el'"
    assert values["TIME_ZONE"] == "'Europe/Athens'"
    assert values["USE_TZ"] == "True"
    for code in ("el", "en", "ar", "fa"):
        assert f"('{code}'," in values["LANGUAGES"]


@pytest.mark.parametrize("key", ["", "short"])
def test_production_refuses_to_start_without_a_strong_secret_key(key):
    result, _values = read_settings("portal.settings.production", {"SECRET_KEY": key}, ["DEBUG"])

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_settings_read_hosts_and_mail_from_the_environment():
    result, values = read_settings(
        "portal.settings.production",
        {
            "SECRET_KEY": STRONG_KEY,
            "ALLOWED_HOSTS": "kentro.example.gr, www.kentro.example.gr",
            "EMAIL_HOST": "smtp.example.gr",
            "EMAIL_PORT": "587",
            "EMAIL_USE_TLS": "true",
        },
        ["DEBUG", "ALLOWED_HOSTS", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_USE_TLS"],
    )

    assert result.returncode == 0, result.stderr
    assert values["DEBUG"] == "False"
    assert values["ALLOWED_HOSTS"] == "['kentro.example.gr', 'www.kentro.example.gr']"
    assert values["EMAIL_HOST"] == "'smtp.example.gr'"
    assert values["EMAIL_PORT"] == "587"
    assert values["EMAIL_USE_TLS"] == "True"


def test_check_deploy_is_clean_with_production_settings():
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={
            **env,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": STRONG_KEY,
            "REDIS_URL": "redis://127.0.0.1:6379/9",
            "PUBLIC_BASE_URL": "https://kentro.example.gr",
            "WAGTAILADMIN_BASE_URL": "https://kentro.example.gr",
        },
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_without_a_shared_cache_fails_the_checks():
    """Rate limits kept per worker would let anyone through: Redis is required."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env={
            **env,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": STRONG_KEY,
        },
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode != 0
    assert "django_ratelimit.E003" in result.stdout + result.stderr
