"""Schedules that overlap: a van due at two stops at once, a branch's hours twice.

A mobile unit is one van with one team: two of its visits (at different
stops, or two visit rules of one stop) whose times overlap cannot both
happen. A branch's opening windows are served by the same staff: two that
overlap count its hours twice. `find_clashes()` expands the schedules of
one van or one branch with the catalogue's own expansion
(`schedules.expand_window` / `expand_extra`: holidays, cancellations,
excluded, picked and extra dates all count as they do for citizens) over a
bounded horizon and returns every overlapping pair, sorted by date.

It works on objects, not queries: the admin form hands it the stops,
windows and exceptions the editor is about to save (unsaved rows
included); `clashes_of_unit()` and `clashes_of_branch()` read saved ones.
Touching windows (one ends at 12:00, the next starts at 12:00) do not clash.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from services_catalog.choices import ExceptionKind
from services_catalog.schedules import _PlaceExceptions, expand_extra, expand_window

# How far ahead the admin looks for overlapping visits: a year of schedules.
HORIZON_DAYS = 366


@dataclass(frozen=True)
class PlaceSchedules:
    """One place with the windows and exceptions to check (saved or not)."""

    place: object  # a Stop or a BranchPage
    windows: list
    exceptions: list


@dataclass(frozen=True)
class Clash:
    """Two occurrences of one van (or one branch) whose times overlap."""

    first: object  # schedules.Occurrence
    second: object

    @property
    def date(self):
        return self.first.date

    @property
    def same_place(self):
        return self.first.place is self.second.place


def find_clashes(places, *, start=None, days=HORIZON_DAYS):
    """Every overlapping pair of occurrences of `places` (PlaceSchedules) in [start, start+days].

    Sorted by start. One sweep over the occurrences sorted by start:
    O(n log n) for n occurrences (a year of a weekly visit is 52).
    """
    start = start or timezone.localdate()
    end = start + datetime.timedelta(days=days)
    found = []
    for entry in places:
        found += _occurrences(entry, start, end)
    found.sort(key=lambda o: (o.start, o.end))
    clashes = []
    running = []  # occurrences that have started and not yet ended
    for occurrence in found:
        running = [other for other in running if other.end > occurrence.start]
        clashes += [Clash(other, occurrence) for other in running]
        running.append(occurrence)
    return clashes


def _occurrences(entry, start, end):
    exceptions = _PlaceExceptions()
    for exception in entry.exceptions:
        if exception.date is None:
            continue
        if exception.kind == ExceptionKind.CANCELLED:
            exceptions.cancelled[exception.date] = exception
        else:
            exceptions.extra.append(exception)
    windows = [window for window in entry.windows if _complete(window)]
    result = []
    for window in windows:
        result += expand_window(window, entry.place, start, end, exceptions)
    if windows:
        for exception in exceptions.extra:
            if start <= exception.date <= end:
                result.append(expand_extra(exception, entry.place, windows[0]))
    return result


def _complete(window):
    """A window the editor has filled in enough to have dates and hours."""
    return bool(window.recurrence) and window.start_time is not None and window.end_time is not None


def clashes_of_unit(unit, **kwargs):
    """Clashes between the saved visits of a mobile unit's stops."""
    stops = unit.stops.prefetch_related("visits", "exceptions")
    return find_clashes(
        [PlaceSchedules(s, list(s.visits.all()), list(s.exceptions.all())) for s in stops],
        **kwargs,
    )


def clashes_of_branch(branch, **kwargs):
    """Clashes between the saved opening windows of a branch."""
    return find_clashes(
        [PlaceSchedules(branch, list(branch.schedules.all()), list(branch.exceptions.all()))],
        **kwargs,
    )
