"""One appointment as an iCalendar file ("add to calendar", e-mail attachment)."""

import datetime

from django.conf import settings
from django.utils.translation import gettext as _

from icalendar import Calendar, Event

from services_catalog.feeds import athens_vtimezone
from services_catalog.schedules import ATHENS


def appointment_calendar(appointment, *, manage_url=""):
    """A VCALENDAR with one VEVENT, in the active language (the citizen's)."""
    calendar = Calendar()
    calendar.add("prodid", "-//Community Centre portal//Appointments//EL")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(athens_vtimezone())
    event = Event()
    event.add("uid", f"appointment-{appointment.reference}@{settings.ICAL_UID_DOMAIN}")
    event.add("dtstamp", appointment.updated_at.astimezone(datetime.UTC))
    # Grows with every change (a move, a cancellation), as calendar programs expect.
    event.add(
        "sequence", int((appointment.updated_at - appointment.created_at).total_seconds() // 60)
    )
    event.add("dtstart", appointment.start.astimezone(ATHENS))
    event.add("dtend", appointment.end.astimezone(ATHENS))
    event.add("summary", _("Appointment: %(service)s") % {"service": appointment.service.title})
    event.add("location", location_text(appointment))
    lines = [
        _("Reference: %(reference)s") % {"reference": appointment.display_reference},
        _("All our services are free of charge."),
    ]
    if manage_url:
        lines.append(_("To cancel or change: %(url)s") % {"url": manage_url})
    event.add("description", "\n".join(lines))
    event.add("status", "CANCELLED" if appointment.status == "cancelled" else "CONFIRMED")
    place = appointment.place
    if place.has_coordinates:
        event.add("geo", (float(place.latitude), float(place.longitude)))
    calendar.add_component(event)
    return calendar.to_ical()


def location_text(appointment):
    place = appointment.place
    return ", ".join(filter(None, [place.label, place.address, place.postal_code]))
