"""Booking benchmark: free slots with 10,000 and 200,000 appointments; booking under load.

(a) The free slots of the service offered at the most places, over the whole
    horizon (8 weeks), first on the demo data, then with 10,000 appointments
    spread over its slots, then with 200,000 (the regional data set's
    number; window capacities raised so that they fit, one place left free
    in each slot): time (median and 95th percentile of 10 runs) and
    database queries, for `free_slots`, `find_slot` (what booking one slot
    costs), `nearest_free` (the alternatives of a 409) and the availability
    API. Each is timed warm (the slot grid of the schedules known to the
    process, as in a server that has answered once since the last schedule
    change) and, for `free_slots`, cold (the grid rebuilt: after a change).
(b) PostgreSQL only: gunicorn with 4 worker processes and 50 concurrent
    clients (threads on the loopback) POSTing /api/v1/bookings, first for
    free slots with room for every request ("spread"), then all for the same
    few slots ("contended"). Prints throughput and p50/p95 latency, then
    checks the ledger: no cell over capacity, every cell's count equal to the
    appointments holding it, every day sheet (`booking.ledger_days`) equal to the
    ledger. The server runs as `make serve` deploys it:
    notifications go to the database task queue (TASKS_BACKEND=database),
    which `manage.py db_worker` works through in its own process; the
    request only enqueues them. BENCH_TASKS_BACKEND=immediate sends them in
    the request instead.
    `booking_load(url, service)` does (b) against any running server: the
    performance suite (benchmarks/load.py) calls it on its production server.
"""

import collections
import datetime
import itertools
import json
import math
import os
import secrets
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from benchmarks.harness import fresh_database, measure, print_table
from tests.live_server import live_server

APPOINTMENTS = 10_000
REGIONAL_APPOINTMENTS = 200_000
CLIENTS = 50
SERVER_WORKERS = 4
SPREAD_REQUESTS = 1_000
CONTENDED_REQUESTS = 300
CONTENDED_SLOTS = 10
PHASE_SECONDS = 90  # no phase runs longer, whatever happens
RELAXED_RATES = {"BOOKING_RATE_PER_IP": "1000000/m", "BOOKING_RATE_PER_PHONE": "1000000/m"}
SERVER_ENV = {
    **RELAXED_RATES,
    "TASKS_BACKEND": os.environ.get("BENCH_TASKS_BACKEND", "database"),
}
_phones = itertools.count(10_000_000)


def phone():
    return f"+3069{next(_phones):08d}"


# --- (a) free slots with many appointments ------------------------------------------------


def widest_service():
    """The bookable service offered at the most places (its free slots cost the most)."""
    from booking.slots import places_for
    from services_catalog.models import ServicePage

    services = ServicePage.objects.live().filter(bookable=True)
    return max(services, key=lambda s: sum(len(ids) for ids in places_for(s)))


def raise_capacities(service, capacity):
    from booking.slots import bump_schedule_generation, places_for
    from services_catalog.models import BranchSchedule, StopSchedule

    branches, stops = places_for(service)
    BranchSchedule.objects.filter(branch__in=branches, capacity__lt=capacity).update(
        capacity=capacity
    )
    StopSchedule.objects.filter(stop__in=stops, capacity__lt=capacity).update(capacity=capacity)
    # A queryset update sends no signal: say that the schedules changed.
    bump_schedule_generation()


