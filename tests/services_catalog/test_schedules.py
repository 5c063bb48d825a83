"""The one expansion function: DST, holidays, exceptions, picked dates, query count."""

import datetime

import pytest
import recurrence

from services_catalog import schedules
from services_catalog.models import Stop, StopSchedule
from tests import builders as b

D = datetime.date


def starts(occurrences):
    return [o.start.isoformat() for o in occurrences]


@pytest.fixture
def unit(db, home):
    return b.mobile_unit()


def test_weekly_visit_keeps_local_time_across_both_dst_changes(unit):
    stop = b.stop(unit, rule="RRULE:FREQ=WEEKLY;BYDAY=SU", start="10:00", end="12:00")
    # Summer time starts 2027-03-28 and ends 2027-10-31 (last Sundays), both Sundays.
    spring = schedules.occurrences(D(2027, 3, 21), D(2027, 4, 4), stops=[stop.pk])
    autumn = schedules.occurrences(D(2027, 10, 24), D(2027, 11, 7), stops=[stop.pk])

    assert starts(spring) == [
        "2027-03-21T10:00:00+02:00",
        "2027-03-28T10:00:00+03:00",
        "2027-04-04T10:00:00+03:00",
    ]
    assert starts(autumn) == [
        "2027-10-24T10:00:00+03:00",
        "2027-10-31T10:00:00+02:00",
        "2027-11-07T10:00:00+02:00",
    ]
    # In UTC the visit moves by an hour, as it must.
    assert [o.start.astimezone(datetime.UTC).hour for o in spring] == [8, 7, 7]


def test_monthly_first_and_third_tuesday(unit):
    stop = b.stop(unit, rule=b.FIRST_AND_THIRD_TUESDAY)

    found = schedules.occurrences(D(2027, 1, 1), D(2027, 2, 28), stops=[stop.pk])

    assert [o.date for o in found] == [D(2027, 1, 5), D(2027, 1, 19), D(2027, 2, 2), D(2027, 2, 16)]
    assert all(o.end - o.start == datetime.timedelta(hours=3, minutes=30) for o in found)


def test_greek_public_holidays_are_removed_including_orthodox_easter(db, home):
    branch = b.branch(rule="RRULE:FREQ=DAILY")
    # Orthodox Easter 2027 is 2 May: Good Friday 30 April, Easter Monday 3 May;
    # Labour Day (1 May, Holy Saturday) moves to Tuesday 4 May; Whit Monday 21 June.
    found = {
        o.date for o in schedules.occurrences(D(2027, 4, 28), D(2027, 6, 22), branches=[branch.pk])
    }

    for holiday in (D(2027, 4, 30), D(2027, 5, 3), D(2027, 6, 21)):
        assert holiday not in found, holiday
    assert D(2027, 4, 29) in found
    assert D(2027, 5, 5) in found
    # Clean Monday 2027 (15 March) and 25 March too.
    march = {
        o.date for o in schedules.occurrences(D(2027, 3, 14), D(2027, 3, 26), branches=[branch.pk])
    }
    assert D(2027, 3, 15) not in march
    assert D(2027, 3, 25) not in march
    assert D(2027, 3, 16) in march


def test_holiday_is_kept_marked_when_cancelled_ones_are_asked_for(db, home):
    branch = b.branch(rule="RRULE:FREQ=DAILY")

    found = schedules.occurrences(
        D(2027, 8, 15), D(2027, 8, 15), branches=[branch.pk], include_cancelled=True
    )

    assert len(found) == 1
    assert found[0].cancelled
    assert "Κοίμηση" in found[0].holiday


def test_editor_can_keep_a_window_open_on_public_holidays(db, home):
    branch = b.branch(rule=None)
    b.BranchSchedule.objects.create(
        branch=branch, **b.window_values("RRULE:FREQ=DAILY", open_on_public_holidays=True)
    )

    found = schedules.occurrences(D(2027, 8, 15), D(2027, 8, 15), branches=[branch.pk])

    assert [o.date for o in found] == [D(2027, 8, 15)]


