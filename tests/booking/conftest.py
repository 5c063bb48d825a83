"""Fixtures of the booking tests: on-commit hooks, a committed copy of the database.

The `bookable` network and the `clock` (Monday 11 January 2027, 09:00 in
Athens, so that the minimum notice of 2 hours and the horizon of 8 weeks
give known slots) are in tests/conftest.py.
"""

from django.db import connection

import pytest
from psycopg.sql import SQL, Identifier

from tests.booking.concurrency import maintenance_connection


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Call a function and run its on_commit hooks (notifications) as a commit would."""

    def run(func, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return func(*args, **kwargs)

    return run


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
