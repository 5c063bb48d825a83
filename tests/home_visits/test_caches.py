"""A citizen's request is personal data no cached page shows: storing one must not empty
the page cache nor make every worker rebuild its slot grids (a team's hours must)."""

import pytest

from booking.slots import schedule_generation
from portal import page_cache
from tests.home_visits import builders as hb

pytestmark = pytest.mark.django_db


def test_a_request_leaves_the_caches_alone_a_teams_hours_do_not(home, clock):
    team = hb.team()
    pages, grids = page_cache.current_generation(), schedule_generation()

    hb.visit_request(team)
    assert (page_cache.current_generation(), schedule_generation()) == (pages, grids)

    window = team.windows.first()
    window.capacity = 2
    window.save()
    assert schedule_generation() != grids
