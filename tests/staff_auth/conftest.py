"""Shared pieces of the staff sign-in tests: users, a pinned clock, codes."""

import datetime

import pytest
import time_machine

from services_catalog.schedules import ATHENS
from tests.booking import builders as bb

NOW = datetime.datetime(2027, 3, 1, 9, 0, tzinfo=ATHENS)
PASSWORD = "pw"


@pytest.fixture
def clock():
    """The clock, pinned; `clock.shift(seconds)` moves it on."""
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def desk(db):
    return bb.staff_user("desk", groups=["Front desk"])


@pytest.fixture
def editor(db):
    return bb.staff_user("editor", groups=["Editors"])
