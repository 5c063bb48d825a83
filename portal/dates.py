"""The one window of dates the portal accepts from anyone: a year back to two years ahead.

Every date a browser or an API client sends — the API's `from`/`to`, the
van calendar's month, the time inside a slot key — is checked against this
window before anything is expanded or looked up. Schedules are expanded
from their first valid day, so a date in year 9999 made one request
expand eight thousand years of openings (twelve seconds of a worker), and
a slot key near the end of year 9999 overflowed `datetime` (a 500). Inside
the window the work of any request is bounded; outside it the answer is a
translated 4xx.

The window moves with today in Europe/Athens (the site's TIME_ZONE). It is
wide enough for everything the portal shows: the booking horizon (weeks),
the iCal feeds (the previous month to two years ahead) and a year of past
visits in the calendar and the API.
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

SUPPORTED_PAST = datetime.timedelta(days=366)
SUPPORTED_FUTURE = datetime.timedelta(days=2 * 366)


def supported_window(today=None):
    """(first, last) day the portal accepts, both inclusive."""
    today = today or timezone.localdate()
    return today - SUPPORTED_PAST, today + SUPPORTED_FUTURE


def within_supported_window(day, today=None):
    """True when `day` (a date, or an aware datetime) lies in the window."""
    if isinstance(day, datetime.datetime):
        if day.tzinfo is None:
            return False
        # Its day in UTC: converting year 9999 to Athens time would overflow.
        day = day.astimezone(datetime.UTC).date()
    first, last = supported_window(today)
    return first <= day <= last


def out_of_window_message(*, iso=False, today=None):
    """ "Choose a date between … and …", in the active language.

    `iso` writes the dates as YYYY-MM-DD (for the API); otherwise as the
    active language writes a date.
    """
    first, last = supported_window(today)
    if iso:
        shown = first.isoformat(), last.isoformat()
    else:
        shown = date_format(first, "DATE_FORMAT"), date_format(last, "DATE_FORMAT")
    return _("Choose a date between %(first)s and %(last)s.") % {
        "first": shown[0],
        "last": shown[1],
    }
