"""Delivering a stored contact message to its place's inbox, by e-mail, with retries.

The message is already stored when this runs (`contact.views`), so a mail
server that is down loses nothing: a failed attempt is tried again after
BOOKING_NOTIFICATION_RETRY_DELAYS, up to BOOKING_NOTIFICATION_MAX_ATTEMPTS
(the booking module's settings), and until it goes out the staff list shows
it "not delivered" — staff of the place read it there in any case. The
e-mail is written in Greek, the staff's language, with the citizen's
language named; `Reply-To` is the citizen's address when they gave one.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation

from booking.choices import DeliveryStatus
from booking.notifications import retry_delay
from contact.models import ContactMessage
from contact.places import inbox_address

logger = logging.getLogger(__name__)

CLAIM_FOR = datetime.timedelta(minutes=10)


class NoInbox(Exception):
    """Neither the place nor the site settings have an e-mail address."""


def attempt(message, now=None):
    """Try to deliver once. True when sent; on failure, plan the next try or give up."""
    now = now or timezone.now()
    if message.delivery_status != DeliveryStatus.PENDING or message.anonymised_at is not None:
        return False
    message.delivery_attempts += 1
    try:
        _send(message)
    except Exception as error:  # a mail server's failure must never lose the message
        # The class name only: an SMTP error's text can carry the citizen's address.
        message.delivery_error = type(error).__name__[:100]
        if message.delivery_attempts >= settings.BOOKING_NOTIFICATION_MAX_ATTEMPTS:
            message.delivery_status = DeliveryStatus.FAILED
            message.delivery_next_attempt_at = None
        else:
            message.delivery_next_attempt_at = now + retry_delay(message.delivery_attempts)
        logger.warning(
            "Contact message %s: delivery failed (%s), attempt %s",
            message.pk,
            message.delivery_error,
            message.delivery_attempts,
        )
        sent = False
    else:
        message.delivery_status = DeliveryStatus.SENT
        message.delivery_next_attempt_at = None
        message.delivery_error = ""
        sent = True
    message.save(
        update_fields=[
            "delivery_status",
            "delivery_attempts",
            "delivery_next_attempt_at",
            "delivery_error",
        ]
    )
    return sent


def _send(message):
    address = inbox_address(message)
    if not address:
        raise NoInbox
    with translation.override(settings.LANGUAGE_CODE):
        context = {"message": message, "place": message.place}
        subject = render_to_string("contact/email_subject.txt", context).strip()
        body = render_to_string("contact/email.txt", context)
    EmailMessage(
        subject, body, to=[address], reply_to=[message.email] if message.email else None
    ).send()


def claim(message, now):
    return bool(
        ContactMessage.objects.filter(
            pk=message.pk,
            delivery_status=DeliveryStatus.PENDING,
            delivery_next_attempt_at=message.delivery_next_attempt_at,
        ).update(delivery_next_attempt_at=now + CLAIM_FOR)
    )


def send_due_retries(now=None):
    now = now or timezone.now()
    sent = 0
    for message in ContactMessage.objects.delivery_due(at=now):
        if claim(message, now):
            message.refresh_from_db()
            sent += attempt(message, now=now)
    return sent
