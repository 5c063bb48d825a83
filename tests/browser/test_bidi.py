"""Greek, phone numbers, references and times inside Arabic and Farsi text (issue 11).

On an Arabic or Farsi page every left-to-right run that the bidirectional
algorithm could reorder — the Greek street name of an address, a post code,
a phone number, a time, a reference, an e-mail address — must sit in an
element that isolates it left to right (`<bdi>` or `dir="ltr"`): otherwise
brackets flip, post codes jump into the Greek run and phone numbers read
"5678 1234 69". Checked in the footer, on a stop's page, on a calendar card,
on the booking steps (the details step's error, the review, the
confirmation). And a Farsi card writes every number with one digit system
(Latin, locale/GLOSSARY.md), even what the citizen typed with Persian digits.
"""

import random
import re

import pytest

from tests.browser.conftest import assert_no_serious_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# The text nodes under `root` that hold a run the bidi algorithm could
# reorder, with no isolating left-to-right ancestor between them and `root`'s
# page: Greek letters, digit groups ("185 35", "210 412 0000"), times
# ("10:00"), references ("KX47-MT9A"), e-mail addresses.
RUNS = r"[\u0370-\u03ff\u1f00-\u1fff]|\d[ :\u2013\-/.]+\d|[A-Z0-9]{4}-[A-Z0-9]{4}|@"
UNISOLATED_RUNS = """(root, pattern) => {
  const runs = new RegExp(pattern);
  const isolating = (el) => el.tagName === "BDI"
      || (el.hasAttribute("dir") && getComputedStyle(el).direction === "ltr");
  const found = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.replace(/[\\u2066-\\u2069]/g, "");
    if (!runs.test(text)) continue;
    let el = node.parentElement, ok = false;
    while (el && !ok) { ok = isolating(el); el = el.parentElement; }
    if (!ok) found.push(text.trim());
  }
  return found;
}"""

# The horizontal position of each group of the first isolate holding `example`.
GROUP_POSITIONS = """([selector, example]) => {
  const bdi = [...document.querySelectorAll(selector + " bdi, " + selector + " [dir=ltr]")]
      .find((el) => el.textContent.trim() === example);
  if (!bdi) return null;
  const text = bdi.firstChild;
  const positions = [];
  let from = 0;
  for (const group of example.split(" ")) {
    const at = text.textContent.indexOf(group, from);
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + group.length);
    positions.push(range.getBoundingClientRect().left);
    from = at + group.length;
  }
  return {direction: getComputedStyle(bdi).direction, positions};
}"""

NON_LATIN_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
RTL = ("ar", "fa")
LANGUAGES = ["el", "ar", "fa"]


def go(site, locator):
    with site.expect_navigation():
        locator.click()


def assert_isolated(site, selector, where):
    roots = site.locator(selector)
    assert roots.count() > 0, f"{where}: nothing matches {selector}"
    for index in range(roots.count()):
        unisolated = roots.nth(index).evaluate(UNISOLATED_RUNS, RUNS)
        assert unisolated == [], f"{where}: left-to-right runs not isolated: {unisolated}"


def assert_one_digit_system(site, selector, where):
    text = site.locator(f"{selector}:visible").first.inner_text()
    assert re.search("[0-9]", text), f"{where}: no digits to check in {text!r}"
    assert not NON_LATIN_DIGITS.search(text), f"{where} mixes digit systems: {text!r}"


