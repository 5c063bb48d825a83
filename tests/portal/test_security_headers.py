"""Content-Security-Policy, Permissions-Policy, Referrer-Policy and Cache-Control.

Public pages allow nothing inline and nothing from other sites; the admin
gets its own, relaxed but enforced policy; every answer switches off the
browser features the site never uses.
"""

from django.contrib.auth import get_user_model

import pytest

from booking import staff_feeds
from portal.security_headers import permissions_policy_header
from tests.helpers import login_staff

PUBLIC_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'self'",
    "base-uri": "'self'",
    "object-src": "'none'",
}
ADMIN_POLICY = {
    "default-src": "'self'",
    "script-src": "'self' 'unsafe-inline'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "font-src": "'self' data:",
    "connect-src": "'self'",
    "frame-src": "'self'",
    "worker-src": "'self' blob:",
    "form-action": "'self'",
    "frame-ancestors": "'self'",
    "base-uri": "'self'",
    "object-src": "'none'",
}
PERMISSIONS = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
    "screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()"
)


def policy(response):
    """The Content-Security-Policy header as {directive: sources} (order is free)."""
    parts = [part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")]
    return dict(parts)


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("headers-admin", "a@example.org", "pw")
    login_staff(client, user)
    return client


def test_a_public_page_allows_nothing_inline_and_nothing_foreign(client, home):
    response = client.get("/el/")

    assert response.status_code == 200
    assert policy(response) == PUBLIC_POLICY
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert response["Permissions-Policy"] == PERMISSIONS
    assert response["Referrer-Policy"] == "same-origin"
    assert "Content-Security-Policy-Report-Only" not in response


@pytest.mark.parametrize("path", ["/api/v1/services", "/el/api/v1/services", "/api/v1/nothing"])
def test_api_answers_carry_the_public_policy(client, home, path):
    response = client.get(path)

    assert response["Content-Type"].startswith("application/json")
    assert policy(response) == PUBLIC_POLICY
    assert response["Permissions-Policy"] == PERMISSIONS


def test_admin_pages_get_the_admins_policy(admin_client, home):
    # The login page sends a signed-in user on to the dashboard.
    for path, status in (("/admin/login/", 302), ("/admin/", 200), ("/admin/pages/", 200)):
        response = admin_client.get(path)
        assert response.status_code == status, path
        assert policy(response) == ADMIN_POLICY, path
        assert response["Permissions-Policy"] == PERMISSIONS


def test_staff_appointment_pages_and_exports_are_not_stored(admin_client, home):
    for path in ("/admin/appointments/", "/admin/appointments/?export=csv"):
        response = admin_client.get(path)
        assert response.status_code == 200, path
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_staff_feed_is_private_and_sends_no_referrer(client, db):
    user = get_user_model().objects.create_superuser("feed-admin", "f@example.org", "pw")
    token = staff_feeds.create_token(user)

    response = client.get(f"/staff/appointments/{token}.ics")
    missing = client.get("/staff/appointments/wrong.ics")

    assert response.status_code == 200 and missing.status_code == 404
    for answer in (response, missing):
        assert answer["Referrer-Policy"] == "no-referrer"
        assert answer["Cache-Control"] == "no-store, private"


def test_permissions_policy_header_lists_allowed_origins():
    assert permissions_policy_header({"camera": [], "fullscreen": ["self"]}) == (
        "camera=(), fullscreen=(self)"
    )


@pytest.mark.parametrize(
    "path",
    ["/static/portal/css/site.css", "/static/portal/vendor/fonts/portal-latin-400.woff2"],
)
def test_fonts_and_stylesheets_carry_no_document_policies(client, path):
    """A browser applies neither header to them; on a first visit they would only weigh."""
    response = client.get(path)
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert "Permissions-Policy" not in response
    assert response["X-Content-Type-Options"] == "nosniff"


def test_svg_images_keep_the_policies(client):
    """Opened on its own an SVG is a document that could run script."""
    response = client.get("/static/portal/img/logo.svg")
    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response["Permissions-Policy"] == PERMISSIONS
