"""Test set-up shared by every test.

The database is created once per test session (and per xdist worker) with
migrations, then given the site tree every test expects: a HomePage with
all four languages' fields as the default site's root. Tests run inside a
transaction that is rolled back, so they start from that tree each time.
"""

from django.core.cache import caches
from django.db import connection
from django.test import Client, override_settings
from django.utils import translation

import pytest
from psycopg.sql import SQL, Identifier

from booking.slots import forget_grids
from portal import content_memo, page_cache
from portal.cache import reset_health
from tests.booking.concurrency import maintenance_connection
from tests.builders import home_page, make_site, small_network
from tests.clock import NOW, frozen
from tests.helpers import REDIS_DOWN, redis_cache_settings


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        make_site()


@pytest.fixture
def home(db):
    return home_page()


@pytest.fixture
def bookable(db, home, clock):
    """A small network on the pinned clock: a branch and a van stop offering a
    bookable 30-minute service (tests/builders.py: small_network)."""
    return small_network()


@pytest.fixture(scope="session")
def openapi(django_db_setup, django_db_blocker):
    """The OpenAPI document as /api/v1/openapi.json serves it (tests/api_schema.py)."""
    with django_db_blocker.unblock():
        response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


@pytest.fixture
def clock(request):
    """The clock standing still at NOW, or at the instant of `@pytest.mark.clock(instant)`.

    Yields time-machine's traveller: `clock.shift(delta)` and
    `clock.move_to(instant)` move it on (tests/clock.py).
    """
    marker = request.node.get_closest_marker("clock")
    with frozen(marker.args[0] if marker else NOW) as traveller:
        yield traveller


@pytest.fixture(autouse=True)
def greek_by_default():
    """Start every test in Greek, the site's default language.

    LocaleMiddleware activates a request's language for the whole thread, so
    without this a test that fetched /fa/ would leave page URLs built in
    later tests in Farsi.
    """
    translation.activate("el")
    yield
    translation.activate("el")


@pytest.fixture(autouse=True)
def fresh_page_cache():
    """Start every test with an empty page cache and nothing memoised (portal.content_memo).

    A test's database changes are rolled back at its end, and a rollback
    sends no signal: pages the previous test cached would otherwise outlive
    the rows they showed. (In production nothing committed is rolled back.)
    The cache stays on: the suite proves that invalidation is never late.
    """
    page_cache.clear()
    content_memo.forget()
    yield


@pytest.fixture(autouse=True)
def fresh_slot_grids():
    """Start every test without the slot grids of the last one (booking.slots).

    For the same reason as the page cache: a rollback sends no signal, and the
    next test's service may get the same primary key on SQLite.
    """
    forget_grids()
    yield


@pytest.fixture
def redis_down():
    """The default cache pointed at a Redis that is down (portal.cache degrades)."""
    reset_health()
    with override_settings(CACHES=redis_cache_settings(REDIS_DOWN)):
        yield caches["default"]
    reset_health()


@pytest.fixture
def committed_copy(django_db_setup, django_db_blocker):
    """Switch every new connection of this process to a fresh copy of the test database.

    PostgreSQL only (tests/booking/concurrency.py: `@concurrent`): rows written
    there are committed at once, for other connections and server processes.
    """
    with django_db_blocker.unblock():
        settings_dict = connection.settings_dict
        original = settings_dict["NAME"]
        copy = f"{original}_concurrency"
        assert not connection.in_atomic_block, "a transaction is open on the test database"
        connection.close()  # a template must have no other session
        with maintenance_connection() as admin:
            admin.execute(SQL("DROP DATABASE IF EXISTS {}").format(Identifier(copy)))
            admin.execute(
                SQL("CREATE DATABASE {} TEMPLATE {}").format(Identifier(copy), Identifier(original))
            )
        settings_dict["NAME"] = copy
        try:
            yield copy
        finally:
            connection.close()
            settings_dict["NAME"] = original
            with maintenance_connection() as admin:
                admin.execute(
                    SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(Identifier(copy))
                )
