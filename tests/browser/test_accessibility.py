"""axe-core on every kind of public page, in all four languages.

WCAG 2.1 A and AA plus axe's best practices; a violation of impact "serious"
or "critical" fails the test, which lists each one with the page it was on.
Pages come from the home page's own header menu and footer, so new menu
entries are checked without touching this file.
"""

import re

import pytest

from tests.browser.conftest import (
    LANGUAGES,
    blocking_violations,
    describe_violations,
    run_axe,
    url_path,
)

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def linked_pages(site_page):
    """Same-host pages linked from the header menu and the footer, home excluded."""
    hrefs = site_page.locator("nav.main-nav a[href], footer a[href]").evaluate_all(
        "links => links.map(a => a.href)"
    )
    home = url_path(site_page.page.url)
    paths = []
    for href in hrefs:
        if not href.startswith(site_page.base_url + "/"):
            continue  # tel:, mailto: and other hosts
        path = url_path(href)
        if path != home and path not in paths:
            paths.append(path)
    return paths


def search_word(site_page):
    """A word from the first menu entry (or the h1), so the search finds something."""
    texts = site_page.locator("nav.main-nav a[href]").all_inner_texts()
    texts.append(site_page.locator("h1").first.inner_text())
    for text in texts:
        words = [w for w in re.findall(r"\w+", text) if len(w) >= 3]
        if words:
            return max(words, key=len)
    pytest.fail(f"no word to search for on {site_page.path}")


def check_pages(site_page, paths, *, status=200, visit=True):
    """axe on each page in turn; one failure lists every page's violations.

    Console errors, failed requests and requests to other hosts are reported
    too: this is the one sweep that loads every page.
    """
    failures = []
    for path in paths:
        if visit:
            site_page.forget_problems()
            site_page.visit(path, status=status)
        violations = blocking_violations(run_axe(site_page))
        if violations:
            failures.append(describe_violations(violations, path))
        document = site_page.url_for(path)
        allowed = (
            () if status < 400 else (f"GET {document} [document]: HTTP {status}", f"({document}:")
        )
        for kind, entries in site_page.problems(allow=allowed).items():
            failures.extend(f"[{path}] {kind}: {entry}" for entry in entries)
    if failures:
        pytest.fail(
            "serious/critical axe violations or page problems:\n" + "\n".join(failures),
            pytrace=False,
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page(page, language):
    check_pages(page(bypass_csp=True), [f"/{language}/"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_in_header_menu_and_footer(page, language):
    site_page = page(f"/{language}/", bypass_csp=True)
    paths = linked_pages(site_page)
    assert paths, f"/{language}/ links to no page from its header menu or footer"
    check_pages(site_page, paths)


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_results(page, language):
    site_page = page(f"/{language}/", bypass_csp=True)
    path = f"/{language}/search/?q={search_word(site_page)}"
    site_page.visit(path)
    assert site_page.locator("main ol a[href]").count() > 0, (
        f"{path} found nothing, so the results list would go unchecked"
    )
    check_pages(site_page, [path], visit=False)


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_page(page, language):
    check_pages(page(bypass_csp=True), [f"/{language}/no-such-page/"], status=404)
