"""Overlapping schedules of one van or one branch (services_catalog.clashes)."""

import datetime
import time

import pytest

from services_catalog.clashes import clashes_of_branch, clashes_of_unit
from services_catalog.models import BranchSchedule, StopSchedule
from tests import builders as b

D = datetime.date
START = D(2027, 1, 10)  # a Sunday: the first Tuesday ahead is 2 February (5 January is past)
WEEKLY_TUESDAY = "RRULE:FREQ=WEEKLY;BYDAY=TU"
FIRST_TUESDAY = "RRULE:FREQ=MONTHLY;BYDAY=+1TU"


@pytest.fixture
def unit(db, home):
    return b.mobile_unit()


def summary(clashes):
    return [(c.date, c.first.place.name, c.second.place.name) for c in clashes]


def test_two_stops_at_the_same_time_clash_on_each_shared_date(unit):
    b.stop(unit, "Κέντρο Υγείας", rule=WEEKLY_TUESDAY, start="10:00", end="13:30")
    b.stop(unit, "Πλατεία Ειρήνης", rule=FIRST_TUESDAY, start="13:00", end="15:00")

    clashes = clashes_of_unit(unit, start=START, days=150)

    # Not 4 May: Labour Day, moved off Holy Saturday in 2027, is a public holiday.
    assert summary(clashes) == [
        (D(2027, 2, 2), "Κέντρο Υγείας", "Πλατεία Ειρήνης"),
        (D(2027, 3, 2), "Κέντρο Υγείας", "Πλατεία Ειρήνης"),
        (D(2027, 4, 6), "Κέντρο Υγείας", "Πλατεία Ειρήνης"),
        (D(2027, 6, 1), "Κέντρο Υγείας", "Πλατεία Ειρήνης"),
    ]
    first = clashes[0]
    assert (first.first.start.hour, first.second.start.hour) == (10, 13)


def test_a_visit_that_starts_when_the_other_ends_is_no_clash(unit):
    b.stop(unit, "Κέντρο Υγείας", rule=WEEKLY_TUESDAY, start="10:00", end="12:00")
    b.stop(unit, "Πλατεία Ειρήνης", rule=WEEKLY_TUESDAY, start="12:00", end="14:00")

    assert clashes_of_unit(unit, start=START) == []


def test_a_cancelled_date_removes_the_clash(unit):
    b.stop(unit, "Κέντρο Υγείας", rule=WEEKLY_TUESDAY)
    other = b.stop(
        unit, "Πλατεία Ειρήνης", rule=FIRST_TUESDAY, valid_until=D(2027, 2, 28), start="11:00"
    )
    assert [c.date for c in clashes_of_unit(unit, start=START)] == [D(2027, 2, 2)]

    b.cancel(other, D(2027, 2, 2))

    assert clashes_of_unit(unit, start=START) == []


def test_a_date_excluded_in_the_rule_removes_the_clash(unit):
    b.stop(unit, "Κέντρο Υγείας", rule=WEEKLY_TUESDAY)
    # Excluded as the widget stores it: the browser's local midnight in UTC.
    b.stop(
        unit,
        "Πλατεία Ειρήνης",
        rule=f"{FIRST_TUESDAY}\nEXDATE:20270201T220000Z",
        valid_until=D(2027, 3, 31),
    )

    assert [c.date for c in clashes_of_unit(unit, start=START)] == [D(2027, 3, 2)]


def test_an_extra_date_adds_a_clash(unit):
    b.stop(unit, "Κέντρο Υγείας", rule=WEEKLY_TUESDAY, start="10:00", end="13:30")
    other = b.stop(unit, "Πλατεία Ειρήνης", rule="RRULE:FREQ=WEEKLY;BYDAY=WE")
    assert clashes_of_unit(unit, start=START) == []

    b.extra(other, D(2027, 3, 16), start="13:00", end="14:00")

    assert summary(clashes_of_unit(unit, start=START)) == [
        (D(2027, 3, 16), "Κέντρο Υγείας", "Πλατεία Ειρήνης")
    ]


def test_a_public_holiday_removes_the_clash(unit):
    # 25 March (Independence Day) is a Thursday in 2027; nothing else overlaps.
    day_rule = "RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=25"
    b.stop(unit, "Κέντρο Υγείας", rule=day_rule)
    b.stop(unit, "Πλατεία Ειρήνης", rule=day_rule)

    assert clashes_of_unit(unit, start=START) == []


def test_two_vans_at_the_same_time_do_not_clash(db, home):
    first, second = b.mobile_unit(), b.mobile_unit("Κινητή Μονάδα 2")
    b.stop(first, "Κέντρο Υγείας", rule=WEEKLY_TUESDAY)
    b.stop(second, "Πλατεία Ειρήνης", rule=WEEKLY_TUESDAY)

    assert clashes_of_unit(first, start=START) == []
    assert clashes_of_unit(second, start=START) == []


def test_two_visit_rules_of_one_stop_that_overlap_clash(unit):
    stop = b.stop(unit, "Κέντρο Υγείας", rule=WEEKLY_TUESDAY, start="10:00", end="13:30")
    StopSchedule.objects.create(
        stop=stop, **b.window_values(FIRST_TUESDAY, start="09:00", end="10:30")
    )

    clashes = clashes_of_unit(unit, start=START, days=40)

    assert [c.date for c in clashes] == [D(2027, 2, 2)]
    assert clashes[0].same_place


def test_a_branchs_overlapping_opening_windows_clash(db, home):
    branch = b.branch(rule=b.WEEKDAYS, start="08:00", end="16:00")
    BranchSchedule.objects.create(
        branch=branch,
        **b.window_values("RRULE:FREQ=WEEKLY;BYDAY=SA,MO", start="15:00", end="18:00"),
    )

    clashes = clashes_of_branch(branch, start=START, days=14)

    # Mondays only: Saturday is not a weekday; 18 January is the next Monday.
    assert [c.date for c in clashes] == [D(2027, 1, 11), D(2027, 1, 18)]


def test_a_year_of_a_busy_van_is_checked_quickly(unit):
    """Twelve stops, each visited every weekday, for a year: one sweep, well under a second."""
    for n in range(12):
        hour = 8 + n % 6
        b.stop(unit, f"Στάση {n}", rule=b.WEEKDAYS, start=f"{hour:02}:00", end=f"{hour:02}:50")

    began = time.perf_counter()
    clashes = clashes_of_unit(unit, start=START)
    elapsed = time.perf_counter() - began

    # Stops n and n+6 share their hour: six pairs on every open weekday.
    assert len(clashes) % 6 == 0 and len(clashes) > 6 * 240
    assert elapsed < 1.5, elapsed
