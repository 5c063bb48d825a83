"""Contact messages in the booking audit trail (booking.audit, Wagtail's audit log).

Who looked at the list of messages (filters and the number shown) and who
changed a message's status. Entries name the message by its number: never
the sender's name, contact details or text.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import LogFormatter, log

from booking import audit as booking_audit
from contact.choices import MessageStatus
from contact.models import AuditedContactMessage

LIST_VIEW = "contact.messages.view"
STATUS = "contact.message.status"


class StatusFormatter(LogFormatter):
    label = _("Contact message marked")

    def format_message(self, log_entry):
        try:
            new = MessageStatus(log_entry.data.get("new")).label
        except ValueError:
            new = "—"
        return _("Contact message marked “%(new)s”") % {"new": new}


def record(action, user, message=None, **data):
    if message is None:
        return booking_audit.record(action, user, **data)
    title = str(_("Contact message %(number)s") % {"number": message.pk})
    return log(AuditedContactMessage(pk=message.pk), action, user=user, title=title, data=data)


def register():
    booking_audit.register_subject(AuditedContactMessage)
    booking_audit.register_action(
        LIST_VIEW, _("Contact messages viewed"), _("Viewed the contact messages")
    )
    booking_audit.register_action(STATUS, StatusFormatter.label, formatter=StatusFormatter)
