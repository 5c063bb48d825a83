"""Free slots: the one place that computes them.

A slot is a start time at which a service can be booked at a place: the
occurrences of the place's open windows (the same expansion as every page,
`services_catalog.schedules.occurrences`) cut into the service's appointment
length, from the window's start. A slot is free while every grid cell it
covers (`SlotUsage`) holds fewer appointments than the window's capacity.

Never in the past, never closer than the minimum notice, never beyond the
horizon, never on a holiday or a cancelled visit.

Public by default: a kind of place that is not public (a home-visit team,
`services_catalog.places.HomeVisitKind`) has its slots only with
`private=True`, which only staff scheduling a home visit pass
(`reservations.book` with a `PRIVATE_PLACE_CHANNELS` channel). The booking
flow and the API never see them, and a key of one is "not free" to them.

What it costs, however many places, slots and appointments:

- the *grid* (every slot the schedules give, before anything is held) is
  kept in each process's memory, keyed by the schedule generation: a
  counter in the shared cache that every save of anything a schedule
  depends on bumps (windows, exceptions, offerings, places, services, page
  publishing: `bump_schedule_generation`, wired in `booking.signals`), and
  at most GRID_SECONDS old whatever happens. A hit costs one cache read; a
  miss the seven queries of the expansion;
- what is held comes from the ledger in one query. On PostgreSQL, from the
  ledger's day sheets (`booking.ledger_days`: one row per window and UTC
  day, kept in the booking transaction): the process keeps what it read with
  the grid, and the query returns only the sheets whose version changed since
  (usually none), so only their occurrences are worked out again. A grid off
  the sheets' 5-minute lattice is aggregated from the ledger's cells in the
  database (one row per held slot); elsewhere (SQLite) the cells are read and
  counted here.

So one query and one cache read when the grid is known, eight when not.
"""

import array
import bisect
import collections
import contextlib
import datetime
import threading
import time
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from booking import ledger_days
from booking.models import SlotUsage
from portal.dates import within_supported_window
from services_catalog import schedules
from services_catalog.models import Offering
from services_catalog.places import PLACE_KINDS, parse_place_id, parse_window_key

UTC = datetime.UTC
DAY = 86400  # seconds


class Slot(NamedTuple):
    """One free start time (a tuple: thousands are made per request, cheaply)."""

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


def lengths_for(service, place_ids=None, *, private=False):
    """{place id: appointment minutes} where `service` is offered, narrowed to `place_ids`.

    `private` adds the places of kinds that are not public (home-visit teams).
    """
    lengths = Offering.objects.live().minutes_by_place(service)
    if private:
        for spec in PLACE_KINDS.values():
            if not spec.public:
                lengths.update(spec.minutes_by_place(service))
    if place_ids is not None:
        wanted = set(place_ids)
        lengths = {place: minutes for place, minutes in lengths.items() if place in wanted}
    return lengths


def places_for(service, place_ids=None):
    """(branch ids, stop ids) where `service` is offered to the public, narrowed to `place_ids`."""
    ids = _ids_by_kind(lengths_for(service, place_ids))
    return ids["branch"], ids["stop"]


def _bookable(service, private):
    """A live service booked online; or, for staff scheduling a home visit, any live one
    (the team's service need not be bookable online: its visits never are)."""
    return service.live and (service.bookable or private)


def _ids_by_kind(place_ids):
    """{kind: sorted pks} of every place kind, from place ids."""
    ids = {kind: [] for kind in PLACE_KINDS}
    for place_id in place_ids:
        kind, pk = parse_place_id(place_id)
        ids[kind].append(pk)
    return {kind: sorted(pks) for kind, pks in ids.items()}


