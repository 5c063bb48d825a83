"""Schedules in words, in the active language."""

import re
import threading

from django.utils import formats
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from recurrence import serialize

# django-recurrence writes days of the month with Django's English suffix
# ("on the 1st, 15th") whatever the language; see `rule_text`.
ENGLISH_ORDINAL = re.compile(r"(?<!\d)(?P<day>\d{1,2})(?P<suffix>st|nd|rd|th)\b")


# {(language, what a description says): the description}, per process. Keyed by content:
# nothing can make an entry stale. Bounded: cleared when full.
_DESCRIPTIONS = {}
_DESCRIPTIONS_LIMIT = 20_000
_lock = threading.Lock()


def describe_window(window):
    """`window_description(window)`, kept per language and what the description says:
    feeds and the API describe a region's fifteen hundred windows in every build, and
    the words (gettext, django-recurrence's rule texts) cost more than all else."""
    recurrence = window.recurrence
    key = (
        get_language(),
        serialize(recurrence) if recurrence else "",
        window.start_time,
        window.end_time,
        window.valid_from,
        window.valid_until,
    )
    found = _DESCRIPTIONS.get(key)
    if found is None:
        found = window_description(window)
        with _lock:
            if len(_DESCRIPTIONS) >= _DESCRIPTIONS_LIMIT:
                _DESCRIPTIONS.clear()
            _DESCRIPTIONS[key] = found
    return found


def window_description(window):
    """ "Monthly, on the first Tuesday, third Tuesday, 10:00–13:30" and validity.

    The rule's own words come from django-recurrence (`Rule.to_text`); its
    phrases are translated in the project's catalogues (it ships no Greek or
    Persian), see `services_catalog/recurrence_strings.py`.
    """
    recurrence = window.recurrence
    parts = [_(", ").join(rule_text(rule) for rule in recurrence.rrules)] if recurrence else []
    if recurrence and recurrence.rdates and not recurrence.rrules:
        parts.append(_("on chosen dates"))
    sentence = _(", ").join(part for part in parts if part)
    sentence = sentence[:1].upper() + sentence[1:]
    hours = ""
    if window.start_time and window.end_time:  # the editor's preview may not have them yet
        hours = _("%(start)s–%(end)s") % {
            "start": formats.time_format(window.start_time, "H:i"),
            "end": formats.time_format(window.end_time, "H:i"),
        }
    text = _(", ").join(part for part in [sentence, hours] if part)
    if window.valid_until:
        text += " " + _("(%(first)s to %(last)s)") % {
            "first": formats.date_format(window.valid_from, "j E Y"),
            "last": formats.date_format(window.valid_until, "j E Y"),
        }
    elif window.valid_from:
        text += " " + _("(from %(first)s)") % {
            "first": formats.date_format(window.valid_from, "j E Y")
        }
    return text


def rule_text(rule):
    """One rule in words, with days of the month written the language's way.

    django-recurrence formats "the 15th" with Django's `jS`, an English
    suffix in every language, so Greek read "μηνιαία, 1st, 15th". Only rules
    with days of the month are touched; weekday positions ("first Tuesday")
    are whole phrases its catalogue already translates.
    """
    text = rule.to_text()
    if not rule.bymonthday:
        return text
    return ENGLISH_ORDINAL.sub(
        # Translators: a day of the month in a schedule ("monthly, on the 15th");
        # %(suffix)s is the English "st", "nd", "rd" or "th": leave it out.
        # xgettext:no-python-format
        lambda match: pgettext("day of the month", "%(day)s%(suffix)s") % match.groupdict(),
        text,
    )
