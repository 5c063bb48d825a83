"""The text message that tells a caller their request arrived, in their language.

Through the booking module's SMS backend (`booking.sms`), like the
appointment messages: the request is stored first (its `sms_*` fields are
the message's record), and this is sent after the commit through the
portal's one delivery mechanism (`booking.deliveries`), so a provider that
is down never loses a request. A failed message is claimed and tried again
after BOOKING_NOTIFICATION_RETRY_DELAYS, up to
BOOKING_NOTIFICATION_MAX_ATTEMPTS, then marked "not delivered" in the
queue (staff call anyway: the request is what matters). A landline gets
no text message (`booking.phones`).
"""

import datetime

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from booking.choices import DeliveryStatus
from booking.deliveries import NO_LONGER_NEEDED, Outbox
from booking.notifications import organisation_name
from booking.phones import takes_text_messages
from booking.sms import get_backend
from callbacks.models import CallbackRequest


def planned_status(phone, now=None):
    """What a new request's text message starts as: waiting, or none.

    None for a landline, and none once the number has had CALLBACK_SMS_PER_PHONE_PER_DAY
    acknowledgements in a day: requests made in someone else's name from many
    connections must not turn into a stream of texts to them (the requests are
    still stored and called back).
    """
    if not takes_text_messages(phone):
        return ""
    since = (now or timezone.now()) - datetime.timedelta(days=1)
    texted = CallbackRequest.objects.filter(phone=phone, created_at__gte=since).exclude(
        sms_status=""
    )
    if texted.count() >= settings.CALLBACK_SMS_PER_PHONE_PER_DAY:
        return ""
    return DeliveryStatus.PENDING


def text(callback):
    with translation.override(callback.language):
        return render_to_string(
            "callbacks/sms.txt", {"callback": callback, "organisation": organisation_name()}
        ).strip()


ACKNOWLEDGEMENTS = Outbox(
    path="callbacks.acknowledgements.ACKNOWLEDGEMENTS",
    model=CallbackRequest,
    send=lambda callback: bool(get_backend().send(callback.phone, text(callback))),
    why_not=lambda callback: NO_LONGER_NEEDED if callback.anonymised_at else "",
    describe=lambda callback: f"Call-back {callback.pk}: text message",
    fields={
        "status": "sms_status",
        "attempts": "sms_attempts",
        "next_attempt_at": "sms_next_attempt_at",
        "last_error": None,  # the queue shows only "not delivered"
    },
)
