"""The iCal feeds keep each window's events between builds (services_catalog.feeds).

A feed rebuilt after a change that does not touch a window reuses that
window's text without expanding it again; a change to a window, its place or
the place's exceptions writes that window again, and only it. Whatever was
kept, the feed is the text a build from nothing gives. Its queries do not grow
with the number of stops. Counts, not times: these fail the same way on any
machine.
"""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from portal import content_memo, page_cache
from services_catalog import feeds, schedules
from tests import builders as b
from tests.clock import SUNDAY

D = datetime.date
URL = "/el/ical/mobile-units.ics"
pytestmark = pytest.mark.clock(SUNDAY)


@pytest.fixture(autouse=True)
def nothing_kept():
    feeds.forget()
    yield
    feeds.forget()


@pytest.fixture
def expansions(monkeypatch):
    """The places each call of `schedules.occurrences` was asked to expand."""
    calls = []
    original = schedules.occurrences

    def spy(start, end, **places):
        calls.append({k: places[k] for k in ("branches", "stops") if places.get(k) is not None})
        return original(start, end, **places)

    monkeypatch.setattr(schedules, "occurrences", spy)
    return calls


def _network(stops):
    unit = b.mobile_unit("Κινητή Μονάδα 1")
    return [b.stop(unit, f"Στάση {n}", rule="RRULE:FREQ=WEEKLY;BYDAY=TU") for n in range(stops)]


def _fresh_body(client):
    """The feed as a build from nothing writes it."""
    page_cache.clear()
    content_memo.forget()
    feeds.forget()
    return client.get(URL).content


def test_a_rebuild_after_an_unrelated_change_expands_nothing(client, db, home, expansions):
    _network(3)
    branch = b.branch(rule=b.WEEKDAYS)
    first = client.get(URL)
    assert len(expansions) == 1

    b.cancel(branch, D(2027, 3, 1))  # a branch: not in the vans' feed
    page_cache.clear()
    again = client.get(URL)

    assert len(expansions) == 1  # every window's events were kept
    assert again.content == first.content
    assert again.content == _fresh_body(client)


def test_a_cancellation_writes_its_stop_again_and_only_it(client, db, home, expansions):
    stops = _network(3)
    before = client.get(URL).content

    b.cancel(stops[1], D(2027, 2, 2))
    page_cache.clear()
    after = client.get(URL).content

    assert expansions[-1] == {"stops": [stops[1].pk]}
    assert after != before
    assert b"EXDATE;TZID=Europe/Athens:20270202T100000" in after
    assert after == _fresh_body(client)


def test_renaming_a_stop_and_moving_a_visit_are_written_again(client, db, home):
    stops = _network(2)
    client.get(URL)

    stops[0].name_el = "Νέο όνομα"
    stops[0].save()
    window = stops[1].visits.get()
    window.start_time = datetime.time(11, 0)
    window.save()
    page_cache.clear()
    after = client.get(URL).content

    assert "Νέο όνομα".encode() in after
    assert b"DTSTART;TZID=Europe/Athens:" in after and b"T110000" in after
    assert b"SEQUENCE:1" in after  # the moved visit's version, written into the kept text
    assert after == _fresh_body(client)


def _feed_queries(client):
    """Queries of a build from nothing and of one with every window kept, the events'
    versions already recorded (a changed version costs its own UPDATE: an editor's save)."""
    _fresh_body(client)
    page_cache.clear()
    content_memo.forget()
    feeds.forget()
    with CaptureQueriesContext(connection) as cold:
        assert client.get(URL).status_code == 200
    page_cache.clear()
    with CaptureQueriesContext(connection) as kept:
        assert client.get(URL).status_code == 200
    return len(cold), len(kept)


def test_the_feeds_queries_do_not_grow_with_the_stops(client, db, home):
    stops = _network(2)
    few = _feed_queries(client)

    unit = stops[0].mobile_unit
    for n in range(8):
        b.stop(unit, f"Άλλη στάση {n}", rule="RRULE:FREQ=WEEKLY;BYDAY=WE")
    b.cancel(stops[0], D(2027, 2, 2))
    many = _feed_queries(client)

    assert many == few
