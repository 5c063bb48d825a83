"""Free slots kept cheap: the cached grid, the ledger read in one query, the same answers.

`free_slots` keeps each process's grid of the schedules' slots (keyed by the
schedule generation) and reads what the ledger holds in one query, grouped
by slot in the database on PostgreSQL. These tests pin what that must not
change: the answers are those of the plain computation (every occurrence
cut into slots, every holding appointment counted cell by cell) with holds,
cancelled appointments, cancelled visits, extra dates and public holidays;
the number of queries does not grow with appointments or places; and a
saved schedule change is seen at once.
"""

import collections
import datetime

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from booking import reservations
from booking.models import Appointment, SlotUsage
from booking.slots import (
    bookable_range,
    find_slot,
    forget_grids,
    free_slots,
    grid_cells,
    lengths_for,
    nearest_free,
    places_for,
)
from services_catalog import schedules
from tests import builders as b
from tests.booking.builders import api_body, details

D = datetime.date


def reference_free_slots(service, *, places=None, exclude=None):
    """What free_slots answered before the grid: plain, slow and obviously right.

    Occurrences cut into the place's appointment length; a slot's remaining
    places are its window's capacity less the appointments holding its
    fullest grid cell, counted from the appointments themselves, not the ledger.
    """
    earliest, latest = bookable_range()
    first, last = timezone.localdate(earliest), timezone.localdate(latest)
    lengths = lengths_for(service, places)
    branches, stops = places_for(service, places)
    held = collections.Counter()
    for appointment in Appointment.objects.holding():
        if exclude is not None and appointment.pk == exclude.pk:
            continue
        for cell in grid_cells(appointment.start, appointment.end):
            held[(appointment.window_key, cell)] += 1
    found = []
    for occurrence in schedules.occurrences(
        first, last, branches=branches or None, stops=stops or None
    ):
        length = datetime.timedelta(minutes=lengths[occurrence.place.place_id])
        start = occurrence.start
        while start + length <= occurrence.end:
            if earliest <= start <= latest:
                key = occurrence.window.uid_key
                taken = max(held[(key, cell)] for cell in grid_cells(start, start + length))
                if taken < occurrence.window.capacity:
                    found.append(
                        (
                            start,
                            occurrence.place.kind,
                            occurrence.place.pk,
                            key,
                            start + length,
                            occurrence.window.capacity - taken,
                        )
                    )
            start += length
    found.sort(key=lambda row: row[:3])
    return found


def answers(slots):
    return [
        (s.start, s.place.kind, s.place.pk, s.window.uid_key, s.end, s.remaining) for s in slots
    ]


@pytest.fixture
def busy_network(bookable):
    """The small network with more stops, cancelled and extra dates, and appointments:
    some slots full, some half full, one cancelled, one overlapping from a longer service."""
    branch, unit, stop, service = (
        bookable["branch"],
        bookable["unit"],
        bookable["stop"],
        bookable["service"],
    )
    other = b.stop(unit, "Πλατεία Κλαυθμώνος", rule="RRULE:FREQ=WEEKLY;BYDAY=WE", capacity=2)
    b.cancel(branch, D(2027, 1, 13))
    b.cancel(other, D(2027, 1, 20))
    b.extra(branch, D(2027, 1, 16), start="10:00", end="12:00")  # a Saturday
    b.extra(branch, D(2027, 1, 14), start="16:00", end="18:00")  # an evening after its hours
    b.extra(stop, D(2027, 1, 28))  # the van on another day, its usual hours
    long_service = b.service("Οικογενειακή συμβουλευτική", units=[unit], appointment_minutes=60)
    slots = free_slots(service)
    phones = iter(range(10, 99))

    def book(offered, slot):
        return reservations.book(
            service=offered, slot_key=slot.key, details=details(phone=f"+3069123456{next(phones)}")
        )[0]

    for slot in slots[:40:3]:  # one each
        book(service, slot)
    full = slots[5]
    for _ in range(full.remaining):  # full
        book(service, full)
    cancelled = book(service, slots[7])
    reservations.cancel(cancelled, notify=False)
    long_slot = free_slots(long_service, places=[other.place_id])[1]
    book(long_service, long_slot)  # holds two of the short service's slots
    extra_evening = next(
        s for s in slots if s.start.date() == D(2027, 1, 14) and s.start.hour == 16
    )
    moved = book(service, extra_evening)
    return {**bookable, "other": other, "moved": moved, "long_service": long_service}


def test_free_slots_are_those_of_the_plain_computation(busy_network):
    service = busy_network["service"]

    assert answers(free_slots(service)) == reference_free_slots(service)
    for place in (busy_network["branch"], busy_network["stop"], busy_network["other"]):
        assert answers(free_slots(service, places=[place.place_id])) == reference_free_slots(
            service, places=[place.place_id]
        )
    long_service = busy_network["long_service"]
    assert answers(free_slots(long_service)) == reference_free_slots(long_service)


