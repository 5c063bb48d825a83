"""Sessions from the schedule, seats in booking's ledger, the waiting list, cancelled sessions.

On the pinned clock (Monday 11 January 2027, 09:00 Athens): an activity on
Mondays and Thursdays 17:00–19:00 from 1 January 2027.
"""

import datetime

from django.db.models import F

import pytest

from activities import messages, retention, seats, sessions, tasks
from activities.choices import SignUpStatus
from activities.models import ActivityMessage, Seat, Session
from booking.models import SlotUsage
from booking.sms import MemorySMSBackend
from services_catalog.schedules import ATHENS
from tests import builders
from tests.activities.builders import activity, details

pytestmark = pytest.mark.usefixtures("clock")

SMS = "booking.sms.MemorySMSBackend"


@pytest.fixture
def outbox(settings):
    settings.BOOKING_SMS_BACKEND = SMS
    MemorySMSBackend.outbox.clear()
    yield MemorySMSBackend.outbox
    MemorySMSBackend.outbox.clear()


@pytest.fixture
def committing(django_capture_on_commit_callbacks):
    """`with committing():` runs what would run on commit (the messages) at its end."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def branch(home):
    return builders.branch()


def test_sessions_follow_the_schedule_with_holidays_and_the_places_cancellations(branch):
    course = activity(branch=branch, valid_until=datetime.date(2027, 1, 31))
    builders.cancel(branch, datetime.date(2027, 1, 14), reason="Απεντομώση")
    found = sessions.coming(course)
    starts = [(s.start.date().isoformat(), s.cancelled) for s in found]
    assert starts == [
        ("2027-01-11", False),
        ("2027-01-14", True),  # the branch is closed that day
        ("2027-01-18", False),
        ("2027-01-21", False),
        ("2027-01-25", False),
        ("2027-01-28", False),
    ]
    assert found[0].start == datetime.datetime(2027, 1, 11, 17, 0, tzinfo=ATHENS)
    assert found[0].left == 5


def test_series_sign_up_holds_a_seat_in_every_session(branch, outbox, committing):
    course = activity(
        branch=branch, seats=4, seats_per="series", valid_until=datetime.date(2027, 1, 31)
    )
    with committing():
        entry, token = seats.sign_up(activity=course, details=details(), party_size=3)
    assert entry.status == SignUpStatus.CONFIRMED and token
    held = Seat.objects.filter(sign_up=entry).order_by("session__start")
    # Every coming session that is not cancelled: six Mondays and Thursdays of January.
    assert [seat.session.start.astimezone(ATHENS).day for seat in held] == [11, 14, 18, 21, 25, 28]
    cells = SlotUsage.objects.filter(window_key=course.ledger_key)
    assert sorted(cell.booked for cell in cells) == [3] * 6
    assert [s.left for s in sessions.coming(course)] == [1] * 6
    # Two more people do not fit: all or nothing, the ledger unchanged.
    with pytest.raises(seats.Full):
        seats.sign_up(activity=course, details=details(phone="+306900000002"), party_size=2)
    assert (
        sorted(cell.booked for cell in SlotUsage.objects.filter(window_key=course.ledger_key))
        == [3] * 6
    )
    assert len(outbox) == 1 and entry.reference in outbox[0][1]
    assert not SlotUsage.objects.filter(booked__gt=F("capacity")).exists()


def test_full_session_offers_the_waiting_list_and_a_cancellation_promotes_in_order(
    branch, outbox, committing
):
    course = activity(branch=branch, seats=3)
    key = sessions.coming(course)[0].key
    seats.sign_up(activity=course, details=details(), party_size=2, session_key=key)
    first, _ = seats.sign_up(activity=course, details=details(), party_size=1, session_key=key)
    with pytest.raises(seats.Full):
        seats.sign_up(activity=course, details=details(), party_size=1, session_key=key)
    big, _ = seats.sign_up(
        activity=course,
        details=details(phone="+306900000003"),
        party_size=3,
        session_key=key,
        waiting_list=True,
    )
    small, _ = seats.sign_up(
        activity=course,
        details=details(phone="+306900000004"),
        party_size=1,
        session_key=key,
        waiting_list=True,
    )
    assert (big.status, small.status) == (SignUpStatus.WAITING, SignUpStatus.WAITING)
    outbox.clear()
    with committing():
        assert seats.cancel(first) is True
    big.refresh_from_db()
    small.refresh_from_db()
    # The party of three does not fit the one place freed; the next in line gets it.
    assert (big.status, small.status) == (SignUpStatus.WAITING, SignUpStatus.CONFIRMED)
    assert SlotUsage.objects.get(window_key=course.ledger_key).booked == 3
    assert [phone for phone, _text in outbox] == ["+306900000004"]
    assert seats.cancel(first) is False


def test_cancelling_a_session_tells_every_participant_once(branch, outbox, mailoutbox, committing):
    course = activity(branch=branch, seats=10)
    key = sessions.coming(course)[1].key
    phones = ["+306900000011", "+306900000012", "+306900000013"]
    for n, phone in enumerate(phones):
        seats.sign_up(
            activity=course,
            details=details(phone=phone, email="a@example.org" if n == 0 else ""),
            session_key=key,
        )
    other_key = sessions.coming(course)[2].key
    seats.sign_up(activity=course, details=details(phone="+306900000099"), session_key=other_key)
    outbox.clear()
    mailoutbox.clear()
    with committing():
        session = seats.cancel_session(course, key, reason="Ασθένεια")
    with committing():
        again = seats.cancel_session(course, key, reason="Ξανά")
    assert again.pk == session.pk and again.cancel_reason == "Ασθένεια"
    stored = ActivityMessage.objects.filter(session=session, kind="session_cancelled")
    assert stored.count() == 4  # three text messages, one e-mail: stored once
    assert set(stored.values_list("status", flat=True)) == {"sent"}
    assert sorted(phone for phone, _text in outbox) == phones
    assert all("Ασθένεια" in text for _phone, text in outbox)
    assert len(mailoutbox) == 1
    assert [s.cancelled for s in sessions.coming(course)][:3] == [False, True, False]
    assert Session.objects.get(pk=session.pk).participants_told_at is not None


def test_drop_in_takes_no_sign_up(branch):
    course = activity(branch=branch, attendance="drop_in")
    assert sessions.coming(course)[0].left is None
    with pytest.raises(seats.NotOpen):
        seats.sign_up(
            activity=course, details=details(), session_key=sessions.coming(course)[0].key
        )


def test_a_gone_session_and_a_party_too_large_are_refused(branch):
    course = activity(branch=branch, seats=3)
    with pytest.raises(seats.SessionGone):
        seats.sign_up(activity=course, details=details(), session_key="20270112T1500")
    with pytest.raises(seats.TooMany):
        seats.sign_up(
            activity=course,
            details=details(),
            party_size=4,
            session_key=sessions.coming(course)[0].key,
        )


def test_reminders_go_once_a_day_before(branch, outbox, clock):
    course = activity(branch=branch, seats=3)
    key = sessions.coming(course)[1].key  # Thursday 14 January, 17:00
    seats.sign_up(activity=course, details=details(), session_key=key)
    outbox.clear()
    assert tasks.housekeeping()["activity_reminders_stored"] == 0
    clock.move_to(datetime.datetime(2027, 1, 13, 18, 0, tzinfo=ATHENS))
    assert tasks.housekeeping()["activity_reminders_stored"] == 1
    assert tasks.housekeeping()["activity_reminders_stored"] == 0
    assert len([text for _phone, text in outbox if "υπενθύμιση" in text]) == 1
    assert ActivityMessage.objects.filter(kind="reminder").get().status == "sent"


def test_personal_data_is_emptied_after_the_retention_period(branch, settings, clock):
    settings.BOOKING_RETENTION_DAYS = 30
    course = activity(branch=branch, seats=3)
    key = sessions.coming(course)[0].key  # Monday 11 January, 17:00–19:00
    entry, _ = seats.sign_up(activity=course, details=details(), session_key=key)
    session = Session.objects.get(seats__sign_up=entry)
    messages.tell_participants(session, "Bring Anna's school report")
    assert ActivityMessage.objects.filter(sign_up=entry, kind="staff").exclude(text="").exists()
    clock.move_to(datetime.datetime(2027, 2, 10, 12, 0, tzinfo=ATHENS))
    assert retention.anonymise_due() == 0  # 30 days after 19:00 is not yet over
    clock.move_to(datetime.datetime(2027, 2, 10, 20, 0, tzinfo=ATHENS))
    assert retention.anonymise_due() == 1
    entry.refresh_from_db()
    assert (entry.name, entry.phone, entry.manage_token_hash) == ("", "", "")
    # The staff message's text may name someone: it goes with the sign-up's data.
    assert list(entry.messages.filter(kind="staff").values_list("text", flat=True)) == [""]
    assert entry.party_size == 1 and entry.anonymised_at is not None
    assert retention.anonymise_due() == 0
