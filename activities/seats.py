"""Signing up for an activity, leaving it, the waiting list, cancelling a session.

The one place that does it: the public form, the staff screens and the
demo loader all call these functions. Seats live in booking's ledger
(`booking.reservations.take_cells`, the same table, SQL and CHECK constraint
as appointments): one cell per session under the activity's key, and a
sign-up of a parent with two children takes three places in it. A series
sign-up takes its places in every coming session in the same statement, so
it holds all of them or none. Under concurrent sign-ups from several
processes on PostgreSQL exactly the places there are get taken; the others
meet `Full`, and are offered the waiting list.

The waiting list is kept in sign-up order. When places come free (someone
leaves), the people waiting are signed up in that order, each whose party
fits, in the same transaction that freed the places, and told by text
message. Unlike the booking waiting list, which offers a freed appointment
time for two hours, nobody has to answer: a course keeps its places for
those who asked first.
"""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from activities import messages, sessions
from activities.choices import MessageKind, SignUpStatus
from activities.models import Seat, Session, SignUp
from booking.choices import Channel
from booking.references import new_reference, new_token
from booking.reservations import LedgerFull, release_cells, take_cells
from portal import page_cache

logger = logging.getLogger(__name__)

PARTY_MAX = 10


class SignUpError(Exception):
    """A sign-up that cannot be made: a stable `code`, the citizen's and the staff's message."""

    code = "not_open"
    text = staff_text = _("This activity takes no sign-ups at the moment.")

    def __init__(self):
        super().__init__(self.code)

    @property
    def message(self):
        return str(self.text)

    @property
    def staff_message(self):
        return str(self.staff_text)


class Full(SignUpError):
    code = "full"
    text = _(
        "There are not enough places left. You can join the waiting list: "
        "we will send you a text message as soon as there is a place for you."
    )
    staff_text = _("There are not enough places left: add them to the waiting list instead.")


class TooMany(SignUpError):
    code = "too_many"
    text = staff_text = _(
        "That is more people than this activity has places for. Please call us: we will find a way."
    )


class NotOpen(SignUpError):
    code = "not_open"


class SessionGone(SignUpError):
    code = "session_gone"
    text = staff_text = _("This session is no longer taking place. Please choose another one.")


def targets(activity, session_key=None, *, now=None):
    """The sessions a sign-up would hold: every coming one of a series, or the one chosen."""
    coming = sessions.bookable(sessions.coming(activity, now=now))
    if activity.is_series:
        return coming
    return [s for s in coming if s.key == session_key]


def sign_up(
    *,
    activity,
    details,
    party_size=1,
    session_key=None,
    waiting_list=False,
    channel=Channel.WEB,
    created_by=None,
    submission_id=None,
    notify=True,
    now=None,
):
    """Sign up `party_size` people; returns (sign_up, token for the private link).

    `details`: name, phone (E.164), email, language, interpreter_needed,
    interpreter_language, accessibility_needs. With `waiting_list`, joins the
    waiting list instead of taking places. The same `submission_id` twice
    returns the first sign-up and no token. Without `notify` nothing is sent (the
    demo's made-up numbers). Raises Full, TooMany, NotOpen or SessionGone.
    """
    now = now or timezone.now()
    if submission_id is not None:
        existing = SignUp.objects.filter(submission_id=submission_id).first()
        if existing is not None:
            return existing, None
    if not activity.live or not activity.needs_sign_up:
        raise NotOpen()
    if not 1 <= party_size <= min(PARTY_MAX, activity.seats):
        raise TooMany()
    chosen = targets(activity, session_key, now=now)
    if not chosen:
        raise SessionGone() if session_key else NotOpen()
    token, token_hash = new_token()
    try:
        with transaction.atomic():
            rows = _sessions(activity, chosen)
            entry = SignUp.objects.create(
                reference=new_reference(),
                manage_token_hash=token_hash,
                submission_id=submission_id,
                activity=activity,
                session=None if activity.is_series else rows[0],
                status=SignUpStatus.WAITING if waiting_list else SignUpStatus.CONFIRMED,
                channel=channel,
                party_size=party_size,
                consent_at=now,
                created_by=created_by,
                **details,
            )
            if not waiting_list:
                _hold(entry, rows)
            if notify:
                messages.store_and_send(entry, messages.kind_for(entry), token=token)
    except LedgerFull:
        raise Full() from None
    except IntegrityError:
        existing = (
            SignUp.objects.filter(submission_id=submission_id).first() if submission_id else None
        )
        if existing is None:
            raise
        return existing, None
    logger.info("Activity sign-up %s (%s, %s)", entry.pk, entry.status, channel)
    return entry, token


