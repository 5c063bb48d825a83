"""Background tasks of referrals (django-tasks, as the other doors' messages).

`referral_made` is called after the referral's transaction commits; the
notice to the inbox is its own task. Retries also run from the hourly
housekeeping (`referrals.retention.housekeeping`, in HOUSEKEEPING_HOOKS).
"""

from django.utils import timezone

from django_tasks import default_task_backend, task

from referrals import notices
from referrals.models import Referral


def referral_made(referral_id):
    send_notice.enqueue(referral_id)


@task()
def send_notice(referral_id):
    referral = Referral.objects.filter(pk=referral_id).first()
    if referral is None:
        return False
    sent = notices.attempt(referral)
    if not sent and referral.notice_next_attempt_at and default_task_backend.supports_defer:
        retry_notice.using(run_after=referral.notice_next_attempt_at).enqueue(referral.pk)
    return sent


@task()
def retry_notice(referral_id):
    referral = Referral.objects.notices_due().filter(pk=referral_id).first()
    now = timezone.now()
    if referral is None or not notices.claim(referral, now):
        return False
    referral.refresh_from_db()
    return notices.attempt(referral, now=now)
