"""Builders of the waiting-list tests: a service with no free time, people waiting.

Appointments are made through `reservations.book` (tests/booking/builders.py),
entries through `booking.waitlist.join`.
"""

import datetime
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from booking import waitlist
from booking.slots import free_slots
from services_catalog.models import BranchSchedule
from tests import builders as b
from tests.booking import builders as bb

# Wednesday 13 January 2027, two days after tests.clock.NOW.
DAY = datetime.date(2027, 1, 13)


def full_service(*, capacity=2, start="10:00", end="11:00", day=DAY):
    """A bookable 30-minute service at a branch open on `day` only, every seat booked.

    Returns (service, branch, slots as they were free, the appointments).
    """
    branch = b.branch("Παράρτημα αναμονής", rule=None, capacity=capacity)
    BranchSchedule.objects.create(
        branch=branch,
        **b.window_values(
            b.EVERY_DAY,
            start,
            end,
            capacity,
            valid_from=day,
            valid_until=day,
            open_on_public_holidays=True,
        ),
    )
    service = b.service("Νομική συμβουλευτική", branches=[branch], appointment_minutes=30)
    slots = free_slots(service, places=[branch.place_id])
    appointments = [a for slot in slots for a in bb.fill(service, slot.key, slot.remaining)]
    assert not free_slots(service, places=[branch.place_id])
    return service, branch, slots, appointments


def person(n, **overrides):
    """One person's answers for the list (name, phone, e-mail, language)."""
    return {
        "name": f"Πρόσωπο {n}",
        "phone": bb.phone(),
        "email": "",
        "language": "el",
        **overrides,
    }


def queue(service, branch, count, **overrides):
    """`count` people joined in turn; [(entry, leave token)] in their order."""
    return [
        waitlist.join(service=service, place_id=branch.place_id, details=person(n, **overrides))
        for n in range(count)
    ]


def all_at_once(count, attempt, timeout=120):
    """Run `attempt(i)` in `count` threads released together; their results, in order."""
    barrier = threading.Barrier(count, timeout=timeout)

    def run(i):
        barrier.wait()
        return attempt(i)

    pool = ThreadPoolExecutor(max_workers=count)
    try:
        futures = [pool.submit(run, i) for i in range(count)]
        deadline = time.monotonic() + timeout
        return [f.result(timeout=max(1, deadline - time.monotonic())) for f in futures]
    finally:
        # Never wait for a stuck thread: dropping the copy ends its connection.
        pool.shutdown(wait=False, cancel_futures=True)
