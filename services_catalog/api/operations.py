"""The catalogue API's operations: services, service_at_locations, locations, occurrences.

Each operation is a plain function; `register(api)` adds them to a NinjaAPI
(built twice in `portal.api`, which also decides how errors look). Ids are
UUIDs (`services_catalog.public_ids`); a service's or a place's former id
(18, branch-3) answers 308 to its UUID address, and the filters take both.
The root, organizations and taxonomies are in `directory`.
"""

from django.http import HttpResponsePermanentRedirect
from django.utils.translation import gettext as _

from ninja import Query
from ninja.errors import HttpError
from ninja.pagination import paginate

from portal import content_memo
from portal.api_errors import Error, FieldErrors, InvalidInput, not_found
from portal.dates import out_of_window_message, within_supported_window
from services_catalog import public_ids, schedules
from services_catalog.models import Community, Offering, ServicePage
from services_catalog.places import PLACE_KINDS, parse_place_id, public_kinds

from .hsds_schemas import Location, Service, ServiceAtLocationFull
from .pagination import Converted, HSDSPagination
from .queries import (
    LOCATION_QUERYSETS,
    services_queryset,
)
from .schemas import (
    FilterText,
    LocationFilters,
    OccurrenceFilters,
    OccurrenceOut,
    PublicOrLegacyId,
    Uuid,
)
from .serializers import location_out, occurrence_out
from .service_documents import (
    Documents,
    every_service_at_location,
    listed_services,
    service_at_location_converter,
    service_out,
)


def _not_found(what):
    raise HttpError(404, not_found(what))


def to_public_id(request, public):
    """308 to the same address with the UUID in place of an id used before it."""
    path = request.path.rstrip("/").rsplit("/", 1)[0]
    query = request.META.get("QUERY_STRING")
    # 308, not 301: a client that retries keeps its method.
    return HttpResponsePermanentRedirect(
        f"{path}/{public}" + (f"?{query}" if query else ""), preserve_request=True
    )


@paginate(HSDSPagination)
def list_services(
    request, category: FilterText | None = None, target_group: FilterText | None = None
):
    return [
        document
        for document, category_slug, group_slugs in listed_services(request)
        if (not category or category_slug == category)
        and (not target_group or target_group in group_slugs)
    ]


def get_service(request, service_id: PublicOrLegacyId):
    pk = public_ids.service_pk(service_id, public_ids.live_service_pks)
    service = services_queryset().filter(pk=pk).first() if pk is not None else None
    if service is None:
        _not_found(_("service"))
    if public_ids.is_legacy(service_id):
        return to_public_id(request, public_ids.service_uuid(pk))
    return service_out(service, Documents(request))


@paginate(HSDSPagination)
def list_locations(request, filters: Query[LocationFilters]):
    kind, community = filters.kind, filters.community
    if kind not in (None, *LOCATION_QUERYSETS):
        raise HttpError(400, _("kind must be “branch” or “stop”."))
    if community and not Community.objects.filter(slug=community).exists():
        raise HttpError(400, _("Unknown municipal community."))
    found = []
    for each_kind, places in live_locations().items():  # branches first, then stops
        if kind in (None, each_kind):
            found += [
                place
                for place in places
                if not community
                or (place.community_id is not None and place.community.slug == community)
            ]
    # Only the page sent is turned into documents.
    return Converted(found, lambda place: location_out(place, request))


def live_locations():
    """{kind: its live places, in order, with what their documents show}, kept for the
    content generation (`portal.content_memo`; shared: read only)."""
    return content_memo.memoised(
        ("hsds.locations",),
        lambda: {kind: list(queryset()) for kind, queryset in LOCATION_QUERYSETS.items()},
    )


def get_location(request, location_id: FilterText):
    parsed = parse_place_id(public_ids.place_id(location_id))
    place = LOCATION_QUERYSETS[parsed[0]]().filter(pk=parsed[1]).first() if parsed else None
    if place is None:
        _not_found(_("location"))
    if public_ids.is_legacy(location_id):
        return to_public_id(request, public_ids.location_uuid(place.place_id))
    return location_out(place, request)


