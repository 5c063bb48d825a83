"""The page cache across workers: the generation and the pages live in the shared Redis.

Needs a real Redis (REDIS_URL); the edit from another process also needs
PostgreSQL, where that process can see this test's committed rows (on a
committed copy of the test database, as the booking invariant tests do).
CI runs them in its PostgreSQL-and-Redis pass.
"""

import os
import subprocess
import sys

from django.core.cache import caches
from django.db import connection
from django.test import override_settings

import pytest

from portal import page_cache
from portal.cache import DegradingRedisCache, reset_health
from tests import builders as b
from tests.booking.concurrency import needs_postgresql
from tests.builders import make_content_page
from tests.helpers import redis_cache_settings


@pytest.fixture
def shared_redis():
    url = os.environ.get("REDIS_URL")
    if not url:
        pytest.skip("needs a real Redis: set REDIS_URL")
    reset_health()
    with override_settings(CACHES=redis_cache_settings(url)):
        page_cache.clear()
        yield caches["default"]


def page_in_every_language(title_en):
    return make_content_page(
        slug={"el": "allou", "en": "elsewhere", "ar": "مكان-آخر", "fa": "جای-دیگر"},
        title={"el": "Αλλού", "en": title_en, "ar": "مكان آخر", "fa": "جای دیگر"},
    )


def cached(client, url):
    assert client.get(url)["X-Page-Cache"] == "miss"
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit"
    return response


@needs_postgresql
@pytest.mark.usefixtures("committed_copy")
def test_an_edit_in_another_process_reaches_this_one_through_redis(client, shared_redis):
    page = page_in_every_language("Elsewhere")
    url = b.url(page, "en")
    assert b"Elsewhere" in cached(client, url).content

    database = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": (
            f"postgres://{database['USER']}:{database['PASSWORD'] or ''}@"
            f"{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{database['NAME']}"
        ),
        "CACHE_KEY_PREFIX": shared_redis.key_prefix,
    }
    # The prefix above already names this xdist worker; the settings must not add it again.
    env.pop("PYTEST_XDIST_WORKER", None)
    script = (
        "import django; django.setup()\n"
        "from portal.models import ContentPage\n"
        f"page = ContentPage.objects.get(pk={page.pk})\n"
        "page.title_en = 'Edited in another worker'\n"
        "page.save_revision().publish()\n"
    )
    subprocess.run([sys.executable, "-c", script], env=env, check=True, timeout=300)

    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert b"Edited in another worker" in response.content


@pytest.mark.django_db
def test_with_redis_the_generation_and_the_pages_live_in_redis(client, shared_redis):
    assert isinstance(shared_redis, DegradingRedisCache)
    url = b.url(page_in_every_language("Elsewhere"), "en")
    cached(client, url)
    # Another worker: its own connection to the same Redis, no memory shared.
    url_of_redis = os.environ["REDIS_URL"]
    other_worker = DegradingRedisCache(url_of_redis, redis_cache_settings(url_of_redis)["default"])
    assert other_worker.get(page_cache.GENERATION_KEY) == page_cache.current_generation()
    assert other_worker.get(page_cache.entry_key_for_url(f"http://testserver{url}")) is not None
    other_worker.incr(page_cache.GENERATION_KEY)
    assert client.get(url)["X-Page-Cache"] == "miss"
