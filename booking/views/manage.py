"""The private manage link: see, cancel or move an appointment.

The link in the text message, e-mail and calendar file carries a token
(`/el/booking/manage/<token>/`). Opening it exchanges the token for a grant
in the browser's session and redirects to a token-free address
(`/el/booking/appointment/<reference>/`), as Django's password-reset
confirmation does, so the token appears in one request only: not in the
address bar, the history, nor the Referer of the page's images and
stylesheets. The token-free pages work only with the grant.

A token is compared by its hash; a wrong, expired or anonymised one, and a
reference without a grant, all get the same plain 404 that says nothing
about whether an appointment exists.

Moving takes two steps, never one tap: the list of free times links to a
confirmation that shows the appointment's time now beside the new one, with
"Yes, move it" and "Keep my appointment". After a cancellation the page
offers to book again, the same service at the same place.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from booking import citizen_session, reservations
from booking.choices import Status
from booking.models import Appointment
from booking.references import hash_token, normalise_reference
from booking.slots import find_slot, free_slots
from booking.views.confirmation import calendar_response
from booking.views.flow import DAYS_PER_PAGE, url
from portal.privacy import private_response, secret, secret_response

TOKEN_MAX = 100
# Where a token link's sub-address leads once exchanged (old links to the
# move page or the calendar file keep working).
THEN = {"": "booking:appointment", "move": "booking:move", "ics": "booking:manage-calendar"}
# The nearest free times offered when the chosen one was taken (shown once).
ALTERNATIVES = "booking_move_alternatives"


class LinkNeeded(Exception):
    """No appointment this browser may see under this address."""


def _appointments():
    return Appointment.objects.select_related("service", "branch", "stop__mobile_unit")


def _link_needed(request):
    return secret_response(render(request, "booking/link_needed.html", status=404))


@secret
@require_http_methods(["GET", "HEAD"])
def exchange_token(request, token, then=""):
    """The private link itself: check the token, grant this session, leave the token behind."""
    appointment = None
    if token and len(token) <= TOKEN_MAX:
        appointment = _appointments().filter(manage_token_hash=hash_token(token)).first()
    if appointment is None or not reservations.manage_link_is_valid(appointment):
        return _link_needed(request)
    citizen_session.grant(request, appointment)
    return redirect(THEN[then], reference=appointment.reference)


def _granted(request, reference):
    reference = normalise_reference(reference)
    appointment = _appointments().filter(reference=reference).first() if reference else None
    if (
        appointment is None
        or not citizen_session.is_granted(request, appointment)
        or not reservations.manage_link_is_valid(appointment)
    ):
        raise LinkNeeded
    return appointment


def granted_only(view):
    """The token-free pages: only with a grant in the session, otherwise the plain 404."""

    def wrapper(request, reference):
        try:
            appointment = _granted(request, reference)
        except LinkNeeded:
            return _link_needed(request)
        return private_response(view(request, appointment))

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


@require_http_methods(["GET", "POST"])
@granted_only
def manage(request, appointment):
    if request.method == "POST" and request.POST.get("action") == "cancel":
        if reservations.cancel(appointment):
            messages.success(request, _("Your appointment is cancelled. Thank you for telling us."))
        return redirect("booking:appointment", reference=appointment.reference)
    return render(
        request,
        "booking/manage.html",
        {
            "appointment": appointment,
            "can_change": appointment.is_active,
            "book_again_url": url("new", service=appointment.service_id, place=appointment.place_id)
            if appointment.status == Status.CANCELLED
            else None,
        },
    )


@require_http_methods(["GET", "POST"])
@granted_only
def move(request, appointment):
    """Choose another free time for the same service and place (or another place)."""
    here = reverse("booking:appointment", kwargs={"reference": appointment.reference})
    if not appointment.is_active:
        return redirect(here)
    if request.method == "POST":
        # A time chosen on an older page (a form per time): confirm it first.
        return redirect(_confirm_url(appointment, request.POST.get("slot", "")))
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
    offered = request.session.pop(ALTERNATIVES, None) or []
    return render(
        request,
        "booking/move.html",
        {
            "appointment": appointment,
            "days": days[: DAYS_PER_PAGE * 2],
            "alternatives": [slot for slot in slots if slot.key in offered],
        },
    )


def _confirm_url(appointment, slot_key):
    path = reverse("booking:move-confirm", kwargs={"reference": appointment.reference})
    return f"{path}?{urlencode({'slot': slot_key})}"


@require_http_methods(["GET", "POST"])
@granted_only
def confirm_move(request, appointment):
    """The time now and the new one side by side: "Yes, move it" or "Keep my appointment"."""
    here = reverse("booking:appointment", kwargs={"reference": appointment.reference})
    if not appointment.is_active:
        return redirect(here)
    slot_key = (request.POST if request.method == "POST" else request.GET).get("slot", "")
    if request.method == "POST":
        try:
            reservations.reschedule(appointment, slot_key)
        except reservations.SlotUnavailable as error:
            return _taken(request, appointment, error)
        except reservations.NotBookable:
            return redirect(here)
        messages.success(request, _("Your appointment has been moved."))
        return redirect(here)
    slot = find_slot(appointment.service, slot_key, exclude_appointment=appointment)
    if slot is None or slot.start == appointment.start:
        return _taken(
            request, appointment, reservations.slot_unavailable(appointment.service, slot_key)
        )
    return render(
        request,
        "booking/move_confirm.html",
        {"appointment": appointment, "slot": slot, "keep_url": here},
    )


def _taken(request, appointment, error):
    """Back to the list of times, with the nearest free ones first."""
    request.session[ALTERNATIVES] = [slot.key for slot in error.alternatives]
    messages.error(request, error.message)
    return redirect("booking:move", reference=appointment.reference)


@require_http_methods(["GET"])
@granted_only
def manage_calendar(request, appointment):
    """The appointment as a calendar file; without the private link, which this page
    no longer knows (the link is in the text message and e-mail)."""
    return calendar_response(appointment)
