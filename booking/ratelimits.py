"""Rate limits on making appointments: per client address, and per phone number *from* an address.

Counted in the shared cache (Redis in production) by django-ratelimit, so
every worker on every host sees the same counts. The client address comes
from `portal.client_address` (a configured number of trusted proxies, never
the whole X-Forwarded-For header, which any client writes: rotating it must
not escape the limit, and a malformed one must not fail). The phone number
is part of the cache key only as a hash (django-ratelimit hashes keys).

Why the phone counter is keyed on (phone number, client address), not on
the number alone: a counter per number is a lever in the hands of anyone who
knows the number. Five failed attempts with a victim's number — a slot that
is already full, a made-up service — would have locked the victim out of
online booking for a day, from every device. Keyed on the pair, an
attacker's attempts fill only the attacker's own count; the owner, booking
from their own phone or another connection, is never counted with them.

What still protects the number's owner from someone else's bookings in
their name (and the text messages each one sends):

- BOOKING_RATE_PER_IP bounds every attempt from one address, whatever the
  numbers it uses;
- BOOKING_RATE_PER_PHONE bounds the attempts for one number from one
  address (a tighter limit than the per-address one);
- BOOKING_MAX_ACTIVE_PER_PHONE (checked under a lock in `booking.reservations.book`)
  caps the future appointments one number can hold at once, and each of
  them sends its owner a manage link to cancel it.

The cost: an attacker with many addresses can make a few bookings in a
number's name from each. That is bounded by the active-appointment cap and
visible to the owner; a lock-out is not.

When the cache cannot count (Redis down: portal.cache answers misses and
refuses `incr`, which django-ratelimit takes as "limited"), the limits
neither pass every request silently (anyone could then book without limit
during an outage) nor blame the citizen with a "too many requests":
`booking_rate_limited` raises `RateLimitUnavailable`, and the booking views
answer 503 with "try again in a few minutes, or call us".
"""

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import gettext_lazy as _

from django_ratelimit.core import is_ratelimited

from portal.cache import CacheUnavailable
from portal.client_address import client_ip, ratelimit_key


class RateLimitUnavailable(Exception):
    """The request could not be counted: the shared cache is unreachable.

    `code` and `message` are what the API's 503 and the website's page say.
    """

    code = "temporarily_unavailable"
    text = _(
        "We cannot take online bookings right now. Please try again in a few minutes, "
        "or call us: we will book the appointment with you."
    )

    @property
    def message(self):
        return str(self.text)


# Seconds a client is asked to wait (Retry-After) when bookings cannot be counted.
RETRY_AFTER_SECONDS = 120


# What the web page and the API say to a request over a limit.
RATE_LIMITED_TEXT = _(
    "We have received many booking requests from this phone number or this connection. "
    "Please try again later, or call us: we will book the appointment with you."
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
        request,
        group="booking-ip",
        key=ratelimit_key,
        rate=settings.BOOKING_RATE_PER_IP,
        increment=True,
    )
    by_phone = is_ratelimited(
        request,
        group="booking-phone",
        key=lambda _group, request: f"{phone}\n{client_ip(request)}",
        rate=settings.BOOKING_RATE_PER_PHONE,
        increment=True,
    )
    return by_ip or by_phone
