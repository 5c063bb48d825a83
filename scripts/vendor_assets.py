"""Install the self-hosted fonts from node_modules into the static files, cut to size.

Run by `make` after `npm ci`, and by hand when deploying (needs fontTools
and brotli, runtime dependencies for that reason). The npm packages @fontsource/noto-sans and
@fontsource/noto-sans-arabic ship each font already split by script
(latin, latin-ext, greek, greek-ext, arabic, …, one WOFF2 file each, with
a `unicode-range`). Their "arabic" file (48 KB) is every Arabic-script
letter Unicode has (Urdu, Sindhi, Kurdish, Quranic marks, presentation
forms); their "latin" file carries the whole of Latin-1; their "greek"
file archaic and Coptic letters. The four languages of the portal need much
less, so this script cuts, with fontTools' subsetter, a small file per
script and weight from fontsource's files:

- "latin": ASCII, the Latin-1 symbols (no-break space, « », ·, °, ±, ×, ÷),
  General Punctuation (‐ – — ‘ ’ “ ” „ † • … ‰ ‹ › and the bidi isolates
  Django and the templates put around numbers and names), €, №, ™, −;
- "greek": the modern (monotonic) Greek alphabet with tonos and dialytika,
  the Greek question mark and the ano teleia;
- "arabic": the Arabic letters and harakat, the Persian letters
  (پ چ ژ گ ک ی ۀ), Arabic-Indic and Persian digits, Arabic punctuation
  (، ؛ ؟ ٪ ٫ ٬), ZWNJ/ZWJ and the direction marks, space and no-break space;
  every OpenType layout feature is kept (`*`: init/medi/fina/isol, rlig,
  mark/mkmk, Persian `locl`, …), so joining, ligatures and marks shape as in
  the full font. Noto Sans's ASCII glyphs (digits, punctuation, Latin
  letters) are merged into it (`ADDED`): Noto Sans Arabic has none, and an
  Arabic page would otherwise download two Latin files for a full stop, a
  phone number and an e-mail address.

The `@font-face` rules of `portal/static/portal/css/fonts.css` are written
from the same lists (`python scripts/vendor_assets.py --css`; a test checks
that the committed file is what this script writes): each cut file is
declared with exactly the characters it holds, and fontsource's own file
for that script stays declared *before* it, as a fallback, with its
`unicode-range` minus those characters (and minus what the file lacks).
A page whose text stays within the cut sets downloads only the small
files; a rarer character (an accented name, a Quranic mark, a polytonic
quotation) makes the browser fetch
fontsource's file for it instead of showing a box. Regular and bold (400,
700), with the licences.
"""

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "node_modules" / "@fontsource"
TARGET = ROOT / "portal" / "static" / "portal" / "vendor" / "fonts"
CSS = ROOT / "portal" / "static" / "portal" / "css" / "fonts.css"
WEIGHTS = [400, 700]

# (family, npm package, fontsource subsets kept whole as on-demand fallbacks, in CSS order)
FAMILIES = [
    ("Noto Sans", "noto-sans", ["greek-ext", "latin-ext", "greek", "latin"]),
    ("Noto Sans Arabic", "noto-sans-arabic", ["arabic"]),
]

