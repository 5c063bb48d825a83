"""Telling citizens about their appointment, in their language.

This module builds and delivers the messages; `booking.tasks` enqueues
them (the booking functions call its hooks after the transaction commits),
so a slow mail server never slows a booking down. E-mail goes only to
citizens who gave an address (many have none); a text message goes to
everyone whose number can take one, through the SMS backend — not to a
landline (`booking.phones.takes_text_messages`), which the booking pages
warn about instead.

Channels are independent: each channel of each notification is a
`NotificationDelivery`, attempted on its own, so a mail server that is down
does not stop the text message. A failed delivery is retried after the
delays of BOOKING_NOTIFICATION_RETRY_DELAYS (1 min, 5 min, 30 min, 2 h by
default) up to BOOKING_NOTIFICATION_MAX_ATTEMPTS attempts, then marked "not
delivered" for staff (the appointments list filters and shows them). Each
planned retry is handed to `on_retry` (the tasks pass one that enqueues it
as its own task when the backend can defer tasks); the hourly housekeeping
sends any that are due in any case.

The manage link's token exists only in the first attempt (a task argument,
never stored: only its hash is). A retried confirmation therefore goes out
without the link and tells the citizen to call with the reference instead.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Site

from booking.choices import DeliveryStatus, NotificationChannel
from booking.ics import appointment_calendar
from booking.models import Appointment, NotificationDelivery
from booking.phones import takes_text_messages
from booking.sms import get_backend
from portal.models import SiteSettings

logger = logging.getLogger(__name__)

# While one process sends a due retry, others leave it alone for this long.
CLAIM_FOR = datetime.timedelta(minutes=10)


class NotSent(Exception):
    """A backend answered that it did not send the message."""


def manage_url(appointment, token):
    """The citizen's private manage link, on the public address (PUBLIC_BASE_URL)."""
    if not token:
        return ""
    with translation.override(appointment.language):
        path = reverse("booking:manage", kwargs={"token": token})
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


def organisation_name():
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).organisation_name if site else ""


def wanted(appointment, kind):
    """Whether a message of `kind` should (still) go out for this appointment."""
    if appointment.anonymised_at is not None:
        return False
    return not (kind == "reminder" and appointment.status != "booked")


def send(appointment, kind, *, token="", on_retry=None):
    """Send one notification of `kind` by e-mail (if any) and by text message (unless
    the number is a landline).

    Each channel is recorded and attempted on its own. Returns the channels
    that went out now. Nothing is sent for an anonymised appointment, nor a
    reminder for one that is no longer booked. A delivery that failed and
    will be tried again is passed to `on_retry`.
    """
    if not wanted(appointment, kind):
        return []
    channels = [NotificationChannel.EMAIL] if appointment.email else []
    if takes_text_messages(appointment.phone):
        channels.append(NotificationChannel.SMS)
    used = []
    for channel in channels:
        delivery = NotificationDelivery.objects.create(
            appointment=appointment, kind=kind, channel=channel
        )
        if attempt(delivery, appointment, token=token, on_retry=on_retry):
            used.append(str(channel))
    logger.info("Appointment %s: %s sent by %s", appointment.pk, kind, ", ".join(used) or "nothing")
    return used


def attempt(delivery, appointment=None, *, token="", now=None, on_retry=None):
    """Try one delivery once. True when sent; on failure, plan the next try or give up.

    A planned next try is passed to `on_retry(delivery)`, if given.
    """
    appointment = appointment or delivery.appointment
    delivery.attempts += 1
    if not wanted(appointment, delivery.kind):
        delivery.status = DeliveryStatus.FAILED
        delivery.last_error = "no longer needed"
        delivery.next_attempt_at = None
        delivery.save()
        return False
    try:
        _send_on(delivery.channel, appointment, delivery.kind, token)
    except Exception as error:  # one channel's failure must never stop another's
        _failed(delivery, error, now or timezone.now())
        if delivery.next_attempt_at and on_retry is not None:
            on_retry(delivery)
        return False
    delivery.status = DeliveryStatus.SENT
    delivery.next_attempt_at = None
    delivery.save()
    return True


def retry_delay(attempts):
    """The wait after the `attempts`-th failed attempt (the last delay repeats)."""
    delays = settings.BOOKING_NOTIFICATION_RETRY_DELAYS
    return datetime.timedelta(seconds=delays[min(attempts, len(delays)) - 1])


def _failed(delivery, error, now):
    # The class name only: an SMTP error's text can carry the citizen's address.
    delivery.last_error = type(error).__name__[:100]
    if delivery.attempts >= settings.BOOKING_NOTIFICATION_MAX_ATTEMPTS:
        delivery.status = DeliveryStatus.FAILED
        delivery.next_attempt_at = None
    else:
        delivery.next_attempt_at = now + retry_delay(delivery.attempts)
    delivery.save()
    logger.warning(
        "Appointment %s: %s by %s failed (%s), attempt %s of %s, %s",
        delivery.appointment_id,
        delivery.kind,
        delivery.channel,
        delivery.last_error,
        delivery.attempts,
        settings.BOOKING_NOTIFICATION_MAX_ATTEMPTS,
        f"next at {delivery.next_attempt_at:%Y-%m-%d %H:%M:%S%z}"
        if delivery.next_attempt_at
        else "given up",
    )


def send_due_retries(now=None, on_retry=None):
    """Attempt every delivery whose retry is due. Returns how many went out."""
    now = now or timezone.now()
    sent = 0
    due = NotificationDelivery.objects.due(at=now).select_related("appointment__service")
    for delivery in due:
        if claim(delivery, now) and attempt(delivery, now=now, on_retry=on_retry):
            sent += 1
    return sent


def claim(delivery, now):
    """Take a due delivery for this process; False when another worker took it first."""
    claimed = NotificationDelivery.objects.filter(
        pk=delivery.pk,
        status=DeliveryStatus.PENDING,
        next_attempt_at=delivery.next_attempt_at,
    ).update(next_attempt_at=now + CLAIM_FOR)
    return bool(claimed)


def _send_on(channel, appointment, kind, token):
    with translation.override(appointment.language):
        context = {
            "appointment": appointment,
            "place": appointment.place,
            "service": appointment.service,
            "manage_url": manage_url(appointment, token),
            "kind": kind,
            "organisation": organisation_name(),
        }
        if channel == NotificationChannel.EMAIL:
            _send_email(appointment, kind, context)
        else:
            text = render_to_string("booking/sms.txt", context).strip()
            if not get_backend().send(appointment.phone, text):
                raise NotSent("the SMS backend did not send the message")


def _send_email(appointment, kind, context):
    subject = render_to_string(f"booking/email/{kind}_subject.txt", context).strip()
    body = render_to_string(f"booking/email/{kind}.txt", context)
    message = EmailMultiAlternatives(subject, body, to=[appointment.email])
    if kind != "cancellation":
        message.attach(
            f"appointment-{appointment.reference}.ics",
            appointment_calendar(appointment, manage_url=context["manage_url"]),
            "text/calendar; charset=utf-8; method=PUBLISH",
        )
    message.send()


def send_due_reminders(now=None, on_retry=None):
    """Remind, the day before, every citizen with a booked appointment. Returns how many."""
    now = now or timezone.now()
    count = 0
    for appointment in Appointment.objects.due_for_reminder(at=now).select_related("service"):
        updated = Appointment.objects.filter(
            pk=appointment.pk, reminder_sent_at__isnull=True
        ).update(reminder_sent_at=now)
        if updated:  # another worker may have taken it meanwhile
            send(appointment, "reminder", on_retry=on_retry)
            count += 1
    return count
