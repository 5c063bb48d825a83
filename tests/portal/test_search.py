"""Search finds pages by words in any of the four languages."""

from django.apps import apps

from wagtail.models import Page

import pytest

from portal.search_text import FOLDED_FIELD, FoldedSearchMixin
from tests.builders import make_content_page, paragraph


@pytest.fixture
def pages(home):
    interpreting = make_content_page(
        home,
        slug={"el": "diermineia", "en": "interpreting", "ar": "الترجمة", "fa": "ترجمه"},
        title={
            "el": "Διερμηνεία",
            "en": "Interpreting",
            "ar": "الترجمة الشفوية",
            "fa": "ترجمه شفاهی",
        },
        intro={
            "el": "Διερμηνείς για αραβικά και φαρσί.",
            "ar": "مترجمون فوريون للعربية والفارسية.",
        },
        body={"fa": paragraph("<p>مترجم همراه در جلسه حضور دارد.</p>")},
    )
    legal = make_content_page(
        home,
        slug={"el": "nomiki", "en": "legal"},
        title={"el": "Νομική πληροφόρηση", "en": "Legal information"},
    )
    return interpreting, legal


def result_titles(response):
    return [page.title_el for page in response.context["results"]]


def test_finds_a_page_by_a_greek_word(client, pages):
    response = client.get("/en/search/", {"q": "Διερμηνεία"})

    assert response.status_code == 200
    assert result_titles(response) == ["Διερμηνεία"]


def test_finds_a_page_by_an_arabic_word_from_any_language_interface(client, pages):
    for lang in ("ar", "el"):
        response = client.get(f"/{lang}/search/", {"q": "مترجمون"})
        assert result_titles(response) == ["Διερμηνεία"]


def test_finds_a_page_by_a_persian_word_in_its_body(client, pages):
    response = client.get("/fa/search/", {"q": "مترجم"})

    assert "Διερμηνεία" in result_titles(response)


def test_results_show_the_title_in_the_interface_language(client, pages):
    html = client.get("/ar/search/", {"q": "مترجمون"}).content.decode()

    assert ">الترجمة الشفوية</a>" in html
    assert "/ar/%D8%A7%D9%84%D8%AA%D8%B1%D8%AC%D9%85%D8%A9/" in html


def test_no_results_says_so_and_suggests_calling(client, pages):
    response = client.get("/en/search/", {"q": "zzzzqqq"})

    assert list(response.context["results"]) == []
    assert "0 pages found" in response.content.decode()


def test_empty_query_shows_the_form_only(client, home):
    response = client.get("/el/search/")

    assert response.status_code == 200
    assert response.context["results"] is None
    assert 'name="q"' in response.content.decode()


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"q": "x" * 500}, 400),
        ({"q": "κέντρο", "page": "-3"}, 200),
        ({"q": "κέντρο", "page": "999"}, 200),
        ({"q": "κέντρο", "page": "abc"}, 200),
        ({"q": "\x00\x1f"}, 400),
        ({"q": "' OR 1=1 --"}, 200),
        ({"q": 'AND OR NOT ( ) " *'}, 200),
    ],
)
def test_odd_input_never_breaks_search(client, pages, params, status):
    response = client.get("/el/search/", params)

    assert response.status_code == status  # too long or control characters: 400, never 500
    assert "<h1>" in response.content.decode()


def test_too_long_query_is_refused_with_a_translated_message(client, pages):
    response = client.get("/el/search/", {"q": "x" * 500})

    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode()


@pytest.mark.parametrize("typed", ["διερμηνεια", "ΔΙΕΡΜΗΝΕΊΑ", "νομικη"])
def test_finds_greek_words_typed_without_accents_or_in_capitals(client, pages, typed):
    """Many phones' keyboards make accents a second step, so people skip them."""
    response = client.get("/el/search/", {"q": typed})

    expected = "Νομική πληροφόρηση" if typed == "νομικη" else "Διερμηνεία"
    assert result_titles(response) == [expected]


def test_finds_arabic_words_typed_with_or_without_short_vowel_marks(client, pages):
    for typed in ("مُتَرْجِمون", "مترجمون"):
        response = client.get("/ar/search/", {"q": typed})
        assert result_titles(response) == ["Διερμηνεία"], typed


def test_every_page_type_of_the_site_indexes_its_folded_words():
    page_types = [
        model
        for model in apps.get_models()
        if issubclass(model, Page)
        and model is not Page
        and model._meta.app_label in ("portal", "services_catalog", "booking")
    ]

    assert len(page_types) >= 8
    for model in page_types:
        assert issubclass(model, FoldedSearchMixin), model
        assert FOLDED_FIELD.field_name in [f.field_name for f in model.search_fields], model
