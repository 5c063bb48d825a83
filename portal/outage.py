"""The answer to every request while the database is unreachable: 503, not 500.

Called first thing by the 500 handler (portal.views.server_error), which
Django calls inside its `except` block, so `sys.exc_info()` holds the error
of the request, whether it came from a view or from a middleware (a session
save, Wagtail's redirects). An unreachable database (OperationalError,
InterfaceError) is a temporary outage, not a bug: the citizen gets a branded
"temporarily unavailable" page in the URL's language (JSON under /api/),
and clients and load balancers a `Retry-After`. Needs no database itself.
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# What a client is asked to wait (Retry-After) while the database is unreachable.
RETRY_AFTER_SECONDS = 30


def database_unreachable(error=None):
    """Whether `error` (default: the exception being handled) means "no database"."""
    error = error if error is not None else sys.exc_info()[1]
    return isinstance(error, (OperationalError, InterfaceError))


def unavailable_message():
    return _("Our website is temporarily unavailable. Please try again in a few minutes.")


def unavailable_response(request):
    """503 "temporarily unavailable": JSON under /api/, else the 503 page in the URL's language."""
    segments = request.path.split("/")
    if "api" in segments[1:3]:  # /api/… and /<lang>/api/…
        with translation.override(translation.get_language_from_request(request)):
            response = JsonResponse(
                {"detail": unavailable_message(), "code": "temporarily_unavailable"}, status=503
            )
    else:
        language = translation.get_language_from_path(request.path) or settings.LANGUAGE_CODE
        with translation.override(language):
            try:
                body = loader.get_template("503.html").render(
                    {
                        "LANGUAGE_CODE": language,
                        "LANGUAGE_BIDI": translation.get_language_bidi(),
                        "home_url": f"/{language}/",
                        "message": unavailable_message(),
                    }
                )
            except Exception:  # the last line of defence must not fail itself
                logger.exception("The 503 template could not be rendered")
                body = "<h1>503</h1>"
        response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
