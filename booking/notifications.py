"""Telling citizens about their appointment, in their language.

The booking functions call these hooks after the transaction commits; each
enqueues a background task (django-tasks), so a slow mail server never
slows a booking down. E-mail goes only to citizens who gave an address (many
have none); a text message goes to everyone, through the SMS backend.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from booking.ics import appointment_calendar
from booking.models import Appointment
from booking.sms import get_backend

logger = logging.getLogger(__name__)


def appointment_booked(appointment_id, token=""):
    """The confirmation carries the private manage link, which only this moment knows."""
    from booking.tasks import send_notification

    send_notification.enqueue(appointment_id, "confirmation", token)


def appointment_cancelled(appointment_id):
    from booking.tasks import send_notification

    send_notification.enqueue(appointment_id, "cancellation")


def appointment_moved(appointment_id):
    from booking.tasks import send_notification

    send_notification.enqueue(appointment_id, "moved")


KINDS = ("confirmation", "reminder", "cancellation", "moved")


def manage_url(appointment, token):
    if not token:
        return ""
    with translation.override(appointment.language):
        path = reverse("booking:manage", kwargs={"token": token})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def organisation_name():
    from wagtail.models import Site

    from portal.models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).organisation_name if site else ""


def send(appointment, kind, *, token=""):
    """Send one notification of `kind` by e-mail (if any) and by text message.

    Returns the channels used. Nothing is sent for an anonymised appointment,
    nor a reminder for one that is no longer booked.
    """
    if appointment.anonymised_at is not None:
        return []
    if kind == "reminder" and appointment.status != "booked":
        return []
    used = []
    with translation.override(appointment.language):
        context = {
            "appointment": appointment,
            "place": appointment.place,
            "service": appointment.service,
            "manage_url": manage_url(appointment, token),
            "kind": kind,
            "organisation": organisation_name(),
        }
        if appointment.email:
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
            used.append("email")
        text = render_to_string("booking/sms.txt", context).strip()
        if get_backend().send(appointment.phone, text):
            used.append("sms")
    logger.info("Appointment %s: %s sent by %s", appointment.pk, kind, ", ".join(used) or "nothing")
    return used


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
