"""Every language's home page: lang, dir, translated chrome, hreflang; `/` redirects."""

import re

from django.utils import translation

import pytest

LANGUAGE_NAMES = {"el": "Ελληνικά", "en": "English", "ar": "العربيّة", "fa": "فارسی"}


def translated(lang, message):
    """The catalogue's translation, which must exist for every language but English."""
    with translation.override(lang):
        text = translation.gettext(message)
    assert lang == "en" or text != message, f"{message!r} is not translated into {lang}"
    return text


@pytest.mark.parametrize(
    ("lang", "direction"), [("el", "ltr"), ("en", "ltr"), ("ar", "rtl"), ("fa", "rtl")]
)
def test_home_page_has_language_direction_chrome_and_alternates(client, home, lang, direction):
    response = client.get(f"/{lang}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert translated(lang, "Skip to main content") in html
    assert translated(lang, "Contact us") in html
    for code in ("el", "en", "ar", "fa"):
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/">' in html
        # The switcher names each language in its own script.
        assert f'lang="{code}" hreflang="{code}"' in html
        assert LANGUAGE_NAMES[code] in html
    assert re.search(rf'href="/{lang}/"[^>]*aria-current="true"', html)


def test_home_title_is_translated(client, home):
    assert home.title_ar and home.title_ar != home.title_el
    assert f'<h1 id="page-title">{home.title_ar}</h1>' in client.get("/ar/").content.decode()
    assert f'<h1 id="page-title">{home.title_en}</h1>' in client.get("/en/").content.decode()


@pytest.mark.parametrize(
    ("headers", "cookies", "expected"),
    [
        ({}, {}, "/el/"),
        ({"HTTP_ACCEPT_LANGUAGE": "ar,en;q=0.5"}, {}, "/ar/"),
        ({"HTTP_ACCEPT_LANGUAGE": "fa-IR"}, {}, "/fa/"),
        ({"HTTP_ACCEPT_LANGUAGE": "de,fr;q=0.8"}, {}, "/el/"),
        ({"HTTP_ACCEPT_LANGUAGE": "ar"}, {"portal_language": "en"}, "/en/"),
    ],
)
def test_root_redirects_by_cookie_then_accept_language_then_greek(
    client, home, headers, cookies, expected
):
    for name, value in cookies.items():
        client.cookies[name] = value

    response = client.get("/", **headers)

    assert response.status_code == 302
    assert response["Location"] == expected
