"""The waiting list: join it, offer freed times in turn, confirm an offer, leave it.

When a service has no free time at a place within the booking horizon, a
citizen may join the list for that (service, place). When a time frees up (a
cancellation, a move, a new schedule or extra date, more capacity: whatever
bumps the schedule generation or cancels or moves an appointment, see
`booking.signals`), `offer_freed` offers the free slots to the people waiting,
first come, first served:

- each free seat is offered to at most BOOKING_WAITLIST_OFFERS_PER_SEAT
  people at once (2 by default). One would disappoint nobody, but a freed
  time would then wait a whole answer period (BOOKING_WAITLIST_OFFER_MINUTES)
  for each person who does not read the message in time, and a time that is
  not booked at all is the worst outcome for everyone waiting; with two, the
  time is usually taken in the first period and at most one person per seat
  reads "it was taken — you stay on the list";
- each person holds at most one open offer, and is offered each slot at most
  once (a unique constraint on (entry, slot)), so running the offering twice,
  or from two processes at once, sends nothing twice; the run itself is
  serialised per (service, place) by an advisory lock on PostgreSQL;
- an offer that expires unanswered no longer counts, so the next run offers
  the seat to the next people in the queue.

The first to confirm gets the time: `confirm` books through
`reservations.book`, the one path that writes appointments, so the booking
invariant holds under concurrent confirmations as it does for every booking;
the others get `OfferTaken` and stay on the list. Messages are sent by
`booking.waitlist_tasks`, after the rows are stored.
"""

import datetime
import hashlib
import logging
import uuid

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from booking import reservations
from booking.choices import Channel, EntryStatus, OfferStatus
from booking.models import WaitlistEntry, WaitlistOffer
from booking.references import hash_token, new_token
from booking.slots import free_slots, lengths_for
from services_catalog.places import load_place

logger = logging.getLogger(__name__)

# An offer needs at least this long to be read and answered; a slot closer than
# that (after the booking notice) is left to the booking flow.
MIN_ANSWER = datetime.timedelta(minutes=15)


class WaitlistError(Exception):
    """Something the waiting list cannot do, with the citizen's message."""

    text = _("This is not possible at the moment.")

    @property
    def message(self):
        return str(self.text)


class NotOffered(WaitlistError):
    """The service is not offered (or not bookable online) at this place."""

    text = _("This service cannot be booked online at this place.")


class HasFreeTimes(WaitlistError):
    """There are free times: book one instead of waiting."""

    text = _("There are free times for this service here: please choose one.")


class OfferExpired(WaitlistError):
    """The offer's time to answer is over (or it was withdrawn); the entry still waits."""

    text = _(
        "The time to answer this offer is over. You are still on the waiting list: "
        "we will send you a message when another time is free."
    )


class OfferTaken(WaitlistError):
    """Someone else booked the offered time first; the entry still waits."""

    text = _(
        "Sorry, someone else booked this time a moment before you. "
        "You are still on the waiting list: we will send you a message "
        "when another time is free."
    )


class AlreadyBooked(WaitlistError):
    """The offer was booked already (the link opened again)."""

    text = _(
        "You have already booked this time. We sent you the confirmation "
        "by text message (and by e-mail, if you gave one)."
    )


class NoLongerWaiting(WaitlistError):
    """The entry has left the list, been removed, or already booked."""

    text = _("You are no longer on this waiting list.")


def pair_is_offered(service, place_id):
    """Whether `service` is bookable online at `place_id` (a live place offering it)."""
    if not service.bookable or not service.live or load_place(place_id) is None:
        return False
    return place_id in lengths_for(service, [place_id])


