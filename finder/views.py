"""The finder's pages: /<lang>/finder/, one page per step, the results.

Every page is a plain GET form or a list of links: each step has its own
address, works without JavaScript and without a session, and the back
button goes back. Steps and results are public and cacheable by the page
cache (they depend on the address only and set no cookie). The two
addresses that count (`done`, `open`) redirect and are never cached, so a
cache hit never skips a count (finder.counts).

Pages answer GET and HEAD; the counting addresses GET only, so a link
preview's HEAD counts nothing.

Bad input (an answer that does not exist, a hand-edited address) gets a
clear page in the citizen's language with a way to start again: status
400, never a 500.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe

from finder import counts, journey, pages
from finder import results as finder_results
from finder.choices import CountKind
from portal.parsing import parse_id
from portal.security_headers import permissions_policy_header
from services_catalog.models import ServicePage

# The results page may ask for the citizen's location (finder/static/finder/js/near-me.js),
# computed in the page; every other feature stays off, as on every page (settings).
RESULTS_PERMISSIONS_POLICY_FEATURES = {"geolocation": ["self"]}


def _permissions_policy():
    features = dict(settings.PERMISSIONS_POLICY)
    features.update(RESULTS_PERMISSIONS_POLICY_FEATURES)
    return permissions_policy_header(features)


def _read(request):
    return journey.parse(request.GET)


def _not_understood(request, way):
    return render(
        request,
        "finder/not_understood.html",
        {"way": way, "start_url": reverse("finder:start")},
        status=400,
    )


@require_safe
def start(request):
    """The first screen: what the finder is, and one button to begin."""
    way = _read(request)
    first = way.steps[0]
    return render(request, "finder/start.html", {"way": way, "first_url": way.step_url(first)})


@require_safe
def step(request, key):
    way = _read(request)
    if key not in way.steps:
        raise Http404
    if way.problems:
        return _not_understood(request, way)
    return render(request, "finder/step.html", pages.step_context(request, way, key))


@require_GET
@never_cache
def done(request):
    """The last step's form comes here: count the answers, then show the results."""
    way = _read(request)
    if way.problems:
        return _not_understood(request, way)
    found_any = bool(finder_results.matching_services(way.answers)[0])
    counts.record_finished(way, found_any)
    return redirect(way.results_url())


@require_safe
def results(request):
    way = _read(request)
    if way.problems:
        return _not_understood(request, way)
    response = render(request, "finder/results.html", pages.results_context(request, way))
    response["Permissions-Policy"] = _permissions_policy()
    return response


@require_GET
@never_cache
def open_service(request):
    """A service opened from the results: count it, then go to the service's page."""
    pk = parse_id(request.GET.get("service"))
    service = ServicePage.objects.live().public().filter(pk=pk).first() if pk else None
    if service is None:
        return _not_understood(request, _read(request))
    counts.record(CountKind.OPENED, service.pk)
    return redirect(service.get_url(request))
