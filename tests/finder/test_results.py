"""The results page: helplines first on danger, live services only, the map beside the list,
near-me without another host, bad addresses answered clearly."""

import re

from django.test import override_settings

import pytest

from tests.finder.world import soup
from tests.helpers import as_if_committed

RESULTS = "/{lang}/finder/results/?who=me&topic={topic}&where={where}"


def results(client, lang="el", topic="money", where="limani"):
    response = client.get(RESULTS.format(lang=lang, topic=topic, where=where))
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("lang", ["el", "ar"])
def test_danger_answer_shows_the_helplines_first(client, world, lang):
    html = results(client, lang, topic="violence").content.decode()
    main = html.split('<main id="main"', 1)[1]
    helplines = main.index("finder-helplines")
    assert helplines < main.index("<h1") < main.index("finder-service")
    for number in ("15900", "1056", "112"):
        assert f'href="tel:{number}"' in main
    # Tap-to-call links are isolated left to right (portal_bidi.phone_link).
    assert '<bdi dir="ltr" class="nowrap"><a href="tel:15900">15900</a></bdi>' in main


def test_danger_answer_shows_the_helplines_on_the_next_step_at_once(client, world):
    html = client.get("/el/finder/where/?who=me&topic=violence").content.decode()
    main = html.split('<main id="main"', 1)[1]
    assert main.index("finder-helplines") < main.index("<fieldset")
    calm = client.get("/el/finder/where/?who=me&topic=money").content.decode()
    assert "finder-helplines" not in calm


def test_an_unpublished_service_drops_out(client, world):
    page = soup(results(client, topic="violence"))
    titles = [c.h3.get_text(strip=True) for c in page.select("li.finder-service")]
    assert titles == ["Στήριξη για την ενδοοικογενειακή βία", "Ψυχολογική στήριξη"]
    world.violence.unpublish()
    page = soup(results(client, topic="violence"))
    titles = [c.h3.get_text(strip=True) for c in page.select("li.finder-service")]
    assert titles == ["Ψυχολογική στήριξη"]


def test_nothing_found_says_so_and_offers_a_phone(client, world):
    world.benefits.unpublish()
    html = results(client, topic="money").content.decode()
    assert "finder-service" not in html
    assert 'href="tel:2100000000"' in html


def test_places_are_listed_nearest_first_beside_a_server_drawn_map(client, world):
    response = results(client, topic="violence", where="limani")
    page = soup(response)
    places = page.select("ol.finder-places > li")
    names = [li.select_one("a").get_text(" ", strip=True) for li in places]
    # Psychological support is at the branch and at the van's stop: the stop is in "limani".
    assert names[0].startswith("Πλατεία Λιμανιού")
    assert names[1].startswith("Κεντρική δομή")
    assert places[0]["data-lat"] == "37.940000" and places[0]["data-lon"] == "23.640000"
    distances = [li.select_one("[data-finder-distance]").get_text(strip=True) for li in places]
    assert distances[0] == "(0,0 χλμ.)"  # the only place in that community is its centre
    assert re.fullmatch(r"\(\d+,\d χλμ\.\)", distances[1])
    svg = page.select_one("figure.finder-map svg")
    assert svg["role"] == "img" and svg.title.get_text(strip=True)
    numbers = [t.get_text() for t in svg.select(".finder-map__place text")]
    assert numbers == ["1", "2"]
    assert [li.select_one(".finder-place__number").get_text() for li in places] == ["1", "2"]
    assert svg.select_one(".finder-map__origin")  # the community's centre
    # Nothing from another host: no external src or href in the map, no inline script.
    html = response.content.decode()
    assert "http" not in str(svg)
    assert not re.search(
        r"<script(?![^>]*\bsrc=)[^>]*>", html.replace('type="application/ld+json"', "")
    )
    assert '<script src="/static/finder/js/near-me.js" defer></script>' in html


def test_without_a_community_the_soonest_opening_comes_first(client, world):
    page = soup(client.get("/el/finder/results/?topic=violence&where=unknown"))
    names = [
        li.select_one("a").get_text(" ", strip=True) for li in page.select("ol.finder-places > li")
    ]
    assert names[0].startswith("Κεντρική δομή")  # open now; the van comes on the 19th
    assert not page.select_one(".finder-map__origin")


def test_results_allow_the_location_only_to_this_site(client, world):
    response = results(client)
    policy = response["Permissions-Policy"]
    assert "geolocation=(self)" in policy and "camera=()" in policy
    other = client.get("/el/finder/")
    assert "geolocation=()" in other["Permissions-Policy"]


@pytest.mark.parametrize(
    "address",
    [
        "/el/finder/results/?topic=no-such-answer",
        "/ar/finder/where/?who=nobody",
        "/fa/finder/results/?where=atlantis",
        "/el/finder/done/?lang=xx",
        "/el/finder/topic/?who=" + "a" * 5000,
        "/el/finder/results/?who=%00",
        "/el/finder/open/?service=abc",
        "/el/finder/open/?service=999999999",
    ],
)
def test_unknown_answers_get_a_clear_page_not_a_500(client, world, address):
    response = client.get(address)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="button button--primary" href="/' in html and "/finder/" in html


def test_an_unknown_step_is_a_404(client, world):
    assert client.get("/el/finder/nowhere/").status_code == 404


def test_finder_pages_are_cached_and_set_no_cookie(client, world):
    for address in (
        "/el/finder/",
        "/el/finder/who/",
        RESULTS.format(lang="el", topic="money", where="limani"),
    ):
        first = client.get(address)
        second = client.get(address)
        assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
        assert not first.cookies and not second.cookies
        assert second["Permissions-Policy"] == first["Permissions-Policy"]


@override_settings(PAGE_CACHE_ENABLED=False)
def test_steps_have_fieldsets_legends_and_big_targets(client, world):
    for lang in ("el", "en", "ar", "fa"):
        page = soup(client.get(f"/{lang}/finder/topic/?who=me"))
        fieldset = page.select_one("form.finder-step fieldset")
        assert fieldset.legend is not None
        labels = fieldset.select("label.finder-option")
        assert len(labels) == 2 and all(
            label.select_one("svg[aria-hidden=true]") for label in labels
        )
        assert page.html["dir"] == ("rtl" if lang in ("ar", "fa") else "ltr")


def test_an_answer_with_a_picture_no_longer_shipped_shows_the_question_mark(client, world):
    type(world.money).objects.filter(pk=world.money.pk).update(icon="unicorn")
    response = client.get("/el/finder/topic/?who=me")
    assert response.status_code == 200
    money = soup(response).select_one("input[value=money]").find_parent("label")
    assert money.select_one("svg circle[r='19']")  # templates/finder/icons/question.svg


def test_results_and_steps_cost_few_queries_once_the_finder_is_read(
    client, world, django_assert_max_num_queries
):
    """Questions, answers, communities and windows are read once per content generation
    (portal.content_memo); a results page the cache has not stored then costs a few queries."""
    as_if_committed()
    address = RESULTS.format(lang="el", topic="violence", where="limani")
    client.get(address)
    with django_assert_max_num_queries(10):
        response = client.get(address + "&another=entry")
    assert response["X-Page-Cache"] == "miss"
    with django_assert_max_num_queries(4):
        assert client.get("/el/finder/topic/?who=child")["X-Page-Cache"] == "miss"
