"""Messages to the people signed up, as background tasks (django-tasks, like booking's).

Stored first, told after: the seat functions (`activities.seats`) call these
hooks once their transaction commits. Text messages go through booking's SMS
backend (`booking.sms`), never to a landline (`booking.phones`); an e-mail
goes too when an address was given. The private link's token exists only in
the first message (a task argument, never stored). A channel that fails is
logged, not retried: the sign-up stands, and staff see the roster.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from django_tasks import task

from activities import retention
from activities.choices import SignUpStatus
from activities.models import Seat, Session, SignUp
from booking.notifications import organisation_name
from booking.phones import takes_text_messages
from booking.sms import get_backend

logger = logging.getLogger(__name__)

REMINDER_BEFORE = datetime.timedelta(hours=24)


def signed_up(sign_up_id, token):
    send_notice.enqueue(sign_up_id, "confirmed", token=token or "")


def promoted(sign_up_id):
    send_notice.enqueue(sign_up_id, "promoted")


def session_cancelled(session_id):
    tell_session_cancelled.enqueue(session_id)


def manage_url(entry, token):
    """The private link to see or cancel a sign-up, on the public address."""
    if not token:
        return ""
    with translation.override(entry.language):
        path = reverse("activities:manage", kwargs={"token": token})
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


def deliver(entry, kind, *, token="", session=None):
    """Send one notice of `kind` by text message (not to a landline) and e-mail (if given).

    Returns the channels that went out.
    """
    if entry.anonymised_at is not None:
        return []
    with translation.override(entry.language):
        context = {
            "entry": entry,
            "kind": "waiting"
            if entry.status == SignUpStatus.WAITING and kind == "confirmed"
            else kind,
            "activity": entry.activity,
            "session": session,
            "link": manage_url(entry, token),
            "organisation": organisation_name(),
        }
        text = render_to_string("activities/sms.txt", context).strip()
        subject = render_to_string("activities/email_subject.txt", context).strip()
    sent = []
    if takes_text_messages(entry.phone):
        try:
            if get_backend().send(entry.phone, text):
                sent.append("sms")
        except Exception as error:  # a provider's failure never undoes the sign-up
            logger.warning("Sign-up %s: text message failed (%s)", entry.pk, type(error).__name__)
    if entry.email:
        try:
            send_mail(subject, text, None, [entry.email])
            sent.append("email")
        except Exception as error:
            logger.warning("Sign-up %s: e-mail failed (%s)", entry.pk, type(error).__name__)
    return sent


@task()
def send_notice(sign_up_id, kind, token=""):
    entry = SignUp.objects.select_related("activity").filter(pk=sign_up_id).first()
    if entry is None:
        return []
    return deliver(entry, kind, token=token)


@task()
def tell_session_cancelled(session_id, now=None):
    """Tell every participant of a cancelled session, once (claimed by an UPDATE)."""
    now = now or timezone.now()
    claimed = Session.objects.filter(
        pk=session_id, cancelled_at__isnull=False, participants_told_at__isnull=True
    ).update(participants_told_at=now)
    if not claimed:
        return 0
    session = Session.objects.select_related("activity").get(pk=session_id)
    told = 0
    holding = SignUp.objects.holding().filter(seats__session=session).distinct()
    for entry in holding.select_related("activity"):
        told += bool(deliver(entry, "session_cancelled", session=session))
    return told


def send_due_reminders(now=None):
    """A reminder before each session, to each sign-up holding a place in it (once)."""
    now = now or timezone.now()
    due = Seat.objects.filter(
        Q(session__cancelled_at__isnull=True),
        reminder_sent_at__isnull=True,
        sign_up__status=SignUpStatus.CONFIRMED,
        session__start__gt=now,
        session__start__lte=now + REMINDER_BEFORE,
    ).select_related("sign_up__activity", "session")
    sent = 0
    for seat in due:
        if Seat.objects.filter(pk=seat.pk, reminder_sent_at__isnull=True).update(
            reminder_sent_at=now
        ):
            sent += bool(deliver(seat.sign_up, "reminder", session=seat.session))
    return sent


def housekeeping():
    """Hourly (HOUSEKEEPING_HOOKS): reminders of tomorrow's sessions, retention."""
    return {
        "activity_reminders_sent": send_due_reminders(),
        "activity_sign_ups_anonymised": retention.anonymise_due(),
    }
