"""Personal data of contact messages is kept only as long as an appointment's.

BOOKING_RETENTION_DAYS (default 90) after a message arrived, its name,
phone, e-mail and text are emptied by the hourly housekeeping; what stays
(place, topic, language, status, dates) identifies nobody.
"""

from django.utils import timezone

from contact.models import ContactMessage

PERSONAL_FIELDS = {"name": "", "phone": "", "email": "", "message": ""}


def anonymise(queryset, now=None):
    return queryset.filter(anonymised_at__isnull=True).update(
        anonymised_at=now or timezone.now(), **PERSONAL_FIELDS
    )


def anonymise_due(now=None, days=None):
    return anonymise(ContactMessage.objects.due_for_anonymisation(at=now, days=days), now=now)