def join(*, service, place_id, details, now=None):
    """Put someone on the list for (service, place); returns (entry, leave token).

    `details`: name, phone (E.164), email, language. The same phone number
    already waiting there keeps its place in the queue: (that entry, None).
    Raises NotOffered, or HasFreeTimes while a time is free there.
    """
    now = now or timezone.now()
    if not pair_is_offered(service, place_id):
        raise NotOffered()
    if free_slots(service, places=[place_id], now=now):
        raise HasFreeTimes()
    existing = WaitlistEntry.objects.waiting().for_pair(service, place_id)
    found = existing.filter(phone=details["phone"]).first()
    if found is not None:
        return found, None
    token, token_hash = new_token()
    try:
        with transaction.atomic():
            entry = WaitlistEntry.objects.create(
                service=service,
                place_id=place_id,
                name=details["name"],
                phone=details["phone"],
                email=details.get("email", ""),
                language=details["language"],
                consent_at=now,
                leave_token_hash=token_hash,
                created_at=now,
            )
    except IntegrityError:  # the same number, joined a moment ago by a concurrent request
        return existing.get(phone=details["phone"]), None
    logger.info("Waiting-list entry %s joined (%s)", entry.pk, place_id)
    return entry, token


def entry_for_token(token):
    """The waiting entry a leave link names, or None."""
    if not token or len(token) > 100:
        return None
    return (
        WaitlistEntry.objects.waiting()
        .select_related("service")
        .filter(leave_token_hash=hash_token(token))
        .first()
    )


def leave(entry, *, status=EntryStatus.LEFT, now=None):
    """Take the entry off the list (the citizen leaves, or staff remove it). True if it was on."""
    now = now or timezone.now()
    with transaction.atomic():
        closed = WaitlistEntry.objects.filter(pk=entry.pk, status=EntryStatus.WAITING).update(
            status=status, closed_at=now
        )
        WaitlistOffer.objects.filter(entry=entry, status=OfferStatus.OPEN).update(
            status=OfferStatus.WITHDRAWN, answered_at=now
        )
    entry.refresh_from_db()
    return bool(closed)


# --- Offering freed times -----------------------------------------------------------------


def waiting_pairs():
    """[(service id, place id)] with someone waiting, in a stable order."""
    return list(
        WaitlistEntry.objects.waiting()
        .order_by("service_id", "place_id")
        .values_list("service_id", "place_id")
        .distinct()
    )


def offer_freed(service, place_id, *, now=None):
    """Offer the free slots of (service, place) to the people waiting, in order.

    Returns [(offer, token)] made now, to be sent after the commit. Idempotent:
    a second run with nothing freed makes none.
    """
    now = now or timezone.now()
    if not pair_is_offered(service, place_id):
        return []
    made = []
    with transaction.atomic():
        _lock_pair(service.pk, place_id)
        waiting = list(WaitlistEntry.objects.waiting().for_pair(service, place_id).in_order())
        if not waiting:
            return []
        slots = free_slots(service, places=[place_id], now=now)
        if not slots:
            return []
        offers = WaitlistOffer.objects.filter(entry__in=waiting)
        busy = set(offers.open(at=now).values_list("entry_id", flat=True))
        open_per_slot = {}
        for key in offers.open(at=now).values_list("slot_key", flat=True):
            open_per_slot[key] = open_per_slot.get(key, 0) + 1
        offered = set(
            offers.filter(slot_key__in=[slot.key for slot in slots]).values_list(
                "entry_id", "slot_key"
            )
        )
        queue = [entry for entry in waiting if entry.pk not in busy]
        notice = datetime.timedelta(minutes=settings.BOOKING_MIN_NOTICE_MINUTES)
        answer = datetime.timedelta(minutes=settings.BOOKING_WAITLIST_OFFER_MINUTES)
        for slot in slots:
            if not queue:
                break
            expires_at = min(now + answer, slot.start - notice)
            if expires_at - now < MIN_ANSWER:
                continue
            room = slot.remaining * settings.BOOKING_WAITLIST_OFFERS_PER_SEAT - open_per_slot.get(
                slot.key, 0
            )
            for entry in list(queue):
                if room <= 0:
                    break
                if (entry.pk, slot.key) in offered:
                    continue
                token, token_hash = new_token()
                offer = WaitlistOffer.objects.create(
                    entry=entry,
                    slot_key=slot.key,
                    start=slot.start,
                    token_hash=token_hash,
                    submission_id=uuid.uuid4(),
                    created_at=now,
                    expires_at=expires_at,
                )
                made.append((offer, token))
                queue.remove(entry)
                room -= 1
    if made:
        logger.info("Waiting list %s at %s: %d offer(s) made", service.pk, place_id, len(made))
    return made


