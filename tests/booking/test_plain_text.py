"""Plain-text messages and notes: written as the citizen typed them.

E-mails and text messages are plain text, so a name like "O'Brien & Sons"
must arrive as such, not as HTML entities; a note typed on Windows (CRLF)
must keep single line breaks.
"""

from django.core import mail
from django.test import override_settings

import pytest

from booking import notifications, reservations
from booking.forms import DetailsForm, clean_text
from booking.slots import free_slots
from booking.sms import MemorySMSBackend
from tests.booking.builders import details

NAME = "O'Brien & Sons <x>"


@pytest.fixture(autouse=True)
def empty_sms_outbox():
    MemorySMSBackend.outbox.clear()


@override_settings(BOOKING_SMS_BACKEND="booking.sms.MemorySMSBackend")
@pytest.mark.parametrize("kind", ["confirmation", "reminder", "moved", "cancellation"])
def test_emails_and_text_messages_are_not_html_escaped(bookable, kind):
    bookable["branch"].address_en = "3 Rigas & Fereos St <back>"
    bookable["branch"].save()
    slot = free_slots(bookable["service"], places=[bookable["branch"].place_id])[0]
    appointment, token = reservations.book(
        service=bookable["service"],
        slot_key=slot.key,
        details=details(name=NAME, email="obrien@example.org", language="en"),
    )
    mail.outbox.clear()
    MemorySMSBackend.outbox.clear()

    notifications.send(appointment, kind, token=token)

    body = mail.outbox[0].body
    assert f"Hello {NAME}," in body
    assert "3 Rigas & Fereos St <back>" in body
    assert "&amp;" not in body and "&#x27;" not in body and "&lt;" not in body
    text = MemorySMSBackend.outbox[0][1]
    assert "3 Rigas & Fereos St <back>" in text and "&amp;" not in text


@pytest.mark.parametrize("field", ["note", "accessibility_needs"])
def test_windows_and_old_mac_line_breaks_are_stored_once(field):
    form = DetailsForm(
        data={
            "name": "Ελένη",
            "phone": "6912345678",
            "language": "el",
            "interpreter_needed": "no",
            field: "first line\r\nsecond line\rthird line\n\nafter a blank line",
        }
    )

    assert form.is_valid(), form.errors
    assert form.cleaned_data[field] == "first line\nsecond line\nthird line\n\nafter a blank line"


def test_clean_text_keeps_a_single_line_on_one_line():
    assert clean_text("a\r\nb") == "a b"
    assert clean_text("a\r\n\r\nb", multiline=True) == "a\n\nb"
