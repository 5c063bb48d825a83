"""Delivering a stored contact message to its place's inbox, by e-mail, with retries.

The message is already stored when this runs (`contact.views`), so a mail
server that is down loses nothing: it goes out through the portal's one
delivery mechanism (`booking.deliveries`: claimed once, tried again after
BOOKING_NOTIFICATION_RETRY_DELAYS up to BOOKING_NOTIFICATION_MAX_ATTEMPTS,
swept by the hourly housekeeping), and until it goes out the staff list
shows it "not delivered" — staff of the place read it there in any case.
The e-mail is written in Greek, the staff's language, with the citizen's
language named; `Reply-To` is the citizen's address when they gave one.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from booking.deliveries import NO_LONGER_NEEDED, Outbox
from contact.models import ContactMessage
from contact.places import inbox_address


class NoInbox(Exception):
    """Neither the place nor the site settings have an e-mail address."""


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


INBOX = Outbox(
    path="contact.delivery.INBOX",
    model=ContactMessage,
    send=_send,
    why_not=lambda message: NO_LONGER_NEEDED if message.anonymised_at else "",
    describe=lambda message: f"Contact message {message.pk}: delivery to the inbox",
    fields={
        "status": "delivery_status",
        "attempts": "delivery_attempts",
        "next_attempt_at": "delivery_next_attempt_at",
        "last_error": "delivery_error",
    },
)
