"""Completed home visits are people served in the public figures, counted once.

The clock stands at Monday 11 January 2027, 09:00 Athens (tests/clock.py):
"yesterday" is 10 January, the 30 days 12 December 2026 … 10 January 2027.
"""

import pytest

from booking.choices import Status
from booking.models import Appointment
from figures import compute, sources
from home_visits import figures_source
from tests.figures.builders import ATTENDED, at, past_appointments
from tests.home_visits import builders as hb

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clock")]


@pytest.fixture
def visits(bookable, settings):
    settings.FIGURES_START_DATE = "2026-11-01"
    team = hb.team()
    service = team.service
    rows = [
        (at("2026-11-20"), ATTENDED),  # total only
        (at("2026-12-15"), ATTENDED),  # in the 30 days
        (at("2027-01-08"), ATTENDED),  # in the 30 days
        (at("2027-01-09"), Status.NO_SHOW),  # nobody at home: not served
        (at("2027-01-11", 8), ATTENDED),  # today: not yet counted
        (at("2026-10-30"), ATTENDED),  # before the start date
    ]
    past_appointments([(service, team, start, status) for start, status in rows])
    for appointment in Appointment.objects.filter(home_team=team):
        request = hb.visit_request(team)
        request.appointment = appointment
        request.save()
    past_appointments([(bookable["service"], bookable["branch"], at("2027-01-05"), ATTENDED)])
    return {**bookable, "team": team}


def test_completed_home_visits_count_in_the_network_once(visits):
    assert figures_source.NAME in {source.name for source in sources.registered()}
    network = compute.compute(None)
    # 3 completed visits since the start date + 1 appointment at the branch.
    assert network.total == 4
    assert network.last_30_days == 3
    assert dict(network.top_services) == {visits["team"].service.pk: 3, visits["service"].pk: 1}


def test_a_home_visit_is_never_counted_under_a_public_place(visits):
    assert compute.compute(visits["branch"]).total == 1
    assert compute.compute(visits["stop"]).total == 0
    assert compute.compute(visits["unit"]).total == 0
