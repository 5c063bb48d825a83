"""The Open Referral HSDS 3.0 objects the API serves, as Ninja schemas.

Field names, types and enums are HSDS's (schema/compiled/*.json of
openreferral/specification); the tests validate every answer against those
published schemas (tests/services_catalog/hsds_schemas/). HSDS allows no
`null` for a field it types as text or number: the operations that serve
these objects drop empty fields (`exclude_none`), so a field we do not have is
absent, not null. Our own additions are marked "Extension" in their
description and in the OpenAPI document.
"""

import datetime
from typing import Annotated

from ninja import Field, Schema

Uuid = Annotated[str, Field(json_schema_extra={"format": "uuid"})]
HSDS_FREQUENCIES = ["WEEKLY", "MONTHLY"]  # the only `freq` values HSDS 3.0 allows
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
LOCATION_TYPES = ["physical", "postal", "virtual"]
SERVICE_STATUSES = ["active", "inactive", "defunct", "temporarily closed"]


def extension(description, **extra):
    """A field of ours, not of HSDS: said so in the OpenAPI document."""
    return Field(
        default=None,
        description=f"Extension (not in HSDS 3.0): {description}",
        json_schema_extra={"x-extension": True, **extra},
    )


class Phone(Schema):
    id: Uuid
    location_id: Uuid | None = None
    organization_id: Uuid | None = None
    number: str


class Address(Schema):
    id: Uuid
    location_id: Uuid
    address_1: str
    city: str
    region: str = Field(description="The municipal community.")
    state_province: str
    postal_code: str
    country: str = Field(description="ISO 3166-1 alpha-2.")
    address_type: str = Field(json_schema_extra={"enum": LOCATION_TYPES})


class Accessibility(Schema):
    id: Uuid
    location_id: Uuid
    description: str


class Schedule(Schema):
    id: Uuid
    location_id: Uuid
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None
    dtstart: datetime.date | None = None
    until: datetime.date | None = None
    count: int | None = None
    wkst: str | None = Field(None, json_schema_extra={"enum": WEEKDAYS})
    freq: str | None = Field(None, json_schema_extra={"enum": HSDS_FREQUENCIES})
    interval: int | None = None
    byday: str | None = None
    byweekno: str | None = None
    bymonthday: str | None = None
    byyearday: str | None = None
    description: str
    opens_at: str
    closes_at: str
    attending_type: str = Field(description="in_person: citizens come to the place.")
    schedule_link: str | None = Field(
        None, description="The place's iCal feed: every date, holidays and cancellations applied."
    )
    tzid: str | None = extension(
        "IANA time zone of dtstart, opens_at and closes_at (HSDS 3.0 `timezone` is a "
        "fixed UTC offset, which cannot say Europe/Athens with its daylight saving)."
    )
    capacity: int | None = extension("appointments at the same time.")
    open_on_public_holidays: bool | None = extension("whether it also runs on public holidays.")
    key: str | None = extension("the schedule's key in the iCal feeds (UID stop-visit-7@…).")


class MobileUnit(Schema):
    id: str = Field(description="The mobile unit's page id (the `mobile_unit` filter).")
    name: str


class Location(Schema):
    id: Uuid
    location_type: str = Field(json_schema_extra={"enum": LOCATION_TYPES})
    url: str | None = None
    organization_id: Uuid
    name: str
    description: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    external_identifier: str = Field(
        description="The id used before the UUIDs (branch-3, stop-12); accepted as input."
    )
    external_identifier_type: str
    addresses: list[Address]
    phones: list[Phone]
    accessibility: list[Accessibility]
    schedules: list[Schedule]
    kind: str | None = extension("branch or stop.", enum=["branch", "stop"])
    mobile_unit: MobileUnit | None = extension("the mobile unit that visits this stop.")


class TaxonomyDetail(Schema):
    id: Uuid
    name: str
    description: str
    version: str | None = None


class TaxonomyTerm(Schema):
    id: Uuid
    code: str = Field(description="The slug, as in the `category`/`target_group` filters.")
    name: str
    description: str
    taxonomy: str
    taxonomy_id: Uuid
    language: str | None = None
    taxonomy_detail: TaxonomyDetail | None = None


class Attribute(Schema):
    id: Uuid
    link_id: Uuid
    link_type: str
    link_entity: str
    taxonomy_term_id: Uuid
    taxonomy_term: TaxonomyTerm


class ServiceArea(Schema):
    id: Uuid
    service_id: Uuid
    name: str
    description: str
    extent_type: str | None = None


class Organization(Schema):
    id: Uuid
    name: str
    description: str
    email: str | None = None
    website: str | None = None
    phones: list[Phone]


class ServiceSummary(Schema):
    """A service as HSDS lists it (service_list): its one-to-one fields."""

    id: Uuid
    organization_id: Uuid
    name: str
    description: str
    url: str | None = None
    status: str = Field(json_schema_extra={"enum": SERVICE_STATUSES})
    fees_description: str | None = None
    eligibility_description: str | None = Field(
        None, description="Who can apply, for a programme of another body."
    )
    last_modified: datetime.datetime | None = Field(
        None, description="When the service's page was last published."
    )


class Term(Schema):
    id: Uuid
    code: str
    name: str


class ServiceAtLocation(Schema):
    id: Uuid
    service_id: Uuid
    location_id: Uuid
    location: Location | None = None
    appointment_minutes: int | None = extension(
        "the length of an appointment at this place (absent: not bookable online)."
    )


class ServiceAtLocationFull(ServiceAtLocation):
    service: ServiceSummary


class Service(ServiceSummary):
    organization: Organization
    service_at_locations: list[ServiceAtLocation]
    service_areas: list[ServiceArea]
    attributes: list[Attribute]
    category: Term | None = extension("the service's category (also among `attributes`).")
    target_groups: list[Term] | None = extension("who it is for (also among `attributes`).")
    channels: list[str] | None = extension("how a citizen gets it.")
    bookable: bool | None = extension("whether it can be booked online (GET /availability).")
    appointment_minutes: int | None = extension("the usual length of an appointment.")
    official_url: str | None = extension(
        "a programme of another body: its official page (the provider's; `url` is ours)."
    )


class Taxonomy(Schema):
    id: Uuid
    name: str
    description: str
    version: str | None = None


class ApiMeta(Schema):
    """GET / of an HSDS API: which HSDS version it serves, and where it is described."""

    version: str = Field(description="HSDS version of this API.")
    profile: str = Field(description="URL of the HSDS profile this API follows.")
    openapi_url: str = Field(description="URL of this API's OpenAPI document.")
