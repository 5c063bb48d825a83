"""Settings for production: several gunicorn workers on one or more hosts
behind a load balancer, PostgreSQL, Redis as the shared cache.

Every value that matters is read from the environment (README, "Deploying").
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("Set SECRET_KEY (at least 50 random characters) in production.")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# TLS is terminated at the load balancer, which must set X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# The load balancer probes over plain http on the private network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)

# Checks of `manage.py check --deploy` accepted on purpose (README, "Deploying"):
# - security.W019: Wagtail's page preview shows the page in a same-origin
#   frame, so X-Frame-Options stays SAMEORIGIN rather than DENY.
# - security.W021: joining the browsers' HSTS preload list binds every
#   subdomain of the municipality for months; that is the municipality's
#   decision (SECURE_HSTS_PRELOAD=true), not a default.
# Production never silences django-ratelimit's error about a per-process cache:
# several workers need REDIS_URL (a shared cache) for rate limits to mean
# anything. Its warning about Django's RedisCache is accepted (see base.py).
SILENCED_SYSTEM_CHECKS = ["security.W019", "django_ratelimit.W001"]
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS.append("security.W021")

# Without REDIS_URL each gunicorn worker has its own local-memory cache, and an
# edit would make only one worker's page cache stale: serve uncached instead.
if not REDIS_URL:  # noqa: F405
    PAGE_CACHE_ENABLED = False

try:
    from .local import *  # noqa: F403
except ImportError:
    pass
