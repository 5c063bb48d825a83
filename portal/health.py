"""Health of the components a host needs to serve: database, cache, task queue.

Two questions for the load balancer, answered by portal.views:

- liveness (`/healthz`): can this process serve at all? It asks the database
  for `SELECT 1` and nothing else — not the cache: with Redis down the site
  still serves (uncached, see portal.cache), so a Redis outage must not make
  an orchestrator restart healthy processes.
- readiness (`/readyz`): should this host get traffic now? Database, cache
  round-trip and the oldest task waiting in the queue. Any failing check
  answers 503 so that the host leaves the pool until it recovers.

Each check returns a small dict with `status` ("ok" or "fail") and figures;
error descriptions name the exception class only (no connection strings).
"""

import datetime
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection
from django.db.models import Case, F, When
from django.db.models.functions import Greatest
from django.utils import timezone

OK, FAIL = "ok", "fail"
DATABASE_BACKEND = "django_tasks_db.DatabaseBackend"


def _elapsed_ms(started):
    return round((time.monotonic() - started) * 1000, 1)


def check_database():
    started = time.monotonic()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return {"status": FAIL, "error": type(error).__name__, "ms": _elapsed_ms(started)}
    return {"status": OK, "ms": _elapsed_ms(started)}


def check_cache():
    """Write a unique value and read it back.

    The degrading Redis cache never raises, so a miss on the value just
    written is how an outage shows; its short socket timeouts bound the wait.
    """
    cache = caches["default"]
    key = f"readyz:{uuid.uuid4().hex}"
    value = uuid.uuid4().hex
    started = time.monotonic()
    try:
        cache.set(key, value, 10)
        read = cache.get(key)
        cache.delete(key)
    except Exception as error:  # any backend's failure is a failed check, not a 500
        return {"status": FAIL, "error": type(error).__name__, "ms": _elapsed_ms(started)}
    result = {"status": OK if read == value else FAIL, "ms": _elapsed_ms(started)}
    if read != value:
        result["error"] = "round-trip failed"
    return result


def check_tasks(now=None):
    """How long the oldest task that could run has been waiting (database backend only).

    Tasks deferred to a later time (the hourly housekeeping) are not waiting
    until their time comes. With the immediate backend nothing ever waits.
    """
    backend = settings.TASKS["default"]["BACKEND"]
    if backend != DATABASE_BACKEND:
        return {"status": OK, "backend": backend.rsplit(".", 1)[-1]}
    # Only importable when the database task backend (and its app) is installed.
    from django_tasks_db.models import DBTaskResult, get_date_max  # noqa: PLC0415

    now = now or timezone.now()
    limit = settings.READY_MAX_TASK_AGE_SECONDS
    try:
        oldest = (
            DBTaskResult.objects.ready()
            .annotate(
                waiting_since=Case(
                    When(run_after=get_date_max(), then=F("enqueued_at")),
                    default=Greatest(F("enqueued_at"), F("run_after")),
                )
            )
            .order_by("waiting_since")
            .values_list("waiting_since", flat=True)
            .first()
        )
    except DatabaseError as error:
        return {"status": FAIL, "error": type(error).__name__}
    age = max(0, int((now - oldest) / datetime.timedelta(seconds=1))) if oldest else 0
    return {
        "status": OK if age <= limit else FAIL,
        "backend": "DatabaseBackend",
        "oldest_waiting_seconds": age,
        "max_seconds": limit,
    }


def readiness():
    """(all_ok, checks) for `/readyz`."""
    checks = {"database": check_database(), "cache": check_cache()}
    if checks["database"]["status"] == OK:
        checks["tasks"] = check_tasks()
    else:
        checks["tasks"] = {"status": FAIL, "error": "database unreachable"}
    return all(check["status"] == OK for check in checks.values()), checks
