"""What schedules.occurrences keeps between calls, and that it never changes an answer.

The windows of every published place are kept per content generation
(portal.content_memo) and the dates of each rule per process
(schedules._rule_days); a regional network made every page that lists
visits expand 1,500 windows from the database on each request.
"""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
import recurrence
from dateutil import rrule as dateutil_rrule

from services_catalog import schedules
from services_catalog.models import Stop, StopSchedule
from tests import builders as b
from tests.helpers import as_if_committed

D = datetime.date


@pytest.fixture
def unit(db, home):
    return b.mobile_unit()


def dates(found):
    return [(o.place.pk, o.start.isoformat(), o.cancelled) for o in found]


def year_of(unit, branch):
    return schedules.occurrences(
        D(2027, 1, 1),
        D(2027, 12, 31),
        stops=Stop.objects.filter(mobile_unit=unit),
        branches=[branch.pk],
        include_cancelled=True,
    )


def test_windows_are_read_once_per_content_generation_and_answers_do_not_change(unit):
    stops = [b.stop(unit) for _ in range(4)]
    b.cancel(stops[0], D(2027, 1, 19))
    b.extra(stops[1], D(2027, 1, 23))
    branch = b.branch()
    before = dates(year_of(unit, branch))  # a change is pending: nothing is kept
    as_if_committed()

    with CaptureQueriesContext(connection) as first:
        cold = dates(year_of(unit, branch))
    with CaptureQueriesContext(connection) as second:
        warm = dates(year_of(unit, branch))

    assert cold == warm == before
    assert len(before) > 100
    # Warm: the stops' ids and each kind's exceptions; no window is read again.
    assert len(second) == 3
    assert not any("schedule" in query["sql"].lower() for query in second.captured_queries)
    assert len(first) == 5


def test_a_saved_schedule_shows_at_once_and_a_new_generation_reads_it(unit):
    stop = b.stop(unit, rule="RRULE:FREQ=WEEKLY;BYDAY=TU")
    as_if_committed()
    tuesdays = schedules.occurrences(D(2027, 1, 1), D(2027, 1, 31), stops=[stop.pk])

    StopSchedule.objects.create(
        stop=stop,
        recurrence=recurrence.deserialize("RRULE:FREQ=WEEKLY;BYDAY=FR"),
        start_time=datetime.time(9),
        end_time=datetime.time(12),
        capacity=1,
        valid_from=D(2026, 1, 1),
    )
    pending = schedules.occurrences(D(2027, 1, 1), D(2027, 1, 31), stops=[stop.pk])
    as_if_committed()
    committed = schedules.occurrences(D(2027, 1, 1), D(2027, 1, 31), stops=[stop.pk])

    assert {o.date.weekday() for o in tuesdays} == {1}
    assert {o.date.weekday() for o in pending} == {o.date.weekday() for o in committed} == {1, 4}


def test_an_unpublished_unit_drops_out_of_the_kept_windows(unit):
    stop = b.stop(unit)
    as_if_committed()
    assert schedules.occurrences(D(2027, 1, 1), D(2027, 1, 31), stops=[stop.pk])

    unit.unpublish()
    as_if_committed()

    assert schedules.occurrences(D(2027, 1, 1), D(2027, 1, 31), stops=[stop.pk]) == []


RULES = [
    "RRULE:FREQ=WEEKLY;BYDAY=TU",
    "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
    "RRULE:FREQ=MONTHLY;BYDAY=1TU,3TU",
    "RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15",
    "RRULE:FREQ=WEEKLY;COUNT=7;BYDAY=WE",
    "RRULE:FREQ=WEEKLY;UNTIL=20271115T000000Z;BYDAY=FR",
    "RRULE:FREQ=DAILY",
]
RANGES = [
    (D(2027, 1, 1), D(2027, 1, 31)),
    (D(2027, 12, 20), D(2028, 1, 10)),  # across the year a horizon is rounded to
    (D(2026, 11, 1), D(2029, 1, 31)),  # a feed's 26 months and more
    (D(2027, 3, 3), D(2027, 3, 3)),
]


@pytest.mark.parametrize("text", RULES)
def test_kept_rule_dates_are_exactly_the_rules_dates_for_any_range(text):
    rule = recurrence.deserialize(text).rrules[0]
    window = StopSchedule(recurrence=None, valid_from=D(2026, 12, 9), valid_until=None)
    anchor = datetime.datetime(2026, 12, 9)
    for start, end in RANGES:
        expected = sorted(
            {
                moment.date()
                for moment in schedules._to_rrule(rule, anchor).between(
                    datetime.datetime.combine(max(start, D(2026, 12, 9)), datetime.time()),
                    datetime.datetime.combine(end, datetime.time.max),
                    inc=True,
                )
            }
        )
        assert schedules.dates_of_rule(window, rule, start, end) == expected, (text, start)
        # Asked again (now from memory): the same.
        assert schedules.dates_of_rule(window, rule, start, end) == expected
    assert isinstance(schedules._to_rrule(rule, anchor), dateutil_rrule.rrule)


def test_rules_that_differ_in_any_part_do_not_share_dates():
    weekly, fortnightly = (
        recurrence.deserialize(text).rrules[0]
        for text in ("RRULE:FREQ=WEEKLY;BYDAY=TU", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")
    )
    window = StopSchedule(recurrence=None, valid_from=D(2027, 1, 5), valid_until=None)

    every = schedules.dates_of_rule(window, weekly, D(2027, 1, 1), D(2027, 1, 31))
    other = schedules.dates_of_rule(window, fortnightly, D(2027, 1, 1), D(2027, 1, 31))

    assert every == [D(2027, 1, 5), D(2027, 1, 12), D(2027, 1, 19), D(2027, 1, 26)]
    assert other == [D(2027, 1, 5), D(2027, 1, 19)]


def test_next_occurrences_look_further_only_when_the_first_week_is_not_enough(unit):
    monthly = b.stop(unit, rule=b.FIRST_AND_THIRD_TUESDAY)
    weekly = b.stop(unit, rule="RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR", start="09:00", end="11:00")
    now = datetime.datetime(2027, 1, 6, 12, 0, tzinfo=schedules.ATHENS)  # a Wednesday, noon

    far = schedules.next_occurrences(3, stops=[monthly.pk], now=now)
    near = schedules.next_occurrences(2, stops=[monthly.pk, weekly.pk], now=now)
    everything = schedules.occurrences(
        D(2027, 1, 6), D(2027, 5, 6), stops=[monthly.pk, weekly.pk], include_cancelled=True
    )

    # Three first-and-third Tuesdays from 6 January reach into February.
    assert [o.date for o in far] == [D(2027, 1, 19), D(2027, 2, 2), D(2027, 2, 16)]
    # The Wednesday visit ended at 11:00: the next two are Friday and Monday.
    assert [o.date for o in near] == [D(2027, 1, 8), D(2027, 1, 11)]
    assert near == [o for o in everything if o.end > now][:2]
