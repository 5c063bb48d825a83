"""The citizen's booking flow: one question per step, no account, no JavaScript.

service → place → day and time → details → agreement → check → confirm.

The first three answers travel in the address (`?service=…&place=…&slot=…`),
so the browser's back button, bookmarks and links from service pages and
the calendar all work; personal details never do: they are kept in the
session until the appointment is made, for a few hours at most
(`booking.citizen_session`). Every step checks what it receives
and sends the citizen back to the step that needs answering again, with a
message, instead of failing.

Once the appointment is made the flow is *finished*: every step, and the
browser's Back button onto any of them, shows the confirmation instead, with
"book another appointment" (`new_flow`) as the one way to start again. Every
step's answer carries `Cache-Control: no-store`, so a Back press asks the
server again rather than showing a stale form. From the check page each
answer has its own "Change" link (`?return=review`): the step it leads to
comes back to the check page, not through every step after it.
"""

import uuid
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from booking import citizen_session, interpreter_languages, reservations
from booking.forms import ConsentForm, DetailsForm
from booking.phones import display_phone, takes_text_messages
from booking.ratelimits import (
    RATE_LIMITED_TEXT,
    RETRY_AFTER_SECONDS,
    RateLimitUnavailable,
    booking_rate_limited,
)
from booking.slots import find_slot, free_slots, places_for
from portal.models import SiteSettings
from portal.parsing import parse_id
from portal.privacy import private_response
from services_catalog.models import BranchPage, ServicePage, Stop
from services_catalog.places import load_place

# Lazy: the labels are translated when a page shows them, in its language.
STEPS = [
    ("service", gettext_lazy("Service")),
    ("place", gettext_lazy("Place")),
    ("time", gettext_lazy("Day and time")),
    ("details", gettext_lazy("Your details")),
    ("consent", gettext_lazy("Agreement")),
    ("review", gettext_lazy("Check and confirm")),
]


def step_context(current):
    names = [name for name, _label in STEPS]
    index = names.index(current)
    return {
        "steps": [
            {"name": name, "label": label, "number": i + 1, "state": _state(i, index)}
            for i, (name, label) in enumerate(STEPS)
        ],
        "step_number": index + 1,
        "step_count": len(STEPS),
    }


def _state(i, current):
    return "done" if i < current else "current" if i == current else "todo"


def url(name, **params):
    query = {key: value for key, value in params.items() if value not in (None, "")}
    return reverse(f"booking:{name}") + (f"?{urlencode(query)}" if query else "")


# `?return=review`: a step opened from a "Change" link of the check page.
RETURN = "return"
TO_REVIEW = "review"


def returning(request):
    """Whether this step was opened from the check page, with answers to go back to."""
    if request.GET.get(RETURN) != TO_REVIEW:
        return False
    state = citizen_session.load_flow(request)
    return bool(state.get("details") and state.get("consent"))


