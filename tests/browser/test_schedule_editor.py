"""Item 7 of issue 11: the schedule editor in Wagtail's admin, by keyboard, in el, ar and fa.

An editor opens a mobile unit, sets its first stop's visits to "every 2 weeks
on Tuesday and Thursday" with Tab, Space and the arrow keys only, watches the
sentence and the next dates change before saving, publishes, and finds the
new dates in the public API. The controls are native, at least 16 px, their
labels toggle them, the admin's language (not the browser's) is spoken, and
axe finds nothing serious in the editor. On main, django-recurrence's widget
has none of these controls (no `[data-schedule-editor]`): the test fails there.
"""

import datetime
import re

import pytest

from tests.browser.admin_session import go, login
from tests.browser.conftest import blocking_violations, describe_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# The admin's words for the pattern, by language (the project's catalogues).
EVERY_TWO_WEEKS = {"el": "κάθε 2 εβδομάδες", "ar": "كل 2 أسابيع", "fa": "هر 2 هفته"}
VISIT_HOURS = {"el": ("19:00", "19:30"), "ar": ("20:00", "20:30")}
STOP_INDEX = {"el": 0, "ar": 1}
PHONE_STOP_INDEX = {"el": 2, "ar": 3, "fa": 4}
WEEKLY_LABEL = {"el": "Κάθε εβδομάδα", "ar": "كل أسبوع", "fa": "هر هفته"}


def set_admin_language(site, language):
    """Choose the admin's language on the account page, as an editor would."""
    site.visit("/admin/account/")
    for field, value in (("first_name", "Demo"), ("last_name", "Admin")):  # required there
        name = site.locator(f"input[name$='-{field}']")
        if not name.input_value():
            name.fill(value)
    select = site.locator("select[name$='preferred_language']")
    select.select_option(language)
    go(site, select.locator("xpath=ancestor::form").locator("button[type=submit]").first)
    assert site.locator("html").get_attribute("lang") == language


def first_unit_and_stop(site):
    return site.evaluate(
        """async () => {
            const r = await fetch('/api/v1/locations?kind=stop&per_page=1');
            return (await r.json()).contents.map(c => c.mobile_unit.id)[0];
        }"""
    )


def active_id(site):
    return site.evaluate("() => document.activeElement.id")


def editor_axe(site, where):
    """axe's serious and critical findings inside the schedule editors."""
    results = run_axe(site)
    found = []
    for violation in blocking_violations(results):
        nodes = [
            node
            for node in violation["nodes"]
            if "schedule-editor" in node["html"] or "_recurrence_" in " ".join(node["target"])
        ]
        if nodes:
            found.append({**violation, "nodes": nodes})
    assert not found, describe_violations(found, where)


