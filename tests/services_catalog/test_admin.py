"""The catalogue in the Wagtail admin: schedule preview, recurrence widget, inline stops."""

import datetime
import json
import re

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from wagtail.test.utils.form_data import querydict_from_html

import pytest
import recurrence

from services_catalog.models import Stop, StopSchedule
from services_catalog.schedule_text import describe_window
from tests import builders as b
from tests.clock import SUNDAY
from tests.helpers import set_admin_language

pytestmark = pytest.mark.clock(SUNDAY)


def preview(html):
    """Previews of saved schedules (the empty row template has only a hint)."""
    panels = re.findall(r'<div class="schedule-preview">.*?</div>', html, re.S)
    return [panel for panel in panels if "<ol>" in panel]


@pytest.mark.parametrize("language", ["en", "el", "fa"])
def test_editor_sees_the_rule_in_words_in_the_admin_language_and_the_next_ten_dates(
    admin_client, unit_with_stop, language
):
    unit, _stop = unit_with_stop
    set_admin_language(get_user_model().objects.get(username="editor"), language)
    with translation.override(language):
        monthly = translation.gettext("monthly")
        tuesday = translation.gettext("Tuesday")
        first = translation.gettext("first %(weekday)s") % {"weekday": tuesday}
        hours = translation.gettext("%(start)s–%(end)s") % {"start": "10:00", "end": "13:30"}
    if language != "en":
        assert monthly != "monthly", f"'monthly' is not translated into {language}"

    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[unit.pk])).content.decode()

    (panel,) = preview(html)
    sentence = re.search(r"<strong>(.*?)</strong>", panel).group(1)
    assert sentence.startswith(monthly[:1].upper() + monthly[1:])
    assert first in sentence
    assert hours in sentence
    dates = re.findall(r"<li[^>]*>(.*?)</li>", panel, re.S)
    assert len(dates) == 10
    # 5 January is past on 10 January: the list starts at the third Tuesday.
    assert "19" in dates[0] and "2027" in dates[0]
    if language == "en":
        assert (
            sentence
            == "Monthly, on the first Tuesday, third Tuesday, 10:00–13:30 (from 1 January 2025)"
        )
        assert dates[0].strip() == "Tuesday 19 January 2027"


def test_preview_marks_a_date_skipped_for_a_public_holiday(admin_client, db, home):
    unit = b.mobile_unit()
    b.stop(unit, rule="RRULE:FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=14,15,16")
    unit = b.publish(unit)

    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[unit.pk])).content.decode()

    (panel,) = preview(html)
    assert re.search(r'<li class="skipped">[^<]*15[^<]*2027', panel)


def test_javascript_catalogue_translates_the_widget_in_greek_and_persian(client, db):
    for language in ("el", "fa"):
        response = client.get("/jsi18n/", HTTP_ACCEPT_LANGUAGE=language)
        catalogue = json.loads(
            re.search(r"const newcatalog = (\{.*?\});", response.content.decode(), re.S).group(1)
        )
        with translation.override(language):
            expected = translation.gettext("weekly")
        assert expected != "weekly"
        assert catalogue["weekly"] == expected


def test_saving_a_mobile_unit_in_the_admin_keeps_stop_and_visit_ids(admin_client, unit_with_stop):
    """Feed UIDs are built from these ids: an edit must not renumber them."""
    unit, stop = unit_with_stop
    visit = stop.visits.get()
    edit_url = reverse("wagtailadmin_pages:edit", args=[unit.pk])
    data = querydict_from_html(
        admin_client.get(edit_url).content.decode(), form_id="page-edit-form"
    )
    data["stops-0-visits-0-end_time"] = "14:00"
    data["action-publish"] = "action-publish"

    response = admin_client.post(edit_url, data)

    assert response.status_code == 302
    assert list(Stop.objects.filter(mobile_unit=unit).values_list("pk", flat=True)) == [stop.pk]
    visit.refresh_from_db()
    assert visit.end_time == datetime.time(14, 0)
    assert list(StopSchedule.objects.filter(stop=stop).values_list("pk", flat=True)) == [visit.pk]


def test_an_exclusion_rule_is_refused_with_a_clear_message(db, home):
    unit = b.mobile_unit()
    stop = b.stop(unit, rule=None)
    window = StopSchedule(
        stop=stop,
        **{
            **b.window_values(b.FIRST_AND_THIRD_TUESDAY),
            "recurrence": recurrence.deserialize(
                "RRULE:FREQ=WEEKLY;BYDAY=TU\nEXRULE:FREQ=MONTHLY;BYDAY=+1TU"
            ),
        },
    )

    with pytest.raises(ValidationError) as error:
        window.full_clean(exclude=["stop"])

    assert "recurrence" in error.value.message_dict


def test_end_before_start_and_until_before_from_are_refused(db, home):
    unit = b.mobile_unit()
    stop = b.stop(unit, rule=None)
    window = StopSchedule(
        stop=stop,
        **b.window_values(
            b.FIRST_AND_THIRD_TUESDAY,
            start="13:00",
            end="10:00",
            valid_from=datetime.date(2027, 2, 1),
            valid_until=datetime.date(2027, 1, 1),
        ),
    )

    with pytest.raises(ValidationError) as error:
        window.full_clean(exclude=["stop"])

    assert set(error.value.message_dict) >= {"end_time", "valid_until"}


def test_describe_window_in_english(db, home):
    unit = b.mobile_unit()
    stop = b.stop(unit, rule=b.FIRST_AND_THIRD_TUESDAY, valid_from=datetime.date(2027, 1, 1))

    with translation.override("en"):
        text = describe_window(stop.visits.get())

    assert text == "Monthly, on the first Tuesday, third Tuesday, 10:00–13:30 (from 1 January 2027)"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Monthly, on the 1st, 15th, "),
        ("el", "Μηνιαία, την 1η του μήνα, την 15η του μήνα, "),
        ("ar", "شهريًا، في اليوم 1، اليوم 15، "),
        ("fa", "ماهانه، روز 1 ماه، روز 15 ماه، "),
    ],
)
def test_days_of_the_month_are_written_the_languages_way(db, home, language, expected):
    """django-recurrence alone writes "1st, 15th" in every language."""
    stop = b.stop(b.mobile_unit(), rule="RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15")

    with translation.override(language):
        text = describe_window(stop.visits.get())

    assert text.startswith(expected), text


def test_catalogue_lists_are_edited_in_four_languages(admin_client):
    html = admin_client.get("/admin/snippets/services_catalog/community/add/").content.decode()

    for language in ("el", "en", "ar", "fa"):
        assert f'name="name_{language}"' in html
    with translation.override("el"):  # the admin's language when the user chose none
        menu_label = translation.gettext("Catalogue")
    html = admin_client.get("/admin/").content.decode()
    sidebar = json.loads(
        re.search(
            r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
        ).group(1)
    )
    assert menu_label in json.dumps(sidebar, ensure_ascii=False)
