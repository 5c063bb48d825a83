"""Shared pieces of the benchmarks: a throw-away database, timing, a table.

Benchmarks are measurements, not tests: they print numbers and never fail
on a threshold. Each runs against a fresh database (SQLite in a temporary
folder, or PostgreSQL when DATABASE_URL names one) loaded with the demo
content.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django(database_url=None):
    """Configure Django on a fresh database; returns its URL."""
    sys.path.insert(0, str(ROOT))
    if database_url is None:
        database_url = os.environ.get("DATABASE_URL")
    if not database_url:
        folder = tempfile.mkdtemp(prefix="portal-bench-")
        database_url = f"sqlite:///{folder}/bench.sqlite3"
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    return database_url


def fresh_database(load_demo=True):
    from io import StringIO

    from django.core.management import call_command
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    call_command("migrate", verbosity=0, interactive=False, stdout=StringIO())
    if load_demo:
        call_command("load_demo", skip_index=True, stdout=StringIO())


def measure(func, repeat=10, warmup=1):
    """Median and p95 milliseconds of `func()`, and the queries of one call."""
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    for _ in range(warmup):
        func()
    reset_queries()  # the log is emptied at each request start anyway
    with CaptureQueriesContext(connection) as queries:
        func()
    query_count = len(queries)  # read now: later requests empty the log
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {"median_ms": statistics.median(times), "p95_ms": p95, "queries": query_count}


def print_table(title, columns, rows):
    widths = [max(len(str(c)), *(len(str(r[i])) for r in rows)) for i, c in enumerate(columns)]
    line = "  ".join(str(c).ljust(w) for c, w in zip(columns, widths, strict=True))
    print(f"\n{title}\n{line}\n" + "  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)))
