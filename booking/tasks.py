"""Background tasks of the booking module (django-tasks), and the hooks that enqueue them.

The booking functions (`booking.reservations`) call `appointment_booked`,
`appointment_cancelled` and `appointment_moved` after their transaction
commits; each enqueues a notification, which `booking.notifications`
builds and delivers. A failed delivery's retry is its own task
(`booking.deliveries.deliver`, enqueued for its time) when the backend can
defer tasks.

With the immediate backend (the default, and in tests) they run at once;
with the database backend `manage.py db_worker` runs them (README,
"Deploying"). `housekeeping` reminds, retries failed messages, anonymises,
prunes the audit trail, runs the other apps' hourly jobs (HOUSEKEEPING_HOOKS),
revokes feed links of deactivated users, deletes expired sessions (what
`manage.py clearsessions` does) and staff sign-in records older than
STAFF_SIGN_IN_LOG_DAYS (django-axes's access log), and re-enqueues itself an
hour later when the backend can defer tasks, so one `manage.py
start_housekeeping` after deploying keeps it going.
"""

import datetime
import logging

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string

from axes.handlers.proxy import AxesProxyHandler
from django_tasks import default_task_backend, task

from booking import audit, notifications
from booking.citizen_session import clear_expired_sessions
from booking.models import Appointment
from booking.retention import anonymise_due
from booking.staff_feeds import revoke_for_inactive_users

logger = logging.getLogger(__name__)

HOUSEKEEPING_EVERY = datetime.timedelta(hours=1)


def appointment_booked(appointment_id, token=""):
    """The confirmation carries the private manage link, which only this moment knows."""
    send_notification.enqueue(appointment_id, "confirmation", token)


def appointment_cancelled(appointment_id):
    send_notification.enqueue(appointment_id, "cancellation")


def appointment_moved(appointment_id):
    send_notification.enqueue(appointment_id, "moved")


@task()
def send_notification(appointment_id, kind, token=""):
    appointment = Appointment.objects.select_related("service").filter(pk=appointment_id).first()
    if appointment is None:
        return []
    return notifications.send(appointment, kind, token=token)


@task()
def housekeeping():
    reminded = notifications.send_due_reminders()
    retried = notifications.DELIVERIES.sweep()
    anonymised = anonymise_due()
    audit_pruned = audit.prune()
    feed_links_revoked = revoke_for_inactive_users()
    clear_expired_sessions()
    sign_in_records_pruned = AxesProxyHandler.reset_logs(age_days=settings.STAFF_SIGN_IN_LOG_DAYS)
    # Other apps' hourly jobs (their retries and retention), named in settings so
    # that booking imports none of them; each returns a dict of counts.
    extra = {}
    for path in settings.HOUSEKEEPING_HOOKS:
        extra.update(import_string(path)())
    if default_task_backend.supports_defer and not housekeeping_pending():
        housekeeping.using(run_after=timezone.now() + HOUSEKEEPING_EVERY).enqueue()
    return {
        "reminded": reminded,
        "retried": retried,
        "anonymised": anonymised,
        "audit_pruned": audit_pruned,
        "feed_links_revoked": feed_links_revoked,
        "sign_in_records_pruned": sign_in_records_pruned,
        **extra,
    }


def housekeeping_pending():
    """Whether a housekeeping run is already queued (database backend only)."""
    try:
        from django_tasks_db.models import DBTaskResult  # noqa: PLC0415 (optional: the database backend)
    except ImportError:  # pragma: no cover
        return False
    return DBTaskResult.objects.filter(
        task_path="booking.tasks.housekeeping", status="READY"
    ).exists()