# The cut files: name → (npm package, fontsource subset it is cut from, characters).
CUTS = {
    "latin": (
        "noto-sans",
        "latin",
        "U+0020-007E,U+00A0-00BF,U+00D7,U+00F7,U+2000-206F,U+20AC,U+2116,U+2122,U+2212,U+FFFD",
    ),
    "greek": (
        "noto-sans",
        "greek",
        "U+037E,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03CE",
    ),
    "arabic": (
        "noto-sans-arabic",
        "arabic",
        "U+0020,U+00A0,U+060C,U+061B,U+061F,U+0621-063A,U+0640-0655,U+0660-066D,"
        "U+0670,U+067E,U+0686,U+0698,U+06A9,U+06AF,U+06C0,U+06CC,U+06F0-06F9,U+200C-200F",
    ),
}
CUT_FAMILY = {"noto-sans": "Noto Sans", "noto-sans-arabic": "Noto Sans Arabic"}
# Glyphs added to a cut from another font: name → (npm package, fontsource subset, characters).
# Noto Sans Arabic has no Latin digits nor ASCII punctuation, which Arabic and
# Farsi text uses (the full stop, the phone numbers, the times, an e-mail
# address): Noto Sans's own ASCII glyphs are merged into the Arabic cut, so an
# Arabic page needs no Latin font file at all (two ~10 KB files fewer).
ADDED = {
    "arabic": (
        "noto-sans",
        "latin",
        "U+0021-007E,U+00AB,U+00B7,U+00BB,U+2013-2014,U+2026,U+20AC",
    ),
}


# --- Unicode ranges -------------------------------------------------------------------


def parse_ranges(text):
    """ "U+0020-007E,U+00A0" → a set of code points."""
    points = set()
    for part in text.split(","):
        part = part.strip().upper().removeprefix("U+")
        if not part:
            continue
        start, _dash, end = part.partition("-")
        points.update(range(int(start, 16), int(end or start, 16) + 1))
    return points


def format_ranges(points):
    """A set of code points → "U+0020-007E,U+00A0" (sorted, merged)."""
    parts = []
    ordered = sorted(points)
    index = 0
    while index < len(ordered):
        start = end = ordered[index]
        while index + 1 < len(ordered) and ordered[index + 1] == end + 1:
            index += 1
            end = ordered[index]
        parts.append(f"U+{start:04X}" if start == end else f"U+{start:04X}-{end:04X}")
        index += 1
    return ",".join(parts)


def fontsource_ranges(package):
    return json.loads((SOURCE / package / "unicode.json").read_text())


def fontsource_file(package, subset, weight):
    return SOURCE / package / "files" / f"{package}-{subset}-{weight}-normal.woff2"


def cut_file_name(name, weight):
    return f"portal-{name}-{weight}.woff2"


# --- Cutting ------------------------------------------------------------------------------


def cut(source, target, points, flavor="woff2"):
    """Subset `source` to `points` (every layout feature kept)."""
    from fontTools import subset

    options = subset.Options()
    options.flavor = flavor
    options.layout_features = ["*"]
    options.notdef_outline = True
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(points & set(font.getBestCmap())))
    subsetter.subset(font)
    subset.save_font(font, str(target), options)


def cut_and_merge(source, points, added_source, added_points, target):
    """Cut both fonts, then merge the second's glyphs into the first (its metrics, its name)."""
    import tempfile

    from fontTools.merge import Merger

    with tempfile.TemporaryDirectory() as folder:
        first, second = Path(folder, "first.ttf"), Path(folder, "second.ttf")
        cut(source, first, points, flavor=None)
        cut(added_source, second, added_points - points, flavor=None)
        merged = Merger().merge([str(first), str(second)])
        merged.flavor = "woff2"
        merged.save(str(target))


def cut_points():
    """name → the code points its cut file holds (those asked for that fontsource's file has)."""
    held = {}
    for name, (package, subset, ranges) in CUTS.items():
        points = parse_ranges(ranges)
        for weight in WEIGHTS:  # the same characters in every weight
            points &= _cmap(fontsource_file(package, subset, weight))
        if name in ADDED:
            added_package, added_subset, added_ranges = ADDED[name]
            added = parse_ranges(added_ranges)
            for weight in WEIGHTS:
                added &= _cmap(fontsource_file(added_package, added_subset, weight))
            points |= added
        held[name] = points
    return held


def _cmap(path):
    from fontTools.ttLib import TTFont

    return set(TTFont(str(path)).getBestCmap())


# --- The stylesheet -----------------------------------------------------------------------

