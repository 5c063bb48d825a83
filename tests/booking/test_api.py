"""The booking API: availability, booking, seeing and cancelling with the manage token.

Every JSON answer is checked against the schema its operation declares in
/api/v1/openapi.json (tests/api_schema.py), so the
document and the API cannot drift apart. The clock is pinned (conftest) to
Monday 11 January 2027, 09:00 in Athens.
"""

import datetime
import json
import unicodedata
import uuid

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.validators import EmailValidator
from django.test import Client, override_settings
from django.utils import translation

import pytest
import time_machine
from openapi_spec_validator import validate

from booking import reservations
from booking.choices import Channel, Status
from booking.models import Appointment, SlotUsage
from booking.references import hash_token
from booking.slots import free_slots, grid_cells
from services_catalog.public_ids import location_uuid, service_uuid
from tests import builders as b
from tests.api_schema import assert_matches_schema, call
from tests.booking import builders as bb
from tests.booking.api_steps import (
    AVAILABILITY,
    BOOKING,
    BOOKINGS,
    book_api,
    branch_slots,
    unused_address,
    unused_phone,
    with_closed_service,
)

pytestmark = pytest.mark.django_db

NOT_FOUND = {"el": "Δεν υπάρχει υπηρεσία με αυτό το id.", "en": "No service with this id."}


@pytest.fixture(autouse=True)
def rate_limits_of_our_own(settings):
    """Generous rate limits, and a clean count for the rate-limit tests.

    The rate is part of django-ratelimit's cache key, so these counts never
    mix with other tests'. The local-memory cache is emptied between tests;
    the shared Redis cache is not (FLUSHDB would reset the counts of a test
    running at that moment on another xdist worker): the rate-limit tests
    below count under addresses and phone numbers no other test uses instead.
    """
    settings.BOOKING_RATE_PER_IP = settings.BOOKING_RATE_PER_PHONE = "1000000/h"
    if isinstance(caches["default"], LocMemCache):
        caches["default"].clear()


@pytest.fixture
def net(bookable):
    """The conftest's branch (2 staff, Mon–Fri) and stop (1 staff), plus a service
    that cannot be booked online."""
    return with_closed_service(bookable)


# --- The OpenAPI document ------------------------------------------------------------


def test_the_openapi_document_describes_every_booking_operation(openapi):
    validate(openapi)

    operations = {
        ("get", AVAILABILITY),
        ("post", BOOKINGS),
        ("get", BOOKING),
        ("delete", BOOKING),
    }
    for method, path in operations:
        assert openapi["paths"][path][method]["tags"] == ["booking"], (method, path)
    availability = openapi["paths"][AVAILABILITY]["get"]
    parameters = {p["name"]: p for p in availability["parameters"]}
    assert parameters["service"]["required"] is True
    assert {"location", "from", "to", "page", "per_page"} <= set(parameters)
    assert not any(parameters[name].get("required") for name in ("location", "from", "to"))
    create = openapi["paths"][BOOKINGS]["post"]
    assert {"200", "201", "400", "409", "413", "422", "429"} <= set(create["responses"])
    assert [p["name"] for p in create["parameters"] if p["in"] == "header"] == ["Idempotency-Key"]
    assert "Idempotency-Key" in create["description"]
    for method in ("get", "delete"):
        headers = [
            p for p in openapi["paths"][BOOKING][method]["parameters"] if p["in"] == "header"
        ]
        assert [p["name"] for p in headers] == ["X-Manage-Token"]


def test_the_request_body_of_a_booking_is_described_with_its_required_fields(openapi):
    content = openapi["paths"][BOOKINGS]["post"]["requestBody"]["content"]
    reference = content["application/json"]["schema"]["$ref"].rpartition("/")[2]
    schema = openapi["components"]["schemas"][reference]

    assert set(schema["required"]) == {"slot", "service", "name", "phone", "language", "consent"}
    assert {"email", "interpreter_needed", "interpreter_language", "note"} <= set(
        schema["properties"]
    )


# --- Availability ------------------------------------------------------------------------


