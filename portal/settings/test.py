"""Settings for the test suite.

`DATABASE_URL` picks PostgreSQL (CI runs the suite twice: SQLite, then
PostgreSQL); `REDIS_URL` picks Redis for the cache.
"""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
PUBLIC_BASE_URL = "http://testserver"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# The browser tests run a real server on these settings; let WhiteNoise find
# static files in the apps without a collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Generous rate limits by default, so that the many bookings of the suite
# never trip them; the rate-limit tests set their own (the rate is part of
# django-ratelimit's cache key, so their counts stay apart even in Redis).
BOOKING_RATE_PER_IP = "1000000/h"
HOME_VISIT_RATE_PER_IP = "1000000/h"
BOOKING_RATE_PER_PHONE = "1000000/h"
FEEDBACK_RATE_PER_IP = "1000000/h"

# pytest-xdist's workers share one Redis in CI: each keeps to its own keys, or
# one worker's page-cache generation bump or clear would empty the other's.
_XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")  # noqa: F405
if _XDIST_WORKER:
    for _cache in CACHES.values():  # noqa: F405
        _cache["KEY_PREFIX"] = f"{_cache.get('KEY_PREFIX', '')}-{_XDIST_WORKER}"
# The same for the other doors into the centre (callbacks, contact: portal.spam).
CALLBACK_RATE_PER_IP = "1000000/h"
CONTACT_RATE_PER_IP = "1000000/h"
ACTIVITIES_RATE_PER_IP = "1000000/h"
