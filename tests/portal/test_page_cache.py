"""The page cache is never wrong (issue 10; portal/page_cache.py).

Each kind of change is made the way an editor, the admin or a shell would
make it, and the next anonymous request must show it: the cached answer is
checked to be a hit first, so the test proves invalidation, not a miss.
The cache is the suite's default cache: local memory on the SQLite run, the
shared Redis when REDIS_URL is set; test_page_cache_workers.py shows that an
edit in another process reaches this one through Redis.
"""

import datetime
import gzip
import io
import re
from types import SimpleNamespace
from unittest import mock

from django.conf import settings
from django.core.management import call_command
from django.http import HttpResponse
from django.middleware import gzip as django_gzip
from django.test import override_settings
from django.utils import translation

import pytest
import time_machine

from booking import reservations
from booking.slots import free_slots
from portal import page_cache
from portal.models import ContentPage, HeaderLink, NavigationSettings, SiteSettings
from services_catalog.models import (
    BranchException,
    BranchSchedule,
    Offering,
    StopException,
    StopSchedule,
)
from tests import builders as b
from tests.booking.builders import citizen
from tests.builders import home_page, make_content_page
from tests.helpers import login_staff

pytestmark = pytest.mark.django_db

ATHENS = datetime.timezone(datetime.timedelta(hours=2))  # Europe/Athens in winter
MONDAY = datetime.datetime(2027, 1, 11, 9, 0, tzinfo=ATHENS)
LANGUAGES = [code for code, _name in settings.LANGUAGES]
DAILY = "RRULE:FREQ=DAILY"


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Every public page type once: built once for the module, rolled back after it."""
    with b.built_once_per_module(django_db_blocker):
        centre = b.community("pc-centre", "Κέντρο", en="Centre")
        category = b.category("pc-support", "Στήριξη")
        group = b.target_group("pc-adults", "Ενήλικες")
        branch = b.branch(
            titles={"el": "Δομή Κέντρου", "en": "Centre branch"}, community_obj=centre
        )
        unit = b.mobile_unit(titles={"el": "Βαν Ένα", "en": "Van One"})
        stop = b.stop(
            unit,
            names={"el": "Πλατεία Ελευθερίας", "en": "Freedom Square"},
            community_obj=centre,
            rule=DAILY,
            start="10:00",
            end="11:00",
        )
        service = b.service(
            titles={"el": "Στήριξη οικογένειας", "en": "Family support"},
            branches=[branch],
            units=[unit],
            category_obj=category,
            show_on_home_page=True,
        )
        service.target_groups.set([group])
        service.save()
        other_service = b.service(
            titles={"el": "Νομική βοήθεια", "en": "Legal help"},
            category_obj=category,
            bookable=False,
        )
        about = make_content_page(
            slug={"el": "sxetika", "en": "about", "ar": "حول", "fa": "درباره"},
            title={"el": "Σχετικά", "en": "About", "ar": "حول", "fa": "درباره"},
        )
        calendar = b.calendar_page()
        yield SimpleNamespace(
            community=centre,
            category=category,
            group=group,
            branch=branch,
            unit=unit,
            stop=stop,
            service=service,
            other_service=other_service,
            about=about,
            calendar=calendar,
        )


@pytest.fixture
def monday():
    with time_machine.travel(MONDAY, tick=False) as traveller:
        yield traveller


def url_of(world, which, language="en"):
    if which == "home":
        return f"/{language}/"
    if which == "stop":
        return b.stop_url(world.stop, language)
    if which == "search":
        return f"/{language}/search/?q=support"
    if which == "feed":
        return f"/{language}/ical/mobile-units.ics"
    if which == "services":
        return b.url(b.services_index(), language)
    if which == "places":
        return b.url(b.places_index(), language)
    return b.url(getattr(world, which), language)


PAGE_KINDS = [
    "home",
    "about",
    "services",
    "service",
    "places",
    "branch",
    "unit",
    "stop",
    "calendar",
    "search",
    "feed",
]


def cached(client, url, **headers):
    """GET `url` twice: the first answer is stored, the second comes from the cache."""
    first = client.get(url, **headers)
    assert first.status_code == 200, url
    assert first["X-Page-Cache"] == "miss", url
    second = client.get(url, **headers)
    assert second["X-Page-Cache"] == "hit", url
    return second


def text(response):
    return response.content.decode()


# --- What is cached, and how it is answered ----------------------------------------------


@pytest.mark.parametrize("which", PAGE_KINDS)
def test_a_cached_answer_is_byte_identical_to_the_uncached_one(client, world, monday, which):
    url = url_of(world, which)
    hit = cached(client, url)
    with override_settings(PAGE_CACHE_ENABLED=False):
        uncached = client.get(url)
    assert "X-Page-Cache" not in uncached
    assert hit.content == uncached.content
    for header in ("Content-Type", "Content-Language", "Content-Length"):
        if header in uncached:
            assert hit[header] == uncached[header], header


def test_anonymous_pages_are_public_revalidated_with_an_etag_and_not_varied_on_cookies(
    client, world, monday
):
    hit = cached(client, url_of(world, "branch"))
    assert hit["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert hit["ETag"].startswith('"')
    assert "Cookie" not in hit.get("Vary", "")
    assert "Accept-Language" not in hit.get("Vary", "")
    # The security headers of the middleware before the cache are on hits too.
    assert hit["Content-Security-Policy"]
    assert hit["Permissions-Policy"]
    assert hit["X-Content-Type-Options"] == "nosniff"


@override_settings(PAGE_CACHE_SHARED_MAX_AGE=60)
def test_shared_caches_may_keep_a_page_for_the_configured_time(client, world, monday):
    response = client.get(url_of(world, "about"))
    assert response["Cache-Control"] == "public, max-age=0, must-revalidate, s-maxage=60"


@pytest.mark.parametrize("which", ["home", "branch", "feed"])
def test_a_matching_if_none_match_gets_304_from_the_cache_without_a_query(
    client, world, monday, which, django_assert_num_queries
):
    url = url_of(world, which)
    etag = cached(client, url)["ETag"]
    with django_assert_num_queries(0):
        response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response["ETag"] == etag
    assert response["X-Page-Cache"] == "hit"
    assert response.content == b""


def test_a_conditional_request_reads_only_the_entrys_headers(client, world, monday):
    """A feed reader's revalidation must not fetch a regional feed's megabyte from Redis."""
    url = url_of(world, "feed")
    hit = cached(client, url)
    key = page_cache.entry_key_for_url(f"http://testserver{url}")
    page_cache._cache().delete(key)  # the body gone, its headers kept

    not_modified = client.get(url, HTTP_IF_NONE_MATCH=hit["ETag"])
    changed = client.get(url, HTTP_IF_NONE_MATCH='"something-else"')

    assert not_modified.status_code == 304
    assert not_modified["X-Page-Cache"] == "hit"
    # Not matching: the page in full, never the empty body of the headers' entry.
    assert changed.status_code == 200
    assert changed.content == hit.content
    assert changed["X-Page-Cache"] == "miss"
    again = client.get(url, HTTP_IF_NONE_MATCH='"something-else"')
    assert again["X-Page-Cache"] == "hit"
    assert again.content == hit.content


def test_a_page_stays_not_modified_across_a_change_that_does_not_touch_it(client, world, monday):
    url = url_of(world, "about")
    etag = cached(client, url)["ETag"]
    page_cache.bump()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response["X-Page-Cache"] == "miss"


def test_head_is_answered_like_get_without_a_body(client, world, monday):
    url = url_of(world, "unit")
    hit = cached(client, url)
    head = client.head(url)
    assert head.status_code == 200
    assert head.content == b""
    assert head["X-Page-Cache"] == "hit"
    assert head["ETag"] == hit["ETag"]


@pytest.mark.parametrize("which", ["feed", "branch"])
def test_head_before_any_get_answers_like_get(client, world, monday, which):
    url = url_of(world, which)
    head = client.head(url)  # built, not stored
    assert head.status_code == 200
    assert head.content == b""
    assert head["X-Page-Cache"] == "skip"
    get = client.get(url)
    assert get["X-Page-Cache"] == "miss"
    for header in ("ETag", "Content-Type", "Cache-Control", "Content-Length"):
        assert head.get(header) == get.get(header), header
    if which == "feed":
        assert head["Last-Modified"] == get["Last-Modified"]


def test_each_language_and_query_string_has_its_own_entry(client, world, monday):
    english = cached(client, "/en/")
    greek = client.get("/el/")
    assert greek["X-Page-Cache"] == "miss"
    assert english.content != greek.content
    services = url_of(world, "services")
    cached(client, services)
    filtered = client.get(services, {"category": world.category.slug})
    assert filtered["X-Page-Cache"] == "miss"


def test_the_calendar_month_and_filters_are_cached_per_query(client, world, monday):
    url = url_of(world, "calendar") + "?month=2027-02&view=list"
    hit = cached(client, url)
    assert "2027-02-01" in text(hit)


@pytest.mark.parametrize(
    ("which", "query"),
    [("services", {"category": "no-such-category"}), ("calendar", {"month": "9999-01"})],
)
def test_error_answers_are_not_stored(client, world, monday, which, query):
    url = url_of(world, which)
    for _ in range(2):
        response = client.get(url, query)
        assert response.status_code == 400
        assert response["X-Page-Cache"] == "skip"
        assert "private" in response["Cache-Control"]


def test_unknown_pages_are_not_stored(client, world, monday):
    for _ in range(2):
        response = client.get("/en/no-such-page/")
        assert response.status_code == 404
        assert response["X-Page-Cache"] == "skip"


@pytest.mark.parametrize("which", PAGE_KINDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_cookie_is_set_on_anonymous_public_pages(client, world, monday, which, language):
    response = client.get(url_of(world, which, language))
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response


# --- Compressed answers: gzip once per entry, one entry per encoding --------------------------

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


@pytest.mark.parametrize("which", ["home", "branch", "services", "feed"])
def test_a_browser_that_accepts_gzip_gets_the_compressed_page_from_the_cache(
    client, world, monday, which
):
    url = url_of(world, which)
    hit = cached(client, url, **GZIP)
    assert hit["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in hit["Vary"]
    assert int(hit["Content-Length"]) == len(hit.content)
    with override_settings(PAGE_CACHE_ENABLED=False):
        uncompressed = client.get(url)
    assert gzip.decompress(hit.content) == uncompressed.content
    assert len(hit.content) < len(uncompressed.content) / 2


def test_compressed_and_uncompressed_answers_are_separate_entries(client, world, monday):
    url = url_of(world, "home")
    compressed = cached(client, url, **GZIP)
    plain = client.get(url)  # no Accept-Encoding: its own entry, not the gzip bytes
    assert plain["X-Page-Cache"] == "miss"
    assert "Content-Encoding" not in plain
    assert "Accept-Encoding" in plain["Vary"]
    plain_hit = client.get(url, HTTP_ACCEPT_ENCODING="identity")
    assert plain_hit["X-Page-Cache"] == "hit"
    assert plain_hit.content == plain.content == gzip.decompress(compressed.content)
    # The same page: one ETag, weak on the compressed answer.
    assert compressed["ETag"] == f"W/{plain['ETag']}"


def test_a_hit_is_not_compressed_again(client, world, monday):
    url = url_of(world, "service")
    calls = []
    real = django_gzip.compress_string

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    with mock.patch.object(django_gzip, "compress_string", counting):
        first = client.get(url, **GZIP)
        hits = [client.get(url, **GZIP) for _ in range(3)]
    assert first["X-Page-Cache"] == "miss"
    assert [hit["X-Page-Cache"] for hit in hits] == ["hit"] * 3
    assert len(calls) == 1
    assert {hit.content for hit in hits} == {first.content}


def test_a_compressed_page_rebuilt_unchanged_still_answers_304(client, world, monday):
    url = url_of(world, "about")
    etag = cached(client, url, **GZIP)["ETag"]
    assert etag.startswith('W/"')
    page_cache.bump()  # the entry is stale; the page is rebuilt, with new random gzip bytes
    response = client.get(url, HTTP_IF_NONE_MATCH=etag, **GZIP)
    assert response.status_code == 304
    assert response["X-Page-Cache"] == "miss"
    assert client.get(url, HTTP_IF_NONE_MATCH=etag, **GZIP).status_code == 304  # and the hit


def test_pages_never_cached_are_compressed_too(client, world, monday):
    response = client.get("/en/booking/", **GZIP, follow=True)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "X-Page-Cache" not in response  # the booking steps never go near the cache


# --- What is never cached -------------------------------------------------------------------


def test_signed_in_staff_are_never_served_nor_stored(client, world, monday, django_user_model):
    url = url_of(world, "about")
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    login_staff(client, editor)
    for _ in range(2):
        response = client.get(url)
        assert response["X-Page-Cache"] == "skip"
        assert "private" in response["Cache-Control"]
        assert "Cookie" in response["Vary"]
    # What staff saw was not stored for anyone else either.
    anonymous = client.__class__()
    assert anonymous.get(url)["X-Page-Cache"] == "miss"


def test_a_page_cached_for_the_public_is_not_served_to_signed_in_staff(
    client, world, monday, django_user_model
):
    url = url_of(world, "about")
    cached(client.__class__(), url)
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    login_staff(client, editor)
    response = client.get(url)
    assert response["X-Page-Cache"] == "skip"
    assert b"wagtail-userbar" in response.content


@pytest.mark.parametrize("cookie", ["sessionid", "messages"])
def test_a_request_with_a_session_or_pending_messages_is_never_served_from_the_cache(
    client, world, monday, cookie
):
    url = url_of(world, "home")
    cached(client.__class__(), url)
    client.cookies[cookie] = "something"
    assert client.get(url)["X-Page-Cache"] == "skip"


def test_other_cookies_do_not_stop_the_cache(client, world, monday):
    url = url_of(world, "home")
    cached(client.__class__(), url)
    client.cookies["csrftoken"] = "x" * 32
    client.cookies["portal_language"] = "ar"
    client.cookies["_ga"] = "tracking"
    assert client.get(url)["X-Page-Cache"] == "hit"


@pytest.mark.parametrize(
    "path",
    ["/el/booking/", "/en/booking/place/", "/api/v1/services", "/en/api/v1/services", "/admin/"],
)
def test_booking_steps_the_api_and_the_admin_are_never_cached(client, world, monday, path):
    for _ in range(2):
        response = client.get(path)
        assert "X-Page-Cache" not in response


def test_a_post_is_never_cached(client, world, monday):
    response = client.post("/en/", {})
    assert "X-Page-Cache" not in response


def test_an_answer_that_sets_a_cookie_is_not_stored(rf, world, monday):

    def view(request):
        response = HttpResponse("hello")
        response.set_cookie("csrftoken", "abc")
        return response

    middleware = page_cache.PageCacheMiddleware(view)
    for _ in range(2):
        response = middleware(rf.get("/en/anything/"))
        assert response["X-Page-Cache"] == "skip"


@pytest.mark.parametrize("cache_control", ["private", "no-store", "no-cache, must-revalidate"])
def test_an_answer_marked_private_or_no_store_is_not_stored(rf, world, monday, cache_control):

    def view(request):
        response = HttpResponse("personal")
        response["Cache-Control"] = cache_control
        return response

    middleware = page_cache.PageCacheMiddleware(view)
    for _ in range(2):
        response = middleware(rf.get("/en/anything/"))
        assert response["X-Page-Cache"] == "skip"
        assert response["Cache-Control"] == cache_control


def test_an_answer_with_a_csp_nonce_is_not_stored(rf, world, monday):

    def view(request):
        request._csp_nonce = "n0nce"
        return HttpResponse('<script nonce="n0nce"></script>')

    middleware = page_cache.PageCacheMiddleware(view)
    assert middleware(rf.get("/en/anything/"))["X-Page-Cache"] == "skip"


def test_the_page_cache_can_be_switched_off(client, world, monday):
    with override_settings(PAGE_CACHE_ENABLED=False):
        for _ in range(2):
            assert "X-Page-Cache" not in client.get("/en/")


# --- Invalidation: change it, the next anonymous request shows it ---------------------------


def _publish_title(world):
    page = fresh(world.service)
    page.title_en = "Family counselling"
    page.save_revision().publish()


def _save_title_directly(world):
    page = ContentPage.objects.get(pk=world.about.pk)
    page.title_en = "About the centre"
    page.save()


def _unpublish(world):
    fresh(world.other_service).unpublish()


def fresh(obj):
    """The row as it is now (a test may not rely on the module's objects in memory)."""
    return type(obj).objects.get(pk=obj.pk)


def _rename_category(world):
    category = fresh(world.category)
    category.name_en = "Everyday help"
    category.save()


def _rename_group(world):
    group = fresh(world.group)
    group.name_en = "Grown-ups"
    group.save()


def _rename_community(world):
    community = fresh(world.community)
    community.name_en = "Old Town"
    community.save()


def _menu_link(world):
    navigation, _ = NavigationSettings.objects.get_or_create(site_id=home_page().get_site().pk)
    HeaderLink.objects.create(settings=navigation, page=world.about, label_en="Who we are")


def _organisation_name(world):
    site_settings = SiteSettings.objects.get(site=home_page().get_site())
    site_settings.organisation_name_en = "Harbour Community Centre"
    site_settings.save()


def _branch_hours(world):
    window = BranchSchedule.objects.get(branch=world.branch)
    window.start_time = datetime.time(9, 30)
    window.save()


def _branch_hours_deleted(world):
    BranchSchedule.objects.filter(branch=world.branch).get().delete()


def _branch_closed_today(world):
    BranchException.objects.create(
        branch=world.branch,
        date=MONDAY.date(),
        kind="cancelled",
        reason_el="Απεργία",
        reason_en="Strike",
    )


def _stop_visit_time(world):
    visit = StopSchedule.objects.get(stop=world.stop)
    visit.start_time = datetime.time(10, 15)
    visit.save()


def _stop_visit_cancelled(world):
    StopException.objects.create(
        stop=world.stop, date=datetime.date(2027, 1, 12), kind="cancelled", reason_en="Van repair"
    )


def _stop_extra_visit(world):
    StopException.objects.create(
        stop=world.stop,
        date=datetime.date(2027, 1, 12),
        kind="extra",
        start_time=datetime.time(17, 0),
        end_time=datetime.time(18, 0),
        reason_en="Evening visit",
    )


def _stop_renamed(world):
    stop = fresh(world.stop)
    stop.name_en = "Liberty Square"
    stop.save()


def _stop_deleted(world):
    fresh(world.stop).delete()


def _offering_added(world):
    Offering.objects.create(service=world.other_service, branch=world.branch)


def _offering_deleted(world):
    Offering.objects.filter(service=world.service, branch=world.branch).delete()


def _page_moved(world):
    about = ContentPage.objects.get(pk=world.about.pk)
    parent = make_content_page(slug={"el": "nea", "en": "news"}, title={"el": "Νέα", "en": "News"})
    about.move(parent, pos="last-child")


def _page_deleted(world):
    ContentPage.objects.get(pk=world.about.pk).delete()


CHANGES = [
    # (name, change, page, shown before, shown after)
    ("page published", _publish_title, "service", "Family support", "Family counselling"),
    ("page saved", _save_title_directly, "about", ">About<", "About the centre"),
    ("page unpublished", _unpublish, "services", "Legal help", None),
    ("category renamed", _rename_category, "services", "Στήριξη", "Everyday help"),
    ("target group renamed", _rename_group, "service", "Ενήλικες", "Grown-ups"),
    ("community renamed", _rename_community, "places", "Centre", "Old Town"),
    ("menu edited", _menu_link, "home", None, "Who we are"),
    ("settings edited", _organisation_name, "branch", None, "Harbour Community Centre"),
    ("branch hours saved", _branch_hours, "branch", "08:00", "09:30"),
    ("branch hours deleted", _branch_hours_deleted, "branch", "Open today", None),
    ("branch closure saved", _branch_closed_today, "branch", "Open today", "Strike"),
    ("stop visit saved", _stop_visit_time, "stop", "10:00", "10:15"),
    ("stop visit cancelled", _stop_visit_cancelled, "stop", None, "Van repair"),
    ("stop extra visit", _stop_extra_visit, "unit", None, "17:00"),
    ("stop renamed", _stop_renamed, "unit", "Freedom Square", "Liberty Square"),
    ("stop deleted", _stop_deleted, "places", "Freedom Square", None),
    ("offering added", _offering_added, "branch", None, "Legal help"),
    ("offering deleted", _offering_deleted, "branch", "Family support", None),
]


@pytest.mark.parametrize(
    ("change", "which", "before", "after"),
    [pytest.param(*row[1:], id=row[0]) for row in CHANGES],
)
def test_the_next_anonymous_request_shows_the_change(
    client, world, monday, change, which, before, after
):
    url = url_of(world, which)
    hit = cached(client, url)
    if before is not None:
        assert before in text(hit)
    if after is not None:
        assert after not in text(hit)

    change(world)

    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    if after is not None:
        assert after in text(response)
    else:
        assert before not in text(response)
    assert response.content == client.get(url).content  # and it is cached again


def test_a_moved_page_leaves_its_old_address(client, world, monday):
    url = url_of(world, "about")
    cached(client, url)
    _page_moved(world)
    response = client.get(url)
    assert response.status_code == 301  # Wagtail's automatic redirect
    assert response["Location"] == "/en/news/about/"


def test_a_deleted_page_is_gone(client, world, monday):
    url = url_of(world, "about")
    cached(client, url)
    _page_deleted(world)
    assert client.get(url).status_code == 404


def test_a_moved_page_answers_at_its_new_address_in_every_language(client, world, monday):
    _page_moved(world)
    for language in LANGUAGES:
        about = ContentPage.objects.get(pk=world.about.pk)
        with translation.override(language):
            assert client.get(about.url).status_code == 200


def test_a_feed_changes_with_its_schedule_and_the_old_etag_no_longer_matches(client, world, monday):
    url = url_of(world, "feed")
    old = cached(client, url)
    _stop_visit_time(world)
    response = client.get(url, HTTP_IF_NONE_MATCH=old["ETag"])
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
    assert response["ETag"] != old["ETag"]
    assert b"T101500" in response.content
    assert client.get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_a_stop_feed_is_built_once_per_change(client, world, monday, django_assert_num_queries):
    url = f"/en/ical/stops/{world.stop.pk}.ics"
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        again = client.get(url)
    assert again.content == first.content
    assert again["Content-Disposition"] == first["Content-Disposition"]


# --- Dates and the clock --------------------------------------------------------------------


def test_today_moves_at_midnight(client, world):
    url = url_of(world, "branch")
    with time_machine.travel(datetime.datetime(2027, 1, 15, 23, 50, tzinfo=ATHENS), tick=False):
        assert "Open today" in text(cached(client, url))  # Friday
    with time_machine.travel(datetime.datetime(2027, 1, 16, 0, 1, tzinfo=ATHENS), tick=False):
        saturday = client.get(url)
    assert saturday["X-Page-Cache"] == "miss"
    assert "Closed today" in text(saturday)


@pytest.mark.parametrize("which", ["unit", "stop", "home", "calendar"])
def test_a_visit_that_has_ended_leaves_the_cached_page(client, world, which):
    url = url_of(world, which)
    if which == "calendar":
        url += "?view=list"
    this_morning = 'datetime="2027-01-11T10:00'
    with time_machine.travel(datetime.datetime(2027, 1, 11, 10, 30, tzinfo=ATHENS), tick=False):
        during = cached(client, url)
    with time_machine.travel(datetime.datetime(2027, 1, 11, 10, 38, tzinfo=ATHENS), tick=False):
        assert client.get(url)["X-Page-Cache"] == "hit"
    with time_machine.travel(datetime.datetime(2027, 1, 11, 11, 1, tzinfo=ATHENS), tick=False):
        after = client.get(url)
    assert after["X-Page-Cache"] == "miss"
    if which == "calendar":  # the day stays; its "book" link goes
        assert text(during).count("/booking/") > text(after).count("/booking/")
    else:
        assert this_morning in text(during)
        assert this_morning not in text(after)


def test_an_answer_that_expires_in_the_past_is_not_stored(rf, world, monday):

    def view(request):
        page_cache.expires_at(datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))
        return HttpResponse("gone")

    middleware = page_cache.PageCacheMiddleware(view)
    assert middleware(rf.get("/en/anything/"))["X-Page-Cache"] == "skip"


