"""The audit trail of citizens' data, kept in Wagtail's own audit log.

Who viewed an appointment's details, exported the list, changed a status,
booked on behalf of a citizen, looked up, downloaded or erased a citizen's
data, who made or revoked a staff feed link, who looked at a waiting list or
removed someone from it: each is one `ModelLogEntry`
with the acting user and the time, listed in Reports › Audit trail
(filters by user, action and date) and in Wagtail's Site history. Wagtail offers no way to edit or
delete an entry; only `prune()` removes them, after AUDIT_LOG_RETENTION_DAYS.

An entry names its subject by the appointment's reference, or by the staff
member's username for exports and feed links, and its data holds ids,
statuses, channels, filters and counts: never a citizen's name, phone,
e-mail or note. Entries are logged against proxies (booking.models.audit)
so that only superusers and holders of "Can see the audit trail" see them.
Other doors into the centre (home-visit requests) add their own proxy and
actions with `register_subject`, and log with `record_about`.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.log_actions import LogFormatter, log
from wagtail.models import ModelLogEntry

from booking.choices import Channel, Status
from booking.models import AuditedAppointment, AuditedStaffUser

VIEW = "booking.appointment.view"
STATUS = "booking.appointment.status"
BOOK_ON_BEHALF = "booking.appointment.book_on_behalf"
EXPORT = "booking.appointments.export"
LOOKUP = "booking.citizen_data.lookup"
DOWNLOAD = "booking.citizen_data.download"
ERASE = "booking.citizen_data.erase"
LOOKUP_CONTACT = "booking.citizen_data.lookup_contact"
FEED_CREATE = "booking.feed_link.create"
FEED_REVOKE = "booking.feed_link.revoke"
WAITLIST_VIEW = "booking.waitlist.view"
WAITLIST_REMOVE = "booking.waitlist.remove"

ACTIONS = (
    VIEW,
    STATUS,
    BOOK_ON_BEHALF,
    EXPORT,
    LOOKUP,
    DOWNLOAD,
    ERASE,
    LOOKUP_CONTACT,
    FEED_CREATE,
    FEED_REVOKE,
    WAITLIST_VIEW,
    WAITLIST_REMOVE,
)

# Why a feed link was revoked, when it was not the owner's own choice.
REVOKED_ON_DEACTIVATION = "deactivated"


def record_about(action, user, subject, title, **data):
    """Add one entry about a registered subject (a proxy instance), named `title`."""
    return log(subject, action, user=user, title=title, data=data)


def record(action, user, *, appointment=None, about=None, **data):
    """Add one entry: `user` did `action` to `appointment` (or concerning staff user `about`,
    by default `user` themself). `data` must hold no personal data. Returns the entry."""
    if appointment is not None:
        subject, title = AuditedAppointment(pk=appointment.pk), appointment.reference
    else:
        person = about or user
        subject, title = AuditedStaffUser(pk=person.pk), person.get_username()
    return log(subject, action, user=user, title=title, data=data)


# Other apps' subjects and actions of the same trail (call-backs, contact messages…),
# added by `register_subject` / `register_action` from their AppConfig.ready: the
# trail's report, its filter and `prune()` then take them as they take appointments.
EXTRA_SUBJECTS = []
EXTRA_ACTIONS = {}


def register_subject(model):
    """Add a proxy model whose entries belong to this trail (another app's records)."""
    if model not in EXTRA_SUBJECTS:
        EXTRA_SUBJECTS.append(model)


def register_action(action, label, message=None, formatter=None):
    """Add another app's action to the trail: a label, and a message or a LogFormatter."""
    EXTRA_ACTIONS[action] = (label, message, formatter)


def audit_content_types():
    return list(
        ContentType.objects.get_for_models(
            AuditedAppointment, AuditedStaffUser, *EXTRA_SUBJECTS, for_concrete_models=False
        ).values()
    )


def entries():
    """Every entry of the booking audit trail (and no other log entry)."""
    return ModelLogEntry.objects.filter(content_type__in=audit_content_types())


def prune(days=None, now=None):
    """Delete booking audit entries older than `days` (AUDIT_LOG_RETENTION_DAYS); how many."""
    days = settings.AUDIT_LOG_RETENTION_DAYS if days is None else days
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    deleted, _by_model = entries().filter(timestamp__lt=cutoff).delete()
    return deleted


# --- How entries read in the admin ------------------------------------------------------


def _choice_label(choices, value):
    try:
        return choices(value).label
    except ValueError:
        return value or "—"


class StatusFormatter(LogFormatter):
    label = _("Appointment status changed")

    def format_message(self, log_entry):
        return _("Status changed from “%(old)s” to “%(new)s”") % {
            "old": _choice_label(Status, log_entry.data.get("old")),
            "new": _choice_label(Status, log_entry.data.get("new")),
        }


class BookOnBehalfFormatter(LogFormatter):
    label = _("Booked for a citizen")

    def format_message(self, log_entry):
        return _("Booked for a citizen: %(channel)s") % {
            "channel": _choice_label(Channel, log_entry.data.get("channel"))
        }


class ExportFormatter(LogFormatter):
    label = _("Appointments exported")

    def format_message(self, log_entry):
        rows = log_entry.data.get("rows", 0)
        message = ngettext(
            "Exported %(rows)d appointment as %(format)s",
            "Exported %(rows)d appointments as %(format)s",
            rows,
        ) % {"rows": rows, "format": str(log_entry.data.get("format", "")).upper()}
        filters = log_entry.data.get("filters") or {}
        if filters:
            shown = "; ".join(f"{key}: {value}" for key, value in sorted(filters.items()))
            message += " (" + shown + ")"
        return message


class FeedRevokeFormatter(LogFormatter):
    label = _("Feed link revoked")

    def format_message(self, log_entry):
        if log_entry.data.get("reason") == REVOKED_ON_DEACTIVATION:
            return _("Feed link revoked because the user was deactivated")
        return _("Feed link revoked")


SIMPLE = {
    VIEW: (_("Appointment details viewed"), _("Viewed the appointment's details")),
    LOOKUP: (_("Citizen data looked up"), _("Looked up the citizen's data by reference")),
    DOWNLOAD: (_("Citizen data downloaded"), _("Downloaded the citizen's data")),
    ERASE: (_("Citizen data erased"), _("Erased the citizen's personal data")),
    LOOKUP_CONTACT: (
        _("Citizen data looked up by phone or e-mail"),
        _("Looked up the citizen's records by phone number or e-mail"),
    ),
    FEED_CREATE: (_("Feed link created"), _("Created a new appointments feed link")),
    WAITLIST_VIEW: (_("Waiting list viewed"), _("Viewed a waiting list")),
    WAITLIST_REMOVE: (_("Removed from a waiting list"), _("Removed a person from a waiting list")),
}

FORMATTERS = {
    STATUS: StatusFormatter,
    BOOK_ON_BEHALF: BookOnBehalfFormatter,
    EXPORT: ExportFormatter,
    FEED_REVOKE: FeedRevokeFormatter,
}


def action_choices():
    """(action, label) of the trail's actions, for the report's filter."""
    labels = {**{action: label for action, (label, _m) in SIMPLE.items()}}
    labels.update({action: formatter.label for action, formatter in FORMATTERS.items()})
    extra = [(action, label) for action, (label, _m, _f) in EXTRA_ACTIONS.items()]
    return [(action, labels[action]) for action in ACTIONS] + extra


def register_actions(actions):
    """For Wagtail's `register_log_actions` hook: labels for the report's filter and rows."""
    for action, (label, message) in SIMPLE.items():
        actions.register_action(action, label, message)
    for action, formatter in FORMATTERS.items():
        actions.register_action(action)(formatter)
    for action, (label, message, formatter) in EXTRA_ACTIONS.items():
        if formatter is not None:
            actions.register_action(action)(formatter)
        else:
            actions.register_action(action, label, message)
