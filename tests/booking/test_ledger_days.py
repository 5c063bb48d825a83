"""The ledger's day sheets (booking.ledger_days): derived from the ledger in the same
transaction, read by free slots.

PostgreSQL only (sheets are not kept on SQLite, where free slots count the ledger's
cells): the sheets equal the ledger after booking, cancelling, moving, activity
sign-ups and their cancellation; free slots from the sheets are the same as from the
ledger query they replace, on a randomised data set, for every range and for a
move; a known grid costs one query however many appointments there are; a drifted
sheet is found and repaired; and under concurrent crossing moves, bookings,
cancellations and series sign-ups nothing deadlocks and nothing drifts.
"""

import bisect
import collections
import datetime
import io
import random

from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from activities import seats
from booking import ledger_days, reservations, slots
from booking.choices import Status
from booking.models import Appointment, SlotUsage, SlotUsageDay
from booking.slots import free_slots, grid_cells
from services_catalog.models import ServicePage
from tests import builders as b
from tests.activities.builders import activity
from tests.activities.builders import details as activity_details
from tests.booking import builders as bb
from tests.booking.concurrency import all_at_once, concurrent, needs_postgresql


def sheet_of(key, start):
    day, cell = ledger_days.place_of(start)
    row = SlotUsageDay.objects.get(window_key=key, day=day)
    return ledger_days.unpack(row.cells)[cell]


def old_free_slots(service, **kwargs):
    """free_slots as it was: what is held from the ledger query (`_HELD_SQL`)."""

    def from_ledger(grid, low, high):
        held = slots._held_in_database(grid, low, high, None)
        return [
            slot._replace(remaining=slot.remaining - held.get(index, 0))
            for index, slot in enumerate(grid.slots[low:high], start=low)
            if held.get(index, 0) < slot.remaining
        ]

    originals = slots._held_from_sheets, slots._free_from_sheets
    slots._held_from_sheets, slots._free_from_sheets = slots._held_in_database, from_ledger
    try:
        return free_slots(service, **kwargs)
    finally:
        slots._held_from_sheets, slots._free_from_sheets = originals


@needs_postgresql
def test_sheets_equal_the_ledger_after_book_cancel_move_and_activity_sign_ups(bookable, committed):
    service = bookable["service"]
    free = free_slots(service)
    made = [
        reservations.book(service=service, slot_key=free[i].key, details=bb.citizen())[0]
        for i in (0, 0, 1, 40)
    ]
    assert ledger_days.check() == []
    first = free[0]
    assert sheet_of(first.window.uid_key, first.start) == 2
    assert sheet_of(first.window.uid_key, first.end - datetime.timedelta(minutes=5)) == 2
    committed(reservations.cancel, made[0], notify=False)
    assert sheet_of(first.window.uid_key, first.start) == 1
    # Onto an overlapping time (its own cells freed in the same step), then to another day.
    committed(reservations.reschedule, made[2], free_slots(service)[0].key)
    later = next(s for s in free_slots(service) if s.date > made[3].start.date())
    committed(reservations.reschedule, made[3], later.key)
    assert ledger_days.check() == []
    cells = collections.Counter()
    for appointment in Appointment.objects.filter(status=Status.BOOKED):
        for cell in grid_cells(appointment.start, appointment.end):
            cells[(appointment.window_key, cell)] += 1
    for (key, cell), count in cells.items():
        assert sheet_of(key, cell) == count
    # Activities' seats live in the ledger too, but have no sheets.
    course = activity(branch=bookable["branch"], seats=6, seats_per="series")
    entry, _token = seats.sign_up(
        activity=course, details=activity_details(), party_size=2, notify=False
    )
    assert SlotUsage.objects.filter(window_key=course.ledger_key, booked=2).exists()
    assert not SlotUsageDay.objects.filter(window_key=course.ledger_key).exists()
    seats.cancel(entry)
    assert ledger_days.check() == []


