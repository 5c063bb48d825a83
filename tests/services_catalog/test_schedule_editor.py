"""The admin's schedule editor: native controls in, the same django-recurrence rule out.

Item 7 of issue 11. The editor must show every rule the centre uses and give
it back unchanged, refuse bad input in the admin's language without losing
what was typed, and its live preview must be staff-only, in the admin's
language, and never a 500.
"""

import re

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from django.utils.datastructures import MultiValueDict

from wagtail.test.utils.form_data import querydict_from_html

import bs4
import pytest
import recurrence

from services_catalog.models import StopSchedule
from services_catalog.schedule_editor import ScheduleChoice, ScheduleEditorWidget, ScheduleField
from services_catalog.schedule_text import describe_window
from services_catalog.schedules import local_date
from tests.clock import SUNDAY
from tests.helpers import login_staff, set_admin_language

pytestmark = pytest.mark.clock(SUNDAY)

NAME = "stops-0-visits-0-recurrence"


def submitted(html, form_id="f"):
    """What a browser would send for the form as rendered (defaults, checked boxes).

    Wagtail's `querydict_from_html` keeps only the last of several inputs with
    one name; a browser sends them all (the editor's date inputs).
    """
    if form_id == "f":
        html = f'<form id="f">{html}</form>'
    data = querydict_from_html(html, form_id=form_id)
    form = bs4.BeautifulSoup(html, "html.parser").find("form", id=form_id)
    for name in {i["name"] for i in form.find_all("input", attrs={"name": DATE_INPUTS})}:
        inputs = form.find_all("input", attrs={"name": name})
        data.setlist(name, [i.get("value", "") for i in inputs])
    return data


DATE_INPUTS = re.compile(r"_(ex|r)dates$")


def post(client, url, data):
    """Post every value of every name (the test client's encoder keeps the last one)."""
    return client.post(url, dict(data.lists()))


def round_trip(rule):
    widget = ScheduleEditorWidget()
    html = widget.render(NAME, recurrence.deserialize(rule), {"id": "id_x"})
    value = ScheduleField().clean(widget.value_from_datadict(submitted(html), None, NAME))
    return html, value


