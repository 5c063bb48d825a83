"""Private tokens and personal data in the citizen's session and addresses.

The manage link's token is exchanged for a grant in the session and left
behind at once; the session never keeps the token after the confirmation
page, keeps a booking's answers for hours, not weeks, and expired sessions
are deleted by the hourly housekeeping.
"""

import datetime
import re

from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.test import Client, override_settings

import icalendar
import pytest
import time_machine

from booking import citizen_session
from booking.models import Appointment
from booking.tasks import housekeeping
from booking.views.manage import TOKEN_MAX
from tests.booking.flow_steps import (
    ANSWERS,
    book_through_the_pages,
    manage_link,
    walk_to_details,
)
from tests.clock import NOW

pytestmark = pytest.mark.usefixtures("clock")

LINK_NEEDED = "Open the link from your message"


def stored_session(client):
    """What the database holds for this browser's session."""
    return Session.objects.get(session_key=client.session.session_key)


def token_of(link):
    return re.search(r"/booking/manage/([^/]+)/", link).group(1)


# --- The manage link -----------------------------------------------------------------


def test_the_private_link_leaves_its_token_behind_at_once(client, bookable):
    link = manage_link(client, bookable)
    token = token_of(link)
    appointment = Appointment.objects.get()

    exchange = client.get(link)
    page = client.get(exchange["Location"])

    assert exchange.status_code == 302
    assert exchange["Location"] == f"/en/booking/appointment/{appointment.reference}/"
    assert exchange["Referrer-Policy"] == "no-referrer"
    assert appointment.display_reference in page.content.decode()
    assert token not in page.content.decode()
    # A page with a form keeps same-origin: with no-referrer browsers send
    # `Origin: null`, and Django's CSRF check refuses the form.
    assert page["Referrer-Policy"] == "same-origin"
    assert page["Cache-Control"] == "no-store, private"
    assert token not in str(stored_session(client).get_decoded())


def test_without_the_link_the_token_free_pages_say_nothing(client, bookable):
    link = manage_link(client, bookable)
    page = client.get(link)["Location"]
    appointment = Appointment.objects.get()
    stranger = Client()

    answers = [
        stranger.get(page),
        stranger.get(page + "move/"),
        stranger.get(page + "appointment.ics"),
        stranger.post(page, {"action": "cancel"}),
        stranger.get("/en/booking/appointment/not-a-reference/"),
        stranger.get("/en/booking/manage/" + "x" * (TOKEN_MAX + 1) + "/"),
    ]

    for response in answers:
        assert response.status_code == 404
        html = response.content.decode()
        assert LINK_NEEDED in html and appointment.display_reference not in html
    appointment.refresh_from_db()
    assert appointment.is_active


def test_a_link_opens_the_same_pages_in_another_browser(client, bookable):
    link = manage_link(client, bookable)
    appointment = Appointment.objects.get()
    phone = Client()

    page = phone.get(link, follow=True)

    assert page.redirect_chain == [(f"/en/booking/appointment/{appointment.reference}/", 302)]
    assert "Yes, cancel my appointment" in page.content.decode()


def test_old_links_to_the_move_page_and_calendar_file_still_work(client, bookable):
    link = manage_link(client, bookable)
    appointment = Appointment.objects.get()
    base = f"/en/booking/appointment/{appointment.reference}/"

    assert client.get(link + "move/")["Location"] == base + "move/"
    assert client.get(link + "appointment.ics")["Location"] == base + "appointment.ics"
    calendar = client.get(base + "appointment.ics")
    event = icalendar.Calendar.from_ical(calendar.content).walk("VEVENT")[0]
    assert appointment.display_reference in str(event["DESCRIPTION"])
    assert calendar["Cache-Control"] == "no-store, private"


def test_a_session_holds_grants_for_a_few_appointments_only(rf, db):
    request = rf.get("/")
    request.session = SessionStore()
    appointments = [Appointment(pk=n) for n in range(1, 9)]

    for appointment in appointments:
        citizen_session.grant(request, appointment)

    granted = [a.pk for a in appointments if citizen_session.is_granted(request, a)]
    assert granted == [4, 5, 6, 7, 8]
    assert request.session.get_expiry_age() == 2 * 3600


