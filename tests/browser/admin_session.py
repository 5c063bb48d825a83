"""Signing into the admin of the live demo site, shared by the browser tests.

Not a test module: the recovery codes shown when a user sets up the second
factor are kept here for the whole session, so a later test (in any module)
signs in with one of them instead of setting the factor up again.
"""

import base64

from django_otp.oath import totp

from portal.demo.site import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME
from tests.browser.conftest import assert_no_serious_violations, run_axe


def go(site_page, locator):
    """Click a link or a submit button and wait for the page it leads to."""
    with site_page.expect_navigation():
        locator.click()


# Recovery codes shown when a demo user set up the second factor in this test session,
# so that later sign-ins (other tests, other modules) can give one: each works once,
# where a TOTP code may not be used twice in the same 30 seconds.
RECOVERY_CODES = {}


def login(site, username=DEMO_ADMIN_USERNAME):
    """Sign in as a demo user (the admin by default), setting up the second factor as a
    person would: the password, then the set-up page, whose key (shown as text beside the
    QR code) an authenticator app would turn into the 6-digit code computed here. When
    an earlier test set it up, one of the recovery codes it was shown is given instead."""
    site.visit("/admin/login/")
    site.fill("input[name=username]", username)
    site.fill("input[name=password]", DEMO_ADMIN_PASSWORD)
    go(site, site.locator("form button[type=submit]").first)

    if site.path == "/admin/2fa/verify/" and RECOVERY_CODES.get(username):
        site.fill("input[name=code]", RECOVERY_CODES[username].pop())
        go(site, site.locator("main form button[type=submit]").first)
        assert site.path == "/admin/"
        return
    assert site.path == "/admin/2fa/setup/"
    assert site.locator(".staff-auth-qr svg").is_visible()
    assert_no_serious_violations(run_axe(site), "second-factor set-up")
    secret = site.locator(".staff-auth-secret code").inner_text().replace(" ", "")
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    site.fill("input[name=code]", f"{totp(key):06d}")
    go(site, site.locator("main form button[type=submit]").first)

    codes = site.locator(".staff-auth-codes li").all()
    assert len(codes) == 10
    RECOVERY_CODES[username] = [code.inner_text().strip() for code in codes]
    go(site, site.locator("main a.button").first)
    assert site.path == "/admin/"