def assert_greek_address_isolated(site, selector, where):
    """The Greek part of the address is its own `lang="el"` left-to-right element."""
    greek = site.locator(f"{selector} bdi[lang=el][dir=ltr]")
    assert greek.count() > 0, f"{where}: no isolated Greek address in {selector}"
    assert greek.first.evaluate("(el) => getComputedStyle(el).direction") == "ltr"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_footer_stop_page_and_calendar_card_isolate_greek_phones_and_times(page, lang):
    site = page(f"/{lang}/")
    if lang in RTL:
        assert_isolated(site, ".site-footer .contact", "footer")
        assert_greek_address_isolated(site, ".site-footer .contact", "footer")
        assert_isolated(site, ".next-visits", "next visits on the home page")
    site.locator(".site-footer").scroll_into_view_if_needed()
    site.keep_screenshot(f"bidi-footer-{lang}")
    assert_no_serious_violations(run_axe(site), f"home page ({lang})")

    go(site, site.locator(".next-visits a[href*='/stops/']").first)
    if lang in RTL:
        assert_isolated(site, "main", "stop page")
        assert_greek_address_isolated(site, "main .address", "stop page")
    if lang == "fa":
        assert_one_digit_system(site, "main .address", "the stop's address")
        assert_one_digit_system(site, "main ul.visits", "the stop's visits")
    site.keep_screenshot(f"bidi-stop-{lang}")
    assert_no_serious_violations(run_axe(site), f"stop page ({lang})")

    site.visit(f"/{lang}/")
    go(site, site.locator(".next-visits a.button").first)
    assert site.locator(".visit-card").count() > 0
    if lang in RTL:
        assert_isolated(site, ".visit-card", "calendar card")
        assert_greek_address_isolated(site, ".visit-card__address", "calendar card")
    if lang == "fa":
        assert_one_digit_system(site, ".visit-card", "a calendar card")
    site.locator(".visit-card").first.scroll_into_view_if_needed()
    site.keep_screenshot(f"bidi-calendar-{lang}", full_page=False)
    assert_no_serious_violations(run_axe(site), f"calendar ({lang})")
    site.assert_no_problems()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_booking_steps_isolate_the_phone_example_address_reference_and_times(page, lang):
    site = page(f"/{lang}/booking/")
    go(site, site.locator("a.choice-card").first)
    if lang in RTL:
        assert_isolated(site, ".choice-list", "place cards")
        assert_greek_address_isolated(site, ".choice-card", "place cards")
    site.keep_screenshot(f"bidi-places-{lang}", full_page=False)
    go(site, site.locator("a.choice-card").first)
    go(site, site.locator("#earliest-heading ~ p a.button").first)

    # The details step with a wrong phone number: its example keeps its order.
    site.fill("#id_name", "Ζωή Νικολάου" if lang == "el" else "زهرا محمدی")
    site.fill("#id_phone", "123")
    go(site, site.locator("form.form button[type=submit]"))
    error = site.locator("#id_phone-error")
    assert error.is_visible()
    if lang in RTL:
        assert_isolated(site, "#id_phone-error", "phone error")
        assert_isolated(site, ".error-summary", "error summary")
        for example in ("69 1234 5678", "+44 7911 123456"):
            shown = site.evaluate(GROUP_POSITIONS, ["#id_phone-error", example])
            assert shown is not None, f"«{example}» is not an element of its own"
            assert shown["direction"] == "ltr"
            # Read left to right on the screen: "69", then "1234", then "5678".
            assert shown["positions"] == sorted(shown["positions"]), (example, shown)
    error.scroll_into_view_if_needed()
    site.keep_screenshot(f"bidi-details-error-{lang}", full_page=False)
    assert_no_serious_violations(run_axe(site), f"details with an error ({lang})")

    # A citizen on a Persian keyboard types Persian digits; the card shows Latin ones.
    # A number of its own: a phone number may hold only a few appointments at once.
    number = f"69{random.randrange(10**8):08d}"
    site.fill("#id_phone", number.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")))
    site.fill("#id_note", "طبقهٔ ۲، اتاق ۱۴" if lang == "fa" else "Όροφος 2")
    site.check(f"input[name=language][value={lang}]")
    site.check("input[name=interpreter_needed][value=no]")
    go(site, site.locator("form.form button[type=submit]"))
    site.check("#id_consent")
    go(site, site.locator("form.form button[type=submit]"))

    summary = "dl.summary"
    assert site.locator(summary).is_visible()
    assert number in site.locator(summary).inner_text().replace(" ", "")
    if lang in RTL:
        assert_isolated(site, summary, "review")
        assert_greek_address_isolated(site, summary, "review")
    if lang == "fa":
        assert_one_digit_system(site, summary, "the review card")
        assert "طبقهٔ 2، اتاق 14" in site.locator(summary).inner_text()
    site.keep_screenshot(f"bidi-review-{lang}")
    assert_no_serious_violations(run_axe(site), f"review ({lang})")

    go(site, site.locator("main form button[type=submit]"))
    assert site.locator(".reference").is_visible()
    if lang in RTL:
        assert_isolated(site, "main", "confirmation")
        assert_greek_address_isolated(site, summary, "confirmation")
    if lang == "fa":
        assert_one_digit_system(site, summary, "the confirmation card")
    site.keep_screenshot(f"bidi-done-{lang}")
    assert_no_serious_violations(run_axe(site), f"confirmation ({lang})")

    manage = site.locator(".manage-link a").get_attribute("href")
    site.visit(manage)
    if lang in RTL:
        assert_isolated(site, "main", "manage page")
    site.keep_screenshot(f"bidi-manage-{lang}")
    site.assert_no_problems()
