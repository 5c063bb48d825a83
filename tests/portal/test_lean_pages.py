"""Lean pages when the page cache has no entry (issue 10, item 2).

A page the cache has not stored yet costs at most ten queries, and the
count does not grow with the data: three times the services, branches,
vans and stops, the same queries. What makes that possible (the memoised
site, slug map, private sections, menus and settings of portal.content_memo)
must never show something stale: a section made private, a slug renamed, a
page unpublished, a menu or setting edited is right on the next request.
"""

import datetime

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import PageViewRestriction, get_page_models

import pytest
import time_machine

from portal import content_memo, page_cache
from portal.models import ContentPage, FooterLink, NavigationSettings, SiteSettings
from portal.view_restrictions import PortalPageManager, RestrictionsFromMemo
from services_catalog.models import ServicePage
from tests import builders as b
from tests.builders import home_page, make_content_page
from tests.helpers import as_if_committed

pytestmark = pytest.mark.django_db

MONDAY = datetime.datetime(2027, 1, 11, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
QUERY_BUDGET = 10
DAILY = "RRULE:FREQ=DAILY"


@pytest.fixture
def monday():
    with time_machine.travel(MONDAY, tick=False) as traveller:
        yield traveller


def add_places_and_services(copies):
    """`copies` more of everything a public page lists."""
    centre = b.community(f"lean-{copies}", "Κέντρο")
    for _ in range(copies):
        branch = b.branch(community_obj=centre)
        unit = b.mobile_unit()
        for _stop in range(3):
            b.stop(unit, community_obj=centre, rule=DAILY)
        b.service(branches=[branch], units=[unit], show_on_home_page=True)


def urls():
    unit = b.mobile_unit()
    stop = b.stop(unit, rule=DAILY)
    service = ServicePage.objects.live().first()
    calendar = b.calendar_page()
    return {
        "home": "/en/",
        "home ar": "/ar/",
        "service": b.url(service, "en"),
        "services filtered": b.url(b.services_index(), "en") + "?category=support",
        "places": b.url(b.places_index(), "en"),
        "branch": b.url(b.branch(), "en"),
        "unit": b.url(unit, "en"),
        "stop": b.stop_url(stop, "en"),
        "calendar month": b.url(calendar, "en"),
        "calendar list": b.url(calendar, "en") + "?view=list",
    }


def measured(client, pages):
    for url in pages.values():
        client.get(url)  # settings and menus a first visit creates
    as_if_committed()
    return {name: queries_without_an_entry(client, url) for name, url in pages.items()}


def queries_without_an_entry(client, url):
    """Queries of `url` when its page-cache entry is gone but the site has been served before."""
    client.get(url)  # the memoised facts are built (once per content change)
    page_cache._cache().delete(page_cache.entry_key_for_url(f"http://testserver{url}"))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    assert response["X-Page-Cache"] == "miss", url
    return len(queries)


def test_each_public_page_stays_within_the_budget_and_does_not_grow_with_the_data(client, monday):
    add_places_and_services(1)
    pages = urls()
    small = measured(client, pages)

    add_places_and_services(3)
    large = measured(client, pages)

    over = {name: count for name, count in small.items() if count > QUERY_BUDGET}
    assert not over, f"over {QUERY_BUDGET} queries: {over}"
    assert large == small


def test_a_section_made_private_leaves_every_list_and_its_page_asks_for_a_sign_in(client, monday):
    add_places_and_services(1)
    service = ServicePage.objects.live().first()
    index_url = b.url(b.services_index(), "en")
    service_url = b.url(service, "en")
    assert service.title_en in client.get(index_url).content.decode()
    assert client.get(service_url).status_code == 200

    restriction = PageViewRestriction.objects.create(
        page=service, restriction_type=PageViewRestriction.LOGIN
    )

    assert service.title_en not in client.get(index_url).content.decode()
    assert client.get(service_url).status_code == 302  # to the sign-in page
    assert service not in ServicePage.objects.live().public()

    restriction.delete()

    assert service.title_en in client.get(index_url).content.decode()
    assert client.get(service_url).status_code == 200


@pytest.mark.parametrize("language", ["el", "en", "ar", "fa"])
def test_pages_are_found_by_their_slug_in_each_language(client, monday, language):
    page = make_content_page(
        slug={"el": "sxetika", "en": "about", "ar": "حول", "fa": "درباره"},
        title={"el": "Σχετικά", "en": "About", "ar": "حول", "fa": "درباره"},
    )
    child = make_content_page(
        page,
        slug={"el": "omada", "en": "team", "ar": "الفريق", "fa": "گروه"},
        title={"el": "Η ομάδα", "en": "The team", "ar": "الفريق", "fa": "گروه ما"},
    )
    with translation.override(language):
        expected = child.title
    response = client.get(b.url(child, language))
    assert response.status_code == 200
    assert expected in response.content.decode()
    assert client.get(f"/{language}/no-such-page/").status_code == 404
    assert client.get(b.url(page, language) + "no-such-child/").status_code == 404


def test_a_renamed_slug_answers_at_the_new_address_and_not_at_the_old(client, monday):
    page = make_content_page(
        slug={"el": "palio", "en": "old"}, title={"el": "Σελίδα", "en": "Page"}
    )
    old_url = b.url(page, "en")
    assert client.get(old_url).status_code == 200

    page.slug_en = "new"
    page.save_revision().publish()

    new_url = b.url(ContentPage.objects.get(pk=page.pk), "en")
    assert new_url.endswith("/new/")
    assert client.get(old_url).status_code == 404
    assert client.get(new_url).status_code == 200


def test_an_unpublished_page_is_gone_and_republished_it_is_back(client, monday):
    page = make_content_page(slug={"el": "nea", "en": "news"}, title={"el": "Νέα", "en": "News"})
    address = b.url(page, "en")
    assert client.get(address).status_code == 200

    page.unpublish()
    assert client.get(address).status_code == 404

    b.publish(page)
    assert client.get(address).status_code == 200


def test_a_stop_page_and_an_unknown_stop_under_a_mobile_unit(client, monday):
    unit = b.mobile_unit()
    stop = b.stop(unit, names={"el": "Πλατεία", "en": "Market Square"}, rule=DAILY)
    assert "Market Square" in client.get(b.stop_url(stop, "en")).content.decode()
    assert client.get(b.url(unit, "en") + "stops/999999/").status_code == 404


def test_menus_and_settings_edited_show_on_the_next_request_with_the_cache_off(client, monday):
    """Without the page cache there is no generation: nothing is memoised, nothing stale."""
    site = home_page().get_site()
    with override_settings(PAGE_CACHE_ENABLED=False):
        client.get("/en/")
        navigation, _ = NavigationSettings.objects.get_or_create(site=site)
        FooterLink.objects.create(
            settings=navigation, url="https://example.org/", label_en="Partners"
        )
        settings_row, _ = SiteSettings.objects.get_or_create(site=site)
        settings_row.organisation_name_en = "Harbour Community Centre"
        settings_row.save()

        page = client.get("/en/").content.decode()
    assert "Partners" in page
    assert "Harbour Community Centre" in page


def test_each_caller_gets_its_own_copy_of_the_settings(client, monday):
    """Wagtail's settings form edits the instance `for_site` returns: a failed edit stays there."""
    site = home_page().get_site()
    SiteSettings.objects.get_or_create(site=site, defaults={"organisation_name": "Κέντρο"})
    first = SiteSettings.for_site(site)
    first.organisation_name = "Not saved"
    assert SiteSettings.for_site(site).organisation_name != "Not saved"


def test_every_page_type_of_the_portal_uses_the_memoised_restrictions():
    """A new page type without them would cost queries again (README, "Lean pages")."""
    ours = [
        model
        for model in get_page_models()
        if model._meta.app_label in {"portal", "services_catalog", "booking"}
    ]
    assert ours
    for model in ours:
        assert isinstance(model.objects, PortalPageManager), model
        assert issubclass(model, RestrictionsFromMemo), model


def test_values_are_kept_per_generation_and_never_while_a_change_is_uncommitted():
    built = []

    def build():
        built.append(len(built) + 1)
        return built[-1]

    make_content_page(slug={"el": "dokimi", "en": "probe"}, title={"el": "Δοκιμή", "en": "Probe"})
    # The change may still be rolled back: what is read now is not kept.
    assert [content_memo.memoised("probe", build) for _ in range(2)] == [1, 2]

    as_if_committed()
    assert [content_memo.memoised("probe", build) for _ in range(2)] == [3, 3]

    page_cache.bump()  # any change a public page can show
    assert [content_memo.memoised("probe", build) for _ in range(2)] == [4, 4]
