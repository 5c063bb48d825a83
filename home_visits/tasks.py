"""Telling a citizen their home-visit request was declined, and why (django-tasks).

`home_visits.requests.decline` stores the reason first and enqueues
`send_declined` after the commit; the task builds the text in the
citizen's language from the stored request and sends it through the
booking's SMS backend (`booking.sms`), recording the outcome in one
`HomeVisitMessage` (no number, no text kept there). A failed attempt is
tried again after the appointments' delays (`booking.notifications.retry_delay`,
BOOKING_NOTIFICATION_MAX_ATTEMPTS in all): as its own deferred task when the
backend can defer, else by the hourly housekeeping (`send_due_messages`,
through settings.HOUSEKEEPING_HOOKS). A landline gets no
text message: it is "Not delivered" at once, and the staff call instead.
"""

import logging

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from django_tasks import default_task_backend, task

from booking.notifications import organisation_name, retry_delay
from booking.phones import takes_text_messages
from booking.sms import get_backend
from home_visits import retention
from home_visits.choices import MessageStatus
from home_visits.models import HomeVisitMessage, HomeVisitRequest

logger = logging.getLogger(__name__)


def request_declined(request_id):
    send_declined.enqueue(request_id)


def declined_text(request):
    """The text message, in the citizen's language."""
    with translation.override(request.language):
        context = {"request": request, "organisation": organisation_name()}
        return render_to_string("home_visits/sms_declined.txt", context).strip()


@task()
def send_declined(request_id):
    """One attempt of the decline's text message; True once it is sent."""
    request = HomeVisitRequest.objects.filter(pk=request_id, anonymised_at__isnull=True).first()
    if request is None:
        return False
    message, _created = HomeVisitMessage.objects.get_or_create(request=request, kind="declined")
    if message.status != MessageStatus.PENDING:
        return message.status == MessageStatus.SENT
    return attempt(message, request)


def attempt(message, request, now=None):
    now = now or timezone.now()
    message.attempts += 1
    message.next_attempt_at = None
    if not takes_text_messages(request.phone):
        message.status, message.last_error = MessageStatus.FAILED, "landline"
    else:
        try:
            sent = bool(get_backend().send(request.phone, declined_text(request)))
            error = "" if sent else "not sent"
        except Exception as failure:  # the decision stands; tried again, then shown to staff
            sent, error = False, type(failure).__name__[:100]
        message.last_error = error
        if sent:
            message.status = MessageStatus.SENT
        elif message.attempts >= settings.BOOKING_NOTIFICATION_MAX_ATTEMPTS:
            message.status = MessageStatus.FAILED
        else:
            message.next_attempt_at = now + retry_delay(message.attempts)
    message.save()
    if message.next_attempt_at and default_task_backend.supports_defer:
        send_declined.using(run_after=message.next_attempt_at).enqueue(request.pk)
    logger.info(
        "Home-visit request %s: decline message %s (attempt %s)",
        request.pk,
        message.status,
        message.attempts,
    )
    return message.status == MessageStatus.SENT


def send_due_messages(now=None):
    """Try again every message whose retry is due (the hourly housekeeping); how many went."""
    now = now or timezone.now()
    due = HomeVisitMessage.objects.filter(
        status=MessageStatus.PENDING, next_attempt_at__lte=now
    ).select_related("request")
    return sum(
        attempt(message, message.request, now=now)
        for message in due
        if message.request.anonymised_at is None
    )


def housekeeping():
    """Booking's hourly housekeeping (settings.HOUSEKEEPING_HOOKS): decline messages
    due again, and requests past the retention period emptied like appointments."""
    return {
        "home_visit_messages_retried": send_due_messages(),
        "home_visits_anonymised": retention.anonymise_due(),
    }
