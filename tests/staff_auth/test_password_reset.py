"""'Forgotten password?' sends a limited number of mails, and says the same
whether or not the limit was reached (no way to tell which addresses exist).

Measured on main before this: no limit at all.

The counts live in the shared cache. In Redis they outlive a test run, so each
test counts under addresses and accounts no other test (nor an earlier run)
used, as the booking API's rate-limit tests do.
"""

import secrets

from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse

import pytest

from tests import builders as b

RESET = reverse("wagtailadmin_password_reset")
DONE = reverse("wagtailadmin_password_reset_done")

pytestmark = pytest.mark.django_db


def unused_address():
    """A client address of the documentation range (RFC 5737 TEST-NET-1)."""
    number = secrets.randbits(8)
    return f"192.0.2.{number}" if number else "192.0.2.1"


def unused_user():
    return b.staff_user(f"person{secrets.token_hex(6)}")


def ask(address, ip=None):
    return Client(REMOTE_ADDR=ip or unused_address()).post(RESET, {"email": address})


@override_settings(STAFF_PASSWORD_RESET_RATE_PER_EMAIL="3/h")
def test_the_fourth_request_for_one_address_sends_no_mail(db):
    user = unused_user()

    answers = [ask(user.email.upper()) for _ in range(4)]

    assert [a.status_code for a in answers] == [302] * 4
    assert {a.url for a in answers} == {DONE}
    assert len(mail.outbox) == 3
    assert all(m.to == [user.email] for m in mail.outbox)


@override_settings(STAFF_PASSWORD_RESET_RATE_PER_IP="2/h")
def test_one_client_address_cannot_send_mail_to_many_accounts(db):
    users = [unused_user() for _ in range(3)]
    ip = f"198.18.{secrets.randbelow(256)}.{secrets.randbelow(256)}"

    answers = [ask(user.email, ip) for user in users]

    assert [a.url for a in answers] == [DONE] * 3
    assert [m.to for m in mail.outbox] == [[users[0].email], [users[1].email]]


def test_an_unknown_address_gets_the_same_answer_and_no_mail(db):
    response = ask(f"nobody{secrets.token_hex(6)}@example.org")

    assert response.status_code == 302 and response.url == DONE
    assert mail.outbox == []


def test_nonsense_input_gets_the_form_again_not_an_error(db):
    response = Client(REMOTE_ADDR=unused_address()).post(RESET, {"email": "a\x00b"})

    assert response.status_code == 200
    assert mail.outbox == []
