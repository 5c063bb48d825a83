"""Reading numbers out of addresses and forms that anyone can type."""

import re

_ID = re.compile(r"[0-9]{1,18}")


def parse_id(value):
    """The positive integer written in `value` with ASCII digits only, else None.

    `str.isdigit()` is not enough: it accepts "²" or "٣", which `int()` then
    refuses (or reads as another number) — a 500 waiting to happen.
    """
    text = str(value) if value is not None else ""
    if not _ID.fullmatch(text):
        return None
    number = int(text)
    return number if number > 0 else None
