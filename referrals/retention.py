"""A referral's personal data is kept as long as an appointment's.

BOOKING_RETENTION_DAYS (90) after the referral was decided — or after it
was made, if nobody decided it — the citizen's name, phone, e-mail, the
reason and the reason for returning it are emptied by the hourly
housekeeping (registered with booking.retention). What stays (partner,
service, place, dates, status, outcome) identifies nobody and feeds the
centre's figures.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from booking import citizen_data
from referrals import notices, permissions
from referrals.models import Referral

PERSONAL_FIELDS = {"name": "", "phone": "", "email": "", "reason": "", "return_reason": ""}


def anonymise(queryset, now=None):
    return queryset.filter(anonymised_at__isnull=True).update(
        anonymised_at=now or timezone.now(), **PERSONAL_FIELDS
    )


def anonymise_due(now=None, days=None):
    return anonymise(Referral.objects.due_for_anonymisation(at=now, days=days), now=now)


def housekeeping():
    """Booking's hourly housekeeping (settings.HOUSEKEEPING_HOOKS): notices to the inbox
    whose retry is due are sent again, referrals past the retention period are emptied
    like appointments."""
    return {
        "referral_notices_retried": notices.NOTICES.sweep(),
        "referrals_anonymised": anonymise_due(),
    }


def register_citizen_data():
    """Referrals to the user's places in the front desk's citizen-data tool."""
    citizen_data.register(
        citizen_data.Holder(
            key="referrals",
            label=_("Referrals"),
            records=permissions.staff_referrals,
            personal_fields=("name", "phone", "email", "reason", "return_reason"),
            erase=anonymise,
            describe=lambda referral: (
                _("Referral %(reference)s") % {"reference": referral.display_reference}
            ),
        )
    )
