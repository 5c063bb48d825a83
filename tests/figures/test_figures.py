"""The figures against a known data set: exact numbers, boundaries, holidays, query count.

The clock stands at Monday 11 January 2027, 09:00 Athens (tests/clock.py), so
"yesterday" is Sunday 10 January and the 30 days are 12 December 2026 …
10 January 2027. Working days among them: the weekdays of 14 December …
8 January (20), less Christmas (Fri 25/12), New Year's Day (Fri 1/1) and
Epiphany (Wed 6/1): 17.
"""

import datetime

from django.test import override_settings

import pytest

from booking.choices import Status
from figures import compute, sources
from figures.chart import month_bars
from figures.choices import ContactKind
from tests import builders as b
from tests.figures.builders import ATTENDED, at, contact, past_appointments

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clock")]

START = override_settings(FIGURES_START_DATE="2026-11-01")


@pytest.fixture
def known(bookable):
    """The known data set (see the module's docstring for what each row tests)."""
    branch, stop, first = (bookable[k] for k in ("branch", "stop", "service"))
    second = b.service("Νομική συμβουλευτική", branches=[branch])
    past_appointments(
        [
            (first, branch, at("2026-10-31", 23, 30), ATTENDED),  # before the start date
            (
                first,
                branch,
                at("2026-11-01", 0, 30),
                ATTENDED,
            ),  # first day (22:30 UTC the day before)
            (first, branch, at("2026-12-11"), ATTENDED),  # 31 days ago: total only
            (first, branch, at("2026-12-12"), ATTENDED),  # first of the 30 days
            (first, branch, at("2027-01-10", 23, 30), ATTENDED),  # yesterday, late
            (first, branch, at("2027-01-11", 8), ATTENDED),  # today: not yet counted
            (first, branch, at("2026-12-20"), Status.NO_SHOW),  # did not come
            (first, branch, at("2026-12-21"), Status.CANCELLED),
            (first, stop, at("2027-01-05"), ATTENDED),  # at the van's stop
        ]
    )
    contact(branch, at("2027-01-05", 9), service=first)
    contact(branch, at("2027-01-05", 11), service=first)
    contact(branch, at("2027-01-05", 12))  # no service
    contact(branch, at("2026-12-28"), ContactKind.PHONE, service=second)
    return {**bookable, "second": second}


@START
def test_the_figures_of_a_branch(known):
    figures = compute.compute(known["branch"])
    assert (figures.since, figures.until) == (
        datetime.date(2026, 11, 1),
        datetime.date(2027, 1, 10),
    )
    assert figures.total == 8  # 4 appointments (1/11, 11/12, 12/12, 10/1) + 4 records
    assert figures.last_30_days == 6  # 12/12, 10/1, three walk-ins, one call
    assert figures.working_days == 17
    assert figures.per_working_day == 0.4  # 6 / 17 = 0.35…
    assert figures.top_services == ((known["service"].pk, 6), (known["second"].pk, 1))
    assert figures.months == (
        (datetime.date(2026, 11, 1), 1),
        (datetime.date(2026, 12, 1), 3),
        (datetime.date(2027, 1, 1), 4),
    )


@START
def test_the_figures_of_a_stop_a_van_and_the_network(known):
    stop, unit, network = (compute.compute(s) for s in (known["stop"], known["unit"], None))
    assert (stop.total, stop.last_30_days, stop.top_services) == (1, 1, ((known["service"].pk, 1),))
    assert (unit.total, unit.last_30_days) == (1, 1)
    assert (network.total, network.last_30_days, network.per_working_day) == (9, 7, 0.4)


def test_working_days_leave_out_weekends_and_greek_public_holidays():
    day = datetime.date.fromisoformat
    assert compute.working_days(day("2026-12-12"), day("2027-01-10")) == 17
    # Orthodox Easter 2027 is 2 May: Good Friday 30 April, Easter Monday 3 May, and
    # Labour Day (Saturday 1 May) moved to Tuesday 4 May: 10 weekdays less 3.
    assert compute.working_days(day("2027-04-26"), day("2027-05-07")) == 7


@START
def test_figures_cost_the_same_queries_whatever_the_data(known, django_assert_num_queries):
    # By day and (unless it counts no service) by service per source; the titles.
    queries = 1 + sum(1 + (s.by_service is not None) for s in sources.registered())
    with django_assert_num_queries(queries):
        compute.compute(None)
    past_appointments([(known["service"], known["branch"], at("2026-12-15"), ATTENDED)] * 30)
    for _n in range(20):
        contact(known["stop"], at("2026-12-16"), service=known["second"])
    with django_assert_num_queries(queries):
        figures = compute.compute(None)
    assert figures.total == 9 + 30 + 20


@START
def test_figures_are_cached_per_day_and_expire(known, clock, django_assert_num_queries):
    first = compute.figures_for(known["branch"])
    contact(known["branch"], at("2027-01-10", 15))  # a late record of yesterday
    with django_assert_num_queries(0):
        assert compute.figures_for(known["branch"]).total == first.total
    clock.shift(datetime.timedelta(minutes=16))  # FIGURES_CACHE_SECONDS is 900
    assert compute.figures_for(known["branch"]).total == first.total + 1


def test_a_registered_source_is_counted(known):
    extra = sources.Source(
        "group_activities",
        by_day=lambda subject, start, end: [(datetime.date(2027, 1, 4), 5)],
        by_service=lambda subject, start, end: [],
    )
    sources.register(extra)
    try:
        with override_settings(FIGURES_START_DATE="2026-11-01"):
            assert compute.compute(known["branch"]).total == 8 + 5
    finally:
        sources.unregister("group_activities")


def test_the_chart_runs_right_to_left_in_arabic_and_farsi():
    months = ((datetime.date(2026, 12, 1), 10), (datetime.date(2027, 1, 1), 20))
    ltr, rtl = month_bars(months), month_bars(months, rtl=True)
    assert [bar.value for bar in ltr] == [10, 20]
    assert ltr[0].x < ltr[1].x and rtl[0].x > rtl[1].x  # December on the right in RTL
    assert ltr[1].height == rtl[1].height == 2 * ltr[0].height
