"""The public API under /api/v1/ (Django Ninja), OpenAPI at /api/v1/openapi.json.

Built twice from the same operations: once at `/api/v1/` (language from
Accept-Language) and once inside the language prefix (`/el/api/v1/`), since
a Ninja API can be mounted only once. Each app adds its operations with a
`register(api)` function.

Every error is a JSON object with a translated `detail`; invalid input
(422) also names each offending field under `errors` (shapes in
`portal.api_errors`). How errors look is decided here, for every app's
operations: the apps only register operations and raise `HttpError`,
`FieldErrors` or answer with their own documented shapes.
"""

from django.core.exceptions import RequestDataTooBig
from django.utils.translation import gettext as _

from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.renderers import JSONRenderer

from activities import api as activities_api
from booking import api as booking_api
from feedback import api as feedback_api
from figures import api as figures_api
from portal.api_errors import FieldErrors
from referrals import api as referrals_api
from services_catalog import api as catalog_api

API_DESCRIPTION = """Open data of the Community Centre: services, places (branches and
mobile-unit stops) with their schedules, and the dated openings and visits, shaped
after Open Referral HSDS. Texts follow the language prefix (`/el/api/v1/…`) or the
Accept-Language header (el, en, ar, fa). Errors are JSON objects with a `detail`."""

# How Ninja's message for a body that is not JSON begins (it is not translated).
NINJA_PARSE_ERROR = "Cannot parse request body"


class UnicodeJSONRenderer(JSONRenderer):
    """Greek, Arabic and Persian as themselves: readable and a third of the size."""

    json_dumps_params = {"ensure_ascii": False}


def field_errors(exc):
    """{field: [translated message]} from Ninja's validation errors."""
    errors = {}
    for error in exc.errors:
        location = [
            str(part) for part in error.get("loc", []) if part not in ("query", "body", "path")
        ]
        field = location[-1] if location else "request"
        kind = error.get("type", "")
        if kind == "missing":
            message = _("This field is required.")
        elif "date" in kind:
            message = _("Write a date as YYYY-MM-DD, for example 2026-12-01.")
        elif "int" in kind:
            message = _("Write a whole number.")
        elif "bool" in kind:
            message = _("Write true or false.")
        elif kind == "string_pattern_mismatch":
            # FilterText's only pattern: no control characters (NUL and the like).
            message = _("Remove control characters, such as NUL, from this value.")
        elif kind == "string_too_long":
            message = _("This value is too long.")
        else:
            message = _("This value is not valid.")
        errors.setdefault(field, []).append(message)
    return errors


def add_error_handlers(api):
    """Every error of every operation as JSON with a translated `detail`."""

    @api.exception_handler(ValidationError)
    def validation_error(request, exc):
        return api.create_response(
            request,
            {"detail": _("Some values are not valid."), "errors": field_errors(exc)},
            status=422,
        )

    @api.exception_handler(FieldErrors)
    def our_field_errors(request, exc):
        return api.create_response(
            request, {"detail": _("Some values are not valid."), "errors": exc.errors}, status=422
        )

    # A body that is not JSON, or too large for DATA_UPLOAD_MAX_MEMORY_SIZE, is
    # answered in JSON and translated as well.
    @api.exception_handler(HttpError)
    def http_error(request, exc):
        detail = str(exc)
        if detail.startswith(NINJA_PARSE_ERROR):
            detail = _("The request body is not valid JSON.")
        return api.create_response(request, {"detail": detail}, status=exc.status_code)

    # An operation that needs a token (the partners' referrals) and got none that works:
    # missing, another scheme, unknown or revoked are one and the same 401.
    @api.exception_handler(AuthenticationError)
    def unauthenticated(request, exc):
        response = api.create_response(
            request,
            {"detail": _("Send a valid partner token: Authorization: Bearer <token>.")},
            status=401,
        )
        response["WWW-Authenticate"] = "Bearer"
        return response

    @api.exception_handler(RequestDataTooBig)
    def too_big(request, exc):
        return api.create_response(request, {"detail": _("The request is too large.")}, status=413)


def build_api(namespace):
    api = NinjaAPI(
        title="Community Centre portal API",
        version="1.0.0",
        description=API_DESCRIPTION,
        urls_namespace=namespace,
        openapi_url="/openapi.json",
        docs_url=None,  # the interactive docs would load scripts from a CDN
        renderer=UnicodeJSONRenderer(),
    )

    add_error_handlers(api)
    catalog_api.register(api)
    booking_api.register(api)
    referrals_api.register(api)
    figures_api.register(api)
    feedback_api.register(api)
    activities_api.register(api)
    return api


api = build_api("api")
api_i18n = build_api("api-i18n")