def test_availability_lists_the_free_slots_with_local_offsets(client, openapi, net):
    body = call(
        client,
        openapi,
        "get",
        f"/en/api/v1/availability?service={net.service.pk}&per_page=500",
        AVAILABILITY,
        status=200,
    )

    expected = free_slots(net.service)
    assert body["total_items"] == len(expected) > 500
    assert [s["slot"] for s in body["contents"]] == [s.key for s in expected[:500]]
    first = body["contents"][0]
    # 09:00 now, two hours' notice: the branch's 11:00 slot, both staff free.
    assert first == {
        "slot": expected[0].key,
        "start": "2027-01-11T11:00:00+02:00",
        "end": "2027-01-11T11:30:00+02:00",
        "remaining": 2,
        "location_id": location_uuid(net.branch.place_id),
        "location_name": net.branch.title_en,
    }
    assert {s["location_id"] for s in body["contents"]} == {
        location_uuid(net.branch.place_id),
        location_uuid(net.stop.place_id),
    }


def test_availability_narrows_to_a_location_and_dates(client, openapi, net):
    body = call(
        client,
        openapi,
        "get",
        f"/el/api/v1/availability?service={net.service.pk}&location={net.stop.place_id}"
        "&from=2027-01-12&to=2027-01-31",
        AVAILABILITY,
        status=200,
    )

    # The van stops on the first and third Tuesday: 19 January, 10:00–13:30.
    starts = [s["start"] for s in body["contents"]]
    assert starts == [
        f"2027-01-19T{h:02d}:{m:02d}:00+02:00"
        for h, m in ((10, 0), (10, 30), (11, 0), (11, 30), (12, 0), (12, 30), (13, 0))
    ]
    assert {s["location_name"] for s in body["contents"]} == {net.stop.name_el}
    assert {s["remaining"] for s in body["contents"]} == {1}


def test_a_booked_slot_shows_fewer_places_and_a_full_one_disappears(client, openapi, net):
    first, second = branch_slots(net, 2)
    bb.fill(net.service, first.key, 2)
    bb.fill(net.service, second.key, 1)

    body = call(
        client,
        openapi,
        "get",
        f"/en/api/v1/availability?service={net.service.pk}&location={net.branch.place_id}"
        "&from=2027-01-11&to=2027-01-11",
        AVAILABILITY,
        status=200,
    )

    remaining = {s["slot"]: s["remaining"] for s in body["contents"]}
    assert first.key not in remaining
    assert remaining[second.key] == 1


@pytest.mark.parametrize(
    ("query", "status", "field"),
    [
        ("service=abc", 422, "service"),
        ("", 422, "service"),
        ("service=99999999999999999999", 422, "service"),
        ("service={service}&from=2027-13-01", 422, "from"),
        ("service={service}&to=tomorrow", 422, "to"),
        ("service={service}&from=2027-02-01&to=2027-01-31", 422, "to"),
        ("service={service}&from=2027-01-11&to=2027-12-31", 422, "to"),
        ("service=987654", 404, None),
        ("service={service}&location=branch-987654", 404, None),
        ("service={service}&location=stop-²", 404, None),
        ("service={service}&location=" + "x" * 5000, 422, None),
        ("service={service}&location=branch-1%00", 422, None),
        ("service={service}&location={other_branch}", 400, None),
        ("service={closed}", 409, None),
    ],
)
def test_availability_refuses_bad_questions_with_a_clear_answer(
    client, openapi, net, query, status, field
):
    other = b.branch("Άλλο παράρτημα")
    url = f"/en/api/v1/availability?{query}".format(
        service=net.service.pk, closed=net.closed.pk, other_branch=other.place_id
    )

    body = call(client, openapi, "get", url, AVAILABILITY, status=status)

    assert body["detail"]
    if field:
        assert list(body["errors"]) == [field]


def test_availability_far_in_the_future_is_refused_not_an_error(client, openapi, net):
    body = call(
        client,
        openapi,
        "get",
        f"/en/api/v1/availability?service={net.service.pk}&from=9999-12-31",
        AVAILABILITY,
        status=422,
    )

    assert list(body["errors"]) == ["from"]


# --- Booking -------------------------------------------------------------------------------


