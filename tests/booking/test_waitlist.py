"""The waiting list: joining (with bad input, in Greek and in Farsi), offers in turn,
at most once per freed slot, expiry passing the seat on, confirming, leaving by the
private link, and the staff list limited to a user's places.

The invariant under concurrent confirmations on PostgreSQL is in
test_waitlist_concurrency.py.
"""

import datetime
import json
import re

from django.core import mail
from django.db import connection
from django.test import override_settings
from django.utils import timezone

import pytest

from booking import audit, reservations, waitlist, waitlist_tasks
from booking.choices import EntryStatus, OfferStatus, Status
from booking.models import Appointment, WaitlistEntry, WaitlistOffer
from booking.references import hash_token
from booking.retention import anonymise_waitlist_due
from booking.sms import MemorySMSBackend
from portal.log_masking import mask_tokens
from tests import builders as b
from tests.booking.waitlist_helpers import full_service, person, queue
from tests.helpers import login_staff

SMS = override_settings(BOOKING_SMS_BACKEND="booking.sms.MemorySMSBackend")


@pytest.fixture
def full(db, home, clock):
    MemorySMSBackend.outbox.clear()
    return full_service()


def join_url(service, branch, lang="el"):
    return f"/{lang}/booking/waitlist/?service={service.pk}&place={branch.place_id}"


# --- Joining --------------------------------------------------------------------------------


def test_the_time_step_links_to_the_waiting_list_only_when_nothing_is_free(client, full):
    service, branch, _slots, appointments = full
    page = client.get(f"/el/booking/time/?service={service.pk}&place={branch.place_id}")
    assert join_url(service, branch).replace("&", "&amp;") in page.content.decode()

    reservations.cancel(appointments[0])
    page = client.get(f"/el/booking/time/?service={service.pk}&place={branch.place_id}")
    assert "/booking/waitlist/" not in page.content.decode()


@SMS
def test_joining_in_greek_stores_first_then_sends_the_leave_link(client, full):
    service, branch, _slots, _appointments = full
    page = client.post(
        join_url(service, branch),
        {"name": "Ελένη", "phone": "69 1234 5678", "language": "el", "consent": "on"},
    )
    html = page.content.decode()
    assert page.status_code == 200
    assert "Είστε στη λίστα αναμονής" in html
    entry = WaitlistEntry.objects.get()
    assert (entry.name, entry.phone, entry.language, entry.status) == (
        "Ελένη",
        "+306912345678",
        "el",
        EntryStatus.WAITING,
    )
    link = re.search(r"https?://[^\"<\s]+/el/booking/waitlist/leave/([^/]+)/", html)
    assert link and hash_token(link.group(1)) == entry.leave_token_hash
    assert page["Cache-Control"] == "no-store, private"
    [(phone, text)] = MemorySMSBackend.outbox
    assert phone == "+306912345678"
    assert link.group(1) in text and "λίστα αναμονής" in text


def test_bad_input_in_farsi_is_answered_right_to_left_with_answers_kept(client, full):
    service, branch, _slots, _appointments = full
    page = client.post(
        join_url(service, branch, "fa"),
        {"name": "۱۲۳", "phone": "12", "email": "نه", "language": "fa"},
    )
    html = page.content.decode()
    assert page.status_code == 200
    assert '<html lang="fa" dir="rtl"' in html
    assert "error-summary" in html
    # The catalogue's Farsi messages, not English, for each wrong answer.
    assert "This does not look like a phone number" not in html
    assert "شمارهٔ تلفن" in html
    assert "موافقت" in html  # the agreement is required
    assert 'value="12"' in html  # nothing typed is lost
    assert not WaitlistEntry.objects.exists()


def test_a_landline_without_e_mail_cannot_join_but_with_e_mail_can(client, full):
    service, branch, _slots, _appointments = full
    answers = {"name": "Νίκος", "phone": "210 412 0000", "language": "el", "consent": "on"}
    page = client.post(join_url(service, branch, "en"), answers)
    assert "This is a landline" in page.content.decode()
    assert not WaitlistEntry.objects.exists()

    page = client.post(join_url(service, branch, "en"), {**answers, "email": "n@example.org"})
    assert "You are on the waiting list" in page.content.decode()
    assert WaitlistEntry.objects.get().email == "n@example.org"


def test_joining_twice_keeps_the_first_place_in_the_queue(full):
    service, branch, _slots, _appointments = full
    first, token = waitlist.join(
        service=service, place_id=branch.place_id, details=person(1, phone="+306900000999")
    )
    again, no_token = waitlist.join(
        service=service, place_id=branch.place_id, details=person(2, phone="+306900000999")
    )
    assert token and no_token is None and again.pk == first.pk
    assert WaitlistEntry.objects.count() == 1


