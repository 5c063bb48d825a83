"""A light first screen (issue 10, item 4): cut fonts, preloads, responsive images.

The browser side (which font files a page really downloads, Arabic shaped
with the project's font) is in tests/browser/test_first_screen.py; the
weight and timing on a slow network in benchmarks/first_screen.py.
"""

import importlib.util
import re
from pathlib import Path

from django.test import override_settings

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

import pytest

from portal.blocks import BodyBlock

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "portal" / "static" / "portal" / "vendor" / "fonts"
CSS = ROOT / "portal" / "static" / "portal" / "css"
PERSIAN_LETTERS = "پچژگکی"


def vendor_assets():
    spec = importlib.util.spec_from_file_location(
        "vendor_assets", ROOT / "scripts" / "vendor_assets.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def installed_font(name):
    tt_lib = pytest.importorskip("fontTools.ttLib")
    path = FONTS / name
    if not path.exists():
        pytest.skip(f"{path.relative_to(ROOT)} is missing: run `make setup`")
    return tt_lib.TTFont(str(path))


# --- The fonts -------------------------------------------------------------------------


def test_fonts_css_is_what_the_install_script_writes():
    pytest.importorskip("fontTools")
    module = vendor_assets()
    if not module.SOURCE.exists():
        pytest.skip("node_modules/@fontsource is missing: run `make setup`")
    assert (CSS / "fonts.css").read_text() == module.stylesheet(), (
        "fonts.css is out of date: run `python scripts/vendor_assets.py --css`"
    )


@pytest.mark.parametrize("weight", [400, 700])
def test_the_arabic_cut_has_the_arabic_and_persian_letters_and_keeps_shaping(weight):
    font = installed_font(f"portal-arabic-{weight}.woff2")
    cmap = font.getBestCmap()
    wanted = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأؤإئةى" + PERSIAN_LETTERS + "،؛؟ًٌٍَُِّْ"
    wanted += "\u200c\u200d "
    wanted += "0123456789.,:;!?()@-/ azAZ«»"  # Noto Sans's ASCII, merged in
    assert [c for c in wanted if ord(c) not in cmap] == []
    features = {record.FeatureTag for record in font["GSUB"].table.FeatureList.FeatureRecord}
    assert {"init", "medi", "fina", "rlig", "locl"} <= features
    positioning = {record.FeatureTag for record in font["GPOS"].table.FeatureList.FeatureRecord}
    assert {"mark", "mkmk"} <= positioning
    # Much smaller than fontsource's file for all of the Arabic script.
    assert (FONTS / f"portal-arabic-{weight}.woff2").stat().st_size < 20_000


@pytest.mark.parametrize("weight", [400, 700])
def test_the_greek_and_latin_cuts_cover_modern_greek_and_typography(weight):
    greek = installed_font(f"portal-greek-{weight}.woff2").getBestCmap()
    latin = installed_font(f"portal-latin-{weight}.woff2").getBestCmap()
    text = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώΐΰϊϋΆΈΉΊΌΎΏ"
    assert [c for c in text if ord(c) not in greek] == []
    typography = "«»–—‘’“”…€·° 0123456789.,:;!?()"
    assert [c for c in typography if ord(c) not in latin] == []


def test_no_arabic_family_on_left_to_right_pages_in_the_site_stylesheet():
    css = (CSS / "site.css").read_text()
    ltr_stack = re.search(r"--font:([^;]+);", css).group(1)
    assert "Arabic" not in ltr_stack


# --- Preloads ----------------------------------------------------------------------------


def preloads(html):
    return re.findall(r'<link rel="preload" href="[^"]*/(portal-[a-z]+-\d+)\.woff2"', html)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("el", {"portal-latin-400", "portal-latin-700", "portal-greek-400", "portal-greek-700"}),
        ("en", {"portal-latin-400", "portal-latin-700"}),
        ("ar", {"portal-arabic-400", "portal-arabic-700"}),
        ("fa", {"portal-arabic-400", "portal-arabic-700"}),
    ],
)
def test_each_language_preloads_only_its_first_screen_fonts(client, home, language, expected):
    html = client.get(f"/{language}/").content.decode()
    assert set(preloads(html)) == expected
    # A font preload without crossorigin is fetched twice.
    assert all("crossorigin" in tag for tag in re.findall(r'<link rel="preload"[^>]*>', html))
    assert "print.css" not in html  # folded into site.css: one request fewer


# --- Images ------------------------------------------------------------------------------


def test_an_image_in_a_page_body_is_responsive_sized_and_lazy(home, tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        image = Image.objects.create(
            title="Square", file=get_test_image_file(size=(1600, 1200)), description="A square"
        )
        block = BodyBlock()
        value = block.to_python([{"type": "image", "value": {"image": image.pk, "alt_text": ""}}])
        html = block.render(value)
    tag = re.search(r"<img [^>]*>", html).group(0)
    widths = sorted(int(w) for w in re.findall(r" (\d+)w", tag))
    assert widths == [400, 800, 1200]
    assert 'sizes="' in tag
    assert re.search(r'width="\d+"', tag) and re.search(r'height="\d+"', tag)
    assert 'loading="lazy"' in tag
