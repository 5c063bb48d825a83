"""The one delivery mechanism (booking.deliveries): claimed once, retried, given up, swept.

Driven through an outbox of this module over contact messages (any table
with the four fields does), with a sender the test switches between
working and failing; the pinned clock moves from retry to retry.
"""

import datetime

from django.test import override_settings

import pytest

from booking.choices import DeliveryStatus
from booking.deliveries import CLAIM_FOR, INTERRUPTED, NO_LONGER_NEEDED, Outbox
from contact.models import ContactMessage
from tests.clock import NOW

pytestmark = pytest.mark.django_db

MINUTE = datetime.timedelta(minutes=1)
sent_rows = []
BACKEND = {"up": True}


def _send(message):
    if not BACKEND["up"]:
        raise ConnectionRefusedError(111, "Connection refused")
    sent_rows.append(message.pk)


OUTBOX = Outbox(
    path="tests.booking.test_deliveries.OUTBOX",
    model=ContactMessage,
    send=_send,
    why_not=lambda message: NO_LONGER_NEEDED if message.anonymised_at else "",
    fields={
        "status": "delivery_status",
        "attempts": "delivery_attempts",
        "next_attempt_at": "delivery_next_attempt_at",
        "last_error": "delivery_error",
    },
)


@pytest.fixture(autouse=True)
def backend(clock):
    sent_rows.clear()
    BACKEND["up"] = True
    yield BACKEND
    sent_rows.clear()


def stored(**values):
    return ContactMessage.objects.create(
        name="Μαρία", email="maria@example.org", message="Καλημέρα", language="el", **values
    )


def state(message):
    message.refresh_from_db()
    return (
        message.delivery_status,
        message.delivery_attempts,
        message.delivery_next_attempt_at,
        message.delivery_error,
    )


def test_a_stored_message_is_claimed_by_one_process_only():
    message = stored()

    first = OUTBOX.claim(message.pk, NOW)
    second = OUTBOX.claim(message.pk, NOW)

    assert first is not None and first.delivery_attempts == 1
    assert second is None
    assert OUTBOX.attempt(message.pk, now=NOW) is False  # still claimed: nothing sent
    assert sent_rows == []
    assert state(message) == (DeliveryStatus.PENDING, 1, NOW + CLAIM_FOR, "")


def test_a_message_goes_out_once_however_often_it_is_attempted():
    message = stored()

    results = [OUTBOX.attempt(message.pk, now=NOW) for _ in range(3)]
    results.append(OUTBOX.sweep(now=NOW + datetime.timedelta(days=1)))

    assert results == [True, False, False, 0]
    assert sent_rows == [message.pk]
    assert state(message) == (DeliveryStatus.SENT, 1, None, "")


def test_a_failed_message_is_kept_and_tried_again_after_its_delay(backend, clock):
    message = stored()
    backend["up"] = False

    assert OUTBOX.attempt(message.pk, now=NOW) is False
    assert state(message) == (DeliveryStatus.PENDING, 1, NOW + MINUTE, "ConnectionRefusedError")
    assert ContactMessage.objects.filter(OUTBOX.failing_q()).get() == message  # staff see it

    backend["up"] = True
    assert OUTBOX.sweep(now=NOW + 30 * datetime.timedelta(seconds=1)) == 0  # not due yet
    assert OUTBOX.sweep(now=NOW + MINUTE) == 1
    assert sent_rows == [message.pk]
    assert state(message) == (DeliveryStatus.SENT, 2, None, "")


@override_settings(BOOKING_NOTIFICATION_MAX_ATTEMPTS=3, BOOKING_NOTIFICATION_RETRY_DELAYS=[60, 300])
def test_a_message_that_keeps_failing_is_given_up_after_the_allowed_attempts(backend):
    message = stored()
    backend["up"] = False
    moments = []
    moment = NOW
    OUTBOX.attempt(message.pk, now=moment)
    message.refresh_from_db()
    for _ in range(5):
        moment = message.delivery_next_attempt_at or moment + datetime.timedelta(days=1)
        moments.append(moment - NOW)
        OUTBOX.sweep(now=moment)
        message.refresh_from_db()

    assert moments[:2] == [MINUTE, 6 * MINUTE]  # 1 min, then 5 more
    assert state(message) == (DeliveryStatus.FAILED, 3, None, "ConnectionRefusedError")
    backend["up"] = True
    assert OUTBOX.attempt(message.pk, now=moment + datetime.timedelta(days=1)) is False
    assert sent_rows == []
    assert ContactMessage.objects.filter(OUTBOX.failing_q()).get() == message


def test_a_stored_message_whose_task_never_ran_is_sent_by_the_sweep():
    message = stored()  # stored, its task lost with the worker

    assert OUTBOX.sweep(now=NOW) == 1
    assert sent_rows == [message.pk]


def test_a_message_whose_sender_died_is_sent_by_the_sweep_once_its_claim_runs_out():
    message = stored()
    assert OUTBOX.claim(message.pk, NOW) is not None  # ...and the process dies here

    assert OUTBOX.sweep(now=NOW + CLAIM_FOR - MINUTE) == 0
    assert OUTBOX.sweep(now=NOW + CLAIM_FOR) == 1
    assert sent_rows == [message.pk]
    assert state(message) == (DeliveryStatus.SENT, 2, None, "")


@override_settings(BOOKING_NOTIFICATION_MAX_ATTEMPTS=1)
def test_a_sender_that_died_on_the_last_attempt_leaves_it_not_delivered():
    message = stored()
    assert OUTBOX.claim(message.pk, NOW) is not None  # the only attempt, never finished

    assert OUTBOX.sweep(now=NOW + CLAIM_FOR) == 0
    assert sent_rows == []
    assert state(message) == (DeliveryStatus.FAILED, 1, None, INTERRUPTED)


def test_a_message_no_longer_wanted_is_not_sent_and_says_why():
    message = stored(anonymised_at=NOW)

    assert OUTBOX.attempt(message.pk, now=NOW) is False
    assert sent_rows == []
    assert state(message) == (DeliveryStatus.FAILED, 1, None, NO_LONGER_NEEDED)


def test_a_backend_answering_not_sent_counts_as_a_failure():
    message = stored()
    refusing = Outbox(
        path="unused", model=ContactMessage, send=lambda m: False, fields=OUTBOX.fields
    )

    assert refusing.attempt(message.pk, now=NOW) is False
    assert state(message) == (DeliveryStatus.PENDING, 1, NOW + MINUTE, "NotSent")
