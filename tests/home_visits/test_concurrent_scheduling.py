"""Social workers scheduling at once never put more visits in a slot than the team's capacity.

On PostgreSQL, on a committed copy of the test database (`@concurrent`,
tests/booking/concurrency.py): twenty requests are scheduled into the same
slot — the team's only visit of the day — from twenty connections released
together. Exactly `CAPACITY` are scheduled; every other one meets
SlotUnavailable (never an error) and stays waiting; the ledger holds exactly
the capacity in every cell, and the database refuses one more.

Select the whole module (not only the concurrent test with `-k`): the test
database the copy is made from is created for the tests that use `db`.
"""

import collections

from django.db import connection
from django.db.models import F

import pytest

from booking import reservations
from booking.models import Appointment, SlotUsage
from booking.slots import grid_cells
from home_visits import requests
from home_visits.choices import RequestStatus
from home_visits.models import HomeVisitRequest
from tests import builders as b
from tests.booking.concurrency import all_at_once, concurrent
from tests.home_visits import builders as hb

CAPACITY = 3
SOCIAL_WORKERS = 20


def schedule_in_own_connection(request_pk, user_pk, key):
    try:
        visit = HomeVisitRequest.objects.select_related("team__service").get(pk=request_pk)
        user = type(visit).decided_by.field.related_model.objects.get(pk=user_pk)
        appointment = requests.schedule(visit, key, user)
        return ("scheduled", appointment.pk)
    except reservations.SlotUnavailable:
        return ("unavailable", None)
    except Exception as error:  # anything else is a failure, reported by name
        return ("error", repr(error))
    finally:
        connection.close()


@concurrent
def test_twenty_social_workers_scheduling_the_last_slot_get_exactly_its_capacity(
    committed_copy,
):
    team = hb.team(
        capacity=CAPACITY,
        rule=b.EVERY_DAY,
        start="09:00",
        end="10:00",
        open_on_public_holidays=True,
    )
    user = b.staff_user("social-worker", superuser=True)
    visits = [hb.visit_request(team) for _ in range(SOCIAL_WORKERS)]
    slot = requests.free_slots(visits[0])[0]  # the day's one visit: 09:00–10:00

    results = all_at_once(
        SOCIAL_WORKERS,
        lambda i: schedule_in_own_connection(visits[i].pk, user.pk, slot.key),
    )

    outcomes = collections.Counter(outcome for outcome, _detail in results)
    assert outcomes == {"scheduled": CAPACITY, "unavailable": SOCIAL_WORKERS - CAPACITY}, results
    assert HomeVisitRequest.objects.filter(status=RequestStatus.SCHEDULED).count() == CAPACITY
    assert HomeVisitRequest.objects.filter(status=RequestStatus.WAITING).count() == (
        SOCIAL_WORKERS - CAPACITY
    )
    assert Appointment.objects.filter(home_team=team, start=slot.start).count() == CAPACITY
    cells = SlotUsage.objects.filter(
        window_key=slot.window.uid_key, start__in=grid_cells(slot.start, slot.end)
    )
    assert cells.count() == 12  # an hour of 5-minute cells
    assert set(cells.values_list("booked", "capacity")) == {(CAPACITY, CAPACITY)}
    assert not SlotUsage.objects.filter(booked__gt=F("capacity")).exists()


@pytest.mark.django_db
def test_the_same_request_scheduled_twice_at_once_makes_one_visit(home, clock):
    """On any database: the second decision finds the request decided."""
    team = hb.team(capacity=2)
    visit = hb.visit_request(team)
    user = b.staff_user("sw", superuser=True)
    slots = requests.free_slots(visit)
    requests.schedule(visit, slots[0].key, user)
    stale = HomeVisitRequest.objects.get(pk=visit.pk)
    stale.status = RequestStatus.WAITING  # what a second screen opened earlier still holds
    with pytest.raises(requests.AlreadyDecided):
        requests.schedule(stale, slots[1].key, user)
    assert Appointment.objects.filter(home_team=team, status="booked").count() == 1
