"""An activity's sessions: when they are, and how many places each has left.

The dates come from the activity's own `OpenWindow`s, expanded by
`services_catalog.schedules.occurrences_of` — the one expansion of opening
hours and van visits — with the activity's cancelled and extra dates, the
place's own cancellations (a closed branch holds no class) and Greek public
holidays. A session staff cancelled (`Session.cancelled_at`) is marked
cancelled too. Places left come from booking's seat ledger (`SlotUsage`),
read in one query.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from activities.models import ActivityException, ActivitySchedule, Session
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
    return _occurrences_of_many([activity], start, end).get(activity.pk, [])


def _occurrences_of_many(activities, start, end):
    """{activity pk: its occurrences in [start, end]}, in three queries plus one per kind of
    place: the activities' windows, their own exceptions, each kind's cancellations."""

    held = [activity for activity in activities if activity.place is not None]
    pks = [activity.pk for activity in held]
    if not pks:
        return {}
    windows, own, closed = defaultdict(list), defaultdict(list), defaultdict(list)
    for window in ActivitySchedule.objects.filter(activity__in=pks).order_by("sort_order", "pk"):
        windows[window.activity_id].append(window)
    for exception in ActivityException.objects.filter(
        activity__in=pks, date__range=(start, end)
    ).order_by("date", "pk"):
        own[exception.activity_id].append(exception)
    by_kind = defaultdict(set)
    for activity in held:
        by_kind[activity.place.kind].add(activity.place.pk)
    for kind, place_pks in by_kind.items():
        spec = PLACE_KINDS[kind]
        for exception in spec.exceptions_of(place_pks, start, end):
            if exception.kind == ExceptionKind.CANCELLED:
                closed[(kind, getattr(exception, f"{spec.window_place_field}_id"))].append(
                    exception
                )
    return {
        activity.pk: schedules.occurrences_of(
            windows[activity.pk],
            [*own[activity.pk], *closed[(activity.place.kind, activity.place.pk)]],
            start,
            end,
            place=activity.place,
            include_cancelled=True,
        )
        for activity in held
    }


def between(activities, start, end):
    """{activity pk: [SessionTime, …]} of many activities in [start, end] (dates), sorted.

    The same answer as `coming` gives one activity, in a fixed number of queries
    however many activities (the van calendar, the API): windows, exceptions,
    each kind of place's cancellations, sessions staff cancelled, the ledger.
    """
    activities = list(activities)
    found = _occurrences_of_many(activities, start, end)
    starts = [o.start for each in found.values() for o in each]
    if not starts:
        return {activity.pk: [] for activity in activities}
    low, high = min(starts), max(starts)
    staff_cancelled = {
        (activity_id, when.astimezone(UTC)): reason
        for activity_id, when, reason in Session.objects.filter(
            activity__in=list(found), start__range=(low, high), cancelled_at__isnull=False
        ).values_list("activity_id", "start", "cancel_reason")
    }
    counted = [a for a in activities if a.needs_sign_up and found.get(a.pk)]
    taken = (
        {
            (key, when.astimezone(UTC)): booked
            for key, when, booked in SlotUsage.objects.filter(
                window_key__in=[a.ledger_key for a in counted], start__range=(low, high)
            ).values_list("window_key", "start", "booked")
        }
        if counted
        else {}
    )
    result = {}
    for activity in activities:
        result[activity.pk] = []
        for o in found.get(activity.pk, []):
            start_utc = o.start.astimezone(UTC)
            cancelled = o.cancelled or (activity.pk, start_utc) in staff_cancelled
            reason = staff_cancelled.get((activity.pk, start_utc)) or o.reason or o.holiday
            left = (
                max(0, activity.seats - taken.get((activity.ledger_key, start_utc), 0))
                if activity.needs_sign_up
                else None
            )
            result[activity.pk].append(
                SessionTime(activity, o.start, o.end, cancelled, reason, left)
            )
    return result


def coming(activity, *, now=None, days=None, limit=None):
    """The sessions still to come in the horizon, with places left, sorted by start."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    end = today + datetime.timedelta(days=days or horizon_days())
    found = [s for s in between([activity], today, end)[activity.pk] if s.end > now]
    return found[:limit] if limit is not None else found


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