# --- What must not empty the cache -----------------------------------------------------------


def test_bookings_feeds_and_sign_ins_leave_the_generation_alone(
    client, world, monday, django_user_model
):

    pages = {which: cached(client, url_of(world, which)).content for which in PAGE_KINDS}
    generation = page_cache.current_generation()

    slot = free_slots(world.service)[0]
    appointment, _token = reservations.book(
        service=world.service, slot_key=slot.key, details=citizen()
    )
    reservations.cancel(appointment, notify=False)
    client.get(f"/en/ical/stops/{world.stop.pk}.ics")
    client.get(f"/el/ical/branches/{world.branch.pk}.ics")
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    login_staff(client.__class__(), editor)

    assert page_cache.current_generation() == generation
    anonymous = client.__class__()
    for which, content in pages.items():
        again = anonymous.get(url_of(world, which))
        assert again["X-Page-Cache"] == "hit", which
        assert again.content == content, which


def test_a_draft_does_not_empty_the_cache(client, world, monday):
    generation = page_cache.current_generation()
    page = ContentPage.objects.get(pk=world.about.pk)
    page.title_en = "Draft title"
    page.save_revision()
    assert page_cache.current_generation() == generation
    assert "Draft title" not in text(client.get(url_of(world, "about")))


def test_clear_page_cache_command_makes_every_page_stale(client, world, monday):

    url = url_of(world, "home")
    cached(client, url)
    call_command("clear_page_cache", stdout=io.StringIO())
    assert client.get(url)["X-Page-Cache"] == "miss"