def test_booking_answers_201_with_reference_and_manage_token(client, openapi, net):
    slot = bb.first_free(net.service, net.branch)

    response = client.post(
        "/en/api/v1/bookings",
        json.dumps(bb.api_body(slot.key, net.service, email="eleni@example.gr", note="Γεια")),
        content_type="application/json",
    )

    assert response.status_code == 201, response.content
    body = response.json()
    assert_matches_schema(openapi, BOOKINGS, "post", 201, body)
    appointment = Appointment.objects.get()
    assert body["reference"] == appointment.reference
    assert body["display_reference"] == appointment.display_reference
    assert appointment.manage_token_hash == hash_token(body["manage_token"])
    assert body["manage_url"].endswith(f"/el/booking/manage/{body['manage_token']}/")
    assert (body["start"], body["end"]) == (
        "2027-01-11T11:00:00+02:00",
        "2027-01-11T11:30:00+02:00",
    )
    assert body["slot"] == slot.key
    assert body["location_id"] == location_uuid(net.branch.place_id)
    assert body["status"] == "booked"
    assert body["service_id"] == service_uuid(net.service.pk)
    assert appointment.channel == Channel.API
    assert appointment.phone == "+306912345678"
    assert (appointment.email, appointment.note) == ("eleni@example.gr", "Γεια")
    assert appointment.consent_at is not None
    assert response["Location"] == f"http://testserver/en/api/v1/bookings/{appointment.reference}"
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    "name",
    [
        "Ελένη Παπαδάκη",
        "Γιώργος Χαλιλόπουλος-Ντε",
        "أحمد الخطيب",
        "زهرا محمدی‌پور",  # with a zero-width non-joiner, part of Persian spelling
        "José Müller-Łukasiewicz",
        "Nguyễn Thị Ánh",
        "Ştefan Çelik O'Brien",
        "Ἀλέξανδρος",
    ],
)
def test_names_in_every_alphabet_are_welcome(client, openapi, net, name):
    decomposed = unicodedata.normalize("NFD", name)

    book_api(client, openapi, net, name=decomposed)

    assert Appointment.objects.get().name == unicodedata.normalize("NFC", name)


def test_hidden_direction_marks_and_control_characters_are_removed_from_answers(
    client, openapi, net
):
    book_api(client, openapi, net, name="\u202eΕλένη\u0007 Παπαδάκη", note="μία\u200bγραμμή")

    appointment = Appointment.objects.get()
    assert appointment.name == "Ελένη Παπαδάκη"
    assert appointment.note == "μίαγραμμή"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("69 1234 5678", "+306912345678"),
        ("0030 691 234 5678", "+306912345678"),
        ("+30 210 412 0000", "+302104120000"),
        ("+44 7911 123456", "+447911123456"),
    ],
)
def test_phone_numbers_are_stored_as_e164(client, openapi, net, typed, stored):
    book_api(client, openapi, net, phone=typed)

    assert Appointment.objects.get().phone == stored


@pytest.mark.parametrize(
    ("sent", "code", "other"),
    [
        ({"interpreter_language": "ar"}, "ar", ""),
        ({"interpreter_language": "العربية"}, "ar", ""),  # an older client's free text
        ({"interpreter_language": "Φαρσί"}, "fa", ""),
        (
            {"interpreter_language": "other", "interpreter_language_other": "Lingala"},
            "other",
            "Lingala",
        ),
    ],
)
def test_the_interpreter_language_is_stored_as_a_code(client, openapi, net, sent, code, other):
    body = book_api(client, openapi, net, interpreter_needed=True, **sent)

    appointment = Appointment.objects.get()
    assert (appointment.interpreter_language, appointment.interpreter_language_other) == (
        code,
        other,
    )
    assert body["interpreter_language"] == code
    request = openapi["components"]["schemas"]
    enums = [
        schema["properties"]["interpreter_language"].get("enum")
        for schema in request.values()
        if "interpreter_language" in schema.get("properties", {})
    ]
    assert enums and all(enum and "ar" in enum and "other" in enum for enum in enums)


