"""The citizen's booking flow through the web pages, without JavaScript."""

import datetime
import random
import re
from urllib.parse import unquote

from django.test import override_settings
from django.utils import timezone, translation

import icalendar
import pytest
import time_machine

from booking import reservations
from booking.choices import Channel, Status
from booking.models import Appointment
from booking.retention import anonymise
from booking.slots import free_slots
from portal.bidi import isolated_html
from services_catalog.models import Offering
from tests import builders as b
from tests.booking.builders import details
from tests.booking.flow_steps import (
    ANSWERS,
    book_through_the_pages,
    manage_link,
    open_manage_link,
    walk_to_details,
)

pytestmark = pytest.mark.usefixtures("clock")


def test_a_citizen_books_in_greek_from_start_to_confirmation(client, bookable):
    done, _submission = book_through_the_pages(client, "el", bookable)

    appointment = Appointment.objects.get()
    assert appointment.status == Status.BOOKED and appointment.channel == Channel.WEB
    assert appointment.phone == "+306912345678"  # normalised
    html = done.content.decode()
    assert appointment.display_reference in html
    assert timezone.localtime(appointment.start).strftime("%H:%M") in html
    assert bookable["branch"].address in html
    assert "geo:37.943100,23.646900" in html
    assert "Ταυτότητα, αν έχετε." in html  # what to bring
    assert "/el/booking/done/appointment.ics" in html
    manage = re.search(r'class="manage-link"><a href="([^"]+)"', html).group(1)
    assert "/el/booking/manage/" in manage


def test_a_citizen_books_in_arabic_at_a_van_stop_with_an_interpreter(client, bookable):
    done, _ = book_through_the_pages(
        client,
        "ar",
        bookable,
        place="stop",
        name="أحمد الخطيب",
        language="ar",
        interpreter_needed="yes",
        interpreter_language="العربية",
    )

    appointment = Appointment.objects.get()
    assert appointment.stop == bookable["stop"]
    assert (appointment.name, appointment.language) == ("أحمد الخطيب", "ar")
    assert appointment.interpreter_needed and appointment.interpreter_language == "ar"
    assert '<html lang="ar" dir="rtl">' in done.content.decode()


def test_every_step_shows_where_the_citizen_is(client, bookable):
    details_url = walk_to_details(client, "en", bookable)

    html = client.get(details_url).content.decode()

    assert "Step 4 of 6" in html
    assert re.search(r'<li class="steps__item steps__item--current" aria-current="step">', html)
    assert html.count("steps__item--done") == 3
    assert 'class="back-link"><a href="/en/booking/time/?service=' in html


def test_links_from_service_and_place_pages_preselect(client, bookable):
    service, stop = bookable["service"], bookable["stop"]

    with_service = client.get(f"/en/booking/?service={service.pk}")
    with_both = client.get(f"/en/booking/?service={service.pk}&place={stop.place_id}")
    with_place = client.get(f"/en/booking/?place={stop.place_id}")

    assert with_service["Location"].startswith(f"/en/booking/place/?service={service.pk}")
    assert with_both["Location"] == f"/en/booking/time/?service={service.pk}&place={stop.place_id}"
    assert f"?service={service.pk}&amp;place={stop.place_id}" in with_place.content.decode()


def test_service_branch_and_stop_pages_link_into_the_flow(client, bookable):
    service, branch, stop = bookable["service"], bookable["branch"], bookable["stop"]

    assert (
        f'/el/booking/?service={service.pk}"' in client.get(b.url(service, "el")).content.decode()
    )
    assert (
        f'/el/booking/?place={branch.place_id}"' in client.get(b.url(branch, "el")).content.decode()
    )
    assert (
        f'/el/booking/?place={stop.place_id}"'
        in client.get(b.stop_url(stop, "el")).content.decode()
    )
    assert '/el/booking/"' in client.get("/el/").content.decode()


def test_places_are_grouped_by_community_with_the_next_free_time(client, bookable):
    other = b.community(slug="3i", name="3η Δημοτική Κοινότητα")
    far_branch = b.branch("Παράρτημα Ρομά", community_obj=other)
    Offering.objects.create(service=bookable["service"], branch=far_branch)
    bookable["service"].save()

    html = client.get(f"/el/booking/place/?service={bookable['service'].pk}").content.decode()

    headings = re.findall(r'<h2 id="community-\d+">([^<]+)</h2>', html)
    assert headings == ["1η Δημοτική Κοινότητα", "3η Δημοτική Κοινότητα"]
    assert html.count("choice-card__title") == 3
    first_free = free_slots(bookable["service"], places=[bookable["branch"].place_id])[0]
    assert timezone.localtime(first_free.start).strftime("%H:%M") in html


