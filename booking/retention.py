"""Personal data of past appointments is kept only as long as needed.

After BOOKING_RETENTION_DAYS (default 90) from the end of an appointment,
its personal fields are emptied; what stays (service, place, date, status,
language, whether an interpreter was needed) is what the centre's
statistics need and identifies nobody. Waiting-list entries are emptied the
same number of days after they close (booked, left, removed, or waited
BOOKING_WAITLIST_DAYS): name, phone, e-mail and the leave link's hash.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from booking import citizen_data, permissions
from booking.choices import EntryStatus, OfferStatus
from booking.events import personal_data_removing
from booking.models import Appointment, WaitlistEntry, WaitlistOffer

PERSONAL_FIELDS = {
    "name": "",
    "phone": "",
    "email": "",
    "interpreter_language": "",
    "interpreter_language_other": "",
    "accessibility_needs": "",
    "note": "",
    "manage_token_hash": "",
}


def anonymise(queryset, now=None):
    """Empty the personal fields of these appointments; returns how many.

    Apps holding data about the same citizens (feedback comments, …) empty
    theirs in the same transaction, on `booking.events.personal_data_removing`.
    """
    due = queryset.filter(anonymised_at__isnull=True)
    with transaction.atomic():
        personal_data_removing.send(sender=Appointment, appointments=due)
        return due.update(anonymised_at=now or timezone.now(), **PERSONAL_FIELDS)


def anonymise_due(now=None, days=None):
    return anonymise(Appointment.objects.due_for_anonymisation(at=now, days=days), now=now)


WAITLIST_PERSONAL_FIELDS = {"name": "", "phone": "", "email": "", "leave_token_hash": ""}


def anonymise_waitlist(queryset, now=None):
    """Take these entries off the list (open offers withdrawn) and empty them at once: a
    citizen's erasure at the desk (booking.citizen_data)."""
    now = now or timezone.now()
    with transaction.atomic():
        entries = queryset.filter(anonymised_at__isnull=True)
        WaitlistOffer.objects.filter(entry__in=entries, status=OfferStatus.OPEN).update(
            status=OfferStatus.WITHDRAWN, answered_at=now
        )
        entries.filter(status=EntryStatus.WAITING).update(status=EntryStatus.REMOVED, closed_at=now)
        return entries.update(anonymised_at=now, **WAITLIST_PERSONAL_FIELDS)


def register_citizen_data():
    """The waiting list's entries in the front desk's citizen-data tool."""
    citizen_data.register(
        citizen_data.Holder(
            key="waitlist",
            label=_("Waiting-list entries"),
            records=permissions.waitlist_for,
            personal_fields=("name", "phone", "email"),
            erase=anonymise_waitlist,
            describe=lambda entry: _("Waiting-list entry %(number)s") % {"number": entry.pk},
        )
    )


def anonymise_waitlist_due(now=None, days=None):
    """Empty the personal fields of closed waiting-list entries past the retention period."""
    now = now or timezone.now()
    return (
        WaitlistEntry.objects.due_for_anonymisation(at=now, days=days)
        .filter(anonymised_at__isnull=True)
        .update(anonymised_at=now, **WAITLIST_PERSONAL_FIELDS)
    )


def export_citizen_data(appointment):
    """What we hold about the citizen of this appointment (for a subject-access request)."""
    return {
        "reference": appointment.display_reference,
        "service": appointment.service.title,
        "place": appointment.place_name,
        "start": appointment.start.isoformat(),
        "end": appointment.end.isoformat(),
        "status": appointment.status,
        "made": appointment.channel,
        "name": appointment.name,
        "phone": appointment.phone,
        "email": appointment.email,
        "language": appointment.language,
        "interpreter_needed": appointment.interpreter_needed,
        "interpreter_language": appointment.interpreter_language,
        "interpreter_language_other": appointment.interpreter_language_other,
        "accessibility_needs": appointment.accessibility_needs,
        "note": appointment.note,
        "privacy_notice_accepted": appointment.consent_at.isoformat(),
        "made_on": appointment.created_at.isoformat(),
        "anonymised_on": appointment.anonymised_at.isoformat()
        if appointment.anonymised_at
        else None,
    }
