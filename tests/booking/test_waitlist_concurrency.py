"""The booking invariant when many people on the waiting list confirm one freed time.

On PostgreSQL, on a committed copy of the test database (`@concurrent`,
tests/booking/concurrency.py): a slot of capacity 2 is full, ten people
wait, both appointments are cancelled, and with five offers per seat all ten
are sent an offer (by the signal → task → text message path, tokens read
from the messages). Then all ten confirm at once — from ten database
connections through `waitlist.confirm`, and, in a second test, as ten
browsers posting the offer page to a gunicorn server of four worker
processes. Exactly two appointments are made (through reservations.book),
the ledger holds two in every cell, and the eight others are told the time
was taken and that they stay on the list — never a 500.

The copy is made from the test database pytest-django creates for tests
that use `db` (the last test of this module does): run the whole module.
"""

import collections
import datetime
import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request

from django.db import connection
from django.db.models import F
from django.test import override_settings
from django.utils import timezone

import pytest

from booking import reservations, waitlist
from booking.choices import EntryStatus, OfferStatus, Status
from booking.models import Appointment, SlotUsage, WaitlistEntry, WaitlistOffer
from booking.slots import grid_cells
from booking.sms import MemorySMSBackend
from tests.booking.concurrency import TIMEOUT, concurrent, server_on_the_copy
from tests.booking.waitlist_helpers import all_at_once, full_service, queue

CAPACITY = 2
WAITING = 10
SERVER_WORKERS = 4
OFFER_TOKEN = re.compile(r"/booking/waitlist/offer/([^/\s]+)/")


@pytest.fixture
def offered(committed_copy):
    """Ten people each holding an offer of one freed slot of capacity 2: (slot, tokens)."""
    day = timezone.localdate() + datetime.timedelta(days=3)  # a real server: the real clock
    service, branch, [slot], appointments = full_service(
        capacity=CAPACITY, start="10:00", end="10:30", day=day
    )
    people = queue(service, branch, WAITING)
    MemorySMSBackend.outbox.clear()
    with override_settings(
        BOOKING_SMS_BACKEND="booking.sms.MemorySMSBackend",
        BOOKING_WAITLIST_OFFERS_PER_SEAT=WAITING // CAPACITY,
    ):
        for appointment in appointments:
            reservations.cancel(appointment, notify=False)  # autocommit: the hooks run now
    tokens = [OFFER_TOKEN.search(text).group(1) for _phone, text in MemorySMSBackend.outbox]
    assert len(tokens) == WAITING
    assert WaitlistOffer.objects.filter(status=OfferStatus.OPEN).count() == WAITING
    assert {offer.entry_id for offer in WaitlistOffer.objects.all()} == {
        entry.pk for entry, _token in people
    }
    connection.close()
    return slot, tokens


def assert_exactly_capacity(slot):
    booked = Appointment.objects.filter(
        window_key=slot.window.uid_key, start=slot.start, status=Status.BOOKED
    )
    assert booked.count() == CAPACITY
    cells = SlotUsage.objects.filter(
        window_key=slot.window.uid_key, start__in=grid_cells(slot.start, slot.end)
    )
    assert {cell.booked for cell in cells} == {CAPACITY}
    assert not SlotUsage.objects.filter(booked__gt=F("capacity")).exists()
    entries = collections.Counter(WaitlistEntry.objects.values_list("status", flat=True))
    assert entries == {EntryStatus.BOOKED: CAPACITY, EntryStatus.WAITING: WAITING - CAPACITY}
    offers = collections.Counter(WaitlistOffer.objects.values_list("status", flat=True))
    assert offers == {OfferStatus.BOOKED: CAPACITY, OfferStatus.TAKEN: WAITING - CAPACITY}
    return booked


def confirm_in_own_connection(token):
    try:
        appointment, _manage_token = waitlist.confirm(waitlist.offer_for_token(token))
        return ("booked", appointment.pk)
    except waitlist.OfferTaken as error:
        return ("taken", error.message)
    except Exception as error:  # anything else is a failure, reported by name
        return ("error", repr(error))
    finally:
        connection.close()


@concurrent
def test_ten_confirmations_from_ten_connections_book_exactly_the_capacity(offered):
    slot, tokens = offered

    results = all_at_once(WAITING, lambda i: confirm_in_own_connection(tokens[i]))

    outcomes = collections.Counter(outcome for outcome, _detail in results)
    assert outcomes == {"booked": CAPACITY, "taken": WAITING - CAPACITY}, results
    booked = assert_exactly_capacity(slot)
    assert sorted(pk for outcome, pk in results if outcome == "booked") == sorted(
        booked.values_list("pk", flat=True)
    )


def confirm_in_a_browser(base_url, token):
    """Open the offer link, then press "Book this time" (CSRF cookie and field as a browser)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    link = f"{base_url}/en/booking/waitlist/offer/{token}/"
    try:
        with opener.open(link, timeout=TIMEOUT) as page:
            html = page.read().decode()
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": csrf}).encode()
        request = urllib.request.Request(link, data=body, headers={"Referer": link})
        with opener.open(request, timeout=TIMEOUT) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")
    except Exception as error:  # a dropped connection counts as a failure, by name
        return None, repr(error)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@concurrent
def test_ten_browsers_confirming_on_a_four_process_server_book_exactly_the_capacity(offered):
    slot, tokens = offered

    with server_on_the_copy(workers=SERVER_WORKERS) as server:
        results = all_at_once(WAITING, lambda i: confirm_in_a_browser(server.url, tokens[i]))
        statuses = collections.Counter(status for status, _body in results)
        assert statuses == {302: CAPACITY, 409: WAITING - CAPACITY}, (
            [(status, body[:300]) for status, body in results if status not in (302, 409)],
            server.log(),
        )

    for status, body in results:
        if status == 409:
            assert "You stay on the waiting list" in body
            assert "someone else booked this time a moment before you" in body
    assert_exactly_capacity(slot)


@pytest.mark.django_db
def test_an_offer_is_made_once_however_often_the_offering_runs(db, home, clock):
    """(Also what makes pytest-django create the test database the copy is made from.)"""
    service, branch, _slots, appointments = full_service(capacity=1)
    queue(service, branch, 1)
    reservations.cancel(appointments[0], notify=False)
    assert len(waitlist.offer_freed(service, branch.place_id)) == 1
    assert waitlist.offer_freed(service, branch.place_id) == []