def test_time_step_suggests_the_earliest_and_lists_only_free_slots(client, bookable):
    service, stop = bookable["service"], bookable["stop"]
    slots = free_slots(service, places=[stop.place_id])

    html = client.get(
        f"/en/booking/time/?service={service.pk}&place={stop.place_id}"
    ).content.decode()

    earliest = re.search(r'id="earliest-heading".*?href="([^"]+)"', html, re.S).group(1)
    assert unquote(earliest.replace("&amp;", "&")).endswith(f"slot={slots[0].key}")
    shown = {unquote(k) for k in re.findall(r"slot=([^\"&]+)", html)}
    assert shown <= {s.key for s in slots}


def test_details_errors_are_shown_next_to_the_field_with_the_answers_kept(client, bookable):
    details_url = walk_to_details(client, "en", bookable)

    response = client.post(
        details_url,
        {
            **ANSWERS,
            "name": "   ",
            "phone": "12",
            "email": "not-an-address",
            "note": "x" * 600,
            "interpreter_needed": "yes",
            "interpreter_language": "",
        },
    )

    assert response.status_code == 200
    html = response.content.decode()
    errors = response.context["form"].errors
    assert set(errors) == {"name", "phone", "email", "note", "interpreter_language"}
    # Each input points at its hint and its error, so a screen reader reads both.
    assert 'id="id_phone-error"' in html
    assert re.search(
        r'<input[^>]*aria-describedby="id_phone-help id_phone-error"[^>]*aria-invalid="true"', html
    )
    assert 'value="not-an-address"' in html  # kept
    assert 'class="error-summary"' in html
    assert Appointment.objects.count() == 0


def test_details_errors_are_translated(client, bookable):
    details_url = walk_to_details(client, "fa", bookable)

    response = client.post(details_url, {**ANSWERS, "phone": "12"})

    english = (
        "This does not look like a phone number. Write it like 69 1234 5678 or +44 7911 123456."
    )
    with translation.override("fa"):
        persian = translation.gettext(english)
        # Shown with its examples' isolates (LRI … PDI) as <bdi dir="ltr"> elements.
        shown = isolated_html(persian)
    assert persian != english
    assert '<bdi dir="ltr" class="nowrap">69 1234 5678</bdi>' in shown
    assert shown in response.content.decode()


@pytest.mark.parametrize(
    ("name", "stored"),
    [
        ("Γιώργος Χαλιλόπουλος", "Γιώργος Χαλιλόπουλος"),
        ("فاطمه  رضایی\u200cپور", "فاطمه رضایی\u200cپور"),
        ("François Müller-Ñúñez", "François Müller-Ñúñez"),
        ("أحمد\u202eevil", "أحمدevil"),
        ("Ana\x07 Maria\x1b", "Ana Maria"),
    ],
)
def test_names_in_any_script_are_welcome_and_hidden_characters_removed(
    client, bookable, name, stored
):
    book_through_the_pages(client, "en", bookable, name=name)

    assert Appointment.objects.get().name == stored


def test_international_and_greek_numbers_are_normalised(client, bookable):
    book_through_the_pages(client, "en", bookable, phone="0044 7911 123456")

    assert Appointment.objects.get().phone == "+447911123456"


def test_a_null_character_is_refused_with_a_message(client, bookable):
    details_url = walk_to_details(client, "en", bookable)

    response = client.post(details_url, {**ANSWERS, "name": "Ana\x00Maria"})

    assert response.status_code == 200
    assert "name" in response.context["form"].errors
    assert Appointment.objects.count() == 0


def test_the_honeypot_stops_a_bot_without_booking(client, bookable):
    details_url = walk_to_details(client, "en", bookable)

    response = client.post(details_url, {**ANSWERS, "website": "http://spam.example"})

    assert response["Location"] == "/en/booking/"
    assert client.get("/en/booking/check/")["Location"] == "/en/booking/"


def test_consent_is_required(client, bookable):
    details_url = walk_to_details(client, "en", bookable)
    client.post(details_url, ANSWERS)

    response = client.post("/en/booking/agreement/", {})

    assert response.status_code == 200
    assert "We can only book the appointment with your agreement." in response.content.decode()
    assert client.get("/en/booking/check/")["Location"] == "/en/booking/agreement/"


