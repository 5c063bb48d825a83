"""The booking invariant: a slot never holds more appointments than its capacity.

On PostgreSQL, with committed data and real concurrent transactions: fifty
threads (each with its own database connection) call `booking.reservations.book` on one
slot of capacity 3 at once, and sixty clients POST /api/v1/bookings to a real
gunicorn server with four worker processes (tests/live_server.py). Exactly
three win; every other attempt gets SlotUnavailable (HTTP 409 with the
nearest free slots), never a 500; the ledger (SlotUsage) shows 3 in every cell of the slot, and the
database's CHECK constraint refuses a fourth.

They run on a copy of the test database (CREATE DATABASE … TEMPLATE
test_<name>: the `committed_copy` fixture, tests/booking/conftest.py), where
every row is committed as it is written and so visible to the other
connections and to the server, dropped when the test ends.
pytest-django's `transactional_db` would commit too, but it empties every
table when the test ends, the rows of data migrations included (the "Front
desk" group, Wagtail's root page): under xdist's group scheduling the tests a
worker runs next then fail. SQLite runs one writer at a time, so these are
skipped there; CI runs them in its PostgreSQL pass. The same web form sent
twice makes one appointment on any database.

The copy is made from the test database pytest-django creates for the tests
that use `db` (the last test of this module does): select the whole module,
not only the concurrent tests with `-k`, or no test database is created.
"""

import collections
import uuid

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.test import override_settings
from django.urls import reverse

import pytest

from booking import reservations
from booking.choices import Channel, Status
from booking.models import Appointment, SlotUsage
from booking.slots import free_slots, grid_cells
from services_catalog.models import ServicePage
from tests import builders as b
from tests.booking import builders as bb
from tests.booking.concurrency import (
    RELAXED_RATES,
    all_at_once,
    concurrent,
    post_json,
    server_on_the_copy,
)

CAPACITY = 3
THREADS = 50
CLIENTS = 60
SERVER_WORKERS = 4


@pytest.fixture
def one_slot(committed_copy):
    """A service at a branch open every day, and its first free slot (capacity 3)."""
    service, _branch = b.daily_branch_service(capacity=CAPACITY)
    return service, bb.first_free(service)


def assert_slot_holds_exactly_capacity(slot):
    appointments = Appointment.objects.filter(
        window_key=slot.window.uid_key, start=slot.start, status=Status.BOOKED
    )
    assert appointments.count() == CAPACITY
    cells = list(
        SlotUsage.objects.filter(
            window_key=slot.window.uid_key, start__in=grid_cells(slot.start, slot.end)
        ).order_by("start")
    )
    assert len(cells) == len(grid_cells(slot.start, slot.end)) == 6  # 30 minutes of 5
    assert [(cell.booked, cell.capacity) for cell in cells] == [(CAPACITY, CAPACITY)] * len(cells)
    assert not SlotUsage.objects.filter(booked__gt=F("capacity")).exists()
    return appointments, cells


def assert_the_database_refuses_one_more(cell):
    with pytest.raises(IntegrityError), transaction.atomic():
        SlotUsage.objects.filter(pk=cell.pk).update(booked=F("booked") + 1)
    cell.refresh_from_db()
    assert cell.booked == CAPACITY


# --- reservations.book from fifty connections ----------------------------------------------


def book_in_own_connection(service_pk, key, details, submission_id=None):
    """One citizen's attempt, in this thread's own database connection."""
    try:
        service = ServicePage.objects.get(pk=service_pk)
        appointment, token = reservations.book(
            service=service, slot_key=key, details=details, submission_id=submission_id
        )
        return ("booked", appointment.pk, token)
    except reservations.SlotUnavailable as error:
        return ("unavailable", [slot.key for slot in error.alternatives], None)
    except Exception as error:  # anything else is a failure, reported by name
        return ("error", repr(error), None)
    finally:
        connection.close()


@concurrent
def test_fifty_connections_booking_one_slot_get_exactly_its_capacity(one_slot):
    service, slot = one_slot
    phones = [bb.phone() for _i in range(THREADS)]

    results = all_at_once(
        THREADS,
        lambda i: book_in_own_connection(service.pk, slot.key, bb.citizen(phone=phones[i])),
    )

    outcomes = collections.Counter(result[0] for result in results)
    assert outcomes == {"booked": CAPACITY, "unavailable": THREADS - CAPACITY}, [
        r for r in results if r[0] == "error"
    ]
    for _outcome, alternatives, _token in (r for r in results if r[0] == "unavailable"):
        assert alternatives and slot.key not in alternatives
    appointments, cells = assert_slot_holds_exactly_capacity(slot)
    assert sorted(r[1] for r in results if r[0] == "booked") == sorted(
        appointments.values_list("pk", flat=True)
    )
    assert_the_database_refuses_one_more(cells[0])


@concurrent
def test_one_submission_sent_from_twenty_connections_makes_one_appointment(one_slot):
    service, slot = one_slot
    details = bb.citizen()
    submission = uuid.uuid4()

    results = all_at_once(
        20, lambda _i: book_in_own_connection(service.pk, slot.key, details, submission)
    )

    assert {result[0] for result in results} == {"booked"}, results
    assert len({result[1] for result in results}) == 1
    assert len([result for result in results if result[2]]) == 1  # one token, for the first
    assert Appointment.objects.get().submission_id == submission
    assert {cell.booked for cell in SlotUsage.objects.all()} == {1}


