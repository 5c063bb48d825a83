"""Completed home visits as a source of the public figures (figures.sources).

A home visit is people served like an attended appointment: a request whose
visit (its `booking.Appointment` at the team) was marked attended, dated by
the visit's start, under the visit's service. Its appointment is at a
home-visit team — a place that is never public — so it counts in the
network's figures only, never under a branch, a stop or a van; figures'
own "appointments attended" leaves home-team appointments out, so a visit
is counted once, here. Registered from HomeVisitsConfig.ready(): the
figures app never imports this one.
"""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from booking.choices import Status
from home_visits.models import HomeVisitRequest

NAME = "home_visits"


def completed_visits():
    return HomeVisitRequest.objects.filter(appointment__status=Status.ATTENDED)


def register():
    if not apps.is_installed("figures"):
        return
    from figures.sources import queryset_source, register  # noqa: PLC0415 (optional app)

    register(
        queryset_source(
            NAME,
            completed_visits,
            when="appointment__start",
            service="appointment__service",
            place_prefix="appointment__",
            label=_("home visits made"),
        )
    )
