"""Activity sessions in the van calendar, a filter of their own.

Registered with `services_catalog.calendar_extras` (the catalogue does not
import activities). The calendar passes the places its filters allow: the
van stops, or every kind of place when the citizen asks for activities
everywhere; each session links to its activity with the places left, as the
activity page says them (`activities.sessions`: the same expansion and the
same ledger). All activities are read in a fixed number of queries
(`sessions.between`). A sign-up, a cancellation or a cancelled session
bumps the page cache (`activities.seats`), so the calendar's "5 places
left" is never stale either.
"""

import datetime
from dataclasses import dataclass
from typing import ClassVar

from django.utils import timezone

from activities import sessions
from activities.models import ActivityPage
from activities.places import held_at, with_places, with_spaces


@dataclass(frozen=True)
class CalendarSession:
    """One activity session on the calendar: the session, and the places to show."""

    session: sessions.SessionTime
    left: int | None  # a series: what a sign-up for the series can have
    open: bool  # not cancelled, not over, within the horizon a sign-up reaches

    is_activity: ClassVar[bool] = True
    template_name: ClassVar[str] = "activities/includes/calendar_session.html"
    table_template_name: ClassVar[str] = "activities/includes/calendar_table_session.html"

    @property
    def activity(self):
        return self.session.activity

    @property
    def place(self):
        return self.session.activity.place

    @property
    def start(self):
        return self.session.start

    @property
    def end(self):
        return self.session.end

    @property
    def date(self):
        return self.session.start.date()

    @property
    def cancelled(self):
        return self.session.cancelled

    @property
    def reason(self):
        return self.session.reason


def calendar_sessions(first, last, *, places, now, request=None):
    """The sessions between two dates of the live, public activities held at `places`."""
    activities = list(
        with_places(held_at(ActivityPage.objects.live().public(), with_spaces(places)))
        .prefetch_related("schedules", "exceptions")
        .order_by("path")
    )
    if not activities:
        return []
    today = timezone.localdate(now)
    reach = today + datetime.timedelta(days=sessions.horizon_days())
    # A series' places are those every session of the horizon still has.
    overlaps = first <= reach and last >= today
    start, end = (min(first, today), max(last, reach)) if overlaps else (first, last)
    found = sessions.between(activities, start, end)
    entries = []
    for activity in activities:
        own = found[activity.pk]
        signable = [s for s in own if s.end > now and s.start.date() <= reach]
        series = sessions.series_left(signable) if activity.is_series else None
        for session in own:
            if not first <= session.start.date() <= last:
                continue
            is_open = not session.cancelled and session in signable
            left = series if activity.is_series else session.left
            entries.append(CalendarSession(session, left, is_open))
    return entries
