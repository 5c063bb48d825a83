"""A staff message to a session's participants is sent once per form (issue 16).

The roster's message form carries a submission id; a double click, the
browser's resubmit or the same form in two tabs must not text everyone
twice. The database says so (`activity_message_once_per_submission`), so
even two requests at the same instant — one past the first check before
the other commits — store one message per person and channel.
"""

import re
import uuid

from django.contrib.messages import get_messages

from wagtail.models import ModelLogEntry

import pytest

from activities import audit, seats, sessions
from activities import messages as activity_messages
from activities.models import ActivityMessage, Session
from booking.sms import MemorySMSBackend
from tests import builders
from tests.activities.builders import activity, details
from tests.doors import FRONT_DESK
from tests.helpers import login_staff

pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture
def roster(home, settings):
    settings.BOOKING_SMS_BACKEND = "booking.sms.MemorySMSBackend"
    MemorySMSBackend.outbox.clear()
    here = builders.branch()
    course = activity(branch=here, seats=6)
    key = sessions.coming(course)[0].key
    family, _ = seats.sign_up(
        activity=course,
        details=details(phone="+306900001101", email="family@example.org"),
        party_size=3,
        session_key=key,
    )
    single, _ = seats.sign_up(
        activity=course, details=details(phone="+306900001102", name="Ali"), session_key=key
    )
    user = builders.staff_user("desk-once", groups=[FRONT_DESK], branches=[here])
    yield here, course, key, user, (family, single)
    MemorySMSBackend.outbox.clear()


def texts_with(word):
    return sorted(phone for phone, text in MemorySMSBackend.outbox if word in text)


def test_the_same_form_sent_twice_tells_each_participant_once(
    client, roster, django_capture_on_commit_callbacks
):
    _here, course, key, user, (family, single) = roster
    login_staff(client, user)
    url = f"/admin/activity-sessions/{course.pk}/{key}/"
    page = client.get(url).content.decode()
    submission = re.search(r'name="submission_id" value="([0-9a-f-]{36})"', page).group(1)
    form = {"text": "Φέρτε τετράδιο.", "submission_id": submission}

    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url + "message/", form)
    with django_capture_on_commit_callbacks(execute=True) as again_callbacks:
        second = client.post(url + "message/", form)

    assert first.status_code == second.status_code == 302
    assert first.url == second.url == url  # the same page: the roster
    notes = [str(m).strip() for m in get_messages(second.wsgi_request)]
    assert notes == [  # not read in between: both notes wait for the roster
        "Στάλθηκε σε 2 συμμετέχοντες",
        "Αυτό το μήνυμα είχε ήδη σταλεί· δεν στάλθηκε ξανά.",
    ]
    assert not again_callbacks  # nothing queued to send
    stored = ActivityMessage.objects.filter(kind="staff")
    assert sorted(stored.values_list("sign_up", "channel")) == sorted(
        [(family.pk, "email"), (family.pk, "sms"), (single.pk, "sms")]
    )
    assert texts_with("τετράδιο") == ["+306900001101", "+306900001102"]
    assert ModelLogEntry.objects.filter(user=user, action=audit.SESSION_MESSAGE).count() == 1

    # A new message is a new form (a fresh id on the roster): it goes out.
    fresh = re.search(
        r'name="submission_id" value="([0-9a-f-]{36})"', client.get(url).content.decode()
    )
    assert fresh.group(1) != submission
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url + "message/", {"text": "Και μολύβι.", "submission_id": fresh.group(1)})
    assert texts_with("μολύβι") == ["+306900001101", "+306900001102"]


def test_two_requests_at_once_store_one_message_per_person(
    roster, monkeypatch, django_capture_on_commit_callbacks
):
    """The later request got past the first check before the earlier committed: the
    database refuses its rows, it rolls back and answers what the first did."""
    _here, course, key, _user, _entries = roster
    session = Session.objects.get(activity=course, start=sessions.parse_session_key(key))
    submission = uuid.uuid4()
    with django_capture_on_commit_callbacks(execute=True):
        first = activity_messages.tell_participants(session, "Αλλαγή αίθουσας.", submission)
    real_sent = activity_messages._sent
    monkeypatch.setattr(
        activity_messages,
        "_sent",
        lambda sid: real_sent(sid).none(),  # the check saw nothing
    )
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        second = activity_messages.tell_participants(session, "Αλλαγή αίθουσας.", submission)

    assert first == (2, False) and second == (2, True)
    assert not callbacks
    assert ActivityMessage.objects.filter(kind="staff").count() == 3  # two on SMS, one e-mail
    assert texts_with("αίθουσας") == ["+306900001101", "+306900001102"]


def test_a_form_without_a_submission_id_still_sends(client, roster):
    _here, course, key, user, _entries = roster
    login_staff(client, user)
    sent = client.post(f"/admin/activity-sessions/{course.pk}/{key}/message/", {"text": "Γεια."})
    assert sent.status_code == 302
    assert ActivityMessage.objects.filter(kind="staff", submission_id=None).count() == 3
