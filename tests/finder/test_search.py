"""The site search finds services by everyday words in every language, misspelled,
and Greek typed in Latin letters."""

import pytest

from finder.search import services_for_query, skeleton
from tests.builders import url
from tests.finder.world import soup


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("el", "λεφτα"),  # no accents
        ("el", "ΕΠΙΔΟΜΑ"),
        ("el", "epidoma"),  # Greek in Latin letters, not listed by the editor
        ("el", "epidomma"),  # misspelt
        ("el", "xartia"),
        ("el", "chartia"),
        ("el", "επιδωμα"),  # ω for ο
        ("en", "money"),
        ("en", "mony"),  # misspelt
        ("en", "I need some money please"),
        ("ar", "مال"),
        ("ar", "فلوس"),
        ("fa", "پول"),
        ("fa", "یارانه"),
    ],
)
def test_everyday_words_find_the_service(client, world, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    suggested = soup(response).select(".search-suggested li a")
    assert [a["href"] for a in suggested] == [url(world.benefits, language)]


@pytest.mark.parametrize("query", ["ψυχολόγος", "bus", "παπούτσια", "ab"])
def test_unrelated_words_suggest_nothing(world, query):
    assert services_for_query(query) == []


def test_an_unpublished_service_is_not_suggested(world):
    assert services_for_query("money") == [world.benefits]
    world.benefits.unpublish()
    assert services_for_query("money") == []


def test_latin_skeleton_brings_greek_and_its_latin_spellings_together():
    assert skeleton("επιδομα") == skeleton("epidoma") == skeleton("epidwma")
    assert skeleton("χαρτια") == skeleton("xartia") == skeleton("chartia")
    assert skeleton("θεση") == skeleton("thesi") == skeleton("8esi")
