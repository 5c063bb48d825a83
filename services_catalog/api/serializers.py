"""Catalogue objects as the API's dictionaries, in the active language."""

from django.utils.translation import gettext as _

from recurrence import Rule
from recurrence.base import to_weekday

from portal.models import SiteSettings
from services_catalog import schedules
from services_catalog.schedule_text import describe_window


def _absolute(request, path):
    return request.build_absolute_uri(path) if path else None


def location_id(place):
    return place.place_id


def schedule_out(window):
    place = window.place
    rules = list(window.recurrence.rrules) if window.recurrence else []
    rule = rules[0] if rules else None
    data = {
        "id": window.uid_key,
        "location_id": location_id(place),
        "valid_from": window.valid_from,
        "valid_to": window.valid_until,
        "dtstart": window.valid_from,
        "description": describe_window(window),
        "opens_at": window.start_time.strftime("%H:%M"),
        "closes_at": window.end_time.strftime("%H:%M"),
        "capacity": window.capacity,
        "open_on_public_holidays": window.open_on_public_holidays,
    }
    if rule is not None:
        data.update(_rule_fields(rule))
    return data


def _rule_fields(rule):
    def joined(values):
        return ",".join(str(v) for v in values) if values else None

    byday = None
    if rule.byday:
        days = []
        for day in rule.byday:
            day = to_weekday(day)
            prefix = str(day.index) if day.index else ""
            days.append(prefix + Rule.weekdays[day.number])
        byday = ",".join(days)
    return {
        "freq": Rule.frequencies[rule.freq],
        "interval": rule.interval or 1,
        "byday": byday,
        "bymonthday": joined(rule.bymonthday),
        "byweekno": joined(rule.byweekno),
        "byyearday": joined(rule.byyearday),
        "count": rule.count,
        "until": schedules.local_date(rule.until) if rule.until else None,
        "wkst": Rule.weekdays[getattr(rule.wkst, "number", rule.wkst)] if rule.wkst else None,
    }


def _address(place, city):
    return {
        "address_1": place.address,
        "city": city,
        "region": place.community.name,
        "postal_code": place.postal_code,
    }


def _city(request):
    return SiteSettings.for_request(request).city


def branch_out(branch, request):
    return {
        "id": location_id(branch),
        "kind": "branch",
        "name": branch.title,
        "description": branch.intro,
        "url": _absolute(request, branch.get_place_url(request)),
        "latitude": float(branch.latitude) if branch.latitude is not None else None,
        "longitude": float(branch.longitude) if branch.longitude is not None else None,
        "addresses": [_address(branch, _city(request))],
        "phones": [{"number": branch.phone}] if branch.phone else [],
        "accessibility": [branch.accessibility] if branch.accessibility else [],
        "schedules": [schedule_out(window) for window in branch.schedules.all()],
    }


def stop_out(stop, request):
    unit = stop.mobile_unit
    return {
        "id": location_id(stop),
        "kind": "stop",
        "name": stop.name,
        "description": stop.directions,
        "url": _absolute(request, stop.get_place_url(request)),
        "latitude": float(stop.latitude) if stop.latitude is not None else None,
        "longitude": float(stop.longitude) if stop.longitude is not None else None,
        "addresses": [_address(stop, _city(request))],
        "phones": [{"number": unit.phone}] if unit.phone else [],
        "accessibility": [unit.accessibility] if unit.accessibility else [],
        "mobile_unit": {"id": str(unit.pk), "name": unit.title},
        "schedules": [schedule_out(window) for window in stop.visits.all()],
    }


def location_out(place, request):
    """A branch or a stop as an HSDS location, by the place's kind."""
    return {"branch": branch_out, "stop": stop_out}[place.kind](place, request)


def organization_out(organisation):
    """The body that provides a programme the centre helps people apply for."""
    return {
        "id": organisation.slug,
        "name": organisation.name,
        "kind": organisation.kind,
        "website": organisation.website or None,
    }


def service_out(service, request):
    at_locations = []
    for offering in service.offerings.all():  # the live ones (services_queryset)
        # A mobile unit offers the service at every one of its stops.
        places = [offering.branch] if offering.branch else offering.mobile_unit.stops.all()
        minutes = (offering.minutes or service.appointment_minutes) if service.bookable else None
        at_locations += [(location_id(place), minutes) for place in places]
    return {
        "id": str(service.pk),
        "name": service.title,
        "description": service.summary,
        "url": _absolute(request, service.get_url(request)),
        "fees_description": _("Free of charge") if service.free_of_charge else "",
        "category": {"id": service.category.slug, "name": service.category.name},
        "target_groups": [{"id": g.slug, "name": g.name} for g in service.target_groups.all()],
        "channels": [str(channel.value) for channel in service.channels],
        "bookable": service.bookable,
        "appointment_minutes": service.appointment_minutes if service.bookable else None,
        "organization": organization_out(service.provider) if service.provider_id else None,
        "eligibility_description": service.eligibility,
        "official_url": service.official_url or None,
        "service_at_locations": [
            {
                "id": f"{service.pk}:{loc}",
                "service_id": str(service.pk),
                "location_id": loc,
                "appointment_minutes": minutes,
            }
            for loc, minutes in at_locations
        ],
    }


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
