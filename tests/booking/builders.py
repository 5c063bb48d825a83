"""Builders of the booking tests: a citizen's answers, API bodies, free and full slots.

Places, services, networks and staff users are in tests/builders.py.
Appointments are made only through `booking.reservations.book`, the one way the
portal makes them.
"""

import itertools

from booking import reservations
from booking.slots import free_slots

_phones = itertools.count(1)


def phone(n=None):
    """A distinct valid Greek mobile number in E.164 ("+306900000001")."""
    return f"+3069{next(_phones) if n is None else n:08d}"


def citizen(**overrides):
    """A citizen's cleaned answers, as `reservations.book(details=…)` takes them."""
    data = {
        "name": "Ελένη Παπαδάκη",
        "phone": phone(),
        "email": "",
        "language": "el",
        "interpreter_needed": False,
        "interpreter_language": "",
        "accessibility_needs": "",
        "note": "",
    }
    data.update(overrides)
    return data


def details(**overrides):
    """A citizen's cleaned answers with one fixed phone number (`citizen`)."""
    return citizen(**{"phone": "+306912345678", **overrides})


def api_body(slot_key, service, /, **overrides):
    """The JSON of POST /api/v1/bookings for `slot_key`, with valid answers."""
    body = {
        "slot": slot_key,
        "service": service.pk,
        "name": "Ελένη Παπαδάκη",
        "phone": "69 1234 5678",
        "language": "el",
        "consent": True,
    }
    body.update(overrides)
    return body


def fill(service, slot_key, count):
    """Book `slot_key` `count` times, each for another phone number; the appointments."""
    return [
        reservations.book(service=service, slot_key=slot_key, details=citizen())[0]
        for _ in range(count)
    ]


def first_free(service, place=None):
    """The earliest free slot of `service` (at `place`, a BranchPage or Stop)."""
    places = [place.place_id] if place is not None else None
    return free_slots(service, places=places)[0]
