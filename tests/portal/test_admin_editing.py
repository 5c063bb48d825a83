"""An editor creates a page with four-language fields in the Wagtail admin."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

import pytest

from portal.models import ContentPage
from tests.helpers import login_staff

TITLES = {
    "el": "Ψυχοκοινωνική στήριξη",
    "en": "Psychosocial support",
    "ar": "الدعم النفسي والاجتماعي",
    "fa": "حمایت روانی و اجتماعی",
}
SLUGS = {
    "el": "psychokoinoniki-stirixi",
    "en": "psychosocial-support",
    "ar": "الدعم-النفسي",
    "fa": "حمایت-روانی",
}
BODIES = {
    "el": "Συνεδρίες με ψυχολόγο.",
    "en": "Sessions with a psychologist.",
    "ar": "جلسات مع أخصائي نفسي.",
    "fa": "جلسه با روان‌شناس.",
}


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    return user


def test_editor_creates_a_four_language_page_that_is_served_in_each_language(client, home, editor):
    login_staff(client, editor)
    add_url = reverse("wagtailadmin_pages:add", args=["portal", "contentpage", home.pk])
    form_page = client.get(add_url)
    assert form_page.status_code == 200
    # The editor sees one field per language for every translated field.
    for lang in TITLES:
        assert f'name="title_{lang}"' in form_page.content.decode()
        assert f'name="slug_{lang}"' in form_page.content.decode()

    data = querydict_from_html(form_page.content.decode(), form_id="page-edit-form")
    for lang in TITLES:
        data[f"title_{lang}"] = TITLES[lang]
        data[f"slug_{lang}"] = SLUGS[lang]
        data[f"intro_{lang}"] = f"intro-{lang}"
    data.update(
        nested_form_data(
            {
                f"body_{lang}": streamfield([("paragraph", rich_text(f"<p>{BODIES[lang]}</p>"))])
                for lang in TITLES
            }
        )
    )
    data["action-publish"] = "action-publish"

    response = client.post(add_url, data)

    assert response.status_code == 302, response.context["form"].errors
    page = ContentPage.objects.get(slug_el=SLUGS["el"])
    assert page.live
    client.logout()
    for lang in TITLES:
        with translation.override(lang):
            url = page.get_url_parts()[2]
        assert url.startswith(f"/{lang}/")
        response = client.get(url)
        assert response.status_code == 200
        content = response.content.decode()
        assert f"<h1>{TITLES[lang]}</h1>" in content
        assert BODIES[lang] in content
        assert f'<p class="lead">intro-{lang}</p>' in content


def test_greek_title_is_required_but_other_languages_are_optional(client, home, editor):
    login_staff(client, editor)
    add_url = reverse("wagtailadmin_pages:add", args=["portal", "contentpage", home.pk])
    data = querydict_from_html(client.get(add_url).content.decode(), form_id="page-edit-form")
    data["title_en"] = "Only English"
    data["slug_en"] = "only-english"
    data.update(nested_form_data({f"body_{lang}": streamfield([]) for lang in TITLES}))
    data["action-publish"] = "action-publish"

    response = client.post(add_url, data)

    assert response.status_code == 200
    assert "title_el" in response.context["form"].errors
    assert not ContentPage.objects.filter(slug_en="only-english").exists()