@needs_postgresql
def test_free_slots_from_the_sheets_equal_the_ledger_query_on_random_data(bookable, clock):
    service = bookable["service"]
    # Another length at the van stop (its own), and a second service of 45 minutes at
    # the branch: cells shared by slots of different lengths.
    other = b.service("Νομική συμβουλευτική", branches=[bookable["branch"]], appointment_minutes=45)
    rng = random.Random(20270111)
    made = []
    for _ in range(120):
        chosen = rng.choice([service, other])
        free = free_slots(chosen)
        if not free:
            break
        slot = free[min(int(rng.expovariate(1 / 25)), len(free) - 1)]
        made.append(reservations.book(service=chosen, slot_key=slot.key, details=bb.citizen())[0])
    for appointment in rng.sample(made, 25):
        reservations.cancel(appointment, notify=False)
    for appointment in rng.sample([a for a in made if a.status == Status.BOOKED], 10):
        targets = free_slots(appointment.service, exclude_appointment=appointment)
        reservations.reschedule(appointment, rng.choice(targets).key)
    assert ledger_days.check() == []
    for chosen in (service, other):
        fresh = free_slots(chosen)
        assert fresh == old_free_slots(chosen)
        assert len(fresh) < len(slots._grid(chosen, None, *_days()).slots)  # some are full
        assert free_slots(chosen) == fresh  # read again: kept, the same
        week = timezone.localdate() + datetime.timedelta(days=7)
        assert free_slots(chosen, start=week, end=week) == old_free_slots(
            chosen, start=week, end=week
        )
        branch_only = [bookable["branch"].place_id]
        assert free_slots(chosen, places=branch_only) == old_free_slots(chosen, places=branch_only)
        moving = Appointment.objects.filter(service=chosen, status=Status.BOOKED).first()
        assert free_slots(chosen, exclude_appointment=moving) == old_free_slots(
            chosen, exclude_appointment=moving
        )
    # And the same as counting the cells in Python (the SQLite path) for one grid.
    grid = slots._grid(service, None, *_days())
    earliest, latest = slots.bookable_range()
    low, high = bisect.bisect_left(grid.starts, earliest), bisect.bisect_right(grid.starts, latest)
    assert slots._held_from_sheets(grid, low, high, None) == slots._held_counted_here(
        grid.slots[low:high], low, None
    )


def _days():
    earliest, latest = slots.bookable_range()
    return timezone.localdate(earliest), timezone.localdate(latest), False


@needs_postgresql
def test_a_known_grid_costs_one_query_and_sees_every_change(bookable, committed):
    service = bookable["service"]
    free = free_slots(service)
    for slot in free[:30]:
        bb.fill(service, slot.key, slot.remaining)
    before = free_slots(service)
    with CaptureQueriesContext(connection) as reading:
        again = free_slots(service)
    assert len(reading) == 1 and again == before
    appointment = reservations.book(service=service, slot_key=before[0].key, details=bb.citizen())[
        0
    ]
    with CaptureQueriesContext(connection) as reading:
        after = free_slots(service)
    assert len(reading) == 1
    if before[0].remaining == 1:
        assert before[0].key not in {s.key for s in after}
    else:
        assert after[0].remaining == before[0].remaining - 1
    committed(reservations.cancel, appointment, notify=False)
    with CaptureQueriesContext(connection) as reading:
        assert free_slots(service) == before
    assert len(reading) == 1


@needs_postgresql
def test_check_finds_a_drifted_sheet_and_repair_rewrites_it(bookable):
    service = bookable["service"]
    slot = free_slots(service)[0]
    reservations.book(service=service, slot_key=slot.key, details=bb.citizen())
    day, _cell = ledger_days.place_of(slot.start)
    SlotUsageDay.objects.filter(window_key=slot.window.uid_key, day=day).update(
        cells=bytes(2 * ledger_days.width())
    )
    stray = ("branch-schedule-999999", day + 3)
    SlotUsageDay.objects.create(
        window_key=stray[0], day=stray[1], version=0, cells=b"\x00\x01" * ledger_days.width()
    )
    assert ledger_days.check() == [(slot.window.uid_key, day), stray]
    version = SlotUsageDay.objects.get(window_key=slot.window.uid_key, day=day).version
    assert ledger_days.repair() == 2
    assert ledger_days.check() == []
    assert sheet_of(slot.window.uid_key, slot.start) == 1
    assert SlotUsageDay.objects.get(window_key=slot.window.uid_key, day=day).version > version
    assert set(ledger_days.unpack(SlotUsageDay.objects.get(window_key=stray[0]).cells)) == {0}


