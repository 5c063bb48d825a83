"""Nothing a browser can send to the sign-in pages answers 500."""

from django.test import Client
from django.urls import reverse

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from staff_auth import devices
from tests.staff_auth.flows import HOME, LOGIN, current_code, sign_in

VERIFY = reverse("staff_auth_verify")
ENROL = reverse("staff_auth_enrol")

pytestmark = pytest.mark.django_db

ODD = ["\x00", "a\x00b", "x" * 5000, "١٢٣٤٥٦", "12 34 56", "\ud7ff", "' OR 1=1 --"]
ODD_NEXT = [
    "https://evil.example/",
    "//evil.example/",
    "/admin/\r\nSet-Cookie: x=y",
    "\x00",
    "javascript:alert(1)",
    "/admin/" + "a" * 3000,
]


@pytest.mark.parametrize("value", ODD)
def test_odd_usernames_and_passwords_get_the_login_form(clock, desk, value):
    client = Client(REMOTE_ADDR="203.0.113.50")

    assert sign_in(client, value, value).status_code == 200
    assert sign_in(client, "desk", value).status_code == 200


@pytest.mark.parametrize("value", ODD)
def test_odd_codes_get_the_form_again(clock, desk, value):
    client = Client()
    sign_in(client, "desk")

    # Enrolment shows its form again; the code page, with no confirmed device
    # yet, redirects.
    for url, status in ((ENROL, 200), (VERIFY, 302)):
        response = client.post(url, {"code": value})
        assert response.status_code == status, url
    assert client.get(HOME).status_code == 302


@pytest.mark.parametrize("target", ODD_NEXT)
def test_the_next_address_never_leaves_the_site(clock, desk, target):
    device = TOTPDevice.objects.create(user=desk, name="authenticator", confirmed=True)
    devices.new_recovery_codes(desk)
    client = Client()
    sign_in(client, "desk")

    assert client.get(VERIFY, {"next": target}).status_code == 200
    response = client.post(VERIFY, {"code": current_code(device), "next": target})

    assert response.status_code == 302
    assert response.url.startswith("/admin/")
    assert "\n" not in response.url
    signed_in = client.get(LOGIN, {"next": target})
    assert signed_in.status_code == 302
    assert signed_in.url.startswith("/admin/")
