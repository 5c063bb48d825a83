"""Rate limits behind a load balancer, over HTTP: the web flow and POST /api/v1/bookings.

With one trusted proxy (TRUSTED_PROXY_COUNT=1) the client is the right-most
X-Forwarded-For entry: whatever a client writes to the left of it is ignored,
so rotating it does not escape the per-address limit, and a header that is
empty, doubled or garbage never fails. The phone counter is kept per
(number, address), so failed attempts with someone else's number never lock
its owner out (booking/ratelimits.py says why).

Counts live in the shared cache (Redis on the PostgreSQL run): every test
counts under addresses and numbers no other test uses.
"""

import re
from urllib.parse import unquote

from django.test import Client, override_settings

import pytest

from booking.models import Appointment
from tests.api_schema import call
from tests.booking import builders as bb
from tests.booking.api_steps import (
    BOOKINGS,
    book_api,
    branch_slots,
    unused_address,
    unused_phone,
    with_closed_service,
)
from tests.booking.flow_steps import ANSWERS, walk_to_details

pytestmark = pytest.mark.django_db

BALANCER = "10.0.0.2"
ODD_HEADERS = [
    "",
    " ",
    ",,,",
    "a, b",
    "garbage",
    "1.2.3.4, , ",
    "999.999.999.999",
    "[::1], ::1",
    "203.0.113.9\x00",
    "ünïcode, 203.0.113.9",
    "x" * 8000,
]


@pytest.fixture
def net(bookable):
    return with_closed_service(bookable)


def behind_balancer(forwarded):
    """A client whose requests reach us through one proxy that appended `forwarded`."""
    return Client(REMOTE_ADDR=BALANCER, HTTP_X_FORWARDED_FOR=forwarded)


def confirm_through_the_pages(client, bookable, phone):
    """Walk the flow and press "confirm"; the answer to that last POST."""
    details_url = walk_to_details(client, "en", bookable)
    assert client.post(details_url, {**ANSWERS, "phone": phone}).status_code == 302
    client.post("/en/booking/agreement/", {"consent": "on"})
    html = client.get("/en/booking/check/").content.decode()
    submission = re.search(r'name="submission_id" value="([^"]+)"', html).group(1)
    return client.post("/en/booking/check/", {"submission_id": submission})


@override_settings(TRUSTED_PROXY_COUNT=1, BOOKING_RATE_PER_IP="2/m")
def test_rotating_the_forwarded_header_does_not_escape_the_api_limit(openapi, net):
    client_address = unused_address()
    slots = branch_slots(net, 3)
    for slot in slots[:2]:
        spoofed = f"{unused_address()}, {client_address}"
        book_api(behind_balancer(spoofed), openapi, net, slot, phone=unused_phone())

    spoofed = f"{unused_address()}, {client_address}"
    body = book_api(
        behind_balancer(spoofed), openapi, net, slots[2], status=429, phone=unused_phone()
    )

    assert "try again later" in body["detail"]
    assert Appointment.objects.count() == 2
    # Another citizen behind the same balancer is not counted with this one.
    book_api(behind_balancer(unused_address()), openapi, net, slots[2], phone=unused_phone())


@override_settings(TRUSTED_PROXY_COUNT=1, BOOKING_RATE_PER_IP="2/m")
def test_rotating_the_forwarded_header_does_not_escape_the_web_limit(bookable):
    client_address = unused_address()
    for _ in range(2):
        client = behind_balancer(f"{unused_address()}, {client_address}")
        response = confirm_through_the_pages(client, bookable, unused_phone())
        assert response["Location"] == "/en/booking/done/"

    client = behind_balancer(f"{unused_address()}, {client_address}")
    response = confirm_through_the_pages(client, bookable, unused_phone())

    assert response.status_code == 429
    assert "Please try again later" in response.content.decode()
    assert Appointment.objects.count() == 2


@override_settings(TRUSTED_PROXY_COUNT=1)
@pytest.mark.parametrize("forwarded", ODD_HEADERS)
def test_odd_forwarded_headers_never_fail_the_api(openapi, net, forwarded):
    slot = branch_slots(net, 1)[0]

    made = book_api(behind_balancer(forwarded), openapi, net, slot, phone=unused_phone())

    assert Appointment.objects.get().reference == made["reference"]


@override_settings(TRUSTED_PROXY_COUNT=1)
@pytest.mark.parametrize("forwarded", ["", "a, b", "garbage", "x" * 8000])
def test_odd_forwarded_headers_never_fail_the_web_flow(bookable, forwarded):
    response = confirm_through_the_pages(behind_balancer(forwarded), bookable, unused_phone())

    assert response["Location"] == "/en/booking/done/"
    assert Appointment.objects.count() == 1


@override_settings(TRUSTED_PROXY_COUNT=1, BOOKING_RATE_PER_PHONE="5/d")
def test_failed_attempts_with_a_victims_number_do_not_lock_its_owner_out(openapi, net):
    victim = unused_phone()
    attacker = behind_balancer(unused_address())
    full, free = branch_slots(net, 2)
    bb.fill(net.service, full.key, full.remaining)
    for _ in range(5):
        conflict = book_api(attacker, openapi, net, full, status=409, phone=victim)
        assert conflict["code"] == "slot_unavailable"
    # The attacker's own count is spent…
    limited = book_api(attacker, openapi, net, free, status=429, phone=victim)
    assert "try again later" in limited["detail"]

    # …but the owner, from their own connection, books as usual.
    made = book_api(behind_balancer(unused_address()), openapi, net, free, phone=victim)

    appointment = Appointment.objects.get(reference=made["reference"])
    assert appointment.phone == victim


@override_settings(TRUSTED_PROXY_COUNT=1, BOOKING_RATE_PER_PHONE="5/d")
def test_failed_web_attempts_with_a_victims_number_do_not_lock_its_owner_out(bookable):
    victim = unused_phone()
    attacker_address = unused_address()
    for _ in range(5):
        client = behind_balancer(attacker_address)
        # Each attempt fails at the last step: the chosen time was taken meanwhile.
        details_url = walk_to_details(client, "en", bookable)
        client.post(details_url, {**ANSWERS, "phone": victim})
        client.post("/en/booking/agreement/", {"consent": "on"})
        html = client.get("/en/booking/check/").content.decode()
        submission = re.search(r'name="submission_id" value="([^"]+)"', html).group(1)
        slot = re.search(r"slot=([^&\"]+)", details_url).group(1)
        bb.fill(bookable["service"], unquote(slot), 2)
        taken = client.post("/en/booking/check/", {"submission_id": submission})
        assert taken["Location"].startswith("/en/booking/time/")

    response = confirm_through_the_pages(behind_balancer(unused_address()), bookable, victim)

    assert response["Location"] == "/en/booking/done/"
    assert Appointment.objects.filter(phone=victim).count() == 1


@override_settings(TRUSTED_PROXY_COUNT=1, BOOKING_RATE_PER_PHONE="1/m")
def test_one_address_is_still_limited_per_phone_number(openapi, net):
    first, second = branch_slots(net, 2)
    phone = unused_phone()
    client = behind_balancer(unused_address())
    book_api(client, openapi, net, first, phone=phone)

    body = call(
        client,
        openapi,
        "post",
        "/en" + BOOKINGS,
        BOOKINGS,
        status=429,
        body=bb.api_body(second.key, net.service, phone=phone.replace("+30", "0030 ")),
    )

    assert "try again later" in body["detail"]
    assert Appointment.objects.count() == 1
