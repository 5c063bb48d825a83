"""Booking, cancelling and moving appointments: the one place that does it.

The web flow, the staff tools and the API all call these functions, so
they share one set of rules: the slot must be free and bookable, a phone
number holds at most BOOKING_MAX_ACTIVE_PER_PHONE future appointments, and
a slot never holds more appointments than its window's capacity — checked
under row locks and guarded by a database constraint (see SlotUsage), so it
holds under concurrent requests from several processes.
"""

import datetime
import hashlib
import logging

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from booking import ledger_days, tasks
from booking.choices import (
    HOLDING_STATUSES,
    PRIVATE_PLACE_CHANNELS,
    STAFF_CHANNELS,
    Channel,
    Status,
)
from booking.events import appointment_status_changed
from booking.models import Appointment, SlotUsage
from booking.references import new_reference, new_token
from booking.slots import bookable_slot, find_slot, grid_cells, nearest_free, parse_slot_key
from services_catalog.places import appointment_place_fields, place_of_window

logger = logging.getLogger(__name__)


class BookingError(Exception):
    """A booking that cannot be made, and what every door says about it.

    Each kind carries a stable `code` (the API's `code`), the `message` a
    citizen reads (web flow, manage page, API `detail`), the `staff_message`
    of the staff's "book for a caller" screen, in the active language, and
    where relevant the `alternatives`: the nearest free slots to offer instead.
    """

    code = "not_bookable"
    text = _("This service cannot be booked online at the moment.")
    staff_text = _("This service cannot be booked at the moment.")

    def __init__(self, *, alternatives=()):
        super().__init__(self.code)
        self.alternatives = list(alternatives)

    @property
    def message(self):
        return str(self.text)

    @property
    def staff_message(self):
        return str(self.staff_text)


class SlotUnavailable(BookingError):
    """The slot is full, past or gone; `alternatives` are the nearest free slots."""

    code = "slot_unavailable"
    text = _("That time is no longer free. Please choose another one.")
    with_alternatives_text = _(
        "Sorry, someone has just taken that time. "
        "Please choose another one; here are the nearest free times."
    )
    staff_text = _("This time is no longer free. Please choose another one.")

    @property
    def message(self):
        return str(self.with_alternatives_text if self.alternatives else self.text)


class TooManyAppointments(BookingError):
    """The phone number already holds BOOKING_MAX_ACTIVE_PER_PHONE future appointments."""

    code = "too_many_appointments"
    text = _(
        "This phone number already has %(count)s appointments booked. "
        "Please cancel one first, or call us."
    )
    staff_text = _("This phone number already has the most appointments allowed.")

    @property
    def message(self):
        return self.text % {"count": settings.BOOKING_MAX_ACTIVE_PER_PHONE}


class NotBookable(BookingError):
    """The service cannot be booked online (or the appointment to move is no longer booked)."""

    code = "not_bookable"


class NotCancellable(BookingError):
    """The appointment has already taken place (raised by the API, which says so)."""

    code = "not_cancellable"
    text = staff_text = _("This appointment can no longer be cancelled.")


def slot_unavailable(service, slot_key, now=None, private=False):
    """The SlotUnavailable a booking of `slot_key` meets, with its nearest free slots."""
    now = now or timezone.now()
    return SlotUnavailable(alternatives=_alternatives(service, slot_key, now, private))


