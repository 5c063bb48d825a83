"""Response headers for pages that show personal data or carry a private token.

- `Cache-Control: no-store, private` (`private` / `private_response`): no
  browser, proxy or "back" cache keeps a copy of a citizen's name, phone or
  appointment.
- `Referrer-Policy: no-referrer` as well (`secret` / `secret_response`) for
  answers whose address or content holds a token (the manage link itself,
  the confirmation that shows it, the staff feed): the address is never
  sent on, not even to this site. Not for pages with forms: with
  no-referrer, browsers send `Origin: null` with a form, which Django's
  CSRF protection rightly refuses. Those keep the site-wide `same-origin`
  (`SECURE_REFERRER_POLICY`), which sends nothing to other sites.
"""

from functools import wraps

NO_STORE = "no-store, private"
NO_REFERRER = "no-referrer"


def private_response(response):
    response["Cache-Control"] = NO_STORE
    return response


def secret_response(response):
    response["Referrer-Policy"] = NO_REFERRER
    return private_response(response)


def private(view):
    """Decorate a view whose every answer shows personal data."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return private_response(view(request, *args, **kwargs))

    return wrapper


def secret(view):
    """Decorate a view whose address or answer holds a private token (no forms)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return secret_response(view(request, *args, **kwargs))

    return wrapper
