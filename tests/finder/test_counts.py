"""Anonymous daily counts: every finished finder and opened service, nothing personal."""

import threading
from concurrent.futures import ThreadPoolExecutor

from django.db import connection

import pytest

from finder.choices import CountKind
from finder.counts import record
from finder.models import DailyCount
from portal import page_cache

THREADS = 20

DONE = "/el/finder/done/?who=child&topic=money&where=limani&lang=el"


def counted(kind):
    return dict(DailyCount.objects.filter(kind=kind).values_list("key", "count"))


def test_each_finished_finder_counts_even_when_the_results_are_cached(client, world):
    for _ in range(3):
        done = client.get(DONE, HTTP_X_FORWARDED_FOR="203.0.113.9", HTTP_USER_AGENT="Phone/1.0")
        assert done.status_code == 302 and not done.cookies
        assert "no-cache" in done["Cache-Control"]
        client.get(done["Location"])
    assert client.get(done["Location"])["X-Page-Cache"] == "hit"
    assert counted(CountKind.ANSWER) == {
        "who=child": 3,
        "topic=money": 3,
        "where=limani": 3,
        "lang=el": 3,
    }
    assert counted(CountKind.FINISHED) == {"all": 3}
    assert counted(CountKind.NOTHING) == {}


def test_answers_that_find_nothing_are_counted_with_their_answers(client, world):
    world.benefits.unpublish()
    client.get("/el/finder/done/?who=me&topic=money&where=unknown&lang=ar")
    assert counted(CountKind.NOTHING) == {"who=me&topic=money&where=unknown": 1}


def test_opening_a_service_counts_and_leads_to_its_page(client, world):
    for _ in range(2):
        response = client.get(f"/el/finder/open/?service={world.benefits.pk}")
        assert response.status_code == 302
        assert response["Location"] == world.benefits.url
        assert not response.cookies
    assert counted(CountKind.OPENED) == {str(world.benefits.pk): 2}


def test_counts_hold_no_personal_data(client, world):
    client.get(DONE, HTTP_X_FORWARDED_FOR="203.0.113.9", REMOTE_ADDR="198.51.100.7")
    client.get(f"/el/finder/open/?service={world.benefits.pk}", HTTP_COOKIE="tracking=abc")
    # The table has a day, a kind, a key and a number: nothing else can be stored.
    columns = {
        c.name
        for c in connection.introspection.get_table_description(
            connection.cursor(), "finder_dailycount"
        )
    }
    assert columns == {"id", "day", "kind", "key", "count"}
    stored = " ".join(f"{r.day} {r.kind} {r.key}" for r in DailyCount.objects.all())
    for personal in ("203.0.113.9", "198.51.100.7", "abc", "Phone"):
        assert personal not in stored
    assert {r.day.isoformat() for r in DailyCount.objects.all()} == {"2027-01-11"}


def test_counting_does_not_empty_the_page_cache(client, world):
    before = page_cache.current_generation()
    client.get(DONE)
    client.get(f"/el/finder/open/?service={world.benefits.pk}")
    assert page_cache.current_generation() == before


@pytest.mark.usefixtures("committed_copy")
@pytest.mark.xdist_group("booking-concurrency")  # one worker opens the many connections
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="counts from concurrent connections need PostgreSQL; runs in CI's PostgreSQL pass",
)
def test_counts_from_twenty_connections_at_once_add_up():
    """PostgreSQL: twenty connections count the same thing at the same instant."""
    barrier = threading.Barrier(THREADS, timeout=60)

    def count(_i):
        try:
            barrier.wait()
            record(CountKind.OPENED, "7")
            return "counted"
        except Exception as error:  # reported by name, not raised in a thread
            return repr(error)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        outcomes = list(pool.map(count, range(THREADS), timeout=120))
    assert outcomes == ["counted"] * THREADS
    assert DailyCount.objects.get(kind=CountKind.OPENED, key="7").count == THREADS


def test_crawlers_are_kept_out_of_the_counting_addresses(client, world):
    robots = client.get("/robots.txt").content.decode()
    for lang in ("el", "en", "ar", "fa"):
        assert f"Disallow: /{lang}/finder/open/" in robots
        assert f"Disallow: /{lang}/finder/done/" in robots
        assert f"Disallow: /{lang}/search/" in robots
    assert "Disallow: /el/finder/\n" not in robots  # the finder itself may be found


def test_a_head_request_counts_nothing(client, world):
    assert client.head(DONE).status_code == 405
    assert client.head(f"/el/finder/open/?service={world.benefits.pk}").status_code == 405
    assert client.head("/el/finder/results/?who=me&topic=money").status_code == 200
    assert not DailyCount.objects.exists()
