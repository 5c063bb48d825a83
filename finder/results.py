"""What the finder's answers lead to: services, their places, the nearest one, its next opening.

- **Services**: those every chosen answer that names services leads to
  (answers that name none, "me" say, do not narrow). When no service is named
  by all of them, those named by any, most-named first, with `exact` False so
  the page says so. Only live, public service pages: an unpublished service
  drops out by itself.
- **Places**: where each service is offered (`Offering.objects.live()`, the
  catalogue's one answer), branches and van stops alike.
- **Next opening**: the first occurrence not cancelled and not over
  (`services_catalog.schedules.occurrences`, the one expansion); the cached
  page ends when the first one it shows ends (`portal.page_cache`).
- **Near**: from the chosen community's centre (finder.geo); without one,
  the soonest opening first.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from finder import geo
from portal import page_cache
from services_catalog import schedules
from services_catalog.models import BranchPage, Offering, ServicePage, Stop
from services_catalog.places import PLACE_KINDS

LOOK_AHEAD_DAYS = 62  # a van comes at least monthly


@dataclass
class PlaceResult:
    place: object
    next_opening: object = None  # an Occurrence, or None
    distance_km: float | None = None
    services: list = field(default_factory=list)
    number: int = 0  # its number on the map and in the list

    @property
    def point(self):
        return geo.point_of(self.place)

    @property
    def phone(self):
        return getattr(self.place, "phone", "") or getattr(
            getattr(self.place, "mobile_unit", None), "phone", ""
        )


@dataclass
class ServiceResult:
    service: object
    places: list  # PlaceResult, nearest first
    nearest: PlaceResult | None = None


@dataclass
class Results:
    services: list  # ServiceResult
    places: list  # PlaceResult, nearest first, numbered
    exact: bool
    origin: object = None  # a geo.Point, or None


def matching_services(answers):
    """(live services, exact): see the module's docstring."""
    named = [set(answer.service_ids) for answer in answers if answer.service_ids]
    if not named:
        return [], True
    every = set.intersection(*named)
    live = list(
        ServicePage.objects.live()
        .public()
        .filter(pk__in=set.union(*named))
        .select_related("category")
        .order_by("path")
    )
    exact = [service for service in live if service.pk in every]
    if exact:
        return exact, True
    votes = {service.pk: sum(service.pk in ids for ids in named) for service in live}
    return sorted(live, key=lambda service: -votes[service.pk]), False


def community_centre(community):
    """The mean point of the live places in `community`, or None."""
    if community is None:
        return None
    places = list(PLACE_KINDS["branch"].live().filter(community=community))
    places += list(PLACE_KINDS["stop"].live().filter(community=community))
    return geo.centre(places)


def build(answers, community=None, now=None):
    """The Results of a set of answers and a community (or None)."""
    now = now or timezone.now()
    services, exact = matching_services(answers)
    origin = community_centre(community)
    offerings = list(
        Offering.objects.live()
        .filter(service__in=[s.pk for s in services])
        .values_list("service", "branch", "mobile_unit")
    )
    branches = {
        b.pk: b
        for b in BranchPage.objects.filter(
            pk__in={b for _s, b, _u in offerings if b}
        ).select_related("community")
    }
    stops = list(
        Stop.objects.filter(mobile_unit__in={u for _s, _b, u in offerings if u})
        .select_related("community", "mobile_unit")
        .order_by("sort_order", "pk")
    )
    by_place = {}
    for place in [*branches.values(), *stops]:
        result = PlaceResult(place)
        if origin is not None and result.point is not None:
            result.distance_km = geo.distance_km(origin, result.point)
        by_place[place.place_id] = result
    _add_next_openings(by_place, branches, stops, now)

    service_results = []
    for service in services:
        places = []
        for service_id, branch_id, unit_id in offerings:
            if service_id != service.pk:
                continue
            if branch_id:
                places.append(by_place[branches[branch_id].place_id])
            else:
                places += [by_place[s.place_id] for s in stops if s.mobile_unit_id == unit_id]
        places = sorted({id(p): p for p in places}.values(), key=_nearness)  # no place twice
        for place in places:
            place.services.append(service)
        service_results.append(ServiceResult(service, places, places[0] if places else None))

    ordered = sorted((p for p in by_place.values() if p.services), key=_nearness)
    for number, place in enumerate(ordered, start=1):
        place.number = number
    return Results(service_results, ordered, exact, origin)


def _nearness(place):
    """Nearest first when distances are known, then the soonest opening, then the name."""
    far = float("inf")
    soon = place.next_opening.start.timestamp() if place.next_opening else far
    distance = place.distance_km if place.distance_km is not None else far
    return (distance, soon, str(place.place.display_name))


def _add_next_openings(by_place, branches, stops, now):
    if not by_place:
        return
    today = timezone.localdate(now)
    found = schedules.occurrences(
        today,
        today + datetime.timedelta(days=LOOK_AHEAD_DAYS),
        branches=list(branches),
        stops=[stop.pk for stop in stops],
    )
    shown = []
    for occurrence in found:
        result = by_place.get(occurrence.place.place_id)
        if result is None or result.next_opening is not None:
            continue
        if occurrence.cancelled or occurrence.end <= now:
            continue
        result.next_opening = occurrence
        shown.append(occurrence)
    # A cached results page names each place's next opening: it changes when the first ends.
    page_cache.expires_when_first_ends(shown, now)
