"""Response headers for pages that show personal data or carry a private token.

- `Cache-Control: no-store, private`: no browser, proxy or "back" cache
  keeps a copy of a citizen's name, phone or appointment.
- `Referrer-Policy: no-referrer`: the address of such a page (a manage
  token, a staff feed token) is never sent to the sites it links to, nor
  in requests for its own images and stylesheets. The site-wide default
  (`SECURE_REFERRER_POLICY = "same-origin"`) stays for every other page.
"""

from functools import wraps

NO_STORE = "no-store, private"
NO_REFERRER = "no-referrer"


def private_response(response):
    response["Cache-Control"] = NO_STORE
    response["Referrer-Policy"] = NO_REFERRER
    return response


def private(view):
    """Decorate a view whose every answer is private (see the module docstring)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return private_response(view(request, *args, **kwargs))

    return wrapper
