"""`load_regional_data` at a hundredth of its size: counts, and the booking invariant.

The regional data set is written in bulk, not through `reservations.book`, so
this checks what `book` would guarantee: no grid cell over its window's
capacity, a ledger that counts exactly the appointments holding each cell,
every appointment at a place that offers its service, with that place's
appointment length, at one of its slot starts; and the pages are live and
published like an editor's.
"""

import collections
import datetime
from io import StringIO

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import F, Q
from django.test import Client
from django.utils import timezone

import pytest

from booking.choices import HOLDING_STATUSES
from booking.models import Appointment, SlotUsage
from booking.slots import free_slots, grid_cells
from services_catalog import schedules
from services_catalog.demo.regional import REGIONAL_PREFIX
from services_catalog.models import (
    BranchPage,
    Community,
    MobileUnitPage,
    Offering,
    ServicePage,
    Stop,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def regional(db):
    call_command("load_demo", skip_index=True, stdout=StringIO())
    output = StringIO()
    output.loaded_at = timezone.now()  # before the command's own "now"
    call_command("load_regional_data", scale=0.01, stdout=output)
    communities = Community.objects.filter(slug__startswith=REGIONAL_PREFIX)
    branches = BranchPage.objects.filter(community__in=communities)
    units = MobileUnitPage.objects.filter(stops__community__in=communities).distinct()
    stops = Stop.objects.filter(mobile_unit__in=units)
    appointments = Appointment.objects.filter(Q(branch__in=branches) | Q(stop__in=stops))
    return output, branches, units, stops, appointments


def check_counts_at_a_hundredth(regional):
    output, branches, units, stops, appointments = regional
    output = output.getvalue()

    assert (branches.count(), units.count(), stops.count()) == (1, 1, 10)
    assert appointments.count() == 2000
    assert appointments.filter(start__gt=F("consent_at")).count() == 2000
    for stop in stops:
        assert 1 <= stop.visits.count() <= 2
    assert Offering.objects.filter(Q(branch__in=branches) | Q(mobile_unit__in=units)).exists()
    assert "Regional data set is ready" in output


def check_pages_are_live_published_revisions_and_serve(regional):
    _output, branches, units, _stops, _appointments = regional
    client = Client()
    for page in [*branches, *units]:
        assert page.live and not page.has_unpublished_changes
        assert page.live_revision_id == page.latest_revision_id
        for lang in ("el", "en", "ar", "fa"):
            assert getattr(page, f"title_{lang}") and getattr(page, f"url_path_{lang}")
        assert client.get(page.url).status_code == 200
    for service in ServicePage.objects.filter(offerings__branch__in=branches).distinct():
        assert not service.has_unpublished_changes
        published = service.live_revision.as_object()
        assert {o.branch_id for o in published.offerings.all()} >= {
            o.branch_id for o in service.offerings.all()
        }


def check_no_cell_over_capacity_and_the_ledger_counts_the_appointments(regional):
    *_, appointments = regional

    assert not SlotUsage.objects.filter(booked__gt=F("capacity")).exists()
    held = collections.Counter()
    for key, start, end in appointments.filter(status__in=HOLDING_STATUSES).values_list(
        "window_key", "start", "end"
    ):
        for cell in grid_cells(start, end):
            held[(key, cell)] += 1
    keys = {key for key, _cell in held}
    ledger = {
        (row.window_key, row.start): row.booked
        for row in SlotUsage.objects.filter(window_key__in=keys)
    }
    assert held == collections.Counter({cell: n for cell, n in ledger.items() if n})


def check_every_appointment_is_a_slot_of_an_offered_service(regional):
    *_, appointments = regional
    lengths = {}
    for service in ServicePage.objects.filter(pk__in=appointments.values("service")):
        assert service.bookable
        lengths[service.pk] = Offering.objects.live().minutes_by_place(service)
    starts = collections.defaultdict(set)
    for occurrence in schedules.occurrences(
        appointments.earliest("start").start.date() - datetime.timedelta(days=1),
        appointments.latest("start").start.date(),
        branches=list(appointments.values_list("branch", flat=True).distinct()),
        stops=list(appointments.values_list("stop", flat=True).distinct()),
    ):
        starts[occurrence.window.uid_key].add((occurrence.start, occurrence.end))
    for appointment in appointments:
        minutes = lengths[appointment.service_id][appointment.place_id]
        assert appointment.end - appointment.start == datetime.timedelta(minutes=minutes)
        assert any(
            start <= appointment.start
            and appointment.end <= end
            and (appointment.start - start) % datetime.timedelta(minutes=minutes)
            == datetime.timedelta(0)
            for start, end in starts[appointment.window_key]
        ), appointment


def check_past_data_is_anonymised_and_there_is_room_to_book(regional):
    output, branches, _units, _stops, appointments = regional

    # As of the moment the data was made: a slot that ended exactly
    # retention-days ago while the test ran is due now, and rightly so.
    assert not appointments.due_for_anonymisation(at=output.loaded_at).exists()
    assert appointments.filter(anonymised_at__isnull=False, name="").exists()
    service = ServicePage.objects.filter(offerings__branch__in=branches, bookable=True).first()
    assert free_slots(service, places=[branches[0].place_id])


def check_a_second_run_is_refused(regional):
    with pytest.raises(CommandError, match="already loaded"):
        call_command("load_regional_data", scale=0.01, stdout=StringIO())


def test_regional_data_at_a_hundredth(regional):
    """One load (the demo and the data set take a while), every check on it."""
    check_counts_at_a_hundredth(regional)
    check_pages_are_live_published_revisions_and_serve(regional)
    check_no_cell_over_capacity_and_the_ledger_counts_the_appointments(regional)
    check_every_appointment_is_a_slot_of_an_offered_service(regional)
    check_past_data_is_anonymised_and_there_is_room_to_book(regional)
    check_a_second_run_is_refused(regional)


def test_the_demo_must_be_there_first(db):
    with pytest.raises(CommandError, match="load_demo"):
        call_command("load_regional_data", scale=0.01, stdout=StringIO())
