"""The catalogue API's operations: services, locations, occurrences.

Each operation is a plain function; `register(api)` adds them to a NinjaAPI
(built twice in `portal.api`, which also decides how errors look).
"""

from django.utils.translation import gettext as _

from ninja import Query
from ninja.errors import HttpError
from ninja.pagination import paginate

from portal.api_errors import Error, FieldErrors, InvalidInput, not_found
from portal.dates import out_of_window_message, within_supported_window
from services_catalog import schedules
from services_catalog.models import Community, Offering, ServicePage
from services_catalog.places import PLACE_KINDS, parse_place_id, public_kinds

from .pagination import Converted, HSDSPagination
from .queries import (
    LOCATION_QUERYSETS,
    services_queryset,
)
from .schemas import (
    MAX_ID,
    FilterText,
    Location,
    LocationFilters,
    OccurrenceFilters,
    OccurrenceOut,
    Service,
    ServiceAtLocation,
)
from .serializers import location_out, occurrence_out, service_out


def _not_found(what):
    raise HttpError(404, not_found(what))


@paginate(HSDSPagination)
def list_services(
    request, category: FilterText | None = None, target_group: FilterText | None = None
):
    services = services_queryset()
    if category:
        services = services.filter(category__slug=category)
    if target_group:
        services = services.filter(target_groups__slug=target_group).distinct()
    return [service_out(service, request) for service in services]


def get_service(request, service_id: int):
    # A number no id can be (SQLite overflows past 64 bits) is simply unknown.
    in_range = 1 <= service_id <= MAX_ID
    service = services_queryset().filter(pk=service_id).first() if in_range else None
    if service is None:
        _not_found(_("service"))
    return service_out(service, request)


@paginate(HSDSPagination)
def list_locations(request, filters: Query[LocationFilters]):
    kind, community = filters.kind, filters.community
    if kind not in (None, *LOCATION_QUERYSETS):
        raise HttpError(400, _("kind must be “branch” or “stop”."))
    if community and not Community.objects.filter(slug=community).exists():
        raise HttpError(400, _("Unknown municipal community."))
    found = []
    for each_kind, queryset in LOCATION_QUERYSETS.items():  # branches first, then stops
        if kind in (None, each_kind):
            places = queryset()
            if community:
                places = places.filter(community__slug=community)
            found += [location_out(place, request) for place in places]
    return found


def get_location(request, location_id: FilterText):
    parsed = parse_place_id(location_id)
    if parsed is None:
        _not_found(_("location"))
    kind, pk = parsed
    place = LOCATION_QUERYSETS[kind]().filter(pk=pk).first()
    if place is None:
        _not_found(_("location"))
    return location_out(place, request)


@paginate(HSDSPagination)
def list_service_at_locations(request):
    result = []
    for service in services_queryset():
        result += service_out(service, request)["service_at_locations"]
    return result


@paginate(HSDSPagination)
def list_occurrences(request, filters: Query[OccurrenceFilters]):
    branches, stops = occurrence_places(filters)
    found = schedules.occurrences(
        filters.from_date,
        filters.to_date,
        branches=branches,
        stops=stops,
        include_cancelled=filters.include_cancelled,
    )
    return Converted(found, occurrence_out)


def register(api):
    """Add the catalogue operations to `api` (built in `portal.api`)."""
    api.get(
        "/services",
        response={200: list[Service], 422: InvalidInput},
        tags=["services"],
        summary="List services",
        description="Every published service, with where it is offered (HSDS service).",
    )(list_services)
    api.get(
        "/services/{service_id}",
        response={200: Service, 404: Error, 422: InvalidInput},
        tags=["services"],
        summary="One service",
    )(get_service)
    api.get(
        "/locations",
        response={200: list[Location], 400: Error, 422: InvalidInput},
        tags=["locations"],
        summary="List locations",
        description="Branches and mobile-unit stops, each with its schedules (HSDS location).",
    )(list_locations)
    api.get(
        "/locations/{location_id}",
        response={200: Location, 404: Error, 422: InvalidInput},
        tags=["locations"],
        summary="One location",
    )(get_location)
    api.get(
        "/service_at_locations",
        response={200: list[ServiceAtLocation], 422: InvalidInput},
        tags=["services"],
        summary="Which service is offered where (HSDS service_at_location)",
    )(list_service_at_locations)
    api.get(
        "/occurrences",
        response={200: list[OccurrenceOut], 400: Error, 422: InvalidInput},
        tags=["occurrences"],
        summary="Openings and van visits between two dates",
        description=(
            "The dated occurrences of every schedule, public holidays and cancellations "
            "removed (or included, marked, with include_cancelled). At most one year."
        ),
    )(list_occurrences)


def occurrence_places(filters):
    """The branches and stops an occurrences query covers; 400 or 422 on nonsense."""
    outside = {
        name: [out_of_window_message(iso=True)]
        for name, day in (("from", filters.from_date), ("to", filters.to_date))
        if not within_supported_window(day)
    }
    if outside:
        raise FieldErrors(outside)
    if filters.to_date < filters.from_date:
        raise HttpError(400, _("“to” must not be before “from”."))
    if (filters.to_date - filters.from_date).days > schedules.MAX_RANGE_DAYS - 35:
        raise HttpError(400, _("Ask for one year at most."))
    places = {kind: spec.live() for kind, spec in public_kinds().items()}
    if filters.location:
        parsed = parse_place_id(filters.location)
        if parsed is None:
            raise HttpError(400, _("Unknown location id."))
        wanted, pk = parsed
        places = {
            kind: found.filter(pk=pk) if kind == wanted else found.none()
            for kind, found in places.items()
        }
    if filters.mobile_unit is not None:
        places = {
            kind: PLACE_KINDS[kind].of_mobile_unit(found, filters.mobile_unit)
            for kind, found in places.items()
        }
    if filters.community:
        if not Community.objects.filter(slug=filters.community).exists():
            raise HttpError(400, _("Unknown municipal community."))
        places = {
            kind: found.filter(community__slug=filters.community) for kind, found in places.items()
        }
    if filters.service is not None:
        service = ServicePage.objects.live().filter(pk=filters.service).first()
        if service is None:
            raise HttpError(400, _("Unknown service."))
        offered = Offering.objects.live().filter(service=service)
        places = {
            kind: PLACE_KINDS[kind].offering(found, offered) for kind, found in places.items()
        }
    return places["branch"], places["stop"]
