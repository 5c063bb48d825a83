"""Issue 11, item 6: the booking flow after confirming, the check page's "Change" links,
landlines, moving with a confirmation, and booking again after cancelling."""

import html
import re
from urllib.parse import unquote

from django.test import override_settings
from django.utils import timezone, translation

import pytest

from booking.choices import NotificationChannel, Status
from booking.models import Appointment, NotificationDelivery
from booking.phones import display_phone, normalise_phone, takes_text_messages
from booking.slots import free_slots
from booking.sms import MemorySMSBackend
from tests.booking.flow_steps import (
    ANSWERS,
    book_through_the_pages,
    links,
    open_manage_link,
    walk_to_details,
)

pytestmark = pytest.mark.usefixtures("clock")

SMS = override_settings(BOOKING_SMS_BACKEND="booking.sms.MemorySMSBackend")
LANDLINE = "210 123 4567"


@pytest.fixture(autouse=True)
def empty_sms_outbox():
    MemorySMSBackend.outbox.clear()


def to_check_page(client, lang, bookable, **answers):
    """Steps 1–5; the check page's HTML."""
    details_url = walk_to_details(client, lang, bookable)
    assert client.post(details_url, {**ANSWERS, **answers}).status_code == 302
    client.post(f"/{lang}/booking/agreement/", {"consent": "on"})
    return details_url, client.get(f"/{lang}/booking/check/").content.decode()


def confirm(client, lang, check_html):
    submission = re.search(r'name="submission_id" value="([^"]+)"', check_html).group(1)
    return client.post(f"/{lang}/booking/check/", {"submission_id": submission})


# --- (a) After confirming, Back shows the confirmation -------------------------------------


def test_after_booking_every_step_shows_the_confirmation_not_a_new_form(client, bookable):
    service, branch = bookable["service"], bookable["branch"]
    details_url = walk_to_details(client, "en", bookable)
    book_through_the_pages(client, "en", bookable)
    appointment = Appointment.objects.get()
    steps = [
        "/en/booking/",
        f"/en/booking/?service={service.pk}",
        f"/en/booking/place/?service={service.pk}",
        f"/en/booking/time/?service={service.pk}&place={branch.place_id}",
        details_url,
        "/en/booking/agreement/",
        "/en/booking/check/",
    ]

    for step in steps:  # what the Back button asks for again
        response = client.get(step)
        assert response["Location"] == "/en/booking/done/", step
        assert response["Cache-Control"] == "no-store, private", step
    # A stale form sent again from an old page books nothing either.
    assert client.post(details_url, ANSWERS)["Location"] == "/en/booking/done/"

    done = client.get("/en/booking/done/").content.decode()
    assert appointment.display_reference in done
    assert "This appointment is already booked." in html.unescape(done)
    assert 'href="/en/booking/new/" id="book-another"' in done
    assert 'name="submission_id"' not in done
    assert Appointment.objects.count() == 1


def test_book_another_appointment_starts_a_new_flow_explicitly(client, bookable):
    book_through_the_pages(client, "en", bookable)
    first = Appointment.objects.get()

    response = client.get("/en/booking/new/")

    assert response["Location"] == "/en/booking/"
    start = client.get("/en/booking/")
    assert start.status_code == 200 and 'class="choice-card"' in start.content.decode()
    # The confirmation of the first one is still there to see.
    assert first.display_reference in client.get("/en/booking/done/").content.decode()
    book_through_the_pages(client, "en", bookable, phone="69 2222 3333")
    assert Appointment.objects.count() == 2


def test_a_second_booking_finishes_its_own_flow(client, bookable):
    book_through_the_pages(client, "en", bookable)
    client.get("/en/booking/new/")
    book_through_the_pages(client, "en", bookable, phone="69 2222 3333")

    assert client.get("/en/booking/")["Location"] == "/en/booking/done/"


def test_an_appointment_deleted_meanwhile_does_not_trap_the_citizen(client, bookable):
    book_through_the_pages(client, "en", bookable)
    Appointment.objects.all().delete()  # by staff, say

    assert client.get("/en/booking/")["Location"] == "/en/booking/done/"
    assert client.get("/en/booking/done/")["Location"] == "/en/booking/"
    assert client.get("/en/booking/").status_code == 200


