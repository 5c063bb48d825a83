"""`load_demo` builds a four-language site and is idempotent."""

import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Revision

import pytest

from booking.demo import FRONT_DESK_PASSWORD, FRONT_DESK_USERNAME
from portal.demo.site import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME
from portal.models import ContentPage, HomePage, NavigationSettings, SiteSettings
from tests.helpers import login_staff

LANGUAGES = ("el", "en", "ar", "fa")


def snapshot():
    pages = [
        (
            page.pk,
            page.path,
            page.live,
            *(getattr(page, f"title_{lang}") for lang in LANGUAGES),
            *(getattr(page, f"slug_{lang}") for lang in LANGUAGES),
            *(getattr(page, f"url_path_{lang}") for lang in LANGUAGES),
        )
        for page in Page.objects.order_by("path")
    ]
    bodies = [
        tuple(str(getattr(page, f"body_{lang}").raw_data) for lang in LANGUAGES)
        for page in ContentPage.objects.order_by("path")
    ]
    settings = [
        (s.organisation_name_el, s.organisation_name_ar, s.phone, s.privacy_page_id)
        for s in SiteSettings.objects.all()
    ]
    menus = [
        [(link.page_id, link.sort_order) for link in n.header_links.all()]
        + [(link.page_id, link.sort_order) for link in n.footer_links.all()]
        for n in NavigationSettings.objects.all()
    ]
    return pages, bodies, settings, menus, Revision.objects.count()


@pytest.fixture
def demo(db):
    call_command("load_demo", skip_index=True, stdout=StringIO())


def test_running_load_demo_twice_changes_nothing(demo):
    first = snapshot()

    output = StringIO()
    call_command("load_demo", skip_index=True, stdout=output)

    assert snapshot() == first
    assert "password" in output.getvalue()


def test_demo_content_is_complete_in_every_language(demo):
    pages = Page.objects.filter(depth__gt=1).specific()
    assert HomePage.objects.count() == 1
    assert ContentPage.objects.count() >= 6
    for page in pages:
        for lang in LANGUAGES:
            assert getattr(page, f"title_{lang}"), f"{page.title_el}: no {lang} title"
            assert getattr(page, f"slug_{lang}"), f"{page.title_el}: no {lang} slug"
        if isinstance(page, ContentPage):
            for lang in LANGUAGES:
                assert len(getattr(page, f"body_{lang}")) > 0, f"{page.title_el}: no {lang} body"
    settings = SiteSettings.objects.get()
    for lang in LANGUAGES:
        assert getattr(settings, f"organisation_name_{lang}")
        assert getattr(settings, f"address_{lang}")
    assert settings.privacy_page.live and settings.accessibility_page.live
    navigation = NavigationSettings.objects.get()
    assert navigation.header_links.count() >= 3
    assert navigation.footer_links.count() >= 2


def test_demo_faq_questions_render(client, demo):
    faq_page = next(
        page
        for page in ContentPage.objects.all()
        if any(block.block_type == "faq" for block in page.body_el)
    )
    faq = next(block for block in faq_page.body_el if block.block_type == "faq")
    first_question = faq.value["questions"][0]["question"]

    html = client.get(faq_page.url).content.decode()

    assert f"<summary>{first_question}</summary>" in html
    assert "<summary>None</summary>" not in html


def test_demo_site_is_served_in_every_language(client, demo):
    for lang in LANGUAGES:
        response = client.get(f"/{lang}/")
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{lang}"' in html
        if lang != "el":
            # Fully translated: nothing falls back to Greek (only the switcher's
            # own link to the Greek site is marked lang="el", and the Greek of an
            # address, isolated on purpose: portal.bidi).
            body = html.split("<body", 1)[1]
            body = re.sub(r'<bdi dir="ltr" lang="el"', "<bdi", body)
            assert re.findall(r'(?<!href)lang="el"(?! hreflang)', body) == []


def test_demo_creates_an_admin_who_can_log_in_and_is_asked_to_set_up_an_app(client, demo):
    output = StringIO()
    call_command("load_demo", skip_index=True, stdout=output)
    signed_in = client.post(
        "/admin/login/", {"username": DEMO_ADMIN_USERNAME, "password": DEMO_ADMIN_PASSWORD}
    )

    assert signed_in.status_code == 302
    assert client.get("/admin/").url.startswith("/admin/2fa/setup/")
    assert "authenticator app" in output.getvalue()


def test_the_demo_front_desk_user_signs_in_and_sees_appointments_after_the_code(client, demo):
    assert (
        client.post(
            "/admin/login/", {"username": FRONT_DESK_USERNAME, "password": FRONT_DESK_PASSWORD}
        ).status_code
        == 302
    )
    assert client.get("/admin/appointments/").status_code == 302

    login_staff(client, get_user_model().objects.get(username=FRONT_DESK_USERNAME))
    assert client.get("/admin/appointments/").status_code == 200
