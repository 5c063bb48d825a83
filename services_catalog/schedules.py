"""Expand open windows into occurrences: the one place that does it.

Branch opening hours and van visits are `OpenWindow`s. `occurrences()` turns
the windows of any set of branches and stops into dated, timed
`Occurrence`s over a date range:

- the recurrence rules are expanded in *local wall-clock time* of
  Europe/Athens and only then given the zone, so a 10:00 visit stays at
  10:00 across both daylight-saving changes;
- dates the editor picked in the recurrence widget are normalised to whole
  days first (the widget stores the browser's local midnight in UTC);
- Greek public holidays (the `holidays` package, Orthodox Easter included)
  are removed unless the window is marked open on holidays;
- cancellations of the place remove that day's occurrences (kept, marked
  cancelled, when `include_cancelled`), extra dates add one.

It costs at most four queries whatever the number of places and dates
(windows and exceptions of branches, windows and exceptions of stops; with
the windows memoised, the ids of the places asked about instead of their
windows); the rest is arithmetic. Pages, the van calendar, iCal feeds, the
API and booking slots all call it, so they cannot disagree.

At the scale of a region (a thousand stops, 1,500 windows) reading the
windows and expanding their rules cost seconds per call, on every page that
lists visits. Two memories make both nearly free, without changing any answer:

- the dates of one rule from one anchor (`_rule_days`) are a pure function of
  what defines the rule and the anchor, so they are kept per process with no
  invalidation at all (an edited rule is a different key);
- the windows of every published place (`_windows_of`) are kept per
  content generation (`portal.content_memo`, exactly as fresh as a cached
  page, and not kept at all without a shared cache); each call then picks
  the windows of the places it was asked about.
"""

import bisect
import datetime
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from django.utils import timezone

import holidays as holidays_lib
from dateutil import rrule as dateutil_rrule

from portal import content_memo, page_cache
from services_catalog.choices import ExceptionKind
from services_catalog.places import PLACE_KINDS

# The site's zone, settings.TIME_ZONE (Europe/Athens): its one definition.
# Everything that needs the zone as an object imports ATHENS from here.
ATHENS = timezone.get_default_timezone()
UTC = datetime.UTC
# The longest range one call may expand: the API and feeds refuse more.
MAX_RANGE_DAYS = 400


@dataclass(frozen=True)
class Occurrence:
    """One dated opening of a place (a branch's day, a van's visit)."""

    place: object  # BranchPage or Stop
    window: object  # BranchSchedule or StopSchedule
    start: datetime.datetime  # aware, Europe/Athens
    end: datetime.datetime
    source: str = "rule"  # "rule", "date" (picked in the widget) or "extra"
    exception: object = None  # the ScheduleException of an extra or cancelled date
    cancelled: bool = False
    reason: str = ""
    holiday: str = ""  # name of the public holiday that removed it, if any

    @property
    def id(self):
        """Stable and opaque: the window or extra date, and the start in UTC."""
        stamp = self.start.astimezone(UTC).strftime("%Y%m%dT%H%MZ")
        if self.source == "extra":
            return f"{self.place.kind}-extra-{self.exception.pk}-{stamp}"
        return f"{self.window.uid_key}-{stamp}"

    @property
    def date(self):
        return self.start.date()

    @property
    def capacity(self):
        return self.window.capacity

    @property
    def mobile_unit(self):
        """The van of a stop's visit; None for a branch's opening."""
        return getattr(self.place, "mobile_unit", None)

    @property
    def is_stop(self):
        return self.mobile_unit is not None


@dataclass
class _PlaceExceptions:
    cancelled: dict = field(default_factory=dict)  # date -> exception
    extra: list = field(default_factory=list)


def local_date(value):
    """The calendar day an editor meant by a date-time from the recurrence widget.

    The widget sends the browser's local midnight converted to UTC
    (2026-12-01 in Athens arrives as 2026-11-30T22:00Z). The nearest
    midnight to the instant, in UTC, is that day for any zone from UTC−11
    to UTC+12.
    """
    if isinstance(value, datetime.datetime):
        if timezone.is_naive(value):
            return value.date()
        return (value.astimezone(UTC) + datetime.timedelta(hours=12)).date()
    return value


