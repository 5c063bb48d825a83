"""Booking, cancelling and moving appointments: the one place that does it.

The web flow, the staff tools and the API all call these functions, so
they share one set of rules: the slot must be free and bookable, a phone
number holds at most BOOKING_MAX_ACTIVE_PER_PHONE future appointments, and
a slot never holds more appointments than its window's capacity — checked
under row locks and guarded by a database constraint (see SlotUsage), so it
holds under concurrent requests from several processes.
"""

import datetime
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from booking import notifications
from booking.choices import Channel, Status
from booking.models import Appointment, SlotUsage
from booking.references import new_reference, new_token
from booking.slots import find_slot, grid_cells, nearest_free

logger = logging.getLogger(__name__)


class BookingError(Exception):
    """A booking that cannot be made; `code` says why, for messages and the API."""

    code = "invalid"

    def __init__(self, message="", *, alternatives=()):
        super().__init__(message or self.code)
        self.alternatives = list(alternatives)


class SlotUnavailable(BookingError):
    code = "slot_unavailable"


class TooManyAppointments(BookingError):
    code = "too_many_appointments"


class NotBookable(BookingError):
    code = "not_bookable"


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
    or NotBookable.
    """
    now = now or timezone.now()
    if submission_id is not None:
        existing = Appointment.objects.filter(submission_id=submission_id).first()
        if existing is not None:
            return existing, None
    if not service.bookable or not service.live:
        raise NotBookable()
    slot = find_slot(service, slot_key, now=now)
    if slot is None:
        raise SlotUnavailable(alternatives=_alternatives(service, slot_key, now))
    if (
        Appointment.objects.active(at=now).for_phone(details["phone"]).count()
        >= settings.BOOKING_MAX_ACTIVE_PER_PHONE
    ):
        raise TooManyAppointments()
    token, token_hash = new_token()
    try:
        with transaction.atomic():
            _hold(slot.window.uid_key, slot.start, slot.end, slot.window.capacity)
            appointment = _create(
                service=service,
                slot=slot,
                details=details,
                channel=channel,
                created_by=created_by,
                submission_id=submission_id,
                token_hash=token_hash,
                now=now,
            )
    except _Full:
        raise SlotUnavailable(alternatives=_alternatives(service, slot_key, now)) from None
    except IntegrityError:
        # The same submission, booked a moment ago by a concurrent request.
        existing = Appointment.objects.filter(submission_id=submission_id).first()
        if submission_id is not None and existing is not None:
            return existing, None
        raise
    logger.info("Appointment %s booked (%s, %s)", appointment.pk, channel, appointment.place_id)
    transaction.on_commit(lambda: notifications.appointment_booked(appointment.pk, token))
    return appointment, token


class _Full(Exception):
    pass


def _hold(window_key, start, end, capacity):
    """Take one place in every grid cell of [start, end), or raise _Full.

    Cells are created if missing, then locked in start order (so two
    bookings never wait on each other in a circle), checked against the
    window's capacity and incremented. Must run inside a transaction.
    """
    cells = grid_cells(start, end)
    SlotUsage.objects.bulk_create(
        [SlotUsage(window_key=window_key, start=cell, capacity=capacity) for cell in cells],
        ignore_conflicts=True,
    )
    locked = list(
        SlotUsage.objects.select_for_update()
        .filter(window_key=window_key, start__in=cells)
        .order_by("start")
    )
    if len(locked) != len(cells) or any(cell.booked >= capacity for cell in locked):
        raise _Full()
    SlotUsage.objects.filter(pk__in=[cell.pk for cell in locked]).update(
        booked=F("booked") + 1, capacity=capacity
    )


def _release(window_key, start, end):
    SlotUsage.objects.filter(
        window_key=window_key, start__in=grid_cells(start, end), booked__gt=0
    ).update(booked=F("booked") - 1)


def _create(*, service, slot, details, channel, created_by, submission_id, token_hash, now):
    place = slot.place
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Appointment.objects.create(
                    reference=new_reference(),
                    manage_token_hash=token_hash,
                    submission_id=submission_id,
                    service=service,
                    branch=place if place.kind == "branch" else None,
                    stop=place if place.kind == "stop" else None,
                    window_key=slot.window.uid_key,
                    start=slot.start,
                    end=slot.end,
                    channel=channel,
                    consent_at=now,
                    created_by=created_by,
                    **details,
                )
        except IntegrityError as error:
            if "reference" not in str(error).lower() or submission_id_taken(submission_id):
                raise
    raise IntegrityError("could not find a free reference")


def submission_id_taken(submission_id):
    return (
        submission_id is not None
        and Appointment.objects.filter(submission_id=submission_id).exists()
    )


def _alternatives(service, slot_key, now):
    from booking.slots import parse_slot_key

    parsed = parse_slot_key(slot_key)
    around = parsed[1] if parsed else now
    return nearest_free(service, around, now=now)


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
        transaction.on_commit(lambda: notifications.appointment_cancelled(appointment.pk))
    return True


def reschedule(appointment, slot_key, *, now=None):
    """Move a booked appointment to another free slot of the same service."""
    now = now or timezone.now()
    service = appointment.service
    slot = find_slot(service, slot_key, now=now, exclude_appointment=appointment)
    if slot is None:
        raise SlotUnavailable(alternatives=_alternatives(service, slot_key, now))
    try:
        with transaction.atomic():
            locked = Appointment.objects.select_for_update().get(pk=appointment.pk)
            if locked.status != Status.BOOKED:
                raise NotBookable()
            _release(locked.window_key, locked.start, locked.end)
            _hold(slot.window.uid_key, slot.start, slot.end, slot.window.capacity)
            place = slot.place
            locked.branch = place if place.kind == "branch" else None
            locked.stop = place if place.kind == "stop" else None
            locked.window_key = slot.window.uid_key
            locked.start, locked.end = slot.start, slot.end
            locked.reminder_sent_at = None
            locked.save()
    except _Full:
        raise SlotUnavailable(alternatives=_alternatives(service, slot_key, now)) from None
    appointment.refresh_from_db()
    transaction.on_commit(lambda: notifications.appointment_moved(appointment.pk))
    return appointment


def set_status(appointment, status):
    """Staff marks an appointment attended, no-show or cancelled."""
    if status == Status.CANCELLED:
        return cancel(appointment, by_staff=True)
    if appointment.status == Status.CANCELLED:
        return False
    Appointment.objects.filter(pk=appointment.pk).update(status=status, updated_at=timezone.now())
    appointment.refresh_from_db()
    return True


def manage_link_is_valid(appointment, now=None):
    """A manage link works until a day after the appointment, and never once anonymised."""
    now = now or timezone.now()
    return appointment.anonymised_at is None and appointment.end + datetime.timedelta(days=1) > now