@pytest.mark.parametrize("language", ["el", "ar"])
def test_every_second_week_on_tuesday_and_thursday_by_keyboard(page, language):
    site = page(width=1280, height=900, mobile=False, locale="en-GB")
    site.set_default_navigation_timeout(30_000)  # an edit form with a dozen schedules
    login(site)
    set_admin_language(site, language)
    unit = first_unit_and_stop(site)
    site.visit(f"/admin/pages/{unit}/edit/")

    # Each language edits its own stop, so the runs do not depend on each other.
    stop = STOP_INDEX[language]
    name = f"stops-{stop}-visits-0-recurrence"
    editor = site.locator(f"[data-field='{name}']")
    assert editor.count() == 1
    stop_id = site.locator(f"input[name='stops-{stop}-id']").input_value()
    assert site.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    # The admin's language, not the browser's (en-GB).
    weekly = editor.locator(f"input[name='{name}_freq'][value='weekly']")
    weekly_label = editor.locator(f"label[for='{weekly.get_attribute('id')}']")
    assert weekly_label.inner_text().startswith(WEEKLY_LABEL[language][:4])

    # Real controls a finger and an eye can find.
    for control in editor.locator("input[type=checkbox], input[type=radio]").all()[:12]:
        if control.is_visible():
            box = control.bounding_box()
            assert box["width"] >= 16 and box["height"] >= 16, box

    # A label toggles its checkbox (a pointer user), and toggles it back.
    friday = editor.locator(f"input[name='{name}_month_weekdays'][value='4']")
    friday_label = editor.locator(f"label[for='{friday.get_attribute('id')}']")
    before = friday.is_checked()
    friday_label.click()
    assert friday.is_checked() != before
    friday_label.click()
    assert friday.is_checked() == before

    # Keyboard only from here: the chosen pattern's radio has the focus.
    editor.locator(f"input[name='{name}_freq']:checked").focus()
    assert site.evaluate("() => document.activeElement.value") == "monthly-weekday"
    site.keyboard.press("ArrowUp")  # the previous radio of the group: weekly
    assert weekly.is_checked()
    assert active_id(site) == weekly.get_attribute("id")
    site.keyboard.press("Tab")  # the radio group is one stop; next: how often
    assert active_id(site) == f"id_{name}_weekly_interval"
    site.keyboard.press("ArrowDown")  # every week → every 2 weeks
    assert site.locator(f"#id_{name}_weekly_interval").input_value() == "2"
    site.keyboard.press("Tab")
    assert active_id(site) == f"id_{name}_weekdays_0"  # Monday
    site.keyboard.press("Tab")
    assert active_id(site) == f"id_{name}_weekdays_1"  # Tuesday
    site.keyboard.press("Space")
    site.keyboard.press("Tab")
    site.keyboard.press("Tab")
    assert active_id(site) == f"id_{name}_weekdays_3"  # Thursday
    site.keyboard.press("Space")
    checked = editor.locator(f"input[name='{name}_weekdays']:checked")
    assert [c.get_attribute("value") for c in checked.all()] == ["1", "3"]
    # The focused control shows it has the focus.
    outline = site.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"

    # Before saving, the sentence and the next five dates follow the editor.
    site.wait_for_function(
        """([name, words]) => {
            const region = document.querySelector(
                `[data-field="${name}"] [data-schedule-preview]`);
            return region && region.textContent.includes(words.slice(1))
                && region.querySelectorAll('li').length === 5;
        }""",
        arg=[name, EVERY_TWO_WEEKS[language]],
    )
    shown = [
        datetime.date.fromisoformat(item.get_attribute("data-date"))
        for item in editor.locator("[data-schedule-preview] li").all()
    ]
    assert {day.isoweekday() for day in shown} <= {2, 4}
    assert 4 in {day.isoweekday() for day in shown}  # a Thursday: the old rule had none
    # Only the weekly options are shown now.
    assert editor.locator(f"input[name='{name}_positions']").first.is_hidden()
    editor_axe(site, f"schedule editor ({language})")
    editor.evaluate("e => e.scrollIntoView({block: 'start'})")
    site.keep_screenshot(f"schedule-editor-{language}-1280")

    # Hours no other stop of this van has (one hour apart per language): a visit at
    # the same time as another stop's is a clash, and publishing would be refused
    # (services_catalog.clash_admin, tested in tests/browser/test_admin_editing.py).
    site.fill(f"input[name='stops-{stop}-visits-0-start_time']", VISIT_HOURS[language][0])
    site.fill(f"input[name='stops-{stop}-visits-0-end_time']", VISIT_HOURS[language][1])

    # Publish (the button lives in Wagtail's footer menu), then the public API.
    with site.expect_navigation():
        site.evaluate(
            """() => {
                const form = document.getElementById('page-edit-form');
                form.requestSubmit(form.querySelector('[name=action-publish]'));
            }"""
        )
    assert "/edit/" not in site.path or site.locator(".messages .success").count()
    today = datetime.date.fromisoformat(
        site.evaluate("() => new Date().toISOString().slice(0, 10)")
    )
    occurrences = site.evaluate(
        """async ([stop, from, to]) => {
            const query = `location=stop-${stop}&from=${from}&to=${to}&include_cancelled=true`;
            const r = await fetch(`/api/v1/occurrences?${query}`);
            return (await r.json()).contents.map(o => o.start.slice(0, 10));
        }""",
        [stop_id, today.isoformat(), (today + datetime.timedelta(days=70)).isoformat()],
    )
    days = [datetime.date.fromisoformat(day) for day in occurrences]
    assert days, occurrences
    assert {day.isoweekday() for day in days} <= {2, 4}
    # The preview's dates are the site's (cancelled visits and holidays included, marked).
    assert {day for day in shown if day <= today + datetime.timedelta(days=70)} <= set(days)

    # The stored rule reads back into the same controls.
    site.visit(f"/admin/pages/{unit}/edit/")
    editor = site.locator(f"[data-field='{name}']")
    assert editor.locator(f"input[name='{name}_freq'][value='weekly']").is_checked()
    assert site.locator(f"#id_{name}_weekly_interval").input_value() == "2"
    checked = editor.locator(f"input[name='{name}_weekdays']:checked")
    assert [c.get_attribute("value") for c in checked.all()] == ["1", "3"]
    # Wagtail 8's autosave (a background POST of the edit form) may race the publish
    # and be answered 400 for the revision the publish just made; the publish and the
    # stored rule are checked above. Nothing else may fail.
    site.assert_no_problems(
        allow=(
            "favicon",
            "Invalid time zone specified: localtime",
            "edit/ [fetch]: HTTP 400",
            "status of 400",
            "editing-sessions/ping/",
        )
    )


@pytest.mark.parametrize("language", ["el", "ar", "fa"])
def test_the_schedule_editor_on_a_phone(page, language):
    site = page(width=360, height=740)
    site.set_default_navigation_timeout(30_000)
    login(site)
    set_admin_language(site, language)
    site.visit(f"/admin/pages/{first_unit_and_stop(site)}/edit/")

    # Stops the keyboard test leaves alone, one per language.
    editor = site.locator(f"[data-field='stops-{PHONE_STOP_INDEX[language]}-visits-0-recurrence']")
    # A change (by keyboard) starts the live preview: toggle the second week of the month.
    second = editor.locator("input[name$='_positions'][value='2']")
    before = second.is_checked()
    second.focus()
    site.keyboard.press("Space")
    assert second.is_checked() != before
    editor.locator("[data-schedule-preview] li").first.wait_for()
    text = editor.inner_text()
    if language in ("ar", "fa"):
        assert re.search(r"[\u0600-\u06ff]", text)
        assert site.locator("html").get_attribute("dir") == "rtl"
    box = editor.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 361, box
    for control in editor.locator("input[type=checkbox]:visible, input[type=radio]").all()[:8]:
        control_box = control.bounding_box()
        assert control_box["width"] >= 16 and control_box["height"] >= 16
    # One more date to leave out, by keyboard (without JavaScript: save for more).
    add = editor.locator("[data-schedule-add-date]").first
    add.focus()
    site.keyboard.press("Enter")
    dates = editor.locator("input[name$='_exdates']")
    assert dates.count() == 3
    assert active_id(site) == dates.nth(2).get_attribute("id")
    label = editor.locator(f"label[for='{dates.nth(2).get_attribute('id')}']")
    assert label.inner_text().endswith("3")
    editor_axe(site, f"schedule editor on a phone ({language})")
    editor.evaluate("e => e.scrollIntoView({block: 'start'})")
    site.keep_screenshot(f"schedule-editor-{language}")
