"""Reading and checking what a client sends to the booking API."""

import datetime
import hmac
import uuid

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from ninja import Status
from ninja.errors import HttpError

from booking import reservations
from booking.forms import ConsentForm, DetailsForm
from booking.models import Appointment
from booking.references import hash_token, normalise_reference
from booking.slots import parse_slot_key, remembered, slot_key
from portal.api_errors import FieldErrors, not_found
from portal.dates import out_of_window_message, within_supported_window
from services_catalog import public_ids
from services_catalog.api.schemas import MAX_ID
from services_catalog.models import ServicePage
from services_catalog.places import place_exists

from .schemas import (
    IDEMPOTENCY_KEY_MAX,
    IDEMPOTENCY_NAMESPACE,
    TOKEN_MAX,
)
from .serializers import created_out


def find_service(value):
    """The live, public service a client means (its UUID or, deprecated, its number),
    or None; from memory until a page or schedule is saved (`booking.slots.remembered`):
    every booking and availability request asks."""
    pk = public_ids.service_pk(
        value, lambda: remembered(("service-pks",), lambda: list(public_ids.live_service_pks()))
    )
    if pk is None or not 1 <= pk <= MAX_ID:
        return None
    return remembered(
        ("service", pk), lambda: ServicePage.objects.live().public().filter(pk=pk).first()
    )


def find_location(value):
    """The place id ("branch-3") of the live place a client means (its UUID or,
    deprecated, its place id), or None."""
    place = public_ids.place_id(value)
    return place if place is not None and place_exists(place) else None


def date_range(filters):
    """(first, last) day of an availability query; 422 on nonsense."""
    outside = {
        name: [out_of_window_message(iso=True)]
        for name, day in (("from", filters.from_date), ("to", filters.to_date))
        if day is not None and not within_supported_window(day)
    }
    if outside:
        raise FieldErrors(outside)
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
            "interpreter_language_other": encodable(payload.interpreter_language_other),
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


def repeated(request, appointment, service, slot, details):
    """The answer to a request repeated with the same Idempotency-Key.

    The key is bound to the request it first came with, as payment APIs do:
    the same key (scoped by phone number) with the same service, slot and
    answers is a retry and gets the first appointment back (200, without the
    token); with anything else — another slot, another name, another note —
    it is a mistake of the client's, answered 422 `idempotency_key_reused`,
    never the other appointment's reference. The appointment itself holds
    every answer of the request, cleaned as the form cleans them, so
    comparing with it compares the two requests field by field.
    """
    same = (
        appointment.service_id == service.pk
        and slot_key(appointment.window_key, appointment.start) == slot
        and all(getattr(appointment, field) == value for field, value in details.items())
    )
    if not same:
        message = _("This Idempotency-Key was already used for another request.")
        return Status(
            422,
            {
                "detail": message,
                "code": "idempotency_key_reused",
                "errors": {"Idempotency-Key": [message]},
            },
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
        or not reservations.manage_link_is_valid(appointment)
    ):
        raise HttpError(404, _("No appointment with this reference and manage token."))
    return appointment


def private(response):
    response["Cache-Control"] = "private, no-store"