def test_every_step_tells_the_browser_not_to_store_it(client, bookable):
    service, branch = bookable["service"], bookable["branch"]

    for step in (
        "/en/booking/",
        f"/en/booking/place/?service={service.pk}",
        f"/en/booking/time/?service={service.pk}&place={branch.place_id}",
    ):
        assert client.get(step)["Cache-Control"] == "no-store, private", step


# --- (b) The check page: real, labelled "Change" links -------------------------------------


def change_links(check_html):
    """{hidden context: href} of each "Change" link."""
    return {
        html.unescape(context): html.unescape(href)
        for href, context in re.findall(
            r'<a class="summary__change" href="([^"]+)">[^<]+'
            r'<span class="visually-hidden"> ([^<]+)</span></a>',
            check_html,
        )
    }


def test_the_check_page_has_a_labelled_change_link_for_every_answer(client, bookable):
    service, branch = bookable["service"], bookable["branch"]
    details_url, check = to_check_page(client, "en", bookable)

    found = change_links(check)

    assert set(found) == {
        "the service",
        "the day and time",
        "the place",
        "your name",
        "the phone number",
        "the e-mail address",
        "the language for contact",
        "the interpreter",
    }
    assert unquote(found["the phone number"]) == unquote(details_url) + "&return=review#id_phone"
    assert found["the day and time"] == (
        f"/en/booking/time/?service={service.pk}&place={branch.place_id}&return=review"
    )
    # The number as people write it, not as it is stored.
    phone_row = re.search(r'<div id="review-phone">.*?</div>', check, re.S).group(0)
    assert "691 234 5678" in phone_row and "+30" not in phone_row


def test_the_change_links_are_translated_with_their_context(client, bookable):
    _details_url, check = to_check_page(client, "el", bookable)

    with translation.override("el"):
        hidden = translation.pgettext("what the Change link changes", "the phone number")
        change = translation.gettext("Change")
    assert hidden != "the phone number"
    assert f'{change}<span class="visually-hidden"> {hidden}</span>' in check


def test_changing_the_phone_from_the_check_page_comes_back_to_it(client, bookable):
    _details_url, check = to_check_page(client, "en", bookable)
    change = change_links(check)["the phone number"].split("#")[0]

    form = client.get(change).content.decode()
    assert 'value="+306912345678"' in form or 'value="69 1234 5678"' in form
    assert 'class="back-link"><a href="/en/booking/check/"' in form
    response = client.post(change, {**ANSWERS, "phone": "69 8765 4321"})

    assert response["Location"] == "/en/booking/check/"  # not the agreement again
    check = client.get("/en/booking/check/").content.decode()
    assert "698 765 4321" in check
    confirm(client, "en", check)
    assert Appointment.objects.get().phone == "+306987654321"


def test_changing_the_time_from_the_check_page_comes_back_to_it(client, bookable):
    service, branch = bookable["service"], bookable["branch"]
    _details_url, check = to_check_page(client, "en", bookable)
    time_step = client.get(change_links(check)["the day and time"]).content.decode()
    later = free_slots(service, places=[branch.place_id])[3]
    chosen = [u for u in links(time_step, "/en/booking/details/") if u.endswith("&return=review")]
    new_time = next(u for u in chosen if later.key in u)

    response = client.get(new_time)

    assert response["Location"] == "/en/booking/check/"
    check = client.get("/en/booking/check/").content.decode()
    assert timezone.localtime(later.start).strftime("%H:%M") in check
    confirm(client, "en", check)
    assert Appointment.objects.get().start == later.start


# --- (c) A landline: accepted, with a clear warning, and no text message --------------------


def test_landlines_are_told_apart_from_mobiles():
    assert normalise_phone(LANDLINE) == "+302101234567"
    assert not takes_text_messages("+302101234567")
    assert not takes_text_messages("+302310123456")  # Thessaloniki
    assert takes_text_messages("+306912345678")
    assert takes_text_messages("+447911123456")
    assert takes_text_messages("")
    assert display_phone("+302101234567") == "21 0123 4567"
    assert display_phone("+306912345678") == "691 234 5678"
    assert display_phone("+447911123456") == "+44 7911 123456"


