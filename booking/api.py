"""Booking API: free slots, making an appointment, seeing and cancelling it.

`/api/v1/availability`, `/api/v1/bookings` and `/api/v1/bookings/{reference}`.
The same functions as the citizen's web flow do the work (`booking.slots`
for free slots, `booking.booking` to book and cancel) and the same form
(`DetailsForm`) checks the answers, so web and API share one set of rules.
`register(api)` adds the operations to a NinjaAPI built in `portal.api`.
"""

import datetime
import hmac
import re
import uuid

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ninja import Field, Header, Query, Schema, Status
from ninja.errors import HttpError
from ninja.pagination import paginate
from pydantic import StrictBool

from booking import booking as booking_service
from booking.choices import Channel
from booking.choices import Status as AppointmentStatus
from booking.forms import ConsentForm, DetailsForm
from booking.models import Appointment
from booking.ratelimits import booking_rate_limited
from booking.references import hash_token, normalise_reference
from booking.slots import free_slots, parse_slot_key, places_for, slot_key
from services_catalog.api import Error, HSDSPagination, InvalidInput
from services_catalog.models import BranchPage, ServicePage, Stop

# Ids are 32-bit integers in the database; a larger number is simply unknown.
MAX_ID = 2**31 - 1
IDEMPOTENCY_KEY_MAX = 200
TOKEN_MAX = 100
IDEMPOTENCY_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:portal:booking:idempotency-key")
NINJA_PARSE_ERROR = "Cannot parse request body"
LOCATION_ID = re.compile(r"(branch|stop)-([0-9]{1,10})")

# --- Schemas -----------------------------------------------------------------------


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


class FieldErrors(Exception):
    """Invalid input found by our own checks: answered like Ninja's 422."""

    def __init__(self, errors):
        super().__init__("invalid input")
        self.errors = errors


# --- Conversions ----------------------------------------------------------------------


def place_name(place):
    return place.name if place.kind == "stop" else place.title


def slot_out(slot):
    return {
        "slot": slot.key,
        "start": timezone.localtime(slot.start),
        "end": timezone.localtime(slot.end),
        "remaining": slot.remaining,
        "location_id": slot.place_id,
        "location_name": place_name(slot.place),
    }


def booking_out(appointment):
    return {
        "reference": appointment.reference,
        "display_reference": appointment.display_reference,
        "status": appointment.status,
        "status_label": str(appointment.get_status_display()),
        "service_id": str(appointment.service_id),
        "service_name": appointment.service.title,
        "slot": slot_key(appointment.window_key, appointment.start),
        "start": timezone.localtime(appointment.start),
        "end": timezone.localtime(appointment.end),
        "location_id": appointment.place_id,
        "location_name": place_name(appointment.place),
        "language": appointment.language,
        "interpreter_needed": appointment.interpreter_needed,
        "interpreter_language": appointment.interpreter_language,
    }


def created_out(request, appointment, token):
    manage_url = None
    if token:
        with translation.override(appointment.language):
            manage_url = request.build_absolute_uri(
                reverse("booking:manage", kwargs={"token": token})
            )
    return {**booking_out(appointment), "manage_token": token, "manage_url": manage_url}


def conflict(code, detail, alternatives=()):
    return Status(
        409,
        {
            "detail": detail,
            "code": code,
            "alternatives": [slot_out(slot) for slot in alternatives],
        },
    )


# --- Reading the request ---------------------------------------------------------------


def find_service(pk):
    if not 1 <= pk <= MAX_ID:
        return None
    return ServicePage.objects.live().public().filter(pk=pk).first()


def not_found(what):
    return _("No %(what)s with this id.") % {"what": what}


def location_exists(location):
    match = LOCATION_ID.fullmatch(location)
    if match is None or int(match[2]) > MAX_ID:
        return False
    kind, pk = match[1], int(match[2])
    if kind == "branch":
        return BranchPage.objects.live().public().filter(pk=pk).exists()
    return Stop.objects.filter(pk=pk, mobile_unit__live=True).exists()


def date_range(filters):
    """(first, last) day of an availability query; 422 on nonsense."""
    today = timezone.localdate()
    first = filters.from_date or today
    horizon = settings.BOOKING_HORIZON_DAYS
    span = datetime.timedelta(days=horizon)
    last = filters.to_date or min(first, datetime.date.max - span) + span
    if last < first:
        raise FieldErrors({"to": [_("“to” must not be before “from”.")]})
    if (last - first).days > horizon:
        raise FieldErrors(
            {"to": [_("Ask for %(days)s days at most.") % {"days": horizon}]},
        )
    return first, last


