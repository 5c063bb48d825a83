"""What's on and the sign-up form in Arabic, with JavaScript off (issue 16).

Against the demo (`activities/demo.py`): the Greek course for adults is on
What's on with its next session and its places in Arabic; a person opens it
and signs up through the real form — once with a phone number that is not
one (the translated message, and what they typed is still there), then
right — and lands on the page that confirms it in Arabic, with the private
link, which works. The course is full in the demo (twelve places taken), so
the form offers the waiting list after "Sign up" and the person takes it,
as a person would. axe-core (JavaScript on) looks at the list and the form.
"""

import random
import re
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import assert_no_serious_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

WHATS_ON = "/ar/الأنشطة/"
COURSE = "دروس اللغة اليونانية للبالغين"
NEXT_SESSION = "الجلسة القادمة"
FULL = "مكتمل — انضم إلى قائمة الانتظار"
JOIN_WAITING = "انضم إلى قائمة الانتظار"
SIGNED_UP = "تم تسجيلك"
WAITING = "أنت في قائمة الانتظار"
NOT_A_PHONE = "هذا لا يبدو رقم هاتف."
PRIVATE_LINK = "رابطك الخاص لعرض هذا التسجيل أو إلغائه"
NAME = "ليلى حسن"
PLACES_LEFT = re.compile(r"بق(ي|يت) .+ (مكان|أماكن)")  # "N places left", any plural form


def course_card(site):
    card = site.locator("li.card").filter(has=site.locator("h2 a", has_text=COURSE))
    assert card.count() == 1, f"the Greek course is not listed once on {WHATS_ON}"
    return card


def assert_arabic_page(site):
    html = site.locator("html")
    assert html.get_attribute("lang") == "ar"
    assert html.get_attribute("dir") == "rtl"


def submit(site, label):
    site.locator("form.form button[type=submit]", has_text=label).click()
    site.wait_for_load_state("load")


def test_whats_on_lists_the_greek_course_in_arabic_without_javascript(page):
    site = page(WHATS_ON, javascript=False)
    assert_arabic_page(site)
    card = course_card(site)
    text = card.inner_text()
    assert NEXT_SESSION in text
    session = card.locator("time")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT17:00:00\+0[23]:00", session.get_attribute("datetime"))
    assert "17:00" in session.inner_text()
    # The day's name in Arabic (Tuesday or Thursday: the course's days).
    assert re.search("الثلاثاء|الخميس", session.inner_text()), session.inner_text()
    status = card.locator(".status").inner_text()
    assert status == FULL or PLACES_LEFT.search(status), status
    site.assert_no_problems()


def test_a_person_signs_up_for_the_greek_course_in_arabic_without_javascript(page):
    person = page(WHATS_ON, javascript=False)
    course_card(person).locator("h2 a").click()
    person.wait_for_load_state("load")
    assert_arabic_page(person)
    assert person.locator("h1").inner_text() == COURSE
    person.locator("main a.button--primary").click()  # sign up, or join the waiting list
    person.wait_for_load_state("load")
    assert_arabic_page(person)
    assert re.fullmatch(r"/ar/activities/\d+/sign-up/", person.path), person.path

    form = person.page
    form.fill("#id_name", NAME)
    form.fill("#id_phone", "12 ab 34")
    form.select_option("#id_party_size", "2")
    form.check("input[name=interpreter_needed][value=no]")
    form.check("#id_consent")
    form.wait_for_timeout(3500)  # a person reads the form (the time trap of portal/spam.py)
    submit(person, "التسجيل")

    # The same form again: the message in Arabic next to the phone, nothing lost.
    assert person.locator("#id_phone-error").inner_text().startswith(NOT_A_PHONE)
    assert form.input_value("#id_name") == NAME
    assert form.input_value("#id_party_size") == "2"
    assert form.is_checked("#id_consent")
    assert form.is_checked("input[name=language][value=ar]")

    phone = f"69{random.randrange(10**8):08d}"
    form.fill("#id_phone", f"{phone[:2]} {phone[2:6]} {phone[6:]}")
    submit(person, "التسجيل")
    if person.locator("form.form button[type=submit]", has_text=JOIN_WAITING).count():
        # The course is full: the answers are kept and the waiting list is one click.
        assert form.input_value("#id_name") == NAME
        submit(person, JOIN_WAITING)

    assert re.fullmatch(r"/ar/activities/sign-up/[^/]+/", person.path), person.path
    assert_arabic_page(person)
    assert person.locator("h1").inner_text() in {SIGNED_UP, WAITING}
    assert COURSE in person.locator("main").inner_text()
    assert PRIVATE_LINK in person.locator("main").inner_text()
    link = person.locator("main a[dir=ltr]").get_attribute("href")
    manage_path = urlsplit(link).path
    assert re.fullmatch(r"/ar/activities/manage/[^/]+/", manage_path), link
    person.assert_no_problems(allow=("409",))  # the full course answered 409 once

    # The private link works in another browser and leads to a token-free page.
    other = page(manage_path, javascript=False)
    assert re.fullmatch(r"/ar/activities/sign-up/[^/]+/", other.path), other.path
    assert other.locator("h1").inner_text() in {SIGNED_UP, WAITING}


def test_whats_on_and_the_sign_up_form_in_arabic_pass_axe(page):
    site = page(WHATS_ON)
    assert_no_serious_violations(run_axe(site), where=WHATS_ON)
    href = course_card(site).locator("h2 a").get_attribute("href")
    site.visit(href)
    site.locator("main a.button--primary").click()
    site.wait_for_load_state("load")
    assert_arabic_page(site)
    assert site.locator("#id_name").count() == 1
    assert_no_serious_violations(run_axe(site), where=site.path)
