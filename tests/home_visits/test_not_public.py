"""A home-visit team is staff capacity and a citizen's address is personal data: neither
appears on any public page, feed or API answer, in any language.

A network with a branch and a van (the `bookable` network) plus a team whose
service is also bookable online at the branch; one request scheduled, one
waiting. Every public door is asked, and none names the address, the team or
its window.
"""

import datetime

import pytest

from booking import notifications
from booking.models import Appointment
from home_visits import requests
from tests import builders as b
from tests.home_visits import builders as hb

pytestmark = pytest.mark.django_db

ADDRESS = "Οδός Κρυφή 99"


@pytest.fixture
def world(bookable, admin_user):
    service = bookable["service"]
    team = hb.team("Ομάδα Μυστική", service=service)
    scheduled = hb.visit_request(team, address=ADDRESS)
    requests.schedule(scheduled, requests.free_slots(scheduled)[0].key, admin_user)
    hb.visit_request(team, address=ADDRESS + "Α")
    return {**bookable, "team": team, "appointment": Appointment.objects.get(home_team=team)}


def public_addresses(world):
    service, team, unit = world["service"], world["team"], world["unit"]
    start = datetime.date(2027, 1, 11)
    end = start + datetime.timedelta(days=50)
    window = f"from={start}&to={end}"
    addresses = [
        "/api/v1/services",
        "/api/v1/locations",
        f"/api/v1/occurrences?{window}",
        f"/api/v1/occurrences?{window}&location={team.place_id}",
        f"/api/v1/occurrences?{window}&service={service.pk}",
        f"/api/v1/availability?service={service.pk}&{window}",
        f"/api/v1/availability?service={service.pk}&location={team.place_id}&{window}",
        "/sitemap.xml",
    ]
    for language in ("el", "en", "ar", "fa"):
        addresses += [
            f"/{language}/",
            b.url(service, language),
            f"/{language}/booking/place/?service={service.pk}",
            f"/{language}/booking/time/?service={service.pk}&place={team.place_id}",
            f"/{language}/ical/mobile-units.ics",
            f"/{language}/ical/mobile-units/{unit.pk}.ics",
            f"/{language}/ical/branches/{world['branch'].pk}.ics",
            f"/{language}/search/?q=Μυστική",
            f"/{language}/search/?q=Κρυφή",
        ]
    return addresses


def test_no_public_door_shows_the_team_its_window_or_an_address(client, world):
    team = world["team"]
    secrets = [ADDRESS, team.name, team.place_id, "home-visit-window", "Home-visit team"]
    for address in public_addresses(world):
        response = client.get(address, follow=True)
        assert response.status_code < 500, address
        body = response.content.decode()
        for secret in secrets:
            assert secret not in body, (address, secret)


def test_the_public_booking_flow_refuses_the_teams_place(client, world):
    team = world["team"]
    response = client.get(f"/en/booking/time/?service={world['service'].pk}&place={team.place_id}")
    # Sent back to choose a place: the team is no place of the public flow.
    assert response.status_code == 302
    assert team.place_id not in response["Location"]


def test_the_api_knows_the_team_as_no_location(client, world):
    team = world["team"]
    service = world["service"]
    response = client.get(
        f"/api/v1/availability?service={service.pk}&location={team.place_id}"
        "&from=2027-01-11&to=2027-02-20"
    )
    assert response.status_code in (400, 404, 422)
    body = client.post(
        "/api/v1/bookings",
        {
            "slot": f"home-visit-window-{team.windows.first().pk}@20270112T0800Z",
            "service": service.pk,
            "name": "Κάποιος",
            "phone": "6912345000",
            "language": "el",
            "consent": True,
        },
        content_type="application/json",
    )
    assert body.status_code == 409
    assert Appointment.objects.filter(home_team=team).count() == 1


def test_the_citizens_own_messages_say_at_home_never_the_address(client, world, mailoutbox):
    appointment = world["appointment"]
    appointment.email = "citizen@example.org"
    appointment.save()
    notifications.send(appointment, "reminder")
    [mail] = mailoutbox
    assert ADDRESS not in mail.body
    assert "Στο σπίτι σας" in mail.body
