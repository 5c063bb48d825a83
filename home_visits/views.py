"""The public request form: `/<lang>/home-visit/`, no account, no JavaScript.

Stored first, then the citizen sees the reference; nothing is sent before
staff decide. Rate-limited per client address like booking
(`HOME_VISIT_RATE_PER_IP`, counted in the shared cache by django-ratelimit,
the address from `portal.client_address`); over the limit a 429, and when
the cache cannot count a 503 — both show the form again, filled in: nothing
typed is lost. Every answer is `no-store` (it shows what the citizen typed),
and the session that remembers the request lives no longer than a booking's.
"""

from django.conf import settings
from django.core.cache import caches
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from django_ratelimit.core import is_ratelimited

from booking.citizen_session import lifetime_seconds
from booking.ratelimits import RETRY_AFTER_SECONDS, RateLimitUnavailable
from home_visits import requests
from home_visits.forms import RequestForm
from home_visits.models import HomeVisitRequest
from portal.cache import CacheUnavailable
from portal.client_address import ratelimit_key
from portal.models import SiteSettings
from portal.privacy import private

SESSION_KEY = "home_visit_sent"

LIMITED_TEXT = _(
    "We have received many requests from this connection. "
    "Please try again later, or call us: we will take your request on the phone."
)
UNAVAILABLE_TEXT = _(
    "We cannot take requests online right now. Please try again in a few minutes, "
    "or call us: we will take your request on the phone."
)


def rate_limited(request):
    """True over HOME_VISIT_RATE_PER_IP (counted either way); RateLimitUnavailable when the
    shared cache cannot count."""
    try:
        limited = is_ratelimited(
            request,
            group="home-visit-ip",
            key=ratelimit_key,
            rate=settings.HOME_VISIT_RATE_PER_IP,
            increment=True,
        )
    except CacheUnavailable as error:
        raise RateLimitUnavailable from error
    if not getattr(caches[settings.RATELIMIT_USE_CACHE], "available", True):
        raise RateLimitUnavailable
    return limited


@private
@require_http_methods(["GET", "POST"])
def request_visit(request):
    communities = requests.served_communities()
    if request.method == "POST":
        form = RequestForm(request.POST, communities=communities)
    else:
        form = RequestForm(initial={"language": request.LANGUAGE_CODE}, communities=communities)
    context = {
        "form": form,
        "privacy_page": SiteSettings.for_request(request).privacy_page,
        "no_team": not communities.exists(),
    }
    if request.method != "POST":
        return render(request, "home_visits/request.html", context)
    if form.is_spam:
        return redirect("home_visits:request")
    try:
        limited = rate_limited(request)
    except RateLimitUnavailable:
        form.is_valid()  # the answers are shown again, checked
        context["notice"] = UNAVAILABLE_TEXT
        response = render(request, "home_visits/request.html", context, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    if limited:
        form.is_valid()
        context["notice"] = LIMITED_TEXT
        return render(request, "home_visits/request.html", context, status=429)
    if form.is_valid():
        try:
            sent = requests.create(consent_at=timezone.now(), **form.request_fields())
        except requests.NoTeam:
            form.add_error("community", _("No team visits this community yet. Please call us."))
        else:
            request.session[SESSION_KEY] = sent.pk
            request.session.set_expiry(min(request.session.get_expiry_age(), lifetime_seconds()))
            return redirect("home_visits:sent")
    return render(request, "home_visits/request.html", context)


@private
@require_http_methods(["GET"])
def sent(request):
    """The request was received: its reference, and what happens next."""
    pk = request.session.get(SESSION_KEY)
    found = HomeVisitRequest.objects.filter(pk=pk, anonymised_at__isnull=True).first()
    if found is None:
        return redirect("home_visits:request")
    return render(request, "home_visits/sent.html", {"visit_request": found})
