"""Appointments as iCalendar: the citizen's file, and the one event both it and staff feeds use.

A citizen's appointment reaches a calendar program two ways: the `.ics`
file of "add to calendar" and the e-mail attachment, and — for staff — the
private feed of the appointments at their places (`booking.staff_feeds`).
Both carry the same UID, SEQUENCE and times, so `appointment_event()`
writes them once; each caller adds what only it says (the citizen's
reference and manage link, or the staff member's details and admin link).
"""

import datetime

from django.utils.translation import gettext as _

from icalendar import Event

from portal import ical
from portal.bidi import isolated_plain
from services_catalog.schedules import ATHENS

PRODID = "-//Community Centre portal//Appointments//EL"


def appointment_calendar(appointment, *, manage_url=""):
    """A VCALENDAR with one VEVENT, in the active language (the citizen's)."""
    calendar = ical.file_calendar(PRODID)
    reference = isolated_plain(appointment.display_reference)
    lines = [
        _("Reference: %(reference)s") % {"reference": reference},
        _("All our services are free of charge."),
    ]
    if manage_url:
        lines.append(_("To cancel or change: %(url)s") % {"url": manage_url})
    event = appointment_event(
        appointment,
        summary=_("Appointment: %(service)s") % {"service": appointment.service.title},
        lines=lines,
    )
    event.add("status", "CANCELLED" if appointment.status == "cancelled" else "CONFIRMED")
    place = appointment.place
    if place.has_coordinates:
        event.add("geo", (float(place.latitude), float(place.longitude)))
    calendar.add_component(event)
    return calendar.to_ical()


def appointment_event(appointment, *, summary, lines):
    """The VEVENT of one appointment: its UID, version, times and place; `lines` describe it.

    SEQUENCE grows with every change (a move, a cancellation), as calendar
    programs expect: minutes between creation and the last update.
    """
    event = Event()
    event.add("uid", ical.uid(f"appointment-{appointment.reference}"))
    event.add("dtstamp", appointment.updated_at.astimezone(datetime.UTC))
    event.add(
        "sequence", int((appointment.updated_at - appointment.created_at).total_seconds() // 60)
    )
    event.add("dtstart", appointment.start.astimezone(ATHENS))
    event.add("dtend", appointment.end.astimezone(ATHENS))
    event.add("summary", summary)
    event.add("location", location_text(appointment))
    event.add("description", "\n".join(lines))
    return event


def location_text(appointment):
    """Name, address and post code; in Arabic or Farsi, each left-to-right run isolated."""
    place = appointment.place
    return isolated_plain(", ".join(filter(None, [place.label, place.address, place.postal_code])))
