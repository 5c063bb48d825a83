"""Scheduling a home visit: a slot of the team, under the booking invariant, never public.

The team's windows are staff capacity: `requests.schedule` books them through
`reservations.book` with the home-visit channel; the public flow, the API and
`free_slots` without `private` never see them.
"""

import pytest

from booking import reservations
from booking.choices import Channel, Status
from booking.models import Appointment, SlotUsage
from booking.slots import free_slots
from home_visits import requests
from home_visits.choices import RequestStatus
from services_catalog import places
from tests import builders as b
from tests.home_visits import builders as hb

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(home, clock):
    return hb.team(capacity=2)


def test_the_teams_free_times_are_its_windows_cut_into_visits(team):
    slots = requests.free_slots(hb.visit_request(team))
    # Monday 11 January 2027, 09:00: staff may schedule any visit not yet started.
    first = slots[0]
    assert first.place == team
    assert first.window.uid_key.startswith("home-visit-window-")
    assert (first.end - first.start).total_seconds() == 3600
    assert first.remaining == 2


def test_scheduling_books_an_appointment_at_home_and_marks_the_request(team, admin_user):
    visit = hb.visit_request(team)
    slot = requests.free_slots(visit)[0]

    appointment = requests.schedule(visit, slot.key, admin_user)

    visit.refresh_from_db()
    assert visit.status == RequestStatus.SCHEDULED
    assert visit.appointment == appointment
    assert visit.decided_by == admin_user
    assert appointment.home_team == team and appointment.branch is None and appointment.stop is None
    assert appointment.place == team
    assert appointment.place_id == f"home-{team.pk}"
    assert appointment.channel == Channel.HOME_VISIT
    assert appointment.phone == visit.phone
    assert appointment.created_by == admin_user


def test_the_teams_capacity_holds_a_third_visit_at_the_same_time_is_refused(team, admin_user):
    first, second, third = (hb.visit_request(team) for _ in range(3))
    slot = requests.free_slots(first)[0]
    requests.schedule(first, slot.key, admin_user)
    requests.schedule(second, slot.key, admin_user)

    with pytest.raises(reservations.SlotUnavailable) as refused:
        requests.schedule(third, slot.key, admin_user)

    assert slot.key not in [s.key for s in refused.value.alternatives]
    assert refused.value.alternatives  # the team's next free times
    third.refresh_from_db()
    assert third.status == RequestStatus.WAITING and third.appointment is None
    assert Appointment.objects.filter(window_key=slot.window.uid_key, start=slot.start).count() == 2
    assert set(
        SlotUsage.objects.filter(window_key=slot.window.uid_key).values_list("booked", flat=True)
    ) == {2}


def test_a_request_is_decided_once(team, admin_user):
    visit = hb.visit_request(team)
    slots = requests.free_slots(visit)
    requests.schedule(visit, slots[0].key, admin_user)
    with pytest.raises(requests.AlreadyDecided):
        requests.schedule(visit, slots[1].key, admin_user)
    with pytest.raises(requests.AlreadyDecided):
        requests.decline(visit, "—", admin_user)
    assert Appointment.objects.filter(home_team=team, status=Status.BOOKED).count() == 1


def test_the_public_never_gets_a_home_visit_slot(team):
    visit = hb.visit_request(team)
    slot = requests.free_slots(visit)[0]
    service = team.service
    service.bookable = True  # even a service citizens may book online elsewhere
    service.save()

    assert free_slots(service) == []
    assert free_slots(service, places=[team.place_id]) == []
    for channel in (Channel.WEB, Channel.API, Channel.PHONE):
        with pytest.raises(reservations.SlotUnavailable):
            reservations.book(
                service=service,
                slot_key=slot.key,
                details=hb.bb.citizen(),
                channel=channel,
            )
    assert not Appointment.objects.filter(home_team=team).exists()


def test_a_home_visit_is_not_moved_to_a_public_slot(team, admin_user, bookable):
    visit = hb.visit_request(team)
    appointment = requests.schedule(visit, requests.free_slots(visit)[0].key, admin_user)
    public = free_slots(bookable["service"])[0]
    with pytest.raises(reservations.NotBookable):
        reservations.reschedule(appointment, public.key)
    appointment.refresh_from_db()
    assert appointment.home_team == team


def test_no_team_for_the_community_is_refused(home):
    with pytest.raises(requests.NoTeam):
        requests.create(
            community=b.community("2i", "2η Δημοτική Κοινότητα"),
            name="Χ",
            phone="+306900000001",
            language="el",
            reason="age",
            address="Οδός 1",
        )


def test_the_team_is_a_place_kind_that_is_not_public(team):
    assert places.parse_place_id(team.place_id) == ("home", team.pk)
    assert places.PLACE_KINDS["home"].live().get() == team
    assert "home" not in places.public_kinds()
    assert places.load_place(team.place_id) is None
    assert not places.place_exists(team.place_id)
    window_key = team.windows.first().uid_key
    assert places.place_of_window(window_key) == team.place_id
