"""One data set's half of the performance suite (benchmarks/load.py runs it in a subprocess).

Django is set up here with the production settings on the data set's database
(the environment comes from load.py). In order:

1. The page cache is made stale (its generation bumped: the data may have been
   written behind Django's back, e.g. load_regional_data's COPY).
2. The addresses to measure are chosen from the data (`choose_targets`).
3. The production server (gunicorn, BENCH_WORKERS workers, tests.live_server)
   and the task worker (`manage.py db_worker`) start on loopback.
4. Each address is fetched twice (checked: status, and `X-Page-Cache: hit` for
   cached pages), then driven by wrk for BENCH_SECONDS with BENCH_CONNECTIONS
   connections, the static CSS file first.
5. Booking POSTs: benchmarks.booking.booking_load (50 client threads), then its
   ledger check.
6. Server and worker stop; in this process, for each address: database queries
   after an edit (generation bumped), cold (only the page's entry dropped) and
   warm (the second request), and the median time of one client without the
   page's entry (Django's test client, no HTTP). Then the all-units feed's
   build time and the free slots of the widest service (harness.measure).

The result is one JSON document (rows and a summary of the data) written to the
path given on the command line.
"""

import datetime
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from benchmarks.harness import ROOT, measure
from benchmarks.wrk import run_wrk
from tests.live_server import live_server, stop_process

HOST_HEADER = "127.0.0.1"
FETCH_TIMEOUT = 120  # seconds; the server's own --timeout is 60
SETTLE_TIMEOUT = 300


def setting(name, default):
    return type(default)(os.environ.get(name, default))


def choose_targets():
    """[(key, label, kind, path, headers)] for this data set, static file first."""
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.db.models import Count
    from django.utils import timezone, translation

    from benchmarks.booking import widest_service
    from portal.models import HomePage
    from services_catalog.api.organizations import centre_uuid, organisation_uuid
    from services_catalog.models import (
        Organisation,
        ServiceCategory,
        ServicesIndexPage,
        Stop,
        VanCalendarPage,
    )

    with translation.override("el"):
        home = HomePage.objects.live().first()
        service = widest_service()
        index = ServicesIndexPage.objects.live().first()
        category = (
            ServiceCategory.objects.annotate(n=Count("services")).order_by("-n", "slug").first()
        )
        calendar = VanCalendarPage.objects.live().first()
        stop = (
            Stop.objects.filter(mobile_unit__live=True)
            .select_related("mobile_unit")
            .order_by("-pk")
            .first()
        )
        stop_path = f"{stop.mobile_unit.specific.url}stops/{stop.pk}/"
        # The last body of the catalogue (the centre itself when there is none).
        organisation = Organisation.objects.order_by("-pk").first()
        organisation_id = organisation_uuid(organisation.pk) if organisation else centre_uuid()
        today = timezone.localdate()
        year_on = today + datetime.timedelta(days=364)
        return [
            ("static", "static CSS file", "static", staticfiles_storage.url("portal/css/site.css")),
            ("home", "home page", "page", home.url),
            ("service", "service page", "page", service.url),
            (
                "services_filter",
                "services index, filtered",
                "page",
                f"{index.url}?category={category.slug}",
            ),
            ("calendar_month", "calendar, month", "page", f"{calendar.url}?view=month"),
            ("calendar_list", "calendar, list", "page", f"{calendar.url}?view=list"),
            ("stop", "stop page", "page", stop_path),
            ("feed", "all-units feed", "feed", "/el/ical/mobile-units.ics"),
            ("feed_304", "all-units feed, 304", "feed304", "/el/ical/mobile-units.ics"),
            (
                "occurrences_api",
                "occurrences API, 12 months",
                "api",
                f"/api/v1/occurrences?from={today}&to={year_on}&per_page=500",
            ),
            (
                "availability_api",
                "availability API, 8 weeks",
                "api",
                f"/api/v1/availability?service={service.pk}&per_page=500",
            ),
            ("hsds_services", "HSDS services", "api", "/api/v1/services"),
            (
                "hsds_service_at_locations",
                "HSDS service_at_locations",
                "api",
                "/api/v1/service_at_locations",
            ),
            ("hsds_locations", "HSDS locations", "api", "/api/v1/locations"),
            (
                "hsds_organization",
                "HSDS one organization",
                "api",
                f"/api/v1/organizations/{organisation_id}",
            ),
        ], service


def data_summary():
    from booking.models import Appointment
    from services_catalog.models import BranchPage, MobileUnitPage, Stop

    return {
        "branches": BranchPage.objects.live().count(),
        "mobile_units": MobileUnitPage.objects.live().count(),
        "stops": Stop.objects.count(),
        "appointments": Appointment.objects.count(),
    }


# --- Over HTTP ---------------------------------------------------------------------------


