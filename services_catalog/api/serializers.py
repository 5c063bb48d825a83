"""Catalogue objects as the API's dictionaries, in the active language."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from recurrence import Rule
from recurrence.base import to_weekday

from portal.models import SiteSettings
from services_catalog import schedules
from services_catalog.public_ids import location_uuid, part_uuid, schedule_uuid
from services_catalog.schedule_text import describe_window

from .hsds_schemas import HSDS_FREQUENCIES
from .organizations import centre_uuid


def _absolute(request, path):
    return request.build_absolute_uri(path) if path else None


def location_id(place):
    """The public id (UUID) of a branch or a stop."""
    return location_uuid(place.place_id)


# The iCal feed of each kind of place: a schedule's `schedule_link`.
FEEDS = {"branch": ("ical-branch", "page_id"), "stop": ("ical-stop", "stop_id")}


def feed_url(place, request):
    name, argument = FEEDS[place.kind]
    return request.build_absolute_uri(reverse(name, kwargs={argument: place.pk}))


def schedule_out(window, link=None):
    """A window as an HSDS schedule; its rule in HSDS's RRULE fields where HSDS can say it.

    `link` is the place's iCal feed, which has every date (holidays, cancellations).
    """
    place_uuid = location_id(window.place)
    rules = list(window.recurrence.rrules) if window.recurrence else []
    data = {
        "id": schedule_uuid(window.uid_key),
        "location_id": place_uuid,
        "valid_from": window.valid_from,
        "valid_to": window.valid_until,
        "dtstart": window.valid_from,
        "description": describe_window(window),
        "opens_at": window.start_time.strftime("%H:%M"),
        "closes_at": window.end_time.strftime("%H:%M"),
        "attending_type": "in_person",
        "schedule_link": link,
        "tzid": settings.TIME_ZONE,
        "capacity": window.capacity,
        "open_on_public_holidays": window.open_on_public_holidays,
        "key": window.uid_key,
    }
    if len(rules) == 1:  # HSDS has one rule a schedule; more are said in `description`
        data.update(_rule_fields(rules[0]))
    return data


def _rule_fields(rule):
    """HSDS's RRULE fields of `rule`; none when HSDS 3.0 cannot express it
    (its `freq` is WEEKLY or MONTHLY only: daily is said as every day of the week)."""

    def joined(values):
        return ",".join(str(v) for v in values) if values else None

    days = []
    for day in rule.byday or ():
        day = to_weekday(day)
        days.append((str(day.index) if day.index else "") + Rule.weekdays[day.number])
    freq = Rule.frequencies[rule.freq]
    interval = rule.interval or 1
    if freq == "DAILY" and interval == 1 and not (rule.bymonthday or rule.byweekno):
        freq, days = "WEEKLY", days or list(Rule.weekdays)
    if freq not in HSDS_FREQUENCIES:
        return {}
    return {
        "freq": freq,
        "interval": interval,
        "byday": ",".join(days) or None,
        "bymonthday": joined(rule.bymonthday),
        "byweekno": joined(rule.byweekno),
        "byyearday": joined(rule.byyearday),
        "count": rule.count,
        "until": schedules.local_date(rule.until) if rule.until else None,
        "wkst": Rule.weekdays[getattr(rule.wkst, "number", rule.wkst)] if rule.wkst else None,
    }


def _address(place, place_uuid, city):
    return {
        "id": part_uuid(place_uuid, "address"),
        "location_id": place_uuid,
        "address_1": place.address,
        "city": city,
        "region": place.community.name,
        "state_province": "",  # not held: see docs (HSDS requires the field)
        "postal_code": place.postal_code,
        "country": "GR",
        "address_type": "physical",
    }


def _city(request):
    return SiteSettings.for_request(request).city


def _place_out(place, request, *, name, description, phone, accessibility, windows):
    """What a branch and a stop share as HSDS locations."""
    place_uuid = location_id(place)
    return {
        "id": place_uuid,
        "location_type": "physical",
        "url": _absolute(request, place.get_place_url(request)),
        "organization_id": centre_uuid(),
        "name": name,
        "description": description or None,
        "latitude": float(place.latitude) if place.latitude is not None else None,
        "longitude": float(place.longitude) if place.longitude is not None else None,
        "external_identifier": place.place_id,
        "external_identifier_type": "portal place id",
        "addresses": [_address(place, place_uuid, _city(request))],
        "phones": (
            [{"id": part_uuid(place_uuid, "phone"), "location_id": place_uuid, "number": phone}]
            if phone
            else []
        ),
        "accessibility": (
            [
                {
                    "id": part_uuid(place_uuid, "accessibility"),
                    "location_id": place_uuid,
                    "description": accessibility,
                }
            ]
            if accessibility
            else []
        ),
        "schedules": [schedule_out(window, feed_url(place, request)) for window in windows],
        "kind": place.kind,
    }


def branch_out(branch, request):
    return _place_out(
        branch,
        request,
        name=branch.title,
        description=branch.intro,
        phone=branch.phone,
        accessibility=branch.accessibility,
        windows=branch.schedules.all(),
    )


def stop_out(stop, request):
    unit = stop.mobile_unit
    return {
        **_place_out(
            stop,
            request,
            name=stop.name,
            description=stop.directions,
            phone=unit.phone,
            accessibility=unit.accessibility,
            windows=stop.visits.all(),
        ),
        "mobile_unit": {"id": str(unit.pk), "name": unit.title},
    }


def location_out(place, request):
    """A branch or a stop as an HSDS location, by the place's kind."""
    return {"branch": branch_out, "stop": stop_out}[place.kind](place, request)


def occurrence_out(occurrence):
    place = occurrence.place
    unit = occurrence.mobile_unit
    return {
        "id": occurrence.id,
        "location_id": location_id(place),
        "location_name": place.display_name,
        "mobile_unit": {"id": str(unit.pk), "name": unit.title} if unit else None,
        "start": occurrence.start,
        "end": occurrence.end,
        "status": "cancelled" if occurrence.cancelled else "scheduled",
        "reason": occurrence.reason or (_("Public holiday") if occurrence.holiday else ""),
        "capacity": occurrence.capacity,
    }
