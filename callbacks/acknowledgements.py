"""The text message that tells a caller their request arrived, in their language.

Through the booking module's SMS backend (`booking.sms`), like the
appointment messages: the request is stored first, and this is sent by a
background task after the commit (`callbacks.tasks`), so a provider that is
down never loses a request. A failed message is tried again after
BOOKING_NOTIFICATION_RETRY_DELAYS, up to BOOKING_NOTIFICATION_MAX_ATTEMPTS,
then marked "not delivered" in the queue (staff call anyway: the request is
what matters). A landline gets no text message (`booking.phones`).
"""

import datetime
import logging

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from booking.choices import DeliveryStatus
from booking.notifications import organisation_name, retry_delay
from booking.phones import takes_text_messages
from booking.sms import get_backend
from callbacks.models import CallbackRequest

logger = logging.getLogger(__name__)

# While one process sends a due retry, others leave it alone for this long.
CLAIM_FOR = datetime.timedelta(minutes=10)


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


def attempt(callback, now=None):
    """Try the acknowledgement once. True when sent; on failure, plan the next try or give up."""
    now = now or timezone.now()
    if callback.sms_status != DeliveryStatus.PENDING or callback.anonymised_at is not None:
        return False
    callback.sms_attempts += 1
    try:
        sent = get_backend().send(callback.phone, text(callback))
    except Exception as error:  # a provider's failure must never lose the request
        sent = False
        logger.warning("Call-back %s: text message failed (%s)", callback.pk, type(error).__name__)
    if sent:
        callback.sms_status = DeliveryStatus.SENT
        callback.sms_next_attempt_at = None
    elif callback.sms_attempts >= settings.BOOKING_NOTIFICATION_MAX_ATTEMPTS:
        callback.sms_status = DeliveryStatus.FAILED
        callback.sms_next_attempt_at = None
    else:
        callback.sms_next_attempt_at = now + retry_delay(callback.sms_attempts)
    callback.save(update_fields=["sms_status", "sms_attempts", "sms_next_attempt_at"])
    return sent


def claim(callback, now):
    """Take a due retry for this process; False when another worker took it first."""
    return bool(
        CallbackRequest.objects.filter(
            pk=callback.pk,
            sms_status=DeliveryStatus.PENDING,
            sms_next_attempt_at=callback.sms_next_attempt_at,
        ).update(sms_next_attempt_at=now + CLAIM_FOR)
    )


def send_due_retries(now=None):
    """Try every acknowledgement whose retry is due. Returns how many went out."""
    now = now or timezone.now()
    sent = 0
    for callback in CallbackRequest.objects.sms_due(at=now):
        if claim(callback, now):
            callback.refresh_from_db()
            sent += attempt(callback, now=now)
    return sent
