"""The private manage link: see, cancel or move an appointment.

The token in the address is compared by its hash; a wrong, expired or
anonymised one gets a plain 404 that says nothing about whether an
appointment exists.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from booking import booking as booking_service
from booking.models import Appointment
from booking.references import hash_token
from booking.slots import free_slots
from booking.views.confirmation import calendar_response
from booking.views.flow import DAYS_PER_PAGE


def _appointment(token):
    if not token or len(token) > 100:
        raise Http404
    appointment = (
        Appointment.objects.select_related("service", "branch", "stop__mobile_unit")
        .filter(manage_token_hash=hash_token(token))
        .first()
    )
    if appointment is None or not booking_service.manage_link_is_valid(appointment):
        raise Http404
    return appointment


@require_http_methods(["GET", "POST"])
def manage(request, token):
    appointment = _appointment(token)
    if request.method == "POST" and request.POST.get("action") == "cancel":
        if booking_service.cancel(appointment):
            messages.success(request, _("Your appointment is cancelled. Thank you for telling us."))
        return redirect("booking:manage", token=token)
    return render(
        request,
        "booking/manage.html",
        {
            "appointment": appointment,
            "token": token,
            "can_change": appointment.is_active,
        },
    )


@require_http_methods(["GET", "POST"])
def move(request, token):
    """Choose another free time for the same service and place (or another place)."""
    appointment = _appointment(token)
    if not appointment.is_active:
        return redirect("booking:manage", token=token)
    if request.method == "POST":
        try:
            booking_service.reschedule(appointment, request.POST.get("slot", ""))
        except booking_service.SlotUnavailable:
            messages.error(
                request, _("Sorry, that time is no longer free. Please choose another one.")
            )
            return redirect("booking:move", token=token)
        except booking_service.NotBookable:
            return redirect("booking:manage", token=token)
        messages.success(request, _("Your appointment has been moved."))
        return redirect("booking:manage", token=token)
    slots = [
        slot
        for slot in free_slots(
            appointment.service, places=[appointment.place_id], exclude_appointment=appointment
        )
        if slot.start != appointment.start
    ]
    days = []
    for slot in slots:
        if not days or days[-1]["date"] != slot.date:
            days.append({"date": slot.date, "slots": []})
        days[-1]["slots"].append(slot)
    return render(
        request,
        "booking/move.html",
        {"appointment": appointment, "token": token, "days": days[: DAYS_PER_PAGE * 2]},
    )


@require_http_methods(["GET"])
def manage_calendar(request, token):
    appointment = _appointment(token)
    return calendar_response(
        appointment, request.build_absolute_uri(reverse("booking:manage", kwargs={"token": token}))
    )
