"""Free slots: the one place that computes them.

A slot is a start time at which a service can be booked at a place: the
occurrences of the place's open windows (the same expansion as every page,
`services_catalog.schedules.occurrences`) cut into the service's appointment
length, from the window's start. A slot is free while every grid cell it
covers (`SlotUsage`) holds fewer appointments than the window's capacity.

Never in the past, never closer than the minimum notice, never beyond the
horizon, never on a holiday or a cancelled visit. Seven queries however
many places, slots and appointments.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from booking.models import SlotUsage
from portal.dates import within_supported_window
from services_catalog import schedules
from services_catalog.models import Offering
from services_catalog.places import parse_place_id, parse_window_key, place_of_window

UTC = datetime.UTC


@dataclass(frozen=True)
class Slot:
    service_id: int
    place: object  # BranchPage or Stop
    window: object  # BranchSchedule or StopSchedule
    start: datetime.datetime
    end: datetime.datetime
    remaining: int

    @property
    def key(self):
        """Opaque to clients: the window and the start, e.g. "stop-visit-7@20261201T0800Z"."""
        return slot_key(self.window.uid_key, self.start)

    @property
    def place_id(self):
        return self.place.place_id

    @property
    def date(self):
        return self.start.astimezone(schedules.ATHENS).date()


def slot_key(window_key, start):
    return f"{window_key}@{start.astimezone(UTC):%Y%m%dT%H%MZ}"


def parse_slot_key(key):
    """(window_key, start in UTC) from a slot key, or None for anything malformed.

    A start outside the supported window of dates (`portal.dates`) is
    malformed too: no slot is ever there, and year 9999 would overflow when
    turned into Athens time. The flow, the move page and the API all read
    keys here, so they all answer "choose another time" to such a key.
    """
    window_key, _sep, stamp = (key or "").partition("@")
    if not window_key or len(key) > 80:
        return None
    try:
        start = datetime.datetime.strptime(stamp, "%Y%m%dT%H%MZ").replace(tzinfo=UTC)
    except ValueError:
        return None
    if not within_supported_window(start):
        return None
    if parse_window_key(window_key) is None:
        return None
    return window_key, start


def grid_cells(start, end):
    """The grid cells [start, end) covers, as UTC datetimes."""
    step = datetime.timedelta(minutes=settings.BOOKING_GRID_MINUTES)
    cells, cell = [], start.astimezone(UTC)
    end = end.astimezone(UTC)
    while cell < end:
        cells.append(cell)
        cell += step
    return cells


def bookable_range(now=None, notice_minutes=None):
    """(earliest start, latest start) one may book now.

    Citizens get the minimum notice (BOOKING_MIN_NOTICE_MINUTES); staff
    booking a walk-in pass `notice_minutes=0`: any slot not yet started.
    """
    now = now or timezone.now()
    if notice_minutes is None:
        notice_minutes = settings.BOOKING_MIN_NOTICE_MINUTES
    earliest = now + datetime.timedelta(minutes=notice_minutes)
    latest = now + datetime.timedelta(days=settings.BOOKING_HORIZON_DAYS)
    return earliest, latest


def lengths_for(service, place_ids=None):
    """{place id: appointment minutes} where `service` is offered, narrowed to `place_ids`."""
    lengths = Offering.objects.live().minutes_by_place(service)
    if place_ids is not None:
        wanted = set(place_ids)
        lengths = {place: minutes for place, minutes in lengths.items() if place in wanted}
    return lengths


def places_for(service, place_ids=None):
    """(branch ids, stop ids) where `service` is offered, narrowed to `place_ids`."""
    return _ids_by_kind(lengths_for(service, place_ids))


def _ids_by_kind(place_ids):
    ids = {"branch": [], "stop": []}
    for place_id in place_ids:
        kind, pk = parse_place_id(place_id)
        ids[kind].append(pk)
    return sorted(ids["branch"]), sorted(ids["stop"])


def free_slots(
    service,
    *,
    places=None,
    start=None,
    end=None,
    now=None,
    exclude_appointment=None,
    notice_minutes=None,
):
    """Every free slot of `service` (a ServicePage), sorted by start then place.

    `places` narrows to location ids ("branch-3", "stop-12"); `start`/`end`
    (dates) narrow the bookable range; `exclude_appointment` counts that
    appointment's cells as free (to move it to a slot that overlaps its own).
    """
    if not service.bookable or not service.live:
        return []
    earliest, latest = bookable_range(now, notice_minutes)
    first = max(timezone.localdate(earliest), start) if start else timezone.localdate(earliest)
    last = min(timezone.localdate(latest), end) if end else timezone.localdate(latest)
    if first > last:
        return []
    lengths = lengths_for(service, places)
    branch_ids, stop_ids = _ids_by_kind(lengths)
    if not branch_ids and not stop_ids:
        return []
    occurrences = schedules.occurrences(
        first, last, branches=branch_ids or None, stops=stop_ids or None
    )
    usage = _usage(occurrences, first, last, exclude_appointment)
    result = []
    for occurrence in occurrences:
        # The place's own appointment length, else the service's (see Offering).
        length = datetime.timedelta(minutes=lengths[occurrence.place.place_id])
        window_key = occurrence.window.uid_key
        capacity = occurrence.window.capacity
        start_at = occurrence.start
        while start_at + length <= occurrence.end:
            if earliest <= start_at <= latest:
                held = max(
                    (
                        usage.get((window_key, cell), 0)
                        for cell in grid_cells(start_at, start_at + length)
                    ),
                    default=0,
                )
                if held < capacity:
                    result.append(
                        Slot(
                            service_id=service.pk,
                            place=occurrence.place,
                            window=occurrence.window,
                            start=start_at,
                            end=start_at + length,
                            remaining=capacity - held,
                        )
                    )
            start_at += length
    result.sort(key=lambda slot: (slot.start, slot.place.kind, slot.place.pk))
    return result


def _usage(occurrences, first, last, exclude_appointment):
    """{(window key, cell start): appointments held} for the windows in play (one query)."""
    keys = {o.window.uid_key for o in occurrences}
    if not keys:
        return {}
    rows = SlotUsage.objects.filter(
        window_key__in=keys,
        booked__gt=0,
        start__gte=datetime.datetime.combine(first, datetime.time(), tzinfo=schedules.ATHENS),
        start__lt=datetime.datetime.combine(
            last + datetime.timedelta(days=1), datetime.time(), tzinfo=schedules.ATHENS
        ),
    ).values_list("window_key", "start", "booked")
    usage = {(key, start.astimezone(UTC)): booked for key, start, booked in rows}
    if exclude_appointment is not None and exclude_appointment.status in ("booked",):
        for cell in grid_cells(exclude_appointment.start, exclude_appointment.end):
            cell_key = (exclude_appointment.window_key, cell)
            if usage.get(cell_key):
                usage[cell_key] -= 1
    return usage


def find_slot(service, key, *, now=None, exclude_appointment=None, notice_minutes=None):
    """The free slot named by `key` for `service`, or None (full, past, unknown, tampered).

    The slot is looked for again among that day's free slots at its own
    place, so a tampered or stale key can never name a slot that is not free.
    """
    parsed = parse_slot_key(key)
    if parsed is None:
        return None
    window_key, start = parsed
    place = place_of_window(window_key)
    if place is None:
        return None
    day = start.astimezone(schedules.ATHENS).date()
    candidates = free_slots(
        service,
        places=[place],
        start=day,
        end=day,
        now=now,
        exclude_appointment=exclude_appointment,
        notice_minutes=notice_minutes,
    )
    return next((slot for slot in candidates if slot.key == key), None)


def nearest_free(service, around, *, places=None, limit=3, now=None):
    """Up to `limit` free slots closest in time to `around` (for "slot taken, try these")."""
    slots = free_slots(service, places=places, now=now)
    slots.sort(key=lambda slot: (abs((slot.start - around).total_seconds()), slot.start))
    return sorted(slots[:limit], key=lambda slot: slot.start)
