"""What the booking API tests share: its paths, a valid booking, unused addresses.

Requests go through `tests.api_schema.call`, which checks every answer
against the OpenAPI document.
"""

import secrets
from types import SimpleNamespace

from booking.slots import free_slots
from tests import builders as b
from tests.api_schema import call
from tests.booking import builders as bb

AVAILABILITY = "/api/v1/availability"
BOOKINGS = "/api/v1/bookings"
BOOKING = "/api/v1/bookings/{reference}"


def with_closed_service(bookable):
    """The `bookable` network (tests/conftest.py) plus a service at its
    branch that cannot be booked online; as attributes."""
    closed = b.service("Νομική συμβουλή", branches=[bookable["branch"]], bookable=False)
    return SimpleNamespace(**bookable, closed=closed)


def unused_address():
    """A client address of the benchmarking range (RFC 2544) that no test used before."""
    number = secrets.randbits(17)
    return f"198.{18 + (number >> 16)}.{(number >> 8) & 255}.{number & 255}"


def unused_phone():
    return f"+3069{secrets.randbelow(10**8):08d}"


def book_api(client, openapi, net, at=None, *, status=201, url="/en" + BOOKINGS, **overrides):
    """POST a valid booking of slot `at` (default: the branch's first), changed by `overrides`."""
    key = at.key if at is not None else bb.first_free(net.service, net.branch).key
    body = bb.api_body(key, net.service, **overrides)
    return call(client, openapi, "post", url, BOOKINGS, status=status, body=body)


def branch_slots(net, count):
    return free_slots(net.service, places=[net.branch.place_id])[:count]