def book(
    *,
    service,
    slot_key,
    details,
    channel=Channel.WEB,
    created_by=None,
    submission_id=None,
    now=None,
):
    """Book `slot_key` for `service`; returns (appointment, manage_token).

    `details` holds the citizen's cleaned answers: name, phone (E.164),
    email, language, interpreter_needed, interpreter_language,
    accessibility_needs, note. The same `submission_id` twice (a double
    click, a reload) returns the first appointment and no new token.
    Raises SlotUnavailable (with the nearest free slots), TooManyAppointments
    or NotBookable. Only a `PRIVATE_PLACE_CHANNELS` channel (a home visit
    scheduled by staff) may book a slot of a place that is not public.
    """
    now = now or timezone.now()
    if submission_id is not None:
        existing = Appointment.objects.filter(submission_id=submission_id).first()
        if existing is not None:
            return existing, None
    private = channel in PRIVATE_PLACE_CHANNELS
    if not service.live or not (service.bookable or private):
        raise NotBookable()
    # Staff booking a caller or a walk-in may use any slot not yet started.
    notice = 0 if channel in STAFF_CHANNELS or private else None
    # Only whether the schedules give this slot, now (no query once the grid is known):
    # whether it has room is decided below, under the ledger's row locks.
    found = bookable_slot(service, slot_key, now=now, notice_minutes=notice, private=private)
    if found is None:
        raise slot_unavailable(service, slot_key, now, private)
    grid, index = found
    slot = grid.slots[index]
    token, token_hash = new_token()
    for attempt in range(REFERENCE_ATTEMPTS):
        try:
            with transaction.atomic():
                # Both limits are checked under locks, inside the transaction that
                # books: concurrent requests cannot slip past either of them.
                if _lock_phone_and_count(details["phone"], now) >= (
                    settings.BOOKING_MAX_ACTIVE_PER_PHONE
                ):
                    raise TooManyAppointments()
                _take(slot.window.uid_key, slot.start, slot.end, slot.window.capacity)
                appointment = _create(
                    service=service,
                    slot=slot,
                    details=details,
                    channel=channel,
                    created_by=created_by,
                    submission_id=submission_id,
                    token_hash=token_hash,
                )
            break
        except _Full:
            raise slot_unavailable(service, slot_key, now, private) from None
        except IntegrityError as error:
            # The same submission, booked a moment ago by a concurrent request.
            existing = (
                Appointment.objects.filter(submission_id=submission_id).first()
                if submission_id is not None
                else None
            )
            if existing is not None:
                return existing, None
            # A clash of references (1 in 10^10): the whole booking again, with another.
            if "reference" not in str(error).lower() or attempt == REFERENCE_ATTEMPTS - 1:
                raise
    logger.info("Appointment %s booked (%s, %s)", appointment.pk, channel, appointment.place_id)
    transaction.on_commit(lambda: tasks.appointment_booked(appointment.pk, token))
    return appointment, token


REFERENCE_ATTEMPTS = 5


class _Full(Exception):
    """A ledger cell has no room left (the transaction that met it must roll back)."""


# What other apps built on the ledger catch (`take_cells`).
LedgerFull = _Full


def _lock_phone_and_count(phone, now):
    """Serialise bookings for one phone number until the transaction ends, then count
    its active appointments.

    PostgreSQL: a transaction-level advisory lock keyed by the number's hash,
    sent with the count in one round trip; the count still runs after the
    lock is granted, with a snapshot of its own (READ COMMITTED), so it sees
    every appointment committed by the transaction that held it. SQLite takes
    one write lock for the whole database anyway.
    """
    active = Appointment.objects.active(at=now).for_phone(phone)
    if connection.vendor != "postgresql":
        return active.count()
    sql, params = active.values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT pg_advisory_xact_lock(%s); SELECT COUNT(*) FROM ({sql}) AS active",
            [_phone_lock_key(phone), *params],
        )
        cursor.nextset()
        return cursor.fetchone()[0]


def _phone_lock_key(phone):
    return int.from_bytes(
        hashlib.sha256(f"booking-phone:{phone}".encode()).digest()[:8], "big", signed=True
    )


def _lock_cells(cells):
    """Lock the ledger rows of [(window_key, start), …], creating missing ones.

    Rows are locked in one query ordered by (window, start): every
    transaction takes its locks in the same global order, so bookings,
    cancellations and moves never wait on each other in a circle.
    Returns {(window_key, start): SlotUsage}.
    """
    if not cells:
        return {}
    by_window = {}
    for window_key, start in cells:
        by_window.setdefault(window_key, []).append(start)
    condition = Q()
    for window_key, starts in by_window.items():
        condition |= Q(window_key=window_key, start__in=starts)
    locked = SlotUsage.objects.select_for_update().filter(condition).order_by("window_key", "start")
    return {(row.window_key, row.start): row for row in locked}