@pytest.mark.parametrize(
    ("overrides", "fields"),
    [
        ({"name": "12345"}, {"name"}),
        ({"name": ""}, {"name"}),
        ({"name": "Ε" * 101}, {"name"}),
        ({"name": "Ελένη\x00"}, {"name"}),
        ({"phone": "12"}, {"phone"}),
        ({"phone": "6" * 31}, {"phone"}),
        ({"email": "not-an-address"}, {"email"}),
        ({"language": "de"}, {"language"}),
        ({"interpreter_needed": True}, {"interpreter_language"}),
        ({"interpreter_needed": True, "interpreter_language": "Klingon"}, {"interpreter_language"}),
        (
            {"interpreter_needed": True, "interpreter_language": "other"},
            {"interpreter_language_other"},
        ),
        ({"note": "λ" * 501}, {"note"}),
        ({"accessibility_needs": "λ" * 301}, {"accessibility_needs"}),
        ({"consent": False}, {"consent"}),
        ({"consent": "true"}, {"consent"}),
        ({"consent": None}, {"consent"}),
        ({"consent": 1}, {"consent"}),
        ({"service": 987654}, {"service"}),
        ({"service": "abc"}, {"service"}),
        ({"slot": "hello"}, {"slot"}),
        ({"slot": "branch-schedule-1@" + "2" * 5000}, {"slot"}),
        ({"slot": 12}, {"slot"}),
        ({"name": 123, "phone": ["69"]}, {"name", "phone"}),
        ({"name": "12345", "phone": "12", "consent": False}, {"name", "phone", "consent"}),
    ],
)
def test_invalid_answers_are_422_with_an_error_on_each_field(
    client, openapi, net, overrides, fields
):
    body = book_api(client, openapi, net, status=422, **overrides)

    assert set(body["errors"]) == fields
    assert all(body["errors"][field] for field in fields)
    assert not Appointment.objects.exists()


@pytest.mark.parametrize("missing", ["slot", "service", "name", "phone", "language", "consent"])
def test_each_required_field_is_named_when_missing(client, openapi, net, missing):
    slot = bb.first_free(net.service)
    body = bb.api_body(slot.key, net.service)
    del body[missing]

    answer = call(client, openapi, "post", "/en" + BOOKINGS, BOOKINGS, status=422, body=body)

    assert answer["errors"] == {missing: ["This field is required."]}


def test_the_consent_message_is_the_websites(client, openapi, net):
    body = book_api(client, openapi, net, status=422, consent=False)

    assert body["errors"]["consent"] == ["We can only book the appointment with your agreement."]


def test_a_full_slot_is_409_with_the_nearest_free_slots(client, openapi, net):
    slot = bb.first_free(net.service, net.branch)
    bb.fill(net.service, slot.key, 2)

    body = book_api(client, openapi, net, slot, status=409)

    assert body["code"] == "slot_unavailable"
    assert body["detail"]
    assert 1 <= len(body["alternatives"]) <= 3
    assert slot.key not in [s["slot"] for s in body["alternatives"]]
    assert Appointment.objects.count() == 2


@pytest.mark.parametrize(
    "key",
    [
        "branch-schedule-{window}@20270111T0600Z",  # 08:00 today: within the notice
        "branch-schedule-{window}@20270111T0905Z",  # not on the 30-minute grid
        "branch-schedule-{window}@20270109T0900Z",  # Saturday: closed
        "branch-schedule-{window}@20280111T0900Z",  # beyond the horizon
        "branch-schedule-987654@20270112T0900Z",  # no such window
        "stop-visit-{window}@20270112T0900Z",  # another kind of window
    ],
)
def test_a_past_gone_or_tampered_slot_is_409_never_booked(client, openapi, net, key):
    window = net.branch.schedules.get().pk

    request = bb.api_body(key.format(window=window), net.service)
    body = call(client, openapi, "post", "/en" + BOOKINGS, BOOKINGS, status=409, body=request)

    assert body["code"] == "slot_unavailable"
    assert not Appointment.objects.exists()
    assert not SlotUsage.objects.filter(booked__gt=0).exists()


