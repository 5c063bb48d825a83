"""schema.org JSON-LD for search engines and assistants.

GovernmentService on service pages, Place on branches and stops, Event for
upcoming van visits. Texts are in the page's language.
"""

from django.utils.translation import gettext as _

from portal.models import SiteSettings

SCHEMA = "https://schema.org"


def _provider(request):
    settings = SiteSettings.for_request(request)
    provider = {"@type": "GovernmentOrganization", "name": settings.organisation_name}
    if settings.phone:
        provider["telephone"] = settings.phone
    if settings.email:
        provider["email"] = settings.email
    return provider


def page_url(page, request):
    """The page's absolute URL as the request sees it (the same as its canonical link).

    Not `get_full_url()`, which takes the host from the Wagtail Site record
    and so can differ from the address the page was served at.
    """
    return request.build_absolute_uri(page.get_url(request))


def place(obj, url, *, name=None, telephone=None):
    data = {
        "@type": "Place",
        "name": name or obj.title,
        "url": url,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": obj.address,
            "postalCode": obj.postal_code,
            "addressRegion": obj.community.name,
            "addressCountry": "GR",
        },
    }
    if obj.has_coordinates:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(obj.latitude),
            "longitude": float(obj.longitude),
        }
    if telephone:
        data["telephone"] = telephone
    return data


def branch_json_ld(page, request, services):
    data = place(page, page_url(page, request), telephone=page.phone or None)
    data["@context"] = SCHEMA
    data["publicAccess"] = True
    data["isAccessibleForFree"] = True
    if page.accessibility:
        data["amenityFeature"] = [
            {"@type": "LocationFeatureSpecification", "name": page.accessibility, "value": True}
        ]
    return data


def visit_event(occurrence, stop, unit, request, stop_url):
    return {
        "@type": "Event",
        "name": _("%(unit)s at %(stop)s") % {"unit": unit.title, "stop": stop.name},
        "startDate": occurrence.start.isoformat(),
        "endDate": occurrence.end.isoformat(),
        "eventStatus": f"{SCHEMA}/EventCancelled"
        if occurrence.cancelled
        else f"{SCHEMA}/EventScheduled",
        "eventAttendanceMode": f"{SCHEMA}/OfflineEventAttendanceMode",
        "isAccessibleForFree": True,
        "location": place(stop, stop_url, name=stop.name),
        "organizer": _provider(request),
    }


def stop_json_ld(stop, unit, request, visits, services):
    stop_url = request.build_absolute_uri(stop.get_place_url(request))
    graph = [place(stop, stop_url, name=stop.name)]
    graph += [visit_event(o, stop, unit, request, stop_url) for o in visits if not o.cancelled]
    return {"@context": SCHEMA, "@graph": graph}


def calendar_json_ld(occurrences, request, stop_url):
    """Events for the upcoming visits shown on the calendar (at most 30)."""
    events = []
    for occurrence in occurrences:
        if occurrence.cancelled:
            continue
        stop = occurrence.place
        url = request.build_absolute_uri(stop_url(occurrence))
        events.append(visit_event(occurrence, stop, stop.mobile_unit, request, url))
        if len(events) >= 30:
            break
    return {"@context": SCHEMA, "@graph": events} if events else None


def service_json_ld(page, request, branches, units):
    data = {
        "@context": SCHEMA,
        "@type": "GovernmentService",
        "name": page.title,
        "description": page.summary,
        "url": page_url(page, request),
        "serviceType": page.category.name,
        "provider": _provider(request),
        "areaServed": {"@type": "AdministrativeArea", "name": _provider(request)["name"]},
        "isAccessibleForFree": page.free_of_charge,
    }
    audience = [group.name for group in page.target_groups.all()]
    if audience:
        data["audience"] = [{"@type": "Audience", "audienceType": name} for name in audience]
    channels = [
        {
            "@type": "ServiceChannel",
            "name": branch.title,
            "serviceLocation": place(
                branch, page_url(branch, request), telephone=branch.phone or None
            ),
        }
        for branch in branches
    ]
    channels += [
        {"@type": "ServiceChannel", "name": unit.title, "serviceUrl": page_url(unit, request)}
        for unit in units
    ]
    if channels:
        data["availableChannel"] = channels
    return data
