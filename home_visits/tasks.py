"""Telling a citizen their home-visit request was declined, and why.

`home_visits.requests.decline` stores the reason and, in the same
transaction, the `HomeVisitMessage` (no number, no text kept there: the text
is rebuilt from the request in the citizen's language); after the commit the
message goes out through the portal's one delivery mechanism
(`booking.deliveries`: claimed once, retried with the appointments' delays,
swept by the hourly housekeeping through settings.HOUSEKEEPING_HOOKS). A
landline gets no text message: it is "Not delivered" at once, and the staff
call instead.
"""

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from booking.deliveries import Outbox
from booking.notifications import organisation_name
from booking.phones import takes_text_messages
from booking.sms import get_backend
from home_visits import retention
from home_visits.models import HomeVisitMessage


def request_declined(request):
    """Store the decline's text message (inside the decision's transaction) and send it
    after the commit."""
    message, _created = HomeVisitMessage.objects.get_or_create(request=request, kind="declined")
    transaction.on_commit(lambda: MESSAGES.enqueue(message.pk))
    return message


def declined_text(request):
    """The text message, in the citizen's language."""
    with translation.override(request.language):
        context = {"request": request, "organisation": organisation_name()}
        return render_to_string("home_visits/sms_declined.txt", context).strip()


def _why_not(message):
    if message.request.anonymised_at is not None:
        return "no longer needed"
    return "" if takes_text_messages(message.request.phone) else "landline"


def _send(message):
    return bool(get_backend().send(message.request.phone, declined_text(message.request)))


MESSAGES = Outbox(
    path="home_visits.tasks.MESSAGES",
    model=HomeVisitMessage,
    send=_send,
    why_not=_why_not,
    describe=lambda message: f"Home-visit request {message.request_id}: decline message",
    related=("request",),
)


def housekeeping():
    """Booking's hourly housekeeping (settings.HOUSEKEEPING_HOOKS): decline messages
    due again, and requests past the retention period emptied like appointments."""
    return {
        "home_visit_messages_retried": MESSAGES.sweep(),
        "home_visits_anonymised": retention.anonymise_due(),
    }
