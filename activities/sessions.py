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


def occurrences(activity, start, end):
    """The activity's occurrences in [start, end] (dates), cancelled ones included, marked."""
    place = activity.place
    if place is None:
        return []
    spec = PLACE_KINDS.get(place.kind)  # None for a local space
    place_cancellations = [
        exception
        for exception in (spec.exceptions_of([place.pk], start, end) if spec else ())
        if exception.kind == ExceptionKind.CANCELLED
    ]
    own = list(activity.exceptions.filter(date__range=(start, end)))
    return schedules.occurrences_of(
        activity.schedules.all(),
        [*own, *place_cancellations],
        start,
        end,
        place=place,
        include_cancelled=True,
    )


def coming(activity, *, now=None, days=None, limit=None):
    """The sessions still to come in the horizon, with places left, sorted by start."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    found = [
        o
        for o in occurrences(
            activity, today, today + datetime.timedelta(days=days or horizon_days())
        )
        if o.end > now
    ]
    if limit is not None:
        found = found[:limit]
    staff_cancelled = dict(
        activity.sessions.filter(
            start__in=[o.start for o in found], cancelled_at__isnull=False
        ).values_list("start", "cancel_reason")
    )
    taken = taken_seats(activity, [o.start for o in found]) if activity.needs_sign_up else {}
    result = []
    for o in found:
        start = o.start.astimezone(UTC)
        cancelled = o.cancelled or start in staff_cancelled
        reason = staff_cancelled.get(start) or o.reason or o.holiday
        left = max(0, activity.seats - taken.get(start, 0)) if activity.needs_sign_up else None
        result.append(SessionTime(activity, o.start, o.end, cancelled, reason, left))
    return result


def taken_seats(activity, starts):
    """{start (UTC): seats taken} from the ledger, in one query."""
    if not starts:
        return {}
    rows = SlotUsage.objects.filter(window_key=activity.ledger_key, start__in=starts)
    return {start.astimezone(UTC): booked for start, booked in rows.values_list("start", "booked")}


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
