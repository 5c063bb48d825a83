"""Repeated wrong passwords lock one username from one address (django-axes).

Measured on main before this: 30 wrong passwords in 6 seconds, none slowed
down, and the right one worked straight after.
"""

import datetime

from django.core.management import call_command
from django.test import Client

import pytest
from axes.models import AccessAttempt

from tests.staff_auth.flows import HOME, sign_in

ATTACKER = {"REMOTE_ADDR": "203.0.113.7"}
OFFICE = {"REMOTE_ADDR": "198.51.100.20"}


def fail_five_times(client, username, **extra):
    return [sign_in(client, username, "wrong", **extra).status_code for _ in range(5)]


@pytest.mark.django_db
def test_five_wrong_passwords_lock_that_user_from_that_address(clock, desk):
    client = Client(HTTP_ACCEPT_LANGUAGE="el")

    statuses = fail_five_times(client, "desk", **ATTACKER)
    right = sign_in(client, "desk", **ATTACKER)

    assert statuses == [200, 200, 200, 200, 429]
    assert right.status_code == 429
    html = right.content.decode()
    assert "Η σύνδεση σταμάτησε προσωρινά" in html
    assert "09:15" in html  # when to try again, Athens time
    assert "διαχειριστή" in html  # whom to ask
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_the_lock_out_page_speaks_the_admins_language_and_direction(clock, desk):
    client = Client(HTTP_ACCEPT_LANGUAGE="ar")
    fail_five_times(client, "desk", **ATTACKER)

    response = sign_in(client, "desk", **ATTACKER)

    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl"' in html
    assert "توقف تسجيل الدخول مؤقتًا" in html


@pytest.mark.django_db
def test_the_locked_user_still_signs_in_from_another_address_and_others_from_the_same(
    clock, desk, editor
):
    fail_five_times(Client(), "desk", **ATTACKER)

    from_office = sign_in(Client(), "desk", **OFFICE)
    other_user = sign_in(Client(), "editor", **ATTACKER)

    assert from_office.status_code == 302 and from_office.url == HOME
    assert other_user.status_code == 302 and other_user.url == HOME


@pytest.mark.django_db
def test_the_lock_lifts_after_the_cool_off_time(clock, desk):
    fail_five_times(Client(), "desk", **ATTACKER)
    clock.shift(datetime.timedelta(minutes=14))
    # A try during the pause starts its 15 minutes again.
    assert sign_in(Client(), "desk", **ATTACKER).status_code == 429
    clock.shift(datetime.timedelta(minutes=14))
    assert sign_in(Client(), "desk", **ATTACKER).status_code == 429

    clock.shift(datetime.timedelta(minutes=16))

    assert sign_in(Client(), "desk", **ATTACKER).status_code == 302


@pytest.mark.django_db
def test_an_administrator_lifts_the_lock_at_once(clock, desk):
    fail_five_times(Client(), "desk", **ATTACKER)

    call_command("axes_reset_username", "desk")

    assert sign_in(Client(), "desk", **ATTACKER).status_code == 302


@pytest.mark.django_db
def test_failures_are_counted_in_the_database_shared_by_every_worker(clock, desk):
    fail_five_times(Client(), "desk", **ATTACKER)

    attempt = AccessAttempt.objects.get(username="desk", ip_address=ATTACKER["REMOTE_ADDR"])
    assert attempt.failures_since_start == 5
