"""The place abstraction: one id codec, one idea of a live place, one shape for every kind."""

from django.utils import translation

from wagtail.models import PageViewRestriction

import pytest

from services_catalog import places
from services_catalog.models import BranchPage
from tests import builders as b


@pytest.fixture
def world(db, home):
    unit = b.mobile_unit(titles={"el": "Κινητή Μονάδα 1", "en": "Mobile unit 1"})
    return {
        "branch": b.branch(titles={"el": "Κέντρο Ένταξης", "en": "Integration Centre"}),
        "unit": unit,
        "stop": b.stop(unit, names={"el": "Πλατεία", "en": "Square"}),
    }


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("branch-3", ("branch", 3)),
        ("stop-12", ("stop", 12)),
        ("unit-3", None),
        ("branch-", None),
        ("branch-0", None),
        ("branch--3", None),
        ("branch-٣", None),
        ("stop-2147483648", None),
        ("", None),
        (None, None),
        ("branch-3-4", None),
    ],
)
def test_the_id_codec_reads_only_known_kinds_and_valid_ids(text, parsed):
    assert places.parse_place_id(text) == parsed


def test_the_codec_round_trips_and_every_place_writes_its_id_with_it(world):
    for place in (world["branch"], world["stop"]):
        kind, pk = places.parse_place_id(place.place_id)
        assert (kind, pk) == (place.kind, place.pk)
        assert places.format_place_id(kind, pk) == place.place_id


def test_load_place_finds_live_public_places_only(world):
    branch, stop = world["branch"], world["stop"]
    assert places.load_place(branch.place_id) == branch
    assert places.load_place(stop.place_id) == stop
    assert places.load_place(f"branch-{stop.pk}") != stop
    PageViewRestriction.objects.create(
        page=world["unit"], restriction_type="password", password="x"
    )
    assert places.load_place(stop.place_id) is None
    assert not places.place_exists(stop.place_id)
    BranchPage.objects.filter(pk=branch.pk).update(live=False)
    assert places.load_place(branch.place_id) is None
    assert not places.place_exists(branch.place_id)


def test_every_place_has_a_name_label_group_url_and_windows_in_the_active_language(world):
    branch, stop = world["branch"], world["stop"]
    with translation.override("en"):
        assert branch.display_name == "Integration Centre"
        assert stop.display_name == "Square"
        assert stop.label == "Square (Mobile unit 1)"
        assert stop.group_label == "Mobile unit 1"
        assert branch.group_label == "Branches"
        assert stop.get_place_url() == b.stop_url(stop, "en")
        assert branch.get_place_url() == b.url(branch, "en")
    with translation.override("el"):
        assert stop.display_name == "Πλατεία"
    assert list(branch.windows.all()) == list(branch.schedules.all())
    assert list(stop.windows.all()) == list(stop.visits.all())


def test_a_window_key_names_its_place(world):
    branch, stop = world["branch"], world["stop"]
    assert places.place_of_window(branch.schedules.get().uid_key) == branch.place_id
    assert places.place_of_window(stop.visits.get().uid_key) == stop.place_id
    assert places.place_of_window("branch-schedule-999999") is None
    assert places.place_of_window("unit-visit-1") is None
    assert places.place_of_window("") is None


def test_appointment_fields_point_at_exactly_one_place(world):
    assert places.appointment_place_fields(world["stop"]) == {
        "branch": None,
        "stop": world["stop"],
    }
    assert places.appointment_place_fields(world["branch"]) == {
        "branch": world["branch"],
        "stop": None,
    }
