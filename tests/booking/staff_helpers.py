"""What the staff-tool tests share: logged-in clients and the forms the staff pages post."""

import re
import uuid

from django.test import Client
from django.urls import reverse

from booking.choices import Channel
from tests.helpers import login_staff

INDEX = reverse("appointments:index")
BOOK = reverse("appointments_book:index")
CITIZEN_DATA = reverse("appointments_citizen_data:index")
FEED_PAGE = reverse("appointments_feed:index")


def client_for(user):
    client = Client()
    if user is not None:
        login_staff(client, user)
    return client


def detail_url(appointment):
    return reverse("appointments:inspect", args=[appointment.pk])


def status_url(appointment):
    return reverse("appointments:status", args=[appointment.pk])


def book_url(service=None, place=None):
    params = {}
    if service is not None:
        params["service"] = service.pk
    if place is not None:
        params["place"] = place.place_id
    return BOOK + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def booking_answers(slot, **overrides):
    """The details step of booking on behalf, filled in for `slot` (a Slot or its key)."""
    data = {
        "channel": Channel.PHONE,
        "slot": slot if isinstance(slot, str) else slot.key,
        "name": "Αχμάντ Καρίμι",
        "phone": "694 000 1234",
        "email": "ahmad@example.org",
        "language": "fa",
        "interpreter_needed": "yes",
        "interpreter_language": "Φαρσί",
        "accessibility_needs": "",
        "note": "Έγγραφα",
        "consent": "on",
        "submission_id": str(uuid.uuid4()),
    }
    data.update(overrides)
    return data


def lookup(client, appointment, action="find"):
    """Post the citizen-data form with the reference typed loosely, as at a desk."""
    typed = appointment.display_reference.lower().replace("-", " ")
    return client.post(CITIZEN_DATA, {"reference": typed, "action": action})


def new_feed_url(client):
    """Make a feed link on the feed page; its path."""
    html = client.post(FEED_PAGE, {"action": "create"}).content.decode()
    https = re.search(r'value="(http://testserver/staff/appointments/[^"]+\.ics)"', html).group(1)
    assert 'href="webcal://testserver/staff/appointments/' in html
    return https.removeprefix("http://testserver")