def _hold(window_key, start, end, capacity, *, release=None):
    """Take one place in every grid cell of [start, end), or raise _Full.

    With `release` (the window key, start and end of the appointment being
    moved), that appointment's own cells are freed in the same step, so a
    move to an overlapping time counts itself only once. Must run inside a
    transaction.
    """
    new_cells = [(window_key, cell) for cell in grid_cells(start, end)]
    old_cells = (
        [(release[0], cell) for cell in grid_cells(release[1], release[2])] if release else []
    )
    SlotUsage.objects.bulk_create(
        [SlotUsage(window_key=key, start=cell, capacity=capacity) for key, cell in new_cells],
        ignore_conflicts=True,
    )
    rows = _lock_cells(new_cells + old_cells)
    freed = set(old_cells)
    for cell in new_cells:
        row = rows.get(cell)
        held = row.booked - (1 if cell in freed else 0) if row else capacity
        if row is None or held >= capacity:
            raise _Full()
    old_held = [cell for cell in old_cells if cell in rows and rows[cell].booked > 0]
    if old_held:
        SlotUsage.objects.filter(pk__in=[rows[cell].pk for cell in old_held]).update(
            booked=F("booked") - 1
        )
    SlotUsage.objects.filter(pk__in=[rows[cell].pk for cell in new_cells]).update(
        booked=F("booked") + 1, capacity=capacity
    )
    # The day sheets last: every cell of this transaction is locked by now.
    ledger_days.record(
        [(key, cell, -1) for key, cell in old_held] + [(key, cell, 1) for key, cell in new_cells]
    )


def _take(window_key, start, end, capacity):
    """Take one place in every grid cell of [start, end), or raise _Full: one statement
    (`take_cells`)."""
    take_cells([(window_key, cell) for cell in grid_cells(start, end)], capacity)


def take_cells(cells, capacity, count=1):
    """Take `count` places in every ledger cell of [(key, start), …], or raise LedgerFull.

    One statement: each cell's row is inserted holding `count`, or — when it
    exists — locked and incremented only while it keeps within `capacity`
    (INSERT … ON CONFLICT DO UPDATE … WHERE, PostgreSQL and SQLite alike). The
    cells go in (key, start) order, the order every other transaction locks
    them in (`_lock_cells`), so no two wait on each other in a circle. A cell
    left out of RETURNING was full: the caller's transaction is then rolled
    back with every increment it made. The ledger's CHECK constraint refuses a
    fuller cell whatever happens here. Must run inside a transaction.

    Appointments take one place in each 5-minute cell they cover; other
    bookable things with seats (activities' sessions: `activities.seats`) take
    `count` places in one cell per session, under keys of their own.
    """
    cells = sorted(set(cells))
    if capacity < 1 or count < 1 or count > capacity or not cells:
        raise _Full()
    table = connection.ops.quote_name(SlotUsage._meta.db_table)
    values = ", ".join(["(%s, %s, %s, %s)"] * len(cells))
    params = []
    for key, cell in cells:
        params += [key, connection.ops.adapt_datetimefield_value(cell), capacity, count]
    sql = (
        f"INSERT INTO {table} (window_key, start, capacity, booked) VALUES {values} "
        "ON CONFLICT (window_key, start) DO UPDATE "
        f"SET booked = {table}.booked + %s, capacity = excluded.capacity "
        f"WHERE {table}.booked + %s <= excluded.capacity "
        "RETURNING id"
    )
    params += [count, count]
    # The day sheets, in the same round trip and after the cells (locked by then). If a
    # cell was full they change too, and are rolled back with the transaction.
    sheets = ledger_days.changes_sql((key, cell, count) for key, cell in cells)
    if sheets is not None:
        sql = f"{sql}; {sheets[0]}"
        params += sheets[1]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        taken = len(cursor.fetchall())
    if taken != len(cells):
        raise _Full()


def _release(window_key, start, end):
    """Give back one place in every cell of [start, end) (rows locked in order)."""
    release_cells([(window_key, cell) for cell in grid_cells(start, end)])


def release_cells(cells, count=1):
    """Give back `count` places in every ledger cell of [(key, start), …] (rows locked in
    order, never below zero). Must run inside a transaction."""
    rows = _lock_cells(cells).values()
    full = [row.pk for row in rows if row.booked >= count]
    if full:
        SlotUsage.objects.filter(pk__in=full).update(booked=F("booked") - count)
    short = [row.pk for row in rows if 0 < row.booked < count]
    if short:
        SlotUsage.objects.filter(pk__in=short).update(booked=0)
    # The day sheets last: every cell of this transaction is locked by now.
    ledger_days.record(
        [(row.window_key, row.start, -min(row.booked, count)) for row in rows if row.booked > 0]
    )


