"""Open-data API of the catalogue, shaped after Open Referral HSDS.

`/api/v1/services`, `/api/v1/locations` (branches and van stops, each with
its HSDS schedules and their RRULE fields), `/api/v1/service_at_locations`
and `/api/v1/occurrences` (the dated openings and visits, from the same
expansion as every page). Texts are in the language of the URL prefix
(`/el/api/v1/…`) or of Accept-Language. `register(api)` adds the
operations to a NinjaAPI built in `portal.api`.
"""

import datetime
import math
from typing import Any

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from ninja import Field, Query, Schema
from ninja.errors import HttpError
from ninja.pagination import PaginationBase, paginate
from recurrence import Rule
from recurrence.base import to_weekday

from portal.models import SiteSettings
from portal.parsing import parse_id
from services_catalog import schedules
from services_catalog.models import (
    BranchPage,
    BranchSchedule,
    Community,
    MobileUnitPage,
    ServicePage,
    Stop,
    StopSchedule,
)
from services_catalog.schedule_text import describe_window

# --- Pagination (HSDS 3 API shape) ------------------------------------------


class HSDSPagination(PaginationBase):
    """Pages as HSDS lists them: total_items, total_pages, page_number, contents…"""

    items_attribute = "contents"

    class Input(Schema):
        page: int = Field(1, ge=1, description="Page number, from 1.")
        per_page: int = Field(50, ge=1, le=500, description="Items per page (at most 500).")

    class Output(Schema):
        total_items: int
        total_pages: int
        page_number: int
        size: int
        first_page: bool
        last_page: bool
        empty: bool
        contents: list[Any]

    def paginate_queryset(self, queryset, pagination, request, **params):
        total = self._items_count(queryset)
        pages = max(1, math.ceil(total / pagination.per_page))
        start = (pagination.page - 1) * pagination.per_page
        contents = list(queryset[start : start + pagination.per_page])
        return {
            "total_items": total,
            "total_pages": pages,
            "page_number": pagination.page,
            "size": len(contents),
            "first_page": pagination.page == 1,
            "last_page": pagination.page >= pages,
            "empty": not contents,
            "contents": contents,
        }


# --- Schemas -----------------------------------------------------------------


class Error(Schema):
    detail: str


class InvalidInput(Schema):
    """The 422 answer to a malformed parameter (built in `portal.api`)."""

    detail: str
    errors: dict[str, list[str]] = Field(description="Translated messages, by parameter.")


class Taxonomy(Schema):
    id: str
    name: str


class HSDSSchedule(Schema):
    id: str
    location_id: str
    valid_from: datetime.date | None
    valid_to: datetime.date | None
    dtstart: datetime.date | None
    timezone: str = "Europe/Athens"
    until: datetime.date | None = None
    count: int | None = None
    wkst: str | None = None
    freq: str | None = None
    interval: int | None = None
    byday: str | None = None
    byweekno: str | None = None
    bymonthday: str | None = None
    byyearday: str | None = None
    description: str
    opens_at: str
    closes_at: str
    capacity: int = Field(description="Parallel appointments (not in HSDS).")
    open_on_public_holidays: bool


class Address(Schema):
    address_1: str
    city: str
    region: str
    postal_code: str
    country: str = "GR"


class Phone(Schema):
    number: str


class Location(Schema):
    id: str
    location_type: str = "physical"
    kind: str = Field(description="branch or stop")
    name: str
    description: str
    url: str | None
    latitude: float | None
    longitude: float | None
    addresses: list[Address]
    phones: list[Phone]
    accessibility: list[str]
    mobile_unit: Taxonomy | None = None
    schedules: list[HSDSSchedule]


class ServiceAtLocation(Schema):
    id: str
    service_id: str
    location_id: str


class Service(Schema):
    id: str
    name: str
    description: str
    url: str
    status: str = "active"
    fees_description: str
    category: Taxonomy
    target_groups: list[Taxonomy]
    channels: list[str]
    bookable: bool
    appointment_minutes: int | None
    service_at_locations: list[ServiceAtLocation]


