"""The public call-back form (/<lang>/call-back/) and its thank-you page.

Stored first, acknowledged after: the request is saved in one transaction
and the text message is enqueued on commit (`callbacks.tasks`). A bad
answer shows the form again with every answer kept and a translated message
per field; a form sent too fast, over the rate limit or while the shared
cache is down is shown again with its answers and a clear message (429,
503), never lost and never a 500. Every answer is `no-store, private`: the
form carries a CSRF token and, once sent, personal data, so the page cache
(portal.page_cache) and browsers keep none of it.
"""

from django.conf import settings
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from booking.phones import takes_text_messages
from callbacks import tasks
from callbacks.acknowledgements import planned_status
from callbacks.forms import CallbackForm
from callbacks.models import CallbackRequest
from portal import spam
from portal.parsing import parse_id
from portal.privacy import private
from services_catalog.models import ServicePage
from services_catalog.places import appointment_place_fields, load_place


def get_service(value):
    pk = parse_id(value)
    return ServicePage.objects.live().public().filter(pk=pk).first() if pk else None


@private
@require_http_methods(["GET", "POST"])
def request_call(request):
    """One screen: who, which number, which language, when, interpreter, about what, where."""
    if request.method == "POST":
        form = CallbackForm(request.POST)
        if form.is_spam:
            return redirect("callbacks:done")
        if form.is_valid():
            try:
                limited = spam.rate_limited(request, "callbacks", settings.CALLBACK_RATE_PER_IP)
            except spam.RateLimitUnavailable:
                form.add_error(None, spam.UNAVAILABLE_TEXT)
                return _form_page(request, form, status=503)
            if limited:
                form.add_error(None, spam.RATE_LIMITED_TEXT)
                return _form_page(request, form, status=429)
            callback = save(form)
            done = reverse("callbacks:done")
            return redirect(done if takes_text_messages(callback.phone) else f"{done}?sms=no")
        return _form_page(request, form, status=200)
    place = load_place(request.GET.get("place"))
    service = get_service(request.GET.get("service"))
    form = CallbackForm(
        initial={
            "language": request.LANGUAGE_CODE,
            "place": place.place_id if place else "",
            "service": service.pk if service else None,
        }
    )
    return _form_page(request, form)


def save(form):
    data = form.cleaned_data
    place = data["place"]
    with transaction.atomic():
        callback = CallbackRequest.objects.create(
            name=data["name"],
            phone=data["phone"],
            language=data["language"],
            best_time=data["best_time"],
            interpreter_needed=data["interpreter_needed"],
            topic=data["topic"],
            service=get_service(data.get("service")),
            sms_status=planned_status(data["phone"]),
            **(appointment_place_fields(place) if place else {}),
        )
        if callback.sms_status:
            transaction.on_commit(lambda: tasks.request_received(callback.pk))
    return callback


def _form_page(request, form, status=200):
    service = get_service(form["service"].value())
    return render(
        request,
        "callbacks/request.html",
        {"form": form, "service": service},
        status=status,
    )


@private
@require_http_methods(["GET"])
def done(request):
    return render(request, "callbacks/done.html", {"no_sms": request.GET.get("sms") == "no"})
