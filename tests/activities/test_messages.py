"""Activity messages go through booking.deliveries: stored with their cause, sent once, retried.

On the pinned clock (Monday 11 January 2027, 09:00 Athens): an activity on
Mondays and Thursdays 17:00–19:00 from 1 January 2027.
"""

import datetime

import pytest

from activities import messages, seats, sessions, tasks
from activities.models import ActivityMessage, SignUp
from booking.sms import MemorySMSBackend, SMSBackend
from services_catalog.schedules import ATHENS
from tests import builders
from tests.activities.builders import activity, details

pytestmark = pytest.mark.usefixtures("clock")


class DownSMSBackend(SMSBackend):
    """A provider that is down."""

    def send(self, phone, text):
        raise ConnectionError("down")


DOWN = "tests.activities.test_messages.DownSMSBackend"
MEMORY = "booking.sms.MemorySMSBackend"


@pytest.fixture
def outbox(settings):
    settings.BOOKING_SMS_BACKEND = MEMORY
    MemorySMSBackend.outbox.clear()
    yield MemorySMSBackend.outbox
    MemorySMSBackend.outbox.clear()


@pytest.fixture
def committing(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def branch(home):
    return builders.branch()


def kinds(**filters):
    return sorted(
        ActivityMessage.objects.filter(**filters).values_list("kind", "channel", "status")
    )


def test_a_sign_up_stores_its_confirmation_per_channel_and_sends_it_once_with_the_link(
    branch, outbox, mailoutbox, committing
):
    course = activity(branch=branch, seats=3)
    key = sessions.coming(course)[2].key
    with committing():
        entry, token = seats.sign_up(
            activity=course, details=details(email="a@example.org"), session_key=key
        )
    assert kinds(sign_up=entry) == [("confirmed", "email", "sent"), ("confirmed", "sms", "sent")]
    assert len(outbox) == 1 and token in outbox[0][1] and entry.reference in outbox[0][1]
    assert len(mailoutbox) == 1 and token in mailoutbox[0].body
    assert tasks.housekeeping()["activity_messages_retried"] == 0  # nothing sent twice
    assert len(outbox) == 1
    stored = ActivityMessage.objects.filter(sign_up=entry).values()
    assert all(token not in str(row) for row in stored)  # the token is never stored


def test_waiting_then_promoted_each_stored_and_sent_once(branch, outbox, committing):
    course = activity(branch=branch, seats=1)
    key = sessions.coming(course)[2].key
    with committing():
        first, _token = seats.sign_up(activity=course, details=details(), session_key=key)
        waiting, _token = seats.sign_up(
            activity=course,
            details=details(phone="+306900000077"),
            session_key=key,
            waiting_list=True,
        )
    with committing():
        seats.cancel(first)
    assert kinds(sign_up=waiting) == [("promoted", "sms", "sent"), ("waiting", "sms", "sent")]
    texts = [text for phone, text in outbox if phone == "+306900000077"]
    assert len(texts) == 2 and "αναμονής" in texts[0]


def test_a_failing_sms_backend_loses_nothing_and_the_sweep_sends_it_later(
    branch, outbox, settings, clock, committing
):
    settings.BOOKING_SMS_BACKEND = DOWN
    course = activity(branch=branch, seats=3)
    with committing():
        entry, token = seats.sign_up(
            activity=course, details=details(), session_key=sessions.coming(course)[2].key
        )
    row = ActivityMessage.objects.get(sign_up=entry)
    assert (row.status, row.attempts, row.last_error) == ("pending", 1, "ConnectionError")
    assert row.next_attempt_at is not None
    settings.BOOKING_SMS_BACKEND = MEMORY
    assert tasks.housekeeping()["activity_messages_retried"] == 0  # its time has not come
    clock.shift(datetime.timedelta(minutes=2))
    assert tasks.housekeeping()["activity_messages_retried"] == 1
    assert tasks.housekeeping()["activity_messages_retried"] == 0
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("sent", 2)
    assert len(outbox) == 1 and entry.reference in outbox[0][1]
    assert token not in outbox[0][1]  # a retry has no private link (never stored)


def test_reminders_are_stored_once_per_sign_up_and_session(branch, outbox, clock):
    course = activity(branch=branch, seats=3)
    key = sessions.coming(course)[1].key  # Thursday 14 January, 17:00
    entry, _token = seats.sign_up(
        activity=course, details=details(email="a@example.org"), session_key=key
    )
    clock.move_to(datetime.datetime(2027, 1, 13, 18, 0, tzinfo=ATHENS))
    tasks.housekeeping()
    tasks.housekeeping()
    session = entry.seats.get().session
    assert messages.store(entry, "reminder", session) == []  # the constraint's twin guard
    assert kinds(kind="reminder") == [("reminder", "email", "sent"), ("reminder", "sms", "sent")]
    assert len([text for _phone, text in outbox if "υπενθύμιση" in text]) == 1


def test_no_message_after_erasure_and_no_text_message_to_a_landline(branch, outbox):
    course = activity(branch=branch, seats=3)
    key = sessions.coming(course)[2].key
    entry, _token = seats.sign_up(activity=course, details=details(), session_key=key)
    SignUp.objects.filter(pk=entry.pk).update(anonymised_at=entry.created_at)
    other, _token = seats.sign_up(
        activity=course, details=details(phone="+306900000088"), session_key=key
    )
    SignUp.objects.filter(pk=other.pk).update(phone="+302101234567")
    assert tasks.housekeeping()["activity_messages_retried"] == 0
    assert ActivityMessage.objects.get(sign_up=entry).last_error == "no longer needed"
    assert ActivityMessage.objects.get(sign_up=other).last_error == "landline"
    assert set(ActivityMessage.objects.values_list("status", flat=True)) == {"failed"}
    assert outbox == []