def test_no_joining_while_a_time_is_free_or_where_the_service_is_not_offered(client, full):
    service, branch, _slots, appointments = full
    with pytest.raises(waitlist.NotOffered):
        waitlist.join(service=service, place_id="branch-999999", details=person(1))
    page = client.get(f"/el/booking/waitlist/?service={service.pk}&place=nowhere")
    assert page.status_code == 302 and "/el/booking/place/" in page["Location"]

    reservations.cancel(appointments[0])
    with pytest.raises(waitlist.HasFreeTimes):
        waitlist.join(service=service, place_id=branch.place_id, details=person(1))
    page = client.get(join_url(service, branch))
    assert page.status_code == 302 and "/el/booking/time/" in page["Location"]


# --- Offers: in order, at most once per freed slot, expiry passes on ------------------------


@override_settings(BOOKING_WAITLIST_OFFERS_PER_SEAT=1)
def test_a_freed_seat_is_offered_first_come_first_served_and_once(full):
    service, branch, _slots, appointments = full
    people = [entry for entry, _token in queue(service, branch, 4)]

    reservations.cancel(appointments[0])
    made = waitlist.offer_freed(service, branch.place_id)
    assert [offer.entry_id for offer, _token in made] == [people[0].pk]
    assert made[0][0].start == appointments[0].start

    # Nothing freed since: a second run (or a concurrent one) offers nothing again.
    assert waitlist.offer_freed(service, branch.place_id) == []
    assert WaitlistOffer.objects.count() == 1


def test_with_two_offers_per_seat_the_next_two_in_the_queue_are_asked(full, settings):
    settings.BOOKING_WAITLIST_OFFERS_PER_SEAT = 2
    service, branch, _slots, appointments = full
    people = [entry for entry, _token in queue(service, branch, 5)]

    reservations.cancel(appointments[0])
    reservations.cancel(appointments[3])  # another slot
    made = waitlist.offer_freed(service, branch.place_id)
    # Two seats (one per slot), two people each, in the order they joined.
    assert [offer.entry_id for offer, _t in made] == [p.pk for p in people[:4]]
    assert len({offer.slot_key for offer, _t in made}) == 2


@override_settings(BOOKING_WAITLIST_OFFERS_PER_SEAT=1)
def test_an_expired_offer_passes_the_seat_on_and_is_never_repeated(full, clock):
    service, branch, _slots, appointments = full
    people = [entry for entry, _token in queue(service, branch, 3)]
    reservations.cancel(appointments[0])
    [(first, _token)] = waitlist.offer_freed(service, branch.place_id)
    assert first.entry_id == people[0].pk
    assert first.expires_at == timezone.now() + datetime.timedelta(minutes=120)

    clock.shift(datetime.timedelta(minutes=121))
    [(second, _token)] = waitlist.offer_freed(service, branch.place_id)
    assert second.entry_id == people[1].pk and second.slot_key == first.slot_key

    clock.shift(datetime.timedelta(minutes=121))
    [(third, _token)] = waitlist.offer_freed(service, branch.place_id)
    assert third.entry_id == people[2].pk
    # Everyone has been offered this slot once: nobody is asked again.
    clock.shift(datetime.timedelta(minutes=121))
    assert waitlist.offer_freed(service, branch.place_id) == []
    entries = WaitlistEntry.objects.filter(pk__in=[p.pk for p in people])
    assert set(entries.values_list("status", flat=True)) == {EntryStatus.WAITING}


def test_a_cancellation_sends_the_offer_by_text_and_e_mail_after_the_commit(
    full, django_capture_on_commit_callbacks, settings
):
    # Both through the `settings` fixture: an @override_settings decorator ends before
    # the fixture's teardown, which would then bring the decorator's settings back for
    # every later test of this process.
    settings.BOOKING_SMS_BACKEND = "booking.sms.MemorySMSBackend"
    settings.BOOKING_WAITLIST_OFFERS_PER_SEAT = 1
    service, branch, _slots, appointments = full
    [(entry, _token)] = queue(service, branch, 1, email="w@example.org", language="ar")
    MemorySMSBackend.outbox.clear()
    mail.outbox.clear()
    # The set-up's own commit hooks (a look for freed times, with nobody waiting then)
    # would have run when it committed; a test's transaction never commits.
    connection.run_on_commit[:] = []

    with django_capture_on_commit_callbacks(execute=True):
        reservations.cancel(appointments[0], notify=False)

    offer = WaitlistOffer.objects.get()
    assert offer.entry_id == entry.pk and offer.sent_by == "sms,email"
    [(phone, text)] = MemorySMSBackend.outbox
    assert phone == entry.phone
    assert "/ar/booking/waitlist/offer/" in text
    [message] = mail.outbox
    assert message.to == ["w@example.org"] and "/ar/booking/waitlist/offer/" in message.body