@paginate(HSDSPagination)
def list_service_at_locations(request):
    # Only the page sent is turned into documents (a van's stops are many).
    return Converted(every_service_at_location(), service_at_location_converter(request))


def get_service_at_location(request, service_at_location_id: Uuid):
    wanted = public_ids.as_uuid(service_at_location_id)
    found = next((i for i in every_service_at_location() if i[0] == wanted), None)
    if found is None:
        _not_found(_("service at location"))
    return service_at_location_converter(request)(found)


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
    """Add the catalogue operations to `api` (built in `portal.api`).

    The HSDS documents drop empty fields (`exclude_none`): HSDS 3.0 allows
    no null where it types a field as text or number.
    """
    hsds = {"exclude_none": True}
    api.get(
        "/services",
        response={200: list[Service], 422: InvalidInput},
        tags=["services"],
        summary="List services (HSDS getPaginatedListOfServices)",
        description="Every published service, fully nested, with where it is offered.",
        operation_id="getPaginatedListOfServices",
        **hsds,
    )(list_services)
    api.get(
        "/services/{service_id}",
        response={200: Service, 308: None, 404: Error, 422: InvalidInput},
        tags=["services"],
        summary="One service (HSDS getFullyNestedServiceById)",
        description=LEGACY_ID_NOTE,
        operation_id="getFullyNestedServiceById",
        **hsds,
    )(get_service)
    api.get(
        "/locations",
        response={200: list[Location], 400: Error, 422: InvalidInput},
        tags=["locations"],
        summary="List locations",
        description="Branches and mobile-unit stops, each with its schedules (HSDS location).",
        **hsds,
    )(list_locations)
    api.get(
        "/locations/{location_id}",
        response={200: Location, 308: None, 404: Error, 422: InvalidInput},
        tags=["locations"],
        summary="One location",
        description=LEGACY_ID_NOTE,
        **hsds,
    )(get_location)
    api.get(
        "/service_at_locations",
        response={200: list[ServiceAtLocationFull], 422: InvalidInput},
        tags=["services"],
        summary="Which service is offered where (HSDS getPaginatedListOfServiceAtLocation)",
        operation_id="getPaginatedListOfServiceAtLocation",
        **hsds,
    )(list_service_at_locations)
    api.get(
        "/service_at_locations/{service_at_location_id}",
        response={200: ServiceAtLocationFull, 404: Error, 422: InvalidInput},
        tags=["services"],
        summary="One service at one location (HSDS getServiceAtLocationWithNestedDataById)",
        operation_id="getServiceAtLocationWithNestedDataById",
        **hsds,
    )(get_service_at_location)
    api.get(
        "/occurrences",
        response={200: list[OccurrenceOut], 400: Error, 422: InvalidInput},
        tags=["occurrences"],
        summary="Openings and van visits between two dates (extension)",
        description=(
            "Extension (not in HSDS 3.0). The dated occurrences of every schedule, public "
            "holidays and cancellations removed (or included, marked, with include_cancelled). "
            "At most one year."
        ),
    )(list_occurrences)


LEGACY_ID_NOTE = (
    "`id` is a UUID. The id used before (a number for a service, branch-3 or stop-12 for a "
    "location) is still accepted, for a deprecation period: it answers 308 with the "
    "UUID address in `Location`."
)


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
        parsed = parse_place_id(public_ids.place_id(filters.location))
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
        pk = public_ids.service_pk(filters.service, public_ids.live_service_pks)
        service = ServicePage.objects.live().filter(pk=pk).first() if pk else None
        if service is None:
            raise HttpError(400, _("Unknown service."))
        offered = Offering.objects.live().filter(service=service)
        places = {
            kind: PLACE_KINDS[kind].offering(found, offered) for kind, found in places.items()
        }
    return places["branch"], places["stop"]
