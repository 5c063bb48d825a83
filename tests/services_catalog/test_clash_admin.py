"""Overlapping visits in the page editor: named on save, publishing refused unless confirmed."""

import datetime
import re

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

from wagtail.test.utils.form_data import querydict_from_html
from wagtail.users.models import UserProfile

import pytest

from services_catalog.models import MobileUnitPage
from tests import builders as b
from tests.clock import SUNDAY

pytestmark = pytest.mark.clock(SUNDAY)

D = datetime.date
CLASH_DAY = D(2027, 2, 2)  # the first Tuesday ahead of the pinned Sunday, 10 January 2027


@pytest.fixture
def clashing_unit(db, home):
    """A van due at two stops at once on every first Tuesday (published before the clash)."""
    unit = b.mobile_unit()
    b.stop(unit, "Κέντρο Υγείας Νίκαιας", rule="RRULE:FREQ=WEEKLY;BYDAY=TU")
    unit = b.publish(unit)
    b.stop(unit, "Πλατεία Ειρήνης", rule="RRULE:FREQ=MONTHLY;BYDAY=+1TU", start="12:00")
    return unit


def form_data(client, unit, action):
    url = reverse("wagtailadmin_pages:edit", args=[unit.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data[action] = action
    return url, data


def messages_text(response):
    return " ".join(str(m) for m in get_messages(response.wsgi_request))


@pytest.mark.parametrize("language", ["el", "ar"])
def test_publishing_overlapping_visits_is_refused_naming_the_stops_and_dates(
    client, editor, clashing_unit, language
):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    url, data = form_data(client, clashing_unit, "action-publish")
    revision = MobileUnitPage.objects.get(pk=clashing_unit.pk).live_revision_id

    response = client.post(url, data)

    assert response.status_code == 200
    html = response.content.decode()
    with translation.override(language):
        day = date_format(CLASH_DAY, "l j E Y")
        confirm = translation.gettext("I know; publish anyway")
    if language != "el":
        assert confirm != "I know; publish anyway"
    text = messages_text(response)
    # Each name isolated, so a Greek name keeps its order inside an Arabic sentence.
    assert "\u2068Κέντρο Υγείας Νίκαιας\u2069" in text and "\u2068Πλατεία Ειρήνης\u2069" in text
    assert day in text, text
    # The checkbox appears with the overlaps; nothing was published.
    assert re.search(r'<input type="checkbox" name="publish_despite_clashes"', html)
    assert confirm in html
    assert day in html
    unit = MobileUnitPage.objects.get(pk=clashing_unit.pk)
    assert unit.live_revision_id == revision
    assert unit.stops.count() == 2  # the second stop was saved before, straight into the table
    assert not unit.revisions.filter(pk__gt=revision).exists()


def test_publishing_is_accepted_once_the_editor_confirms(client, editor, clashing_unit):
    url, data = form_data(client, clashing_unit, "action-publish")
    data["publish_despite_clashes"] = "on"

    response = client.post(url, data)

    assert response.status_code == 302
    unit = MobileUnitPage.objects.get(pk=clashing_unit.pk)
    assert unit.stops.count() == 2
    assert not unit.has_unpublished_changes


def test_a_draft_is_saved_with_a_warning_that_names_the_dates(client, editor, clashing_unit):
    url, data = form_data(client, clashing_unit, "action-save-draft")
    data.pop("action-publish", None)

    response = client.post(url, data)

    assert response.status_code == 302
    text = messages_text(response)
    with translation.override("el"):
        assert date_format(CLASH_DAY, "l j E Y") in text
    assert "Πλατεία Ειρήνης" in text
    assert MobileUnitPage.objects.get(pk=clashing_unit.pk).has_unpublished_changes


def test_an_autosaved_draft_leaves_no_warning_for_a_later_page(client, editor, clashing_unit):
    url, data = form_data(client, clashing_unit, "action-save-draft")

    response = client.post(url, data, HTTP_ACCEPT="application/json")

    assert response.status_code == 200 and response.json()["success"]
    assert messages_text(response) == ""


def test_the_form_sees_an_unsaved_row_that_clashes(client, editor, db, home):
    """A visit changed in the form (not yet saved) is what is checked."""
    unit = b.mobile_unit()
    b.stop(unit, "Κέντρο Υγείας Νίκαιας", rule="RRULE:FREQ=WEEKLY;BYDAY=TU")
    b.stop(unit, "Πλατεία Ειρήνης", rule="RRULE:FREQ=WEEKLY;BYDAY=TU", start="14:00", end="15:00")
    unit = b.publish(unit)
    url, data = form_data(client, unit, "action-publish")
    assert client.post(url, data).status_code == 302  # 10:00–13:30 and 14:00: no overlap

    url, data = form_data(client, unit, "action-publish")
    data["stops-1-visits-0-start_time"] = "13:00"
    response = client.post(url, data)

    assert response.status_code == 200
    with translation.override("el"):
        assert date_format(D(2027, 1, 12), "l j E Y") in messages_text(response)


def test_without_overlaps_there_is_no_checkbox(client, editor, db, home):
    unit = b.publish(b.mobile_unit())
    b.stop(unit, "Κέντρο Υγείας Νίκαιας")

    html = client.get(reverse("wagtailadmin_pages:edit", args=[unit.pk])).content.decode()

    assert "publish_despite_clashes" not in html
