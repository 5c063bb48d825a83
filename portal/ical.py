"""The iCalendar pieces every calendar the portal writes shares (the `icalendar` library).

Three things leave the portal as iCalendar: the public feeds of branch hours
and van visits (`services_catalog.feeds`), a staff member's private feed of
appointments (`booking.staff_feeds`) and a citizen's `.ics` of one
appointment (`booking.ics`). They are read by the same calendar programs, so
they share one header, one VTIMEZONE and one form of UID, written here.

A *feed* is a calendar someone subscribes to: it has a name, says how often
to look again (REFRESH-INTERVAL, and X-PUBLISHED-TTL for Outlook) and names
its time zone for Google (X-WR-TIMEZONE). A *file* is one download or
e-mail attachment: only what RFC 5545 requires, and the VTIMEZONE.

This module imports no models, so both apps can use it (booking uses the
catalogue, both use portal).
"""

import datetime

from django.conf import settings

from icalendar import Calendar, Timezone, TimezoneDaylight, TimezoneStandard, vDuration

TZID = "Europe/Athens"


def feed_calendar(prodid, *, name, refresh, description=None):
    """The VCALENDAR of a subscribed feed, with its VTIMEZONE; add the events to it.

    `refresh` (a timedelta) is how often a calendar program should fetch the
    feed again; Outlook reads X-PUBLISHED-TTL, the others REFRESH-INTERVAL.
    """
    calendar = Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    if description is not None:
        calendar.add("description", description)
        calendar.add("x-wr-caldesc", description)
    calendar.add("x-wr-timezone", TZID)
    calendar.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(refresh).to_ical().decode())
    calendar.add_component(athens_vtimezone())
    return calendar


def file_calendar(prodid):
    """The VCALENDAR of a one-off `.ics` file, with its VTIMEZONE; add the event to it."""
    calendar = Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(athens_vtimezone())
    return calendar


def athens_vtimezone():
    """VTIMEZONE for Europe/Athens with the EU daylight-saving rules.

    Written as two yearly RRULE observances (EEST from the last Sunday of
    March, EET from the last Sunday of October), the compact form Outlook,
    Google and Apple all read, instead of a list of past transitions.
    Calendar programs depend on this exact form: change it only after
    checking it in more than one of them.
    """
    tz = Timezone()
    tz.add("tzid", TZID)
    tz.add("x-lic-location", TZID)
    tz.add_component(_observance(TimezoneDaylight, "EEST", 2, 3, datetime.date(1970, 3, 29), 3))
    tz.add_component(_observance(TimezoneStandard, "EET", 3, 2, datetime.date(1970, 10, 25), 4))
    return tz


def _observance(kind, tzname, hours_from, hours_to, first_day, hour):
    """One yearly change of offset, on the last Sunday of the month of `first_day`."""
    observance = kind()
    observance.add("tzname", tzname)
    observance.add("tzoffsetfrom", datetime.timedelta(hours=hours_from))
    observance.add("tzoffsetto", datetime.timedelta(hours=hours_to))
    observance.add("dtstart", datetime.datetime.combine(first_day, datetime.time(hour)))
    observance.add("rrule", {"freq": "yearly", "bymonth": first_day.month, "byday": "-1SU"})
    return observance


def uid(key):
    """A globally unique, stable UID: `key` (unique within the portal) at the portal's domain.

    Calendar programs recognise an event they already have by its UID, so
    the key must never change for the same event.
    """
    return f"{key}@{settings.ICAL_UID_DOMAIN}"