@lru_cache(maxsize=32)
def _greek_holidays(year, language):
    return dict(holidays_lib.country_holidays("GR", years=year, language=language))


def public_holiday(day, language="el"):
    """The name of the Greek public holiday on `day`, or ""."""
    language = "en_US" if language == "en" else "el"
    return _greek_holidays(day.year, language).get(day, "")


def rule_dates(window, start, end):
    """Dates the window's rules and picked dates give in [start, end], with their source.

    Returns (dates, removed): a sorted list of (date, source) and the set of
    dates the editor excluded in the widget.
    """
    recurrence = window.recurrence
    if recurrence is None:
        return [], set()
    first, last = valid_range(window, start, end)
    if first > last:
        return [], set()
    found = {}
    for rule in recurrence.rrules:
        for day in dates_of_rule(window, rule, start, end):
            found.setdefault(day, "rule")
    for picked in recurrence.rdates:
        day = local_date(picked)
        if first <= day <= last:
            found[day] = "date"
    removed = {local_date(excluded) for excluded in recurrence.exdates}
    dates = sorted((day, source) for day, source in found.items() if day not in removed)
    return dates, removed


def valid_range(window, start, end):
    """[start, end] narrowed to the window's validity; empty when first > last."""
    first = max(start, window.valid_from) if window.valid_from else start
    last = min(end, window.valid_until) if window.valid_until else end
    return first, last


def dates_of_rule(window, rule, start, end):
    """The sorted dates ONE recurrence rule of `window` gives in [start, end], within its validity.

    Before the widget's picked and excluded dates, holidays and
    cancellations: the iCal feeds write each rule as its own RRULE and state
    those as RDATE/EXDATE, so they need a rule's own dates. The rule counts
    from the window's first valid day (so "every other Monday" keeps its
    rhythm whatever range is asked), in local wall-clock time.
    """
    first, last = valid_range(window, start, end)
    if first > last:
        return []
    days = _rule_days(rule, window.valid_from or start, last)
    return list(days[bisect.bisect_left(days, first) : bisect.bisect_right(days, last)])


# (_rule_key, anchor, horizon) -> sorted tuple of dates. Bounded: cleared when full.
_RULE_DAYS = {}
_RULE_DAYS_LIMIT = 20_000
_rule_days_lock = threading.Lock()


def _rule_days(rule, anchor, last):
    """Every date `rule` gives from `anchor` to the end of the year after `last`.

    Kept per process under what defines the rule (`_rule_key`): the answer
    depends on nothing else, so no change anywhere can make it stale. The
    horizon is rounded to a year's end so that the ranges pages ask for (this
    month, the next 60 days, the feed's 26 months) share one expansion.
    """
    horizon = datetime.date(last.year + 1, 12, 31)
    key = (_rule_key(rule), anchor, horizon)
    found = _RULE_DAYS.get(key)
    if found is None:
        midnight = datetime.datetime.combine(anchor, datetime.time())
        moments = _to_rrule(rule, midnight).between(
            midnight, datetime.datetime.combine(horizon, datetime.time.max), inc=True
        )
        found = tuple(sorted({moment.date() for moment in moments}))
        with _rule_days_lock:
            if len(_RULE_DAYS) >= _RULE_DAYS_LIMIT:
                _RULE_DAYS.clear()
            _RULE_DAYS[key] = found
    return found


def _rule_key(rule):
    """What makes one rule's dates: hashable, and kept on the rule (windows are shared
    per content generation, so each rule's key is worked out once)."""
    key = getattr(rule, "_portal_dates_key", None)
    if key is None:
        key = (
            rule.freq,
            rule.interval,
            rule.wkst,
            rule.count,
            rule.until,
            tuple(repr(getattr(rule, param)) for param in rule.byparams),
        )
        rule._portal_dates_key = key
    return key


