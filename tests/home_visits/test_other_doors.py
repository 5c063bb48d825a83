"""A home-visit team is a place, but a private one: the other doors into the centre
(call-backs, referrals, feedback) hold public places only, and meeting a team must
neither break them nor publish it. Found when the branches were merged."""

from django.urls import reverse

import pytest

from booking import reservations
from booking.choices import Status
from callbacks.models import CallbackRequest
from feedback.models import FeedbackInvitation
from home_visits import requests
from tests import builders as b
from tests.booking.staff_helpers import client_for
from tests.home_visits import builders as hb

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(home, clock):
    return hb.team(capacity=2)


def test_a_call_back_queue_filtered_by_a_teams_id_is_empty_not_an_error(team):
    CallbackRequest.objects.create(name="Ελένη", phone="+306912345678", language="el")
    desk = hb.staff("everywhere", all_places=True)

    response = client_for(desk).get(f"{reverse('callbacks_queue:index')}?place={team.place_id}")

    assert response.status_code == 200
    assert "Ελένη" not in response.content.decode()


def test_staff_of_a_team_and_a_branch_open_the_referrals(team):
    branch = b.branch()
    desk = b.staff_user("desk", groups=["Front desk"], branches=[branch])
    hb.give_teams(desk, [team])

    response = client_for(desk).get(reverse("referrals:index"))

    assert response.status_code == 200


def test_an_attended_home_visit_asks_for_no_public_rating(team, admin_user):
    visit = hb.visit_request(team, email="eleni@example.org")
    appointment = requests.schedule(visit, requests.free_slots(visit)[0].key, admin_user)

    reservations.set_status(appointment, Status.ATTENDED)

    appointment.refresh_from_db()
    assert appointment.status == Status.ATTENDED
    assert not FeedbackInvitation.objects.filter(appointment=appointment).exists()
