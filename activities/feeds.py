"""iCal feeds of activities: every coming session, one event each.

`/<lang>/activities/calendar.ics` (all live, public activities) and
`/<lang>/activities/<id>/calendar.ics` (one). Built with the portal's iCal
toolkit (`portal.ical`: headers, the Athens VTIMEZONE, UIDs); the sessions
come from `activities.sessions` (the one expansion, holidays and
cancellations applied). A cancelled session stays in the feed with
STATUS:CANCELLED, so calendars that had it drop it. LOCATION and GEO come from
the activity's place (a branch, a stop or a local space). Event UIDs are the
activity and the session's start, stable across edits of the text.
Public and cached like the catalogue's feeds (ETag, HEAD like GET).
"""

import datetime
import hashlib

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from icalendar import Event

from activities import sessions
from activities.models import ActivityPage
from activities.places import with_places
from portal import ical
from portal.models import SiteSettings

CACHE_SECONDS = 3600
PRODID = "-//Community Centre portal//Activities//EN"
REFRESH = 6  # hours


def location_of(place):
    """LOCATION of a session: the place's name, address and postal code (any place kind,
    a local space too), in the active language."""
    parts = (place.display_name, place.address, place.postal_code)
    return ", ".join(part for part in parts if part)


def calendar_of(activities, *, name, request):
    calendar = ical.feed_calendar(PRODID, name=name, refresh=datetime.timedelta(hours=REFRESH))
    now = timezone.now()
    activities = list(activities)
    coming = sessions.coming_for(activities, now=now)
    for activity in activities:
        place = activity.place
        for session in coming[activity.pk]:
            event = Event()
            event.add("uid", ical.uid(f"activity-{activity.pk}-{session.key}"))
            event.add("summary", activity.title)
            event.add("dtstamp", now)
            event.add("dtstart", session.start, parameters={"TZID": ical.TZID})
            event.add("dtend", session.end, parameters={"TZID": ical.TZID})
            event.add("location", location_of(place))
            if place.has_coordinates:
                event.add("geo", (float(place.latitude), float(place.longitude)))
            event.add("description", activity.summary)
            event.add("url", request.build_absolute_uri(activity.url))
            if session.cancelled:
                event.add("status", "CANCELLED")
            calendar.add_component(event)
    return calendar.to_ical()


def _respond(request, body, filename):
    etag = '"' + hashlib.md5(body, usedforsecurity=False).hexdigest() + '"'
    response = get_conditional_response(request, etag=etag)
    if response is None:
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["ETag"] = etag
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    return response


def _live():
    return (
        with_places(ActivityPage.objects.live().public())
        .prefetch_related("schedules", "exceptions")
        .order_by("path")
    )


@require_safe
def all_activities(request):
    organisation = SiteSettings.for_request(request).organisation_name
    name = _("%(organisation)s: activities") % {"organisation": organisation}
    return _respond(request, calendar_of(_live(), name=name, request=request), "activities.ics")


@require_safe
def one_activity(request, activity_id):
    activity = _live().filter(pk=activity_id).first()
    if activity is None:
        raise Http404
    body = calendar_of([activity], name=activity.title, request=request)
    return _respond(request, body, f"activity-{activity.pk}.ics")