# --- Redis: down, and shared by workers ----------------------------------------------------------


def test_with_redis_down_pages_are_served_uncached(client, world, monday, redis_down):
    for _ in range(2):
        response = client.get(url_of(world, "branch"))
        assert response.status_code == 200
        assert response["X-Page-Cache"] == "skip"
    page_cache.content_changed()  # a change while Redis is down does not fail the save


def test_the_calendar_folds_a_day_at_midnight_and_its_next_visit_moves_when_it_ends(client, world):
    """The calendar opens on today: what it folds moves at midnight, its 'Next visit' box
    when that visit ends (a daily 10:00–11:00 visit here)."""
    url = url_of(world, "calendar")

    def next_visit(response):
        box = text(response).split('<section class="next-visit"', 1)[1].split("</section>", 1)[0]
        return re.search(r'<time datetime="([\d-]+)">', box).group(1)

    with time_machine.travel(datetime.datetime(2027, 1, 11, 10, 30, tzinfo=ATHENS), tick=False):
        during = cached(client, url)
    assert next_visit(during) == "2027-01-11"
    assert "Earlier this month: 8 visits" in text(during)  # 1 and 6 January are holidays
    with time_machine.travel(datetime.datetime(2027, 1, 11, 11, 1, tzinfo=ATHENS), tick=False):
        after = client.get(url)
    assert after["X-Page-Cache"] == "miss"
    assert next_visit(after) == "2027-01-12"
    assert "Earlier this month: 8 visits" in text(after)  # today's visit stays in the list
    with time_machine.travel(datetime.datetime(2027, 1, 11, 23, 55, tzinfo=ATHENS), tick=False):
        cached(client, url)
    with time_machine.travel(datetime.datetime(2027, 1, 12, 0, 1, tzinfo=ATHENS), tick=False):
        tuesday = client.get(url)
    assert tuesday["X-Page-Cache"] == "miss"
    assert "Earlier this month: 9 visits" in text(tuesday)
