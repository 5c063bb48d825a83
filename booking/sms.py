"""Text messages behind a small backend interface.

No SMS provider is reachable from here, so the default backend only writes a
log line (with the number masked: no personal data in logs). A municipality
plugs its provider in by writing a subclass of `SMSBackend` and naming it in
the BOOKING_SMS_BACKEND setting (see README).
"""

import logging

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


class SMSBackend:
    """Sends one text message. Subclasses implement `send`."""

    def send(self, phone, text):  # pragma: no cover - interface
        raise NotImplementedError


class LoggingSMSBackend(SMSBackend):
    """Logs that a message would be sent, with the number masked."""

    def send(self, phone, text):
        logger.info("SMS to %s (%d characters)", mask_phone(phone), len(text))
        return True


class MemorySMSBackend(SMSBackend):
    """Keeps messages in `outbox` (for tests), like Django's locmem e-mail backend."""

    outbox = []

    def send(self, phone, text):
        MemorySMSBackend.outbox.append((phone, text))
        return True


def mask_phone(phone):
    """ "+30******4567": enough to tell messages apart in a log, not to call anyone."""
    phone = phone or ""
    return phone[:3] + "*" * max(0, len(phone) - 7) + phone[-4:] if len(phone) > 7 else "***"


def get_backend():
    return import_string(settings.BOOKING_SMS_BACKEND)()