@pytest.mark.parametrize(
    ("rule", "pattern"),
    [
        ("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "weekly"),
        ("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "weekly"),
        ("RRULE:FREQ=MONTHLY;BYDAY=+1TU,+3TU", "monthly-weekday"),
        ("RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR", "monthly-weekday"),
        ("RRULE:FREQ=MONTHLY;BYDAY=+2MO,+2WE,+4MO,+4WE", "monthly-weekday"),
        ("RRULE:FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1,15", "monthly-day"),
        ("RDATE:20270301T000000\nRDATE:20270315T000000", "dates"),
        (
            "RRULE:FREQ=WEEKLY;BYDAY=WE\nRDATE:20270302T000000\nEXDATE:20270303T000000",
            "weekly",
        ),
        # What the old widget stored: the browser's midnight in UTC.
        ("RRULE:FREQ=WEEKLY;BYDAY=WE\nEXDATE:20270302T220000Z", "weekly"),
        # Rules the controls cannot show are kept as they are.
        ("RRULE:FREQ=WEEKLY;COUNT=5;BYDAY=MO", "custom"),
        ("RRULE:FREQ=MONTHLY;BYDAY=+1TU,+3TH", "custom"),
        ("RRULE:FREQ=WEEKLY;BYDAY=MO\nRRULE:FREQ=MONTHLY;BYMONTHDAY=1", "custom"),
        ("RRULE:FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=14,15,16", "custom"),
    ],
)
def test_every_rule_comes_back_unchanged_through_the_editor(db, rule, pattern):
    html, value = round_trip(rule)

    checked = re.search(r'value="([^"]+)" checked>', html).group(1)
    assert checked == pattern
    expected = recurrence.deserialize(rule)
    assert value.rrules == expected.rrules or recurrence.serialize(value) == recurrence.serialize(
        expected
    )
    assert (
        recurrence.serialize(value).splitlines()[0]
        == recurrence.serialize(expected).splitlines()[0]
    )
    # Same dates, whatever the way the date was written.
    days = {d.date() for d in value.exdates} | {("r", d.date()) for d in value.rdates}
    assert days == {local_date(d) for d in expected.exdates} | {
        ("r", local_date(d)) for d in expected.rdates
    }


def test_every_control_has_a_label_and_groups_have_a_legend(db):
    html, _ = round_trip("RRULE:FREQ=WEEKLY;BYDAY=TU")

    ids = re.findall(r'<(?:input|select)[^>]* id="([^"]+)"', html)
    assert len(ids) > 40
    for control_id in ids:
        assert f'<label for="{control_id}">' in html, control_id
    assert html.count("<fieldset") == html.count("<legend")


def test_a_choice_made_in_the_controls_becomes_the_rule():
    choice = ScheduleChoice(freq="weekly", weekly_interval="2", weekdays=["3", "1"])

    assert recurrence.serialize(choice.to_recurrence()) == (
        "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"
    )
    choice = ScheduleChoice(
        freq="monthly-weekday", positions=["-1", "1"], month_weekdays=["4"], exdates=["2027-03-05"]
    )
    assert recurrence.serialize(choice.to_recurrence()).splitlines()[0] == (
        "RRULE:FREQ=MONTHLY;BYDAY=1FR,-1FR"
    )


@pytest.mark.parametrize("language", ["el", "ar", "fa"])
def test_bad_input_is_refused_in_the_admin_language_and_nothing_is_lost(db, language):
    widget = ScheduleEditorWidget()
    data = {
        f"{NAME}_freq": ["weekly"],
        f"{NAME}_weekly_interval": ["99"],
        f"{NAME}_exdates": ["2027-13-45", "2027-03-02"],
        f"{NAME}_rdates": ["9999-01-01"],
        f"{NAME}_monthdays": ["15"],
    }
    raw = widget.value_from_datadict(MultiValueDict(data), None, NAME)
    with translation.override(language):
        with pytest.raises(ValidationError) as error:
            ScheduleField().clean(raw)
        messages = error.value.messages
        expected = translation.gettext("Choose at least one day of the week.")
        html = widget.render(NAME, raw, {"id": "id_x"})
    assert expected != "Choose at least one day of the week."
    assert expected in messages
    assert len(messages) == 4  # the interval, the days, the unreadable date, the far date
    assert all(not re.search(r"\b(Choose|write|far)\b", message) for message in messages)
    # Everything typed is still there to correct.
    assert 'value="2027-13-45"' in html and 'value="2027-03-02"' in html
    assert 'value="9999-01-01"' in html
    assert re.search(r'name="stops-0-visits-0-recurrence_monthdays" value="15" checked', html)


def test_saving_every_second_week_on_tuesday_and_thursday_in_the_admin(
    admin_client, unit_with_stop
):
    unit, stop = unit_with_stop
    edit_url = reverse("wagtailadmin_pages:edit", args=[unit.pk])
    data = submitted(admin_client.get(edit_url).content.decode(), form_id="page-edit-form")
    assert data[f"{NAME}_freq"] == "monthly-weekday"
    data[f"{NAME}_freq"] = "weekly"
    data[f"{NAME}_weekly_interval"] = "2"
    data.setlist(f"{NAME}_weekdays", ["1", "3"])
    data.setlist(f"{NAME}_exdates", ["2027-01-21", ""])
    data["action-publish"] = "action-publish"

    response = post(admin_client, edit_url, data)

    assert response.status_code == 302
    visit = StopSchedule.objects.get(stop=stop)
    assert recurrence.serialize(visit.recurrence).splitlines() == [
        "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH",
        "EXDATE:20270120T220000Z",
    ]
    with translation.override("en"):
        assert describe_window(visit).startswith("Every 2 weeks, each Tuesday, Thursday, 10:00")


def test_an_error_comes_back_in_the_form_with_the_editors_choices(admin_client, unit_with_stop):
    unit, stop = unit_with_stop
    edit_url = reverse("wagtailadmin_pages:edit", args=[unit.pk])
    data = submitted(admin_client.get(edit_url).content.decode(), form_id="page-edit-form")
    data[f"{NAME}_freq"] = "weekly"
    data.setlist(f"{NAME}_weekdays", [])
    data.setlist(f"{NAME}_rdates", ["2027-02-30"])
    data["action-publish"] = "action-publish"

    response = post(admin_client, edit_url, data)

    html = response.content.decode()
    assert response.status_code == 200
    with translation.override("el"):
        assert translation.gettext("Choose at least one day of the week.") in html
    assert 'value="2027-02-30"' in html
    # The editor's group carries what Wagtail describes a field with (help, error).
    editor = re.search(r'<fieldset class="schedule-editor"[^>]*>', html).group(0)
    assert re.search(r'aria-describedby="[^"]*-errors"', editor)
    assert re.search(rf'name="{NAME}_freq" value="weekly" checked', html)
    assert recurrence.serialize(StopSchedule.objects.get(stop=stop).recurrence) == (
        "RRULE:FREQ=MONTHLY;BYDAY=1TU,3TU"
    )


PREVIEW = "/admin/schedule-preview/"


def preview_query(**extra):
    return {
        "field": NAME,
        f"{NAME}_freq": "weekly",
        f"{NAME}_weekly_interval": "2",
        f"{NAME}_weekdays": ["1", "3"],
        "stops-0-visits-0-start_time": "10:00",
        "stops-0-visits-0-end_time": "13:30",
        "stops-0-visits-0-valid_from": "2027-01-04",
        **extra,
    }


@pytest.mark.parametrize("language", ["el", "ar"])
def test_the_preview_speaks_the_admin_language_and_gives_the_next_five_dates(
    admin_client, language
):
    set_admin_language(get_user_model().objects.get(username="editor"), language)

    answer = admin_client.get(PREVIEW, preview_query()).json()

    with translation.override(language):
        weekly = translation.gettext("every %(number)s %(freq)s") % {
            "number": 2,
            "freq": translation.gettext("weeks"),
        }
    assert answer["errors"] == []
    assert weekly[1:] in answer["sentence"]
    assert "10:00" in answer["sentence"]
    # Counting from Monday 4 January: Tuesday 5 and Thursday 7 are past, then 19, 21…
    assert [d["date"] for d in answer["dates"]] == [
        "2027-01-19",
        "2027-01-21",
        "2027-02-02",
        "2027-02-04",
        "2027-02-16",
    ]


def test_the_preview_explains_a_wrong_choice_without_failing(admin_client):
    answer = admin_client.get(PREVIEW, preview_query(**{f"{NAME}_weekdays": []})).json()

    with translation.override("el"):
        assert answer["errors"] == [translation.gettext("Choose at least one day of the week.")]


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"field": "x"},
        {"field": NAME, f"{NAME}_freq": "nonsense"},
        {"field": NAME, f"{NAME}_custom": "RRULE:FREQ=NOPE", f"{NAME}_freq": "custom"},
        preview_query(
            **{"stops-0-visits-0-valid_from": "99999-99-99", "stops-0-visits-0-start_time": "25:99"}
        ),
        preview_query(**{f"{NAME}_weekly_interval": "\x00", f"{NAME}_rdates": ["0001-01-01"]}),
    ],
)
def test_the_preview_never_fails_on_garbage(admin_client, query):
    response = admin_client.get(PREVIEW, query)

    assert response.status_code in (200, 400)
    answer = response.json()
    assert answer["errors"] or answer["dates"]


def test_the_preview_is_for_staff_only(client, db):
    response = client.get(PREVIEW, preview_query())
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]

    citizen = get_user_model().objects.create_user("citizen", "c@example.org", "pw")
    login_staff(client, citizen)
    response = client.get(PREVIEW, preview_query())
    assert response.status_code in (302, 403)
    assert b"sentence" not in response.content
