"""The sources of people served that ship with the portal (see figures.sources).

- attended appointments (booking), dated by their start — not those at a
  home-visit team: completed home visits are the home_visits app's own source
  (home_visits.figures_source), so a visit is counted once;
- walk-ins and phone enquiries recorded by staff (figures.models), dated when recorded.
"""

from django.utils.translation import gettext_lazy as _

from booking.choices import Status
from booking.models import Appointment
from figures.models import ContactRecord
from figures.sources import queryset_source, register


def attended_appointments():
    return Appointment.objects.filter(status=Status.ATTENDED, home_team__isnull=True)


def contact_records():
    return ContactRecord.objects.all()


def register_builtin_sources():
    register(
        queryset_source(
            "appointments",
            attended_appointments,
            when="start",
            service="service",
            label=_("appointments attended"),
        )
    )
    register(
        queryset_source(
            "contact_records",
            contact_records,
            when="recorded_at",
            service="service",
            label=_("walk-ins and phone enquiries"),
        )
    )
