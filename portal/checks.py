"""Deployment checks of our own (`manage.py check --deploy`).

Links sent to citizens by e-mail and text message (the private manage link)
start with PUBLIC_BASE_URL; links in the admin and in staff feeds with
WAGTAILADMIN_BASE_URL. Both default to the development server's
http://127.0.0.1:8000, which in production would send citizens links that
lead nowhere (or, over http, expose the token): with DEBUG off, each must be
set, https, and not a loopback address.
"""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register

BASE_URL_SETTINGS = {
    "PUBLIC_BASE_URL": ("portal.E001", "the address citizens use, e.g. https://kentro.example.gr"),
    "WAGTAILADMIN_BASE_URL": ("portal.E002", "the admin's address, e.g. https://kentro.example.gr"),
}


def base_url_problem(value):
    """Why `value` cannot be a production base URL, or "" when it can."""
    if not value:
        return "is not set"
    url = urlsplit(value)
    host = (url.hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost") or _is_loopback(host):
        return "points at this machine (a loopback address)"
    if url.scheme != "https" or not host:
        return "is not an https:// address"
    return ""


def _is_loopback(host):
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


@register(Tags.security, deploy=True)
def check_base_urls(app_configs, **kwargs):
    if settings.DEBUG:
        return []
    errors = []
    for name, (check_id, example) in BASE_URL_SETTINGS.items():
        value = getattr(settings, name, "")
        problem = base_url_problem(value)
        if problem:
            errors.append(
                Error(
                    f"{name} {problem} ({value or 'empty'}): links sent from the site would "
                    "not reach anyone.",
                    hint=f"Set the {name} environment variable to {example}.",
                    id=check_id,
                )
            )
    return errors