class OccurrenceOut(Schema):
    id: str
    location_id: str
    location_name: str
    mobile_unit: Taxonomy | None
    start: datetime.datetime
    end: datetime.datetime
    status: str = Field(description="scheduled or cancelled")
    reason: str
    capacity: int


class OccurrenceFilters(Schema):
    from_date: datetime.date = Field(..., alias="from", description="First day, YYYY-MM-DD.")
    to_date: datetime.date = Field(..., alias="to", description="Last day, YYYY-MM-DD (≤ 1 year).")
    location: str | None = Field(None, description="A location id, e.g. stop-12.")
    mobile_unit: int | None = Field(None, description="Only the stops of this mobile unit.")
    community: str | None = Field(None, description="Slug of a municipal community.")
    service: int | None = Field(None, description="Only places that offer this service.")
    include_cancelled: bool = False


# --- Conversions -------------------------------------------------------------


def _absolute(request, path):
    return request.build_absolute_uri(path) if path else None


def location_id(place):
    return place.place_id


def schedule_out(window):
    place = window.place
    rules = list(window.recurrence.rrules) if window.recurrence else []
    rule = rules[0] if rules else None
    data = {
        "id": window.uid_key,
        "location_id": location_id(place),
        "valid_from": window.valid_from,
        "valid_to": window.valid_until,
        "dtstart": window.valid_from,
        "description": describe_window(window),
        "opens_at": window.start_time.strftime("%H:%M"),
        "closes_at": window.end_time.strftime("%H:%M"),
        "capacity": window.capacity,
        "open_on_public_holidays": window.open_on_public_holidays,
    }
    if rule is not None:
        data.update(_rule_fields(rule))
    return data


def _rule_fields(rule):
    def joined(values):
        return ",".join(str(v) for v in values) if values else None

    byday = None
    if rule.byday:
        days = []
        for day in rule.byday:
            day = to_weekday(day)
            prefix = str(day.index) if day.index else ""
            days.append(prefix + Rule.weekdays[day.number])
        byday = ",".join(days)
    return {
        "freq": Rule.frequencies[rule.freq],
        "interval": rule.interval or 1,
        "byday": byday,
        "bymonthday": joined(rule.bymonthday),
        "byweekno": joined(rule.byweekno),
        "byyearday": joined(rule.byyearday),
        "count": rule.count,
        "until": schedules.local_date(rule.until) if rule.until else None,
        "wkst": Rule.weekdays[getattr(rule.wkst, "number", rule.wkst)] if rule.wkst else None,
    }


def _address(place, city):
    return {
        "address_1": place.address,
        "city": city,
        "region": place.community.name,
        "postal_code": place.postal_code,
    }


def _city(request):
    return SiteSettings.for_request(request).city


def branch_out(branch, request):
    return {
        "id": location_id(branch),
        "kind": "branch",
        "name": branch.title,
        "description": branch.intro,
        "url": _absolute(request, branch.get_url(request)),
        "latitude": float(branch.latitude) if branch.latitude is not None else None,
        "longitude": float(branch.longitude) if branch.longitude is not None else None,
        "addresses": [_address(branch, _city(request))],
        "phones": [{"number": branch.phone}] if branch.phone else [],
        "accessibility": [branch.accessibility] if branch.accessibility else [],
        "schedules": [schedule_out(window) for window in branch.schedules.all()],
    }


def stop_out(stop, request):
    unit = stop.mobile_unit
    return {
        "id": location_id(stop),
        "kind": "stop",
        "name": stop.name,
        "description": stop.directions,
        "url": _absolute(request, unit.stop_url(stop, request)),
        "latitude": float(stop.latitude) if stop.latitude is not None else None,
        "longitude": float(stop.longitude) if stop.longitude is not None else None,
        "addresses": [_address(stop, _city(request))],
        "phones": [{"number": unit.phone}] if unit.phone else [],
        "accessibility": [unit.accessibility] if unit.accessibility else [],
        "mobile_unit": {"id": str(unit.pk), "name": unit.title},
        "schedules": [schedule_out(window) for window in stop.visits.all()],
    }