def test_a_slot_taken_meanwhile_sends_the_citizen_back_with_the_nearest_free_times(
    client, bookable
):
    details_url = walk_to_details(client, "en", bookable, place="stop")  # capacity 1
    client.post(details_url, ANSWERS)
    client.post("/en/booking/agreement/", {"consent": "on"})
    check = client.get("/en/booking/check/").content.decode()
    submission = re.search(r'name="submission_id" value="([^"]+)"', check).group(1)
    slot_key = unquote(details_url.split("slot=")[1])
    reservations.book(
        service=bookable["service"], slot_key=slot_key, details=details(phone="+306999999999")
    )

    response = client.post("/en/booking/check/", {"submission_id": submission}, follow=True)

    html = response.content.decode()
    assert response.redirect_chain[-1][0].startswith("/en/booking/time/")
    assert "someone has just taken that time" in html
    assert 'id="alternatives-heading"' in html
    assert Appointment.objects.count() == 1


def test_double_submission_makes_one_appointment(client, bookable):
    details_url = walk_to_details(client, "en", bookable)
    client.post(details_url, ANSWERS)
    client.post("/en/booking/agreement/", {"consent": "on"})
    check = client.get("/en/booking/check/").content.decode()
    submission = re.search(r'name="submission_id" value="([^"]+)"', check).group(1)

    first = client.post("/en/booking/check/", {"submission_id": submission})
    second = client.post("/en/booking/check/", {"submission_id": submission})

    assert first["Location"] == second["Location"] == "/en/booking/done/"
    assert Appointment.objects.count() == 1


def test_tampered_hidden_field_books_nothing(client, bookable):
    details_url = walk_to_details(client, "en", bookable)
    client.post(details_url, ANSWERS)
    client.post("/en/booking/agreement/", {"consent": "on"})

    response = client.post(
        "/en/booking/check/", {"submission_id": "00000000-0000-0000-0000-000000000000"}
    )

    assert response["Location"] == "/en/booking/check/"
    assert Appointment.objects.count() == 0


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/en/booking/place/?service=abc", 302),
        ("/en/booking/place/?service=999999", 302),
        ("/en/booking/time/?service={service}&place=stop-999999", 302),
        ("/en/booking/time/?service={service}&place=%00%ff", 302),
        ("/en/booking/time/?service={service}&place={stop}&page=-4", 200),
        ("/en/booking/details/?service={service}&place={stop}&slot=garbage", 302),
        ("/en/booking/details/?service={service}&place={branch}&slot={stop_slot}", 302),
        ("/en/booking/agreement/", 302),
        ("/en/booking/check/", 302),
        ("/en/booking/done/", 302),
        ("/en/booking/done/appointment.ics", 404),
        ("/en/booking/manage/not-a-token/", 404),
        ("/en/booking/manage/" + "x" * 300 + "/", 404),
    ],
)
def test_odd_addresses_never_fail(client, bookable, url, status):
    stop_slot = free_slots(bookable["service"], places=[bookable["stop"].place_id])[0].key
    url = url.format(
        service=bookable["service"].pk,
        stop=bookable["stop"].place_id,
        branch=bookable["branch"].place_id,
        stop_slot=stop_slot,
    )

    response = client.get(url)

    assert response.status_code == status  # a step back (302) or not found, never a 500


def test_no_personal_data_in_addresses(client, bookable):
    details_url = walk_to_details(client, "en", bookable)
    response = client.post(details_url, {**ANSWERS, "email": "eleni@example.org"})
    visited = [details_url, response["Location"]]
    visited.append(client.post("/en/booking/agreement/", {"consent": "on"})["Location"])
    html = client.get("/en/booking/check/").content.decode()
    submission = re.search(r'name="submission_id" value="([^"]+)"', html).group(1)
    visited.append(client.post("/en/booking/check/", {"submission_id": submission})["Location"])
    visited += re.findall(r'href="([^"]+)"', client.get("/en/booking/done/").content.decode())

    for address in visited:
        assert "6912345678" not in address and "eleni" not in address.lower()
        assert "Ελένη" not in unquote(address)


@override_settings(
    BOOKING_RATE_PER_PHONE="2/d", BOOKING_RATE_PER_IP="100/h", BOOKING_MAX_ACTIVE_PER_PHONE=10
)
def test_too_many_bookings_from_one_phone_are_slowed_down(client, bookable):
    # A number of its own: the count lives in the shared cache (Redis in CI).
    phone = f"69{random.randint(10_000_000, 99_999_999)}"
    for _ in range(2):
        book_through_the_pages(client, "en", bookable, phone=phone)

    details_url = walk_to_details(client, "en", bookable)
    client.post(details_url, {**ANSWERS, "phone": phone})
    client.post("/en/booking/agreement/", {"consent": "on"})
    html = client.get("/en/booking/check/").content.decode()
    submission = re.search(r'name="submission_id" value="([^"]+)"', html).group(1)
    response = client.post("/en/booking/check/", {"submission_id": submission})

    assert response.status_code == 429
    assert "Please try again later" in response.content.decode()
    assert Appointment.objects.count() == 2


