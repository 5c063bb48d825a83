"""Fixtures of the catalogue's admin tests (shared by several modules)."""

from django.contrib.auth import get_user_model

import pytest

from tests import builders as b
from tests.helpers import login_staff


@pytest.fixture
def editor(client, db, clock):
    """An editor signed into the admin with `client` (second factor given), while the
    clock is pinned, so the session is not already expired."""
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    login_staff(client, user)
    return user


@pytest.fixture
def admin_client(client, editor):
    return client


@pytest.fixture
def unit_with_stop(db, home):
    unit = b.mobile_unit()
    stop = b.stop(unit, "Κέντρο Υγείας Νίκαιας", rule=b.FIRST_AND_THIRD_TUESDAY)
    return b.publish(unit), stop
