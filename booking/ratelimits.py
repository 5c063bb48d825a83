"""Rate limits on making appointments, per IP address and per phone number.

Counted in the shared cache (Redis in production) by django-ratelimit, so
every worker on every host sees the same counts. The phone number is part
of the cache key only as a hash (django-ratelimit hashes keys).

When the cache cannot count (Redis down: portal.cache answers misses and
refuses `incr`, which django-ratelimit takes as "limited"), the limits
neither pass every request silently (anyone could then book without limit
during an outage) nor blame the citizen with a "too many requests":
`booking_rate_limited` raises `RateLimitUnavailable`, and the booking views
answer 503 with "try again in a few minutes, or call us".
"""

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import gettext as _

from django_ratelimit.core import is_ratelimited

from portal.cache import CacheUnavailable


class RateLimitUnavailable(Exception):
    """The request could not be counted: the shared cache is unreachable."""


# Seconds a client is asked to wait (Retry-After) when bookings cannot be counted.
RETRY_AFTER_SECONDS = 120


def unavailable_message():
    """What the web page and the API say when a booking cannot be taken right now."""
    return _(
        "We cannot take online bookings right now. Please try again in a few minutes, "
        "or call us: we will book the appointment with you."
    )


def booking_rate_limited(request, phone):
    """True when this request goes over a limit (and counts it either way).

    Raises RateLimitUnavailable when the cache cannot count it.
    """
    try:
        limited = _limited(request, phone)
    except CacheUnavailable as error:
        raise RateLimitUnavailable from error
    if not getattr(caches[settings.RATELIMIT_USE_CACHE], "available", True):
        raise RateLimitUnavailable
    return limited


def _limited(request, phone):
    by_ip = is_ratelimited(
        request, group="booking-ip", key="ip", rate=settings.BOOKING_RATE_PER_IP, increment=True
    )
    by_phone = is_ratelimited(
        request,
        group="booking-phone",
        key=lambda _group, _request: phone,
        rate=settings.BOOKING_RATE_PER_PHONE,
        increment=True,
    )
    return by_ip or by_phone
