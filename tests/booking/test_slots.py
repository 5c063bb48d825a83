"""Free slots: derived from occurrences and the appointment length, bounded in queries."""

import datetime

from django.test import override_settings

import pytest

from booking import reservations
from booking.models import SlotUsage
from booking.slots import free_slots, parse_slot_key, slot_key
from services_catalog.schedules import ATHENS
from tests import builders as b
from tests.booking.builders import details
from tests.clock import NOW

D = datetime.date


def at(day, hour, minute=0):
    return datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=ATHENS)


def starts(slots, place=None):
    return [s.start for s in slots if place is None or s.place_id == place.place_id]


def test_slots_cut_each_occurrence_into_the_appointment_length(bookable):
    stop, service = bookable["stop"], bookable["service"]

    slots = free_slots(service, places=[stop.place_id], start=D(2027, 1, 19), end=D(2027, 1, 19))

    # Third Tuesday, 10:00–13:30, 30 minutes each: seven slots, the last at 13:00.
    assert starts(slots) == [
        at(D(2027, 1, 19), 10) + datetime.timedelta(minutes=30 * i) for i in range(7)
    ]
    assert all(s.end - s.start == datetime.timedelta(minutes=30) for s in slots)
    assert {s.remaining for s in slots} == {1}


def test_a_longer_service_gets_fewer_slots_that_fit_whole(bookable):
    stop = bookable["stop"]
    long_service = b.service(
        "Οικογενειακή συμβουλευτική", units=[bookable["unit"]], appointment_minutes=60
    )

    slots = free_slots(
        long_service, places=[stop.place_id], start=D(2027, 1, 19), end=D(2027, 1, 19)
    )

    assert [s.start.time() for s in slots] == [
        datetime.time(10),
        datetime.time(11),
        datetime.time(12),
    ]


def test_never_in_the_past_nor_within_the_minimum_notice_nor_beyond_the_horizon(bookable):
    branch, service = bookable["branch"], bookable["service"]

    slots = free_slots(service, places=[branch.place_id])

    # Now is Monday 11 January 09:00; two hours' notice makes 11:00 the first.
    assert slots[0].start == at(D(2027, 1, 11), 11)
    assert max(s.start for s in slots) <= NOW + datetime.timedelta(days=56)
    assert max(s.start for s in slots).date() >= D(2027, 3, 5)


@override_settings(BOOKING_MIN_NOTICE_MINUTES=24 * 60, BOOKING_HORIZON_DAYS=7)
def test_notice_and_horizon_are_settings(bookable):
    slots = free_slots(bookable["service"], places=[bookable["branch"].place_id])

    assert slots[0].start == at(D(2027, 1, 12), 9)
    assert slots[-1].start.date() == D(2027, 1, 18)


def test_no_slots_on_public_holidays_or_cancelled_visits(bookable):
    branch, stop, service = bookable["branch"], bookable["stop"], bookable["service"]
    b.cancel(stop, D(2027, 1, 19))
    b.cancel(branch, D(2027, 1, 13))
    slots = free_slots(service)

    assert D(2027, 1, 19) not in {s.date for s in slots if s.place_id == stop.place_id}
    assert D(2027, 1, 13) not in {s.date for s in slots if s.place_id == branch.place_id}
    assert D(2027, 2, 2) in {s.date for s in slots if s.place_id == stop.place_id}


@override_settings(BOOKING_HORIZON_DAYS=80)
def test_public_holidays_have_no_slots(db, home, clock):
    branch = b.branch(rule="RRULE:FREQ=DAILY")
    service = b.service(branches=[branch], appointment_minutes=60)

    dates = {s.date for s in free_slots(service)}

    # Clean Monday 2027 is 15 March; 25 March is Independence Day.
    assert D(2027, 3, 15) not in dates
    assert D(2027, 3, 25) not in dates
    assert {D(2027, 3, 14), D(2027, 3, 16), D(2027, 3, 24)} <= dates


def test_a_full_slot_disappears_and_remaining_counts_down(bookable):
    branch, service = bookable["branch"], bookable["service"]
    first = free_slots(service, places=[branch.place_id])[0]
    assert first.remaining == 2

    reservations.book(service=service, slot_key=first.key, details=details(phone="+306912345601"))
    after_one = free_slots(service, places=[branch.place_id])[0]
    reservations.book(service=service, slot_key=first.key, details=details(phone="+306912345602"))
    after_two = free_slots(service, places=[branch.place_id])[0]

    assert after_one.key == first.key and after_one.remaining == 1
    assert after_two.start == first.start + datetime.timedelta(minutes=30)


def test_services_of_different_lengths_share_the_staff(bookable):
    """A 60-minute appointment at 10:00 holds a person until 11:00 for every service."""
    stop, unit, service = bookable["stop"], bookable["unit"], bookable["service"]
    long_service = b.service("Οικογενειακή συμβουλευτική", units=[unit], appointment_minutes=60)
    day = D(2027, 1, 19)
    long_slot = next(
        s for s in free_slots(long_service, places=[stop.place_id], start=day, end=day)
    )

    reservations.book(service=long_service, slot_key=long_slot.key, details=details())

    short = free_slots(service, places=[stop.place_id], start=day, end=day)
    assert [s.start.time() for s in short][:2] == [datetime.time(11), datetime.time(11, 30)]
    cells = SlotUsage.objects.filter(window_key=long_slot.window.uid_key, booked=1)
    assert cells.count() == 12  # twelve five-minute cells


def test_a_cancellation_frees_the_slot_again(bookable):
    stop, service = bookable["stop"], bookable["service"]
    slot = free_slots(service, places=[stop.place_id])[0]
    appointment, _token = reservations.book(service=service, slot_key=slot.key, details=details())
    assert slot.key not in {s.key for s in free_slots(service, places=[stop.place_id])}

    reservations.cancel(appointment)

    assert slot.key in {s.key for s in free_slots(service, places=[stop.place_id])}


def test_a_service_that_cannot_be_booked_has_no_slots(bookable):
    service = bookable["service"]
    service.bookable = False
    service.save()

    assert free_slots(service) == []


@pytest.mark.parametrize(
    "key",
    [
        "",
        "garbage",
        "stop-visit-1",
        "stop-visit-x@20270119T0800Z",
        "branch-schedule-1@2027-01-19",
        "page-5@20270119T0800Z",
        "stop-visit-1@20271319T0800Z",
        "stop-visit-1@20270119T0800Z" + "x" * 100,
    ],
)
def test_malformed_slot_keys_are_rejected(key):
    assert parse_slot_key(key) is None


def test_slot_keys_round_trip():
    start = datetime.datetime(2027, 7, 6, 10, 0, tzinfo=ATHENS)

    key = slot_key("stop-visit-7", start)

    assert key == "stop-visit-7@20270706T0700Z"
    assert parse_slot_key(key) == ("stop-visit-7", start.astimezone(datetime.UTC))


@pytest.mark.parametrize(("stops", "appointments"), [(3, 5), (15, 40)])
def test_query_count_does_not_grow_with_places_or_appointments(
    bookable, django_assert_max_num_queries, stops, appointments
):
    unit, service = bookable["unit"], bookable["service"]
    for n in range(stops):
        b.stop(unit, f"Στάση {n}", rule="RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR", capacity=3)
    slots = free_slots(service)
    for n in range(appointments):
        reservations.book(
            service=service, slot_key=slots[n * 3].key, details=details(phone=f"+3069123456{n:02d}")
        )

    with django_assert_max_num_queries(9):
        found = free_slots(service)

    assert len(found) > 100