def test_cancellation_removes_the_visit_or_marks_it_with_its_reason(unit):
    stop = b.stop(unit)
    b.cancel(stop, D(2027, 1, 19), reason="Το όχημα είναι στο συνεργείο.")

    active = schedules.occurrences(D(2027, 1, 1), D(2027, 1, 31), stops=[stop.pk])
    everything = schedules.occurrences(
        D(2027, 1, 1), D(2027, 1, 31), stops=[stop.pk], include_cancelled=True
    )

    assert [o.date for o in active] == [D(2027, 1, 5)]
    cancelled = [o for o in everything if o.cancelled]
    assert [(o.date, o.reason) for o in cancelled] == [
        (D(2027, 1, 19), "Το όχημα είναι στο συνεργείο.")
    ]


def test_extra_dates_use_their_own_hours_or_the_usual_ones(unit):
    stop = b.stop(unit, start="10:00", end="13:30")
    b.extra(stop, D(2027, 1, 9))
    b.extra(stop, D(2027, 1, 23), start="16:00", end="18:00", reason="Εκστρατεία εμβολιασμού")

    found = schedules.occurrences(D(2027, 1, 1), D(2027, 1, 31), stops=[stop.pk])

    extras = [o for o in found if o.source == "extra"]
    assert starts(extras) == ["2027-01-09T10:00:00+02:00", "2027-01-23T16:00:00+02:00"]
    assert extras[1].end.time() == datetime.time(18, 0)
    assert len(found) == 4  # two rule visits and two extras
    assert len({o.id for o in found}) == 4


def test_branch_closure_removes_every_window_of_that_day(db, home):
    branch = b.branch(rule="RRULE:FREQ=WEEKLY;BYDAY=MO")
    b.BranchSchedule.objects.create(
        branch=branch, **b.window_values("RRULE:FREQ=WEEKLY;BYDAY=MO", start="17:00", end="19:00")
    )
    b.cancel(branch, D(2027, 1, 11))

    found = schedules.occurrences(D(2027, 1, 10), D(2027, 1, 19), branches=[branch.pk])

    assert [o.date for o in found] == [D(2027, 1, 18), D(2027, 1, 18)]


def test_widget_dates_are_read_as_days_not_utc_instants(unit):
    """The widget stores 2027-02-10 as 2027-02-09T22:00Z (Athens midnight in UTC)."""
    stop = b.stop(unit, rule=None)
    rule = recurrence.deserialize(
        "RRULE:FREQ=WEEKLY;BYDAY=WE\nRDATE:20270212T220000Z\nEXDATE:20270209T220000Z"
    )
    StopSchedule.objects.create(
        stop=stop, **{**b.window_values("RRULE:FREQ=DAILY"), "recurrence": rule}
    )

    found = schedules.occurrences(D(2027, 2, 1), D(2027, 2, 28), stops=[stop.pk])

    dates = [o.date for o in found]
    assert D(2027, 2, 10) not in dates  # excluded Wednesday (not a midnight instant)
    assert D(2027, 2, 13) in dates  # the picked Saturday, at the usual 10:00
    assert [o.start.time() for o in found if o.date == D(2027, 2, 13)] == [datetime.time(10, 0)]
    assert [o.source for o in found if o.date == D(2027, 2, 13)] == ["date"]
    assert dates == sorted(dates)


@pytest.mark.parametrize(
    ("instant", "day"),
    [
        (
            datetime.datetime(2027, 2, 9, 22, 0, tzinfo=datetime.UTC),
            D(2027, 2, 10),
        ),  # Athens winter
        (
            datetime.datetime(2027, 7, 9, 21, 0, tzinfo=datetime.UTC),
            D(2027, 7, 10),
        ),  # Athens summer
        (datetime.datetime(2027, 7, 10, 4, 0, tzinfo=datetime.UTC), D(2027, 7, 10)),  # New York
        (datetime.datetime(2027, 7, 10, 0, 0, tzinfo=datetime.UTC), D(2027, 7, 10)),  # UTC
    ],
)
def test_local_date_recovers_the_picked_day(instant, day):
    assert schedules.local_date(instant) == day