def test_a_phone_number_with_too_many_appointments_is_409(client, openapi, net):
    slots = branch_slots(net, settings.BOOKING_MAX_ACTIVE_PER_PHONE + 1)
    for slot in slots[:-1]:
        reservations.book(
            service=net.service, slot_key=slot.key, details=bb.citizen(phone="+306912345678")
        )

    body = book_api(client, openapi, net, slots[-1], status=409, phone="691 234 5678")

    assert body["code"] == "too_many_appointments"
    assert str(settings.BOOKING_MAX_ACTIVE_PER_PHONE) in body["detail"]
    assert body["alternatives"] == []


def test_a_service_that_cannot_be_booked_online_is_409(client, openapi, net):
    slot = bb.first_free(net.service, net.branch)

    body = book_api(client, openapi, net, slot, status=409, service=net.closed.pk)

    assert body["code"] == "not_bookable"


# --- Retries -----------------------------------------------------------------------------


def test_a_retry_with_the_same_idempotency_key_returns_the_same_appointment(client, openapi, net):
    slot = bb.first_free(net.service, net.branch)
    body = bb.api_body(slot.key, net.service)
    key = str(uuid.uuid4())

    first = call(
        client,
        openapi,
        "post",
        "/en" + BOOKINGS,
        BOOKINGS,
        status=201,
        body=body,
        **{"Idempotency-Key": key},
    )
    again = call(
        client,
        openapi,
        "post",
        "/en" + BOOKINGS,
        BOOKINGS,
        status=200,
        body=body,
        **{"Idempotency-Key": key},
    )

    assert again["reference"] == first["reference"]
    assert again["manage_token"] is None and again["manage_url"] is None
    assert first["manage_token"]
    appointment = Appointment.objects.get()
    assert appointment.submission_id is not None
    assert SlotUsage.objects.filter(booked=1).count() == len(grid_cells(slot.start, slot.end))


def test_the_same_key_for_another_slot_is_422_and_keys_are_scoped_by_phone(client, openapi, net):
    first_slot, second_slot = branch_slots(net, 2)
    headers = {"Idempotency-Key": "retry-1"}
    call(
        client,
        openapi,
        "post",
        "/en" + BOOKINGS,
        BOOKINGS,
        status=201,
        body=bb.api_body(first_slot.key, net.service),
        **headers,
    )

    reused = call(
        client,
        openapi,
        "post",
        "/en" + BOOKINGS,
        BOOKINGS,
        status=422,
        body=bb.api_body(second_slot.key, net.service),
        **headers,
    )
    other_citizen = call(
        client,
        openapi,
        "post",
        "/en" + BOOKINGS,
        BOOKINGS,
        status=201,
        body=bb.api_body(first_slot.key, net.service, phone="6900000042"),
        **headers,
    )

    assert reused["code"] == "idempotency_key_reused"
    assert list(reused["errors"]) == ["Idempotency-Key"]
    assert "reference" not in reused
    assert other_citizen["manage_token"]
    assert Appointment.objects.count() == 2


@pytest.mark.parametrize(
    "change",
    [{"name": "Μαρία Κ."}, {"note": "Άλλο θέμα"}, {"language": "en"}, {"email": "a@example.org"}],
)
def test_the_same_key_with_another_body_is_422_never_the_other_booking(
    client, openapi, net, change
):
    slot = bb.first_free(net.service, net.branch)
    headers = {"Idempotency-Key": "retry-body"}
    first = call(
        client,
        openapi,
        "post",
        "/en" + BOOKINGS,
        BOOKINGS,
        status=201,
        body=bb.api_body(slot.key, net.service),
        **headers,
    )

    reused = call(
        client,
        openapi,
        "post",
        "/en" + BOOKINGS,
        BOOKINGS,
        status=422,
        body=bb.api_body(slot.key, net.service, **change),
        **headers,
    )

    assert reused["code"] == "idempotency_key_reused"
    assert first["reference"] not in json.dumps(reused)
    # The very same body again is a retry: the first appointment, without its token.
    again = call(
        client,
        openapi,
        "post",
        "/en" + BOOKINGS,
        BOOKINGS,
        status=200,
        body=bb.api_body(slot.key, net.service),
        **headers,
    )
    assert again["reference"] == first["reference"] and again["manage_token"] is None


