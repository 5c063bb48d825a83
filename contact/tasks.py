"""Background work of contact messages (django-tasks, through `booking.deliveries`).

`message_received` is called after the message's transaction commits; the
delivery to the inbox is its own task. Retries and the retention job run
from the hourly housekeeping (`housekeeping`, listed in HOUSEKEEPING_HOOKS).
"""

from contact import retention
from contact.delivery import INBOX


def message_received(message_id):
    INBOX.enqueue(message_id)


def housekeeping():
    """Retry due deliveries and empty old messages' personal data (hourly)."""
    return {
        "contact_retried": INBOX.sweep(),
        "contact_anonymised": retention.anonymise_due(),
    }
