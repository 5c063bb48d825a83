"""Booking while Redis is unreachable: every step answers, the booking itself
says "try again in a few minutes, or call us" with a 503, never a 500.

The rate limits count in the shared cache; a request that cannot be counted is
neither let through silently nor blamed on the citizen (see booking.ratelimits).
"""

import re

from django.test import override_settings

from wagtail.models import Site

import pytest

from booking.models import Appointment
from portal.models import SiteSettings
from tests.booking.builders import api_body, first_free
from tests.booking.flow_steps import ANSWERS, walk_to_details

pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture
def phone_number(home):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.phone = "210 123 4567"
    settings.save()
    return settings.phone


def up_to_the_check_page(client, lang, bookable):
    details_url = walk_to_details(client, lang, bookable)
    assert client.post(details_url, ANSWERS).status_code == 302
    assert client.post(f"/{lang}/booking/agreement/", {"consent": "on"}).status_code == 302
    check = client.get(f"/{lang}/booking/check/")
    assert check.status_code == 200
    return re.search(r'name="submission_id" value="([^"]+)"', check.content.decode()).group(1)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "Please try again in a few minutes, or call us"),
        ("el", "Δοκιμάστε ξανά σε λίγα λεπτά ή τηλεφωνήστε μας"),
    ],
)
def test_the_flow_answers_and_the_booking_is_a_translated_503(
    client, bookable, redis_down, phone_number, lang, words
):
    submission = up_to_the_check_page(client, lang, bookable)

    response = client.post(f"/{lang}/booking/check/", {"submission_id": submission})

    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    page = response.content.decode()
    assert words in page
    assert f'lang="{lang}"' in page
    assert 'href="tel:2101234567"' in page
    assert not Appointment.objects.exists()


def test_the_answers_are_kept_and_confirming_again_books_once_redis_is_back(
    client, bookable, redis_down
):
    submission = up_to_the_check_page(client, "en", bookable)
    assert client.post("/en/booking/check/", {"submission_id": submission}).status_code == 503

    with override_settings(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    ):
        again = client.post("/en/booking/check/", {"submission_id": submission})

    assert again["Location"] == "/en/booking/done/"
    appointment = Appointment.objects.get()
    assert appointment.name == ANSWERS["name"]


def test_the_api_answers_503_temporarily_unavailable(client, bookable, redis_down):
    service = bookable["service"]
    body = api_body(first_free(service).key, service)

    response = client.post(
        "/api/v1/bookings", body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )

    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert response.json() == {
        "detail": "We cannot take online bookings right now. Please try again in a few "
        "minutes, or call us: we will book the appointment with you.",
        "code": "temporarily_unavailable",
    }
    assert not Appointment.objects.exists()


def test_availability_and_the_calendar_of_free_times_answer_with_redis_down(
    client, bookable, redis_down
):
    service = bookable["service"]
    response = client.get(f"/api/v1/availability?service={service.pk}")
    assert response.status_code == 200
    assert response.json()["contents"]
