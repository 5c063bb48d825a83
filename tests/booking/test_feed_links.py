"""A staff feed link dies when its owner is deactivated and stays dead after reactivation,
whichever way the deactivation happened; losing the Front-desk permission also ends it."""

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

import pytest

from booking import audit
from booking.models import StaffFeedToken
from booking.tasks import housekeeping
from tests import builders as b
from tests.booking.staff_helpers import client_for, new_feed_url

FRONT_DESK = "Front desk"
User = get_user_model()


@pytest.fixture
def desk(bookable):
    return b.staff_user("desk", groups=[FRONT_DESK], all_places=True)


@pytest.fixture
def feed(desk):
    url = new_feed_url(client_for(desk))
    assert Client().get(url).status_code == 200
    return url


def set_active(user, active):
    user.is_active = active
    user.save()


def bulk_set_active(admin, user, active):
    url = reverse("wagtail_bulk_action", args=("auth", "user", "set_active_state"))
    response = client_for(admin).post(f"{url}?id={user.pk}", {"mark_as_active": active})
    assert response.status_code == 302
    assert User.objects.get(pk=user.pk).is_active is active


def test_deactivating_and_reactivating_in_the_user_form_leaves_the_link_dead(desk, feed):
    set_active(desk, False)
    set_active(desk, True)

    assert Client().get(feed).status_code == 404
    assert not StaffFeedToken.objects.filter(user=desk, revoked_at__isnull=True).exists()
    entry = audit.entries().get(action=audit.FEED_REVOKE)
    assert entry.data == {"links": 1, "reason": audit.REVOKED_ON_DEACTIVATION}
    assert entry.object_id == str(desk.pk)


def test_wagtails_bulk_deactivation_also_kills_the_link(desk, feed):
    admin = b.staff_user("root", superuser=True)

    bulk_set_active(admin, desk, False)
    bulk_set_active(admin, desk, True)

    assert Client().get(feed).status_code == 404
    assert audit.entries().get(action=audit.FEED_REVOKE).user == admin


def test_a_deactivation_without_signals_is_caught_by_the_feed_request(desk, feed):
    User.objects.filter(pk=desk.pk).update(is_active=False)

    assert Client().get(feed).status_code == 404
    User.objects.filter(pk=desk.pk).update(is_active=True)
    assert Client().get(feed).status_code == 404


def test_a_deactivation_without_signals_is_caught_by_the_housekeeping(desk, feed):
    User.objects.filter(pk=desk.pk).update(is_active=False)

    assert housekeeping.enqueue().return_value["feed_links_revoked"] == 1
    User.objects.filter(pk=desk.pk).update(is_active=True)
    assert Client().get(feed).status_code == 404


def test_a_new_link_made_after_reactivation_works(desk, feed):
    set_active(desk, False)
    set_active(desk, True)

    assert Client().get(new_feed_url(client_for(desk))).status_code == 200


def test_saving_an_active_user_keeps_the_link(desk, feed):
    desk.first_name = "Μαρία"
    desk.save()

    assert Client().get(feed).status_code == 200
    assert (
        not audit.entries().exists()
        or not audit.entries().filter(action=audit.FEED_REVOKE).exists()
    )


def test_losing_the_front_desk_permission_ends_the_feed(desk, feed):
    desk.groups.clear()

    assert Client().get(feed).status_code == 404