def _create(*, service, slot, details, channel, created_by, submission_id, token_hash):
    """The appointment row, inside the booking's transaction (no savepoint of its own:
    a clash of references fails the transaction, and `book` tries it again)."""
    return Appointment.objects.create(
        reference=new_reference(),
        manage_token_hash=token_hash,
        submission_id=submission_id,
        service=service,
        **appointment_place_fields(slot.place),
        window_key=slot.window.uid_key,
        start=slot.start,
        end=slot.end,
        channel=channel,
        consent_at=timezone.now(),
        created_by=created_by,
        **details,
    )


def _alternatives(service, slot_key, now, private=False):
    """The nearest free slots at the same place (anywhere, if the key names none)."""
    parsed = parse_slot_key(slot_key)
    if parsed is None:
        return nearest_free(service, now, now=now, private=private)
    window_key, around = parsed
    place = place_of_window(window_key)
    return nearest_free(
        service, around, places=[place] if place else None, now=now, private=private
    )


def cancel(appointment, *, by_staff=None, notify=True, now=None):
    """Cancel a booked appointment and free its place. Returns False if it was not booked."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = Appointment.objects.select_for_update().get(pk=appointment.pk)
        if locked.status != Status.BOOKED:
            return False
        _release(locked.window_key, locked.start, locked.end)
        locked.status = Status.CANCELLED
        locked.cancelled_at = now
        locked.save(update_fields=["status", "cancelled_at", "updated_at"])
    appointment.refresh_from_db()
    logger.info("Appointment %s cancelled (%s)", appointment.pk, "staff" if by_staff else "citizen")
    if notify:
        transaction.on_commit(lambda: tasks.appointment_cancelled(appointment.pk))
    return True


def reschedule(appointment, slot_key, *, now=None):
    """Move a booked appointment to another free slot of the same service."""
    now = now or timezone.now()
    service = appointment.service
    if appointment.home_team_id:
        # A home visit is moved by the team with the citizen, never to a public slot.
        raise NotBookable()
    slot = find_slot(service, slot_key, now=now, exclude_appointment=appointment)
    if slot is None:
        raise slot_unavailable(service, slot_key, now)
    try:
        with transaction.atomic():
            locked = Appointment.objects.select_for_update().get(pk=appointment.pk)
            if locked.status != Status.BOOKED:
                raise NotBookable()
            _hold(
                slot.window.uid_key,
                slot.start,
                slot.end,
                slot.window.capacity,
                release=(locked.window_key, locked.start, locked.end),
            )
            place = slot.place
            for field, value in appointment_place_fields(place).items():
                setattr(locked, field, value)
            locked.window_key = slot.window.uid_key
            locked.start, locked.end = slot.start, slot.end
            locked.reminder_sent_at = None
            locked.save()
    except _Full:
        raise slot_unavailable(service, slot_key, now) from None
    appointment.refresh_from_db()
    transaction.on_commit(lambda: tasks.appointment_moved(appointment.pk))
    return appointment


def set_status(appointment, status):
    """Staff marks an appointment attended, no-show or cancelled.

    Attended and no-show apply only to an appointment still holding its
    place, checked in the UPDATE itself: a cancellation made a moment earlier
    (whose place is already released) is never turned back into a visit.
    """
    if status == Status.CANCELLED:
        return cancel(appointment, by_staff=True)
    old = appointment.status
    updated = Appointment.objects.filter(pk=appointment.pk, status__in=HOLDING_STATUSES).update(
        status=status, updated_at=timezone.now()
    )
    appointment.refresh_from_db()
    if updated:
        appointment_status_changed.send(
            sender=Appointment, appointment=appointment, old=old, new=status
        )
    return bool(updated)


def manage_link_is_valid(appointment, now=None):
    """A manage link works until a day after the appointment, and never once anonymised."""
    now = now or timezone.now()
    return appointment.anonymised_at is None and appointment.end + datetime.timedelta(days=1) > now