def _to_rrule(rule, anchor):
    """A dateutil rrule in naive local time, starting at `anchor`."""
    kwargs = {param: (getattr(rule, param) or None) for param in rule.byparams}
    kwargs["byweekday"] = kwargs.pop("byday")
    until = None
    if rule.until:
        until = datetime.datetime.combine(local_date(rule.until), datetime.time.max)
    return dateutil_rrule.rrule(
        rule.freq,
        dtstart=anchor,
        interval=rule.interval or 1,
        wkst=rule.wkst,
        count=rule.count,
        until=until,
        **kwargs,
    )


def _at(day, time):
    return datetime.datetime.combine(day, time, tzinfo=ATHENS)


def expand_window(window, place, start, end, exceptions, include_cancelled=False):
    """Occurrences of one window in [start, end] (dates, inclusive)."""
    dates, _removed = rule_dates(window, start, end)
    result = []
    for day, source in dates:
        cancellation = exceptions.cancelled.get(day)
        holiday = ""
        if source == "rule" and not window.open_on_public_holidays:
            holiday = public_holiday(day)
        if (cancellation is not None or holiday) and not include_cancelled:
            continue
        result.append(
            Occurrence(
                place=place,
                window=window,
                start=_at(day, window.start_time),
                end=_at(day, window.end_time),
                source=source,
                exception=cancellation,
                cancelled=cancellation is not None or bool(holiday),
                reason=(cancellation.reason if cancellation is not None else ""),
                holiday=holiday,
            )
        )
    return result


def expand_extra(exception, place, primary_window):
    """The occurrence an extra date adds (its own hours, or the usual ones)."""
    start_time = exception.start_time or primary_window.start_time
    end_time = exception.end_time or primary_window.end_time
    return Occurrence(
        place=place,
        window=primary_window,
        start=_at(exception.date, start_time),
        end=_at(exception.date, end_time),
        source="extra",
        exception=exception,
    )


def occurrences_of(windows, exceptions, start, end, *, place, include_cancelled=False):
    """Occurrences of `windows` held at `place` in [start, end], `exceptions` applied.

    For schedules that belong to something held at a place rather than to the
    place itself (an activity's sessions, `activities.sessions`): the same
    rules, holidays, cancellations and extra dates as opening hours and van
    visits. A date `exceptions` cancels twice (say the place's and the
    activity's own) counts once, the first given. Sorted by start.
    """
    windows = list(windows)
    entry = _PlaceExceptions()
    for exception in exceptions:
        if exception.kind == ExceptionKind.CANCELLED:
            entry.cancelled.setdefault(exception.date, exception)
        elif start <= exception.date <= end:
            entry.extra.append(exception)
    found = []
    for window in windows:
        found += expand_window(window, place, start, end, entry, include_cancelled)
    if windows:
        found += [expand_extra(exception, place, windows[0]) for exception in entry.extra]
    found.sort(key=lambda o: (o.start, o.window.pk))
    return found


def occurrences(start, end, *, branches=None, stops=None, homes=None, include_cancelled=False):
    """All occurrences of the given branches, stops and home-visit teams between two dates
    (inclusive).

    `branches`, `stops` and `homes` are querysets (or lists of ids); None
    leaves that kind out. Only live places count. Sorted by start, then place.
    """
    if end < start:
        return []
    found = []
    for kind, places in (("branch", branches), ("stop", stops), ("home", homes)):
        if places is None:
            continue
        spec = PLACE_KINDS[kind]
        found += _expand_group(
            _windows_of(spec, places),
            spec.exceptions_of(places, start, end),
            spec.window_place_field,
            start,
            end,
            include_cancelled,
        )
    found.sort(key=lambda o: (o.start, o.place.kind, o.place.pk, o.window.pk))
    return found


