"""Personal data of past appointments is kept only as long as needed.

After BOOKING_RETENTION_DAYS (default 90) from the end of an appointment,
its personal fields are emptied; what stays (service, place, date, status,
language, whether an interpreter was needed) is what the centre's
statistics need and identifies nobody.

Other doors into the centre hold personal data of the same people (a
home-visit request's address): they register with `register_due` (run by the
same job) and `register_erase` (run whenever appointments are emptied, a
desk's erasure included), so this app never imports theirs.
"""

from django.utils import timezone

from booking.models import Appointment

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

    What other doors hold about the same appointments (a home visit's
    address) goes at the same moment: `register_erase` hooks get their ids.
    """
    now = now or timezone.now()
    pending = queryset.filter(anonymised_at__isnull=True)
    ids = list(pending.values_list("pk", flat=True)) if _ERASE_HOOKS else []
    emptied = pending.update(anonymised_at=now, **PERSONAL_FIELDS)
    for hook in _ERASE_HOOKS:
        hook(ids, now=now)
    return emptied


_ERASE_HOOKS = []


def register_erase(fn):
    """Have `anonymise` call `fn(appointment_ids, now=)` for what it has just emptied."""
    if fn not in _ERASE_HOOKS:
        _ERASE_HOOKS.append(fn)


# Other doors into the centre register here what they hold of the same people
# (a home-visit request's address, say): `fn(now=, days=)` returns how many it
# emptied. This app never imports theirs; they call `register_due` in ready().
_DUE_HOOKS = []


def register_due(fn):
    """Have the retention job (hourly housekeeping, `anonymise_appointments`) call `fn` too."""
    if fn not in _DUE_HOOKS:
        _DUE_HOOKS.append(fn)


def anonymise_due(now=None, days=None):
    emptied = anonymise(Appointment.objects.due_for_anonymisation(at=now, days=days), now=now)
    for hook in _DUE_HOOKS:
        emptied += hook(now=now, days=days)
    return emptied


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
