"""'Forgotten password?' sends a limited number of mails, and says the same
whether or not the limit was reached (no way to tell which addresses exist).

Measured on main before this: no limit at all.
"""

from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse

import pytest

from tests.booking import builders as bb

RESET = reverse("wagtailadmin_password_reset")
DONE = reverse("wagtailadmin_password_reset_done")

pytestmark = pytest.mark.django_db


def ask(address, ip):
    return Client(REMOTE_ADDR=ip).post(RESET, {"email": address})


@override_settings(STAFF_PASSWORD_RESET_RATE_PER_EMAIL="3/h")
def test_the_fourth_request_for_one_address_sends_no_mail(desk):
    answers = [ask("Desk@Example.org", f"192.0.2.{n}") for n in range(1, 5)]

    assert [a.status_code for a in answers] == [302] * 4
    assert {a.url for a in answers} == {DONE}
    assert len(mail.outbox) == 3
    assert all(m.to == ["desk@example.org"] for m in mail.outbox)


@override_settings(STAFF_PASSWORD_RESET_RATE_PER_IP="2/h")
def test_one_address_cannot_send_mail_to_many_accounts(db):
    for n in range(3):
        bb.staff_user(f"person{n}")

    answers = [ask(f"person{n}@example.org", "192.0.2.77") for n in range(3)]

    assert [a.url for a in answers] == [DONE] * 3
    assert [m.to for m in mail.outbox] == [["person0@example.org"], ["person1@example.org"]]


def test_an_unknown_address_gets_the_same_answer_and_no_mail(db):
    response = ask("nobody@example.org", "192.0.2.99")

    assert response.status_code == 302 and response.url == DONE
    assert mail.outbox == []


def test_nonsense_input_gets_the_form_again_not_an_error(db):
    response = Client(REMOTE_ADDR="192.0.2.98").post(RESET, {"email": "a\x00b"})

    assert response.status_code == 200
    assert mail.outbox == []
