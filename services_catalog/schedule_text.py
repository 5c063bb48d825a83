"""Schedules in words, in the active language."""

from django.utils import formats
from django.utils.translation import gettext as _


def describe_window(window):
    """ "Monthly, on the first Tuesday, third Tuesday, 10:00–13:30" and validity.

    The rule's own words come from django-recurrence (`Rule.to_text`); its
    phrases are translated in the project's catalogues (it ships no Greek or
    Persian), see `services_catalog/recurrence_strings.py`.
    """
    recurrence = window.recurrence
    parts = [_(", ").join(rule.to_text() for rule in recurrence.rrules)] if recurrence else []
    if recurrence and recurrence.rdates and not recurrence.rrules:
        parts.append(_("on chosen dates"))
    sentence = _(", ").join(part for part in parts if part)
    sentence = sentence[:1].upper() + sentence[1:]
    hours = _("%(start)s–%(end)s") % {
        "start": formats.time_format(window.start_time, "H:i"),
        "end": formats.time_format(window.end_time, "H:i"),
    }
    text = _(", ").join([sentence, hours]) if sentence else hours
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
