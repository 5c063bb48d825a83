"""Context for branch, mobile-unit, stop and places-index pages."""

import datetime

from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation

from portal import page_cache
from services_catalog import schedules
from services_catalog.models import BranchPage, MobileUnitPage, Offering, Stop
from services_catalog.schedule_text import describe_window
from services_catalog.structured_data import branch_json_ld, stop_json_ld
from services_catalog.views.feeds_links import feed_links

UPCOMING_DAYS = 90


def services_offered(**where):
    """The services citizens can see that are offered `where` (offering fields), by title."""
    return Offering.objects.live().filter(**where).services()


def branch_context(page, request):
    today = timezone.localdate()
    upcoming = schedules.occurrences(
        today,
        today + datetime.timedelta(days=UPCOMING_DAYS),
        branches=[page.pk],
        include_cancelled=True,
    )
    closures = _closures(upcoming)
    today_openings = [o for o in upcoming if o.date == today]
    services = services_offered(branch=page)
    return {
        "bookable_here": any(service.bookable for service in services),
        "hours": [describe_window(window) for window in page.schedules.all()],
        "today_openings": today_openings,
        "closures": closures,
        "services": services,
        "feed": feed_links(request, "ical-branch", page_id=page.pk),
        "json_ld": branch_json_ld(page, request, services),
    }


def _closures(occurrences):
    """Days a place is closed although its schedule says open, with the reason."""
    seen = {}
    for occurrence in occurrences:
        if occurrence.cancelled and occurrence.date not in seen:
            seen[occurrence.date] = occurrence
    return list(seen.values())


def mobile_unit_context(page, request, *, visits_per_stop=3):
    today = timezone.localdate()
    stops = list(page.stops.select_related("community").order_by("sort_order", "pk"))
    upcoming = schedules.occurrences(
        today,
        today + datetime.timedelta(days=UPCOMING_DAYS),
        stops=[stop.pk for stop in stops],
        include_cancelled=True,
    )
    now = timezone.now()
    page_cache.expires_when_first_ends(upcoming, now)
    by_stop = {stop.pk: [] for stop in stops}
    for occurrence in upcoming:
        if occurrence.end > now and len(by_stop[occurrence.place.pk]) < visits_per_stop:
            by_stop[occurrence.place.pk].append(occurrence)
    return {
        "stops_with_visits": [
            (stop, by_stop[stop.pk], page.stop_url(stop, request)) for stop in stops
        ],
        "services": services_offered(mobile_unit=page),
        "feed": feed_links(request, "ical-mobile-unit", page_id=page.pk),
    }


def stop_view(request, page, stop_id):
    """A stop's own page: where exactly, its next visits, what the van offers there."""
    try:
        stop = page.stops.select_related("community").get(pk=stop_id)
    except Stop.DoesNotExist:
        raise Http404 from None
    visits = schedules.next_occurrences(8, stops=[stop.pk])
    services = services_offered(mobile_unit=page)
    context = page.get_context(request)
    context.update(
        {
            "bookable_here": any(service.bookable for service in services),
            "stop": stop,
            "visits": visits,
            "services": services,
            "hours": [describe_window(window) for window in stop.visits.all()],
            "feed": feed_links(request, "ical-stop", stop_id=stop.pk),
            "language_urls": _stop_urls_by_language(page, stop, request),
            "json_ld": stop_json_ld(stop, page, request, visits, services),
        }
    )
    return TemplateResponse(request, "services_catalog/stop.html", context)


def _stop_urls_by_language(page, stop, request):
    from django.conf import settings

    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = page.stop_url(stop, request)
    return urls


def places_index_context(page, request):
    branches = (
        BranchPage.objects.live()
        .public()
        .child_of(page)
        .select_related("community")
        .order_by("path")
    )
    units = MobileUnitPage.objects.live().public().child_of(page).order_by("path")
    stops = (
        Stop.objects.filter(mobile_unit__in=units)
        .select_related("community", "mobile_unit")
        .order_by("community__sort_order", "community__slug", "name")
    )
    return {
        "branches": branches,
        "mobile_units": units,
        "stops": stops,
        "calendar_feed": feed_links(request, "ical-mobile-units"),
        "all_feed_url": reverse("ical-mobile-units"),
    }
