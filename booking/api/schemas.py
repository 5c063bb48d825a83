"""The shapes of the booking API's requests and answers."""

import datetime
import re
import uuid

from ninja import Field, Schema
from pydantic import StrictBool

# Ids are 32-bit integers in the database; a larger number is simply unknown.
MAX_ID = 2**31 - 1
IDEMPOTENCY_KEY_MAX = 200
TOKEN_MAX = 100
IDEMPOTENCY_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:portal:booking:idempotency-key")
NINJA_PARSE_ERROR = "Cannot parse request body"
LOCATION_ID = re.compile(r"(branch|stop)-([0-9]{1,10})")


class SlotOut(Schema):
    slot: str = Field(description="Opaque: send it back unchanged to POST /api/v1/bookings.")
    start: datetime.datetime
    end: datetime.datetime
    remaining: int = Field(description="Appointments still free at this time.")
    location_id: str
    location_name: str


class AvailabilityFilters(Schema):
    service: int = Field(..., ge=1, le=MAX_ID, description="A bookable service's id.")
    location: str | None = Field(None, description="A location id, e.g. branch-3 or stop-12.")
    from_date: datetime.date | None = Field(
        None, alias="from", description="First day, YYYY-MM-DD (default: today)."
    )
    to_date: datetime.date | None = Field(
        None, alias="to", description="Last day, YYYY-MM-DD (default: the end of the horizon)."
    )


class BookingIn(Schema):
    slot: str = Field(description="A `slot` from GET /api/v1/availability.")
    service: int = Field(description="The service's id.")
    name: str = Field(description="Any alphabet; at most 100 characters.")
    phone: str = Field(description="Greek or international (+44 7911 123456) number.")
    email: str | None = Field(None, description="Optional.")
    language: str = Field(description="Language for contact: el, en, ar or fa.")
    consent: StrictBool = Field(description="Must be true: the privacy notice is accepted.")
    interpreter_needed: StrictBool = False
    interpreter_language: str = Field("", description="Required when interpreter_needed.")
    accessibility_needs: str = Field("", description="At most 300 characters.")
    note: str = Field("", description="At most 500 characters.")


class Booking(Schema):
    reference: str = Field(description="Eight characters, e.g. KX47MT9A.")
    display_reference: str = Field(description="The same, as read out: KX47-MT9A.")
    status: str = Field(description="booked, attended, no_show or cancelled")
    status_label: str
    service_id: str
    service_name: str
    slot: str
    start: datetime.datetime
    end: datetime.datetime
    location_id: str
    location_name: str
    language: str
    interpreter_needed: bool
    interpreter_language: str


class BookingCreated(Booking):
    manage_token: str | None = Field(
        description="Private: send it as X-Manage-Token. Given once; null on a repeat."
    )
    manage_url: str | None = Field(description="The citizen's manage page; null on a repeat.")


class Conflict(Schema):
    detail: str
    code: str = Field(
        description=(
            "slot_unavailable, too_many_appointments, not_bookable, "
            "idempotency_key_reused or not_cancellable"
        )
    )
    alternatives: list[SlotOut] = Field(description="The nearest free slots (may be empty).")


class Unavailable(Schema):
    """503: the booking could not be taken right now (for example the shared cache is down)."""

    detail: str
    code: str = Field(description="temporarily_unavailable")


class FieldErrors(Exception):
    """Invalid input found by our own checks: answered like Ninja's 422."""

    def __init__(self, errors):
        super().__init__("invalid input")
        self.errors = errors
