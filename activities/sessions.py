"""An activity's sessions: when they are, and how many places each has left.

The dates come from the activity's own `OpenWindow`s, expanded by
`services_catalog.schedules.occurrences_of` — the one expansion of opening
hours and van visits — with the activity's cancelled and extra dates, the
place's own cancellations (a closed branch holds no class) and Greek public
holidays. A local space has no closures of its own (and its branch's do not
close the community's room): its activities' own cancelled dates say it. A
session staff cancelled (`Session.cancelled_at`) is marked cancelled too.
Places left come from booking's seat ledger (`SlotUsage`), read in one query.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from activities.models import Session
from booking.models import SlotUsage
from services_catalog import schedules
from services_catalog.choices import ExceptionKind
from services_catalog.places import PLACE_KINDS

UTC = datetime.UTC


def horizon_days():
    """How far ahead sessions are shown and a series sign-up reaches."""
    return getattr(settings, "ACTIVITIES_HORIZON_DAYS", 120)


@dataclass(frozen=True)
class SessionTime:
    """One dated session: its times, whether it is cancelled, places left."""

    activity: object
    start: datetime.datetime
    end: datetime.datetime
    cancelled: bool = False
    reason: str = ""
    left: int | None = None  # None: drop-in, nobody counts

    @property
    def key(self):
        """Stable, opaque, in addresses: the start in UTC ("20261210T0800")."""
        return session_key(self.start)

    @property
    def full(self):
        return self.left is not None and self.left <= 0


def session_key(start):
    return start.astimezone(UTC).strftime("%Y%m%dT%H%M")


def parse_session_key(value):
    """The aware start a session key names, or None."""
    try:
        return datetime.datetime.strptime(str(value or ""), "%Y%m%dT%H%M").replace(tzinfo=UTC)
    except ValueError:
        return None


def occurrences(activity, start, end, place_cancellations=None):
    """The activity's occurrences in [start, end] (dates), cancelled ones included, marked.

    `place_cancellations`: the place's cancellations in those dates when the
    caller read them for many activities at once (`coming_for`); else read here.
    Reads the activity's `schedules` and `exceptions` through `.all()`, so a
    caller that prefetched them pays nothing more (and a page preview sees
    its unsaved rows).
    """
    place = activity.place
    if place is None:
        return []
    if place_cancellations is None:
        place_cancellations = cancellations_at([activity], start, end).get(place_ref(place), [])
    own = [exception for exception in activity.exceptions.all() if start <= exception.date <= end]
    return schedules.occurrences_of(
        activity.schedules.all(),
        [*own, *place_cancellations],
        start,
        end,
        place=place,
        include_cancelled=True,
    )


def place_ref(place):
    return (place.kind, place.pk)


def cancellations_at(activities, start, end):
    """{(kind, place pk): the place's cancellations in [start, end]} of the activities'
    places: one query per kind of place, however many activities."""
    by_kind = {}
    for activity in activities:
        place = activity.place
        if place is not None:
            by_kind.setdefault(place.kind, set()).add(place.pk)
    found = {}
    for kind, pks in by_kind.items():
        spec = PLACE_KINDS.get(kind)
        if spec is None:  # a community's local space has no closures of its own
            continue
        for exception in spec.exceptions_of(sorted(pks), start, end):
            if exception.kind == ExceptionKind.CANCELLED:
                owner = getattr(exception, f"{spec.window_place_field}_id")
                found.setdefault((kind, owner), []).append(exception)
    return found


def coming(activity, *, now=None, days=None):
    """The sessions still to come in the horizon, with places left, sorted by start."""
    return coming_for([activity], now=now, days=days)[activity.pk]


def coming_for(activities, *, now=None, days=None):
    """{activity pk: its sessions still to come in the horizon} for many activities."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    last = today + datetime.timedelta(days=days or horizon_days())
    return between(activities, today, last, after=now)


def between(activities, start, end, *, after=None):
    """{activity pk: [SessionTime, …]} of many activities in [start, end] (dates), sorted.

    One reading for every page that lists sessions (What's on, the staff
    sessions, the van calendar, the API), in a fixed number of queries however
    many activities: reading them one activity at a time cost five queries an
    activity. The places' cancellations (one query per kind of place), the
    sessions staff cancelled and the seats taken (one query each) are read for
    all of them; the activities' schedules and exceptions come from the
    caller's `prefetch_related("schedules", "exceptions")` (else one query
    each). `after` (an aware datetime) leaves out the sessions ended by then.
    """
    activities = list(activities)
    at_places = cancellations_at(activities, start, end)
    found = {}
    for activity in activities:
        place = activity.place
        cancelled_there = at_places.get(place_ref(place), []) if place is not None else []
        found[activity.pk] = [
            o
            for o in occurrences(activity, start, end, cancelled_there)
            if after is None or o.end > after
        ]
    starts = [o.start for each in found.values() for o in each]
    staff_cancelled = _staff_cancelled(activities, starts)
    taken = taken_seats_for([a for a in activities if a.needs_sign_up], starts)
    result = {}
    for activity in activities:
        sessions_ = []
        for o in found[activity.pk]:
            start_utc = o.start.astimezone(UTC)
            told = staff_cancelled.get((activity.pk, start_utc))
            reason = told or o.reason or o.holiday
            left = None
            if activity.needs_sign_up:
                left = max(0, activity.seats - taken.get((activity.ledger_key, start_utc), 0))
            sessions_.append(
                SessionTime(activity, o.start, o.end, o.cancelled or told is not None, reason, left)
            )
        result[activity.pk] = sessions_
    return result


def _staff_cancelled(activities, starts):
    """{(activity pk, start UTC): reason} of the sessions staff cancelled, in one query."""
    if not starts:
        return {}
    rows = Session.objects.filter(
        activity__in=[a.pk for a in activities if a.pk is not None],
        start__range=(min(starts), max(starts)),
        cancelled_at__isnull=False,
    ).values_list("activity_id", "start", "cancel_reason")
    return {(pk, start.astimezone(UTC)): reason for pk, start, reason in rows}


def taken_seats_for(activities, starts):
    """{(ledger key, start UTC): seats taken} of the activities' sessions, in one query."""
    if not activities or not starts:
        return {}
    rows = SlotUsage.objects.filter(
        window_key__in=[activity.ledger_key for activity in activities],
        start__range=(min(starts), max(starts)),
    ).values_list("window_key", "start", "booked")
    return {(key, start.astimezone(UTC)): booked for key, start, booked in rows}


def bookable(sessions):
    """The sessions a sign-up can hold: not cancelled."""
    return [session for session in sessions if not session.cancelled]


def series_left(sessions):
    """Places a series sign-up can have: the fewest left in any session it would hold."""
    open_sessions = bookable(sessions)
    if not open_sessions or open_sessions[0].left is None:
        return None
    return min(session.left for session in open_sessions)


def find(activity, key, *, now=None):
    """The coming session that `key` names, or None."""
    start = parse_session_key(key)
    if start is None:
        return None
    for session in coming(activity, now=now):
        if session.start == start:
            return session
    return None
