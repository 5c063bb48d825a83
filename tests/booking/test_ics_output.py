"""The exact text of a staff member's feed and of a citizen's `.ics`, kept across refactors.

A characterisation test, like tests/services_catalog/test_feed_output.py:
appointments at a branch and at a van stop — one moved in time, one
cancelled, one with an interpreter — rendered as the staff feed (with and
without names and phone numbers) and as the citizen's file (with and
without the manage link, in Greek and in Farsi), compared with the text in
tests/booking/golden/. References and database ids are replaced by their
order of appearance. `UPDATE_GOLDEN=1` accepts a deliberate change.
"""

import datetime
from pathlib import Path

from django.utils import translation

import pytest
import time_machine

from booking import reservations
from booking.ics import appointment_calendar
from booking.staff_feeds import staff_calendar
from tests import builders as b
from tests.booking import builders as bb
from tests.clock import NOW
from tests.ical_golden import check, readable

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def appointments(db, home, clock):
    branch = b.branch(
        "Παράρτημα ΚΕΜ",
        titles={"el": "Παράρτημα ΚΕΜ", "en": "KEM branch"},
        slug={"el": "parartima-kem", "en": "kem-branch"},
        address={"el": "Οδός Πειραιώς 7", "en": "7 Peiraios Street"},
        capacity=2,
    )
    unit = b.mobile_unit(
        titles={"el": "Κινητή Μονάδα 1", "en": "Mobile unit 1"},
        slug={"el": "kiniti-monada-1", "en": "mobile-unit-1"},
    )
    stop = b.stop(unit, names={"el": "Πλατεία Αγίας Σοφίας"}, capacity=1)
    stop.address_el = "Πλατεία Αγίας Σοφίας 4"
    stop.save()
    service = b.service(
        "Ψυχολογική στήριξη",
        titles={"el": "Ψυχολογική στήριξη", "en": "Psychological support"},
        slug={"el": "psychologiki-stirixi", "en": "psychological-support"},
        branches=[branch],
        units=[unit],
        appointment_minutes=30,
    )
    at_branch, _token = reservations.book(
        service=service,
        slot_key=bb.first_free(service, branch).key,
        details=bb.citizen(name="Ελένη Παπαδάκη", phone="+306900000001"),
    )
    at_stop, _token = reservations.book(
        service=service,
        slot_key=bb.first_free(service, stop).key,
        details=bb.citizen(
            name="زهرا محمدی",
            phone="+306900000002",
            language="fa",
            interpreter_needed=True,
            interpreter_language="fa",
            note="Έρχεται με το παιδί της.",
        ),
    )
    later = NOW + datetime.timedelta(hours=3)
    with time_machine.travel(later, tick=False):
        moved, _token = reservations.book(
            service=service,
            slot_key=bb.first_free(service, branch).key,
            details=bb.citizen(name="Γιώργος Νικολάου", phone="+306900000003"),
        )
    with time_machine.travel(later + datetime.timedelta(minutes=42), tick=False):
        reservations.reschedule(moved, bb.first_free(service, branch).key)
        cancelled, _token = reservations.book(
            service=service,
            slot_key=bb.first_free(service, stop).key,
            details=bb.citizen(name="Μαρία Ιωάννου", phone="+306900000004"),
        )
        reservations.cancel(cancelled, notify=False)
    for appointment in (at_branch, at_stop, moved, cancelled):
        appointment.refresh_from_db()
    return {"branch": at_branch, "stop": at_stop, "moved": moved, "cancelled": cancelled}


def without_ids(text, appointments):
    """Readable text with the random references replaced by the appointment's role."""
    replacements = []
    for name, appointment in appointments.items():
        replacements.append((appointment.display_reference, f"REF-{name.upper()}"))
        replacements.append((appointment.reference, f"REF{name.upper()}"))
    return readable(text, replacements)


@pytest.mark.parametrize("show_phone", [False, True])
def test_the_staff_feed_is_the_text_it_was(appointments, settings, show_phone):
    settings.BOOKING_STAFF_FEED_SHOW_PHONE = show_phone
    user = b.staff_user("boss", superuser=True)

    body = staff_calendar(user).decode()

    name = "staff-feed-phone.ics" if show_phone else "staff-feed.ics"
    check(GOLDEN / name, without_ids(body, appointments))


@pytest.mark.parametrize("language", ["el", "fa"])
@pytest.mark.parametrize("which", ["branch", "stop", "moved", "cancelled"])
def test_the_citizens_file_is_the_text_it_was(appointments, which, language):
    appointment = appointments[which]
    manage_url = "" if which == "moved" else "https://example.org/el/booking/manage/TOKEN/"

    with translation.override(language):
        body = appointment_calendar(appointment, manage_url=manage_url).decode()

    check(GOLDEN / f"appointment-{which}.{language}.ics", without_ids(body, appointments))
