"""Telling citizens about their appointment, in their language.

This module builds and delivers the messages; `booking.tasks` enqueues
them (the booking functions call its hooks after the transaction commits),
so a slow mail server never slows a booking down. E-mail goes only to
citizens who gave an address (many have none); a text message goes to
everyone whose number can take one, through the SMS backend — not to a
landline (`booking.phones.takes_text_messages`), which the booking pages
warn about instead.

Channels are independent: each channel of each notification is a
`NotificationDelivery`, stored, then attempted on its own through the
portal's one delivery mechanism (`booking.deliveries`: claimed once, so
never sent twice), so a mail server that is down does not stop the text
message. A failed delivery is retried after the delays of
BOOKING_NOTIFICATION_RETRY_DELAYS (1 min, 5 min, 30 min, 2 h by default),
each as its own task when the backend can defer tasks and by the hourly
housekeeping in any case, up to BOOKING_NOTIFICATION_MAX_ATTEMPTS attempts,
then marked "not delivered" for staff (the appointments list filters and
shows them).

The manage link's token exists only in the first attempt (a task argument,
never stored: only its hash is). A retried confirmation therefore goes out
without the link and tells the citizen to call with the reference instead.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Site

from booking.choices import NotificationChannel
from booking.deliveries import NO_LONGER_NEEDED, NotSent, Outbox
from booking.ics import appointment_calendar
from booking.models import Appointment, NotificationDelivery
from booking.phones import takes_text_messages
from booking.sms import get_backend
from portal.models import SiteSettings

logger = logging.getLogger(__name__)


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


def send(appointment, kind, *, token=""):
    """Send one notification of `kind` by e-mail (if any) and by text message (unless
    the number is a landline).

    Each channel is stored as its own delivery, then attempted on its own
    (`booking.deliveries`). Returns the channels that went out now. Nothing
    is sent for an anonymised appointment, nor a reminder for one that is no
    longer booked.
    """
    if not wanted(appointment, kind):
        return []
    channels = [NotificationChannel.EMAIL] if appointment.email else []
    if takes_text_messages(appointment.phone):
        channels.append(NotificationChannel.SMS)
    stored = [
        NotificationDelivery.objects.create(appointment=appointment, kind=kind, channel=channel)
        for channel in channels
    ]
    used = [str(d.channel) for d in stored if DELIVERIES.attempt(d.pk, token=token)]
    logger.info("Appointment %s: %s sent by %s", appointment.pk, kind, ", ".join(used) or "nothing")
    return used


def _send(delivery, token=""):
    _send_on(delivery.channel, delivery.appointment, delivery.kind, token)


def _why_not(delivery):
    return "" if wanted(delivery.appointment, delivery.kind) else NO_LONGER_NEEDED


DELIVERIES = Outbox(
    path="booking.notifications.DELIVERIES",
    model=NotificationDelivery,
    send=_send,
    why_not=_why_not,
    describe=lambda d: f"Appointment {d.appointment_id}: {d.kind} by {d.channel}",
    related=("appointment__service",),
)


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


def send_due_reminders(now=None):
    """Remind, the day before, every citizen with a booked appointment. Returns how many."""
    now = now or timezone.now()
    count = 0
    for appointment in Appointment.objects.due_for_reminder(at=now).select_related("service"):
        updated = Appointment.objects.filter(
            pk=appointment.pk, reminder_sent_at__isnull=True
        ).update(reminder_sent_at=now)
        if updated:  # another worker may have taken it meanwhile
            send(appointment, "reminder")
            count += 1
    return count
