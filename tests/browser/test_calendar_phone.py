"""The van calendar on a 360×740 phone, in Greek, Arabic and Farsi.

The demo content is loaded with the real date, so the tests read today's date
in Athens themselves and compare the dates the page shows with it:

- the first screen shows a visit still to come (today or later), never only
  visits that are over;
- nothing is wider than the screen, in the list and in the month view;
- the month view's weekday headers do not run into each other;
- a visit cancelled for a public holiday names the holiday in the page's
  language (not in Greek on an Arabic or Farsi page);
- axe finds nothing serious, in the list and in the month view.
"""

import datetime
import itertools
import re
import zoneinfo

from django.utils import translation

import holidays
import pytest

from demo_content.catalogue import CALENDAR
from tests.browser.conftest import assert_no_serious_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

LANGUAGES = ["el", "ar", "fa"]
GREEK_LETTERS = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def today():
    return datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Athens")).date()


def calendar_path(language, query=""):
    return f"/{language}/{CALENDAR['slug'][language]}/" + (f"?{query}" if query else "")


# Every visible <time datetime="YYYY-MM-DD…"> inside <main> that is at least
# partly on the first screen (the viewport, before any scrolling).
DATES_ON_FIRST_SCREEN = """() => [...document.querySelectorAll("main time[datetime]")]
    .filter(t => t.getClientRects().length > 0)
    .filter(t => {
        const r = t.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight && r.width > 0;
    })
    .map(t => t.getAttribute("datetime").slice(0, 10))"""

NO_HORIZONTAL_OVERFLOW = (
    "() => [document.scrollingElement.scrollWidth, innerWidth, "
    "[...document.querySelectorAll('main *')].filter(e => {"
    " const r = e.getBoundingClientRect();"
    " return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1); })"
    ".slice(0, 5).map(e => e.outerHTML.slice(0, 120))]"
)

# Boxes of the visible weekday headers of the month view: the header cell and
# the text a reader sees in it (its text nodes, less visually hidden ones), with
# the number of lines that text takes.
WEEKDAY_HEADERS = """() => [...document.querySelectorAll("main table thead th")]
    .filter(th => th.getClientRects().length > 0 && th.getBoundingClientRect().width > 0)
    .map(th => {
        const cell = th.getBoundingClientRect();
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        const rects = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent.trim()) continue;
            const parent = node.parentElement.getBoundingClientRect();
            if (parent.width <= 1 || parent.height <= 1) continue;  // visually hidden
            const range = document.createRange();
            range.selectNodeContents(node);
            rects.push(...range.getClientRects());
        }
        return {
            label: th.innerText,
            cell: [cell.left, cell.right],
            text: [Math.min(...rects.map(r => r.left)), Math.max(...rects.map(r => r.right))],
            lines: new Set(rects.map(r => Math.round(r.top))).size,
        };
    })"""


def open_calendar(page, language, query=""):
    site_page = page(calendar_path(language, query), locale=language)
    site_page.wait_for_fonts()
    return site_page


def assert_fits_the_screen(site_page, where):
    width, viewport, wider = site_page.evaluate(NO_HORIZONTAL_OVERFLOW)
    assert width <= viewport, f"{where}: page is {width}px wide on a {viewport}px screen: {wider}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_screen_shows_a_visit_still_to_come(page, language):
    site_page = open_calendar(page, language)
    shown = site_page.evaluate(DATES_ON_FIRST_SCREEN)
    site_page.keep_screenshot(f"calendar-first-screen-{language}", full_page=False)
    assert shown, f"{language}: no visit date on the first screen (360×740)"
    first = datetime.date.fromisoformat(shown[0])
    assert first >= today(), f"{language}: the first screen opens on {first}, a day that is over"
    past = [day for day in shown if datetime.date.fromisoformat(day) < today()]
    assert not past, f"{language}: past visits on the first screen: {past}"
    assert_fits_the_screen(site_page, f"{language} list")
    site_page.keep_screenshot(f"calendar-list-{language}")
    site_page.assert_no_problems()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_month_view_fits_a_phone_with_readable_weekday_headers(page, language):
    site_page = open_calendar(page, language, "view=month")
    assert_fits_the_screen(site_page, f"{language} month view")
    headers = site_page.evaluate(WEEKDAY_HEADERS)
    assert len(headers) == 7, f"{language}: {len(headers)} weekday headers visible"
    for header in headers:
        left, right = header["cell"]
        t_left, t_right = header["text"]
        assert left - 0.5 <= t_left and t_right <= right + 0.5, (
            f"{language}: weekday {header['label']!r} spills out of its column"
        )
        assert header["lines"] == 1, f"{language}: weekday {header['label']!r} wraps"
    boxes = sorted(header["text"] for header in headers)
    for (_l1, r1), (l2, _r2) in itertools.pairwise(boxes):
        assert r1 <= l2 + 0.5, f"{language}: weekday headers overlap: {headers}"
    # Days with visits are large targets (WCAG 2.2 target size) that lead to the list.
    targets = site_page.evaluate(
        """() => [...document.querySelectorAll("main table a[href^='#']")]
            .filter(a => a.getClientRects().length > 0)
            .map(a => { const r = a.getBoundingClientRect(); return [r.width, r.height]; })"""
    )
    assert targets, f"{language}: the month view marks no day with visits as a link"
    assert all(w >= 24 and h >= 24 for w, h in targets), targets
    site_page.keep_screenshot(f"calendar-month-{language}")
    site_page.assert_no_problems()


def holiday_card(site_page, language):
    """(date, Greek name, status line) of the first visit cancelled for a public holiday
    in the list view, from this month on (the demo content has one within a year)."""
    start = today().replace(day=1)
    greek = holidays.country_holidays("GR", years=range(start.year, start.year + 2), language="el")
    for step in range(13):
        index = start.year * 12 + start.month - 1 + step
        month = f"{index // 12}-{index % 12 + 1:02d}"
        site_page.visit(calendar_path(language, f"month={month}&view=list"))
        for day, name in sorted(greek.items()):
            if f"{day:%Y-%m}" != month or day < today():
                continue
            cards = site_page.locator(
                f"section:has(time[datetime='{day.isoformat()}']) .visit-card--cancelled"
            )
            if cards.count():
                return day, name, cards.first.locator(".visit-card__time").inner_text()
    pytest.fail("no visit cancelled for a public holiday in the next twelve months")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_holiday_is_named_in_the_page_language(page, language):
    site_page = page()
    day, greek_name, text = holiday_card(site_page, language)
    english = holidays.country_holidays("GR", years=day.year, language="en_US")[day]
    with translation.override(language):
        expected = (
            greek_name if language == "el" else translation.pgettext("public holiday", english)
        )
    if language != "el":
        assert expected != english, f"{english!r} has no {language} translation"
        assert not GREEK_LETTERS.search(text), f"{language}: Greek in the status: {text!r}"
    assert expected in text, f"{language}: {day} should say {expected!r}: {text!r}"
    site_page.locator(f"time[datetime='{day.isoformat()}']").first.scroll_into_view_if_needed()
    site_page.keep_screenshot(f"calendar-holiday-{language}", full_page=False)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("view", ["", "view=month"])
def test_axe_on_the_calendar(page, language, view):
    site_page = open_calendar(page, language, view)
    assert_no_serious_violations(run_axe(site_page), f"calendar {language} {view or 'list'}")
