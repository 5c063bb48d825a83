"""Calendar arithmetic for the van calendar and the feeds: months, weeks, day names.

Pure functions of dates: no models, no queries, so anything (pages, feeds,
the API) can use them without pulling in the catalogue.
"""

import calendar as pycalendar
import datetime

from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.translation import pgettext_lazy

# The one- or two-letter names over the columns of the phone's month grid.
# Django's abbreviations are whole words in Arabic and Farsi ("الاثنين",
# "چهارشنبه"): seven of them do not fit 360 px.
NARROW_WEEKDAYS = [
    pgettext_lazy("weekday, narrow", "Mo"),
    pgettext_lazy("weekday, narrow", "Tu"),
    pgettext_lazy("weekday, narrow", "We"),
    pgettext_lazy("weekday, narrow", "Th"),
    pgettext_lazy("weekday, narrow", "Fr"),
    pgettext_lazy("weekday, narrow", "Sa"),
    pgettext_lazy("weekday, narrow", "Su"),
]


def add_months(day, months):
    """The first day of the month `months` after (or before) the month of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def month_bounds(first):
    """(first day, last day) of the month that starts on `first`."""
    return first, add_months(first, 1) - datetime.timedelta(days=1)


def month_weeks(first, occurrences):
    """Weeks (Monday first) of the month, each day with its occurrences; None pads."""
    by_day = {}
    for occurrence in occurrences:
        by_day.setdefault(occurrence.date, []).append(occurrence)
    return [
        [(day, by_day.get(day, [])) if day.month == first.month else (None, []) for day in week]
        for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    ]


def days_with(occurrences):
    """[(day, [occurrence, …]), …] in order, only days that have occurrences."""
    days = []
    for occurrence in occurrences:
        if not days or days[-1][0] != occurrence.date:
            days.append((occurrence.date, []))
        days[-1][1].append(occurrence)
    return days


def weekday_names():
    """Monday to Sunday, full, short and narrow, in the active language."""
    return [(WEEKDAYS[i], WEEKDAYS_ABBR[i], NARROW_WEEKDAYS[i]) for i in range(7)]


def split_at(days, today):
    """([(day, items), …] before `today`, the same from `today` on), of a list in order."""
    earlier = [(day, items) for day, items in days if day < today]
    return earlier, days[len(earlier) :]


def month_marks(weeks):
    """The weeks of `month_weeks` as (day, visits, cancelled, activities): how many visits
    take place that day, how many are cancelled, and how many other entries (activity
    sessions, `calendar_extras`) take place (the phone's month grid marks days)."""

    def count(found, *, cancelled, activity):
        return sum(
            1
            for o in found
            if o.cancelled == cancelled and getattr(o, "is_activity", False) == activity
        )

    return [
        [
            (
                day,
                count(found, cancelled=False, activity=False),
                count(found, cancelled=True, activity=False),
                count(found, cancelled=False, activity=True),
            )
            for day, found in week
        ]
        for week in weeks
    ]