def test_more_capacity_is_offered_to_the_people_waiting_after_the_commit(
    full, django_capture_on_commit_callbacks, settings
):
    settings.BOOKING_WAITLIST_OFFERS_PER_SEAT = 1
    service, branch, slots, _appointments = full
    people = [entry for entry, _token in queue(service, branch, 3)]
    connection.run_on_commit[:] = []  # the set-up's hooks (see above)
    window = slots[0].window

    with django_capture_on_commit_callbacks(execute=True):
        window.capacity += 1  # a third member of staff: one more seat in each of two slots
        window.save()

    offers = WaitlistOffer.objects.order_by("start")
    assert [offer.entry_id for offer in offers] == [people[0].pk, people[1].pk]
    assert [offer.start for offer in offers] == [slot.start for slot in slots]


# --- Answering an offer ----------------------------------------------------------------------


def offer_link(token, lang="el"):
    return f"/{lang}/booking/waitlist/offer/{token}/"


@override_settings(BOOKING_WAITLIST_OFFERS_PER_SEAT=2)
def test_the_first_to_confirm_gets_the_time_the_second_stays_on_the_list(client, full):
    service, branch, _slots, appointments = full
    queue(service, branch, 2)
    reservations.cancel(appointments[0])
    (first, first_token), (second, second_token) = waitlist.offer_freed(service, branch.place_id)

    page = client.get(offer_link(second_token))
    assert "Κλείστε αυτή την ώρα" in page.content.decode()
    page = client.post(offer_link(second_token))
    assert page.status_code == 302 and page["Location"] == "/el/booking/done/"
    booked = Appointment.objects.get(status=Status.BOOKED, phone=second.entry.phone)
    assert booked.start == second.start
    second.entry.refresh_from_db()
    assert second.entry.status == EntryStatus.BOOKED and second.entry.appointment == booked

    other = client.__class__()
    page = other.post(offer_link(first_token))
    html = page.content.decode()
    assert page.status_code == 409
    assert "Παραμένετε στη λίστα αναμονής" in html
    first.refresh_from_db()
    first.entry.refresh_from_db()
    assert first.status == OfferStatus.TAKEN and first.entry.status == EntryStatus.WAITING
    assert Appointment.objects.filter(status=Status.BOOKED).count() == len(appointments)


def test_an_expired_or_unknown_offer_link_is_a_kind_page(client, full, clock):
    service, branch, _slots, appointments = full
    queue(service, branch, 1)
    reservations.cancel(appointments[0])
    [(_offer, token)] = waitlist.offer_freed(service, branch.place_id)
    clock.shift(datetime.timedelta(hours=3))

    page = client.post(offer_link(token, "ar"))
    assert page.status_code == 410
    html = page.content.decode()
    assert 'dir="rtl"' in html and "The time to answer" not in html
    assert not Appointment.objects.filter(phone=_offer.entry.phone).exists()

    page = client.get(offer_link("not-a-token"))
    assert page.status_code == 404
    assert "Αυτός ο σύνδεσμος δεν λειτουργεί πια" in page.content.decode()


def test_a_booked_offer_opened_again_shows_no_details(client, full):
    service, branch, _slots, appointments = full
    queue(service, branch, 1)
    reservations.cancel(appointments[0])
    [(offer, token)] = waitlist.offer_freed(service, branch.place_id)
    assert client.post(offer_link(token, "en"))["Location"] == "/en/booking/done/"
    # The same browser pressing again (a double click): its confirmation.
    assert client.post(offer_link(token, "en"))["Location"] == "/en/booking/done/"

    other = client.__class__()
    for page in (other.get(offer_link(token, "en")), other.post(offer_link(token, "en"))):
        html = page.content.decode()
        assert page.status_code == 200 and "You have already booked this time" in html
        assert offer.entry.name not in html
    assert Appointment.objects.filter(phone=offer.entry.phone).count() == 1


