"""What a citizen on a 360 px phone meets (issue 11): the answer to a filter,
one way to book on the home page, a branch page that does not scroll sideways,
map links that open on every phone.

The services index and the home page are found from the pages themselves;
the Roma branch (the page that was 3 px too wide: its e-mail address) is
found by its slugs in demo_content, the data `load_demo` wrote.
"""

import re

import pytest

from demo_content.catalogue import BRANCHES, PLACES_INDEX
from tests.browser.conftest import assert_no_serious_violations, run_axe, url_path

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

SCREENSHOT_LANGUAGES = ["el", "ar", "fa"]

IN_VIEW = """el => { const r = el.getBoundingClientRect();
    return {top: r.top, bottom: r.bottom, height: innerHeight}; }"""


def roma_branch_path(language):
    (roma,) = [branch for branch in BRANCHES if branch["key"] == "roma"]
    return f"/{language}/{PLACES_INDEX['slug'][language]}/{roma['slug'][language]}/"


def services_index_path(site_page, language):
    """The "all our services" link of the home page's key services."""
    site_page.visit(f"/{language}/")
    link = site_page.locator(".key-services a[href]").last
    return url_path(link.get_attribute("href"), site_page.base_url)


def number_in(text):
    found = re.findall(r"\d+", text)
    assert len(found) == 1, f"expected one number in {text!r}"
    return int(found[0])


def page_width(site_page):
    return site_page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )


# --- 4. Filtering services answers on the first screen ------------------------


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("language", SCREENSHOT_LANGUAGES)
def test_filtering_services_shows_the_count_and_results_on_the_first_screen(
    page, language, javascript
):
    site_page = page(javascript=javascript, bypass_csp=javascript)
    site_page.visit(services_index_path(site_page, language))
    first_category = site_page.locator("form.filters select").first
    first_category.select_option(index=1)
    with site_page.expect_navigation(wait_until="load"):
        site_page.locator("form.filters button[type=submit]").click()

    assert site_page.page.url.endswith("#results"), site_page.page.url
    heading = site_page.locator("#results")
    where = heading.evaluate(IN_VIEW)
    assert where["top"] >= 0 and where["bottom"] <= where["height"], (
        f"the results heading is not on the first screen after 'show': {where}"
    )
    shown = site_page.locator("#results ~ .card-list > li.card").count()
    assert shown > 0
    assert number_in(heading.inner_text()) == shown

    # Focus is on the results: a screen reader reads the count, Tab goes on to the first result.
    assert site_page.evaluate("() => document.activeElement.id") == "results"
    if javascript:
        site_page.keep_screenshot(f"services-filtered-{language}", full_page=False)
    site_page.keyboard.press("Tab")
    first_result = site_page.locator("#results ~ .card-list a").first
    assert first_result.evaluate("a => a === document.activeElement")

    # Near the top too, as a status with a link down to the results.
    summary = site_page.locator("p.results-summary[role=status]")
    assert number_in(summary.inner_text()) == shown
    assert summary.locator('a[href="#results"]').count() == 1
    assert summary.evaluate(
        "(s) => s.compareDocumentPosition(document.querySelector('form.filters'))"
        " & Node.DOCUMENT_POSITION_FOLLOWING"
    ), "the summary should come before the filters"

    if javascript:
        assert_no_serious_violations(run_axe(site_page), where=site_page.path)
    site_page.assert_no_problems()


# --- 5. One way to book on the home page ----------------------------------------


@pytest.mark.parametrize("language", SCREENSHOT_LANGUAGES)
def test_the_home_page_has_one_book_button(page, language):
    home = page(f"/{language}/", bypass_csp=True)
    buttons = home.locator(".book-box a.button:not([href^='tel:'])")
    assert buttons.count() == 1, (
        "the booking box offers more than one book button: "
        f"{[b.inner_text().strip() for b in buttons.all()]}"
    )
    assert "button--primary" in buttons.first.get_attribute("class")
    primary = home.locator("main a.button--primary").all_inner_texts()
    assert primary.count(buttons.first.inner_text()) == 1, primary
    # Other ways to book stay one plain link away, worded differently from the button.
    others = home.locator(".book-box a:not(.button)")
    for link in others.all():
        assert link.inner_text().strip() != buttons.first.inner_text().strip()

    home.locator(".book-box").scroll_into_view_if_needed()
    home.keep_screenshot(f"home-book-{language}", full_page=False)
    assert_no_serious_violations(run_axe(home), where=home.path)
    home.assert_no_problems()


# --- 5. The Roma branch page fits a 360 px phone -------------------------------------


@pytest.mark.parametrize("language", SCREENSHOT_LANGUAGES)
def test_the_roma_branch_page_does_not_scroll_sideways(page, language):
    branch = page(roma_branch_path(language), bypass_csp=True)
    branch.wait_for_fonts()
    scroll_width, client_width = page_width(branch)
    assert client_width == 360
    assert scroll_width <= client_width, (
        f"{branch.path} is {scroll_width - client_width} px wider than the phone"
    )
    email = branch.locator("a[href^='mailto:']").first
    box = email.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= client_width, box
    branch.keep_screenshot(f"roma-branch-{language}")

    # With the menu and search open too (the Greek search button was 3 px too wide).
    branch.locator("summary.site-menu__toggle").click()
    scroll_width, client_width = page_width(branch)
    assert scroll_width <= client_width, f"{branch.path} with the menu open: {scroll_width} px"

    assert_no_serious_violations(run_axe(branch), where=branch.path)
    branch.assert_no_problems()


# --- 5. Map links that open on every phone ------------------------------------------


@pytest.mark.parametrize("language", SCREENSHOT_LANGUAGES)
def test_map_links_open_on_any_phone_and_in_android_map_apps(page, language):
    branch = page(roma_branch_path(language))
    links = branch.locator(".map-links a")
    hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert len(hrefs) == 2, hrefs
    assert branch.locator("ul.map-links > li > a").count() == 2, "the map links are a list"
    web, geo = hrefs
    # First the link every phone opens (an iPhone does nothing with geo:), with a marker.
    assert re.fullmatch(
        r"https://www\.openstreetmap\.org/\?mlat=(-?[\d.]+)&mlon=(-?[\d.]+)#map=\d+/\1/\2", web
    ), web
    lat, lon = re.search(r"mlat=([-\d.]+)&mlon=([-\d.]+)", web).groups()
    # Then geo: for Android's map apps, with a pin on the same point.
    assert geo == f"geo:{lat},{lon}?q={lat},{lon}"
    labels = [text.strip() for text in links.all_inner_texts()]
    assert all(labels) and labels[0] != labels[1]
    # Plain links: nothing was asked of another host while the page loaded.
    branch.assert_no_problems()
