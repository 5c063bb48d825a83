"""Admin sessions end after STAFF_SESSION_IDLE_MINUTES without activity and after
STAFF_SESSION_MAX_HOURS in all.

Measured on main before this: admin sessions lived 14 days, idle or not.
"""

import datetime

from django.test import Client, override_settings

import pytest

from tests.helpers import login_staff
from tests.staff_auth.flows import HOME, LOGIN, sign_in

pytestmark = pytest.mark.django_db

MINUTES = datetime.timedelta(minutes=1)


def signed_in(client, response):
    return response.status_code == 200 and "_auth_user_id" in client.session


def test_a_session_idle_past_thirty_minutes_is_signed_out(clock, desk):
    client = login_staff(Client(), desk)
    assert signed_in(client, client.get(HOME))

    clock.shift(31 * MINUTES)
    response = client.get(HOME)

    assert response.status_code == 302 and response.url.startswith(LOGIN)
    assert "_auth_user_id" not in client.session


def test_activity_keeps_the_session_open(clock, desk):
    client = login_staff(Client(), desk)
    for _ in range(6):  # three hours, a page every 29 minutes
        clock.shift(29 * MINUTES)
        assert signed_in(client, client.get(HOME))


def test_the_session_expiry_follows_the_idle_time_even_with_remember_me(clock, desk):
    client = Client()
    client.post(LOGIN, {"username": "desk", "password": "pw", "remember": "on"})
    assert client.session.get_expiry_age() == 14 * 24 * 3600  # what Wagtail sets

    client.get(HOME)  # the redirect to the second-factor page

    assert client.session.get_expiry_age() == 30 * 60


@override_settings(STAFF_SESSION_MAX_HOURS=1)
def test_a_session_ends_after_the_maximum_time_however_active(clock, desk):
    client = login_staff(Client(), desk)
    for _ in range(2):
        clock.shift(25 * MINUTES)
        assert signed_in(client, client.get(HOME))

    clock.shift(11 * MINUTES)
    response = client.get(HOME)

    assert response.status_code == 302 and response.url.startswith(LOGIN)


def test_editor_pings_are_not_activity(clock, desk):
    client = login_staff(Client(), desk)
    client.get(HOME)
    for _ in range(4):
        clock.shift(9 * MINUTES)
        client.post("/admin/editing-sessions/ping/x/1/0/")

    assert client.get(HOME).url.startswith(LOGIN)


def test_citizens_sessions_keep_the_sites_own_expiry(clock, home):
    client = Client()
    client.get("/el/")
    client.cookies  # noqa: B018
    session = client.session
    session["booking"] = {"service": 1}
    session.save()

    client.get("/el/")

    assert client.session.get_expiry_age() == 14 * 24 * 3600


def test_sign_in_starts_the_idle_clock(clock, desk):
    client = Client()
    sign_in(client, "desk")
    assert "staff_signed_in_at" in client.session
