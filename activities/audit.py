"""Activity sign-ups in the booking audit trail (booking.audit, Wagtail's audit log).

Who opened a session's roster, exported it, marked attendance, signed up a
caller or a walk-in, cancelled a sign-up or a session. Entries name the
sign-up by its reference and the session by its activity and time: never a
name, phone number or need.
"""

from django.utils.translation import gettext_lazy as _

from activities.models import AuditedSignUp
from booking import audit as booking_audit

ROSTER_VIEW = "activities.roster.view"
ROSTER_EXPORT = "activities.roster.export"
ATTENDANCE = "activities.attendance"
SIGN_UP_FOR = "activities.sign_up_for"
CANCEL = "activities.sign_up.cancel"
SESSION_CANCEL = "activities.session.cancel"
SESSION_MESSAGE = "activities.session.message"


def record(action, user, entry=None, **data):
    """One entry: `user` did `action` (about the sign-up `entry`, when there is one)."""
    if entry is None:
        return booking_audit.record(action, user, **data)
    title = str(_("Activity sign-up %(reference)s") % {"reference": entry.reference})
    return booking_audit.record_about(action, user, AuditedSignUp(pk=entry.pk), title, **data)


def register():
    """Put activity sign-ups and their actions into the booking audit trail."""
    booking_audit.register_subject(AuditedSignUp)
    for action, label, message in (
        (ROSTER_VIEW, _("Activity roster viewed"), _("Viewed the roster of a session")),
        (ROSTER_EXPORT, _("Activity roster exported"), _("Exported the roster of a session")),
        (ATTENDANCE, _("Attendance marked"), _("Marked who came to a session")),
        (SIGN_UP_FOR, _("Signed up for a citizen"), _("Signed up a caller or a walk-in")),
        (CANCEL, _("Activity sign-up cancelled"), _("Cancelled an activity sign-up")),
        (SESSION_CANCEL, _("Activity session cancelled"), _("Cancelled a session")),
        (
            SESSION_MESSAGE,
            _("Message to a session's participants"),
            _("Sent a message to everyone signed up for a session"),
        ),
    ):
        booking_audit.register_action(action, label, message)
