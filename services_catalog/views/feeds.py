"""iCal feed responses: conditional GET (ETag, Last-Modified), subscribe or download."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from portal.models import SiteSettings
from services_catalog.feeds import FeedBuilder
from services_catalog.models import BranchPage, MobileUnitPage, Stop

CACHE_SECONDS = 3600


def _respond(request, builder, filename):
    body = builder.to_ical()
    etag = builder.etag(body)
    last_modified = (
        int(builder.last_modified.timestamp()) if builder.last_modified is not None else None
    )
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        disposition = "attachment" if request.GET.get("download") else "inline"
        response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    return response


def _organisation(request):
    return SiteSettings.for_request(request).organisation_name


@require_safe
def mobile_units_feed(request):
    builder = FeedBuilder(
        request,
        name=_("Mobile units – %(organisation)s") % {"organisation": _organisation(request)},
        description=_("Every visit of our mobile units to neighbourhood stops."),
    )
    builder.add(stops=Stop.objects.filter(mobile_unit__live=True))
    return _respond(request, builder, "mobile-units.ics")


@require_safe
def mobile_unit_feed(request, page_id):
    unit = get_object_or_404(MobileUnitPage.objects.live().public(), pk=page_id)
    builder = FeedBuilder(
        request,
        name=unit.title,
        description=_("Visits of %(unit)s to its stops.") % {"unit": unit.title},
    )
    builder.add(stops=unit.stops.all())
    return _respond(request, builder, f"mobile-unit-{unit.pk}.ics")


@require_safe
def stop_feed(request, stop_id):
    stop = get_object_or_404(
        Stop.objects.filter(mobile_unit__live=True).select_related("mobile_unit"), pk=stop_id
    )
    builder = FeedBuilder(
        request,
        name=_("%(unit)s at %(stop)s") % {"unit": stop.mobile_unit.title, "stop": stop.name},
        description=_("When the mobile unit comes to %(stop)s.") % {"stop": stop.name},
    )
    builder.add(stops=[stop.pk])
    return _respond(request, builder, f"{stop.place_id}.ics")


@require_safe
def branch_feed(request, page_id):
    branch = get_object_or_404(BranchPage.objects.live().public(), pk=page_id)
    builder = FeedBuilder(
        request,
        name=_("%(branch)s: opening hours") % {"branch": branch.title},
        description=_("When %(branch)s is open for citizens.") % {"branch": branch.title},
    )
    builder.add(branches=[branch.pk])
    return _respond(request, builder, f"{branch.place_id}.ics")
