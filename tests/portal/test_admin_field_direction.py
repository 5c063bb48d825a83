"""Translated fields in the editor carry their language and direction; stops show their
names; the language picker's label is in the admin's language (issue 11, item 9)."""

import json
import re

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

import pytest

from tests import builders as b
from tests.helpers import login_staff


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    login_staff(client, user)
    return user


def tag(html, name):
    match = re.search(rf'<(?:input|textarea)[^>]*\bname="{re.escape(name)}"[^>]*>', html)
    assert match, f"no field {name}"
    return match.group(0)


@pytest.mark.parametrize("admin_language", ["el", "ar"])
def test_each_language_field_says_its_language_and_direction(client, editor, home, admin_language):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = admin_language
    profile.save()
    unit = b.publish(b.mobile_unit())
    b.stop(unit, "Κέντρο Υγείας Νίκαιας", names={"el": "Κέντρο Υγείας Νίκαιας", "ar": "مركز صحي"})

    html = client.get(reverse("wagtailadmin_pages:edit", args=[unit.pk])).content.decode()

    for name, language, direction in [
        ("title_ar", "ar", "rtl"),
        ("title_fa", "fa", "rtl"),
        ("title_el", "el", "ltr"),
        ("intro_fa", "fa", "rtl"),
        ("intro_en", "en", "ltr"),
        ("stops-0-name_ar", "ar", "rtl"),
        ("stops-0-directions_fa", "fa", "rtl"),
        ("stops-0-name_el", "el", "ltr"),
    ]:
        field = tag(html, name)
        assert f'lang="{language}"' in field, field
        assert f'dir="{direction}"' in field, field
    # Not translated: no language of its own.
    assert "lang=" not in tag(html, "phone")
    # The stop's panel is headed with its name in the admin's language (Greek fallback).
    expected = "مركز صحي" if admin_language == "ar" else "Κέντρο Υγείας Νίκαιας"
    assert re.search(rf'w-inline-child-name">: {expected}</span>', html)


def test_rich_text_editors_get_their_direction(client, editor, home):
    service = b.publish(b.service())

    html = client.get(reverse("wagtailadmin_pages:edit", args=[service.pk])).content.decode()

    field = tag(html, "what_to_bring_fa")
    assert 'lang="fa"' in field and 'dir="rtl"' in field
    options = json.loads(
        re.search(r'data-w-init-detail-value="([^"]*)"', field).group(1).replace("&quot;", '"')
    )
    assert options["textDirectionality"] == "RTL"
    assert '"textDirectionality": "LTR"' in tag(html, "what_to_bring_el").replace("&quot;", '"')


@pytest.mark.parametrize("language", ["el", "ar", "fa"])
def test_the_language_picker_label_is_in_the_admin_language(client, editor, home, language):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    unit = b.publish(b.mobile_unit())
    with translation.override(language):
        label = translation.gettext("View / edit fields for")
    assert label != "View / edit fields for"

    html = client.get(reverse("wagtailadmin_pages:edit", args=[unit.pk])).content.decode()

    assert f"viewEditString: '{label}'" in html
    assert "portal/css/admin-language-picker" in html
    assert "portal/js/admin-fields" in html
