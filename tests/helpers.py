"""Shared builders for tests: pages with every language's fields."""

from wagtail.models import Page, Site

from portal.demo.builders import ensure_page, set_translated
from portal.models import ContentPage, HomePage, NavigationSettings, SiteSettings


def home_page():
    return HomePage.objects.get()


def make_site():
    """The site tree every test starts from: a HomePage as the default site's root."""
    from portal.demo.site import ensure_home_page

    site, home = ensure_home_page()
    settings = SiteSettings.objects.filter(site=site).first() or SiteSettings(site=site)
    set_translated(
        settings,
        "organisation_name",
        {
            "el": "Κέντρο Κοινότητας Δήμου",
            "en": "Municipal Community Centre",
            "ar": "مركز المجتمع البلدي",
            "fa": "مرکز اجتماعی شهرداری",
        },
    )
    settings.phone = "210 000 0000"
    settings.save()
    # Wagtail creates a site's settings on the first page that reads them; made
    # here, that first page is not a write (which would make it uncacheable).
    NavigationSettings.objects.get_or_create(site=site)
    return site, home


def make_content_page(parent=None, *, slug, title, intro=None, body=None):
    """A published ContentPage; `slug`/`title`/`intro` map languages to text."""
    parent = parent or home_page()
    fields = {}
    if intro is not None:
        fields["intro"] = intro
    if body is not None:
        fields["body"] = body
    page, _changed = ensure_page(parent, ContentPage, slug=slug, title=title, fields=fields)
    return page


def login_staff(client, user):
    """Sign `user` into the admin as if they had also given their second factor.

    Force-logs in, then marks the session verified with a confirmed TOTP device
    the way `django_otp.login` does (the device's persistent id in the session),
    so admin pages open without the code page in between.
    """
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def paragraph(html):
    return [{"type": "paragraph", "value": html}]


__all__ = [
    "Page",
    "Site",
    "home_page",
    "login_staff",
    "make_content_page",
    "make_site",
    "paragraph",
]


# Nothing listens on this port: a Redis server that is down.
REDIS_DOWN = "redis://127.0.0.1:6390/2"


def redis_cache_settings(url):
    """CACHES as portal/settings/base.py builds them for REDIS_URL=url."""
    return {
        "default": {
            "BACKEND": "portal.cache.DegradingRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "portal-test",
            "TIMEOUT": 300,
            "OPTIONS": {
                "socket_connect_timeout": 0.3,
                "socket_timeout": 0.5,
                "RETRY_AFTER_SECONDS": 5,
                "WARNING_INTERVAL_SECONDS": 60,
            },
        }
    }