def free_slots(
    service,
    *,
    places=None,
    start=None,
    end=None,
    now=None,
    exclude_appointment=None,
    notice_minutes=None,
    private=False,
):
    """Every free slot of `service` (a ServicePage), sorted by start then place.

    `places` narrows to location ids ("branch-3", "stop-12"); `start`/`end`
    (dates) narrow the bookable range; `exclude_appointment` counts that
    appointment's cells as free (to move it to a slot that overlaps its own);
    `private` includes places that are not public (home-visit teams).
    """
    if not _bookable(service, private):
        return []
    earliest, latest = bookable_range(now, notice_minutes)
    first = max(timezone.localdate(earliest), start) if start else timezone.localdate(earliest)
    last = min(timezone.localdate(latest), end) if end else timezone.localdate(latest)
    if first > last:
        return []
    grid = _grid(service, places, first, last, private)
    low = bisect.bisect_left(grid.starts, earliest)
    high = bisect.bisect_right(grid.starts, latest)
    if (
        exclude_appointment is None
        and grid.sheets is not None
        and low < high
        and connection.vendor == "postgresql"
    ):
        return _free_from_sheets(grid, low, high)
    held = _held(grid, low, high, exclude_appointment)
    result = []
    slots = grid.slots
    for index in range(low, high):
        slot = slots[index]
        taken = held.get(index)
        if not taken:
            result.append(slot)
        elif taken < slot[5]:  # a grid slot's `remaining` is its capacity
            # Slot(…) field by field: a third of what _replace() costs, thousands of times.
            result.append(Slot(slot[0], slot[1], slot[2], slot[3], slot[4], slot[5] - taken))
    return result


# --- The grid: every slot of a service's schedules, before anything is held -----------------

# A grid is rebuilt at least this often, whatever the generation says (a change
# that sent no signal: a queryset update, a load command, a bump lost while the
# shared cache was down).
GRID_SECONDS = 60
GRID_ENTRIES = 256
GENERATION_KEY = "booking:schedule-generation"


class _Grid:
    """The slots of one (service, places, first day, last day), all with room for everyone.

    Also what the ledger query needs, written once: the occurrences the
    slots were cut from, as PostgreSQL array literals (`occurrences`), and
    where each occurrence's k-th slot sits in `slots` (`positions`).
    """

    __slots__ = (
        "keys",
        "longest",
        "occurrences",
        "positions",
        "sheets",
        "slots",
        "starts",
        "window_keys",
    )

    def __init__(self, slots, occurrences=None, positions=None, longest=None, sheets=None):
        self.slots = slots
        self.starts = [slot.start for slot in slots]
        self.longest = longest  # the longest slot
        self.occurrences = occurrences  # None: count the cells in Python
        self.positions = positions  # {(occurrence number, k): index in slots}
        self.window_keys = _array(sorted({slot.window.uid_key for slot in slots}))
        self.keys = None  # {slot key: index}, made when first asked
        self.sheets = sheets  # _Sheets: what the ledger's day sheets gave, or None

    def index_of(self, key):
        if self.keys is None:
            self.keys = {slot.key: index for index, slot in enumerate(self.slots)}
        return self.keys.get(key)


_grids = collections.OrderedDict()
_grids_lock = threading.Lock()


def schedule_generation():
    """The schedule generation in the shared cache; None while it cannot be read."""
    if not getattr(cache, "available", True):
        return None
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def bump_schedule_generation():
    """Make every process rebuild its grids (a schedule, place or service changed)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # missing (evicted), or the cache is down (CacheUnavailable)
        if not cache.add(GENERATION_KEY, time.time_ns(), timeout=None):
            # Unreachable: grids are rebuilt after GRID_SECONDS anyway.
            with contextlib.suppress(ValueError):
                cache.incr(GENERATION_KEY)


def forget_grids():
    """Drop this process's grids and the day sheets it read (tests)."""
    with _grids_lock:
        _grids.clear()
        _sheets_read.clear()


# The ledger's day sheets this process has read, {(database, window key, UTC day):
# (version, cells)}, shared by its grids: a grid made again (a schedule change, or
# GRID_SECONDS) asks only for the sheets changed since. Versions are never reused
# (a sequence), so an entry is right whenever the database says its version; emptied
# when it holds SHEETS_KEPT (about 600 bytes each).
SHEETS_KEPT = 50_000
_sheets_read = {}


def _remember_sheets(changed):
    database = connection.settings_dict["NAME"]
    if len(_sheets_read) + len(changed) > SHEETS_KEPT:
        _sheets_read.clear()
    _sheets_read.update({(database, *pair): entry for pair, entry in changed.items()})


