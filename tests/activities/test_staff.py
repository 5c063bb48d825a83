"""Rosters and attendance in the admin: the user's places only, audited.

A front-desk user of one branch sees the sessions and the roster of the
activities there, marks how many of each sign-up came (one form for the
whole roster, at the door), exports the roster and cancels a session; a
colleague of another branch gets a 404, a user with no place nothing.
"""

import datetime

from django.contrib.messages import get_messages

from wagtail.models import ModelLogEntry

import pytest

from activities import audit, seats, sessions
from activities.models import ActivityMessage, Seat, SignUp
from booking.sms import MemorySMSBackend
from figures.compute import compute
from tests import builders
from tests.activities.builders import activity, details
from tests.doors import FRONT_DESK
from tests.helpers import login_staff

pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture
def network(home):
    here, there = builders.branch(), builders.branch()
    course = activity(branch=here, seats=6)
    key = sessions.coming(course)[0].key
    family, _ = seats.sign_up(activity=course, details=details(), party_size=3, session_key=key)
    single, _ = seats.sign_up(
        activity=course, details=details(phone="+306900000077", name="Ali"), session_key=key
    )
    return here, there, course, key, family, single


def roster_url(course, key, tail=""):
    return f"/admin/activity-sessions/{course.pk}/{key}/{tail}"


def test_staff_of_the_place_see_the_roster_and_mark_attendance(client, network):
    here, _there, course, key, family, single = network
    user = builders.staff_user("desk-here", groups=[FRONT_DESK], branches=[here])
    login_staff(client, user)
    index = client.get("/admin/activity-sessions/")
    assert index.status_code == 200 and course.title in index.content.decode()
    page = client.get(roster_url(course, key))
    html = page.content.decode()
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    assert "Αμίνα" in html and "Ali" in html and family.reference in html
    seat_family = Seat.objects.get(sign_up=family)
    seat_single = Seat.objects.get(sign_up=single)
    saved = client.post(
        roster_url(course, key, "attendance/"),
        {f"came-{seat_family.pk}": "2", f"came-{seat_single.pk}": "0"},
    )
    assert saved.status_code == 302
    seat_family.refresh_from_db()
    seat_single.refresh_from_db()
    assert (seat_family.attended, seat_single.attended) == (2, 0)
    # More than came in the party is cut to the party.
    client.post(roster_url(course, key, "attendance/"), {f"came-{seat_family.pk}": "9"})
    seat_family.refresh_from_db()
    assert seat_family.attended == 3
    logged = set(ModelLogEntry.objects.filter(user=user).values_list("action", flat=True))
    assert {audit.ROSTER_VIEW, audit.ATTENDANCE} <= logged
    for entry in ModelLogEntry.objects.filter(user=user):
        assert "Αμίνα" not in str(entry.data) and "+3069" not in str(entry.data)


def test_staff_of_another_place_and_without_a_place_see_nothing(client, network):
    _here, there, course, key, family, _single = network
    other = builders.staff_user("desk-there", groups=[FRONT_DESK], branches=[there])
    login_staff(client, other)
    assert course.title not in client.get("/admin/activity-sessions/").content.decode()
    assert client.get(roster_url(course, key)).status_code == 404
    seat = Seat.objects.get(sign_up=family)
    assert (
        client.post(roster_url(course, key, "attendance/"), {f"came-{seat.pk}": "1"}).status_code
        == 404
    )
    seat.refresh_from_db()
    assert seat.attended is None
    nowhere = builders.staff_user("desk-nowhere", groups=[FRONT_DESK])
    login_staff(client, nowhere)
    assert client.get(roster_url(course, key)).status_code == 404


def test_export_and_cancel_a_session_from_the_roster(client, network):
    here, _there, course, key, _family, _single = network
    user = builders.staff_user("desk-export", groups=[FRONT_DESK], branches=[here])
    login_staff(client, user)
    export = client.get(roster_url(course, key, "export/"))
    text = export.content.decode("utf-8-sig")
    assert export.status_code == 200 and "Αμίνα" in text and text.count("\n") == 3
    cancelled = client.post(roster_url(course, key, "cancel/"), {"reason": "Ασθένεια"})
    assert cancelled.status_code == 302
    assert sessions.coming(course)[0].cancelled


def test_attendance_counts_in_the_public_figures_of_the_place(client, network, clock):
    here, there, _course, _key, family, _single = network
    before = compute(here, today=datetime.date(2027, 1, 12)).total
    seats.mark_attendance(Seat.objects.get(sign_up=family), 2)
    # The session was on Monday 11 January: counted once that day is over.
    assert compute(here, today=datetime.date(2027, 1, 12)).total == before + 2
    assert compute(there, today=datetime.date(2027, 1, 12)).total == 0


