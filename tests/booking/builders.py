"""Shared builders of the booking tests: bookable places, a citizen's answers, full slots.

They build on the catalogue's builders (tests/services_catalog/builders.py)
and make appointments only through `booking.reservations.book`, the one way the
portal makes them.
"""

import itertools

from booking import reservations
from booking.slots import free_slots
from services_catalog.models import BranchSchedule
from tests.services_catalog import builders as b

EVERY_DAY = "RRULE:FREQ=DAILY"

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


def daily_branch_service(
    *, capacity=3, start="09:00", end="17:00", minutes=30, title="Κοινωνική υπηρεσία"
):
    """A branch open every day of the year (holidays too) and a bookable service there.

    Every day, so that a test on the real clock (a real server cannot be
    time-travelled) always finds slots within the horizon.
    """
    branch = b.branch(f"{title}: παράρτημα", rule=None, capacity=capacity, start=start, end=end)
    BranchSchedule.objects.create(
        branch=branch,
        **b.window_values(EVERY_DAY, start, end, capacity, open_on_public_holidays=True),
    )
    service = b.service(title, branches=[branch], appointment_minutes=minutes)
    return service, branch


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


def staff_user(
    username,
    *,
    groups=(),
    permissions=(),
    branches=None,
    units=None,
    all_places=False,
    superuser=False,
):
    """A staff user in `groups` (names) with extra `permissions` ("app.codename").

    With `all_places` the user gets a StaffAccess row for every place; with
    `branches` or `units` (even empty lists) a row for only those places;
    with none of them no row, and so no place (permissions fail closed).
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    from booking.models import StaffAccess

    model = get_user_model()
    if superuser:
        return model.objects.create_superuser(username, f"{username}@example.org", "pw")
    user = model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.set(Group.objects.filter(name__in=groups))
    for name in permissions:
        app_label, codename = name.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    if all_places or branches is not None or units is not None:
        access = StaffAccess.objects.create(user=user, all_places=all_places)
        access.branches.set(branches or [])
        access.mobile_units.set(units or [])
        access.save()
    return user
