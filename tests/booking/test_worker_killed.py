"""A gunicorn worker killed (SIGKILL) in the middle of bookings loses nothing.

Thirty clients POST /api/v1/bookings at once, each with its own
Idempotency-Key, to `gunicorn -w 2` on a committed copy of the PostgreSQL
test database. A table lock holds both workers inside a booking transaction,
after the ledger cells are taken and before the appointment is written; one
worker is killed there with SIGKILL. The
client whose request it held sees a dropped connection (never a 500) and
retries with the same key, as the API documentation tells it to. Then:

- the ledger (SlotUsage) equals what the appointments hold, cell by cell:
  a transaction cut off by the kill was rolled back by PostgreSQL whole;
- every appointment in the database was answered to some client (201, or
  200 to the retry of a booking made just before the kill), and no key made
  two appointments.

Shares the copy-of-the-test-database machinery of test_invariant.py; like it,
it runs in CI's PostgreSQL pass and is skipped on SQLite.
"""

import collections
import contextlib
import os
import signal
import threading
import time
import uuid
from pathlib import Path

import psycopg
import pytest

from booking.choices import HOLDING_STATUSES
from booking.models import Appointment, SlotUsage
from booking.slots import free_slots, grid_cells
from tests import builders as b
from tests.booking import builders as bb
from tests.booking.concurrency import (
    concurrent,
    database_url_for_server,
    post_json,
    server_on_the_copy,
)

CLIENTS = 30
SLOTS = 6


def gunicorn_workers():
    """PIDs of the worker processes of the gunicorn master this test process started."""
    me = str(os.getpid())
    masters, workers = [], []
    processes = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = stat.rsplit(")", 1)[1].split()[1]
        processes[entry.name] = (ppid, cmdline)
    masters = [pid for pid, (ppid, cmd) in processes.items() if ppid == me and b"gunicorn" in cmd]
    workers = [int(pid) for pid, (ppid, _cmd) in processes.items() if ppid in masters]
    return workers


def ledger_matches_appointments():
    """Cell by cell, the ledger counts exactly the appointments that hold the cell."""
    held = collections.Counter()
    for appointment in Appointment.objects.filter(status__in=HOLDING_STATUSES):
        for cell in grid_cells(appointment.start, appointment.end):
            held[(appointment.window_key, cell)] += 1
    ledger = {(u.window_key, u.start): u.booked for u in SlotUsage.objects.filter(booked__gt=0)}
    assert ledger == dict(held)


@contextlib.contextmanager
def appointments_table_locked():
    """Hold a lock that lets bookings run up to their INSERT of the appointment, no further.

    SHARE ROW EXCLUSIVE lets readers through (the limits' counts) and the
    ledger update (another table), but makes every INSERT INTO
    booking_appointment wait: a booking that reaches it has already taken its
    ledger cells, inside a transaction not yet committed. Killing its worker
    there is the worst moment.
    """
    with psycopg.connect(database_url_for_server()) as holder:
        holder.execute("LOCK TABLE booking_appointment IN SHARE ROW EXCLUSIVE MODE")
        try:
            yield
        finally:
            holder.rollback()


def bookings_waiting():
    """(sessions waiting for the table lock above, sessions waiting for any lock).

    A booking waits at the appointment's INSERT for the table lock; another
    booking of the same window and day waits before it, for the first one's
    day sheet (`booking.ledger_days`, a row lock held until commit): both are
    inside a booking transaction.
    """
    with psycopg.connect(database_url_for_server(), autocommit=True) as probe:
        return probe.execute(
            "SELECT count(*) FILTER (WHERE wait_event = 'relation'), count(*) "
            "FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        ).fetchone()


def both_workers_wait():
    at_insert, waiting = bookings_waiting()
    return at_insert >= 1 and waiting >= 2


def wait_until(condition, timeout=30):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@concurrent
def test_a_worker_killed_mid_booking_loses_nothing_and_answers_no_500():
    service, _branch = b.daily_branch_service(capacity=2)
    slots = free_slots(service)[:SLOTS]
    requests = [
        (
            bb.api_body(slots[i % SLOTS].key, service, phone=f"69{i + 1:08d}"),
            str(uuid.uuid4()),
        )
        for i in range(CLIENTS)
    ]

    with server_on_the_copy(workers=2) as server:
        url = f"{server.url}/api/v1/bookings"
        workers = gunicorn_workers()
        assert len(workers) == 2, workers
        results = [None] * CLIENTS

        def client(i):
            body, key = requests[i]
            results[i] = post_json(url, body, headers={"Idempotency-Key": key})

        threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
        with appointments_table_locked():
            for thread in threads:
                thread.start()
            # Both workers are inside a booking transaction, ledger cells taken.
            wait_until(both_workers_wait)
            os.kill(workers[0], signal.SIGKILL)
        for thread in threads:
            thread.join(timeout=60)

        dropped = [i for i, (status, _body) in enumerate(results) if status is None]
        statuses = collections.Counter(status for status, _body in results)
        assert len(dropped) == 1, ("the kill cuts off the one request it held", statuses)
        assert set(statuses) <= {201, 409, None}, (statuses, server.log())

        # A client that lost its connection sends the same request again.
        for i in dropped:
            body, key = requests[i]
            results[i] = post_json(url, body, headers={"Idempotency-Key": key})
        final = collections.Counter(status for status, _body in results)
        assert set(final) <= {200, 201, 409}, (final, results, server.log())

    answered = {body["reference"] for status, body in results if status in (200, 201)}
    booked = set(Appointment.objects.values_list("reference", flat=True))
    assert booked == answered
    assert len(booked) == final[200] + final[201]  # one appointment per key at most
    assert len(booked) <= 2 * SLOTS  # capacity 2 each
    ledger_matches_appointments()
    print(f"worker killed mid-booking: first answers {dict(statuses)}, after retry {dict(final)}")


@pytest.mark.django_db
def test_the_ledger_check_sees_a_cell_counted_without_an_appointment():
    """The check above can fail (this test also makes pytest-django create the test
    database that the committed copy is made from)."""
    service, _branch = b.daily_branch_service(capacity=2)
    slot = free_slots(service)[0]
    ledger_matches_appointments()
    SlotUsage.objects.create(window_key=slot.window.uid_key, start=slot.start, capacity=2, booked=1)

    with pytest.raises(AssertionError):
        ledger_matches_appointments()