# --- The confirmation page -----------------------------------------------------------------


def test_the_confirmation_shows_the_private_link_once(client, bookable):
    done, _ = book_through_the_pages(client, "en", bookable, email="eleni@example.org")
    appointment = Appointment.objects.get()
    token = token_of(done.content.decode())

    again = client.get("/en/booking/done/")

    html = again.content.decode()
    assert appointment.display_reference in html
    assert "We sent you a private link" in html
    assert token not in html and "/booking/manage/" not in html
    assert token not in str(stored_session(client).get_decoded())
    for response in (done, again):
        assert response["Cache-Control"] == "no-store, private"
        assert response["Referrer-Policy"] == "no-referrer"


def test_the_answers_leave_the_session_when_the_appointment_is_made(client, bookable):
    book_through_the_pages(client, "en", bookable, email="eleni@example.org", note="Μια σημείωση")

    held = str(stored_session(client).get_decoded())

    for answer in ("Ελένη", "6912345678", "eleni@example.org", "σημείωση"):
        assert answer not in held


def test_the_confirmation_is_forgotten_after_a_few_hours(client, bookable):
    book_through_the_pages(client, "en", bookable)
    later = NOW + datetime.timedelta(hours=2, minutes=1)

    with time_machine.travel(later, tick=False):
        response = client.get("/en/booking/done/")

    assert response["Location"] == "/en/booking/"


# --- Unfinished bookings ----------------------------------------------------------------------


def test_an_unfinished_booking_expires_within_hours(client, bookable):
    details_url = walk_to_details(client, "en", bookable)
    client.post(details_url, {**ANSWERS, "note": "Χρειάζομαι βοήθεια"})
    stored = stored_session(client)

    assert stored.expire_date <= NOW + datetime.timedelta(hours=2)
    assert "Χρειάζομαι" in str(stored.get_decoded())
    with time_machine.travel(NOW + datetime.timedelta(hours=1), tick=False):
        client.get("/en/booking/agreement/")
        assert "Χρειάζομαι" in str(client.session.load())
    # A browser that keeps the cookie anyway: the answers are too old to use.
    with override_settings(SESSION_COOKIE_AGE=14 * 24 * 3600):
        session = client.session
        session.set_expiry(14 * 24 * 3600)
        session.save()
    with time_machine.travel(NOW + datetime.timedelta(hours=2, minutes=1), tick=False):
        response = client.get("/en/booking/agreement/")
        held = str(client.session.load())

    assert response["Location"] == "/en/booking/"
    assert "Χρειάζομαι" not in held


def test_booking_pages_with_personal_data_are_not_stored_by_caches(client, bookable):
    details_url = walk_to_details(client, "en", bookable)
    client.post(details_url, ANSWERS)
    client.post("/en/booking/agreement/", {"consent": "on"})

    for url in (details_url, "/en/booking/agreement/", "/en/booking/check/"):
        response = client.get(url)
        assert response.status_code == 200
        assert response["Cache-Control"] == "no-store, private", url
        assert response["Referrer-Policy"] == "same-origin", url  # forms: see portal.privacy
    # The steps without personal data too: after booking, Back must ask the server again
    # (which shows the confirmation), never show a stored step 1 (tests/booking/test_flow_fixes.py).
    assert client.get("/en/booking/")["Cache-Control"] == "no-store, private"


# --- Housekeeping ---------------------------------------------------------------------------


def test_housekeeping_deletes_expired_sessions(client, bookable):
    details_url = walk_to_details(client, "en", bookable)
    client.post(details_url, ANSWERS)
    key = client.session.session_key

    with time_machine.travel(NOW + datetime.timedelta(hours=1), tick=False):
        housekeeping.enqueue()
        assert Session.objects.filter(session_key=key).exists()
    with time_machine.travel(NOW + datetime.timedelta(hours=3), tick=False):
        housekeeping.enqueue()

    assert not Session.objects.filter(session_key=key).exists()
