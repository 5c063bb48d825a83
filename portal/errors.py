"""Error answers: branded pages in the page's language, JSON under /api/.

Django's own 400 and 403 (CSRF) pages are English and unbranded, and the
URL resolver's 404 or a wrong method answers HTML even under /api/. Here:

- pages get the site's look in the language of their address and its
  direction, from templates that need no database and no host name (the
  failure may be either: a 400 is also what a forged Host header gets);
- the CSRF failure page says in plain words that the form expired and how
  to send it again without typing everything anew;
- everything under `/api/` and `/<lang>/api/` answers JSON
  `{"detail": "…"}`, translated, whatever failed: a handler below, or
  `ApiJsonErrorsMiddleware` for answers made elsewhere (405 from the API
  router, 413, …).
"""

import logging
import re

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import defaults

from portal import outage
from portal.privacy import NO_STORE

logger = logging.getLogger(__name__)

API_PATH = re.compile(r"^/(?:[a-z]{2}/)?api/")


def is_api(request):
    return bool(API_PATH.match(request.path_info or request.path))


def api_message(status):
    """The translated `detail` of an API error without one of its own."""
    messages = {
        400: _("The request could not be understood."),
        403: _("You are not allowed to do this."),
        404: _("Not found."),
        405: _("This method is not allowed here."),
        413: _("The request is too large."),
        500: _("Something went wrong on our side. Please try again later."),
        503: _("The service is not available right now. Please try again in a few minutes."),
    }
    if status in messages:
        return messages[status]
    return _("The request could not be handled.") if status < 500 else messages[500]


def api_error(status, detail=None):
    response = JsonResponse(
        {"detail": detail or api_message(status)},
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = NO_STORE
    return response


def render_error_page(request, template, status, context=None):
    """An error page in the language of the address, without the database."""
    language = translation.get_language_from_path(request.path) or settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            body = loader.get_template(template).render(
                {
                    "LANGUAGE_CODE": language,
                    "LANGUAGE_BIDI": translation.get_language_bidi(),
                    "home_url": f"/{language}/",
                    **(context or {}),
                }
            )
        except Exception:  # the last line of defence must not fail itself
            logger.exception("The error template %s could not be rendered", template)
            body = f"<h1>{status}</h1>"
    return HttpResponse(body, status=status)


def bad_request(request, exception=None):
    if is_api(request):
        return api_error(400)
    return render_error_page(request, "400.html", 400)


def permission_denied(request, exception=None):
    if is_api(request):
        return api_error(403)
    return render_error_page(request, "403.html", 403)


def page_not_found(request, exception=None):
    if is_api(request):
        return api_error(404)
    return defaults.page_not_found(request, exception)


def server_error(request, *args, **kwargs):
    """The 500 answer, in the language of the URL, without touching the database.

    Django's default handler renders without a request, so it would always
    answer in Greek; this one reads the language prefix from the path and
    renders a template that needs no database (the failure may be the
    database itself). An unreachable database is an outage, not a bug: 503
    (portal.outage).
    """
    if outage.database_unreachable():
        return outage.unavailable_response(request)
    if is_api(request):
        return api_error(500)
    return render_error_page(request, "500.html", 500)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: the form was open too long, or cookies are blocked.

    The browser's Back button brings the form back with what was typed, so
    the page says to use it; a link to the form's page is offered when the
    Referer is this site's.
    """
    if is_api(request):
        return api_error(403, _("The form has expired. Load it again and send it once more."))
    return render_error_page(
        request, "403_csrf.html", 403, {"back_url": _same_site_referer(request)}
    )


def _same_site_referer(request):
    referer = request.headers.get("Referer", "")
    try:
        host = request.get_host()
    except Exception:  # a bad Host header: no link, the page still renders
        return ""
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={host}, require_https=request.is_secure()
    ):
        return referer
    return ""


class ApiJsonErrorsMiddleware:
    """Under /api/, turn any error answer that is not JSON into `{"detail": …}`.

    Keeps the status and the headers that matter to a client (Allow,
    Retry-After).
    """

    KEPT_HEADERS = ("Allow", "Retry-After")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code >= 400
            and is_api(request)
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            replacement = api_error(response.status_code)
            for header in self.KEPT_HEADERS:
                if header in response:
                    replacement[header] = response[header]
            return replacement
        return response
