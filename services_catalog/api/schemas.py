"""The shapes of the catalogue API's answers (HSDS names where HSDS has the thing)."""

import datetime
from typing import Annotated

from django.conf import settings

from ninja import Field, Schema
from pydantic import StringConstraints

from services_catalog.choices import OrganisationKind

# Ids are 32-bit integers in the database; a larger number is simply unknown.
MAX_ID = 2**31 - 1
# Text a client may put in a filter: no control characters (PostgreSQL refuses
# NUL in text, and no slug or id holds any), and not more than any slug is long.
# Checked by Ninja before an operation runs (422), and published in the
# OpenAPI document as `pattern` and `maxLength`.
NO_CONTROL_CHARACTERS = r"^[^\x00-\x1f\x7f]*$"
FilterText = Annotated[str, StringConstraints(max_length=200, pattern=NO_CONTROL_CHARACTERS)]


class Taxonomy(Schema):
    id: str
    name: str


class HSDSSchedule(Schema):
    id: str
    location_id: str
    valid_from: datetime.date | None
    valid_to: datetime.date | None
    dtstart: datetime.date | None
    timezone: str = settings.TIME_ZONE
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
    kind: str = Field(description="branch or stop", json_schema_extra={"enum": ["branch", "stop"]})
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
    appointment_minutes: int | None = Field(
        description="The length of an appointment at this place (null: not bookable online)."
    )


class Organization(Schema):
    """The provider of a programme of another body (the centre helps people apply)."""

    id: str
    name: str
    kind: str = Field(json_schema_extra={"enum": [kind.value for kind in OrganisationKind]})
    website: str | None


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
    appointment_minutes: int | None = Field(
        description="The usual length of an appointment; a place may set its own."
    )
    service_at_locations: list[ServiceAtLocation]
    organization: Organization | None = Field(
        None,
        description="Set for a programme of another body that the centre helps people apply "
        "for (null: the centre's own service).",
    )
    eligibility_description: str = ""
    official_url: str | None = None


class OccurrenceOut(Schema):
    id: str
    location_id: str
    location_name: str
    mobile_unit: Taxonomy | None
    start: datetime.datetime
    end: datetime.datetime
    status: str = Field(
        description="scheduled or cancelled", json_schema_extra={"enum": ["scheduled", "cancelled"]}
    )
    reason: str
    capacity: int


class OccurrenceFilters(Schema):
    from_date: datetime.date = Field(
        ...,
        alias="from",
        description="First day, YYYY-MM-DD, from a year back to two years ahead.",
    )
    to_date: datetime.date = Field(
        ...,
        alias="to",
        description="Last day, YYYY-MM-DD (≤ 1 year after `from`; at most two years ahead).",
    )
    location: FilterText | None = Field(None, description="A location id, e.g. stop-12.")
    mobile_unit: int | None = Field(
        None, ge=1, le=MAX_ID, description="Only the stops of this mobile unit."
    )
    community: FilterText | None = Field(None, description="Slug of a municipal community.")
    service: int | None = Field(
        None, ge=1, le=MAX_ID, description="Only places that offer this service."
    )
    include_cancelled: bool = False


class LocationFilters(Schema):
    kind: FilterText | None = Field(
        None, description="branch or stop", json_schema_extra={"enum": ["branch", "stop"]}
    )
    community: FilterText | None = Field(None, description="Slug of a municipal community.")
