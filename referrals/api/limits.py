"""The referrals API's rate limit: per partner token, in the shared cache.

A partner's software that loops (a retry storm, a bug) must not fill the
centre's queue or wear the database: each token may make
REFERRALS_API_RATE_PER_TOKEN calls (default 60 a minute) to /api/v1/referrals,
counted by django-ratelimit in the shared cache (Redis in production, so every
worker sees the same count). The key is the token's hash, so two tokens of
one partner count apart and nothing secret enters the cache. Over the limit:
429 with a translated `detail` and `Retry-After` (the rate's period: the
count starts again at most then). When the cache cannot count (Redis down),
the API answers 503 with `Retry-After` rather than letting every call through
or blaming the partner — the same choice as the booking API
(booking.ratelimits).
"""

import re

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import gettext as _

from django_ratelimit.core import is_ratelimited

from portal.cache import CacheUnavailable

GROUP = "referrals-api-token"
UNAVAILABLE_RETRY_AFTER = 120
PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def period_seconds(rate):
    """Seconds of a django-ratelimit rate's window: "60/m" → 60, "100/5m" → 300."""
    match = re.fullmatch(r"\s*\d+\s*/\s*(\d*)\s*([smhd])\s*", rate or "")
    if match is None:
        return 60
    return int(match.group(1) or 1) * PERIODS[match.group(2)]


class Refused(Exception):
    """A call refused before it is handled: answered `status` with `detail` and Retry-After
    (by `answer`, the API's handler of this exception, added in referrals.api)."""

    def __init__(self, status, detail, retry_after):
        super().__init__(detail)
        self.status, self.detail, self.retry_after = status, detail, retry_after


def check(request):
    """Count this call against its token; raise Refused over the limit or without a cache."""
    rate = settings.REFERRALS_API_RATE_PER_TOKEN
    try:
        limited = is_ratelimited(
            request,
            group=GROUP,
            key=lambda _group, request: request.partner_token_hash,
            rate=rate,
            increment=True,
        )
        available = getattr(caches[settings.RATELIMIT_USE_CACHE], "available", True)
    except CacheUnavailable:
        available = False
    if not available:
        raise Refused(
            503,
            _("Referrals cannot be counted right now. Please try again in a few minutes."),
            UNAVAILABLE_RETRY_AFTER,
        )
    if limited:
        raise Refused(
            429,
            _(
                "Too many calls with this token. Please wait for the time in "
                "Retry-After (seconds), then try again."
            ),
            period_seconds(rate),
        )


def answer(api):
    """The exception handler answering Refused: JSON `detail`, Retry-After, never cached."""

    def handler(request, error):
        response = api.create_response(request, {"detail": str(error.detail)}, status=error.status)
        response["Retry-After"] = str(error.retry_after)
        response["Cache-Control"] = "private, no-store"
        return response

    return handler