def remembered(key, build):
    """`build()`, kept in this process's memory under `key` for the schedule generation.

    For what is read on every booking and changes only when an editor saves
    something (a slot grid, a service page): rebuilt after any such save, and
    after GRID_SECONDS whatever happens. The value is shared by every request
    of the process: never change it. Without the shared cache, built each time.
    """
    generation = schedule_generation()
    if generation is None:
        return build()
    key = (generation, *key)
    with _grids_lock:
        entry = _grids.get(key)
        if entry is not None and time.monotonic() - entry[0] < GRID_SECONDS:
            _grids.move_to_end(key)
            return entry[1]
    value = build()
    with _grids_lock:
        _grids[key] = (time.monotonic(), value)
        while len(_grids) > GRID_ENTRIES:
            _grids.popitem(last=False)
    return value


def _grid(service, places, first, last, private=False):
    key = (
        "grid",
        service.pk,
        service.appointment_minutes,
        tuple(sorted(places)) if places is not None else None,
        first,
        last,
        private,
    )
    return remembered(key, lambda: _build_grid(service, places, first, last, private))


def _build_grid(service, places, first, last, private=False):
    """Every slot of `service` from `first` to `last` (days), each with `remaining` = capacity."""
    lengths = lengths_for(service, places, private=private)
    ids = _ids_by_kind(lengths)
    if not any(ids.values()):
        return _Grid([])
    occurrences = schedules.occurrences(
        first,
        last,
        branches=ids["branch"] or None,
        stops=ids["stop"] or None,
        homes=ids["home"] or None,
    )
    cut = []  # (slot, occurrence number, k, (place kind, place pk))
    runs = []  # per occurrence: window key, day, start (epoch seconds), length (s), slots
    arithmetic = True  # slot k of an occurrence starts k lengths of seconds after it
    longest = datetime.timedelta(0)
    for number, occurrence in enumerate(occurrences):
        # The place's own appointment length, else the service's (see Offering).
        length = datetime.timedelta(minutes=lengths[occurrence.place.place_id])
        start_at = occurrence.start
        origin = int(start_at.timestamp())
        rank = (occurrence.place.kind, occurrence.place.pk)  # once, not once a slot
        k = 0
        while start_at + length <= occurrence.end:
            cut.append(
                (
                    Slot(
                        service.pk,
                        occurrence.place,
                        occurrence.window,
                        start_at,
                        start_at + length,
                        occurrence.window.capacity,
                    ),
                    number,
                    k,
                    rank,
                )
            )
            # Not so across a change of clocks inside an occurrence (never seen, but
            # then the ledger is counted in Python).
            arithmetic &= int(start_at.timestamp()) == origin + k * int(length.total_seconds())
            start_at += length
            k += 1
        # One row per UTC day the occurrence touches (the query's join key): almost always one.
        finish = int(occurrence.end.timestamp())
        for day in range(origin // DAY, (max(finish, origin + 1) - 1) // DAY + 1):
            runs.append((occurrence.window.uid_key, day, origin, length, k, number + 1))
        longest = max(longest, length)
    cut.sort(key=lambda item: (item[0][3], item[3]))  # start, then place kind and pk
    slots = [slot for slot, _number, _k, _rank in cut]
    if not arithmetic:
        return _Grid(slots, longest=longest)
    positions = {}
    for index, (_slot, number, k, _rank) in enumerate(cut):
        positions[(number + 1, k)] = index
    sheets = None
    unit = ledger_days.cell_seconds()
    if all(
        origin % unit == 0 and length.total_seconds() % unit == 0
        for _key, _day, origin, length, _k, _n in runs
    ):
        # Every slot starts and ends on the day sheets' lattice of cells: read them.
        sheets = _Sheets(runs, [number + 1 for _slot, number, _k, _rank in cut], positions, unit)
    columns = list(zip(*runs, strict=True)) or [()] * 6
    literals = (
        _array(columns[0]),
        _array(columns[1]),
        _array(columns[2]),
        _array(int(length.total_seconds()) for length in columns[3]),
        _array(columns[4]),
        _array(columns[5]),
    )
    return _Grid(slots, literals, positions, longest=longest, sheets=sheets)


def _array(values):
    """A PostgreSQL array literal of plain values (window keys, dates, numbers: no quoting)."""
    return "{" + ",".join(str(value) for value in values) + "}"


# --- What the ledger holds --------------------------------------------------------------------


def _held(grid, low, high, exclude_appointment):
    """{grid index: appointments held in the slot's fullest cell} for slots[low:high] held at all.

    One query. `exclude_appointment` (a booked one) counts one less in its own cells.
    """
    if low >= high:
        return {}
    release = None
    if exclude_appointment is not None and exclude_appointment.status in ("booked",):
        release = (
            exclude_appointment.window_key,
            exclude_appointment.start,
            exclude_appointment.end,
        )
    if connection.vendor == "postgresql" and grid.sheets is not None:
        return _held_from_sheets(grid, low, high, release)
    if connection.vendor == "postgresql" and grid.occurrences is not None:
        return _held_in_database(grid, low, high, release)
    return _held_counted_here(grid.slots[low:high], low, release)


class _Sheets:
    """The ledger's day sheets (`booking.ledger_days`) as one grid needs them, and what
    this process has read of them, kept with the grid (so for the schedule generation,
    at most GRID_SECONDS).

    Each occurrence `n` of the grid: its start (epoch seconds), slot length (seconds)
    and number of slots (`shapes`), the (window, UTC day) sheets it lies on
    (`pairs_of`: almost always one) and where its slots sit in the grid (`indices`).
    What was read: each sheet's version and cells, with the versions of all `pairs` as
    the query's array (`read`), each occurrence's fullest cell per slot under the
    versions it was computed from (`maxima`), and free_slots' last answer
    (`entries`). A read asks the database only for sheets whose version changed; only
    their occurrences are computed again. Entries are replaced whole, never changed in
    place: threads of one process may share a grid.
    """

    __slots__ = (
        "days",
        "entries",
        "indices",
        "keys",
        "maxima",
        "number_of",
        "numbers",
        "numbers_of_pair",
        "pairs",
        "pairs_of",
        "read",
        "shapes",
        "span",
        "unit",
    )

    def __init__(self, runs, number_of, positions, unit):
        self.unit = unit
        self.shapes, self.pairs_of, self.numbers_of_pair = {}, {}, {}
        for key, day, origin, length, count, number in runs:
            self.shapes[number] = (origin, int(length.total_seconds()), count)
            self.pairs_of.setdefault(number, []).append((key, day))
            self.numbers_of_pair.setdefault((key, day), []).append(number)
        self.numbers = sorted(number for number, shape in self.shapes.items() if shape[2])
        self.indices = {
            number: [positions[(number, k)] for k in range(shape[2])]
            for number, shape in self.shapes.items()
        }
        self.number_of = number_of  # grid index -> occurrence number
        self.pairs = sorted({pair for number in self.numbers for pair in self.pairs_of[number]})
        self.keys = _array(key for key, _day in self.pairs)
        self.days = _array(day for _key, day in self.pairs)
        self.span = (
            min((day for _key, day in self.pairs), default=0),
            max((day for _key, day in self.pairs), default=0),
        )
        database = connection.settings_dict["NAME"]
        known = {
            pair: _sheets_read[(database, *pair)]
            for pair in self.pairs
            if (database, *pair) in _sheets_read
        }
        self.read = (known, _array(known[pair][0] if pair in known else 0 for pair in self.pairs))
        self.maxima = {}
        self.entries = None

    def fullest(self, number, read):
        """[the fullest cell of each slot] of occurrence `number`, from the sheets `read`."""
        origin, length, count = self.shapes[number]
        pairs = self.pairs_of[number]
        if len(pairs) == 1:
            entry = read.get(pairs[0])
            if entry is None:
                return [0] * count
            cells = entry[1]
        else:  # across UTC midnight: the sheets of consecutive days, end to end
            cells = array.array("H")
            for pair in pairs:
                entry = read.get(pair)
                cells.extend(entry[1] if entry else array.array("H", bytes(2 * DAY // self.unit)))
        step = length // self.unit
        first = (origin - pairs[0][1] * DAY) // self.unit
        return [
            max(cells[cell : cell + step], default=0)
            for cell in range(first, first + count * step, step)
        ]


def _read_sheets(sheets, pairs=None):
    """(what was read before, what is read now) of the sheets of `pairs` (default: all
    the grid's): one query, returning only the sheets whose version changed."""
    before = sheets.read
    read, versions = before
    if pairs is None:
        pairs, keys, days, span = sheets.pairs, sheets.keys, sheets.days, sheets.span
    else:
        keys = _array(key for key, _day in pairs)
        days = _array(day for _key, day in pairs)
        versions = _array(read[pair][0] if pair in read else 0 for pair in pairs)
        span = (min(day for _key, day in pairs), max(day for _key, day in pairs))
    changed = ledger_days.read_changed(keys, days, versions, *span)
    if not changed:
        return before, before
    read = {**read, **changed}
    sheets.read = (read, _array(read[pair][0] if pair in read else 0 for pair in sheets.pairs))
    _remember_sheets(changed)
    return before, sheets.read


def _free_from_sheets(grid, low, high):
    """free_slots' answer from the day sheets.

    Kept with the grid: `entries`, one per slot of the grid (the slot with what it
    has left, or None when full), and the sheets they were made from. Only the
    occurrences on sheets changed since are made again; the answer is then the
    entries that are not None, taken in C (`filter`).
    """
    sheets = grid.sheets
    before, (read, _versions) = _read_sheets(sheets)
    kept = sheets.entries
    if kept is not None and kept[0] is read:
        entries = kept[1]
    else:
        if kept is not None and kept[0] is before[0]:
            entries = list(kept[1])
            changed = [pair for pair in read if before[0].get(pair) is not read[pair]]
            again = {n for pair in changed for n in sheets.numbers_of_pair.get(pair, ())}
        else:
            entries = list(grid.slots)
            again = sheets.numbers
        slots = grid.slots
        for number in again:
            for index, taken in zip(
                sheets.indices[number], _fullest(sheets, number, read), strict=True
            ):
                slot = slots[index]
                if not taken:
                    entries[index] = slot
                elif taken < slot[5]:  # a grid slot's `remaining` is its capacity
                    entries[index] = Slot(
                        slot[0], slot[1], slot[2], slot[3], slot[4], slot[5] - taken
                    )
                else:
                    entries[index] = None
        sheets.entries = (read, entries)
    return list(filter(None, entries[low:high]))


def _fullest(sheets, number, read):
    """sheets.fullest, kept per occurrence under the versions of its sheets."""
    under = tuple(read[pair][0] if pair in read else 0 for pair in sheets.pairs_of[number])
    known = sheets.maxima.get(number)
    if known is None or known[0] != under:
        known = (under, sheets.fullest(number, read))
        sheets.maxima[number] = known
    return known[1]


def _held_from_sheets(grid, low, high, release):
    """_held from the day sheets of slots[low:high] (one query, of the sheets changed
    since this process last read them): for one slot (`find_slot`), or a move."""
    sheets = grid.sheets
    numbers = sorted(set(sheets.number_of[low:high]))
    pairs = sorted({pair for number in numbers for pair in sheets.pairs_of[number]})
    if not pairs:
        return {}
    _before, (read, _versions) = _read_sheets(sheets, pairs)
    if release is not None:
        # One appointment's own cells count one less (moving it).
        freed = {}
        for cell in grid_cells(release[1], release[2]):
            day, position = ledger_days.place_of(cell)
            pair = (release[0], day)
            if pair in read:
                cells = freed.setdefault(pair, (0, array.array("H", read[pair][1])))[1]
                cells[position] = max(cells[position] - 1, 0)
        if freed:
            read = {**read, **freed}
    else:
        freed = {}
    again = {n for pair in freed for n in sheets.numbers_of_pair.get(pair, ())}
    held = {}
    for number in numbers:
        if number in again:
            fullest = sheets.fullest(number, read)  # with the freed cells: not kept
        else:
            fullest = _fullest(sheets, number, read)
        for index, taken in zip(sheets.indices[number], fullest, strict=True):
            if taken and low <= index < high:
                held[index] = taken
    return held


# Each held cell of the ledger is matched to its occurrences by (window, UTC day), a
# hash join (a day may have two: its hours and an extra evening), and to the slot of
# that occurrence it falls in by arithmetic on seconds: slot k covers
# [origin + k·length, origin + (k+1)·length). Grouped by slot, the fullest cell is
# what the slot holds. Only the ledger rows of the grid's windows in the time of the
# slots asked for are read (the (window, start) index). The
# occurrences come as array literals, one parameter each, written once per grid
# (Django's client-side binding would quote a Python list element by element).
_HELD_SQL = """
SELECT occurrence.n, (usage.epoch - occurrence.origin) / occurrence.length,
    MAX(usage.booked - usage.released)
FROM (
    SELECT window_key, booked, date_part('epoch', start)::bigint AS epoch,
        CASE WHEN window_key = %s AND start >= %s AND start < %s THEN 1 ELSE 0 END
            AS released
    FROM {table}
    WHERE window_key = ANY(%s::varchar[]) AND start >= %s AND start < %s AND booked > 0
    OFFSET 0  -- computed once per row, not again in each condition
) AS usage
JOIN unnest(
    %s::varchar[], %s::integer[], %s::bigint[], %s::integer[], %s::integer[], %s::integer[]
) AS occurrence(window_key, day, origin, length, slots, n)
    ON usage.window_key = occurrence.window_key AND usage.epoch / 86400 = occurrence.day
WHERE usage.epoch >= occurrence.origin
    AND (usage.epoch - occurrence.origin) / occurrence.length < occurrence.slots
GROUP BY 1, 2
"""


def _held_in_database(grid, low, high, release):
    sql = _HELD_SQL.format(table=connection.ops.quote_name(SlotUsage._meta.db_table))
    with connection.cursor() as cursor:
        cursor.execute(
            sql,
            [
                *(release or ("", None, None)),
                grid.window_keys,
                grid.slots[low].start,
                grid.slots[high - 1].start + grid.longest,
                *grid.occurrences,
            ],
        )
        rows = cursor.fetchall()
    positions = grid.positions
    held = {}
    for number, k, taken in rows:
        index = positions[(number, k)]
        if taken > 0 and low <= index < high:
            held[index] = taken
    return held


def _held_counted_here(slots, offset, release):
    keys = {slot.window.uid_key for slot in slots}
    rows = SlotUsage.objects.filter(
        window_key__in=keys,
        booked__gt=0,
        start__gte=slots[0].start,
        start__lt=max(slot.end for slot in slots),
    ).values_list("window_key", "start", "booked")
    usage = {(key, start.astimezone(UTC)): booked for key, start, booked in rows}
    if release is not None:
        for cell in grid_cells(release[1], release[2]):
            if usage.get((release[0], cell)):
                usage[(release[0], cell)] -= 1
    held = {}
    for index, slot in enumerate(slots, start=offset):
        key = slot.window.uid_key
        taken = max(usage.get((key, cell), 0) for cell in grid_cells(slot.start, slot.end))
        if taken:
            held[index] = taken
    return held


def find_slot(
    service, key, *, now=None, exclude_appointment=None, notice_minutes=None, private=False
):
    """The free slot named by `key` for `service`, or None (full, past, unknown, tampered).

    The slot is looked for among the slots `free_slots(service)` would list
    (the grid of the whole bookable range), so a tampered or stale key can
    never name a slot that is not free.
    """
    slot = bookable_slot(service, key, now=now, notice_minutes=notice_minutes, private=private)
    if slot is None:
        return None
    grid, index = slot
    taken = _held(grid, index, index + 1, exclude_appointment).get(index, 0)
    slot = grid.slots[index]
    if taken >= slot.remaining:
        return None
    return slot._replace(remaining=slot.remaining - taken) if taken else slot


def bookable_slot(service, key, *, now=None, notice_minutes=None, private=False):
    """(grid, index) of the slot `key` names if the schedules give it and it may be booked
    now, full or not; None otherwise. No query when the grid is known.

    Booking (`reservations.book`) asks this, not `find_slot`: whether the slot
    has room is decided under the ledger's row locks anyway.
    """
    parsed = parse_slot_key(key)
    if parsed is None or not _bookable(service, private):
        return None
    _window_key, start = parsed
    earliest, latest = bookable_range(now, notice_minutes)
    if not earliest <= start <= latest:
        return None
    grid = _grid(service, None, timezone.localdate(earliest), timezone.localdate(latest), private)
    index = grid.index_of(key)
    return None if index is None else (grid, index)


def nearest_free(service, around, *, places=None, limit=3, now=None, private=False):
    """Up to `limit` free slots closest in time to `around` (for "slot taken, try these")."""
    slots = free_slots(
        service, places=places, now=now, private=private, notice_minutes=0 if private else None
    )
    slots.sort(key=lambda slot: (abs((slot.start - around).total_seconds()), slot.start))
    return sorted(slots[:limit], key=lambda slot: slot.start)
