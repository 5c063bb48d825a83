"""The call-back form on a 360 px phone, in Farsi, with JavaScript off (issue 12).

One grouped test: the page has no serious axe violation and does not scroll
sideways; a person who fills it in with JavaScript off (and takes the few
seconds a person takes: the time trap of portal/spam.py) gets the thank-you
page in their language.
"""

import pytest

from tests.browser.conftest import assert_no_serious_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PATH = "/fa/call-back/"


def test_a_person_asks_for_a_call_back_in_farsi_without_javascript(page):
    checked = page(PATH)
    assert checked.page.locator("html").get_attribute("dir") == "rtl"
    assert_no_serious_violations(run_axe(checked), where=PATH)
    width = checked.page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width[0] <= width[1], f"{PATH} scrolls sideways: {width}"

    person = page(PATH, javascript=False)
    form = person.page
    form.fill("#id_name", "زهرا محمدی")
    form.fill("#id_phone", "694 111 2233")
    form.check("#id_best_time_1")
    form.fill("#id_topic", "کمک برای مدارک")
    form.wait_for_timeout(3500)  # a person reads the form for a few seconds
    form.locator("form.form button[type=submit]").click()
    form.wait_for_load_state("load")
    assert person.path == "/fa/call-back/thank-you/"
    assert form.locator("h1").inner_text() == "با شما تماس می\u200cگیریم"
    person.assert_no_problems()
