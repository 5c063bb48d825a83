"""Fixtures of the booking tests: a small bookable network on the pinned clock.

The clock (tests/conftest.py) stands at Monday 11 January 2027, 09:00 in
Athens, so that the minimum notice (2 hours) and the horizon (8 weeks) give
known slots.
"""

import pytest

from tests.services_catalog import builders as b


@pytest.fixture
def bookable(db, home, clock):
    """A branch open Mon–Fri 08:00–16:00 (2 staff) and a van stop on the first and
    third Tuesday 10:00–13:30 (1 staff), both offering a 30-minute service."""
    branch = b.branch("Παράρτημα ΚΕΜ", capacity=2)
    unit = b.mobile_unit("Κινητή Μονάδα 1")
    stop = b.stop(unit, "Πλατεία Αγίας Σοφίας", capacity=1)
    service = b.service(
        "Ψυχολογική στήριξη",
        branches=[branch],
        units=[unit],
        bookable=True,
        appointment_minutes=30,
        what_to_bring={"el": "<p>Ταυτότητα, αν έχετε.</p>", "en": "<p>An ID, if you have one.</p>"},
    )
    return {"branch": branch, "unit": unit, "stop": stop, "service": service}


def details(**overrides):
    """A citizen's cleaned answers with one fixed phone number (see builders.citizen)."""
    from tests.booking.builders import citizen

    return citizen(**{"phone": "+306912345678", **overrides})


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Call a function and run its on_commit hooks (notifications) as a commit would."""

    def run(func, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return func(*args, **kwargs)

    return run
