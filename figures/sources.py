"""Where the public figures come from: a small registry of sources of "people served".

A source counts the people a kind of contact served, for a *subject* (a
place, a mobile unit's stops, or None for the whole network:
`services_catalog.places.rows_at`) between two instants `[start, end)`:

- `by_day(subject, start, end)` → iterable of `(date, count)`, the local
  (Europe/Athens) date of each contact;
- `by_service(subject, start, end)` → iterable of `(service_id, count)`
  (`service_id` a `ServicePage` pk; contacts without a service left out), or
  None when what the source counts belongs to no service (activities).

Each function must be ONE aggregate query (GROUP BY), whatever the size of
the data: figures.compute calls each source twice per subject.

Registering a source (in the registering app's `AppConfig.ready`; the
figures app never imports the apps it counts):

    from figures.sources import queryset_source, register

    register(queryset_source(
        "home_visits",
        lambda: HomeVisit.objects.filter(status="completed"),
        when="completed_at",       # the instant that dates the contact
        service="service",         # a ForeignKey to ServicePage, or None
        place_prefix="",           # where the row's branch/stop fields are ("visit__" …)
        label=_("home visits"),    # listed under the figures: what was counted
    ))

`queryset_source` fits any model whose rows name their place with the
appointment's fields (`branch`, `stop`); a source of another shape passes its
own two functions to `Source`. Sources registered now: attended
appointments and staff-recorded walk-ins and phone enquiries
(figures.counted), and completed home visits (home_visits.figures_source).
"""

import dataclasses
from collections.abc import Callable

from django.db.models import Count
from django.db.models.functions import TruncDate

from services_catalog.places import rows_at
from services_catalog.schedules import ATHENS


@dataclasses.dataclass(frozen=True)
class Source:
    name: str
    by_day: Callable
    by_service: Callable | None  # None: what it counts belongs to no service (one query less)
    label: str = ""  # what it counts, shown under the figures ("home visits"), translated lazily


_SOURCES = {}


def register(source):
    """Add (or replace, by name) a source of people served."""
    _SOURCES[source.name] = source
    return source


def unregister(name):
    _SOURCES.pop(name, None)


def registered():
    return list(_SOURCES.values())


def queryset_source(name, rows, *, when, service=None, place_prefix="", label=""):
    """A `Source` counting the rows of `rows()` dated by `when`, by day and by `service`."""

    def within(subject, start, end):
        return rows().filter(
            rows_at(subject, place_prefix), **{f"{when}__gte": start, f"{when}__lt": end}
        )

    def by_day(subject, start, end):
        return (
            within(subject, start, end)
            .annotate(day=TruncDate(when, tzinfo=ATHENS))
            .order_by()
            .values("day")
            .annotate(count=Count("pk"))
            .values_list("day", "count")
        )

    def by_service(subject, start, end):
        if service is None:
            return []
        return (
            within(subject, start, end)
            .filter(**{f"{service}__isnull": False})
            .order_by()
            .values(service)
            .annotate(count=Count("pk"))
            .values_list(service, "count")
        )

    return Source(name=name, by_day=by_day, by_service=by_service, label=label)