def fetch(url, headers=None):
    """(status, headers, body) of one GET; HTTP errors are answers too."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def check_and_warm(base, kind, path, headers):
    """Fetch twice; returns (problem or None, X-Page-Cache of the second answer)."""
    expected = 304 if kind == "feed304" else 200
    try:
        fetch(base + path, headers)
        status, answer_headers, _body = fetch(base + path, headers)
    except OSError as failed:  # refused, reset, or no answer within fetch's timeout
        return f"no answer ({failed})", "-"
    cache = answer_headers.get("X-Page-Cache", "-")
    if status != expected:
        return f"status {status}, expected {expected}", cache
    if kind in ("page", "feed", "feed304") and cache != "hit":
        return f"not served from the page cache (X-Page-Cache: {cache})", cache
    return None, cache


def one_client_http(url, headers, count=50):
    """Median ms of `count` sequential requests of one client (after one warm-up)."""
    fetch(url, headers)
    times = []
    for _ in range(count):
        start = time.perf_counter()
        fetch(url, headers)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _cpu_ticks_of_children(parent_pid):
    """Sum of user + system CPU ticks of the processes whose parent is `parent_pid` (Linux)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # ended meanwhile
        if int(fields[1]) == parent_pid:  # fields[1] is ppid; utime, stime are 11 and 12
            total += int(fields[11]) + int(fields[12])
    return total


def settle(server, quiet_seconds=1.0):
    """Wait until gunicorn's workers are idle: wrk leaves requests that timed out on its
    side still queued in the server, and they must not slow the next address down."""
    deadline = time.monotonic() + SETTLE_TIMEOUT
    before = _cpu_ticks_of_children(server.process.pid)
    while time.monotonic() < deadline:
        time.sleep(quiet_seconds)
        now = _cpu_ticks_of_children(server.process.pid)
        if now - before <= 2:  # ticks are 1/100 s: idle but for housekeeping
            return
        before = now
    print("  (the server did not settle within 5 minutes)", flush=True)


def task_worker(environment):
    """`manage.py db_worker` (every queue) as its own process; returns (process, log file)."""
    log = tempfile.TemporaryFile()  # noqa: SIM115 (closed by drive() with the process)
    process = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "-v", "0"],
        cwd=ROOT,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    return process, log


def drive(targets, service, *, seconds, connections, workers, port):
    """Steps 3-5: server and worker up, wrk on every address, booking POSTs. Rows by key."""
    from django.db import connection

    from benchmarks.booking import CLIENTS, RELAXED_RATES, booking_load

    rows = {}
    connection.close()  # the server's workers write from now on
    worker, worker_log = task_worker(os.environ.copy())
    try:
        with live_server(
            env=RELAXED_RATES,
            settings="portal.settings.production",
            workers=workers,
            args=("--timeout", "60", "--log-level", "warning"),
            port=port,
            timeout=120,
        ) as server:
            etag = fetch(server.url + "/el/ical/mobile-units.ics")[1].get("ETag", "")
            for key, label, kind, path in targets:
                headers = {"If-None-Match": etag} if kind == "feed304" else {}
                problem, cache = check_and_warm(server.url, kind, path, headers)
                try:
                    result = run_wrk(
                        server.url + path, seconds=seconds, connections=connections, headers=headers
                    )
                except (ValueError, subprocess.TimeoutExpired) as failed:  # a row, not the run
                    result = {"rps": 0.0, "p50_ms": None, "errors": 1}
                    problem = f"wrk failed: {str(failed).splitlines()[0][:120]}"
                if not result.get("requests") and not problem:
                    problem = f"no answer completed within {seconds} s"
                settle(server)
                rows[key] = {
                    "key": key,
                    "label": label,
                    "kind": kind,
                    "path": path,
                    "page_cache": cache,
                    "problem": problem,
                    **result,
                }
                if kind == "feed304":
                    rows[key]["one_client_ms"] = round(
                        one_client_http(server.url + path, headers), 2
                    )
                print(
                    f"  {label:<28} {result['rps']:>9.1f} req/s  p50 {result['p50_ms']} ms"
                    f"{'  ' + problem if problem else ''}",
                    flush=True,
                )
            print(f"  booking POSTs, {CLIENTS} clients …", flush=True)
            outcome = booking_load(server.url, service)
            server_log = server.log()
    finally:
        stop_process(worker)
        worker_log.seek(0)
        worker_tail = worker_log.read().decode(errors="replace")[-2000:]
        worker_log.close()
    spread, contended, ledger = outcome["spread"], outcome["contended"], outcome["ledger"]
    rows["booking"] = {
        "key": "booking",
        "label": f"booking POSTs, {CLIENTS} clients",
        "kind": "booking",
        "path": "/api/v1/bookings",
        **spread,
        "errors": sum(spread["other"].values()),
    }
    rows["booking_contended"] = {
        "key": "booking_contended",
        "label": f"booking POSTs, contended ({contended['room']} places)",
        "kind": "contended",
        "path": "/api/v1/bookings",
        **contended,
        "errors": sum(contended["other"].values()),
        "ledger": ledger,
    }
    if "Internal Server Error" in server_log:
        rows["booking"]["problem"] = "the server logged an Internal Server Error"
    if "Traceback" in worker_tail:
        print(f"  (the task worker logged an error)\n{worker_tail}", flush=True)
    return rows


