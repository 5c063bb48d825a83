"""Personal data of call-back requests is kept only as long as an appointment's.

BOOKING_RETENTION_DAYS (default 90) after a request was made, its name,
phone number and topic are emptied by the hourly housekeeping; what stays
(place, service, language, best time, status, dates, the linked
appointment) identifies nobody and counts for the centre's statistics.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from booking import citizen_data
from callbacks import permissions
from callbacks.models import CallbackRequest

PERSONAL_FIELDS = {"name": "", "phone": "", "topic": ""}


def anonymise(queryset, now=None):
    return queryset.filter(anonymised_at__isnull=True).update(
        anonymised_at=now or timezone.now(), **PERSONAL_FIELDS
    )


def anonymise_due(now=None, days=None):
    return anonymise(CallbackRequest.objects.due_for_anonymisation(at=now, days=days), now=now)


def register_citizen_data():
    """Call-back requests in the front desk's citizen-data tool (booking.citizen_data)."""
    citizen_data.register(
        citizen_data.Holder(
            key="callbacks",
            label=_("Call-back requests"),
            records=permissions.requests_for,
            personal_fields=("name", "phone", "topic"),
            erase=anonymise,
            describe=str,
            email_field=None,
        )
    )
