"""Background tasks of contact messages (django-tasks, as booking's notifications).

`message_received` is called after the message's transaction commits; the
delivery to the inbox is its own task. Retries and the retention job run
from the hourly housekeeping (`housekeeping`, listed in HOUSEKEEPING_HOOKS).
"""

from django.utils import timezone

from django_tasks import default_task_backend, task

from contact import delivery, retention
from contact.models import ContactMessage


def message_received(message_id):
    deliver.enqueue(message_id)


@task()
def deliver(message_id):
    message = ContactMessage.objects.filter(pk=message_id).first()
    if message is None:
        return False
    sent = delivery.attempt(message)
    if not sent and message.delivery_next_attempt_at and default_task_backend.supports_defer:
        retry.using(run_after=message.delivery_next_attempt_at).enqueue(message.pk)
    return sent


@task()
def retry(message_id):
    message = ContactMessage.objects.delivery_due().filter(pk=message_id).first()
    now = timezone.now()
    if message is None or not delivery.claim(message, now):
        return False
    message.refresh_from_db()
    return delivery.attempt(message, now=now)


def housekeeping():
    """Retry due deliveries and empty old messages' personal data (hourly)."""
    return {
        "contact_retried": delivery.send_due_retries(),
        "contact_anonymised": retention.anonymise_due(),
    }