def test_without_postgresql_no_sheets_are_kept_and_free_slots_count_the_ledger(bookable):
    if connection.vendor == "postgresql":
        pytest.skip("SQLite's path")
    service = bookable["service"]
    slot = free_slots(service)[0]
    bb.fill(service, slot.key, slot.remaining)
    assert slot.key not in {s.key for s in free_slots(service)}
    assert not SlotUsageDay.objects.exists()
    assert ledger_days.check() == [] and ledger_days.repair() == 0


# --- Concurrency: crossing moves, bookings, cancellations, series sign-ups ----------------


@concurrent
def test_crossing_moves_bookings_and_series_sign_ups_never_deadlock_nor_drift(committed_copy):
    service, branch = b.daily_branch_service(capacity=4)
    course = activity(branch=branch, seats=40, seats_per="series")
    free = free_slots(service)
    by_day = collections.defaultdict(list)
    for slot in free:
        by_day[slot.date].append(slot)
    day1, day2 = [slots_of for _day, slots_of in sorted(by_day.items()) if len(slots_of) >= 12][:2]
    # Eight appointments on each day; each one moves to the other day at once.
    made = []
    for i in range(8):
        for day in (day1, day2):
            made.append(
                reservations.book(service=service, slot_key=day[i].key, details=bb.citizen())[0].pk
            )
    connection.close()
    work = []
    for i, pk in enumerate(made):
        other = day2 if i % 2 == 0 else day1
        work.append(("move", pk, other[(i // 2) % 8].key))
    for i in range(8):
        work.append(("book", None, (day1 if i % 2 else day2)[i % 4].key))
    for pk in made[:6]:
        work.append(("cancel", pk, None))
    for i in range(10):
        work.append(("sign_up", None, 1 + i % 3))

    def attempt(i):
        kind, pk, argument = work[i]
        try:
            if kind == "move":
                reservations.reschedule(Appointment.objects.get(pk=pk), argument)
            elif kind == "book":
                reservations.book(
                    service=ServicePage.objects.get(pk=service.pk),
                    slot_key=argument,
                    details=bb.citizen(),
                )
            elif kind == "cancel":
                reservations.cancel(Appointment.objects.get(pk=pk), notify=False)
            else:
                seats.sign_up(
                    activity=type(course).objects.get(pk=course.pk),
                    details=activity_details(phone=bb.phone()),
                    party_size=argument,
                    notify=False,
                )
            return "done"
        except (reservations.BookingError, seats.SignUpError):
            return "refused"
        except Exception as error:  # a deadlock would be an OperationalError here
            return f"error: {error!r}"
        finally:
            connection.close()

    for _wave in range(2):
        results = all_at_once(len(work), attempt)
        assert not [r for r in results if r.startswith("error")], results
    assert ledger_days.check() == []
    held = collections.Counter()
    for appointment in Appointment.objects.holding():
        for cell in grid_cells(appointment.start, appointment.end):
            held[(appointment.window_key, cell)] += 1
    window_cells = {
        (c.window_key, c.start): c.booked
        for c in SlotUsage.objects.filter(booked__gt=0).exclude(window_key=course.ledger_key)
    }
    assert window_cells == dict(held)
    assert not SlotUsage.objects.filter(booked__gt=F("capacity")).exists()
    assert free_slots(service) == old_free_slots(service)


@needs_postgresql
def test_the_repair_command_checks_then_rewrites(bookable):
    service = bookable["service"]
    slot = free_slots(service)[0]
    reservations.book(service=service, slot_key=slot.key, details=bb.citizen())
    call_command("repair_ledger_days", "--check", stdout=io.StringIO())
    SlotUsageDay.objects.update(cells=bytes(2 * ledger_days.width()))
    with pytest.raises(CommandError, match="1 day sheets differ"):
        call_command("repair_ledger_days", "--check", stdout=io.StringIO())
    out = io.StringIO()
    call_command("repair_ledger_days", stdout=out)
    assert "Rewrote 1 day sheets" in out.getvalue()
    assert ledger_days.check() == []


@needs_postgresql
def test_the_migration_fills_the_sheets_from_an_existing_ledger(bookable):
    service = bookable["service"]
    for slot in free_slots(service)[:5]:
        bb.fill(service, slot.key, 1)
    SlotUsageDay.objects.all().delete()
    assert len(ledger_days.check()) == 1  # five slots of one branch on one day
    with connection.cursor() as cursor:
        cursor.execute(*ledger_days.fill_all_sql())
    assert ledger_days.check() == []
    assert SlotUsageDay.objects.count() == 1