def test_confirming_twice_books_once(full):
    service, branch, _slots, appointments = full
    queue(service, branch, 1)
    reservations.cancel(appointments[0])
    [(offer, _token)] = waitlist.offer_freed(service, branch.place_id)
    first, token = waitlist.confirm(offer)
    again, no_token = waitlist.confirm(offer)
    assert token and no_token is None and again.pk == first.pk


# --- Leaving ------------------------------------------------------------------------------


def test_leaving_through_the_private_link(client, full):
    service, branch, _slots, appointments = full
    [(entry, token), (_other, _t)] = queue(service, branch, 2)
    leave = f"/en/booking/waitlist/leave/{token}/"

    page = client.get(leave)
    assert "Leave the waiting list?" in page.content.decode()
    entry.refresh_from_db()
    assert entry.status == EntryStatus.WAITING  # nothing happens before the POST

    page = client.post(leave)
    assert "You have left the waiting list" in page.content.decode()
    entry.refresh_from_db()
    assert entry.status == EntryStatus.LEFT and entry.closed_at is not None
    assert client.get(leave).status_code == 404

    reservations.cancel(appointments[0])
    made = waitlist.offer_freed(service, branch.place_id)
    assert entry.pk not in [offer.entry_id for offer, _t in made]


# --- Retention ------------------------------------------------------------------------------


def test_closed_entries_are_emptied_after_the_retention_period(full, clock, settings):
    service, branch, _slots, _appointments = full
    [(left, _t), (waiting, _t2)] = queue(service, branch, 2)
    waitlist.leave(left)
    clock.shift(datetime.timedelta(days=settings.BOOKING_RETENTION_DAYS + 1))
    assert anonymise_waitlist_due() == 1
    left.refresh_from_db()
    waiting.refresh_from_db()
    assert (left.name, left.phone, left.leave_token_hash) == ("", "", "")
    assert waiting.name  # still waiting: kept (it closes after BOOKING_WAITLIST_DAYS)
    assert waitlist_tasks.sweep() == 0
    waiting.refresh_from_db()
    assert waiting.status == EntryStatus.EXPIRED


# --- Staff: the waiting lists of their places only, audited ------------------------------------

STAFF_URL = "/admin/appointments/waiting-list/"


def test_staff_see_and_remove_only_at_their_places_and_it_is_audited(client, full):
    service, branch, _slots, _appointments = full
    other_service, other_branch, _s, _a = full_service(capacity=1)
    [(mine, _t), (mine_too, _t2)] = queue(service, branch, 2)
    [(theirs, _t3)] = queue(other_service, other_branch, 1, name="Σοφία Άλλου")
    user = b.staff_user("desk", groups=["Front desk"], branches=[branch])
    login_staff(client, user)

    page = client.get(STAFF_URL)
    html = page.content.decode()
    assert page.status_code == 200
    assert mine.phone in html and mine_too.phone in html and mine.name in html
    assert theirs.phone not in html and theirs.name not in html
    viewed = audit.entries().filter(action=audit.WAITLIST_VIEW).get()
    assert viewed.user_id == user.pk and viewed.data["rows"] == 2
    assert mine.phone not in json.dumps(viewed.data) and mine.name not in json.dumps(viewed.data)

    page = client.post(STAFF_URL, {"entry": theirs.pk})
    theirs.refresh_from_db()
    assert theirs.status == EntryStatus.WAITING  # not one of this user's places

    page = client.post(STAFF_URL, {"entry": mine.pk, "next": STAFF_URL})
    assert page.status_code == 302
    mine.refresh_from_db()
    assert mine.status == EntryStatus.REMOVED
    removed = audit.entries().filter(action=audit.WAITLIST_REMOVE).get()
    assert removed.data["entry"] == mine.pk and removed.user_id == user.pk


def test_staff_without_a_place_see_nobody(client, full):
    service, branch, _slots, _appointments = full
    [(entry, _t)] = queue(service, branch, 1)
    login_staff(client, b.staff_user("nowhere", groups=["Front desk"]))
    html = client.get(STAFF_URL).content.decode()
    assert entry.phone not in html
    assert "Κανείς δεν περιμένει στα σημεία σας." in html


def test_the_private_links_tokens_stay_out_of_the_logs():
    assert mask_tokens("GET /fa/booking/waitlist/offer/Ab-c_9/ 200") == (
        "GET /fa/booking/waitlist/offer/…/ 200"
    )
    assert (
        mask_tokens("POST /el/booking/waitlist/leave/Xy12/") == "POST /el/booking/waitlist/leave/…/"
    )
    assert mask_tokens("/el/booking/waitlist/?service=3") == "/el/booking/waitlist/?service=3"
