from django.core import mail
from django.test import override_settings

import pytest

from booking.sms import MemorySMSBackend


@pytest.fixture(autouse=True)
def memory_messages():
    MemorySMSBackend.outbox.clear()
    mail.outbox.clear()
    with override_settings(BOOKING_SMS_BACKEND="booking.sms.MemorySMSBackend"):
        yield


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Call a function and run its on_commit hooks (sending the link) as a commit would."""

    def run(func, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return func(*args, **kwargs)

    return run
