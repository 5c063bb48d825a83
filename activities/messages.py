"""Messages to the people signed up: stored first, sent through `booking.deliveries`.

Every message (the confirmation with the private link, a place from the
waiting list, the reminder before each session, a cancelled session) is an
`ActivityMessage` row per sign-up, kind, session and channel, stored in the
same transaction as what causes it, then sent after the commit by the
portal's one delivery mechanism: claimed once, retried with backoff, swept
by the hourly housekeeping (`activities.tasks.housekeeping`). A provider
that is down loses nothing: the row waits, then says "not delivered".

A text message never goes to a landline (`booking.phones`); an e-mail goes
too when an address was given. The private link's token exists only in the
first attempt (a task argument, never stored), as booking's manage link.
"""

import datetime
from typing import NamedTuple

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from activities.choices import MessageKind, SignUpStatus
from activities.models import ActivityMessage, Seat, SignUp
from booking.choices import NotificationChannel
from booking.deliveries import NO_LONGER_NEEDED, NotSent, Outbox
from booking.notifications import organisation_name
from booking.phones import takes_text_messages
from booking.sms import get_backend

REMINDER_BEFORE = datetime.timedelta(hours=24)
LANDLINE = "landline"


def manage_url(entry, token):
    """The private link to see or cancel a sign-up, on the public address."""
    if not token:
        return ""
    with translation.override(entry.language):
        path = reverse("activities:manage", kwargs={"token": token})
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


def channels(entry):
    """E-mail when an address was given; a text message unless the number is a landline."""
    found = [NotificationChannel.EMAIL] if entry.email else []
    if takes_text_messages(entry.phone):
        found.append(NotificationChannel.SMS)
    return found


def store(entry, kind, session=None, text="", submission_id=None):
    """Store the message of `kind` to `entry` on each of its channels (in the caller's
    transaction); a reminder or cancellation stored before is not stored again.
    Returns the rows stored now."""
    if entry.anonymised_at is not None:
        return []
    rows = [
        ActivityMessage(
            sign_up=entry,
            session=session,
            kind=kind,
            channel=channel,
            text=text,
            submission_id=submission_id,
        )
        for channel in channels(entry)
    ]
    if kind in (MessageKind.REMINDER, MessageKind.SESSION_CANCELLED):
        fresh = []
        for row in rows:
            with transaction.atomic():  # a savepoint: a duplicate must not spoil the caller's
                stored, created = ActivityMessage.objects.get_or_create(
                    sign_up=entry, session=session, kind=kind, channel=row.channel
                )
            if created:
                fresh.append(stored)
        return fresh
    return ActivityMessage.objects.bulk_create(rows)


class Told(NamedTuple):
    """What `tell_participants` did: how many people, and whether that was earlier."""

    people: int
    already: bool = False  # the same submission was sent before: nothing sent now


def tell_participants(session, text, submission_id=None):
    """Store a message from staff to every person holding places in `session` (each
    once, on each channel) and send it after the commit.

    `submission_id` (the staff form's hidden field) makes sending the same form
    again — a double click, a second tab, the browser's resubmit — send
    nothing: the database refuses a second row for a sign-up, channel and
    submission (`activity_message_once_per_submission`), so even two requests
    at the same instant tell each person once; the later one rolls back and
    answers what the first did.
    """
    if session is None:  # nobody has signed up for it yet
        return Told(0)
    if submission_id is not None and _sent(submission_id).exists():
        return Told(_people(submission_id), already=True)
    holding = SignUp.objects.holding().filter(seats__session=session).distinct()
    told = 0
    try:
        with transaction.atomic():
            for entry in holding.select_related("activity").order_by("pk"):
                rows = store(entry, MessageKind.STAFF, session, text, submission_id)
                send_on_commit(rows)
                told += bool(rows)
    except IntegrityError:
        if submission_id is None:
            raise
        return Told(_people(submission_id), already=True)
    return Told(told)


def _sent(submission_id):
    return ActivityMessage.objects.filter(kind=MessageKind.STAFF, submission_id=submission_id)


def _people(submission_id):
    """How many people the message of this submission went to."""
    found = ActivityMessage.objects.filter(kind=MessageKind.STAFF, submission_id=submission_id)
    return found.values("sign_up").distinct().count()


def send_on_commit(rows, **context):
    """Send the stored `rows` once the transaction commits (`context`: the first attempt's)."""
    for row in rows:
        transaction.on_commit(lambda pk=row.pk: MESSAGES.enqueue(pk, **context))


def store_and_send(entry, kind, session=None, **context):
    send_on_commit(store(entry, kind, session), **context)


def store_due_reminders(now=None):
    """A reminder before each session, to each sign-up holding a place in it (stored once;
    the sweep that follows sends it). Returns how many sign-ups were due."""
    now = now or timezone.now()
    due = Seat.objects.filter(
        Q(session__cancelled_at__isnull=True),
        reminder_sent_at__isnull=True,
        sign_up__status=SignUpStatus.CONFIRMED,
        session__start__gt=now,
        session__start__lte=now + REMINDER_BEFORE,
    ).select_related("sign_up", "session")
    stored = 0
    for seat in due:
        with transaction.atomic():
            if Seat.objects.filter(pk=seat.pk, reminder_sent_at__isnull=True).update(
                reminder_sent_at=now
            ):
                stored += bool(store(seat.sign_up, MessageKind.REMINDER, seat.session))
    return stored


def _why_not(message):
    entry = message.sign_up
    if entry.anonymised_at is not None:
        return NO_LONGER_NEEDED
    if message.kind == MessageKind.REMINDER and (
        entry.status != SignUpStatus.CONFIRMED or message.session.cancelled_at is not None
    ):
        return NO_LONGER_NEEDED
    if message.channel == NotificationChannel.SMS and not takes_text_messages(entry.phone):
        return LANDLINE
    return ""


def _send(message, token=""):
    entry, session = message.sign_up, message.session
    with translation.override(entry.language):
        context = {
            "entry": entry,
            "kind": message.kind,
            "activity": entry.activity,
            "session": session,
            "link": manage_url(entry, token),
            "organisation": organisation_name(),
            "text": message.text,
        }
        text = render_to_string("activities/sms.txt", context).strip()
        subject = render_to_string("activities/email_subject.txt", context).strip()
    if message.channel == NotificationChannel.SMS:
        if not get_backend().send(entry.phone, text):
            raise NotSent("the SMS backend did not send the message")
    else:
        send_mail(subject, text, None, [entry.email])


MESSAGES = Outbox(
    path="activities.messages.MESSAGES",
    model=ActivityMessage,
    send=_send,
    why_not=_why_not,
    describe=lambda m: f"Sign-up {m.sign_up_id}: {m.kind} by {m.channel}",
    related=("sign_up__activity", "session"),
)


def kind_for(entry):
    """The first message's kind: signed up, or on the waiting list."""
    return MessageKind.WAITING if entry.status == SignUpStatus.WAITING else MessageKind.CONFIRMED
