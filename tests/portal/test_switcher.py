"""The language switcher leads to the same page; translated slugs; Greek fallback."""

import re

import pytest

from tests.builders import make_content_page, paragraph

TITLES = {
    "el": "Νομική στήριξη",
    "en": "Legal support",
    "ar": "الدعم القانوني",
    "fa": "حمایت حقوقی",
}
SLUGS = {"el": "nomiki-stirixi", "en": "legal-support", "ar": "الدعم-القانوني", "fa": "حمایت-حقوقی"}
EXPECTED_URLS = {
    "el": "/el/nomiki-stirixi/",
    "en": "/en/legal-support/",
    "ar": "/ar/%D8%A7%D9%84%D8%AF%D8%B9%D9%85-%D8%A7%D9%84%D9%82%D8%A7%D9%86%D9%88%D9%86%D9%8A/",
    "fa": "/fa/%D8%AD%D9%85%D8%A7%DB%8C%D8%AA-%D8%AD%D9%82%D9%88%D9%82%DB%8C/",
}


@pytest.fixture
def legal_page(home):
    return make_content_page(
        home,
        slug=SLUGS,
        title=TITLES,
        intro={"el": "Δωρεάν νομική πληροφόρηση.", "en": "Free legal information."},
        body={"el": paragraph("<p>Κείμενο στα ελληνικά.</p>"), "ar": paragraph("<p>نص عربي.</p>")},
    )


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return dict(re.findall(r'<a href="([^"]+)" lang="(\w+)"', nav))


@pytest.mark.parametrize("lang", ["el", "en", "ar", "fa"])
def test_translated_slugs_resolve_to_the_page(client, legal_page, lang):
    response = client.get(EXPECTED_URLS[lang])

    assert response.status_code == 200
    assert f">{TITLES[lang]}</h1>" in response.content.decode()


def test_greek_slug_does_not_resolve_under_english_prefix(client, legal_page):
    assert client.get("/en/nomiki-stirixi/").status_code == 404


@pytest.mark.parametrize("lang", ["el", "en", "ar", "fa"])
def test_switcher_leads_to_the_same_page_in_every_language(client, legal_page, lang):
    html = client.get(EXPECTED_URLS[lang]).content.decode()

    links = switcher_links(html)

    assert links == {EXPECTED_URLS[code]: code for code in ("el", "en", "ar", "fa")}
    for code, url in EXPECTED_URLS.items():
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver{url}">' in html


def test_missing_translation_falls_back_to_greek_marked_lang_el(client, legal_page):
    html = client.get(EXPECTED_URLS["fa"]).content.decode()

    # No Farsi intro or body: the Greek text is shown, marked for screen readers.
    assert '<p class="lead" lang="el" dir="ltr">Δωρεάν νομική πληροφόρηση.</p>' in html
    assert re.search(
        r'<div class="stream" lang="el" dir="ltr">\s*<div class="rich-text">'
        r"<p>Κείμενο στα ελληνικά.</p>",
        html,
    )
    # The title is translated, so it carries no lang attribute of its own.
    assert f"<h1>{TITLES['fa']}</h1>" in html


def test_translated_text_is_not_marked_as_greek(client, legal_page):
    html = client.get(EXPECTED_URLS["ar"]).content.decode()

    assert re.search(r'<div class="stream">\s*<div class="rich-text"><p>نص عربي.</p>', html)
    assert '<p class="lead" lang="el" dir="ltr">Δωρεάν νομική πληροφόρηση.</p>' in html


def test_greek_fallback_on_ltr_page_has_no_dir_attribute(client, legal_page):
    html = client.get(EXPECTED_URLS["en"]).content.decode()

    assert '<div class="stream" lang="el">' in html
    assert '<p class="lead">Free legal information.</p>' in html


def test_switcher_on_search_page_keeps_the_query(client, home):
    html = client.get("/en/search/", {"q": "κέντρο"}).content.decode()

    links = switcher_links(html)

    assert links["/ar/search/?q=%CE%BA%CE%AD%CE%BD%CF%84%CF%81%CE%BF"] == "ar"


def test_switcher_on_a_missing_page_leads_to_each_home(client, home):
    response = client.get("/fa/no-such-page/")

    assert response.status_code == 404
    links = switcher_links(response.content.decode())
    assert set(links) == {"/el/", "/en/", "/ar/", "/fa/"}


def test_moving_a_page_keeps_every_language_url_working(client, legal_page, home):
    parent = make_content_page(
        home,
        slug={"el": "ypiresies", "en": "services", "ar": "الخدمات", "fa": "خدمات"},
        title={"el": "Υπηρεσίες", "en": "Services", "ar": "الخدمات", "fa": "خدمات"},
    )

    legal_page.move(parent, pos="last-child")

    assert client.get("/en/services/legal-support/").status_code == 200
    assert client.get("/el/ypiresies/nomiki-stirixi/").status_code == 200
    ar = client.get(
        EXPECTED_URLS["ar"].replace("/ar/", "/ar/%D8%A7%D9%84%D8%AE%D8%AF%D9%85%D8%A7%D8%AA/")
    )
    assert ar.status_code == 200
