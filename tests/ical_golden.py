"""Compare iCalendar text with a stored copy (characterisation tests of the feeds and `.ics`).

Calendar programs keep events by UID and SEQUENCE and compare the rest, so
any change of the text the portal writes is a change for every subscriber:
these helpers let a test hold that text still. Set UPDATE_GOLDEN=1 to store
the text a deliberate change produces.
"""

import difflib
import os
import re
from pathlib import Path


def readable(text, replacements=()):
    """The text unfolded, with LF line ends, and database ids by order of first appearance.

    `replacements` are (old, new) pairs done first (random references).
    Ids stand after a word and "-" or "/" ("stop-visit-12@", "stops/3/") and
    before "@", "/", "." or "-", in UIDs and URLs; nothing else in a calendar
    looks like that once the lines are unfolded. They are numbered per word,
    so the stored text depends neither on database sequences nor on which
    ids of different tables happen to be equal (SQLite and PostgreSQL differ).
    """
    assert "\n" not in text.replace("\r\n", "")  # CRLF line ends, as RFC 5545 asks
    text = text.replace("\r\n ", "").replace("\r\n", "\n")
    for old, new in replacements:
        text = text.replace(old, new)
    seen = {}

    def number(match):
        prefix, value = match.groups()
        numbers = seen.setdefault(prefix, {})
        return f"{prefix}#{numbers.setdefault(value, len(numbers) + 1)}"

    return re.sub(r"([a-z]+[-/])(\d+)(?=[@/.-])", number, text)


def check(path: Path, text):
    """Assert `text` is what `path` holds (or store it, with UPDATE_GOLDEN=1)."""
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    stored = path.read_text(encoding="utf-8")
    difference = difflib.unified_diff(
        stored.splitlines(), text.splitlines(), str(path), "now", lineterm=""
    )
    assert text == stored, "\n".join(difference)