def add_appointments(service, count):
    """`count` booked appointments over the service's free slots, with their ledger rows.

    Written in bulk (reservations.book would take minutes for 10,000): booking.bulk
    gives the ledger (SlotUsage) exactly the counts reservations.book would have left.
    """
    from django.utils import timezone

    from booking.bulk import bulk_book
    from booking.models import Appointment
    from booking.references import new_reference
    from booking.slots import free_slots
    from services_catalog.places import appointment_place_fields

    slots = free_slots(service)
    per_slot = math.ceil(count / len(slots))
    # Room for `per_slot` more in every slot over what the fullest already holds, and one
    # place left free.
    held = max(slot.window.capacity - slot.remaining for slot in slots)
    raise_capacities(service, held + per_slot + 2)
    slots = free_slots(service)
    now = timezone.now()
    references = set()
    appointments, usage = [], collections.Counter()
    for slot in itertools.cycle(slots):
        if len(appointments) >= count:
            break
        if usage[(slot.window.uid_key, slot.start)] >= min(per_slot, slot.remaining - 1):
            continue
        reference = new_reference()
        while reference in references:
            reference = new_reference()
        references.add(reference)
        place = slot.place
        appointments.append(
            Appointment(
                reference=reference,
                manage_token_hash=secrets.token_hex(32),
                service=service,
                **appointment_place_fields(place),
                window_key=slot.window.uid_key,
                start=slot.start,
                end=slot.end,
                name="Δοκιμή Φόρτου",
                phone=phone(),
                language="el",
                consent_at=now,
            )
        )
        usage[(slot.window.uid_key, slot.start)] += 1
    bulk_book(appointments, {slot.window.uid_key: slot.window.capacity for slot in slots})
    return len(appointments)


def slot_timings(label, service):
    from django.test import Client

    from booking.slots import find_slot, forget_grids, free_slots, nearest_free, places_for

    client = Client()
    slots = free_slots(service)
    middle = slots[len(slots) // 2]

    def cold_free_slots():
        forget_grids()
        return free_slots(service)

    checks = {
        "free_slots, whole horizon": lambda: free_slots(service),
        "free_slots, cold grid": cold_free_slots,
        "find_slot (booking one)": lambda: find_slot(service, middle.key),
        "nearest_free (409 alternatives)": lambda: nearest_free(service, middle.start),
        "GET /api/v1/availability (500)": lambda: _ok(
            client.get(f"/api/v1/availability?service={service.pk}&per_page=500")
        ),
    }
    places = sum(len(ids) for ids in places_for(service))
    rows = []
    for name, func in checks.items():
        result = measure(func)
        rows.append(
            (
                label,
                places,
                len(slots),
                name,
                f"{result['median_ms']:.1f}",
                f"{result['p95_ms']:.1f}",
                result["queries"],
            )
        )
    return rows


def _ok(response):
    assert response.status_code == 200, response.status_code
    return response


def free_slot_benchmark():
    from booking.models import Appointment

    service = widest_service()
    rows = slot_timings(f"{Appointment.objects.count()} appointments", service)
    added = add_appointments(service, APPOINTMENTS)
    rows += slot_timings(f"+{added} appointments", service)
    added += add_appointments(service, REGIONAL_APPOINTMENTS - added)
    _analyse()
    rows += slot_timings(f"+{added} appointments", service)
    print_table(
        f"Free slots of “{service.title}”, 8 weeks (times in ms)",
        ["data", "places", "free slots", "what", "median", "p95", "queries"],
        rows,
    )
    return service


def _analyse():
    """Fresh planner statistics after a bulk load (autovacuum would get there in a while)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "ANALYZE booking_slotusage; ANALYZE booking_slotusageday; "
                "ANALYZE booking_appointment"
            )


# --- (b) booking under load --------------------------------------------------------------


def gunicorn_server(workers=SERVER_WORKERS):
    """gunicorn portal.wsgi with 4 workers on the benchmark database; always stopped.

    Yields a tests.live_server.LiveServer: its `url`, and `log()` the end of its log.
    """
    return live_server(
        env=SERVER_ENV,
        settings=os.environ.get("DJANGO_SETTINGS_MODULE", "portal.settings.test"),
        workers=workers,
        args=("--timeout", "60", "--log-level", "warning"),
    )


def post_booking(url, body):
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            status = response.status
            response.read()
    except urllib.error.HTTPError as error:
        status = error.code
        error.read()
    except Exception:  # refused, reset or timed out: counted, not raised
        status = None
    return status, (time.perf_counter() - start) * 1000


def load(url, bodies):
    """POST every body with CLIENTS threads; (results, seconds). Stops at PHASE_SECONDS."""
    queue = iter(bodies)
    lock = threading.Lock()
    results = []
    deadline = time.monotonic() + PHASE_SECONDS

    def client():
        while time.monotonic() < deadline:
            with lock:
                body = next(queue, None)
            if body is None:
                return
            outcome = post_booking(url, body)
            with lock:
                results.append(outcome)

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        for _ in range(CLIENTS):
            pool.submit(client)
    return results, time.perf_counter() - start


class CpuMeter:
    """CPU time used from now on by the server's processes, PostgreSQL's backends of this
    database and this process (the clients), from /proc: unlike wall time, not inflated
    by whatever else the machine runs."""

    def __init__(self, server_pid):
        self.server_pid = server_pid
        self.start = self._now()

    def _now(self):
        return (
            _cpu_seconds([self.server_pid, *_children(self.server_pid)]),
            _cpu_seconds(_backends()),
            time.process_time(),
        )

    def per_request(self, requests):
        """(server, database, clients, total) milliseconds per request, as text."""
        spent = [after - before for after, before in zip(self._now(), self.start, strict=True)]
        per = [1000 * value / max(requests, 1) for value in spent]
        return tuple(f"{value:.1f}" for value in (*per, sum(per)))


def _cpu_seconds(pids):
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:  # gone, or not Linux
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def _children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as children:
            return [int(child) for child in children.read().split()]
    except OSError:
        return []


def _backends():
    """PostgreSQL's backend processes serving this database (the server's connections)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        pids = [pid for (pid,) in cursor.fetchall()]
    connection.close()
    return pids