def encodable(text):
    """`text` without lone surrogates, which JSON can carry but UTF-8 cannot (nor
    the answer, when a form's message repeats the value)."""
    return text.encode("utf-8", "ignore").decode("utf-8")


def details_form(payload):
    return DetailsForm(
        data={
            "name": encodable(payload.name),
            "phone": encodable(payload.phone),
            "email": encodable(payload.email or ""),
            "language": encodable(payload.language),
            "interpreter_needed": "yes" if payload.interpreter_needed else "no",
            "interpreter_language": encodable(payload.interpreter_language),
            "accessibility_needs": encodable(payload.accessibility_needs),
            "note": encodable(payload.note),
        }
    )


def check_booking_input(payload, idempotency_key):
    """(service, details, submission_id) of a valid request; FieldErrors otherwise."""
    errors = {}
    service = find_service(payload.service)
    if service is None:
        errors["service"] = [not_found(_("service"))]
    if parse_slot_key(payload.slot) is None:
        errors["slot"] = [_("This is not a slot from the list of free times. Ask for it again.")]
    form = details_form(payload)
    if not form.is_valid():
        for field, messages in form.errors.items():
            errors[field] = [str(message) for message in messages]
    consent = ConsentForm(data={"consent": "on"} if payload.consent else {})
    if not consent.is_valid():
        errors["consent"] = [str(message) for message in consent.errors["consent"]]
    if idempotency_key is not None and not (
        0 < len(idempotency_key) <= IDEMPOTENCY_KEY_MAX and idempotency_key.isprintable()
    ):
        errors["Idempotency-Key"] = [
            _("Send at most %(count)s printable characters.") % {"count": IDEMPOTENCY_KEY_MAX}
        ]
    if errors:
        raise FieldErrors(errors)
    details = form.details()
    submission_id = None
    if idempotency_key is not None:
        # Scoped by phone: two clients that happen to pick the same key never
        # see each other's appointment.
        submission_id = uuid.uuid5(IDEMPOTENCY_NAMESPACE, f"{details['phone']}\n{idempotency_key}")
    return service, details, submission_id


def repeated(request, appointment, service, slot):
    """The answer to a request repeated with the same Idempotency-Key."""
    same = appointment.service_id == service.pk and (
        slot_key(appointment.window_key, appointment.start) == slot
    )
    if not same:
        return conflict(
            "idempotency_key_reused",
            _("This Idempotency-Key was already used for another appointment."),
        )
    return Status(200, created_out(request, appointment, None))


def manageable(reference, token):
    """The appointment `reference` names, if `token` is its manage token; else 404."""
    token_hash = hash_token((token or "")[:TOKEN_MAX])
    reference = normalise_reference(reference[:40])
    appointment = None
    if reference and token and len(token) <= TOKEN_MAX:
        appointment = (
            Appointment.objects.select_related("service", "branch", "stop")
            .filter(reference=reference)
            .first()
        )
    if (
        appointment is None
        or not hmac.compare_digest(appointment.manage_token_hash, token_hash)
        or not booking_service.manage_link_is_valid(appointment)
    ):
        raise HttpError(404, _("No appointment with this reference and manage token."))
    return appointment


def rate_limited_message():
    """The words of the website's own "try again later" page."""
    return _(
        "We have received many booking requests from this phone number or this connection. "
        "Please try again later, or call us: we will book the appointment with you."
    )


def private(response):
    response["Cache-Control"] = "private, no-store"


# --- Operations --------------------------------------------------------------------------

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
  maximum of future appointments, BOOKING_MAX_ACTIVE_PER_PHONE), `not_bookable`, or
  `idempotency_key_reused`.
- 429: too many attempts from this address or for this phone number; try again later.
- 400: the body is not JSON; 413: it is larger than the upload limit (2.5 MB).