# --- In this process ---------------------------------------------------------------------


_client = None


def client():
    """The one test client, without the cookies of earlier answers.

    One for the whole run: each new Client loads the middleware again, and
    WhiteNoise's scans every static file then (a quarter of a second).
    """
    global _client
    if _client is None:
        from django.test import Client

        _client = Client(HTTP_HOST=HOST_HEADER)
    _client.cookies.clear()
    return _client


def evict(path):
    """Drop the page cache's entry for `path` (as the test client asks for it), nothing else:
    the next request renders the page as it does when its entry expired or was never made,
    with what every page shares (content_memo) still kept for this content generation."""
    from portal import page_cache

    page_cache._cache().delete(page_cache.entry_key_for_url(f"http://{HOST_HEADER}{path}"))


def in_process(rows, targets, service, repeat):
    """Step 6: queries and one client's median ms without the page's entry, feed build, free slots.

    "Cold" is the page without its cache entry: what a request costs when the
    entry expired or this address was never asked for. "After an edit" is the
    first request after any content change (generation bumped), which also
    rebuilds what every page shares (portal.content_memo); it happens once per
    worker per edit, so it is reported as queries only.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from booking.slots import free_slots
    from portal import page_cache

    for _key, _label, _kind, path in targets:  # this process's own first-request costs
        client().get(path)
    for key, _label, kind, path in targets:
        if kind in ("static", "feed304"):
            continue
        page_cache.bump()
        with CaptureQueriesContext(connection) as after_edit:
            client().get(path)
        evict(path)
        with CaptureQueriesContext(connection) as cold:
            client().get(path)
        with CaptureQueriesContext(connection) as warm:
            client().get(path)
        rows[key]["queries_after_edit"] = len(after_edit)
        rows[key]["queries_cold"] = len(cold)
        rows[key]["queries_warm"] = len(warm)
        if kind == "feed":
            continue  # its build time is the "feed_build" row

        def uncached(path=path):
            evict(path)
            return client().get(path)

        timing = measure(uncached, repeat=repeat, warmup=1)
        rows[key]["one_client_ms"] = round(timing["median_ms"], 2)
    feed_path = next(path for key, _l, _k, path in targets if key == "feed")

    def build_feed():
        evict(feed_path)
        return client().get(feed_path)

    build = measure(build_feed, repeat=repeat, warmup=1)
    rows["feed_build"] = {
        "key": "feed_build",
        "label": "all-units feed, build",
        "kind": "feed_build",
        "path": feed_path,
        "one_client_ms": round(build["median_ms"], 2),
        "queries_cold": build["queries"],
    }
    slots = measure(lambda: free_slots(service), repeat=repeat, warmup=1)
    rows["free_slots"] = {
        "key": "free_slots",
        "label": "free slots, 1 service, 8 weeks",
        "kind": "free_slots",
        "path": f"booking.slots.free_slots(service {service.pk})",
        "one_client_ms": round(slots["median_ms"], 2),
        "queries_cold": slots["queries"],
        "free_slots": len(free_slots(service)),
    }


def run_phase(dataset, result_path):
    import json

    from benchmarks.harness import setup_django

    setup_django(os.environ["DATABASE_URL"])
    from portal import page_cache

    seconds = setting("BENCH_SECONDS", 10)
    connections = setting("BENCH_CONNECTIONS", 16)
    workers = setting("BENCH_WORKERS", 4)
    repeat = setting("BENCH_REPEAT", 15)
    port = setting("BENCH_PORT", 0) or None

    page_cache.bump()
    full, service = choose_targets()
    targets = [(key, label, kind, path) for key, label, kind, path in full]
    summary = data_summary()
    print(
        f"\n[{dataset}] {summary['branches']} branches, {summary['mobile_units']} mobile units, "
        f"{summary['stops']} stops, {summary['appointments']} appointments; "
        f"wrk {seconds} s × {connections} connections per address, gunicorn -w {workers}",
        flush=True,
    )
    rows = drive(
        targets, service, seconds=seconds, connections=connections, workers=workers, port=port
    )
    print("  queries and one-client times (in process) …", flush=True)
    in_process(rows, targets, service, repeat)
    order = [key for key, *_ in targets] + [
        "booking",
        "booking_contended",
        "feed_build",
        "free_slots",
    ]
    document = {
        "dataset": dataset,
        "data": summary,
        "service": {"id": service.pk, "title": service.title},
        "rows": [{"dataset": dataset, **rows[key]} for key in order],
    }
    with open(result_path, "w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, indent=1)
