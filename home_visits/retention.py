"""A request's personal data is kept as long as an appointment's, no longer.

BOOKING_RETENTION_DAYS (90) after the visit ends (scheduled requests) or
after the request was declined, its name, phones, e-mail, address, postal
code, reasons and best days are emptied. What stays (team, community,
reason category, status, dates) identifies nobody and feeds the figures.
Run by the hourly housekeeping (`home_visits.tasks.housekeeping`, one of
settings.HOUSEKEEPING_HOOKS); a request whose appointment's data is emptied
(its retention, or an erasure at the desk) goes with it (booking.events).
A waiting request is never emptied while it waits: it still needs an answer.
"""

import datetime

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from booking import citizen_data
from booking.events import personal_data_removing
from home_visits import access
from home_visits.choices import RequestStatus
from home_visits.models import HomeVisitRequest

PERSONAL_FIELDS = {
    "name": "",
    "phone": "",
    "email": "",
    "requester_name": "",
    "requester_phone": "",
    "organisation": "",
    "interpreter_language": "",
    "reason_details": "",
    "address": "",
    "postal_code": "",
    "best_days": "",
    "best_time": "",
    "decline_reason": "",
}


def due(now=None, days=None):
    """Requests whose visit ended, or that were declined, more than the retention ago."""
    days = settings.BOOKING_RETENTION_DAYS if days is None else days
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    return HomeVisitRequest.objects.filter(anonymised_at__isnull=True).filter(
        Q(status=RequestStatus.SCHEDULED, appointment__end__lt=cutoff)
        | Q(status=RequestStatus.DECLINED, decided_at__lt=cutoff)
        # An appointment erased or deleted meanwhile: its request goes with it.
        | Q(status=RequestStatus.SCHEDULED, appointment__isnull=True, decided_at__lt=cutoff)
        | Q(appointment__anonymised_at__isnull=False)
    )


def anonymise(queryset, now=None):
    return queryset.filter(anonymised_at__isnull=True).update(
        anonymised_at=now or timezone.now(), **PERSONAL_FIELDS
    )


def anonymise_due(now=None, days=None):
    return anonymise(due(now=now, days=days), now=now)


def anonymise_for_appointments(appointment_ids, now=None):
    """The requests of appointments whose data was just erased (a citizen's request at
    the desk, or the appointments' own retention)."""
    if not appointment_ids:
        return 0
    return anonymise(HomeVisitRequest.objects.filter(appointment_id__in=appointment_ids), now=now)


def remove_with_appointments(sender, appointments, **kwargs):
    """booking.events.personal_data_removing: the appointments' data goes now (their
    retention, or a citizen's erasure at the desk), so does their requests' address."""
    anonymise_for_appointments(list(appointments.values_list("pk", flat=True)))


def erase_now(queryset, now=None):
    """A citizen's erasure at the desk (booking.citizen_data): a request still waiting can
    no longer be answered, so it is closed as declined (nothing is sent), then emptied."""
    now = now or timezone.now()
    queryset.filter(status=RequestStatus.WAITING, anonymised_at__isnull=True).update(
        status=RequestStatus.DECLINED, decided_at=now
    )
    return anonymise(queryset, now=now)


def register():
    personal_data_removing.connect(remove_with_appointments, dispatch_uid="home_visits.retention")
    citizen_data.register(
        citizen_data.Holder(
            key="home_visits",
            label=_("Home-visit requests"),
            records=access.requests_for,
            personal_fields=(
                "name",
                "phone",
                "email",
                "requester_name",
                "requester_phone",
                "address",
                "postal_code",
                "reason_details",
            ),
            erase=erase_now,
            describe=lambda request: (
                _("Home-visit request %(reference)s") % {"reference": request.reference}
            ),
            phone_fields=("phone", "requester_phone"),
        )
    )
