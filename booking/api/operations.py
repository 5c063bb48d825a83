"""The booking API's operations: availability, bookings, one booking.

Each operation is a plain function; `register(api)` adds them to a NinjaAPI
with their paths, answers and documentation. How errors look API-wide (422,
a body that is not JSON, 413) is decided in `portal.api`: these operations
raise `HttpError` or `FieldErrors`, or answer their own documented shapes —
409 `Conflict` from a `reservations.BookingError` (its code, message and
alternatives), 429, 503.
"""

from django.http import HttpResponse
from django.utils.translation import gettext as _

from ninja import Header, Query, Status
from ninja.errors import HttpError
from ninja.pagination import paginate

from booking import reservations
from booking.choices import Channel
from booking.choices import Status as AppointmentStatus
from booking.models import Appointment
from booking.ratelimits import (
    RATE_LIMITED_TEXT,
    RETRY_AFTER_SECONDS,
    RateLimitUnavailable,
    booking_rate_limited,
)
from booking.slots import free_slots, places_for
from portal.api_errors import Error, InvalidInput, not_found
from services_catalog.api import Converted, HSDSPagination

from .requests import (
    check_booking_input,
    date_range,
    find_location,
    find_service,
    manageable,
    private,
    repeated,
)
from .schemas import (
    AvailabilityFilters,
    Booking,
    BookingCreated,
    BookingIn,
    BookingInvalid,
    Conflict,
    SlotOut,
    Unavailable,
)
from .serializers import booking_out, conflict, created_out, slot_out

AVAILABILITY_DESCRIPTION = """Free slots of a bookable service, earliest first, at every place
that offers it (or at `location`). `from` and `to` default to today and the end of the booking
horizon; the range may span at most the horizon (BOOKING_HORIZON_DAYS, 56 days by default).
Slots closer than the minimum notice or beyond the horizon are never listed.

Unknown service or location: 404. A location that does not offer the service: 400. A service
that cannot be booked online: 409. Malformed or inverted dates, a range longer than the
horizon: 422 with field errors."""

CREATE_DESCRIPTION = """Book a `slot` from GET /availability. The answers are checked by the
same rules as the website's form (`errors` names each field in 422): a name in any alphabet,
a Greek or international phone number (stored as E.164), an optional e-mail, the contact
language, and `consent: true` (missing or false: 422 on `consent`).

- 201: booked. `manage_token` is given only here: send it as `X-Manage-Token` to see or
  cancel the appointment. The citizen also gets a text message (and an e-mail, if given).
- 409 with `code`: `slot_unavailable` (the slot is full, past or gone; `alternatives` lists
  the nearest free slots), `too_many_appointments` (the phone number already holds the
  maximum of future appointments, BOOKING_MAX_ACTIVE_PER_PHONE) or `not_bookable`.
- 422: `errors` names each field that is not valid; `code: idempotency_key_reused` when
  the `Idempotency-Key` was already used for a different request.
- 429: too many attempts from this address or for this phone number; try again later.
- 503 `temporarily_unavailable`: the booking cannot be taken right now (a component such as
  the shared cache is down); nothing was booked. Retry after `Retry-After` seconds.
- 400: the body is not JSON; 413: it is larger than the upload limit (2.5 MB).

Retries: send an `Idempotency-Key` header (any printable text up to 200 characters, e.g. a
UUID). The key is bound to the request it first came with: the same key and phone number with
the same body makes one appointment, and a repeat answers 200 with that appointment and
`manage_token: null` (the token is given once); the same key with any other service, slot or
answer is refused with 422 `idempotency_key_reused`. Repeats do not count against the rate
limits."""

GET_DESCRIPTION = (
    "Needs the appointment's `X-Manage-Token`. A wrong or missing token, an unknown "
    "reference and an appointment past its manage period all answer the same 404."
)

CANCEL_DESCRIPTION = (
    "Needs the appointment's `X-Manage-Token` (else 404, as for GET). Answers 200 with "
    "the appointment, status `cancelled`; cancelling again answers the same. An "
    "appointment that has already taken place cannot be cancelled: 409 "
    "`not_cancellable`."
)