def test_validity_range_bounds_the_rule(unit):
    stop = b.stop(
        unit,
        rule="RRULE:FREQ=WEEKLY;BYDAY=TU",
        valid_from=D(2027, 1, 12),
        valid_until=D(2027, 1, 26),
    )

    found = schedules.occurrences(D(2027, 1, 1), D(2027, 2, 28), stops=[stop.pk])

    assert [o.date for o in found] == [D(2027, 1, 12), D(2027, 1, 19), D(2027, 1, 26)]


def test_every_other_week_counts_from_the_first_valid_day(unit):
    stop = b.stop(unit, rule="RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", valid_from=D(2027, 1, 7))

    early = schedules.occurrences(D(2027, 1, 1), D(2027, 1, 31), stops=[stop.pk])
    later = schedules.occurrences(D(2027, 1, 15), D(2027, 1, 31), stops=[stop.pk])

    assert [o.date for o in early] == [D(2027, 1, 7), D(2027, 1, 21)]
    assert [o.date for o in later] == [D(2027, 1, 21)]  # the same phase from any range start


def test_unpublished_mobile_unit_has_no_occurrences(unit):
    stop = b.stop(unit)
    unit.unpublish()

    assert schedules.occurrences(D(2027, 1, 1), D(2027, 1, 31), stops=[stop.pk]) == []


def test_occurrence_ids_are_stable_and_distinct(unit):
    stop = b.stop(unit)

    first = [o.id for o in schedules.occurrences(D(2027, 1, 1), D(2027, 3, 31), stops=[stop.pk])]
    again = [o.id for o in schedules.occurrences(D(2027, 1, 1), D(2027, 3, 31), stops=[stop.pk])]

    assert first == again
    assert len(set(first)) == len(first) == 6
    assert first[0] == f"stop-visit-{stop.visits.get().pk}-20270105T0800Z"


@pytest.mark.parametrize("stop_count", [3, 30])
def test_query_count_does_not_grow_with_stops_or_dates(unit, django_assert_num_queries, stop_count):
    stops = [b.stop(unit) for _ in range(stop_count)]
    for stop in stops[::2]:
        b.cancel(stop, D(2027, 1, 19))
        b.extra(stop, D(2027, 1, 23))
    branch = b.branch()
    b.cancel(branch, D(2027, 1, 20))

    with django_assert_num_queries(4):
        found = schedules.occurrences(
            D(2027, 1, 1),
            D(2027, 12, 31),
            stops=Stop.objects.filter(mobile_unit=unit),
            branches=[branch.pk],
            include_cancelled=True,
        )
        # Reading what views and feeds read costs nothing more.
        for occurrence in found:
            _ = (
                occurrence.place.name if occurrence.is_stop else occurrence.place.title,
                occurrence.place.community.name,
                occurrence.id,
            )
            if occurrence.is_stop:
                _ = occurrence.mobile_unit.title

    assert len([o for o in found if o.is_stop]) == stop_count * 24 + len(stops[::2])


def test_next_dates_for_the_admin_preview_mark_skipped_holidays(unit):
    stop = b.stop(unit, rule="RRULE:FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=14,15,16")
    window = stop.visits.get()

    dates = schedules.next_dates(window, 3, after=D(2027, 8, 1))

    assert dates == [
        (D(2027, 8, 14), ""),
        (D(2027, 8, 15), schedules.public_holiday(D(2027, 8, 15))),
        (D(2027, 8, 16), ""),
    ]
    assert dates[1][1]