def percentile(values, share):
    values = sorted(values)
    return values[min(len(values) - 1, round(share * (len(values) - 1)))] if values else 0


def load_row(phase, results, seconds):
    statuses = collections.Counter(status for status, _ms in results)
    latencies = [ms for _status, ms in results]
    others = {k: v for k, v in statuses.items() if k not in (201, 409)}
    return (
        phase,
        len(results),
        statuses[201],
        statuses[409],
        ", ".join(f"{k}: {v}" for k, v in others.items()) or "0",
        f"{seconds:.1f}",
        f"{len(results) / seconds:.1f}",
        f"{statuses[201] / seconds:.1f}",
        f"{percentile(latencies, 0.5):.0f}",
        f"{percentile(latencies, 0.95):.0f}",
    )


def booking_bodies(service, slots, count):
    """Bodies for `count` bookings, each slot asked for at most as often as it has room."""
    bodies = []
    for slot in slots:
        for _ in range(slot.remaining):
            bodies.append({"slot": slot.key, "service": service.pk, "name": "Φόρτος"})
            if len(bodies) == count:
                break
        if len(bodies) == count:
            break
    for body in bodies:
        body.update({"phone": phone(), "language": "el", "consent": True})
    return bodies


def ledger_check():
    """(cells over capacity, appointment windows' cells whose count differs from the
    appointments holding them, those cells, day sheets that differ from the ledger).

    Activities' seats share the ledger under keys of their own: they are checked for
    capacity only (the appointments do not hold them).
    """
    from django.db.models import F

    from booking import ledger_days
    from booking.models import Appointment, SlotUsage
    from booking.slots import grid_cells

    over = SlotUsage.objects.filter(booked__gt=F("capacity")).count()
    held = collections.Counter()
    for key, start, end in Appointment.objects.holding().values_list("window_key", "start", "end"):
        for cell in grid_cells(start, end):
            held[(key, cell)] += 1
    ledger = {
        (key, start): booked
        for key, start, booked in SlotUsage.objects.values_list("window_key", "start", "booked")
        if ledger_days.has_sheets(key)
    }
    cells = set(held) | {cell for cell, booked in ledger.items() if booked}
    mismatched = sum(1 for cell in cells if held.get(cell, 0) != ledger.get(cell, 0))
    return over, mismatched, len(cells), len(ledger_days.check())