def _lock_pair(service_pk, place_id):
    """One offering run per (service, place) at a time (PostgreSQL; SQLite has one writer)."""
    if connection.vendor != "postgresql":
        return
    key = int.from_bytes(
        hashlib.sha256(f"waitlist:{service_pk}:{place_id}".encode()).digest()[:8],
        "big",
        signed=True,
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])


def close_stale(now=None):
    """Entries waiting longer than BOOKING_WAITLIST_DAYS leave the list. How many."""
    now = now or timezone.now()
    stale = WaitlistEntry.objects.stale(at=now)
    WaitlistOffer.objects.filter(entry__in=stale, status=OfferStatus.OPEN).update(
        status=OfferStatus.WITHDRAWN, answered_at=now
    )
    return stale.update(status=EntryStatus.EXPIRED, closed_at=now)


# --- Answering an offer -------------------------------------------------------------------


def offer_for_token(token):
    """The offer a link names (in any state), or None."""
    if not token or len(token) > 100:
        return None
    return (
        WaitlistOffer.objects.select_related("entry__service")
        .filter(token_hash=hash_token(token))
        .first()
    )


def check_offer(offer, now=None):
    """Raise what stands in the way of booking this offer now (nothing if it may be)."""
    now = now or timezone.now()
    if offer.entry.status != EntryStatus.WAITING and offer.status != OfferStatus.BOOKED:
        raise NoLongerWaiting()
    if offer.status == OfferStatus.TAKEN:
        raise OfferTaken()
    if offer.status != OfferStatus.BOOKED and (
        offer.status != OfferStatus.OPEN or offer.expires_at <= now
    ):
        raise OfferExpired()


def confirm(offer, *, now=None):
    """Book the offered time for the waiting person; returns (appointment, manage token).

    Through `reservations.book` (the one path that writes appointments, under the
    ledger's row locks), with the offer's submission id: confirming twice returns
    the same appointment and no new token. Raises OfferTaken (the entry still
    waits), OfferExpired, NoLongerWaiting, or book()'s TooManyAppointments /
    NotBookable.
    """
    now = now or timezone.now()
    taken = False
    with transaction.atomic():
        offer = (
            WaitlistOffer.objects.select_for_update()
            .select_related("entry__service")
            .get(pk=offer.pk)
        )
        entry = offer.entry
        if offer.status == OfferStatus.BOOKED and entry.appointment_id:
            return entry.appointment, None
        check_offer(offer, now)
        try:
            with transaction.atomic():
                appointment, token = reservations.book(
                    service=entry.service,
                    slot_key=offer.slot_key,
                    details=_details(entry),
                    channel=Channel.WEB,
                    submission_id=offer.submission_id,
                    now=now,
                )
        except reservations.SlotUnavailable:
            taken = True
            offer.status = OfferStatus.TAKEN
            offer.answered_at = now
            offer.save(update_fields=["status", "answered_at"])
        else:
            offer.status = OfferStatus.BOOKED
            offer.answered_at = now
            offer.save(update_fields=["status", "answered_at"])
            WaitlistEntry.objects.filter(pk=entry.pk).update(
                status=EntryStatus.BOOKED, closed_at=now, appointment=appointment
            )
            WaitlistOffer.objects.filter(entry=entry, status=OfferStatus.OPEN).update(
                status=OfferStatus.WITHDRAWN, answered_at=now
            )
    if taken:
        logger.info("Waiting-list offer %s: taken by someone else first", offer.pk)
        raise OfferTaken()
    logger.info("Waiting-list offer %s booked as appointment %s", offer.pk, appointment.pk)
    return appointment, token


def _details(entry):
    """The entry's answers as `reservations.book` takes them."""
    return {
        "name": entry.name,
        "phone": entry.phone,
        "email": entry.email,
        "language": entry.language,
        "interpreter_needed": False,
        "interpreter_language": "",
        "accessibility_needs": "",
        "note": "",
    }
