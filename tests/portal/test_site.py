"""Site-wide pieces: sitemap, robots.txt, error pages, health check, footer."""

import re

from django.test import Client, RequestFactory, override_settings
from django.utils import translation

import pytest

from portal.views import server_error
from tests.builders import make_content_page

LANGUAGES = ("el", "en", "ar", "fa")


@pytest.fixture
def about(home):
    return make_content_page(
        home,
        slug={"el": "poioi-eimaste", "en": "about-us", "ar": "من-نحن", "fa": "درباره-ما"},
        title={"el": "Ποιοι είμαστε", "en": "About us", "ar": "من نحن", "fa": "درباره ما"},
    )


def test_sitemap_lists_every_language_url_with_alternates(client, about):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    xml = response.content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    for lang in LANGUAGES:
        assert f"http://testserver/{lang}/" in locations
    assert "http://testserver/el/poioi-eimaste/" in locations
    assert "http://testserver/en/about-us/" in locations
    assert "http://testserver/ar/%D9%85%D9%86-%D9%86%D8%AD%D9%86/" in locations
    assert (
        'hreflang="fa" href="http://testserver/fa/%D8%AF%D8%B1%D8%A8%D8%A7%D8%B1%D9%87-%D9%85%D8%A7/"'
        in xml
    )
    assert len(locations) == len(set(locations))


def test_sitemap_leaves_out_unpublished_pages(client, about):
    about.unpublish()

    xml = client.get("/sitemap.xml").content.decode()

    assert "poioi-eimaste" not in xml


def test_robots_txt_points_to_the_sitemap_and_keeps_admin_out(client, db):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


@pytest.mark.parametrize(("lang", "direction"), [("el", "ltr"), ("ar", "rtl"), ("fa", "rtl")])
def test_404_page_is_translated(client, home, lang, direction):
    response = client.get(f"/{lang}/den-yparchei/")

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html
    with translation.override(lang):
        heading = translation.gettext("Page not found")
    assert f"<h1>{heading}</h1>" in html


@pytest.mark.parametrize(("lang", "direction"), [("el", "ltr"), ("en", "ltr"), ("fa", "rtl")])
def test_500_page_is_translated_and_needs_no_database(lang, direction):
    # No `db` fixture: any database query here would raise.
    response = server_error(RequestFactory().get(f"/{lang}/anything/"))

    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html
    with translation.override(lang):
        assert translation.gettext("Something went wrong") in html
    assert f'href="/{lang}/"' in html


@override_settings(DEBUG=False)
def test_an_unhandled_error_answers_with_the_translated_500_page(db):
    client = Client(raise_request_exception=False)
    with override_settings(ROOT_URLCONF="tests.portal.error_urls"):
        response = client.get("/ar/boom/")

    assert response.status_code == 500
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


def test_healthz_checks_the_database(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"


def test_footer_shows_contact_details_from_site_settings(client, home):
    html = client.get("/ar/").content.decode()

    assert "مركز المجتمع البلدي" in html
    assert 'href="tel:2100000000"' in html
