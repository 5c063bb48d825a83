"""Shared steps of the feedback tests: an attended appointment and its one-time link."""

import re

from django.core import mail
from django.urls import reverse
from django.utils import translation

from booking import reservations
from booking.choices import Status
from booking.slots import free_slots
from booking.sms import MemorySMSBackend
from tests.booking.builders import citizen

LINK = re.compile(r"/(el|en|ar|fa)/feedback/([^/\s]+)/")


def book(network, place=None, **details):
    place = place or network["branch"]
    slot = free_slots(network["service"], places=[place.place_id])[0]
    appointment, _token = reservations.book(
        service=network["service"], slot_key=slot.key, details=citizen(**details)
    )
    return appointment


def mark(appointment, status, committed):
    return committed(reservations.set_status, appointment, status)


def attended(network, committed, place=None, **details):
    appointment = book(network, place, **details)
    assert mark(appointment, Status.ATTENDED, committed)
    return appointment


def sent_token():
    """The token of the last feedback link sent by text message."""
    [(_phone, text)] = [m for m in MemorySMSBackend.outbox if "/feedback/" in m[1]][-1:]
    return LINK.search(text).group(2)


def feedback_sms():
    return [m for m in MemorySMSBackend.outbox if "/feedback/" in m[1]]


def feedback_mail():
    return [m for m in mail.outbox if "/feedback/" in m.body]


def give_url(token, language="el"):
    with translation.override(language):
        return reverse("feedback:give", kwargs={"token": token})