def test_the_calendar_file_of_the_confirmation(client, bookable):
    book_through_the_pages(client, "en", bookable)
    appointment = Appointment.objects.get()

    response = client.get("/en/booking/done/appointment.ics")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    event = icalendar.Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert event["DTSTART"].dt == appointment.start
    assert appointment.display_reference in str(event["DESCRIPTION"])
    # The private link went out by text message and e-mail; the page no longer knows it.
    assert "/booking/manage/" not in str(event["DESCRIPTION"])


# --- The manage link ----------------------------------------------------------


def test_the_manage_link_shows_cancels_and_moves(client, bookable):
    url = open_manage_link(client, bookable)
    appointment = Appointment.objects.get()

    page = client.get(url).content.decode()
    assert appointment.display_reference in page and "Yes, cancel my appointment" in page

    move_page = client.get(url + "move/").content.decode()
    new_key = unquote(re.findall(r'move/confirm/\?slot=([^"]+)"', move_page)[2])
    assert client.post(url + "move/confirm/", {"slot": new_key})["Location"] == url
    appointment.refresh_from_db()
    assert appointment.window_key and new_key.startswith(appointment.window_key)

    assert client.post(url, {"action": "cancel"})["Location"] == url
    appointment.refresh_from_db()
    assert appointment.status == Status.CANCELLED
    assert "Yes, cancel my appointment" not in client.get(url).content.decode()


def test_wrong_expired_or_anonymised_tokens_get_a_plain_404(client, bookable):
    url = manage_link(client, bookable)
    page = client.get(url)["Location"]  # the token-free page, granted to this session
    appointment = Appointment.objects.get()
    wrong = client.get("/en/booking/manage/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/")

    with time_machine.travel(appointment.end + datetime.timedelta(days=2), tick=False):
        expired = [client.get(url), client.get(page)]
    anonymise(Appointment.objects.filter(pk=appointment.pk))
    anonymised = [client.get(url), client.get(page)]

    for response in (wrong, *expired, *anonymised):
        assert response.status_code == 404
        assert appointment.display_reference not in response.content.decode()


def test_a_cancelled_appointment_cannot_be_moved(client, bookable):
    url = open_manage_link(client, bookable)
    client.post(url, {"action": "cancel"})

    response = client.post(url + "move/", {"slot": "anything"})

    assert response["Location"] == url


def test_step_names_are_in_the_page_language(client, bookable):
    details_url = walk_to_details(client, "fa", bookable)

    html = client.get(details_url).content.decode()

    steps = re.search(r'<nav class="steps".*?</nav>', html, re.S).group(0)
    with translation.override("fa"):
        assert translation.gettext("Your details") in steps
    assert not re.search(r"[\u0370-\u03ff]", steps), "Greek in the Persian step list"


ISOLATED = r'<bdi dir="ltr"[^>]*>([^<]*)</bdi>'


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_the_phone_examples_keep_their_order_in_right_to_left_pages(client, bookable, lang):
    """Each example number is its own left-to-right isolate (a `<bdi dir="ltr">`, made from
    the catalogue's LRI … PDI), so «69 1234 5678» is not shown as «5678 1234 69» nor
    «+44 7911 123456» as «123456 7911 44+»."""
    details_url = walk_to_details(client, lang, bookable)

    html = client.post(details_url, {**ANSWERS, "phone": "12"}).content.decode()

    error = re.search(r'<p class="field-error" id="id_phone-error">(.*?)</p>', html).group(1)
    examples = re.findall(ISOLATED, error)
    assert examples == ["69 1234 5678", "+44 7911 123456"]
    # Nothing outside an isolate is written left to right: no digits, no Latin letters,
    # and no bare control characters left for a phone to draw as boxes.
    outside = re.sub(ISOLATED, "", error)
    assert not re.search(r"[0-9A-Za-z+\u2066-\u2069]", outside)
    summary = re.search(r'<div class="error-summary".*?</div>', html, re.S).group(0)
    assert re.findall(ISOLATED, summary) == examples
    assert f'<html lang="{lang}" dir="rtl"' in html
