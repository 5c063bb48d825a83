"""People who came to activity sessions, counted in the public figures (`figures.sources`).

Each session's attendance marked by staff (`Seat.attended`: how many of a
sign-up's people came) adds that many people served, on the session's day,
at the activity's place. An activity in a local space counts at the branch
that runs the space (figures know places, and a space is not one).
figures never imports this app: it is registered from `ActivitiesConfig.ready`.
"""

from django.db.models import Q, Sum
from django.db.models.functions import TruncDate
from django.utils.translation import gettext_lazy as _

from activities.models import Seat
from figures.sources import Source, register
from services_catalog.places import rows_at
from services_catalog.schedules import ATHENS

PLACE_PREFIX = "session__activity__"


def _at(subject):
    """Seats at `subject`'s activities, with a branch's local spaces counted as the branch's."""
    where = rows_at(subject, PLACE_PREFIX)
    if getattr(subject, "kind", None) == "branch":
        where |= Q(**{f"{PLACE_PREFIX}space__branch": subject.pk})
    return where


def _attended(subject, start, end):
    return Seat.objects.filter(
        _at(subject),
        attended__gt=0,
        session__start__gte=start,
        session__start__lt=end,
    )


def by_day(subject, start, end):
    return (
        _attended(subject, start, end)
        .annotate(day=TruncDate("session__start", tzinfo=ATHENS))
        .order_by()
        .values("day")
        .annotate(count=Sum("attended"))
        .values_list("day", "count")
    )


def register_source():
    register(
        Source(
            name="activities",
            by_day=by_day,
            by_service=None,  # activities are not services: no "most asked-for" count
            label=_("people at activities"),
        )
    )