def test_the_grid_from_memory_gives_the_same_answers(busy_network):
    service = busy_network["service"]
    cold = answers(free_slots(service))

    warm = answers(free_slots(service))

    assert warm == cold == reference_free_slots(service)


def test_moving_an_appointment_counts_its_own_place_as_free(busy_network):
    service, moved = busy_network["service"], busy_network["moved"]

    assert answers(free_slots(service, exclude_appointment=moved)) == reference_free_slots(
        service, exclude=moved
    )


@override_settings(BOOKING_HORIZON_DAYS=80)
def test_public_holidays_stay_out(busy_network):
    service = busy_network["service"]
    found = free_slots(service)

    assert answers(found) == reference_free_slots(service)
    # Clean Monday 2027 (15 March) and Independence Day (25 March): the branch is closed.
    assert not {D(2027, 3, 15), D(2027, 3, 25)} & {s.date for s in found}


def test_find_slot_agrees_with_the_list(busy_network):
    service, branch = busy_network["service"], busy_network["branch"]
    listed = free_slots(service)
    for slot in listed[:30]:
        assert find_slot(service, slot.key) == slot
    window_key = branch.schedules.first().uid_key
    cancelled_day = f"{window_key}@20270113T0800Z"  # 10:00 in Athens, a cancelled day
    open_day = f"{window_key}@20270112T0800Z"

    assert find_slot(service, cancelled_day) is None
    assert find_slot(service, open_day) is not None


def _network(stops, appointments):
    """A van with `stops` stops (three visits a week each), and `appointments` booked."""
    unit = b.mobile_unit("Κινητή Μονάδα Φόρτου")
    for n in range(stops):
        b.stop(unit, f"Στάση {n}", rule="RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR", capacity=3)
    service = b.service("Υποδοχή", units=[unit], appointment_minutes=30)
    slots = free_slots(service)
    for n in range(appointments):
        reservations.book(
            service=service, slot_key=slots[n * 3].key, details=details(phone=f"+30691234{n:04d}")
        )
    return service


def _queries(func):
    with CaptureQueriesContext(connection) as queries:
        func()
    return len(queries)


def test_queries_do_not_grow_with_appointments_or_places(db, home, clock):
    small = _network(stops=2, appointments=4)
    large = _network(stops=6, appointments=12)
    forget_grids()

    cold = (_queries(lambda: free_slots(small)), _queries(lambda: free_slots(large)))
    warm = (_queries(lambda: free_slots(small)), _queries(lambda: free_slots(large)))

    assert cold[0] == cold[1]
    assert warm == (1, 1)  # the grid from memory: only the ledger is read
    assert _queries(lambda: nearest_free(large, timezone.now())) == 1
    assert SlotUsage.objects.filter(booked__gt=0).exists()


def test_booking_a_known_slot_reads_no_schedule(bookable):
    service = bookable["service"]
    slots = free_slots(service)

    with CaptureQueriesContext(connection) as queries:
        reservations.book(service=service, slot_key=slots[3].key, details=details())

    assert not [q["sql"] for q in queries if '"services_catalog_' in q["sql"]]


def test_a_saved_schedule_change_is_seen_at_once(bookable):
    branch, service = bookable["branch"], bookable["service"]
    before = free_slots(service, places=[branch.place_id])
    assert D(2027, 1, 15) in {s.date for s in before}

    b.cancel(branch, D(2027, 1, 15))
    window = branch.schedules.first()
    window.capacity = 5
    window.save()

    after = free_slots(service, places=[branch.place_id])
    assert D(2027, 1, 15) not in {s.date for s in after}
    assert {s.remaining for s in after} == {5}
    assert answers(after) == reference_free_slots(service, places=[branch.place_id])


def test_a_full_cell_refuses_the_booking_and_takes_nothing(bookable):
    branch, service = bookable["branch"], bookable["service"]
    slot = free_slots(service, places=[branch.place_id])[0]
    for n in range(slot.remaining):
        reservations.book(
            service=service, slot_key=slot.key, details=details(phone=f"+30691234560{n}")
        )
    ledger = list(SlotUsage.objects.order_by("window_key", "start").values_list("booked"))

    with pytest.raises(reservations.SlotUnavailable):
        reservations.book(
            service=service, slot_key=slot.key, details=details(phone="+306912345699")
        )

    assert list(SlotUsage.objects.order_by("window_key", "start").values_list("booked")) == ledger


def test_the_api_sees_a_service_closed_to_booking_at_once(client, bookable):
    """The API keeps service pages in memory too (`booking.api.requests.find_service`)."""
    service = bookable["service"]
    slots = free_slots(service)
    first = client.post(
        "/api/v1/bookings", api_body(slots[0].key, service), content_type="application/json"
    )
    assert first.status_code == 201

    service.bookable = False
    service.save()
    second = client.post(
        "/api/v1/bookings",
        api_body(slots[1].key, service, phone="69 1234 5679"),
        content_type="application/json",
    )

    assert second.status_code == 409
    assert second.json()["code"] == "not_bookable"
    assert free_slots(service) == []