def test_staff_sign_up_a_caller_and_a_walk_in_to_the_waiting_list(client, network):
    here, there, course, key, _family, _single = network
    user = builders.staff_user("desk-book", groups=[FRONT_DESK], branches=[here])
    login_staff(client, user)
    url = roster_url(course, key, "sign-up/")
    form = client.get(url)
    assert form.status_code == 200
    answers = {
        "channel": "phone",
        "name": "Καλών",
        "phone": "694 555 1212",
        "language": "el",
        "interpreter_needed": "no",
        "party_size": "2",
        "consent": "on",
        "submission_id": "6f1c2a57-5f3e-4bd6-9a55-1d1b2c3d4e5f",
    }
    done = client.post(url, answers)
    assert done.status_code == 302
    caller = SignUp.objects.get(name="Καλών")
    assert (caller.channel, caller.created_by, caller.status) == ("phone", user, "confirmed")
    # The session is now full (3 + 1 + 2 of 6): a walk-in is refused, unless put on the list.
    walk_in = {
        **answers,
        "channel": "in_person",
        "name": "Περαστικός",
        "party_size": "1",
        "submission_id": "7f1c2a57-5f3e-4bd6-9a55-1d1b2c3d4e5f",
    }
    assert client.post(url, walk_in).status_code == 409
    assert client.post(url, {**walk_in, "waiting_list": "on"}).status_code == 302
    assert SignUp.objects.get(name="Περαστικός").status == "waiting"
    logged = ModelLogEntry.objects.filter(user=user, action=audit.SIGN_UP_FOR)
    assert logged.count() == 2
    other = builders.staff_user("desk-other", groups=[FRONT_DESK], branches=[there])
    login_staff(client, other)
    assert (
        client.post(
            url, {**answers, "submission_id": "8f1c2a57-5f3e-4bd6-9a55-1d1b2c3d4e5f"}
        ).status_code
        == 404
    )


def test_a_message_to_a_sessions_participants_reaches_each_once(
    client, network, settings, django_capture_on_commit_callbacks
):
    here, _there, course, key, family, single = network
    settings.BOOKING_SMS_BACKEND = "booking.sms.MemorySMSBackend"
    MemorySMSBackend.outbox.clear()
    waiting, _ = seats.sign_up(
        activity=course,
        details=details(phone="+306900000055"),
        session_key=key,
        waiting_list=True,
    )
    user = builders.staff_user("desk-message", groups=[FRONT_DESK], branches=[here])
    login_staff(client, user)
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(roster_url(course, key, "message/"), {"text": "Φέρτε μολύβι."})
    assert sent.status_code == 302
    told = [str(message) for message in get_messages(sent.wsgi_request)]
    assert len(told) == 1 and " 2 " in told[0]  # "Sent to 2 participants", translated
    stored = ActivityMessage.objects.filter(kind="staff")
    assert sorted(stored.values_list("sign_up", flat=True)) == sorted([family.pk, single.pk])
    assert set(stored.values_list("status", flat=True)) == {"sent"}
    texts = [(phone, text) for phone, text in MemorySMSBackend.outbox if "μολύβι" in text]
    assert sorted(phone for phone, _text in texts) == ["+306900000077", "+306912345678"]
    assert all(course.title in text for _phone, text in texts)
    assert not ActivityMessage.objects.filter(sign_up=waiting, kind="staff").exists()
    assert ModelLogEntry.objects.filter(user=user, action=audit.SESSION_MESSAGE).count() == 1
    MemorySMSBackend.outbox.clear()


def test_a_bad_message_shows_the_form_again_and_other_places_get_nothing(client, network):
    here, there, course, key, _family, _single = network
    user = builders.staff_user("desk-bad", groups=[FRONT_DESK], branches=[here])
    login_staff(client, user)
    for text, error in (("   ", "Γράψτε το μήνυμα"), ("x" * 301, "πολύ μεγάλο")):
        again = client.post(roster_url(course, key, "message/"), {"text": text})
        html = again.content.decode()
        assert again.status_code == 400 and error in html and 'aria-invalid="true"' in html
    other = builders.staff_user("desk-elsewhere", groups=[FRONT_DESK], branches=[there])
    login_staff(client, other)
    refused = client.post(roster_url(course, key, "message/"), {"text": "Γεια"})
    assert refused.status_code in (403, 404)
    assert not ActivityMessage.objects.filter(kind="staff").exists()
