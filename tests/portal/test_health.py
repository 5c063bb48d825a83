"""/healthz (liveness) and /readyz (readiness), and what every page answers while
PostgreSQL is unreachable: a branded 503 in the URL's language, never a 500.

The database outage is real: a separate process on the production settings
whose DATABASE_URL points at a port where nothing listens.
"""

import datetime
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from django.test import override_settings
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult, get_date_max

from portal import health
from portal.cache import reset_health
from tests.helpers import redis_cache_settings

ROOT = Path(__file__).resolve().parents[2]
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def redis_down():
    reset_health()
    with override_settings(CACHES=redis_cache_settings("redis://127.0.0.1:6390/2")):
        yield
    reset_health()


def test_healthz_is_ok_and_not_cached(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-store" in response["Cache-Control"]


def test_healthz_stays_ok_with_redis_down_the_site_still_serves(client, db, redis_down):
    assert client.get("/healthz").content == b"ok"


def test_readyz_reports_each_component(client, db):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "tasks"}
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["cache"]["status"] == "ok"
    assert body["checks"]["tasks"] == {"status": "ok", "backend": "ImmediateBackend"}


def test_readyz_is_503_when_the_cache_is_down(client, db, redis_down):
    response = client.get("/readyz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "fail"
    assert body["checks"]["cache"]["status"] == "fail"
    assert body["checks"]["database"]["status"] == "ok"


def test_readyz_is_ok_with_a_real_redis(client, db):
    url = os.environ.get("REDIS_URL")
    if not url:
        pytest.skip("needs a real Redis: set REDIS_URL")
    reset_health()
    with override_settings(CACHES=redis_cache_settings(url)):
        response = client.get("/readyz")
    assert response.json()["checks"]["cache"]["status"] == "ok"
    assert response.status_code == 200


def waiting_task(enqueued_at, run_after=None):
    task = DBTaskResult.objects.create(
        task_path="booking.tasks.housekeeping",
        args_kwargs={"args": [], "kwargs": {}},
        backend_name="default",
        queue_name="default",
        run_after=run_after or get_date_max(),
    )
    DBTaskResult.objects.filter(pk=task.pk).update(enqueued_at=enqueued_at)
    return task


@override_settings(TASKS=DATABASE_BACKEND, READY_MAX_TASK_AGE_SECONDS=900)
def test_readyz_fails_when_a_task_has_waited_too_long(client, db, clock):
    now = timezone.now()
    waiting_task(now - datetime.timedelta(minutes=2))
    assert client.get("/readyz").status_code == 200

    waiting_task(now - datetime.timedelta(minutes=20))
    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["checks"]["tasks"] == {
        "status": "fail",
        "backend": "DatabaseBackend",
        "oldest_waiting_seconds": 1200,
        "max_seconds": 900,
    }


@override_settings(TASKS=DATABASE_BACKEND, READY_MAX_TASK_AGE_SECONDS=900)
def test_a_task_deferred_to_later_is_not_waiting_until_its_time(db):
    now = timezone.now()
    waiting_task(now - datetime.timedelta(hours=2), run_after=now + datetime.timedelta(hours=1))
    waiting_task(now - datetime.timedelta(hours=3), run_after=now - datetime.timedelta(minutes=5))

    assert health.check_tasks(now=now)["oldest_waiting_seconds"] == 300


OUTAGE_SCRIPT = textwrap.dedent(
    """
    import json, django
    django.setup()
    from django.test import Client, override_settings
    results = {}
    # Collected static files are not needed to see the page's words.
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages):
        client = Client(raise_request_exception=False)
        for path, secure in [
            ("/el/", True), ("/ar/", True), ("/en/booking/", True),
            ("/api/v1/services", True), ("/healthz", False), ("/readyz", False),
        ]:
            r = client.get(path, secure=secure, HTTP_ACCEPT_LANGUAGE="en")
            results[path] = {
                "status": r.status_code,
                "retry_after": r.get("Retry-After"),
                "type": r.get("Content-Type"),
                "body": r.content.decode(),
            }
    print(json.dumps(results))
    """
)


@pytest.fixture(scope="module")
def database_down():
    """Answers of the production settings with PostgreSQL unreachable (a closed port)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "x" * 64,
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5499/portal_down",
        "ALLOWED_HOSTS": "testserver",
        "LOG_LEVEL": "CRITICAL",
    }
    env.pop("REDIS_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", OUTAGE_SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_with_postgresql_down_pages_are_a_branded_503_in_their_language(database_down):
    greek, arabic = database_down["/el/"], database_down["/ar/"]

    assert greek["status"] == 503
    assert greek["retry_after"] == "30"
    assert '<html lang="el" dir="ltr">' in greek["body"]
    assert "Ο ιστότοπός μας δεν είναι διαθέσιμος προσωρινά" in greek["body"]
    assert arabic["status"] == 503
    assert '<html lang="ar" dir="rtl">' in arabic["body"]
    assert database_down["/en/booking/"]["status"] == 503
    assert "temporarily unavailable" in database_down["/en/booking/"]["body"]


def test_with_postgresql_down_the_api_answers_json_503(database_down):
    api = database_down["/api/v1/services"]

    assert api["status"] == 503
    assert api["type"] == "application/json"
    assert json.loads(api["body"]) == {
        "detail": "Our website is temporarily unavailable. Please try again in a few minutes.",
        "code": "temporarily_unavailable",
    }


def test_with_postgresql_down_health_checks_answer_503_over_plain_http(database_down):
    assert database_down["/healthz"]["status"] == 503
    assert database_down["/healthz"]["body"] == "database unreachable"
    ready = json.loads(database_down["/readyz"]["body"])
    assert database_down["/readyz"]["status"] == 503
    assert ready["checks"]["database"]["status"] == "fail"
    assert ready["checks"]["database"]["error"] == "OperationalError"
    assert ready["checks"]["tasks"]["status"] == "fail"
