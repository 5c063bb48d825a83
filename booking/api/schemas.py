"""The shapes of the booking API's requests and answers."""

import datetime
import uuid

from django.conf import settings

from ninja import Field, Schema
from pydantic import StrictBool

from booking import reservations
from booking.choices import Status
from booking.forms import ACCESSIBILITY_MAX, NAME_MAX, NOTE_MAX
from booking.interpreter_languages import CODES as INTERPRETER_CODES
from booking.interpreter_languages import OTHER_MAX
from booking.ratelimits import RateLimitUnavailable
from portal.api_errors import InvalidInput
from services_catalog.api.schemas import FilterText, PublicOrLegacyId

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SLOT_PATTERN = r"^(branch-schedule|stop-visit)-[0-9]{1,18}@[0-9]{8}T[0-9]{4}Z$"
CONFLICT_CODES = [
    error.code
    for error in (
        reservations.SlotUnavailable,
        reservations.TooManyAppointments,
        reservations.NotBookable,
        reservations.NotCancellable,
    )
]

IDEMPOTENCY_KEY_MAX = 200
TOKEN_MAX = 100
IDEMPOTENCY_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:portal:booking:idempotency-key")


class SlotOut(Schema):
    slot: str = Field(description="Opaque: send it back unchanged to POST /api/v1/bookings.")
    start: datetime.datetime
    end: datetime.datetime
    remaining: int = Field(description="Appointments still free at this time.")
    location_id: str = Field(description="The location's UUID (as in /locations).")
    location_name: str


class AvailabilityFilters(Schema):
    service: PublicOrLegacyId = Field(
        ..., description="A bookable service's id: its UUID (for a while also its number, 18)."
    )
    location: FilterText | None = Field(
        None,
        description="A location's UUID (for a while also its former id, branch-3 or stop-12).",
    )
    from_date: datetime.date | None = Field(
        None,
        alias="from",
        description="First day, YYYY-MM-DD (default: today; at most two years ahead).",
    )
    to_date: datetime.date | None = Field(
        None, alias="to", description="Last day, YYYY-MM-DD (default: the end of the horizon)."
    )


class BookingIn(Schema):
    # The limits below are published for clients; the website's own form
    # (booking.forms.DetailsForm) checks them and names each field in a 422.
    slot: str = Field(
        description="A `slot` from GET /api/v1/availability.",
        json_schema_extra={"maxLength": 80, "pattern": SLOT_PATTERN},
    )
    service: PublicOrLegacyId = Field(
        description="The service's UUID (for a while also its number, as before)."
    )
    name: str = Field(
        description=f"Any alphabet; at most {NAME_MAX} characters.",
        json_schema_extra={"minLength": 1, "maxLength": NAME_MAX},
    )
    phone: str = Field(
        description="Greek or international (+44 7911 123456) number.",
        json_schema_extra={"minLength": 1, "maxLength": 30},
    )
    email: str | None = Field(
        None, description="Optional.", json_schema_extra={"maxLength": 254, "format": "email"}
    )
    language: str = Field(
        description="Language for contact: el, en, ar or fa.",
        json_schema_extra={"enum": LANGUAGES},
    )
    consent: StrictBool = Field(description="Must be true: the privacy notice is accepted.")
    interpreter_needed: StrictBool = False
    interpreter_language: str = Field(
        "",
        description=(
            "Required when interpreter_needed: a language code (ISO 639-1; `rom` Romani), or "
            "`other` with `interpreter_language_other`. For older clients a language's name "
            "in Greek, English, Arabic or Farsi (`Αραβικά`, `العربية`) is still accepted and "
            "stored as its code; any other text is refused (422)."
        ),
        json_schema_extra={"enum": ["", *INTERPRETER_CODES], "maxLength": 60},
    )
    interpreter_language_other: str = Field(
        "",
        description="The language, when interpreter_language is `other`.",
        json_schema_extra={"maxLength": OTHER_MAX},
    )
    accessibility_needs: str = Field(
        "",
        description=f"At most {ACCESSIBILITY_MAX} characters.",
        json_schema_extra={"maxLength": ACCESSIBILITY_MAX},
    )
    note: str = Field(
        "", description=f"At most {NOTE_MAX} characters.", json_schema_extra={"maxLength": NOTE_MAX}
    )


class Booking(Schema):
    reference: str = Field(description="Eight characters, e.g. KX47MT9A.")
    display_reference: str = Field(description="The same, as read out: KX47-MT9A.")
    status: str = Field(
        description="booked, attended, no_show or cancelled",
        json_schema_extra={"enum": [str(value) for value in Status.values]},
    )
    status_label: str
    service_id: str = Field(description="The service's UUID.")
    service_name: str
    slot: str
    start: datetime.datetime
    end: datetime.datetime
    location_id: str | None = Field(description="The location's UUID.")
    location_name: str
    language: str = Field(json_schema_extra={"enum": LANGUAGES})
    interpreter_needed: bool
    interpreter_language: str = Field(
        description="A language code, `other`, or empty when no interpreter is needed.",
        json_schema_extra={"enum": ["", *INTERPRETER_CODES]},
    )
    interpreter_language_other: str = Field(description="The language, for `other`.")


class BookingCreated(Booking):
    manage_token: str | None = Field(
        description="Private: send it as X-Manage-Token. Given once; null on a repeat."
    )
    manage_url: str | None = Field(description="The citizen's manage page; null on a repeat.")


class BookingInvalid(InvalidInput):
    """422 of POST /bookings: field errors, and a `code` for a reused Idempotency-Key."""

    code: str | None = Field(
        None,
        description="idempotency_key_reused: the key was already used for another request.",
        json_schema_extra={"enum": ["idempotency_key_reused", None]},
    )


class Conflict(Schema):
    detail: str
    code: str = Field(
        description=f"{', '.join(CONFLICT_CODES[:-1])} or {CONFLICT_CODES[-1]}",
        json_schema_extra={"enum": CONFLICT_CODES},
    )
    alternatives: list[SlotOut] = Field(description="The nearest free slots (may be empty).")


class Unavailable(Schema):
    """503: the booking could not be taken right now (for example the shared cache is down)."""

    detail: str
    code: str = Field(description=RateLimitUnavailable.code)
