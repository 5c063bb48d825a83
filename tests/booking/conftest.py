"""Fixtures of the booking tests: on-commit hooks.

The `bookable` network, `committed_copy` (a committed copy of the database,
PostgreSQL only) and the `clock` (Monday 11 January 2027, 09:00 in Athens, so
that the minimum notice of 2 hours and the horizon of 8 weeks give known
slots) are in tests/conftest.py.
"""

import pytest


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Call a function and run its on_commit hooks (notifications) as a commit would."""

    def run(func, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return func(*args, **kwargs)

    return run