def summary(results, seconds):
    """The numbers of one phase of load(): counts by status, throughput, latency (ms)."""
    statuses = collections.Counter(status for status, _ms in results)
    latencies = [ms for _status, ms in results]
    return {
        "requests": len(results),
        "created": statuses[201],
        "conflicts": statuses[409],
        "other": {str(k): v for k, v in statuses.items() if k not in (201, 409)},
        "seconds": round(seconds, 3),
        "rps": round(len(results) / seconds, 1) if seconds else 0.0,
        "p50_ms": round(percentile(latencies, 0.5), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "p99_ms": round(percentile(latencies, 0.99), 1),
    }


def booking_load(url, service, server_pid=None):
    """Drive a running server at `url` (base URL) with CLIENTS clients POSTing bookings.

    First SPREAD_REQUESTS bookings of free slots with room for each ("spread"), then
    CONTENDED_REQUESTS for CONTENDED_SLOTS slots ("contended"), then the ledger check.
    Returns {"spread": summary, "contended": summary + "room", "ledger": {...},
    "rows": the printed rows}. Used by load_benchmark below and by the
    performance suite (benchmarks/load.py), which runs its own production server.
    """
    from booking.choices import Channel
    from booking.models import Appointment
    from booking.slots import free_slots

    slots = free_slots(service)
    spread = booking_bodies(service, slots, SPREAD_REQUESTS)
    contended_slots = slots[len(slots) // 2 : len(slots) // 2 + CONTENDED_SLOTS]
    contended = [
        {"slot": s.key, "service": service.pk, "name": "Φόρτος", "language": "el"}
        for s in itertools.islice(itertools.cycle(contended_slots), CONTENDED_REQUESTS)
    ]
    for body in contended:
        body.update({"phone": phone(), "consent": True})
    room = sum(s.remaining for s in contended_slots)
    before = Appointment.objects.filter(channel=Channel.API).count()
    endpoint = f"{url}/api/v1/bookings"
    costs = []

    def phase(name, bodies):
        meter = CpuMeter(server_pid) if server_pid else None
        results = load(endpoint, bodies)
        if meter:
            costs.append((name, *meter.per_request(len(results[0]))))
        return results

    spread_results = phase("spread", spread)
    contended_results = phase(f"contended ({room} places)", contended)
    rows = [
        load_row("spread", *spread_results),
        load_row(f"contended ({room} places)", *contended_results),
    ]
    made = Appointment.objects.filter(channel=Channel.API).count() - before
    over, mismatched, cells, sheets = ledger_check()
    return {
        "spread": summary(*spread_results),
        "contended": {**summary(*contended_results), "room": room},
        "ledger": {
            "made": made,
            "cells": cells,
            "over": over,
            "mismatched": mismatched,
            "sheets_mismatched": sheets,
        },
        "rows": rows,
        "costs": costs,  # CPU per request, when the server's pid was given
    }


def load_benchmark(service):
    from django.db import connection

    if connection.vendor != "postgresql":
        print(
            "\nBooking under load: needs PostgreSQL (SQLite runs one writer at a time). Run:\n"
            "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench make bench-micro"
        )
        return
    connection.close()  # the server's workers are the ones writing now
    with gunicorn_server() as server:
        outcome = booking_load(server.url, service, server_pid=server.process.pid)
        server_errors = "Internal Server Error" in server.log()
    rows = outcome["rows"]
    print_table(
        f"Booking under load: gunicorn -w {SERVER_WORKERS}, {CLIENTS} clients (latency in ms)",
        ["phase", "requests", "201", "409", "other", "s", "req/s", "bookings/s", "p50", "p95"],
        rows,
    )
    print_table(
        "CPU per request (ms; what bounds requests/s on 2 cores whatever else runs)",
        ["phase", "gunicorn workers", "PostgreSQL", "clients", "total"],
        outcome["costs"],
    )
    ledger = outcome["ledger"]
    print_table(
        "Ledger after the load",
        [
            "API bookings made",
            "201 answers",
            "cells held",
            "over capacity",
            "count ≠ ledger",
            "day sheets ≠ ledger",
        ],
        [
            (
                ledger["made"],
                sum(int(r[2]) for r in rows),
                ledger["cells"],
                ledger["over"],
                ledger["mismatched"],
                ledger["sheets_mismatched"],
            )
        ],
    )
    if server_errors:
        print("(the server logged an Internal Server Error)")


def run():
    started = datetime.datetime.now()
    fresh_database()
    service = free_slot_benchmark()
    load_benchmark(service)
    print(f"\n(booking benchmark: {(datetime.datetime.now() - started).seconds} s)")
