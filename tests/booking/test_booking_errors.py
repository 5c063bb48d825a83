"""A refused booking says the same thing at every door, in every language.

Each `reservations.BookingError` carries its code, its message for the
citizen and its message for staff; the web flow, the API and the staff
screen show those, not copies of their own.
"""

import html
import json
import re
from urllib.parse import unquote, urlencode

from django.conf import settings
from django.utils import translation

import pytest

from booking import reservations
from booking.api.schemas import CONFLICT_CODES
from booking.slots import free_slots
from tests.booking import builders as bb

pytestmark = pytest.mark.usefixtures("clock")

ERRORS = [
    reservations.SlotUnavailable(),
    reservations.SlotUnavailable(alternatives=["a free slot"]),
    reservations.TooManyAppointments(),
    reservations.NotBookable(),
    reservations.NotCancellable(),
]
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


@pytest.mark.parametrize("error", ERRORS, ids=lambda error: error.code)
@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_booking_error_has_its_messages_in_every_language(error, language):
    with translation.override("en"):
        english = (error.message, error.staff_message)
    with translation.override(language):
        translated = (error.message, error.staff_message)

    for text, original in zip(translated, english, strict=True):
        assert text and "%(" not in text
        assert text != original, f"{error.code} is not translated into {language}"


def test_the_api_lists_each_conflict_code_of_the_booking_errors():
    assert CONFLICT_CODES == [
        "slot_unavailable",
        "too_many_appointments",
        "not_bookable",
        "not_cancellable",
    ]


def test_the_api_and_the_web_flow_say_the_same_to_a_phone_with_too_many_appointments(
    client, bookable
):
    service, branch = bookable["service"], bookable["branch"]
    slots = free_slots(service, places=[branch.place_id])
    limit = settings.BOOKING_MAX_ACTIVE_PER_PHONE
    for slot in slots[:limit]:
        reservations.book(
            service=service, slot_key=slot.key, details=bb.citizen(phone="+306912345678")
        )
    slot = slots[limit]

    api = client.post(
        "/el/api/v1/bookings",
        json.dumps(bb.api_body(slot.key, service)),
        content_type="application/json",
    )
    query = urlencode({"service": service.pk, "place": branch.place_id, "slot": slot.key})
    client.post(
        f"/el/booking/details/?{query}",
        {
            "name": "Ελένη Παπαδάκη",
            "phone": "69 1234 5678",
            "language": "el",
            "interpreter_needed": "no",
        },
    )
    client.post("/el/booking/agreement/", {"consent": "on"})
    check = client.get("/el/booking/check/").content.decode()
    submission = re.search(r'name="submission_id" value="([^"]+)"', check).group(1)
    web = client.post("/el/booking/check/", {"submission_id": submission}, follow=True)

    with translation.override("el"):
        expected = reservations.TooManyAppointments().message
    assert api.status_code == 409
    assert api.json()["detail"] == expected
    assert api.json()["code"] == reservations.TooManyAppointments.code
    assert expected in html.unescape(web.content.decode())


def test_moving_to_a_time_just_taken_offers_the_nearest_free_times(client, bookable):
    service, stop = bookable["service"], bookable["stop"]
    slots = free_slots(service, places=[stop.place_id])  # one place per slot at the stop
    _appointment, token = reservations.book(
        service=service, slot_key=slots[0].key, details=bb.citizen()
    )
    page = client.get(f"/en/booking/manage/{token}/")["Location"]
    reservations.book(service=service, slot_key=slots[2].key, details=bb.citizen())

    response = client.post(page + "move/", {"slot": slots[2].key}, follow=True)

    with translation.override("en"):
        expected = reservations.slot_unavailable(service, slots[2].key)
    offered = unquote(
        re.search(
            r'id="alternatives-heading".*?</section>', response.content.decode(), re.DOTALL
        ).group(0)
    )
    assert response.redirect_chain[-1][0] == page + "move/"
    assert expected.message in html.unescape(response.content.decode())
    assert [slot.key for slot in expected.alternatives if slot.key in offered]
    assert slots[2].key not in offered
