"""A Redis cache that degrades to "no cache" instead of failing the request.

Django's own `RedisCache` raises when Redis cannot be reached, and Wagtail
(with wagtail-modeltranslation) reads the cache on every page, so a Redis
outage would turn the whole site into 500s. This backend turns connection
and timeout errors into cache misses:

- reads answer the default (a miss), writes and deletes do nothing;
- after a failure it does not try Redis again for `RETRY_AFTER_SECONDS`
  (default 5), so a dead or black-holed server costs one short timeout per
  process every few seconds, not one per cache call;
- it logs one warning per `WARNING_INTERVAL_SECONDS` (default 60), not one
  per call, naming the server by host and port only (no password);
- `incr`/`decr` raise `CacheUnavailable`: a counter cannot be faked. It is
  a ValueError, what Django's `incr` raises for a key it cannot find, so
  code written for that contract (django-ratelimit) treats the request as
  "cannot count" (limited) rather than failing with a 500; callers that
  need to tell an outage apart look at `available` (booking.ratelimits).

Short `socket_connect_timeout`/`socket_timeout` OPTIONS (settings/base.py)
keep each attempt brief.
"""

import logging
import threading
import time
from urllib.parse import urlsplit

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

from redis import exceptions as redis_errors

logger = logging.getLogger(__name__)

# Errors that mean "the server is not there or not answering", as opposed to a
# programming error (a wrong command), which should still fail loudly.
UNREACHABLE = (
    redis_errors.ConnectionError,
    redis_errors.TimeoutError,
    redis_errors.InvalidResponse,
    OSError,
)


class CacheUnavailable(ValueError):
    """The cache cannot answer a question that has no safe "miss" answer (a counter)."""


class _Health:
    """Per-process memory of a server's recent failures, shared by every thread's cache object."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.last_warning = float("-inf")


_health = {}
_health_lock = threading.Lock()


def _health_of(location):
    with _health_lock:
        return _health.setdefault(location, _Health())


def reset_health():
    """Forget every remembered failure (tests, and after a configuration change)."""
    with _health_lock:
        _health.clear()


def describe(servers):
    """`host:port/db` of each server, never the password a URL may carry."""
    parts = []
    for server in servers:
        url = urlsplit(server)
        parts.append(f"{url.hostname}:{url.port or 6379}{url.path or ''}")
    return ", ".join(parts)


class DegradingRedisCache(RedisCache):
    """Django's RedisCache that answers "miss" while Redis is unreachable."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        self.retry_after = float(options.pop("RETRY_AFTER_SECONDS", 5))
        self.warning_interval = float(options.pop("WARNING_INTERVAL_SECONDS", 60))
        super().__init__(server, {**params, "OPTIONS": options})
        self._health = _health_of(describe(self._servers))

    # --- availability ------------------------------------------------------------

    @property
    def available(self):
        """False while a recent failure is remembered (no attempt is made then)."""
        return time.monotonic() >= self._health.down_until

    def _failed(self, error):
        now = time.monotonic()
        with self._health.lock:
            self._health.down_until = now + self.retry_after
            warn = now - self._health.last_warning >= self.warning_interval
            if warn:
                self._health.last_warning = now
        if warn:
            logger.warning(
                "Cache server %s unreachable (%s); serving without cache, next try in %ss",
                describe(self._servers),
                type(error).__name__,
                self.retry_after,
            )

    def _call(self, method, *args, fallback=None, **kwargs):
        if not self.available:
            return fallback
        try:
            return method(*args, **kwargs)
        except UNREACHABLE as error:
            self._failed(error)
            return fallback

    # --- the cache API -----------------------------------------------------------

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().add, key, value, timeout, version, fallback=False)

    def get(self, key, default=None, version=None):
        return self._call(super().get, key, default, version, fallback=default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().touch, key, timeout, version, fallback=False)

    def delete(self, key, version=None):
        return self._call(super().delete, key, version, fallback=False)

    def get_many(self, keys, version=None):
        return self._call(super().get_many, keys, version, fallback={})

    def has_key(self, key, version=None):
        return self._call(super().has_key, key, version, fallback=False)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        failed = list(data)
        return self._call(super().set_many, data, timeout, version, fallback=failed)

    def delete_many(self, keys, version=None):
        return self._call(super().delete_many, keys, version)

    def clear(self):
        return self._call(super().clear, fallback=False)

    def incr(self, key, delta=1, version=None):
        if not self.available:
            raise CacheUnavailable(describe(self._servers))
        try:
            return super().incr(key, delta, version)
        except UNREACHABLE as error:
            self._failed(error)
            raise CacheUnavailable(describe(self._servers)) from error
