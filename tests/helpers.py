"""Test helpers that are not builders: signing staff in, a Redis that is down.

Builders of rows (the site, places, services, people) are in tests/builders.py.
"""

import os

from django.db import connection

from wagtail.users.models import UserProfile

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal import page_cache


def login_staff(client, user):
    """Sign `user` into the admin as if they had also given their second factor.

    Force-logs in, then marks the session verified with a confirmed TOTP device
    the way `django_otp.login` does (the device's persistent id in the session),
    so admin pages open without the code page in between.
    """
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


# Nothing listens on this port: a Redis server that is down.
REDIS_DOWN = "redis://127.0.0.1:6390/2"


def redis_cache_settings(url):
    """CACHES as portal/settings/base.py builds them for REDIS_URL=url."""
    return {
        "default": {
            "BACKEND": "portal.cache.DegradingRedisCache",
            "LOCATION": url,
            # One prefix per xdist worker, as portal/settings/test.py does.
            "KEY_PREFIX": f"portal-test-{os.environ.get('PYTEST_XDIST_WORKER', '')}",
            "TIMEOUT": 300,
            "OPTIONS": {
                "socket_connect_timeout": 0.3,
                "socket_timeout": 0.5,
                "RETRY_AFTER_SECONDS": 5,
                "WARNING_INTERVAL_SECONDS": 60,
            },
        }
    }


def as_if_committed():
    """What committing the test's changes would do: the pending bump, now.

    A test's transaction never commits, and portal.content_memo memoises
    nothing in a transaction with uncommitted changes (they could be rolled
    back); the budget is about a site whose content is committed.
    """
    connection.run_on_commit[:] = [
        entry for entry in connection.run_on_commit if entry[1] is not page_cache._bump_on_commit
    ]
    page_cache.bump()


def set_admin_language(user, language):
    """The language `user` chose for the Wagtail admin (their account's preference)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
