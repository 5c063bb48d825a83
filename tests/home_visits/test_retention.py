"""A request's personal data goes on the appointments' schedule (BOOKING_RETENTION_DAYS),
through the one retention job (`booking.retention.anonymise_due`)."""

import datetime

import pytest

from booking import retention as booking_retention
from booking.tasks import housekeeping
from home_visits import requests
from home_visits.choices import RequestStatus
from tests.home_visits import builders as hb

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def team(home, clock):
    return hb.team(capacity=3)


def test_a_visit_90_days_past_loses_the_address_with_the_appointment(team, admin_user, clock):
    visit = hb.visit_request(team, requester_name="Γιάννης", email="a@example.org")
    appointment = requests.schedule(visit, requests.free_slots(visit)[0].key, admin_user)

    clock.move_to(appointment.end + 89 * DAY)
    assert booking_retention.anonymise_due() == 0
    visit.refresh_from_db()
    assert visit.address == hb.ADDRESS

    clock.move_to(appointment.end + 91 * DAY)
    assert booking_retention.anonymise_due() == 1  # the appointment, its request with it

    visit.refresh_from_db()
    appointment.refresh_from_db()
    assert visit.anonymised_at is not None and appointment.anonymised_at is not None
    for field in ("name", "phone", "email", "address", "postal_code", "requester_name"):
        assert getattr(visit, field) == "", field
    assert visit.community_id and visit.reason == "age"  # what the figures need stays
    assert visit.status == RequestStatus.SCHEDULED


def test_a_declined_request_is_emptied_90_days_after_the_decision(team, admin_user, clock):
    visit = hb.visit_request(team)
    requests.decline(visit, "Δεν εξυπηρετούμε αυτή την περιοχή.", admin_user)
    waiting = hb.visit_request(team)

    clock.shift(91 * DAY)
    result = housekeeping.call()

    assert result["home_visits_anonymised"] == 1
    visit.refresh_from_db()
    waiting.refresh_from_db()
    assert visit.address == "" and visit.decline_reason == "" and visit.phone == ""
    assert waiting.address == hb.ADDRESS  # still waiting for an answer: kept


def test_erasing_the_appointments_data_takes_the_address_along_at_once(team, admin_user):
    visit = hb.visit_request(team)
    other = hb.visit_request(team)
    appointment = requests.schedule(visit, requests.free_slots(visit)[0].key, admin_user)

    booking_retention.anonymise(type(appointment).objects.filter(pk=appointment.pk))

    visit.refresh_from_db()
    other.refresh_from_db()
    assert other.address == hb.ADDRESS
    assert visit.address == "" and visit.anonymised_at is not None
