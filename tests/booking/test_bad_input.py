"""Dates outside the supported window (portal/dates.py) in the booking flow, the API and moves.

A slot key in year 9999 (`…@99991231T2359Z`) overflowed when turned into
Athens time: a 500 on the details step, the API and the move page. Now
every key outside the window is simply not a slot: the citizen is sent back
to choose a time, the API names the field. The clock is pinned (conftest)
to Monday 11 January 2027, 09:00 in Athens.
"""

import time
from types import SimpleNamespace

import pytest

from booking import reservations
from booking.models import Appointment
from booking.slots import find_slot, parse_slot_key
from tests.api_schema import call
from tests.booking import builders as bb
from tests.booking.api_steps import AVAILABILITY, BOOKINGS

pytestmark = pytest.mark.django_db


@pytest.fixture
def net(bookable):
    window = bookable["branch"].schedules.first()
    return SimpleNamespace(**bookable, window=window.uid_key)


def far_keys(window):
    return [
        f"{window}@99991231T2359Z",
        f"{window}@99991231T2200Z",
        f"{window}@00010101T0000Z",
        f"{window}@21000101T0900Z",
        f"{window}@20250101T0900Z",  # two years back: well-formed, outside the window
    ]


def test_keys_outside_the_window_are_not_slots(net):
    for key in far_keys(net.window):
        assert parse_slot_key(key) is None, key
        assert find_slot(net.service, key) is None, key
    inside = bb.first_free(net.service, net.branch).key
    assert parse_slot_key(inside) is not None


def test_the_details_step_sends_a_far_key_back_to_the_time_step(client, net):
    for key in far_keys(net.window):
        response = client.get(
            "/en/booking/details/",
            {"service": net.service.pk, "place": net.branch.place_id, "slot": key},
            follow=True,
        )

        assert response.status_code == 200
        assert response.redirect_chain[-1][0].startswith("/en/booking/time/")
        assert "That time is no longer free. Please choose another one." in (
            response.content.decode()
        )


def test_the_api_names_the_slot_field_for_a_far_key(client, openapi, net):
    body = bb.api_body(f"{net.window}@99991231T2359Z", net.service)

    answer = call(client, openapi, "post", "/en" + BOOKINGS, BOOKINGS, status=422, body=body)

    assert list(answer["errors"]) == ["slot"]
    assert Appointment.objects.count() == 0


def test_moving_to_a_far_key_is_slot_unavailable(net):
    slot = bb.first_free(net.service, net.branch)
    appointment, _token = reservations.book(
        service=net.service, slot_key=slot.key, details=bb.citizen()
    )

    for key in far_keys(net.window):
        with pytest.raises(reservations.SlotUnavailable):
            reservations.reschedule(appointment, key)

    appointment.refresh_from_db()
    assert appointment.start == slot.start


@pytest.mark.parametrize(
    ("query", "fields"),
    [
        ("from=9999-12-31&to=9999-12-31", ["from", "to"]),
        ("from=0001-01-01", ["from"]),
        ("to=2031-01-01", ["to"]),
    ],
)
def test_availability_refuses_dates_outside_the_window(client, openapi, net, query, fields):
    started = time.perf_counter()
    body = call(
        client,
        openapi,
        "get",
        f"/en{AVAILABILITY}?service={net.service.pk}&{query}",
        AVAILABILITY,
        status=422,
    )

    assert time.perf_counter() - started < 1
    assert sorted(body["errors"]) == fields
    assert body["errors"][fields[0]] == ["Choose a date between 2026-01-10 and 2029-01-12."]
