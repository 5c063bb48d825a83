"""The confirmation page of the booking flow and the "add to calendar" files."""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from booking.ics import appointment_calendar
from booking.models import Appointment
from booking.views.flow import DONE_KEY, url


@require_http_methods(["GET"])
def done(request):
    """The confirmation: reference, when, where (with a map link), what to bring, links."""
    appointment, token = _just_booked(request)
    if appointment is None:
        return redirect(url("start"))
    return render(
        request,
        "booking/done.html",
        {
            "appointment": appointment,
            "manage_url": request.build_absolute_uri(
                reverse("booking:manage", kwargs={"token": token})
            ),
            "calendar_url": reverse("booking:done-calendar"),
        },
    )


def _just_booked(request):
    done_state = request.session.get(DONE_KEY) or {}
    appointment = (
        Appointment.objects.select_related("service", "branch", "stop__mobile_unit")
        .filter(pk=done_state.get("appointment"))
        .first()
    )
    return appointment, done_state.get("token")


@require_http_methods(["GET"])
def done_calendar(request):
    appointment, token = _just_booked(request)
    if appointment is None:
        raise Http404
    manage = request.build_absolute_uri(reverse("booking:manage", kwargs={"token": token}))
    return calendar_response(appointment, manage)


def calendar_response(appointment, manage_url):
    response = HttpResponse(
        appointment_calendar(appointment, manage_url=manage_url),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="appointment-{appointment.reference}.ics"'
    )
    response["Cache-Control"] = "private, no-store"
    return response