def windows_and_exceptions(start, end, *, branches=None, stops=None):
    """[(window, its place, the place's exceptions between the dates)] of these places, in
    `windows_of`'s order, without expanding anything (two queries a kind at most).

    For callers that keep what they build from a window under what it depends
    on (the iCal feeds) and expand only the windows whose inputs changed, with
    `occurrences()` on their places.
    """
    found = []
    for kind, places in (("branch", branches), ("stop", stops)):
        if places is None:
            continue
        spec = PLACE_KINDS[kind]
        field = spec.window_place_field
        by_place = {}
        for exception in spec.exceptions_of(places, start, end):
            by_place.setdefault(getattr(exception, f"{field}_id"), []).append(exception)
        for window in _windows_of(spec, places):
            place = getattr(window, field)
            found.append((window, place, by_place.get(place.pk, [])))
    return found


def _windows_of(spec, places):
    """The windows of `places` whose place is published, in `windows_of`'s order.

    With a content generation to key on, the windows of every published
    place of the kind are read once per generation and shared (read-only:
    occurrences only point at them), and `places` costs at most one query for
    its ids; without one, only the windows of `places` are read, in one query.
    """
    if not content_memo.available():
        return spec.windows_of(places)
    by_place = content_memo.memoised(
        ("schedules.live-windows", spec.kind), lambda: _windows_by_place(spec)
    )
    # windows_of orders by place, then the windows' own order: the same here.
    return [
        window
        for place_id in sorted(_place_ids(places) & by_place.keys())
        for window in by_place[place_id]
    ]


def _windows_by_place(spec):
    """{place id: its windows, in order} for every published place of the kind."""
    by_place = {}
    for window in spec.windows_of(spec.model.objects.all()):
        by_place.setdefault(getattr(window, f"{spec.window_place_field}_id"), []).append(window)
    return by_place


def _place_ids(places):
    """The primary keys of a queryset of places (one query), or of a list of ids or places."""
    if hasattr(places, "values_list"):
        return set(places.values_list("pk", flat=True))
    return {getattr(place, "pk", place) for place in places}


def _expand_group(windows, exceptions, place_field, start, end, include_cancelled):
    by_place = {}
    for exception in exceptions:
        entry = by_place.setdefault(getattr(exception, f"{place_field}_id"), _PlaceExceptions())
        if exception.kind == ExceptionKind.CANCELLED:
            entry.cancelled[exception.date] = exception
        else:
            entry.extra.append(exception)
    result = []
    primary = {}
    for window in windows:
        place = getattr(window, place_field)
        primary.setdefault(place.pk, window)
        place_exceptions = by_place.get(place.pk, _PlaceExceptions())
        result += expand_window(window, place, start, end, place_exceptions, include_cancelled)
    for place_id, entry in by_place.items():
        window = primary.get(place_id)
        if window is None:  # a place with no window has nothing to extend
            continue
        for exception in entry.extra:
            result.append(expand_extra(exception, getattr(window, place_field), window))
    return result


def next_occurrences(limit, *, branches=None, stops=None, days=120, now=None):
    """The next `limit` occurrences still to come (cancelled ones included, marked).

    Looks a week ahead first and further only when that holds fewer than
    `limit`: the answer is the same (occurrences are sorted by start, and a
    later day starts later), and a region's thousand stops need not be
    expanded over four months to show the next four visits.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    span = min(days, 7)
    while True:
        upcoming = [
            o
            for o in occurrences(
                today,
                today + datetime.timedelta(days=span),
                branches=branches,
                stops=stops,
                include_cancelled=True,
            )
            if o.end > now
        ]
        if len(upcoming) >= limit or span >= days:
            break
        span = min(days, span * 4)
    # A cached page that shows these changes when the first of them ends
    # (the first to end is on the first day that has any: visits last a day at most).
    page_cache.expires_when_first_ends(upcoming, now)
    return upcoming[:limit]


def next_dates(window, count=10, *, after=None):
    """The next `count` dates of one window (for the admin preview), holidays marked.

    Returns a list of (date, holiday_name) in which holiday_name is "" unless
    the date is skipped for a public holiday.
    """
    after = after or timezone.localdate()
    dates, _removed = rule_dates(window, after, after + datetime.timedelta(days=3 * 366))
    result = []
    for day, source in dates:
        holiday = ""
        if source == "rule" and not window.open_on_public_holidays:
            holiday = public_holiday(day)
        result.append((day, holiday))
        if len(result) >= count:
            break
    return result
