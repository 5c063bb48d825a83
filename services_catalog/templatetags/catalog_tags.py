"""Template helpers of the catalogue: JSON-LD, times, map links."""

import json

from django import template
from django.utils import formats
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from services_catalog.holiday_names import holiday_name
from services_catalog.models import ServicePage, ServicesIndexPage, VanCalendarPage
from services_catalog.places import PLACE_KINDS
from services_catalog.schedules import next_occurrences

register = template.Library()

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """A <script type="application/ld+json"> element, safe against `</script>` in texts."""
    if not data:
        return ""
    text = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.filter
def hours(occurrence):
    """ "10:00–13:30" of an occurrence, in local time."""
    return "{}–{}".format(
        formats.time_format(occurrence.start, "H:i"), formats.time_format(occurrence.end, "H:i")
    )


@register.filter
def osm_url(place):
    """A link to the place on OpenStreetMap, with a marker: opens in any browser, on any phone.

    A link only: nothing is loaded from there until the visitor follows it.
    """
    if not place.has_coordinates:
        return ""
    return (
        f"https://www.openstreetmap.org/?mlat={place.latitude}&mlon={place.longitude}"
        f"#map=18/{place.latitude}/{place.longitude}"
    )


@register.filter
def geo_uri(place):
    """geo: URI, which Android phones open in their own maps app (iPhones do not: see osm_url).

    `?q=` with the same point makes the app put a pin there, not only centre the map.
    """
    if not place.has_coordinates:
        return ""
    point = f"{place.latitude},{place.longitude}"
    return f"geo:{point}?q={point}"


@register.filter
def get_item(mapping, key):
    """`mapping[key]` in a template (None when missing)."""
    return mapping.get(str(key)) if mapping else None


@register.simple_tag(takes_context=True)
def stop_url(context, stop):
    """The stop's own page (a sub-page of its mobile unit), in the active language."""
    return stop.get_place_url(context.get("request"))


@register.simple_tag(takes_context=True)
def visit_cards(context, visits):
    """A day's cards in the van calendar's list (`services_catalog.calendar_cards`)."""
    return context["calendar_cards"].cards(visits)


@register.simple_tag(takes_context=True)
def month_table_entries(context, occurrences):
    """A day's visits in the van calendar's month table (`services_catalog.calendar_cards`)."""
    return context["calendar_cards"].table_entries(occurrences)


@register.simple_tag
def key_services(limit=6):
    return list(
        ServicePage.objects.live().public().filter(show_on_home_page=True).order_by("path")[:limit]
    )


@register.simple_tag
def services_index():
    return ServicesIndexPage.objects.live().public().first()


@register.simple_tag
def van_calendar():
    return VanCalendarPage.objects.live().public().first()


@register.simple_tag
def next_visits(limit=4):
    """The next van visits, from now on (cancelled ones shown as such)."""
    return next_occurrences(limit, stops=PLACE_KINDS["stop"].live(), days=60)


@register.filter(name="holiday_name")
def holiday_name_filter(greek_name):
    """The public holiday `greek_name` (an occurrence's `holiday`) in the active language."""
    return holiday_name(greek_name)
