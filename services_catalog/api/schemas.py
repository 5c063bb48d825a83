"""The shapes of the catalogue API's answers (HSDS names where HSDS has the thing)."""

import datetime
from typing import Annotated

from ninja import Field, Schema
from pydantic import BeforeValidator, StringConstraints, WithJsonSchema

from services_catalog.public_ids import UUID_PATTERN

# Ids are 32-bit integers in the database; a larger number is simply unknown.
MAX_ID = 2**31 - 1
# Text a client may put in a filter: no control characters (PostgreSQL refuses
# NUL in text, and no slug or id holds any), and not more than any slug is long.
# Checked by Ninja before an operation runs (422), and published in the
# OpenAPI document as `pattern` and `maxLength`.
NO_CONTROL_CHARACTERS = r"^[^\x00-\x1f\x7f]*$"
FilterText = Annotated[str, StringConstraints(max_length=200, pattern=NO_CONTROL_CHARACTERS)]


def _number_as_text(value):
    """A JSON number (not a boolean) as its digits, so one pattern checks both forms."""
    return str(value) if type(value) is int else value


# A service's public id (UUID), or for a deprecation period its number as before
# (in a query, a path or a JSON body). One type, so a 422 names the field itself.
PublicOrLegacyId = Annotated[
    str,
    BeforeValidator(_number_as_text),
    StringConstraints(max_length=36, pattern=rf"^([0-9]{{1,18}}|{UUID_PATTERN})$"),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "uuid"},
                {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": MAX_ID,
                    "description": "Deprecated: the number used before the UUIDs.",
                },
            ]
        }
    ),
]
Uuid = Annotated[
    str,
    StringConstraints(max_length=36, pattern=rf"^{UUID_PATTERN}$"),
    Field(json_schema_extra={"format": "uuid"}),
]


class Taxonomy(Schema):
    id: str
    name: str


class OccurrenceOut(Schema):
    id: str
    location_id: str = Field(json_schema_extra={"format": "uuid"})
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
    location: FilterText | None = Field(
        None, description="A location's id (UUID; for a while also branch-3 or stop-12)."
    )
    mobile_unit: int | None = Field(
        None, ge=1, le=MAX_ID, description="Only the stops of this mobile unit."
    )
    community: FilterText | None = Field(None, description="Slug of a municipal community.")
    service: PublicOrLegacyId | None = Field(
        None, description="Only places that offer this service (its UUID; for a while its number)."
    )
    include_cancelled: bool = False


class LocationFilters(Schema):
    kind: FilterText | None = Field(
        None, description="branch or stop", json_schema_extra={"enum": ["branch", "stop"]}
    )
    community: FilterText | None = Field(None, description="Slug of a municipal community.")
