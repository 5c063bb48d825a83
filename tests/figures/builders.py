"""Builders of the figures tests: past appointments with a given status, walk-ins and calls.

Past appointments cannot be booked (`reservations.book` refuses the past),
so they are written as the regional data set writes them, through
`booking.bulk.bulk_book` (with the ledger rows booking would have left).
"""

import datetime
import itertools

from booking.bulk import bulk_book
from booking.choices import Status
from booking.models import Appointment
from figures.choices import ContactKind
from figures.models import ContactRecord
from services_catalog.places import appointment_place_fields
from services_catalog.schedules import ATHENS

_numbers = itertools.count(1)


def at(day, hour=10, minute=0):
    """An aware Athens instant on `day` ("2026-12-12")."""
    return datetime.datetime.combine(
        datetime.date.fromisoformat(day), datetime.time(hour, minute), tzinfo=ATHENS
    )


def past_appointments(rows):
    """Write appointments from (service, place, start, status) rows; returns how many."""
    appointments, capacities = [], {}
    for service, place, start, status in rows:
        window = place.windows.all()[0]
        capacities[window.uid_key] = 1000
        n = next(_numbers)
        appointments.append(
            Appointment(
                reference=f"FG{n:06d}",
                manage_token_hash=f"{n:064x}",
                service=service,
                **appointment_place_fields(place),
                window_key=window.uid_key,
                start=start,
                end=start + datetime.timedelta(minutes=30),
                status=status,
                name="",
                phone="",
                language="el",
                consent_at=start - datetime.timedelta(days=3),
            )
        )
    return bulk_book(appointments, capacities)


def contact(place, when, kind=ContactKind.WALK_IN, service=None):
    return ContactRecord.objects.create(
        kind=kind, service=service, recorded_at=when, **appointment_place_fields(place)
    )


ATTENDED = Status.ATTENDED
