"""Fixtures of the finder's tests."""

import pytest

from tests.finder.world import finder_world


@pytest.fixture
def world(db, home, clock):
    return finder_world()
