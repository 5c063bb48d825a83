"""Telling a citizen their home-visit request was declined, and why (django-tasks).

`home_visits.requests.decline` stores the reason first and enqueues
`send_declined` after the commit; the task builds the text in the
citizen's language from the stored request and sends it through the
booking's SMS backend (`booking.sms`), recording the outcome as a
`HomeVisitMessage` (no number, no text kept there). A landline gets no text
message; the staff see "Not delivered" and call instead.
"""

import logging

from django.template.loader import render_to_string
from django.utils import translation

from django_tasks import task

from booking.notifications import organisation_name
from booking.phones import takes_text_messages
from booking.sms import get_backend
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
    request = HomeVisitRequest.objects.filter(pk=request_id, anonymised_at__isnull=True).first()
    if request is None:
        return False
    sent, error = False, ""
    if not takes_text_messages(request.phone):
        error = "landline"
    else:
        try:
            sent = bool(get_backend().send(request.phone, declined_text(request)))
            error = "" if sent else "not sent"
        except Exception as failure:  # the decision stands; staff see it was not delivered
            error = type(failure).__name__[:100]
    HomeVisitMessage.objects.create(
        request=request,
        kind="declined",
        status=MessageStatus.SENT if sent else MessageStatus.FAILED,
        last_error=error,
    )
    logger.info("Home-visit request %s: decline %s", request.pk, "sent" if sent else error)
    return sent
