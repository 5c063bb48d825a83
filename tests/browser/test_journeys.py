"""What a visitor on a cheap phone does: read the home page in each language,
switch language on a page, use the site without JavaScript, hit a dead link.

Texts and links are discovered from the pages, never copied from the demo.
"""

import re

import pytest

from tests.browser.conftest import LANGUAGES, RTL_LANGUAGES, url_path

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

MIN_TARGET = 44  # CSS px, WCAG 2.5.5 / the project's own rule
EDGE_TOLERANCE = 48  # CSS px between the header's site name and the viewport edge

SCRIPT_PATTERNS = {
    "el": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"),
    "en": re.compile(r"[A-Za-z]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "fa": re.compile(r"[\u0600-\u06ff]"),
}
FONT_CHECKS = {
    # family, sample text in the language's script (unicode-range picks the file)
    "el": ("Noto Sans", "Ελληνικά"),
    "en": ("Noto Sans", "English"),
    "ar": ("Noto Sans Arabic", "العربية"),
    "fa": ("Noto Sans Arabic", "فارسی"),
}


def box(locator):
    rect = locator.bounding_box()
    assert rect is not None, f"{locator} is not rendered"
    return rect


def first_menu_link(site_page):
    links = site_page.locator("nav.main-nav a[href]")
    assert links.count() > 0, f"the header menu (nav.main-nav) on {site_page.path} has no links"
    return url_path(links.first.get_attribute("href"), site_page.base_url)


def menu_link_paths(site_page):
    """Same-host pages linked from the header menu and the footer, in order."""
    hrefs = site_page.locator("nav.main-nav a[href], footer a[href]").evaluate_all(
        "links => links.map(a => a.href)"
    )
    paths = []
    for href in hrefs:
        if not href.startswith(site_page.base_url + "/"):
            continue
        path = url_path(href)
        if path not in paths:
            paths.append(path)
    return paths


def h1_text(site_page):
    heading = site_page.locator("h1")
    assert heading.count() == 1, f"{site_page.path} has {heading.count()} h1 elements"
    return heading.inner_text().strip()


# --- 1. Home page in each language, on a 360 px phone --------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_on_a_phone(page, language):
    home = page(f"/{language}/")
    html = home.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == ("rtl" if language in RTL_LANGUAGES else "ltr")

    overflow = home.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert overflow[0] <= overflow[1], (
        f"/{language}/ scrolls sideways: scrollWidth {overflow[0]} > innerWidth {overflow[1]}"
    )

    # Fonts are self-hosted and really used for the language's script.
    home.wait_for_fonts()
    family, sample = FONT_CHECKS[language]
    fonts = home.evaluate(
        """([family, sample]) => ({
            check: document.fonts.check(`16px "${family}"`, sample),
            loaded: [...document.fonts]
                .filter(f => f.family.replace(/["']/g, "") === family && f.status === "loaded")
                .length,
        })""",
        [family, sample],
    )
    assert fonts["loaded"] > 0, f"no '{family}' font face was loaded on /{language}/"
    assert fonts["check"], f"'{family}' is not ready for {sample!r} on /{language}/"

    # Touch targets: the booking call to action and the language switcher.
    targets = [("language switcher", a) for a in home.locator("nav.language-switcher a").all()]
    assert len(targets) == len(LANGUAGES), "the language switcher should offer every language"
    book = home.locator(".book-box .actions a")
    assert book.count() > 0, f"no booking call to action (.book-box .actions a) on /{language}/"
    targets += [("book call to action", a) for a in book.all()]
    small = []
    for label, link in targets:
        rect = box(link)
        if rect["width"] < MIN_TARGET or rect["height"] < MIN_TARGET:
            small.append(
                f"{label} {link.inner_text().strip()!r}: {rect['width']:.0f}×{rect['height']:.0f}"
            )
    assert not small, f"targets under {MIN_TARGET}×{MIN_TARGET} px on /{language}/: {small}"

    # The header starts on the reading side: logical properties, not left/right.
    viewport_width, viewport_height = home.evaluate(
        "() => [document.documentElement.clientWidth, window.innerHeight]"
    )
    name = box(home.locator("header .site-name"))
    if language in RTL_LANGUAGES:
        gap = viewport_width - (name["x"] + name["width"])
        side = "right"
    else:
        gap = name["x"]
        side = "left"
    assert 0 <= gap <= EDGE_TOLERANCE, (
        f"on /{language}/ the site name should sit at the {side} edge; it is {gap:.0f} px away"
    )

    # The skip link: hidden until focused with Tab, then it takes focus to <main>.
    skip = home.locator("a.skip-link")
    assert skip.get_attribute("href") == "#main"
    assert not skip.evaluate(
        "el => { const r = el.getBoundingClientRect();"
        " return r.bottom > 0 && r.top < innerHeight && r.width > 1 && r.height > 1; }"
    ), "the skip link is on screen before it is focused"
    home.keyboard.press("Tab")
    assert skip.evaluate("el => el === document.activeElement"), (
        "Tab from the top of the page does not focus the skip link first"
    )
    rect = box(skip)
    assert rect["y"] >= 0 and rect["y"] + rect["height"] <= viewport_height, (
        f"the focused skip link is not on screen: {rect}"
    )
    assert rect["x"] >= 0 and rect["x"] + rect["width"] <= viewport_width, (
        f"the focused skip link is cut off sideways: {rect}"
    )
    assert rect["width"] > 1 and rect["height"] > 1
    home.keyboard.press("Enter")
    home.wait_for_function("() => document.activeElement && document.activeElement.id === 'main'")
    assert home.page.url.endswith("#main")

    home.assert_no_problems(where=f"/{language}/")


# --- 2. Switching language on a content page ---------------------------------------


def test_language_switcher_keeps_the_page(page):
    site_page = page("/el/")
    greek_path = first_menu_link(site_page)
    site_page.visit(greek_path)
    greek_h1 = h1_text(site_page)

    for language in ("en", "ar", "fa"):
        site_page.visit(greek_path)
        switch = site_page.locator(f"nav.language-switcher a[hreflang={language}]")
        assert switch.count() == 1, f"no switcher link for {language} on {greek_path}"
        switch.click()
        site_page.wait_for_url(lambda url: url_path(url) != greek_path)
        site_page.wait_for_load_state()
        path = site_page.path
        assert path.startswith(f"/{language}/"), f"{language} link led to {path}"
        assert path != f"/{language}/", (
            f"the {language} switcher link on {greek_path} leads to the home page"
        )
        assert site_page.locator("html").get_attribute("lang") == language
        heading = h1_text(site_page)
        assert heading != greek_h1, f"{path}: the h1 is still the Greek {greek_h1!r}"
        assert SCRIPT_PATTERNS[language].search(heading), (
            f"{path}: the h1 {heading!r} is not written in {language}'s script"
        )
        assert not SCRIPT_PATTERNS["el"].search(heading), f"{path}: Greek in h1 {heading!r}"
        back = site_page.locator("nav.language-switcher a[hreflang=el]")
        assert url_path(back.get_attribute("href"), site_page.base_url) == greek_path, (
            f"on {path} the Greek switcher link does not lead back to {greek_path}"
        )
        site_page.assert_no_problems()


# --- 3. Without JavaScript ------------------------------------------------------------


def test_search_and_faq_work_without_javascript(page):
    site_page = page("/el/", javascript=False)
    paths = menu_link_paths(site_page)
    about = first_menu_link(site_page)
    site_page.visit(about)
    words = [w for w in re.findall(r"\w+", h1_text(site_page)) if len(w) >= 3]
    assert words, f"the h1 of {about} has no word to search for"
    word = max(words, key=len)

    site_page.visit("/el/")
    # On a phone the menu and the search fold into a native <details>: open it.
    site_page.locator("summary.site-menu__toggle").click()
    search = site_page.locator(".site-menu form[role=search]")
    assert search.is_visible()
    search.locator("input[name=q]").fill(word)
    search.locator("button[type=submit], input[type=submit]").first.click()
    site_page.wait_for_url(lambda url: url_path(url) != "/el/")
    site_page.wait_for_load_state()
    assert site_page.path == "/el/search/", f"the header search went to {site_page.path}"
    results = site_page.locator("main ol a[href]").evaluate_all("links => links.map(a => a.href)")
    assert results, f"searching for {word!r} without JavaScript found no result links"
    assert about in [url_path(href) for href in results], (
        f"searching for {word!r} did not list {about}; got {results}"
    )

    # A FAQ answer opens natively: <details>/<summary>, no script.
    closed = None
    for path in paths:
        site_page.visit(path)
        states = site_page.locator("main details").evaluate_all("all => all.map(d => d.open)")
        if False in states:
            closed = site_page.locator("main details").nth(states.index(False))
            break
    if closed is None:
        pytest.fail(
            f"no page linked from the header or footer menu has a closed <details>: {paths}"
        )
    answer = closed.locator(":scope > :not(summary)").first
    assert not answer.is_visible(), f"the answer of a closed <details> on {path} shows"
    closed.locator("summary").first.click()
    assert closed.evaluate("d => d.open"), f"clicking <summary> on {path} did not open it"
    assert answer.is_visible(), f"the opened answer on {path} is not visible"
    site_page.assert_no_problems()


# --- 4. Not found, in Arabic --------------------------------------------------------------


def test_not_found_page_in_arabic(page):
    missing = "/ar/this-page-does-not-exist/"
    site_page = page(missing, status=404)
    document = site_page.url_for(missing)
    html = site_page.locator("html")
    assert html.get_attribute("lang") == "ar"
    assert html.get_attribute("dir") == "rtl"
    heading = h1_text(site_page)
    assert SCRIPT_PATTERNS["ar"].search(heading), f"the 404 h1 {heading!r} is not in Arabic"
    # Only the page itself may fail: its stylesheet, fonts and images load.
    site_page.assert_no_problems(
        allow=(f"GET {document} [document]: HTTP 404", f"(Not Found) ({document}:")
    )