CSS_HEADER = """\
/*
 * Self-hosted fonts (SIL Open Font License 1.1, see vendor/fonts/*-LICENSE).
 * WRITTEN BY scripts/vendor_assets.py --css: edit the lists there, not this file.
 *
 * For each family and weight, fontsource's files come first, as fallbacks,
 * then the small cut files (portal-*.woff2), whose unicode-range is exactly
 * the characters they hold. A browser tries the rules in reverse order and
 * downloads a file only when the page shows a character of its range: a
 * Greek or English page gets portal-latin (and portal-greek), an Arabic or
 * Farsi page portal-arabic (which has ASCII too: digits, punctuation);
 * fontsource's files only for rarer characters. The site's
 * stylesheet never puts the Arabic family on a left-to-right page, nor the
 * Greek one on the other languages' names in the language switcher.
 */
"""


def font_face(family, weight, file_name, points):
    return (
        "@font-face {\n"
        f'  font-family: "{family}";\n'
        "  font-style: normal;\n"
        f"  font-weight: {weight};\n"
        "  font-display: swap;\n"
        f'  src: url("../vendor/fonts/{file_name}") format("woff2");\n'
        f"  unicode-range: {format_ranges(points)};\n"
        "}\n"
    )


def stylesheet(held=None):
    held = held if held is not None else cut_points()
    rules = []
    for family, package, subsets in FAMILIES:
        ranges = fontsource_ranges(package)
        cuts = {name: spec for name, spec in CUTS.items() if CUT_FAMILY[spec[0]] == family}
        for weight in WEIGHTS:
            for subset in subsets:
                # What the file has of its range: a character it lacks must not
                # make the browser download it for nothing.
                source = fontsource_file(package, subset, weight)
                rest = parse_ranges(ranges[subset]) & _cmap(source)
                for name, (_package, from_subset, _ranges) in cuts.items():
                    if from_subset == subset:
                        rest -= held[name]
                rules.append(font_face(family, weight, source.name, rest))
            for name in cuts:
                rules.append(font_face(family, weight, cut_file_name(name, weight), held[name]))
    return CSS_HEADER + "\n" + "\n".join(rules)


# --- Installing ---------------------------------------------------------------------------


def install():
    TARGET.mkdir(parents=True, exist_ok=True)
    missing = [
        fontsource_file(package, subset, weight).name
        for _family, package, subsets in FAMILIES
        for subset in subsets
        for weight in WEIGHTS
        if not fontsource_file(package, subset, weight).exists()
    ]
    if missing:
        sys.exit(f"Font files missing from node_modules (run `npm ci`): {', '.join(missing)}")
    for _family, package, subsets in FAMILIES:
        for subset in subsets:
            for weight in WEIGHTS:
                source = fontsource_file(package, subset, weight)
                shutil.copy2(source, TARGET / source.name)
        shutil.copy2(SOURCE / package / "LICENSE", TARGET / f"{package}-LICENSE.txt")
    for name, (package, subset, ranges) in CUTS.items():
        for weight in WEIGHTS:
            source = fontsource_file(package, subset, weight)
            target = TARGET / cut_file_name(name, weight)
            if name in ADDED:
                added_package, added_subset, added_ranges = ADDED[name]
                cut_and_merge(
                    source,
                    parse_ranges(ranges),
                    fontsource_file(added_package, added_subset, weight),
                    parse_ranges(added_ranges),
                    target,
                )
            else:
                cut(source, target, parse_ranges(ranges))
    if CSS.read_text() != stylesheet():
        print(
            f"warning: {CSS.relative_to(ROOT)} differs from what the lists here give; "
            "run `python scripts/vendor_assets.py --css` and commit it",
            file=sys.stderr,
        )
    print(f"Fonts installed in {TARGET.relative_to(ROOT)}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--css", action="store_true", help=f"(re)write {CSS.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    if args.css:
        CSS.write_text(stylesheet())
        print(f"Wrote {CSS.relative_to(ROOT)}")
    else:
        install()


if __name__ == "__main__":
    main()
