"""The finder on a 360 px phone (issue 13): a walk by taps, the results with
helplines first, axe clean, and "sort by where I am now" computed in the page
with nothing sent to another host; without JavaScript the button stays hidden."""

import pytest

from tests.browser.conftest import assert_no_serious_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def choose(site_page, value):
    site_page.locator(f"label.finder-option:has(input[value='{value}'])").click()
    site_page.locator("form.finder-step button[type=submit]").click()
    site_page.wait_for_load_state("load")


@pytest.mark.parametrize("language", ["el", "ar", "fa"])
def test_walk_by_taps_to_results_and_sort_by_where_i_am(page, language):
    site_page = page(f"/{language}/finder/")
    assert_no_serious_violations(run_axe(site_page), where="finder start")
    site_page.locator("a.finder-start").click()
    site_page.wait_for_load_state("load")
    assert_no_serious_violations(run_axe(site_page), where="finder first step")
    choose(site_page, "me")
    choose(site_page, "violence")
    # At once, on the very next screen, the helplines come first.
    assert site_page.locator("main .finder-helplines").count() == 1
    site_page.keep_screenshot(f"finder-where-{language}")
    choose(site_page, "3i-koinotita")
    choose(site_page, language)
    assert "/finder/results/" in site_page.path
    first = site_page.locator("main .finder > *").first
    assert "finder-helplines" in first.get_attribute("class")
    assert site_page.locator('.finder-helplines a[href="tel:15900"]').count() == 1
    assert site_page.locator("figure.finder-map svg .finder-map__place").count() >= 2
    assert_no_serious_violations(run_axe(site_page), where="finder results")
    site_page.keep_screenshot(f"finder-results-{language}")

    # Stand beside the last place of the list: after sorting it comes first.
    places = site_page.locator("ol.finder-places > li[data-lat]")
    last = places.last
    lat, lon = float(last.get_attribute("data-lat")), float(last.get_attribute("data-lon"))
    name = last.locator("a").first.inner_text()
    context = site_page.page.context
    context.grant_permissions(["geolocation"], origin=site_page.base_url)
    context.set_geolocation({"latitude": lat, "longitude": lon})
    button = site_page.locator("[data-finder-locate]")
    assert button.is_visible()
    button.click()
    site_page.wait_for_function(
        "() => document.querySelector('[data-finder-status]').textContent.length > 0"
        " && !document.querySelector('[data-finder-status]').textContent.endsWith('…')"
    )
    assert site_page.locator("ol.finder-places > li").first.locator("a").first.inner_text() == name
    assert site_page.locator("[data-finder-you]").get_attribute("visibility") == "visible"
    site_page.assert_no_problems(where=f"finder results ({language})")


def test_without_javascript_the_location_button_stays_hidden(page):
    site_page = page("/el/finder/results/?who=me&topic=money&where=1i-koinotita", javascript=False)
    assert not site_page.locator("[data-finder-locate]").is_visible()
    assert site_page.locator("ol.finder-places > li").count() >= 1
    assert site_page.locator("figure.finder-map svg").count() == 1
    site_page.assert_no_problems()
