"""Seats under concurrent sign-ups from several processes, on PostgreSQL.

Twelve separate Python processes (tests/activities/sign_up_worker.py), each
with its own connection to a committed copy of the test database
(`committed_copy`, as booking's invariant test), sign up for the same
session at the same instant: exactly the places there are get taken, and
everyone else is offered — and joins — the waiting list. Then the same for
a series: every session holds exactly the places, never more. SQLite runs
one writer at a time, so these skip there with the reason printed; CI runs
them in its PostgreSQL pass.

The copy is made from the test database pytest-django creates for tests
that use `db` (the last test of this module does): run the whole module.
"""

import datetime
import os
import subprocess
import sys
import time

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Sum

import pytest

from activities import sessions
from activities.choices import SignUpStatus
from activities.models import Seat, SignUp
from booking.models import SlotUsage
from tests import builders
from tests.activities.builders import activity
from tests.booking.concurrency import concurrent, database_url_for_server
from tests.clock import frozen

PROCESSES = 12


def run_processes(course, parties, session_key=""):
    """Start one process per party, all signing up at the same instant; their outcomes."""
    start_at = time.time() + 8  # time for every process to start Django
    env = {**os.environ, "DATABASE_URL": database_url_for_server(), "DATABASE_CONN_MAX_AGE": "0"}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.activities.sign_up_worker",
                str(course.pk),
                session_key,
                str(party),
                f"+3069{70000000 + n:08d}",
                str(start_at),
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n, party in enumerate(parties)
    ]
    return [proc.communicate(timeout=120)[0].strip().splitlines()[-1] for proc in procs]


@pytest.fixture
def course_network(committed_copy):
    with frozen():
        return builders.branch()


@concurrent
def test_more_sign_ups_than_places_from_several_processes(course_network):
    with frozen():
        course = activity(branch=course_network, seats=5)
        key = sessions.coming(course)[0].key
    outcomes = run_processes(course, [1] * PROCESSES, key)
    assert sorted(outcomes) == ["confirmed"] * 5 + ["waiting"] * (PROCESSES - 5), outcomes
    assert SignUp.objects.holding().filter(activity=course).count() == 5
    assert SignUp.objects.waiting().filter(activity=course).count() == PROCESSES - 5
    cell = SlotUsage.objects.get(window_key=course.ledger_key)
    assert (cell.booked, cell.capacity) == (5, 5)


@concurrent
def test_series_sign_ups_with_families_from_several_processes(course_network):
    with frozen():
        course = activity(
            branch=course_network,
            seats=7,
            seats_per="series",
            valid_until=datetime.date(2027, 1, 31),
        )
        count = len(sessions.bookable(sessions.coming(course)))
    parties = [1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3]
    outcomes = run_processes(course, parties)
    assert not [o for o in outcomes if o.startswith("error")], outcomes
    held = SignUp.objects.holding().filter(activity=course)
    taken = held.aggregate(people=Sum("party_size"))["people"]
    # Nobody got in past the places; those who did not fit wait.
    assert taken <= 7 and outcomes.count("waiting") == PROCESSES - held.count()
    # Nothing fits any more: every one left waiting has a party bigger than what is left.
    waiting_parties = (
        SignUp.objects.waiting().filter(activity=course).values_list("party_size", flat=True)
    )
    assert all(party > 7 - taken for party in waiting_parties)
    cells = SlotUsage.objects.filter(window_key=course.ledger_key)
    assert cells.count() == count == 6
    assert {cell.booked for cell in cells} == {taken}
    assert Seat.objects.filter(sign_up__in=held).count() == held.count() * count
    assert not SlotUsage.objects.filter(booked__gt=F("capacity")).exists()
    assert set(held.values_list("status", flat=True)) == {SignUpStatus.CONFIRMED}


def test_the_ledger_refuses_more_than_the_places_on_any_database(db):
    """The CHECK constraint is the last word, whatever the code does."""
    SlotUsage.objects.create(window_key="activity-0", start=frozen_start(), capacity=2, booked=2)
    with pytest.raises(IntegrityError), transaction.atomic():
        SlotUsage.objects.filter(window_key="activity-0").update(booked=F("booked") + 1)


def frozen_start():
    return datetime.datetime(2027, 1, 11, 15, 0, tzinfo=datetime.UTC)