def register(api):
    """Add the booking operations to `api` (built in `portal.api`)."""
    api.get(
        "/availability",
        response={200: list[SlotOut], 400: Error, 404: Error, 409: Error, 422: InvalidInput},
        tags=["booking"],
        summary="Free slots of a service",
        description=AVAILABILITY_DESCRIPTION,
    )(availability)
    api.post(
        "/bookings",
        response={
            200: BookingCreated,
            201: BookingCreated,
            400: Error,
            409: Conflict,
            413: Error,
            422: BookingInvalid,
            429: Error,
            503: Unavailable,
        },
        tags=["booking"],
        summary="Book an appointment",
        description=CREATE_DESCRIPTION,
    )(create_booking)
    api.get(
        "/bookings/{reference}",
        response={200: Booking, 404: Error},
        tags=["booking"],
        summary="One appointment (with its manage token)",
        description=GET_DESCRIPTION,
    )(get_booking)
    api.delete(
        "/bookings/{reference}",
        response={200: Booking, 404: Error, 409: Conflict},
        tags=["booking"],
        summary="Cancel an appointment (with its manage token)",
        description=CANCEL_DESCRIPTION,
    )(cancel_booking)


@paginate(HSDSPagination)
def availability(request, filters: Query[AvailabilityFilters]):
    service = find_service(filters.service)
    if service is None:
        raise HttpError(404, not_found(_("service")))
    places = _places_asked(service, filters.location)
    if not service.bookable:
        raise HttpError(409, reservations.NotBookable().message)
    first, last = date_range(filters)
    slots = free_slots(service, places=places, start=first, end=last)
    return Converted(slots, slot_out)


def _places_asked(service, location):
    """[location] when the query names one that offers `service`, None for every place."""
    if location is None:
        return None
    place = find_location(location)
    if place is None:
        raise HttpError(404, not_found(_("location")))
    if places_for(service, [place]) == ([], []):
        raise HttpError(400, _("This service is not offered at this location."))
    return [place]


def create_booking(
    request,
    response: HttpResponse,
    body: BookingIn,
    idempotency_key: str | None = Header(None, alias="Idempotency-Key"),
):
    private(response)
    service, details, submission_id = check_booking_input(body, idempotency_key)
    if submission_id is not None:
        earlier = Appointment.objects.filter(submission_id=submission_id).first()
        if earlier is not None:
            return repeated(request, earlier, service, body.slot, details)
    refused = _over_rate_limit(request, response, details["phone"])
    if refused is not None:
        return refused
    try:
        appointment, token = reservations.book(
            service=service,
            slot_key=body.slot,
            details=details,
            channel=Channel.API,
            submission_id=submission_id,
        )
    except reservations.BookingError as error:
        return conflict(error)
    if token is None:  # the same key, booked a moment ago by a concurrent request
        return repeated(request, appointment, service, body.slot, details)
    response["Location"] = request.build_absolute_uri(
        f"{request.path.rstrip('/')}/{appointment.reference}"
    )
    return Status(201, created_out(request, appointment, token))


def _over_rate_limit(request, response, phone):
    """The 503 or 429 answer when this attempt may not be counted or goes over a limit."""
    try:
        limited = booking_rate_limited(request, phone)
    except RateLimitUnavailable as error:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return Status(503, {"detail": error.message, "code": error.code})
    if limited:
        return Status(429, {"detail": str(RATE_LIMITED_TEXT)})
    return None


def get_booking(
    request,
    response: HttpResponse,
    reference: str,
    x_manage_token: str | None = Header(None, alias="X-Manage-Token"),
):
    private(response)
    return booking_out(manageable(reference, x_manage_token))


def cancel_booking(
    request,
    response: HttpResponse,
    reference: str,
    x_manage_token: str | None = Header(None, alias="X-Manage-Token"),
):
    private(response)
    appointment = manageable(reference, x_manage_token)
    if appointment.status != AppointmentStatus.CANCELLED:
        if not appointment.is_active:
            return conflict(reservations.NotCancellable())
        reservations.cancel(appointment)
    return booking_out(appointment)
