"""Call-back requests in the booking audit trail (booking.audit, Wagtail's audit log).

Who looked at a queue (the place filter and the number of requests shown),
who marked a request called, not answering or resolved, and who booked an
appointment from it. An entry names the request by its number and holds
statuses, counts and appointment ids: never the caller's name, phone or topic.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import LogFormatter, log

from booking import audit as booking_audit
from callbacks.choices import CallbackStatus
from callbacks.models import AuditedCallbackRequest

QUEUE_VIEW = "callbacks.queue.view"
STATUS = "callbacks.request.status"
BOOKED = "callbacks.request.booked"
MADE = "callbacks.request.made"


def _label(value):
    try:
        return CallbackStatus(value).label
    except ValueError:
        return value or "—"


class StatusFormatter(LogFormatter):
    label = _("Call-back request marked")

    def format_message(self, log_entry):
        return _("Call-back request marked “%(new)s” (attempts: %(attempts)s)") % {
            "new": _label(log_entry.data.get("new")),
            "attempts": log_entry.data.get("attempts", 0),
        }


def title(callback):
    return str(_("Call-back request %(number)s") % {"number": callback.pk})


def record(action, user, callback=None, **data):
    """One entry: `user` did `action` to `callback` (or, for a queue view, as themself)."""
    if callback is None:
        return booking_audit.record(action, user, **data)
    return log(
        AuditedCallbackRequest(pk=callback.pk), action, user=user, title=title(callback), data=data
    )


def register():
    """Put call-back requests and their actions into the booking audit trail."""
    booking_audit.register_subject(AuditedCallbackRequest)
    booking_audit.register_action(
        QUEUE_VIEW, _("Call-back queue viewed"), _("Viewed the call-back queue")
    )
    booking_audit.register_action(STATUS, StatusFormatter.label, formatter=StatusFormatter)
    booking_audit.register_action(
        BOOKED,
        _("Appointment booked from a call-back"),
        _("Booked an appointment from the call-back request"),
    )
    booking_audit.register_action(
        MADE, _("Call-back request made by staff"), _("Made the call-back request")
    )
