"""Front-desk access fails closed: no StaffAccess row means no place; "all places" is an
explicit tick; deleting the row takes access away. The upgrade gives an all-places row
to everyone who saw every place before, so nobody loses access."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse

import icalendar
import pytest

from booking import permissions, reservations
from booking.demo import ensure_front_desk_user
from booking.models import Appointment, StaffAccess
from booking.slots import free_slots
from tests import builders as b
from tests.booking import builders as bb
from tests.booking.staff_helpers import (
    BOOK,
    INDEX,
    book_url,
    booking_answers,
    client_for,
    detail_url,
    lookup,
    new_feed_url,
)

FRONT_DESK = "Front desk"


@pytest.fixture
def net(bookable):
    service, branch, stop = bookable["service"], bookable["branch"], bookable["stop"]
    at_branch = reservations.book(
        service=service,
        slot_key=free_slots(service, places=[branch.place_id])[0].key,
        details=bb.citizen(),
    )[0]
    at_stop = reservations.book(
        service=service,
        slot_key=free_slots(service, places=[stop.place_id])[0].key,
        details=bb.citizen(),
    )[0]
    return {**bookable, "at_branch": at_branch, "at_stop": at_stop}


def shown(client, net):
    html = client.get(INDEX).content.decode()
    return {key for key in ("at_branch", "at_stop") if net[key].display_reference in html}


def feed_events(client):
    body = client.get(new_feed_url(client)).content
    return icalendar.Calendar.from_ical(body).walk("VEVENT")


def test_a_front_desk_user_without_a_row_sees_and_books_nothing(net):
    desk = b.staff_user("desk", groups=[FRONT_DESK])
    client = client_for(desk)

    index = client.get(INDEX)
    choosing = client.get(BOOK).content.decode()
    refused = client.post(
        book_url(net["service"], net["branch"]),
        booking_answers(bb.first_free(net["service"], net["branch"])),
    )

    assert index.status_code == 200
    assert shown(client, net) == set()
    assert f"branch-{net['branch'].pk}" not in index.content.decode()  # no place to filter by
    assert permissions.visible_places(desk) == ([], [])
    assert f'value="{net["service"].pk}"' not in choosing
    assert refused.status_code == 200
    assert not Appointment.objects.filter(created_by=desk).exists()
    assert client.get(detail_url(net["at_branch"])).status_code == 404
    assert net["at_branch"].phone not in lookup(client, net["at_branch"]).content.decode()
    assert feed_events(client) == []


def test_all_places_is_every_place(net):
    client = client_for(b.staff_user("desk", groups=[FRONT_DESK], all_places=True))

    assert shown(client, net) == {"at_branch", "at_stop"}
    assert len(feed_events(client)) == 2
    assert client.get(book_url(net["service"], net["stop"])).status_code == 200


def test_a_row_without_all_places_is_only_its_places(net):
    client = client_for(b.staff_user("desk", groups=[FRONT_DESK], units=[net["unit"]]))

    assert shown(client, net) == {"at_stop"}
    assert len(feed_events(client)) == 1


def test_deleting_the_row_takes_access_away(net):
    desk = b.staff_user("desk", groups=[FRONT_DESK], all_places=True)
    client = client_for(desk)
    feed = new_feed_url(client)
    assert shown(client, net) == {"at_branch", "at_stop"}

    StaffAccess.objects.filter(user=desk).delete()

    assert shown(client, net) == set()
    assert icalendar.Calendar.from_ical(client.get(feed).content).walk("VEVENT") == []


def test_a_superuser_needs_no_row(net):
    assert shown(client_for(b.staff_user("root", superuser=True)), net) == {"at_branch", "at_stop"}


def test_the_access_form_offers_all_places_and_it_works(net):
    desk = b.staff_user("desk", groups=[FRONT_DESK])
    admin = client_for(b.staff_user("root", superuser=True))

    form = admin.get(reverse("front_desk_access:add")).content.decode()
    response = admin.post(reverse("front_desk_access:add"), {"user": desk.pk, "all_places": "on"})
    listing = admin.get(reverse("front_desk_access:index"), HTTP_ACCEPT_LANGUAGE="en")

    assert 'name="all_places"' in form
    assert response.status_code == 302
    assert StaffAccess.objects.get(user=desk).all_places
    assert "All places" in listing.content.decode()
    assert shown(client_for(desk), net) == {"at_branch", "at_stop"}


def test_the_demo_front_desk_user_has_an_explicit_all_places_row(db):
    user = ensure_front_desk_user()

    assert StaffAccess.objects.get(user=user).all_places
    assert permissions.place_scope(user).everywhere


# --- The upgrade -------------------------------------------------------------------------


def test_the_upgrade_gives_all_places_to_those_who_had_no_row_and_keeps_the_others(net):
    migration = importlib.import_module("booking.migrations.0004_give_unlimited_staff_all_places")
    desk = b.staff_user("desk", groups=[FRONT_DESK])
    limited = b.staff_user("limited", groups=[FRONT_DESK], branches=[net["branch"]])
    b.staff_user("viewer", permissions=["booking.view_appointment"])
    coordinators = Group.objects.create(name="Coordinators")
    coordinators.permissions.set(
        Group.objects.get(name=FRONT_DESK).permissions.filter(codename="change_appointment")
    )
    b.staff_user("via_group", groups=["Coordinators"])
    editor = b.staff_user("editor", groups=["Editors"])
    root = b.staff_user("root", superuser=True)

    migration.give_all_places(apps, None)

    rows = {access.user.username: access for access in StaffAccess.objects.all()}
    assert set(rows) == {"desk", "limited", "viewer", "via_group"}
    assert rows["desk"].all_places and rows["viewer"].all_places and rows["via_group"].all_places
    assert not rows["limited"].all_places
    assert list(rows["limited"].branches.all()) == [net["branch"]]
    assert editor.username not in rows and root.username not in rows
    assert shown(client_for(desk), net) == {"at_branch", "at_stop"}
    assert shown(client_for(limited), net) == {"at_branch"}
