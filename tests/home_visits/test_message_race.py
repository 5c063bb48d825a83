"""A decline message due again is sent once, even when two workers reach it together.

The deferred retry task and the hourly housekeeping (or two housekeeping
runs on two workers) can take the same due message at the same moment.
Before the shared delivery mechanism (`booking.deliveries`), each read the
message as waiting, sent it and saved "sent": the citizen got the text
twice. Now each must first claim it with a conditional UPDATE; the loser
sends nothing.

Two proofs: one in a single connection (a backend that, while sending,
lets a second sweep run — what a second worker does between the first's
read and its save), and one with real concurrent transactions on
PostgreSQL (skipped, with the reason printed, on SQLite). Select the whole
module to run the PostgreSQL one: its database copy is made from the test
database that the other tests create.
"""

import contextlib
import datetime
import threading
import time

from django.db import connection
from django.utils import timezone

import pytest

from booking.sms import MemorySMSBackend
from home_visits import requests, tasks
from home_visits.models import HomeVisitMessage
from tests import builders as b
from tests.booking.concurrency import all_at_once, concurrent
from tests.home_visits import builders as hb


class SecondWorkerSMSBackend:
    """Sends, but first lets the hourly sweep run once more, as a second worker would."""

    inside = False

    def send(self, phone, text):
        if not SecondWorkerSMSBackend.inside:
            SecondWorkerSMSBackend.inside = True
            try:
                tasks.housekeeping()
            finally:
                SecondWorkerSMSBackend.inside = False
        MemorySMSBackend.outbox.append((phone, text))
        return True


class SlowSMSBackend:
    """A provider that takes a moment to answer: long enough for another worker to read."""

    lock = threading.Lock()

    def send(self, phone, text):
        time.sleep(0.5)
        with SlowSMSBackend.lock:
            MemorySMSBackend.outbox.append((phone, text))
        return True


@pytest.fixture
def outbox():
    MemorySMSBackend.outbox.clear()
    yield MemorySMSBackend.outbox
    MemorySMSBackend.outbox.clear()


def declined_and_due_again(settings, admin_user, on_commit=contextlib.nullcontext):
    """A declined request whose first text failed, its retry due now (`on_commit`: what
    runs the on-commit callbacks inside a test's transaction)."""
    team = hb.team(communities=[b.community("1i", "1η Δημοτική Κοινότητα")])
    visit = hb.visit_request(team)
    settings.BOOKING_SMS_BACKEND = "tests.home_visits.builders.DownSMSBackend"
    with on_commit():
        requests.decline(visit, "Όχι αυτόν τον μήνα.", admin_user)
    message = visit.messages.get()
    assert (message.status, message.attempts) == ("pending", 1)
    HomeVisitMessage.objects.filter(pk=message.pk).update(
        next_attempt_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    return visit, message


@pytest.mark.django_db
def test_a_second_sweep_during_a_send_does_not_send_the_message_again(
    settings, admin_user, outbox, django_capture_on_commit_callbacks
):
    visit, message = declined_and_due_again(
        settings, admin_user, lambda: django_capture_on_commit_callbacks(execute=True)
    )
    settings.BOOKING_SMS_BACKEND = "tests.home_visits.test_message_race.SecondWorkerSMSBackend"

    tasks.housekeeping()

    assert [phone for phone, _text in outbox] == [visit.phone]
    message.refresh_from_db()
    assert (message.status, message.attempts) == ("sent", 2)


def sweep_in_own_connection(_i):
    try:
        return tasks.housekeeping()["home_visit_messages_retried"]
    finally:
        connection.close()


@concurrent
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="two workers claiming one message at once need PostgreSQL's concurrent "
    "transactions; runs in CI's PostgreSQL pass (DATABASE_URL=postgres://…)",
)
def test_two_workers_sweeping_at_once_send_a_due_message_once(committed_copy, settings, outbox):
    user = b.staff_user(
        "social-worker", superuser=True
    )  # not admin_user: its `db` is a transaction
    visit, message = declined_and_due_again(settings, user)
    settings.BOOKING_SMS_BACKEND = "tests.home_visits.test_message_race.SlowSMSBackend"

    sent = all_at_once(2, sweep_in_own_connection)

    assert sorted(sent) == [0, 1]
    assert [phone for phone, _text in outbox] == [visit.phone]
    message.refresh_from_db()
    assert (message.status, message.attempts) == ("sent", 2)