@pytest.mark.parametrize("key", ["", "k" * 201, "tab\tinside"])
def test_an_unusable_idempotency_key_is_422(client, openapi, net, key):
    request = bb.api_body(bb.first_free(net.service).key, net.service)

    body = call(
        client,
        openapi,
        "post",
        "/en" + BOOKINGS,
        BOOKINGS,
        status=422,
        body=request,
        **{"Idempotency-Key": key},
    )

    assert list(body["errors"]) == ["Idempotency-Key"]


# --- Rate limits ----------------------------------------------------------------------------


@override_settings(BOOKING_RATE_PER_IP="2/m")
def test_too_many_attempts_from_one_address_are_429(openapi, net):
    client = Client(REMOTE_ADDR=unused_address())
    slots = branch_slots(net, 3)
    for slot in slots[:2]:
        book_api(client, openapi, net, slot, phone=unused_phone())

    body = book_api(client, openapi, net, slots[2], status=429, phone=unused_phone())

    assert "try again later" in body["detail"]
    assert Appointment.objects.count() == 2
    other_address = Client(REMOTE_ADDR=unused_address())
    book_api(other_address, openapi, net, slots[2], phone=unused_phone())


@override_settings(BOOKING_RATE_PER_PHONE="1/m")
def test_too_many_attempts_for_one_phone_number_from_one_address_are_429(openapi, net):
    first, second = branch_slots(net, 2)
    phone = unused_phone()
    client = Client(REMOTE_ADDR=unused_address())
    book_api(client, openapi, net, first, phone=phone)

    body = book_api(client, openapi, net, second, status=429, phone=phone.replace("+30", "0030 "))

    assert "try again later" in body["detail"]
    assert Appointment.objects.count() == 1
    # From another address the number is not limited (tests/booking/test_rate_limits.py).
    book_api(Client(REMOTE_ADDR=unused_address()), openapi, net, second, phone=phone)


@override_settings(BOOKING_RATE_PER_IP="1/m")
def test_a_retry_is_not_counted_against_the_rate_limit(openapi, net):
    client = Client(REMOTE_ADDR=unused_address())
    slot = bb.first_free(net.service)
    body = bb.api_body(slot.key, net.service, phone=unused_phone())
    headers = {"Idempotency-Key": "once"}
    call(client, openapi, "post", "/en" + BOOKINGS, BOOKINGS, status=201, body=body, **headers)

    again = call(
        client, openapi, "post", "/en" + BOOKINGS, BOOKINGS, status=200, body=body, **headers
    )

    assert again["manage_token"] is None


# --- Seeing and cancelling ----------------------------------------------------------------


def test_the_manage_token_shows_the_appointment(client, openapi, net):
    made = book_api(client, openapi, net)
    token = made["manage_token"]

    for reference in (made["reference"], made["display_reference"].lower()):
        seen = call(
            client,
            openapi,
            "get",
            f"/en/api/v1/bookings/{reference}",
            BOOKING,
            status=200,
            **{"X-Manage-Token": token},
        )
        assert seen == {k: v for k, v in made.items() if k not in ("manage_token", "manage_url")}
    assert "name" not in seen and "phone" not in seen


def test_wrong_missing_or_foreign_tokens_and_unknown_references_all_get_the_same_404(
    client, openapi, net
):
    first_slot, second_slot = branch_slots(net, 2)
    mine = book_api(client, openapi, net, first_slot)
    theirs = book_api(client, openapi, net, second_slot, phone="6900000077")
    url = f"/en/api/v1/bookings/{mine['reference']}"
    answers = []

    for method in ("get", "delete"):
        for path, headers in [
            (url, {}),
            (url, {"X-Manage-Token": ""}),
            (url, {"X-Manage-Token": "wrong"}),
            (url, {"X-Manage-Token": theirs["manage_token"]}),
            (url, {"X-Manage-Token": mine["manage_token"] + "x"}),
            (url, {"X-Manage-Token": "t" * 5000}),
            ("/en/api/v1/bookings/ACDEFGHJ", {"X-Manage-Token": mine["manage_token"]}),
            ("/en/api/v1/bookings/not-a-reference", {"X-Manage-Token": mine["manage_token"]}),
            ("/en/api/v1/bookings/" + "Α" * 300, {"X-Manage-Token": mine["manage_token"]}),
        ]:
            answers.append(call(client, openapi, method, path, BOOKING, status=404, **headers))

    assert len({json.dumps(answer) for answer in answers}) == 1
    assert Appointment.objects.filter(status=Status.BOOKED).count() == 2


