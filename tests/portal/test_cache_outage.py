"""The site stays up when Redis is unreachable (issue 8, finding 1).

"Down" is a closed port (nothing listens on 127.0.0.1:6390): the real
connection error of redis-py, not a mock. "Up" is the real Redis of
REDIS_URL (CI's PostgreSQL-and-Redis run); those tests skip without it.
With Django's own RedisCache the same requests answer 500.
"""

import logging
import os
import time

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.test import override_settings

import pytest
from django_ratelimit.core import is_ratelimited

from portal.cache import CacheUnavailable, DegradingRedisCache, reset_health
from tests import builders as b
from tests.helpers import REDIS_DOWN, redis_cache_settings


@pytest.fixture
def redis_up():
    url = os.environ.get("REDIS_URL")
    if not url:
        pytest.skip("needs a real Redis: set REDIS_URL")
    reset_health()
    with override_settings(CACHES=redis_cache_settings(url)):
        yield caches["default"]


def test_with_redis_down_reads_miss_and_writes_do_nothing(redis_down):
    assert isinstance(redis_down, DegradingRedisCache)
    assert redis_down.get("k", "fallback") == "fallback"
    assert redis_down.set("k", 1) is None
    assert redis_down.add("k", 1) is False
    assert redis_down.get_many(["a", "b"]) == {}
    assert redis_down.get_or_set("k", 7) == 7
    assert redis_down.delete("k") is False
    assert redis_down.has_key("k") is False
    with pytest.raises(CacheUnavailable):
        redis_down.incr("k")


def test_with_redis_down_a_warning_is_logged_once_not_per_call(redis_down, caplog):
    with caplog.at_level(logging.WARNING, logger="portal.cache"):
        for _ in range(50):
            redis_down.get("k")
    warnings = [r for r in caplog.records if r.name == "portal.cache"]
    assert len(warnings) == 1
    assert "127.0.0.1:6390/2 unreachable" in warnings[0].getMessage()


def test_after_a_failure_redis_is_not_asked_again_for_a_while(redis_down, monkeypatch):
    redis_down.get("k")
    assert not redis_down.available

    def must_not_run(*args, **kwargs):  # pragma: no cover - the point is that it is skipped
        raise AssertionError("Redis asked again during the retry interval")

    monkeypatch.setattr(type(redis_down._cache), "get", must_not_run)
    started = time.monotonic()
    for _ in range(100):
        assert redis_down.get("k") is None
    assert time.monotonic() - started < 0.1


def test_an_unreachable_redis_answers_a_miss_within_the_short_timeouts():
    reset_health()
    cache = DegradingRedisCache(
        REDIS_DOWN, {"OPTIONS": {"socket_connect_timeout": 0.3, "socket_timeout": 0.5}}
    )
    started = time.monotonic()
    assert cache.get("k", "miss") == "miss"
    assert time.monotonic() - started < 1
    reset_health()


def test_with_redis_up_the_cache_works_and_counts(redis_up):
    key = f"outage-test-{os.getpid()}-{time.monotonic_ns()}"
    redis_up.set(key, {"a": 1}, 30)
    assert redis_up.get(key) == {"a": 1}
    assert redis_up.add(key + "-n", 0, 30) is True
    assert redis_up.incr(key + "-n") == 1
    redis_up.delete_many([key, key + "-n"])
    assert redis_up.available


@pytest.mark.django_db
def test_pages_api_and_feeds_answer_200_uncached_with_redis_down(client, redis_down):
    unit = b.mobile_unit("Κινητή Μονάδα 1")
    b.stop(unit, "Πλατεία Αγίας Σοφίας")
    service = b.service("Ψυχολογική στήριξη", units=[unit])
    calendar = b.calendar_page()

    home = client.get("/el/")
    assert home.status_code == 200
    assert 'lang="el"' in home.content.decode()
    service_page = client.get(b.url(service, "el"))
    assert service_page.status_code == 200
    assert "Ψυχολογική στήριξη" in service_page.content.decode()
    assert client.get(b.url(calendar, "el")).status_code == 200
    feed = client.get("/el/ical/mobile-units.ics")
    assert feed.status_code == 200
    assert b"BEGIN:VCALENDAR" in feed.content
    api = client.get("/api/v1/services")
    assert api.status_code == 200
    assert "Ψυχολογική στήριξη" in api.content.decode()
    assert not redis_down.available  # the pages really did meet the outage


@pytest.mark.django_db
def test_django_redis_cache_would_have_failed_these_pages(client):
    """The failure this module prevents, kept as evidence: Django's backend raises."""
    cache = RedisCache(REDIS_DOWN, {})
    with pytest.raises(Exception) as raised:
        cache.get("k")
    assert type(raised.value).__module__.startswith("redis")


def test_django_ratelimit_treats_an_unreachable_cache_as_limited_not_as_an_error(redis_down, rf):
    """Any other user of django-ratelimit (not only booking) fails closed, never with a 500."""
    request = rf.post("/", REMOTE_ADDR="192.0.2.7")

    assert is_ratelimited(request, group="g", key="ip", rate="5/m", increment=True) is True
