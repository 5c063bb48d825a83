"""The activities' hourly housekeeping (settings.HOUSEKEEPING_HOOKS).

Messages themselves are in `activities.messages`: stored with what causes
them, sent after the commit through `booking.deliveries`. This hook stores
the reminders that have come due, then sweeps every message whose time has
come (retries whose task was lost, first sends that never ran), and empties
the personal data past the retention period.
"""

from activities import messages, retention


def housekeeping():
    """Hourly: reminders of tomorrow's sessions, retries of messages, retention."""
    reminders = messages.store_due_reminders()
    return {
        "activity_reminders_stored": reminders,
        "activity_messages_retried": messages.MESSAGES.sweep(),
        "activity_sign_ups_anonymised": retention.anonymise_due(),
    }
