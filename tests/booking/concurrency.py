"""Real concurrency on PostgreSQL: a committed copy of the test database, a server on it.

What the booking invariant test (test_invariant.py) and the worker-kill test
(test_worker_killed.py) share. `@concurrent` marks a test that runs on a
copy of the test database (the `committed_copy` fixture, tests/booking/
conftest.py), where every row is committed as it is written and so visible
to other connections and to a server process; `server_on_the_copy()` runs
gunicorn there (tests/live_server.py) with the rate limits relaxed.
"""

import contextlib
import json
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

from django.db import connection

import psycopg
import pytest

from tests.live_server import live_server

TIMEOUT = 120  # seconds for any one wave of attempts
RELAXED_RATES = {"BOOKING_RATE_PER_IP": "100000/m", "BOOKING_RATE_PER_PHONE": "100000/m"}

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason=(
        "the booking invariant under concurrent transactions needs PostgreSQL; "
        "runs in CI's PostgreSQL pass (DATABASE_URL=postgres://…)"
    ),
)


def concurrent(test):
    """PostgreSQL only, on a committed copy of the test database; one xdist worker
    runs them all (each opens up to fifty connections at once)."""
    for mark in (
        pytest.mark.xdist_group("booking-concurrency"),
        pytest.mark.usefixtures("committed_copy"),
        needs_postgresql,
    ):
        test = mark(test)
    return test


@contextlib.contextmanager
def maintenance_connection():
    """An autocommit connection to the server's `postgres` database, as the test user."""
    db = connection.settings_dict
    with psycopg.connect(
        dbname="postgres",
        host=db["HOST"] or None,
        port=db["PORT"] or None,
        user=db["USER"] or None,
        password=db["PASSWORD"] or None,
        autocommit=True,
    ) as admin:
        yield admin


def database_url_for_server():
    """The URL of the database this process uses now (the copy), for another process."""
    db = connection.settings_dict
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    host = f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    return f"postgres://{credentials}@{host}/{quote(db['NAME'], safe='')}"


def server_on_the_copy(workers):
    """`gunicorn portal.wsgi -w workers` on the committed copy, rate limits relaxed."""
    return live_server(
        env={
            **RELAXED_RATES,
            "DATABASE_URL": database_url_for_server(),
            "DATABASE_CONN_MAX_AGE": "0",
        },
        workers=workers,
        args=("--timeout", "60", "--graceful-timeout", "5", "--log-level", "warning"),
    )


def post_json(url, body, headers=None):
    """POST `body` as JSON; (status, decoded answer), or (None, the error) if none came."""
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Accept-Language": "en", **(headers or {})},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        raw = error.read()
        try:
            return error.code, json.loads(raw)
        except ValueError:
            return error.code, raw.decode(errors="replace")[:300]
    except Exception as error:  # a dropped connection counts as a failure, by name
        return None, repr(error)


def all_at_once(count, attempt):
    """Run `attempt(i)` in `count` threads released together; their results, in order."""
    barrier = threading.Barrier(count, timeout=TIMEOUT)

    def run(i):
        barrier.wait()
        return attempt(i)

    pool = ThreadPoolExecutor(max_workers=count)
    try:
        futures = [pool.submit(run, i) for i in range(count)]
        deadline = time.monotonic() + TIMEOUT
        return [f.result(timeout=max(1, deadline - time.monotonic())) for f in futures]
    finally:
        # Never wait for a stuck thread: dropping the copy ends its connection.
        pool.shutdown(wait=False, cancel_futures=True)
