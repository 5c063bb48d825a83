"""Branded 400 and 403 pages in the page's language; JSON errors under /api/."""

import json

from django.core.exceptions import PermissionDenied
from django.test import Client, override_settings
from django.urls import path
from django.utils import translation

import pytest

from portal.urls import (  # noqa: F401 (the handlers are looked up in this module)
    handler400,
    handler403,
    handler404,
    handler500,
)
from portal.urls import urlpatterns as site_urls


def forbidden_view(request, lang):
    raise PermissionDenied


def broken_api_view(request):
    raise RuntimeError("a deliberate failure")


urlpatterns = [
    path("<str:lang>/forbidden/", forbidden_view),
    path("api/v1/boom", broken_api_view),
    *site_urls,
]
HERE = override_settings(ROOT_URLCONF=__name__)


def gettext_in(lang, message):
    with translation.override(lang):
        return translation.gettext(message)


@pytest.mark.parametrize(("lang", "direction"), [("el", "ltr"), ("ar", "rtl"), ("fa", "rtl")])
@override_settings(ALLOWED_HOSTS=["testserver"])
def test_a_bad_request_gets_a_branded_page_in_the_address_language(client, home, lang, direction):
    response = client.get(f"/{lang}/", HTTP_HOST="attacker.example")

    assert response.status_code == 400
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert gettext_in(lang, "We could not understand this request") in html
    assert f'href="/{lang}/"' in html


@pytest.mark.parametrize(("lang", "direction"), [("en", "ltr"), ("fa", "rtl")])
def test_a_forbidden_page_is_branded(home, lang, direction):
    with HERE:
        response = Client().get(f"/{lang}/forbidden/")

    assert response.status_code == 403
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert gettext_in(lang, "You cannot open this page") in html


@pytest.mark.parametrize(("lang", "direction"), [("el", "ltr"), ("ar", "rtl")])
def test_an_expired_form_says_so_and_how_to_send_it_again(home, lang, direction):
    browser = Client(enforce_csrf_checks=True)
    form_page = f"http://testserver/{lang}/booking/"

    response = browser.post(f"/{lang}/booking/details/", {"name": "Ελένη"}, HTTP_REFERER=form_page)

    assert response.status_code == 403
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert gettext_in(lang, "The form has expired") in html
    assert gettext_in(lang, "Back to the form") in html and f'href="{form_page}"' in html


def test_an_expired_form_links_back_only_to_this_site(home):
    browser = Client(enforce_csrf_checks=True)

    response = browser.post(
        "/en/booking/details/", {}, HTTP_REFERER="https://elsewhere.example/phish"
    )

    assert response.status_code == 403
    assert "elsewhere.example" not in response.content.decode()


def detail(response):
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    return json.loads(response.content)["detail"]


@pytest.mark.parametrize("prefix", ["", "/fa"])
def test_api_errors_are_json_with_a_translated_detail(client, home, prefix):
    lang = "fa" if prefix else "en"
    headers = {"HTTP_ACCEPT_LANGUAGE": "en"}

    missing = client.get(f"{prefix}/api/v1/no-such-thing/", **headers)
    wrong_method = client.put(f"{prefix}/api/v1/services", **headers)

    assert missing.status_code == 404
    assert detail(missing) == gettext_in(lang, "Not found.")
    assert wrong_method.status_code == 405
    assert detail(wrong_method) == gettext_in(lang, "This method is not allowed here.")
    assert "GET" in wrong_method["Allow"]


def test_an_api_failure_is_a_json_500(home):
    with HERE:
        response = Client(raise_request_exception=False).get(
            "/api/v1/boom", HTTP_ACCEPT_LANGUAGE="ar"
        )

    assert response.status_code == 500
    assert detail(response) == gettext_in(
        "ar", "Something went wrong on our side. Please try again later."
    )


@override_settings(ALLOWED_HOSTS=["testserver"])
def test_an_api_bad_request_is_json(client, home):
    response = client.get("/api/v1/services", HTTP_HOST="attacker.example")

    assert response.status_code == 400
    assert detail(response)


def test_api_errors_of_its_own_are_left_as_they_are(client, home):
    response = client.get("/api/v1/services/999999")

    assert response.status_code == 404
    assert detail(response) != gettext_in("el", "Not found.")
