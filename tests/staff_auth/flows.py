"""Helpers that walk the sign-in pages as a browser would."""

import base64
import re

from django.urls import reverse

from django_otp.oath import totp

LOGIN = reverse("wagtailadmin_login")
HOME = reverse("wagtailadmin_home")


def sign_in(client, username, password="pw", **extra):
    """POST the admin login form; the response (not followed)."""
    return client.post(LOGIN, {"username": username, "password": password, "next": HOME}, **extra)


def current_code(device):
    """The code an authenticator app shows now for this TOTP device."""
    value = totp(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{value:0{device.digits}d}"


def code_from_secret(secret_text):
    """What an app computes after the person typed the secret shown as text."""
    secret = secret_text.replace(" ", "")
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    return f"{totp(key):06d}"


def secret_on_page(html):
    return re.search(r'class="staff-auth-secret"[^>]*><code>([A-Z2-7 ]+)</code>', html).group(1)