def step(view):
    """A step of the flow: never stored by the browser, and once the appointment is
    made, the confirmation instead (until the citizen starts a new booking)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if citizen_session.finished_flow(request) is not None:
            messages.info(
                request,
                _(
                    "This appointment is already booked. To book another one, "
                    "choose “Book another appointment”."
                ),
            )
            return private_response(redirect("booking:done"))
        return private_response(view(request, *args, **kwargs))

    return wrapper


@require_http_methods(["GET"])
def new_flow(request):
    """ "Book another appointment": open the steps again, with the service and place
    already chosen when the link gives them (after a cancellation)."""
    citizen_session.start_new_flow(request)
    citizen_session.end_flow(request)
    return private_response(
        redirect(url("start", service=request.GET.get("service"), place=request.GET.get("place")))
    )


# --- Reading what the address carries --------------------------------------------


def bookable_services():
    return ServicePage.objects.live().public().filter(bookable=True).order_by("title")


def get_service(value):
    pk = parse_id(value)
    return bookable_services().filter(pk=pk).first() if pk else None


def place_offers(service, place_id):
    branches, stops = places_for(service, [place_id])
    return bool(branches or stops)


# --- Steps ---------------------------------------------------------------------------


@step
@require_http_methods(["GET"])
def start(request):
    """Step 1: which service. Links may preselect the service and the place."""
    service = get_service(request.GET.get("service"))
    place = request.GET.get("place")
    back = TO_REVIEW if returning(request) else None
    if service is not None:
        if place and place_offers(service, place):
            return redirect(url("time", service=service.pk, place=place, **{RETURN: back}))
        return redirect(url("place", service=service.pk, place=place, **{RETURN: back}))
    if request.GET.get("service"):
        messages.error(
            request, _("This service cannot be booked online. Please choose another one.")
        )
    services = list(bookable_services().select_related("category"))
    if place and load_place(place) is not None:
        # Coming from a branch or stop page: only what is offered there.
        services = [service for service in services if place_offers(service, place)]
    else:
        place = None
    return render(
        request,
        "booking/start.html",
        {
            **step_context("service"),
            "services": services,
            "place": place,
            "return_query": f"&{RETURN}={TO_REVIEW}" if back else "",
            "back_url": reverse("booking:review") if back else None,
        },
    )


@step
@require_http_methods(["GET"])
def choose_place(request):
    """Step 2: where, grouped by municipal community, with the next free time."""
    service = get_service(request.GET.get("service"))
    if service is None:
        return redirect(url("start"))
    slots = free_slots(service)
    first_free = {}
    for slot in slots:
        first_free.setdefault(slot.place_id, slot)
    branch_ids, stop_ids = places_for(service)
    places = list(BranchPage.objects.filter(pk__in=branch_ids).select_related("community"))
    places += list(Stop.objects.filter(pk__in=stop_ids).select_related("community", "mobile_unit"))
    groups = {}
    for place in places:
        groups.setdefault(place.community, []).append(
            {"place": place, "next": first_free.get(place.place_id)}
        )
    grouped = sorted(groups.items(), key=lambda item: (item[0].sort_order, item[0].slug))
    for _community, entries in grouped:
        entries.sort(key=lambda e: (e["next"] is None, e["next"].start if e["next"] else None))
    return render(
        request,
        "booking/place.html",
        {
            **step_context("place"),
            "service": service,
            "groups": grouped,
            "chosen": request.GET.get("place"),
            "return_query": f"&{RETURN}={TO_REVIEW}" if returning(request) else "",
            "back_url": reverse("booking:review") if returning(request) else url("start"),
        },
    )


DAYS_PER_PAGE = 7


@step
@require_http_methods(["GET"])
def choose_time(request):
    """Step 3: a day and a time; only free slots; the earliest suggested first."""
    service = get_service(request.GET.get("service"))
    if service is None:
        return redirect(url("start"))
    place_id = request.GET.get("place", "")
    place = load_place(place_id)
    if place is None or not place_offers(service, place_id):
        messages.error(request, _("Please choose a place again."))
        return redirect(url("place", service=service.pk))
    slots = free_slots(service, places=[place_id])
    days = []
    for slot in slots:
        if not days or days[-1]["date"] != slot.date:
            days.append({"date": slot.date, "slots": []})
        days[-1]["slots"].append(slot)
    page = _page_number(request.GET.get("page"))
    shown = days[(page - 1) * DAYS_PER_PAGE : page * DAYS_PER_PAGE]
    back = TO_REVIEW if returning(request) else None
    return render(
        request,
        "booking/time.html",
        {
            **step_context("time"),
            "service": service,
            "place": place,
            "place_id": place_id,
            "earliest": slots[0] if slots else None,
            "days": shown,
            "page": page,
            "previous_url": url(
                "time", service=service.pk, place=place_id, page=page - 1, **{RETURN: back}
            )
            if page > 1
            else None,
            "next_url": url(
                "time", service=service.pk, place=place_id, page=page + 1, **{RETURN: back}
            )
            if page * DAYS_PER_PAGE < len(days)
            else None,
            "return_query": f"&{RETURN}={TO_REVIEW}" if back else "",
            "back_url": reverse("booking:review")
            if back
            else url("place", service=service.pk, place=place_id),
            "alternatives": _alternatives(request, slots),
        },
    )


def _alternatives(request, slots):
    """The nearest free times saved when the chosen one was taken (shown once)."""
    keys = request.session.pop("booking_alternatives", None) or []
    return [slot for slot in slots if slot.key in keys]


def _page_number(value):
    number = parse_id(value)
    return number if number is not None and number < 100 else 1


@step
@require_http_methods(["GET", "POST"])
def details(request):
    """Step 4: name, phone, optional e-mail, language, interpreter, needs, note."""
    service = get_service(request.GET.get("service"))
    place_id = request.GET.get("place", "")
    slot_key = request.GET.get("slot", "")
    if service is None:
        return redirect(url("start"))
    slot = find_slot(service, slot_key)
    if slot is None or slot.place_id != place_id:
        messages.error(request, reservations.SlotUnavailable().message)
        return redirect(url("time", service=service.pk, place=place_id))
    state = citizen_session.load_flow(request)
    back = returning(request)
    chosen = {"service": service.pk, "place": place_id, "slot": slot_key}
    if back and request.method == "GET" and any(state.get(k) != v for k, v in chosen.items()):
        # Another service, place or time chosen from the check page: the details
        # and the agreement still stand; straight back to the check page.
        citizen_session.save_flow(request, {**state, **chosen})
        return redirect("booking:review")
    if request.method == "POST":
        form = DetailsForm(request.POST)
        if form.is_spam:
            return redirect(url("start"))
        if form.is_valid():
            citizen_session.save_flow(
                request,
                {
                    **chosen,
                    "details": form.details(),
                    "submission_id": state.get("submission_id") or str(uuid.uuid4()),
                    # Changing a detail keeps the agreement given for it.
                    **({"consent": True} if back else {}),
                },
            )
            return redirect("booking:review" if back else "booking:consent")
    else:
        initial = dict(state.get("details") or {})
        initial.setdefault("language", request.LANGUAGE_CODE)
        if "interpreter_needed" in initial:
            initial["interpreter_needed"] = "yes" if initial["interpreter_needed"] else "no"
        form = DetailsForm(initial=initial)
    return render(
        request,
        "booking/details.html",
        {
            **step_context("details"),
            "service": service,
            "slot": slot,
            "form": form,
            "back_url": reverse("booking:review")
            if back
            else url("time", service=service.pk, place=place_id),
        },
    )


def _flow(request):
    """The answers so far, checked again (the slot may have been taken meanwhile)."""
    state = citizen_session.load_flow(request)
    if not state or "details" not in state:
        return None, None, None
    state["details"] = interpreter_languages.as_codes(state["details"])
    service = get_service(state.get("service"))
    if service is None:
        return state, None, None
    return state, service, find_slot(service, state.get("slot"))


def _slot_taken(request, state, service, error=None):
    """Back to the time step, with the nearest free times at the same place shown first."""
    error = error or reservations.slot_unavailable(service, state.get("slot"))
    request.session["booking_alternatives"] = [slot.key for slot in error.alternatives]
    messages.error(request, error.message)
    return redirect(url("time", service=service.pk, place=state["place"]))


@step
@require_http_methods(["GET", "POST"])
def consent(request):
    """Step 5: agreement to the privacy notice (linked)."""
    state, service, slot = _flow(request)
    if state is None or service is None:
        return redirect(url("start"))
    if slot is None:
        return _slot_taken(request, state, service)
    form = ConsentForm(
        request.POST if request.method == "POST" else None,
        initial={"consent": state.get("consent")},
    )
    if request.method == "POST" and form.is_valid():
        state["consent"] = True
        citizen_session.save_flow(request, state)
        return redirect("booking:review")
    privacy = SiteSettings.for_request(request).privacy_page
    return render(
        request,
        "booking/consent.html",
        {
            **step_context("consent"),
            "form": form,
            "privacy_page": privacy,
            "back_url": url(
                "details", service=service.pk, place=state["place"], slot=state["slot"]
            ),
        },
    )


@step
@require_http_methods(["GET", "POST"])
def review(request):
    """Step 6: everything on one page; confirm makes the appointment."""
    state, service, slot = _flow(request)
    if state is None and request.method == "POST" and citizen_session.just_booked(request):
        # The confirmation sent again (a reload, a double click): it is already booked.
        return redirect("booking:done")
    if state is None or service is None:
        return redirect(url("start"))
    if not state.get("consent"):
        return redirect("booking:consent")
    if slot is None:
        return _slot_taken(request, state, service)
    if request.method == "POST":
        return _confirm(request, state, service, slot)
    return render(
        request,
        "booking/review.html",
        {
            **step_context("review"),
            "service": service,
            "slot": slot,
            "details": state["details"],
            "language_name": dict(settings.LANGUAGES).get(state["details"]["language"]),
            "interpreter_name": interpreter_languages.label(
                state["details"].get("interpreter_language", ""),
                state["details"].get("interpreter_language_other", ""),
            ),
            "submission_id": state["submission_id"],
            "back_url": reverse("booking:consent"),
            "phone_display": display_phone(state["details"]["phone"]),
            "landline": not takes_text_messages(state["details"]["phone"]),
            "change": _change_links(service, state),
        },
    )


def _change_links(service, state):
    """Where each "Change" link of the check page leads: the step that asks it, which
    then comes back here (`?return=review`); details to their own field."""
    back = {RETURN: TO_REVIEW}
    details_url = url(
        "details", service=service.pk, place=state["place"], slot=state["slot"], **back
    )
    return {
        "service": url("start", **back),
        "place": url("place", service=service.pk, place=state["place"], **back),
        "time": url("time", service=service.pk, place=state["place"], **back),
        **{
            field: f"{details_url}#{anchor}"
            for field, anchor in (
                ("name", "id_name"),
                ("phone", "id_phone"),
                ("email", "id_email"),
                ("language", "id_language_0"),
                ("interpreter", "id_interpreter_needed_0"),
                ("accessibility_needs", "id_accessibility_needs"),
                ("note", "id_note"),
            )
        },
    }


def _confirm(request, state, service, slot):
    if request.POST.get("submission_id") != state["submission_id"]:
        # An old or tampered form: show the check page again with today's answers.
        messages.error(request, _("Please check your answers and confirm again."))
        return redirect("booking:review")
    try:
        limited = booking_rate_limited(request, state["details"]["phone"])
    except RateLimitUnavailable as error:
        # The answers stay in the session (in the database): confirming again
        # in a few minutes needs nothing re-typed.
        response = render(
            request, "booking/unavailable.html", {"message": error.message}, status=503
        )
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    if limited:
        return render(request, "booking/limited.html", {"message": RATE_LIMITED_TEXT}, status=429)
    try:
        appointment, token = reservations.book(
            service=service,
            slot_key=state["slot"],
            details=state["details"],
            submission_id=uuid.UUID(state["submission_id"]),
        )
    except reservations.SlotUnavailable as error:
        return _slot_taken(request, state, service, error)
    except reservations.TooManyAppointments as error:
        messages.error(request, error.message)
        return redirect("booking:review")
    except reservations.NotBookable as error:
        messages.error(request, error.message)
        return redirect(url("start"))
    citizen_session.end_flow(request)
    if token:  # a repeated submission has no new token; keep the first one shown
        citizen_session.remember_booked(request, appointment, token)
    return redirect("booking:done")
