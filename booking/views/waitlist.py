"""The citizen's waiting-list pages: join, answer an offer, leave.

- `join` (`/<lang>/booking/waitlist/?service=…&place=…`): linked from the
  time step when nothing is free; one short form (name, phone, optional
  e-mail, language, agreement). The entry is stored, then the message with
  the private leave link is sent (booking.waitlist_tasks); the page shows the
  link once as well.
- `offer` (`…/waitlist/offer/<token>/`): the freed time, with "Book it" (a
  POST). The first to confirm gets it (booking.waitlist.confirm, through
  reservations.book); the others read that it was taken and that they stay
  on the list — an answer, never an error.
- `leave` (`…/waitlist/leave/<token>/`): asks, then takes the entry off.

Every answer is `no-store`; bad input is answered with a message on the
page it came from, answers kept.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from booking import citizen_session, reservations, waitlist, waitlist_tasks
from booking.choices import OfferStatus
from booking.forms import WaitlistForm
from booking.ratelimits import RATE_LIMITED_TEXT, RateLimitUnavailable, booking_rate_limited
from booking.slots import free_slots, parse_slot_key
from booking.views.flow import get_service, url
from portal.privacy import private_response, secret_response
from services_catalog.places import load_place, place_of_window

TEMPLATE = "booking/waitlist/{}.html"


@require_http_methods(["GET", "POST"])
def join(request):
    """Join the list for a service at a place that has no free time."""
    service = get_service(request.GET.get("service"))
    place_id = request.GET.get("place", "")
    if service is None:
        messages.error(request, waitlist.NotOffered().message)
        return private_response(redirect(url("start")))
    if not waitlist.pair_is_offered(service, place_id):
        messages.error(request, waitlist.NotOffered().message)
        return private_response(redirect(url("place", service=service.pk)))
    if free_slots(service, places=[place_id]):
        messages.info(request, waitlist.HasFreeTimes().message)
        return private_response(redirect(url("time", service=service.pk, place=place_id)))
    place = load_place(place_id)
    form = WaitlistForm(
        request.POST if request.method == "POST" else None,
        initial={"language": request.LANGUAGE_CODE},
    )
    status = 200
    if request.method == "POST" and form.is_spam:
        return private_response(redirect(url("start")))
    if request.method == "POST" and form.is_valid():
        try:
            limited = booking_rate_limited(request, form.cleaned_data["phone"])
        except RateLimitUnavailable as error:
            form.add_error(None, error.message)
            limited, status = None, 503
        if limited:
            form.add_error(None, RATE_LIMITED_TEXT)
            status = 429
        elif limited is False:
            return _joined(request, service, place_id, place, form)
    context = {
        "service": service,
        "place": place,
        "form": form,
        "back_url": url("time", service=service.pk, place=place_id),
    }
    return private_response(render(request, TEMPLATE.format("join"), context, status=status))


def _joined(request, service, place_id, place, form):
    try:
        entry, token = waitlist.join(service=service, place_id=place_id, details=form.details())
    except waitlist.HasFreeTimes as error:
        messages.info(request, error.message)
        return private_response(redirect(url("time", service=service.pk, place=place_id)))
    except waitlist.NotOffered as error:
        messages.error(request, error.message)
        return private_response(redirect(url("place", service=service.pk)))
    if token:
        waitlist_tasks.send_joined.enqueue(entry.pk, token)
    leave_url = (
        request.build_absolute_uri(reverse("booking:waitlist-leave", kwargs={"token": token}))
        if token
        else ""
    )
    context = {"service": service, "place": place, "leave_url": leave_url, "already": not token}
    return secret_response(render(request, TEMPLATE.format("joined"), context))


@require_http_methods(["GET", "POST"])
def offer(request, token):
    """A freed time offered by message: see it, book it with one press."""
    found = waitlist.offer_for_token(token)
    if found is None:
        return _link_not_working(request)
    entry = found.entry
    place = _place_of(found)
    if found.status == OfferStatus.BOOKED and (
        request.method == "GET" or citizen_session.just_booked(request) != entry.appointment_id
    ):
        # Booked already (from this link, maybe in another browser): no details shown again.
        return _answer(request, waitlist.AlreadyBooked(), found, place, status=200)
    if request.method == "POST":
        try:
            appointment, manage_token = waitlist.confirm(found)
        except waitlist.OfferTaken as error:
            return _answer(request, error, found, place, status=409)
        except waitlist.WaitlistError as error:
            return _answer(request, error, found, place, status=410)
        except reservations.BookingError as error:
            return _answer(request, error, found, place, status=409)
        citizen_session.end_flow(request)
        citizen_session.remember_booked(request, appointment, manage_token)
        return private_response(redirect("booking:done"))
    try:
        waitlist.check_offer(found)
    except waitlist.WaitlistError as error:
        status = 409 if isinstance(error, waitlist.OfferTaken) else 410
        return _answer(request, error, found, place, status=status)
    context = {
        "offer": found,
        "service": entry.service,
        "place": place,
        "slot": {"start": found.start},
    }
    return private_response(render(request, TEMPLATE.format("offer"), context))


def _place_of(found):
    parsed = parse_slot_key(found.slot_key)
    return (place_of_window(parsed[0]) if parsed else None) or load_place(found.entry.place_id)


def _answer(request, error, found, place, *, status):
    """The page that says why the offer cannot be booked, and what happens next."""
    taken_or_over = isinstance(error, waitlist.OfferTaken | waitlist.OfferExpired)
    context = {
        "message": error.message,
        "service": found.entry.service,
        "place": place,
        "still_waiting": taken_or_over,
    }
    return private_response(render(request, TEMPLATE.format("answer"), context, status=status))


def _link_not_working(request):
    return private_response(render(request, TEMPLATE.format("link"), {}, status=404))


@require_http_methods(["GET", "POST"])
def leave(request, token):
    """Leave the list from the private link: asks first, then leaves (a POST)."""
    entry = waitlist.entry_for_token(token)
    if entry is None:
        return _link_not_working(request)
    place = load_place(entry.place_id)
    if request.method == "POST":
        waitlist.leave(entry)
        return private_response(
            render(request, TEMPLATE.format("left"), {"service": entry.service, "place": place})
        )
    return private_response(
        render(request, TEMPLATE.format("leave"), {"service": entry.service, "place": place})
    )