@SMS
def test_a_landline_is_booked_with_a_warning_and_no_text_message(
    client, bookable, django_capture_on_commit_callbacks
):
    _details_url, check = to_check_page(client, "en", bookable, phone=LANDLINE)

    text = html.unescape(check)
    assert "This is a landline: we cannot send you a text message." in text
    assert "Give a mobile number instead" in text and "Add an e-mail address" in text
    assert "<dt>Phone</dt>" in check and "21 0123 4567" in check
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, "en", check)
    done = html.unescape(client.get("/en/booking/done/").content.decode())

    appointment = Appointment.objects.get()
    assert appointment.phone == "+302101234567"
    assert "we cannot send you a text message. Write down your reference." in done
    assert appointment.display_reference in done
    assert MemorySMSBackend.outbox == []
    assert not NotificationDelivery.objects.filter(channel=NotificationChannel.SMS).exists()


@SMS
def test_a_mobile_gets_no_landline_warning_and_its_text_message(
    client, bookable, django_capture_on_commit_callbacks
):
    _details_url, check = to_check_page(client, "en", bookable)

    assert "landline" not in check
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, "en", check)
    assert "landline" not in client.get("/en/booking/done/").content.decode()
    assert [phone for phone, _text in MemorySMSBackend.outbox] == ["+306912345678"]


@pytest.mark.parametrize("lang", ["el", "ar", "fa"])
def test_the_landline_warning_is_translated(client, bookable, lang):
    _details_url, check = to_check_page(client, lang, bookable, phone=LANDLINE)

    english = "This is a landline: we cannot send you a text message."
    with translation.override(lang):
        translated = translation.gettext(english)
    assert translated != english
    assert translated in html.unescape(check)


# --- (d) Moving needs a confirmation ------------------------------------------------------


def test_choosing_a_new_time_asks_first_then_moves(client, bookable):
    url = open_manage_link(client, bookable)
    appointment = Appointment.objects.get()
    before = appointment.start

    move_page = client.get(url + "move/").content.decode()
    assert '<form method="post">' not in move_page  # no time moves the appointment in one tap
    confirm_url = html.unescape(
        re.findall(r'href="([^"]+/move/confirm/\?slot=[^"]+)"', move_page)[2]
    )
    page = client.get(confirm_url).content.decode()

    appointment.refresh_from_db()
    assert appointment.start == before  # looking is not moving
    new_key = unquote(confirm_url.split("slot=")[1])
    assert "Move your appointment?" in page
    assert timezone.localtime(before).strftime("%H:%M") in page
    assert f'name="slot" value="{new_key}"' in page
    assert "Yes, move it" in page
    assert f'<a class="button" href="{url}">Keep my appointment</a>' in page

    assert client.post(url + "move/confirm/", {"slot": new_key})["Location"] == url
    appointment.refresh_from_db()
    assert appointment.start != before and new_key.startswith(appointment.window_key)


def test_a_time_sent_from_an_older_page_is_confirmed_first(client, bookable):
    url = open_manage_link(client, bookable)
    appointment = Appointment.objects.get()
    key = free_slots(bookable["service"], places=[bookable["branch"].place_id])[4].key

    response = client.post(url + "move/", {"slot": key})

    assert unquote(response["Location"]) == f"{url}move/confirm/?slot={key}"
    assert Appointment.objects.get().start == appointment.start


def test_confirming_a_time_taken_meanwhile_offers_others(client, bookable):
    url = open_manage_link(client, bookable)

    response = client.get(url + "move/confirm/?slot=garbage", follow=True)

    assert response.redirect_chain[-1][0] == url + "move/"
    assert "someone has just taken that time" in html.unescape(response.content.decode())


# --- (e) After cancelling, book again ---------------------------------------------------


def test_after_cancelling_the_page_offers_to_book_the_same_service_and_place_again(
    client, bookable
):
    service, branch = bookable["service"], bookable["branch"]
    url = open_manage_link(client, bookable)  # booked in this browser: the flow is finished
    assert "Book again" not in client.get(url).content.decode()

    client.post(url, {"action": "cancel"})
    page = client.get(url).content.decode()

    assert Appointment.objects.get().status == Status.CANCELLED
    again = html.unescape(
        re.search(r'id="book-again".*?href="([^"]+)">Book again<', page, re.S).group(1)
    )
    assert again == f"/en/booking/new/?service={service.pk}&place={branch.place_id}"
    response = client.get(again, follow=True)
    assert response.redirect_chain[-1][0] == (
        f"/en/booking/time/?service={service.pk}&place={branch.place_id}"
    )
    assert "Choose a day and time" in response.content.decode()
