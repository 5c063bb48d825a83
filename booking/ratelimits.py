"""Rate limits on making appointments, per IP address and per phone number.

Counted in the shared cache (Redis in production) by django-ratelimit, so
every worker on every host sees the same counts. The phone number is part
of the cache key only as a hash (django-ratelimit hashes keys).
"""

from django.conf import settings

from django_ratelimit.core import is_ratelimited


def booking_rate_limited(request, phone):
    """True when this request goes over a limit (and counts it either way)."""
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
