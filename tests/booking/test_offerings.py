"""Offerings: an appointment length per place, and one definition of "offered, live and public"."""

import datetime

from wagtail.models import PageViewRestriction

from booking import reservations
from booking.slots import free_slots
from services_catalog.models import MobileUnitPage, Offering
from services_catalog.schedules import ATHENS
from tests.booking.builders import citizen


def minutes(slot):
    return (slot.end - slot.start) // datetime.timedelta(minutes=1)


def test_slots_are_cut_by_the_places_own_length_else_the_services(bookable):
    service, branch, stop = bookable["service"], bookable["branch"], bookable["stop"]
    Offering.objects.filter(service=service, mobile_unit=bookable["unit"]).update(minutes=45)

    slots = free_slots(service)

    assert {minutes(s) for s in slots if s.place_id == branch.place_id} == {30}
    at_stop = [s for s in slots if s.place_id == stop.place_id]
    assert {minutes(s) for s in at_stop} == {45}
    # The van's window is 10:00–13:30: four 45-minute slots a visit (the last ends 13:00).
    first_day = [s for s in at_stop if s.date == at_stop[0].date]
    assert [s.start.astimezone(ATHENS).strftime("%H:%M") for s in first_day] == [
        "10:00",
        "10:45",
        "11:30",
        "12:15",
    ]


def test_a_booking_takes_the_places_length(bookable):
    service, stop = bookable["service"], bookable["stop"]
    Offering.objects.filter(service=service, mobile_unit=bookable["unit"]).update(minutes=60)
    slot = next(s for s in free_slots(service) if s.place_id == stop.place_id)

    appointment, _token = reservations.book(service=service, slot_key=slot.key, details=citizen())

    assert appointment.stop == stop
    assert appointment.end - appointment.start == datetime.timedelta(minutes=60)


def test_the_api_availability_shows_the_places_length(client, bookable):
    service, branch = bookable["service"], bookable["branch"]
    Offering.objects.filter(service=service, branch=branch).update(minutes=20)

    response = client.get(
        f"/en/api/v1/availability?service={service.pk}&location={branch.place_id}&per_page=3"
    )

    first = response.json()["contents"][0]
    assert response.status_code == 200
    # 09:00 now, two hours' notice: 11:00, in 20-minute steps.
    assert (first["start"], first["end"]) == (
        "2027-01-11T11:00:00+02:00",
        "2027-01-11T11:20:00+02:00",
    )


def test_a_private_or_unpublished_place_offers_nothing(bookable):
    service, unit, branch = bookable["service"], bookable["unit"], bookable["branch"]
    PageViewRestriction.objects.create(
        page=unit, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert {s.place_id for s in free_slots(service)} == {branch.place_id}
    assert set(Offering.objects.live().values_list("branch", "mobile_unit")) == {(branch.pk, None)}
    MobileUnitPage.objects.filter(pk=unit.pk).update(live=False)
    branch.unpublish()
    assert not Offering.objects.live().exists()
    assert free_slots(service) == []


def test_the_services_api_gives_each_places_length(client, bookable):
    service, branch, stop = bookable["service"], bookable["branch"], bookable["stop"]
    Offering.objects.filter(service=service, mobile_unit=bookable["unit"]).update(minutes=45)

    body = client.get(f"/en/api/v1/services/{service.pk}", follow=True).json()

    lengths = {
        at["location"]["external_identifier"]: at["appointment_minutes"]
        for at in body["service_at_locations"]
    }
    assert body["appointment_minutes"] == service.appointment_minutes == 30
    assert lengths[branch.place_id] == 30
    assert lengths[stop.place_id] == 45
