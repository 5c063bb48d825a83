"""Personal data of contact messages is kept only as long as an appointment's.

BOOKING_RETENTION_DAYS (default 90) after a message arrived, its name,
phone, e-mail and text are emptied by the hourly housekeeping; what stays
(place, topic, language, status, dates) identifies nobody.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from booking import citizen_data
from contact import permissions
from contact.models import ContactMessage

PERSONAL_FIELDS = {"name": "", "phone": "", "email": "", "message": ""}


def anonymise(queryset, now=None):
    return queryset.filter(anonymised_at__isnull=True).update(
        anonymised_at=now or timezone.now(), **PERSONAL_FIELDS
    )


def anonymise_due(now=None, days=None):
    return anonymise(ContactMessage.objects.due_for_anonymisation(at=now, days=days), now=now)


def register_citizen_data():
    """Contact messages in the front desk's citizen-data tool (booking.citizen_data)."""
    citizen_data.register(
        citizen_data.Holder(
            key="contact",
            label=_("Contact messages"),
            records=permissions.messages_for,
            personal_fields=("name", "phone", "email", "message"),
            erase=anonymise,
            describe=str,
        )
    )