Retries: send an `Idempotency-Key` header (any printable text up to 200 characters, e.g. a
UUID). The same key with the same phone number makes one appointment: a repeated request
answers 200 with that appointment and `manage_token: null` (the token is given once), or 409
`idempotency_key_reused` when the service or slot differs. Repeats do not count against the
rate limits."""


def register(api):
    @api.exception_handler(FieldErrors)
    def field_errors(request, exc):
        return api.create_response(
            request, {"detail": _("Some values are not valid."), "errors": exc.errors}, status=422
        )

    # Bodies reach the API only here: a body that is not JSON, or too large for
    # DATA_UPLOAD_MAX_MEMORY_SIZE, is answered in JSON and translated as well.
    @api.exception_handler(HttpError)
    def http_error(request, exc):
        detail = str(exc)
        if detail.startswith(NINJA_PARSE_ERROR):
            detail = _("The request body is not valid JSON.")
        return api.create_response(request, {"detail": detail}, status=exc.status_code)

    @api.exception_handler(RequestDataTooBig)
    def too_big(request, exc):
        return api.create_response(request, {"detail": _("The request is too large.")}, status=413)

    @api.get(
        "/availability",
        response={200: list[SlotOut], 400: Error, 404: Error, 409: Error, 422: InvalidInput},
        tags=["booking"],
        summary="Free slots of a service",
        description=AVAILABILITY_DESCRIPTION,
    )
    @paginate(HSDSPagination)
    def availability(request, filters: Query[AvailabilityFilters]):
        service = find_service(filters.service)
        if service is None:
            raise HttpError(404, not_found(_("service")))
        places = None
        if filters.location is not None:
            if not location_exists(filters.location):
                raise HttpError(404, not_found(_("location")))
            if places_for(service, [filters.location]) == ([], []):
                raise HttpError(400, _("This service is not offered at this location."))
            places = [filters.location]
        if not service.bookable:
            raise HttpError(409, _("This service cannot be booked online at the moment."))
        first, last = date_range(filters)
        slots = free_slots(service, places=places, start=first, end=last)
        return [slot_out(slot) for slot in slots]

    @api.post(
        "/bookings",
        response={
            200: BookingCreated,
            201: BookingCreated,
            400: Error,
            409: Conflict,
            413: Error,
            422: InvalidInput,
            429: Error,
        },
        tags=["booking"],
        summary="Book an appointment",
        description=CREATE_DESCRIPTION,
    )
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
                return repeated(request, earlier, service, body.slot)
        if booking_rate_limited(request, details["phone"]):
            return Status(429, {"detail": rate_limited_message()})
        try:
            appointment, token = booking_service.book(
                service=service,
                slot_key=body.slot,
                details=details,
                channel=Channel.API,
                submission_id=submission_id,
            )
        except booking_service.SlotUnavailable as error:
            return conflict(
                "slot_unavailable",
                _("That time is no longer free. Please choose another one."),
                error.alternatives,
            )
        except booking_service.TooManyAppointments:
            return conflict(
                "too_many_appointments",
                _(
                    "This phone number already has %(count)s appointments booked. "
                    "Please cancel one first, or call us."
                )
                % {"count": settings.BOOKING_MAX_ACTIVE_PER_PHONE},
            )
        except booking_service.NotBookable:
            return conflict(
                "not_bookable", _("This service cannot be booked online at the moment.")
            )
        if token is None:  # the same key, booked a moment ago by a concurrent request
            return repeated(request, appointment, service, body.slot)
        response["Location"] = request.build_absolute_uri(
            f"{request.path.rstrip('/')}/{appointment.reference}"
        )
        return Status(201, created_out(request, appointment, token))

    @api.get(
        "/bookings/{reference}",
        response={200: Booking, 404: Error},
        tags=["booking"],
        summary="One appointment (with its manage token)",
        description=(
            "Needs the appointment's `X-Manage-Token`. A wrong or missing token, an unknown "
            "reference and an appointment past its manage period all answer the same 404."
        ),
    )
    def get_booking(
        request,
        response: HttpResponse,
        reference: str,
        x_manage_token: str | None = Header(None, alias="X-Manage-Token"),
    ):
        private(response)
        return booking_out(manageable(reference, x_manage_token))

    @api.delete(
        "/bookings/{reference}",
        response={200: Booking, 404: Error, 409: Conflict},
        tags=["booking"],
        summary="Cancel an appointment (with its manage token)",
        description=(
            "Needs the appointment's `X-Manage-Token` (else 404, as for GET). Answers 200 with "
            "the appointment, status `cancelled`; cancelling again answers the same. An "
            "appointment that has already taken place cannot be cancelled: 409 "
            "`not_cancellable`."
        ),
    )
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
                return conflict(
                    "not_cancellable", _("This appointment can no longer be cancelled.")
                )
            booking_service.cancel(appointment)
        return booking_out(appointment)