def _sessions(activity, chosen):
    """The Session rows of `chosen` (SessionTimes), made when missing; in start order."""
    Session.objects.bulk_create(
        [Session(activity=activity, start=s.start, end=s.end) for s in chosen],
        ignore_conflicts=True,
    )
    return list(
        Session.objects.filter(activity=activity, start__in=[s.start for s in chosen]).order_by(
            "start"
        )
    )


def _hold(entry, rows):
    """Take the entry's places in every session of `rows` (one statement), or LedgerFull."""
    activity = entry.activity
    take_cells([(activity.ledger_key, row.start) for row in rows], activity.seats, entry.party_size)
    Seat.objects.bulk_create([Seat(sign_up=entry, session=row) for row in rows])
    transaction.on_commit(page_cache.bump)


def cancel(entry, *, by_staff=None, now=None):
    """Leave (or leave the waiting list); frees the places of sessions still to come.

    The people waiting are then signed up in order, each whose party fits.
    Returns False when it was already cancelled.
    """
    now = now or timezone.now()
    with transaction.atomic():
        locked = SignUp.objects.select_for_update().get(pk=entry.pk)
        if locked.status == SignUpStatus.CANCELLED:
            return False
        was_holding = locked.status == SignUpStatus.CONFIRMED
        if was_holding:
            future = list(locked.seats.filter(session__start__gt=now).select_related("session"))
            release_cells(
                [(locked.activity.ledger_key, seat.session.start) for seat in future],
                locked.party_size,
            )
            Seat.objects.filter(pk__in=[seat.pk for seat in future]).delete()
            transaction.on_commit(page_cache.bump)
        locked.status = SignUpStatus.CANCELLED
        locked.cancelled_at = now
        locked.save(update_fields=["status", "cancelled_at"])
        if was_holding:
            promote_waiting(locked.activity, now=now)
    logger.info("Activity sign-up %s cancelled (%s)", entry.pk, "staff" if by_staff else "citizen")
    entry.refresh_from_db()
    return True


def promote_waiting(activity, *, now=None):
    """Sign up the people waiting, in order, each whose party fits. Returns how many."""
    now = now or timezone.now()
    promoted = 0
    waiting = SignUp.objects.waiting().filter(activity=activity).select_for_update()
    for entry in waiting:
        key = sessions.session_key(entry.session.start) if entry.session_id else None
        chosen = targets(activity, key, now=now)
        if not chosen:
            continue
        try:
            with transaction.atomic():
                _hold(entry, _sessions(activity, chosen))
                SignUp.objects.filter(pk=entry.pk).update(status=SignUpStatus.CONFIRMED)
        except LedgerFull:
            continue
        promoted += 1
        entry.status = SignUpStatus.CONFIRMED
        messages.store_and_send(entry, MessageKind.PROMOTED)
    return promoted


def cancel_session(activity, session_key, *, reason="", by_staff=None, now=None):
    """Cancel one coming session and tell everyone signed up to it, once.

    Returns the Session, or None when `session_key` names no coming session.
    Cancelling it again changes nothing and tells nobody again.
    """
    now = now or timezone.now()
    found = sessions.find(activity, session_key, now=now)
    if found is None:
        return None
    with transaction.atomic():
        (row,) = _sessions(activity, [found])
        cancelled = Session.objects.filter(pk=row.pk, cancelled_at__isnull=True).update(
            cancelled_at=now, cancel_reason=reason[:200], participants_told_at=now
        )
        transaction.on_commit(page_cache.bump)
        row.refresh_from_db()
        if cancelled:
            for entry in participants(row).select_related("activity"):
                messages.store_and_send(entry, MessageKind.SESSION_CANCELLED, row)
    if cancelled:
        logger.info("Activity session %s cancelled", row.pk)
    return row


def participants(session):
    """The sign-ups holding places in `session` (a Session row), in sign-up order."""
    return (
        SignUp.objects.holding()
        .filter(seats__session=session)
        .order_by("created_at", "pk")
        .distinct()
    )


def mark_attendance(seat, came, *, now=None):
    """How many of the sign-up's people came to the session (0 … party size)."""
    came = max(0, min(int(came), seat.sign_up.party_size))
    Seat.objects.filter(pk=seat.pk).update(attended=came, marked_at=now or timezone.now())
    seat.refresh_from_db()
    return seat