def test_cancelling_frees_the_slot_and_twice_is_harmless(client, openapi, net):
    slot = bb.first_free(net.service, net.branch)
    made = book_api(client, openapi, net, slot)
    bb.fill(net.service, slot.key, 1)
    url = f"/api/v1/bookings/{made['reference']}"
    headers = {"X-Manage-Token": made["manage_token"]}
    assert slot.key not in [s.key for s in free_slots(net.service)]

    cancelled = call(client, openapi, "delete", url, BOOKING, status=200, **headers)
    again = call(client, openapi, "delete", url, BOOKING, status=200, **headers)
    seen = call(client, openapi, "get", url, BOOKING, status=200, **headers)

    assert cancelled["status"] == again["status"] == seen["status"] == "cancelled"
    assert Appointment.objects.get(reference=made["reference"]).cancelled_at is not None
    assert {cell.booked for cell in SlotUsage.objects.all()} == {1}
    assert next(s for s in free_slots(net.service) if s.key == slot.key).remaining == 1


def test_an_appointment_that_has_taken_place_cannot_be_cancelled(client, openapi, net):
    made = book_api(client, openapi, net)
    appointment = Appointment.objects.get()
    url = f"/en/api/v1/bookings/{made['reference']}"
    headers = {"X-Manage-Token": made["manage_token"]}

    with time_machine.travel(appointment.end + datetime.timedelta(hours=1), tick=False):
        body = call(client, openapi, "delete", url, BOOKING, status=409, **headers)
    with time_machine.travel(appointment.end + datetime.timedelta(days=2), tick=False):
        call(client, openapi, "get", url, BOOKING, status=404, **headers)

    assert body["code"] == "not_cancellable"
    assert Appointment.objects.get().status == Status.BOOKED


# --- Languages ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["el", "en", "ar", "fa"])
def test_messages_follow_the_language_prefix(client, openapi, net, language):
    slot = bb.first_free(net.service)
    with translation.override(language):
        expected_detail = translation.gettext("No %(what)s with this id.") % {
            "what": translation.gettext("service")
        }
        expected_email = str(EmailValidator.message)
        expected_invalid = translation.gettext("Some values are not valid.")

    unknown = call(
        client,
        openapi,
        "get",
        f"/{language}/api/v1/availability?service=987654",
        AVAILABILITY,
        status=404,
    )
    invalid = call(
        client,
        openapi,
        "post",
        f"/{language}/api/v1/bookings",
        BOOKINGS,
        status=422,
        body=bb.api_body(slot.key, net.service, email="nowhere"),
    )

    assert unknown["detail"] == expected_detail
    assert invalid["detail"] == expected_invalid
    assert invalid["errors"]["email"] == [expected_email]
    if language in NOT_FOUND:
        assert unknown["detail"] == NOT_FOUND[language]


def test_greek_and_english_answers_differ(client, openapi, net):
    greek = client.get("/el/api/v1/availability?service=987654").json()
    english = client.get("/en/api/v1/availability?service=987654").json()
    greek_email = book_api(client, openapi, net, status=422, url="/el" + BOOKINGS, email="x")
    english_email = book_api(client, openapi, net, status=422, url="/en" + BOOKINGS, email="x")

    assert greek["detail"] != english["detail"]
    assert greek_email["errors"]["email"] != english_email["errors"]["email"]


@pytest.mark.parametrize(("accept", "language"), [("en-GB,en;q=0.9", "en"), ("el", "el")])
def test_the_unprefixed_api_answers_in_the_accept_language(client, net, accept, language):
    answer = client.get(AVAILABILITY + "?service=987654", HTTP_ACCEPT_LANGUAGE=accept)

    assert answer.status_code == 404
    assert answer.json()["detail"] == NOT_FOUND[language]


