"""The public request form at /<lang>/home-visit/: four languages, no JavaScript,
bad input answered with clear translated messages, nothing lost, never a 500."""

import re

from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation

import pytest

from home_visits.choices import RequestStatus
from home_visits.models import HomeVisitRequest
from tests import builders as b
from tests.booking.api_steps import unused_address
from tests.home_visits import builders as hb

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(home, clock):
    return hb.team()


def form_url(language):
    with translation.override(language):
        return reverse("home_visits:request")


def answers(team, **overrides):
    data = {
        "requested_by": "self",
        "name": "Ευτυχία Ραφαηλίδη",
        "phone": "691 234 5678",
        "language": "el",
        "reason": "disability",
        "address": "Οδός Ζήνωνος 17",
        "postal_code": "185 36",
        "community": str(team.communities.first().pk),
        "best_days": ["tue", "thu"],
        "consent": "on",
    }
    data.update(overrides)
    return data


def errors(html):
    return re.findall(r'class="field-error"[^>]*>(.*?)</p>', html, re.S)


def test_the_form_opens_in_greek_with_the_teams_communities(client, team):
    response = client.get(form_url("el"))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="el" dir="ltr"' in html
    assert "Ζητήστε επίσκεψη στο σπίτι" in html
    assert team.communities.first().name in html
    assert response["Cache-Control"].startswith("no-store")


def test_a_greek_request_is_stored_and_its_reference_shown(client, team):
    response = client.post(form_url("el"), answers(team))

    assert response.status_code == 302
    stored = HomeVisitRequest.objects.get()
    assert stored.status == RequestStatus.WAITING
    assert stored.team == team
    assert stored.phone == "+306912345678"
    assert stored.best_days == "tue,thu"
    assert stored.address == "Οδός Ζήνωνος 17"
    page = client.get(response["Location"]).content.decode()
    assert stored.display_reference in page
    assert "Λάβαμε το αίτημά σας" in page


def test_greek_bad_input_is_explained_per_field_and_nothing_typed_is_lost(client, team):
    response = client.post(
        form_url("el"),
        answers(team, phone="12", address="17", community="999999", consent=""),
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert not HomeVisitRequest.objects.exists()
    found = " ".join(errors(html))
    assert "Γράψτε την οδό και τον αριθμό." in found
    assert "Επιλέξτε μία από τις κοινότητες της λίστας." in found
    assert "Μπορούμε να οργανώσουμε την επίσκεψη μόνο αν συμφωνείτε." in found
    assert len(errors(html)) == 4  # the phone's too
    assert 'value="Ευτυχία Ραφαηλίδη"' in html  # what was typed stays
    assert re.search(r'value="tue"[^>]*checked', html)


def test_arabic_form_is_right_to_left_with_arabic_errors(client, team):
    response = client.post(
        form_url("ar"),
        answers(team, language="ar", requested_by="partner", name="", phone="abc"),
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl"' in html
    assert not HomeVisitRequest.objects.exists()
    found = " ".join(errors(html))
    assert "يُرجى أن تكتب لنا اسمك أيضًا." in found  # who asks for a client
    assert "يُرجى أن تكتب لنا اسم الخدمة التي تعمل فيها." in found
    assert len(errors(html)) == 4  # and the name and phone of the person to visit


def test_an_arabic_request_keeps_its_language_and_shows_the_address_isolated(client, team):
    response = client.post(form_url("ar"), answers(team, language="ar", reason="caring"))

    stored = HomeVisitRequest.objects.get()
    assert stored.language == "ar" and stored.reason == "caring"
    page = client.get(response["Location"]).content.decode()
    assert '<html lang="ar" dir="rtl"' in page
    # The Greek street name is isolated left-to-right inside the Arabic page.
    assert '<bdi dir="ltr" lang="el">Οδός Ζήνωνος 17</bdi>' in page


@pytest.mark.parametrize(
    "hostile",
    [
        {"community": "abc"},
        {"community": "9" * 40},
        {"best_days": ["sun", "x" * 300]},
        {"name": "\x00\u202e"},
        {"requested_by": "robot"},
        {"reason": ""},
        {"address": "x" * 5000},
        {"email": "not-an-address"},
    ],
)
def test_hostile_input_never_fails(client, team, hostile):
    response = client.post(form_url("fa"), answers(team, **hostile))
    assert response.status_code == 200
    assert errors(response.content.decode())
    assert not HomeVisitRequest.objects.exists()


def test_a_bot_filling_the_hidden_field_stores_nothing(client, team):
    response = client.post(form_url("el"), answers(team, website="http://spam"))
    assert response.status_code == 302
    assert not HomeVisitRequest.objects.exists()


@override_settings(HOME_VISIT_RATE_PER_IP="2/h")
def test_too_many_requests_from_one_address_are_refused_with_the_form_kept(team):
    client = Client(REMOTE_ADDR=unused_address())  # Redis keeps counts between runs
    for _ in range(2):
        assert client.post(form_url("en"), answers(team)).status_code == 302
    response = client.post(form_url("en"), answers(team, name="Third Person"))

    html = response.content.decode()
    assert response.status_code == 429
    assert "many requests from this connection" in html
    assert 'value="Third Person"' in html
    assert HomeVisitRequest.objects.count() == 2


def test_without_a_team_the_form_says_to_call(client, home, clock):
    b.community()
    html = client.get(form_url("en")).content.decode()
    assert "cannot be requested online at the moment" in html
    assert 'name="address"' not in html


def test_the_home_page_and_a_home_visit_service_link_to_the_form(client, team):
    offered = b.service("Στήριξη στο σπίτι", home_visit=True, by_phone=True)
    home_html = client.get("/fa/").content.decode()
    service_html = client.get(b.url(offered, "el")).content.decode()

    assert f'href="{form_url("fa")}"' in home_html
    assert "دیدار در خانه را درخواست کنید" in home_html
    assert f'<a href="{form_url("el")}">Επίσκεψη στο σπίτι, αν το ζητήσετε</a>' in service_html


def test_without_the_shared_cache_the_form_comes_back_filled_in_with_a_503(
    client, team, redis_down
):
    response = client.post(form_url("en"), answers(team, name="Keep Me"))

    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"]
    assert "cannot take requests online right now" in html
    assert 'value="Keep Me"' in html
    assert not HomeVisitRequest.objects.exists()