@concurrent
def test_one_phone_booking_from_twelve_connections_gets_only_its_limit(one_slot):
    """The per-phone limit is checked under a lock, inside the booking transaction."""
    service, _slot = one_slot
    slots = [s.key for s in free_slots(service)[:12]]
    details = bb.citizen()

    results = all_at_once(12, lambda i: book_in_own_connection(service.pk, slots[i], details))

    outcomes = collections.Counter(result[0] for result in results)
    assert outcomes["booked"] == settings.BOOKING_MAX_ACTIVE_PER_PHONE, results
    assert outcomes["error"] == 12 - settings.BOOKING_MAX_ACTIVE_PER_PHONE
    assert all("TooManyAppointments" in r[1] for r in results if r[0] == "error")
    assert Appointment.objects.filter(phone=details["phone"]).count() == 3


@concurrent
def test_crossing_moves_and_cancellations_never_deadlock_nor_overbook(one_slot):
    """Two citizens swap times while others cancel: the cell locks are taken in one order."""
    service, _slot = one_slot
    slots = free_slots(service)
    made = []
    for i in range(8):
        appointment, _token = reservations.book(
            service=service, slot_key=slots[i].key, details=bb.citizen()
        )
        made.append(appointment.pk)
    connection.close()

    def attempt(i):
        try:
            appointment = Appointment.objects.get(pk=made[i])
            if i < 4:  # 0↔1 and 2↔3 move onto each other's times at once
                partner = slots[i + 1 if i % 2 == 0 else i - 1]
                reservations.reschedule(appointment, partner.key)
                return "moved"
            reservations.cancel(appointment, notify=False)
            return "cancelled"
        except reservations.SlotUnavailable:
            return "unavailable"
        except Exception as error:
            return f"error: {error!r}"
        finally:
            connection.close()

    results = all_at_once(8, attempt)

    assert not [r for r in results if r.startswith("error")], results
    assert results[4:] == ["cancelled"] * 4
    held = collections.Counter()
    for appointment in Appointment.objects.filter(status=Status.BOOKED):
        for cell in grid_cells(appointment.start, appointment.end):
            held[(appointment.window_key, cell)] += 1
    ledger = {(c.window_key, c.start): c.booked for c in SlotUsage.objects.filter(booked__gt=0)}
    assert ledger == dict(held)
    assert not SlotUsage.objects.filter(booked__gt=F("capacity")).exists()


# --- HTTP: sixty clients, a gunicorn server with four worker processes -------------------


@concurrent
def test_sixty_clients_of_a_four_process_server_get_exactly_its_capacity(one_slot):
    service, slot = one_slot
    phones = [f"69{n:08d}" for n in range(1, CLIENTS + 1)]

    with server_on_the_copy(workers=SERVER_WORKERS) as server:
        results = all_at_once(
            CLIENTS,
            lambda i: post_json(
                f"{server.url}/api/v1/bookings", bb.api_body(slot.key, service, phone=phones[i])
            ),
        )
        statuses = collections.Counter(status for status, _body in results)
        assert statuses == {201: CAPACITY, 409: CLIENTS - CAPACITY}, (
            statuses,
            [r for r in results if r[0] not in (201, 409)],
            server.log(),
        )

    for status, body in results:
        if status == 201:
            assert body["slot"] == slot.key and body["manage_token"]
        else:
            assert body["code"] == "slot_unavailable"
            alternatives = [s["slot"] for s in body["alternatives"]]
            assert alternatives and slot.key not in alternatives
    appointments, cells = assert_slot_holds_exactly_capacity(slot)
    assert set(appointments.values_list("channel", flat=True)) == {Channel.API}
    assert sorted(appointments.values_list("reference", flat=True)) == sorted(
        body["reference"] for status, body in results if status == 201
    )
    assert_the_database_refuses_one_more(cells[-1])


# --- The same web form twice (any database) ---------------------------------------------


@pytest.mark.django_db
@override_settings(**RELAXED_RATES)
def test_the_same_web_form_sent_twice_makes_one_appointment(client, bookable):
    service, branch = bookable["service"], bookable["branch"]
    slot = bb.first_free(service, branch)
    query = f"?service={service.pk}&place={branch.place_id}&slot={slot.key}"
    answers = {
        "name": "Ελένη Παπαδάκη",
        "phone": "69 1234 5678",
        "email": "",
        "language": "el",
        "interpreter_needed": "no",
    }
    assert client.post(reverse("booking:details") + query, answers).status_code == 302
    assert client.post(reverse("booking:consent"), {"consent": "on"}).status_code == 302
    state = client.session["booking_flow"]
    confirm = {"submission_id": state["submission_id"]}

    first = client.post(reverse("booking:review"), confirm)
    reload = client.post(reverse("booking:review"), confirm)
    # A second request that read the session before the first one had finished:
    # it still carries the answers, and books with the same submission id.
    session = client.session
    session["booking_flow"] = state
    session.save()
    concurrent_click = client.post(reverse("booking:review"), confirm)

    done = reverse("booking:done")
    assert [first.url, reload.url, concurrent_click.url] == [done, done, done]
    appointment = Appointment.objects.get()
    assert str(appointment.submission_id) == state["submission_id"]
    assert appointment.display_reference in client.get(done).content.decode()
    assert {cell.booked for cell in SlotUsage.objects.all()} == {1}
