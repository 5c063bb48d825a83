"""The confirmation page of the booking flow and the "add to calendar" files.

The confirmation shows the private manage link once, right after booking:
the token then leaves the session (`booking.citizen_session`). Shown again
(a reload, or someone else at the same computer later that day), the page
gives the reference, time and place and says the link went out by text
message, so an old session never reveals a working link.

It is also where every step of a finished flow leads (the Back button
after confirming): "Book another appointment" is the way to start again.
For a landline, which gets no text message, it says so beside the reference.
"""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from booking import citizen_session
from booking.ics import appointment_calendar
from booking.models import Appointment
from booking.phones import takes_text_messages
from booking.views.flow import url
from portal.privacy import private_response, secret_response


@require_http_methods(["GET"])
def done(request):
    """The confirmation: reference, when, where (with a map link), what to bring, links."""
    appointment = _just_booked(request)
    if appointment is None:
        # (Forgotten too when it no longer exists, or step 1 would send the citizen back here.)
        citizen_session.forget_booked(request)
        return redirect(url("start"))
    token = citizen_session.take_token(request)
    manage_url = (
        request.build_absolute_uri(reverse("booking:manage", kwargs={"token": token}))
        if token
        else ""
    )
    return secret_response(
        render(
            request,
            "booking/done.html",
            {
                "appointment": appointment,
                "manage_url": manage_url,
                "calendar_url": reverse("booking:done-calendar"),
                "landline": not takes_text_messages(appointment.phone),
                "book_another_url": reverse("booking:new"),
            },
        )
    )


def _just_booked(request):
    pk = citizen_session.just_booked(request)
    if pk is None:
        return None
    return (
        Appointment.objects.select_related("service", "branch", "stop__mobile_unit")
        .filter(pk=pk)
        .first()
    )


@require_http_methods(["GET"])
def done_calendar(request):
    """The calendar file of the appointment just booked: reference and place, no link
    (the link with its token is in the text message and e-mail only)."""
    appointment = _just_booked(request)
    if appointment is None:
        raise Http404
    return calendar_response(appointment)


def calendar_response(appointment, manage_url=""):
    response = HttpResponse(
        appointment_calendar(appointment, manage_url=manage_url),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="appointment-{appointment.reference}.ics"'
    )
    return private_response(response)