def service_out(service, request):
    location_ids = [location_id(b) for b in service.branches.all() if b.live]
    for unit in service.mobile_units.all():
        if unit.live:
            location_ids += [location_id(stop) for stop in unit.stops.all()]
    return {
        "id": str(service.pk),
        "name": service.title,
        "description": service.summary,
        "url": _absolute(request, service.get_url(request)),
        "fees_description": _("Free of charge") if service.free_of_charge else "",
        "category": {"id": service.category.slug, "name": service.category.name},
        "target_groups": [{"id": g.slug, "name": g.name} for g in service.target_groups.all()],
        "channels": [str(channel.value) for channel in service.channels],
        "bookable": service.bookable,
        "appointment_minutes": service.appointment_minutes if service.bookable else None,
        "service_at_locations": [
            {"id": f"{service.pk}:{loc}", "service_id": str(service.pk), "location_id": loc}
            for loc in location_ids
        ],
    }


def occurrence_out(occurrence):
    place = occurrence.place
    unit = occurrence.mobile_unit
    return {
        "id": occurrence.id,
        "location_id": location_id(place),
        "location_name": place.name if place.kind == "stop" else place.title,
        "mobile_unit": {"id": str(unit.pk), "name": unit.title} if unit else None,
        "start": occurrence.start,
        "end": occurrence.end,
        "status": "cancelled" if occurrence.cancelled else "scheduled",
        "reason": occurrence.reason or (_("Public holiday") if occurrence.holiday else ""),
        "capacity": occurrence.capacity,
    }


# --- Queries -------------------------------------------------------------------


def services_queryset():
    return (
        ServicePage.objects.live()
        .public()
        .select_related("category")
        .prefetch_related(
            "target_groups",
            "branches",
            Prefetch("mobile_units", queryset=MobileUnitPage.objects.prefetch_related("stops")),
        )
        .order_by("path")
    )


def branches_queryset():
    return (
        BranchPage.objects.live()
        .public()
        .select_related("community")
        .prefetch_related(
            Prefetch("schedules", queryset=BranchSchedule.objects.order_by("sort_order"))
        )
        .order_by("path")
    )


def stops_queryset():
    return (
        Stop.objects.filter(mobile_unit__live=True)
        .select_related("community", "mobile_unit")
        .prefetch_related(Prefetch("visits", queryset=StopSchedule.objects.order_by("sort_order")))
        .order_by("mobile_unit__path", "sort_order", "pk")
    )


def parse_location_id(value):
    """("branch", 5) from "branch-5"; None when malformed."""
    kind, _sep, number = (value or "").partition("-")
    if kind in ("branch", "stop") and parse_id(number) is not None:
        return kind, parse_id(number)
    return None


def _not_found(what):
    raise HttpError(404, _("No %(what)s with this id.") % {"what": what})


# --- Operations ------------------------------------------------------------------


