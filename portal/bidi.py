"""Left-to-right runs inside right-to-left text, isolated so they cannot scramble.

An Arabic or Farsi address keeps the Greek street name as it is on the sign:
"ساحة كورايس 1، بيرايوس (Πλατεία Κοραή 1, 185 35 Πειραιάς)". Left to the
Unicode bidirectional algorithm, the Greek run, a post code printed after it
and the brackets around it take each other's direction: brackets flip and
numbers jump to the wrong place or line. Phone numbers ("210 412 0000"),
times ("10:00–13:30"), references and e-mail addresses are reordered group
by group. Isolating each such run (`<bdi dir="ltr">` in HTML, LRI … PDI in
plain text) keeps it in one piece, in its own order, and lets the
surrounding right-to-left text flow around it as one neutral block.

One rule for digits (locale/GLOSSARY.md): Latin digits (0–9) in every
language, since Django prints dates, times and counts that way and people
type them on a Greek phone. Text an editor or a citizen typed with Persian
(۰–۹) or Arabic-Indic (٠–٩) digits is shown with Latin ones, so a card never
mixes two digit systems.

`isolated_html` and `isolated_plain` are what the template filters of
`portal.templatetags.portal_bidi` call.
"""

import re

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import get_language, get_language_bidi

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
ISOLATE_DIRECTIONS = {LRI: "ltr", RLI: "rtl", FSI: "auto"}

# Persian (U+06F0–06F9) and Arabic-Indic (U+0660–0669) digits → 0–9.
LATIN_DIGITS = {0x06F0 + i: str(i) for i in range(10)} | {0x0660 + i: str(i) for i in range(10)}

GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
# A character of a left-to-right script: Latin (with accents), Greek, digits.
LTR_CHAR = "A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u1f00-\u1fff"
# A left-to-right run: such characters, and the separators that join them
# inside a phone number, a time, a date, a reference, an e-mail address or
# a street address ("Πλατεία Κοραή 1, 185 35 Πειραιάς"). A separator only
# counts when another left-to-right character follows it, so the run never
# takes a trailing comma or full stop of the right-to-left sentence with it.
LTR_RUN = re.compile(rf"\+?[{LTR_CHAR}](?:[{LTR_CHAR}_]|[-‐‑–—/:.+ ,@_'’]+(?=\+?[{LTR_CHAR}]))*")
# An isolate already written into the text (catalogue messages, demo texts).
WRITTEN_ISOLATE = re.compile("([\u2066\u2067\u2068])([^\u2066-\u2069]*)\u2069")


def latin_digits(text):
    """`text` with Persian and Arabic-Indic digits written as 0–9."""
    return str(text).translate(LATIN_DIGITS)


def needs_isolating(run):
    """Whether the bidi algorithm could reorder `run` inside right-to-left text.

    A lone number ("52") keeps its place; anything longer — words of another
    script, groups of digits, digits joined by ":" or "-" — is isolated.
    """
    return not run.isdigit()


def _lang_of(run, language):
    """ "el" for a Greek run on a page in another language, else None."""
    if GREEK.search(run) and not (language or "").startswith("el"):
        return "el"
    return None


# The longest run kept on one line: a phone with its country code ("+44 7911 123456").
LONGEST_UNBROKEN = 20


def keeps_together(run):
    """Whether `run` must not break across lines: a number in groups ("185 35",
    "210 412 0000", "10:00–13:30") or one short token (a reference). Words (a
    Greek street name) wrap like any text, and so do e-mail addresses and
    other long tokens: roma.kentro.koinotitas@example.gr is wider than a
    360 px phone."""
    text = str(run).strip()
    if "@" in text or len(text) > LONGEST_UNBROKEN:
        return False
    return " " not in text or not any(ch.isalpha() for ch in text)


def bdi(run, *, direction="ltr", lang=None):
    """`<bdi dir=… lang=…>run</bdi>` (run escaped unless already safe).

    A run that `keeps_together` gets `class="nowrap"` (site.css), so a post
    code or a phone number is never split over two lines.
    """
    attributes = format_html(' dir="{}"', direction)
    if lang:
        attributes += format_html(' lang="{}"', lang)
    if keeps_together(run):
        attributes += mark_safe(' class="nowrap"')
    return format_html("<bdi{}>{}</bdi>", attributes, run)


def _html_runs(text, rtl, language):
    if not rtl:
        return conditional_escape(text)
    parts, last = [], 0
    for match in LTR_RUN.finditer(text):
        run = match.group(0)
        if not needs_isolating(run):
            continue
        parts.append(conditional_escape(text[last : match.start()]))
        parts.append(bdi(run, lang=_lang_of(run, language)))
        last = match.end()
    parts.append(conditional_escape(text[last:]))
    return "".join(parts)


def isolated_html(value, *, rtl=None, language=None):
    """`value` as HTML with every left-to-right run isolated on a right-to-left page.

    Isolates written into the text (LRI … PDI) become `<bdi>` elements in
    every language: some phones draw the control characters as boxes, and an
    element is what the page's tests and styles can see. Digits are Latin.
    A value that is already HTML (SafeData) is returned untouched: its tags
    are not for this function to take apart.
    """
    if value is None:
        return ""
    if isinstance(value, SafeData):
        return value
    if rtl is None:
        rtl = get_language_bidi()
    if language is None:
        language = get_language()
    text = latin_digits(value)
    parts, last = [], 0
    for match in WRITTEN_ISOLATE.finditer(text):
        parts.append(_html_runs(text[last : match.start()], rtl, language))
        mark, inner = match.groups()
        direction = ISOLATE_DIRECTIONS[mark]
        parts.append(bdi(inner, direction=direction, lang=_lang_of(inner, language)))
        last = match.end()
    parts.append(_html_runs(text[last:], rtl, language))
    return mark_safe("".join(parts))  # every piece is escaped above


def isolated_plain(value, *, rtl=None):
    """`value` as plain text (e-mail, SMS, calendar) with left-to-right runs between LRI and PDI.

    Only on a right-to-left language; runs already isolated are kept as
    they are. Digits are Latin.
    """
    if value is None:
        return ""
    if rtl is None:
        rtl = get_language_bidi()
    text = latin_digits(value)
    if not rtl:
        return text
    parts, last = [], 0
    for match in WRITTEN_ISOLATE.finditer(text):
        parts.append(_plain_runs(text[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(_plain_runs(text[last:]))
    return "".join(parts)


def _plain_runs(text):
    return LTR_RUN.sub(
        lambda m: f"{LRI}{m.group(0)}{PDI}" if needs_isolating(m.group(0)) else m.group(0), text
    )
