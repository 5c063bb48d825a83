"""Appointments and slots as the booking API's dictionaries."""

from django.urls import reverse
from django.utils import timezone, translation

from ninja import Status

from booking.slots import slot_key
from services_catalog.public_ids import location_uuid, service_uuid


def slot_out(slot):
    return {
        "slot": slot.key,
        "start": timezone.localtime(slot.start),
        "end": timezone.localtime(slot.end),
        "remaining": slot.remaining,
        "location_id": location_uuid(slot.place_id),
        "location_name": slot.place.display_name,
    }


def booking_out(appointment):
    return {
        "reference": appointment.reference,
        "display_reference": appointment.display_reference,
        "status": appointment.status,
        "status_label": str(appointment.get_status_display()),
        "service_id": service_uuid(appointment.service_id),
        "service_name": appointment.service.title,
        "slot": slot_key(appointment.window_key, appointment.start),
        "start": timezone.localtime(appointment.start),
        "end": timezone.localtime(appointment.end),
        "location_id": location_uuid(appointment.place_id) if appointment.place_id else None,
        "location_name": appointment.place_name,
        "language": appointment.language,
        "interpreter_needed": appointment.interpreter_needed,
        "interpreter_language": appointment.interpreter_language,
        "interpreter_language_other": appointment.interpreter_language_other,
    }


def created_out(request, appointment, token):
    manage_url = None
    if token:
        with translation.override(appointment.language):
            manage_url = request.build_absolute_uri(
                reverse("booking:manage", kwargs={"token": token})
            )
    return {**booking_out(appointment), "manage_token": token, "manage_url": manage_url}


def conflict(error):
    """409 from a `reservations.BookingError`: its code, message and alternatives."""
    return Status(
        409,
        {
            "detail": error.message,
            "code": error.code,
            "alternatives": [slot_out(slot) for slot in error.alternatives],
        },
    )
