"""Public holidays are named in the page's language, not in Greek on every page."""

import datetime
import re

from django.utils import translation

import holidays
import pytest

from services_catalog import holiday_names
from services_catalog.holiday_names import holiday_name
from tests import builders as b
from tests.clock import SUNDAY
from tests.services_catalog import test_calendar
from tests.services_catalog.page_reading import between, get

net = test_calendar.net  # the calendar tests' network, as a fixture here too
GREEK_LETTERS = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
YEARS = range(2026, 2036)


def greek_names():
    return set(holidays.country_holidays("GR", years=YEARS, language="el").values())


def test_every_greek_holiday_of_the_coming_years_has_a_translatable_name():
    missing = {
        name
        for name in greek_names()
        if name.removesuffix(holiday_names.OBSERVED_SUFFIX) not in holiday_names.NAMES
    }
    assert missing == set()


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_arabic_and_farsi_name_every_holiday_in_their_own_script(language):
    english = holidays.country_holidays("GR", years=YEARS, language="en_US")
    greek = holidays.country_holidays("GR", years=YEARS, language="el")
    for day, name in greek.items():
        shown = holiday_name(name, language)
        assert not GREEK_LETTERS.search(shown), (day, shown)
        assert shown != english[day], f"{english[day]!r} is not translated into {language}"
        with translation.override(language):
            assert holiday_name(name) == shown  # the active language by default


def test_greek_and_english_names():
    assert holiday_name("Θεοφάνεια", "el") == "Θεοφάνεια"
    assert holiday_name("Θεοφάνεια", "en") == "Epiphany"
    assert holiday_name("Χριστούγεννα", "ar") == "عيد الميلاد المجيد"
    assert holiday_name("", "ar") == ""


def test_a_moved_holiday_says_so_in_the_language_of_the_page():
    assert holiday_name("Εργατική Πρωτομαγιά (παρατηρήθηκε)", "en") == "Labor Day (observed)"
    assert (
        holiday_name("Εργατική Πρωτομαγιά (παρατηρήθηκε)", "fa") == "روز جهانی کارگر (تعطیل جبرانی)"
    )


def test_an_unknown_name_is_shown_as_the_package_gives_it():
    assert holiday_name("Νέα αργία", "ar") == "Νέα αργία"


@pytest.mark.django_db
@pytest.mark.clock(SUNDAY)
@pytest.mark.parametrize(
    ("language", "name"), [("ar", "الاثنين النظيف"), ("fa", "دوشنبهٔ پاک"), ("el", "Καθαρά Δευτέρα")]
)
def test_the_calendar_and_the_next_visits_name_the_holiday_in_the_page_language(
    client, net, clock, language, name
):
    # Sunday 14 March 2027: Monday is Clean Monday, the Day Centre's visit is cancelled.
    clock.move_to(datetime.datetime(2027, 3, 14, 12, 0, tzinfo=datetime.UTC))
    html = get(client, f"{b.url(net.page, language)}?community=cal-nikaia")

    near = between(html, '<section class="near"', "</section>")
    listing = between(html, '<div class="calendar-list">', '<table class="month-table">')
    for part in (near, listing):
        assert f'<span class="holiday-name">{name}</span>' in part
        if language != "el":
            assert "Καθαρά Δευτέρα" not in part
            assert '<span lang="el">' not in part
