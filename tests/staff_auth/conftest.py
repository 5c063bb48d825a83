"""Shared pieces of the staff sign-in tests: users and their password.

The sign-in tests pin the clock (the `clock` fixture, tests/conftest.py) at
Monday 1 March 2027, 09:00 in Athens: see `pytest_collection_modifyitems`.
"""

import datetime
from pathlib import Path

import pytest

from tests import builders as b
from tests.clock import NOW

# A Monday seven weeks after NOW, as these tests were written for.
SIGN_IN_NOW = NOW + datetime.timedelta(weeks=7)
PASSWORD = "pw"
HERE = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    """Every sign-in test's `clock` stands at SIGN_IN_NOW."""
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.clock(SIGN_IN_NOW))


@pytest.fixture
def desk(db):
    return b.staff_user("desk", groups=["Front desk"])


@pytest.fixture
def editor(db):
    return b.staff_user("editor", groups=["Editors"])