# --- Nothing a client sends is a 500 -------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "{not json",
        "",
        "null",
        "[]",
        '"a string"',
        "12",
        '{"slot": {"nested": [1, 2]}}',
        '{"name": "\\ud800", "phone": "\\udfff", "slot": "\\u0000", "service": 1e400}',
        '{"service": -1, "consent": true}',
        '{"service": 1.5}',
        '{"service": true}',
        json.dumps({"name": "x" * 2_000_000}),
        b"\xff\xfe\x00{",
        b'{"name": "\xed\xa0\x80", "slot": "\xc0\xaf"}',
    ],
)
def test_malformed_bodies_are_4xx_never_500(openapi, net, raw):
    client = Client(raise_request_exception=False)

    response = client.post("/en" + BOOKINGS, raw, content_type="application/json")

    assert 400 <= response.status_code < 500, response.content[:500]
    body = response.json()
    assert body["detail"]
    assert_matches_schema(openapi, BOOKINGS, "post", response.status_code, body)


def test_a_body_over_the_upload_limit_is_413(openapi, net):
    client = Client(raise_request_exception=False)
    slot = bb.first_free(net.service)
    raw = json.dumps(
        bb.api_body(slot.key, net.service, note="λ" * settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
    )

    response = client.post("/en" + BOOKINGS, raw, content_type="application/json")

    assert response.status_code == 413
    assert_matches_schema(openapi, BOOKINGS, "post", 413, response.json())


def test_odd_unicode_in_every_field_is_handled(openapi, net):
    client = Client(raise_request_exception=False)
    slot = bb.first_free(net.service)
    oddities = ["\u0000", "\ud800", "\u202e", "\U0001f600" * 50, "\ufeff", "Ω\u0301" * 40]
    for oddity in oddities:
        for field in ("name", "phone", "email", "language", "interpreter_language", "note", "slot"):
            body = bb.api_body(slot.key, net.service, interpreter_needed=True)
            body["interpreter_language"] = "Arabic"
            body[field] = oddity
            response = client.post(
                "/en" + BOOKINGS, json.dumps(body), content_type="application/json"
            )
            assert response.status_code in (201, 409, 422), (field, oddity, response.content)
    for query in ("service=%00", "service=1&location=%ED%A0%80", "service=%D9%A3", "from=%F0%9F"):
        response = client.get(f"/en/api/v1/availability?{query}")
        assert 400 <= response.status_code < 500, (query, response.content)


def test_the_openapi_document_publishes_the_limits_the_server_enforces(openapi):
    schemas = openapi["components"]["schemas"]
    body = schemas["BookingIn"]["properties"]
    assert body["language"]["enum"] == ["el", "en", "ar", "fa"]
    assert (body["name"]["maxLength"], body["note"]["maxLength"]) == (100, 500)
    assert body["phone"]["maxLength"] == 30 and body["accessibility_needs"]["maxLength"] == 300
    assert body["slot"]["pattern"].startswith("^(branch-schedule|stop-visit)")
    assert schemas["Booking"]["properties"]["status"]["enum"] == [
        "booked",
        "attended",
        "no_show",
        "cancelled",
    ]
    assert "idempotency_key_reused" in schemas["BookingInvalid"]["properties"]["code"]["enum"]
    parameters = {
        p["name"]: p["schema"] for p in openapi["paths"][AVAILABILITY]["get"]["parameters"]
    }
    assert parameters["per_page"]["maximum"] == 500 and parameters["page"]["minimum"] == 1
    assert parameters["from"]["anyOf"][0]["format"] == "date"
    location = parameters["location"]["anyOf"][0]
    assert location["pattern"] == "^[^\\x00-\\x1f\\x7f]*$" and location["maxLength"] == 200
    occurrences = {
        p["name"]: p["schema"] for p in openapi["paths"]["/api/v1/occurrences"]["get"]["parameters"]
    }
    # A service is named by its UUID, or for a while by its number as before.
    service_forms = occurrences["service"]["anyOf"]
    assert service_forms[0]["format"] == "uuid" and service_forms[1]["minimum"] == 1
    locations = {
        p["name"]: p["schema"] for p in openapi["paths"]["/api/v1/locations"]["get"]["parameters"]
    }
    assert locations["kind"]["enum"] == ["branch", "stop"]
    assert schemas["OccurrenceOut"]["properties"]["status"]["enum"] == ["scheduled", "cancelled"]
