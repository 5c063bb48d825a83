"""What's on, an activity's page and the sign-up form: four languages, no JavaScript.

The test client runs no script, as a phone with JavaScript off: every step
is a link or a form POST. Bad input shows the form again, answers kept,
with a translated message; a full session offers the waiting list (409);
nothing answers 500.
"""

import pytest

from activities import seats, sessions
from activities.choices import SignUpStatus
from activities.models import SignUp
from booking.sms import MemorySMSBackend
from tests import builders
from tests.activities.builders import activity, details
from tests.doors import as_a_person

pytestmark = pytest.mark.usefixtures("clock")

ANSWERS = {
    "name": "أمينة حسن",
    "phone": "694 111 2233",
    "email": "",
    "party_size": "3",
    "language": "ar",
    "interpreter_needed": "no",
    "interpreter_language": "",
    "interpreter_language_other": "",
    "accessibility_needs": "عربة أطفال",
    "consent": "on",
}


@pytest.fixture
def course(home):
    return activity(branch=builders.branch(), seats=5)


def sign_up_url(course, lang="ar", session=""):
    url = f"/{lang}/activities/{course.pk}/sign-up/"
    return f"{url}?session={session}" if session else url


def test_whats_on_lists_the_next_session_and_places_left_in_greek_and_arabic(client, course):
    index = course.get_parent().specific
    key = sessions.coming(course)[0].key
    seats.sign_up(activity=course, details=details(), party_size=2, session_key=key)
    greek = client.get(builders.url(index, "el"))
    assert greek.status_code == 200
    html = greek.content.decode()
    assert course.title in html and "3 θέσεις ακόμη" in html
    arabic = client.get(builders.url(index, "ar"))
    html = arabic.content.decode()
    assert arabic.status_code == 200 and '<html lang="ar" dir="rtl"' in html
    assert "دروس اليونانية" in html and "<script" not in html.split("<main", 1)[-1]


def test_the_list_filters_by_language_and_refuses_a_filter_that_makes_no_sense(client, course):
    index = builders.url(course.get_parent().specific, "en")
    assert course.title_en in client.get(index + "?language=el").content.decode()
    assert course.title_en not in client.get(index + "?language=fa").content.decode()
    bad = client.get(index + "?place=branch-99999999999&group=nope")
    assert bad.status_code == 400


def test_the_activity_page_shows_every_session_with_its_sign_up_link(client, course):
    response = client.get(builders.url(course, "en"))
    html = response.content.decode()
    assert response.status_code == 200
    first = sessions.coming(course)[0]
    assert f"?session={first.key}" in html
    held = [s for s in sessions.coming(course) if not s.cancelled]
    assert html.count("5 places left") == len(held) > 20


def test_sign_up_in_arabic_without_javascript(client, course):
    MemorySMSBackend.outbox.clear()
    key = sessions.coming(course)[0].key
    form = client.get(sign_up_url(course, session=key))
    html = form.content.decode()
    assert form.status_code == 200 and '<html lang="ar" dir="rtl"' in html
    assert "no-store" in form["Cache-Control"] and "<script" not in html.split("<main", 1)[-1]
    # A bad phone number: the form again, answers kept, the message in Arabic.
    bad = client.post(sign_up_url(course), as_a_person({**ANSWERS, "phone": "12", "session": key}))
    html = bad.content.decode()
    assert bad.status_code == 200
    assert "هذا لا يبدو رقم هاتف" in html and "أمينة حسن" in html and "عربة أطفال" in html
    assert not SignUp.objects.exists()
    done = client.post(sign_up_url(course), as_a_person({**ANSWERS, "session": key}))
    entry = SignUp.objects.get()
    assert done.status_code == 302 and entry.reference in done.url
    assert (entry.party_size, entry.language, entry.status) == (3, "ar", SignUpStatus.CONFIRMED)
    page = client.get(done.url).content.decode()
    assert entry.reference in page and "/ar/activities/manage/" in page


def test_a_full_session_offers_the_waiting_list_in_arabic(client, course):
    key = sessions.coming(course)[0].key
    seats.sign_up(activity=course, details=details(), party_size=4, session_key=key)
    full = client.post(sign_up_url(course), as_a_person({**ANSWERS, "session": key}))
    html = full.content.decode()
    assert full.status_code == 409
    assert 'name="waiting_list" value="yes"' in html and "أمينة حسن" in html
    joined = client.post(
        sign_up_url(course), as_a_person({**ANSWERS, "session": key, "waiting_list": "yes"})
    )
    assert joined.status_code == 302
    assert SignUp.objects.waiting().get().party_size == 3


def test_the_private_link_lets_the_citizen_leave(client, course):
    key = sessions.coming(course)[0].key
    entry, token = seats.sign_up(activity=course, details=details(), session_key=key)
    assert client.get(f"/el/activities/sign-up/{entry.reference}/").status_code == 404
    opened = client.get(f"/el/activities/manage/{token}/")
    assert opened.status_code == 302 and token not in opened.url
    assert client.post(opened.url).status_code == 302
    entry.refresh_from_db()
    assert entry.status == SignUpStatus.CANCELLED
    assert client.get("/el/activities/manage/not-a-token/").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/ar/activities/999999/sign-up/",
        "/ar/activities/{pk}/sign-up/?session=%00%FF",
        "/ar/activities/{pk}/sign-up/?session=20270101T0000",
    ],
)
def test_odd_addresses_never_answer_500(client, course, path):
    response = client.get(path.format(pk=course.pk))
    assert response.status_code in (200, 404)
    posted = client.post(path.format(pk=course.pk), {"party_size": "٣", "session": "x" * 50})
    assert posted.status_code in (200, 404, 409)
