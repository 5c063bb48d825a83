"""The home page's fonts in a real browser: the right files, and Arabic script shaped by them.

A Greek or English page downloads no Arabic font; an Arabic or Farsi page
no Greek one for the language switcher; every page gets only the small cut
files (portal-*.woff2, scripts/vendor_assets.py), never fontsource's large
ones, for the demo's text. Arabic and Farsi headings are set in the
project's Noto Sans Arabic, with its glyphs (not boxes, not another font)
and its joining forms. How much the first screen weighs on a slow network
is measured by benchmarks/first_screen.py, not tested here.
"""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# Width of `text` in `family` backed by monospace (which, in a container
# without Arabic fonts, has no Arabic glyph either): when the web font has the
# glyphs, the width differs from monospace's alone.
MEASURE = """([text, family]) => {
    const canvas = document.createElement("canvas").getContext("2d");
    canvas.font = `32px ${family}`;
    return canvas.measureText(text).width;
}"""


def open_home(page, language):
    site_page = page()
    fonts = []
    site_page.page.on(
        "response",
        lambda response: (
            fonts.append(response.url.rsplit("/", 1)[-1])
            if response.request.resource_type == "font"
            else None
        ),
    )
    site_page.visit(f"/{language}/")
    site_page.wait_for_fonts()
    return site_page, fonts


@pytest.mark.parametrize("language", ["el", "en"])
def test_a_left_to_right_page_downloads_no_arabic_font(page, language):
    site_page, fonts = open_home(page, language)
    assert fonts, "no font downloaded at all"
    assert [name for name in fonts if "arabic" in name] == []
    assert all(name.startswith("portal-latin") or name.startswith("portal-greek") for name in fonts)
    # The Arabic and Farsi names in the language switcher use the phone's fonts.
    family = site_page.locator(".language-switcher a[lang=ar]").evaluate(
        "a => getComputedStyle(a).fontFamily"
    )
    assert family.startswith("system-ui")
    heading = site_page.locator("h1").evaluate("h => getComputedStyle(h).fontFamily")
    assert heading.startswith('"Noto Sans"')
    site_page.assert_no_problems()


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_arabic_script_pages_get_the_cut_arabic_font_and_no_greek_one_for_the_switcher(
    page, language
):
    site_page, fonts = open_home(page, language)
    assert "portal-arabic-400.woff2" in fonts
    # Greek runs (an address, an acronym) take their ASCII from the Arabic cut (site.css).
    assert [name for name in fonts if name.startswith("portal-latin")] == []
    assert [name for name in fonts if not name.startswith("portal-")] == [], (
        "a character of the demo's text is outside the cut fonts (scripts/vendor_assets.py)"
    )
    family = site_page.locator(".language-switcher a[lang=el]").evaluate(
        "a => getComputedStyle(a).fontFamily"
    )
    assert family.startswith("system-ui")
    site_page.assert_no_problems()


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_arabic_and_farsi_headings_are_set_and_shaped_in_noto_sans_arabic(page, language):
    site_page, _fonts = open_home(page, language)
    heading = site_page.locator("h1")
    assert heading.evaluate("h => getComputedStyle(h).fontFamily").startswith('"Noto Sans Arabic"')
    text = heading.inner_text()
    loaded = site_page.evaluate(
        """() => [...document.fonts]
            .filter(f => f.family.replaceAll('"', '') === "Noto Sans Arabic")
            .filter(f => f.status === "loaded")
            .map(f => f.weight)"""
    )
    assert "700" in loaded or "bold" in loaded  # the heading's weight, not a faux bold
    check = '(t) => document.fonts.check(`bold 32px "Noto Sans Arabic"`, t)'
    assert site_page.evaluate(check, text)

    # Not boxes: each letter of the heading, and the Persian letters, are
    # drawn by the web font (their widths differ from the fallback's).
    samples = [text, "پچژگکی", "العربيّة", "فارسی"]
    for sample in samples:
        ours = site_page.evaluate(MEASURE, [sample, '"Noto Sans Arabic", monospace'])
        fallback = site_page.evaluate(MEASURE, [sample, "monospace"])
        assert ours != fallback, f"{sample!r} is not drawn by Noto Sans Arabic"
    # Joined, not isolated: four behs joined (initial, medial, final forms) are
    # narrower than the same four kept apart by zero-width non-joiners.
    joined = site_page.evaluate(MEASURE, ["بببب", '"Noto Sans Arabic"'])
    apart = site_page.evaluate(MEASURE, ["ب\u200cب\u200cب\u200cب", '"Noto Sans Arabic"'])
    assert joined < apart * 0.8
