"""Background work of call-back requests (django-tasks, through `booking.deliveries`).

`request_received` is called after the request's transaction commits; the
acknowledgement goes out as its own task. Retries of failed messages and the
retention job run from the hourly housekeeping (`housekeeping`, listed in
HOUSEKEEPING_HOOKS and called by booking's housekeeping task).
"""

from callbacks import retention
from callbacks.acknowledgements import ACKNOWLEDGEMENTS


def request_received(callback_id):
    ACKNOWLEDGEMENTS.enqueue(callback_id)


def housekeeping():
    """Retry due acknowledgements and empty old requests' personal data (hourly)."""
    return {
        "callback_sms_retried": ACKNOWLEDGEMENTS.sweep(),
        "callbacks_anonymised": retention.anonymise_due(),
    }
