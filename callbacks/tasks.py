"""Background tasks of call-back requests (django-tasks, as booking's notifications).

`request_received` is called after the request's transaction commits; the
acknowledgement goes out as its own task. Retries of failed messages and the
retention job run from the hourly housekeeping (`housekeeping`, listed in
HOUSEKEEPING_HOOKS and called by booking's housekeeping task).
"""

from django.utils import timezone

from django_tasks import default_task_backend, task

from callbacks import acknowledgements, retention
from callbacks.models import CallbackRequest


def request_received(callback_id):
    send_acknowledgement.enqueue(callback_id)


@task()
def send_acknowledgement(callback_id):
    callback = CallbackRequest.objects.filter(pk=callback_id).first()
    if callback is None:
        return False
    sent = acknowledgements.attempt(callback)
    if not sent and callback.sms_next_attempt_at and default_task_backend.supports_defer:
        retry_acknowledgement.using(run_after=callback.sms_next_attempt_at).enqueue(callback.pk)
    return sent


@task()
def retry_acknowledgement(callback_id):
    callback = CallbackRequest.objects.sms_due().filter(pk=callback_id).first()
    now = timezone.now()
    if callback is None or not acknowledgements.claim(callback, now):
        return False
    callback.refresh_from_db()
    return acknowledgements.attempt(callback, now=now)


def housekeeping():
    """Retry due acknowledgements and empty old requests' personal data (hourly)."""
    return {
        "callback_sms_retried": acknowledgements.send_due_retries(),
        "callbacks_anonymised": retention.anonymise_due(),
    }