def register(api):
    @api.get(
        "/services",
        response={200: list[Service], 422: InvalidInput},
        tags=["services"],
        summary="List services",
        description="Every published service, with where it is offered (HSDS service).",
    )
    @paginate(HSDSPagination)
    def list_services(request, category: str | None = None, target_group: str | None = None):
        services = services_queryset()
        if category:
            services = services.filter(category__slug=category)
        if target_group:
            services = services.filter(target_groups__slug=target_group).distinct()
        return [service_out(service, request) for service in services]

    @api.get(
        "/services/{service_id}",
        response={200: Service, 404: Error, 422: InvalidInput},
        tags=["services"],
        summary="One service",
    )
    def get_service(request, service_id: int):
        service = services_queryset().filter(pk=service_id).first()
        if service is None:
            _not_found(_("service"))
        return service_out(service, request)

    @api.get(
        "/locations",
        response={200: list[Location], 400: Error, 422: InvalidInput},
        tags=["locations"],
        summary="List locations",
        description="Branches and mobile-unit stops, each with its schedules (HSDS location).",
    )
    @paginate(HSDSPagination)
    def list_locations(request, kind: str | None = None, community: str | None = None):
        if kind not in (None, "branch", "stop"):
            raise HttpError(400, _("kind must be “branch” or “stop”."))
        branches = branches_queryset() if kind in (None, "branch") else BranchPage.objects.none()
        stops = stops_queryset() if kind in (None, "stop") else Stop.objects.none()
        if community:
            if not Community.objects.filter(slug=community).exists():
                raise HttpError(400, _("Unknown municipal community."))
            branches = branches.filter(community__slug=community)
            stops = stops.filter(community__slug=community)
        return [branch_out(b, request) for b in branches] + [stop_out(s, request) for s in stops]

    @api.get(
        "/locations/{location_id}",
        response={200: Location, 404: Error},
        tags=["locations"],
        summary="One location",
    )
    def get_location(request, location_id: str):
        parsed = parse_location_id(location_id)
        if parsed is None:
            _not_found(_("location"))
        kind, pk = parsed
        place = (
            (branches_queryset() if kind == "branch" else stops_queryset()).filter(pk=pk).first()
        )
        if place is None:
            _not_found(_("location"))
        return branch_out(place, request) if kind == "branch" else stop_out(place, request)

    @api.get(
        "/service_at_locations",
        response={200: list[ServiceAtLocation], 422: InvalidInput},
        tags=["services"],
        summary="Which service is offered where (HSDS service_at_location)",
    )
    @paginate(HSDSPagination)
    def list_service_at_locations(request):
        result = []
        for service in services_queryset():
            result += service_out(service, request)["service_at_locations"]
        return result

    @api.get(
        "/occurrences",
        response={200: list[OccurrenceOut], 400: Error, 422: InvalidInput},
        tags=["occurrences"],
        summary="Openings and van visits between two dates",
        description=(
            "The dated occurrences of every schedule, public holidays and cancellations "
            "removed (or included, marked, with include_cancelled). At most one year."
        ),
    )
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
        return [occurrence_out(o) for o in found]


def occurrence_places(filters):
    """The branches and stops an occurrences query covers; 400 on nonsense."""
    if filters.to_date < filters.from_date:
        raise HttpError(400, _("“to” must not be before “from”."))
    if (filters.to_date - filters.from_date).days > schedules.MAX_RANGE_DAYS - 35:
        raise HttpError(400, _("Ask for one year at most."))
    branches = BranchPage.objects.live().public()
    stops = Stop.objects.filter(mobile_unit__live=True)
    if filters.location:
        parsed = parse_location_id(filters.location)
        if parsed is None:
            raise HttpError(400, _("Unknown location id."))
        kind, pk = parsed
        branches = branches.filter(pk=pk) if kind == "branch" else branches.none()
        stops = stops.filter(pk=pk) if kind == "stop" else stops.none()
    if filters.mobile_unit is not None:
        branches = branches.none()
        stops = stops.filter(mobile_unit_id=filters.mobile_unit)
    if filters.community:
        if not Community.objects.filter(slug=filters.community).exists():
            raise HttpError(400, _("Unknown municipal community."))
        branches = branches.filter(community__slug=filters.community)
        stops = stops.filter(community__slug=filters.community)
    if filters.service is not None:
        service = ServicePage.objects.live().filter(pk=filters.service).first()
        if service is None:
            raise HttpError(400, _("Unknown service."))
        branches = branches.filter(pk__in=service.branches.values("pk"))
        stops = stops.filter(mobile_unit__in=service.mobile_units.values("pk"))
    return branches, stops
