"""Activity sessions in the van calendar: a filter of their own, places left, constant queries."""

import datetime
import html as htmllib
import random
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from activities import seats, sessions
from tests import builders as b
from tests.activities.builders import activity, details, local_space
from tests.services_catalog.page_reading import between, get

pytestmark = pytest.mark.usefixtures("clock")  # Monday 11 January 2027, 09:00


@pytest.fixture
def net(home):
    unit = b.mobile_unit(titles={"el": "Κινητή Μονάδα 1", "en": "Mobile Unit 1"})
    square = b.stop(unit, names={"el": "Πλατεία", "en": "The Square", "ar": "الساحة"})
    branch = b.branch()
    at_stop = activity(
        stop=square,
        seats=3,
        titles={"el": "Εργαστήρι παιδιών", "en": "Children's workshop", "ar": "ورشة الأطفال"},
        valid_until=datetime.date(2027, 1, 31),
    )
    at_branch = activity(
        branch=branch,
        titles={"el": "Ελληνικά", "en": "Greek course", "ar": "دروس اليونانية"},
        rule="RRULE:FREQ=WEEKLY;BYDAY=WE",
        valid_until=datetime.date(2027, 1, 31),
    )
    return unit, square, at_stop, at_branch, b.calendar_page()


def phone():
    return f"+3069{random.randrange(10**7, 10**8)}"


def days_of(html):
    """{day: [text of each activity card]} from the list view."""
    listing = between(html, '<div class="calendar-list">', '<table class="month-table">')
    found = {}
    for day, body in re.findall(
        r'<time datetime="([\d-]+)">.*?</h3>(.*?)</section>', listing, re.S
    ):
        cards = re.findall(r'<li class="activity-card[^"]*">(.*?)</li>\s*(?=<li|</ul>)', body, re.S)
        found[day] = [
            htmllib.unescape(" ".join(re.sub(r"<[^>]+>", " ", card).split())) for card in cards
        ]
    return found


def test_the_filter_shows_sessions_at_stops_on_their_day_with_places_left(client, net):
    _unit, _square, at_stop, _branch, page = net
    key = sessions.coming(at_stop)[1].key  # Thursday 14 January
    seats.sign_up(activity=at_stop, details=details(phone=phone()), party_size=3, session_key=key)
    first = sessions.coming(at_stop)[0].key
    seats.sign_up(activity=at_stop, details=details(phone=phone()), party_size=1, session_key=first)
    url = b.url(page, "en")

    html = get(client, f"{url}?activities=stops&month=2027-01")
    days = days_of(html)
    assert days["2027-01-11"] == [
        "17:00–19:00 · Activity Children's workshop The Square 2 places left"
    ]
    assert days["2027-01-14"] == [
        "17:00–19:00 · Activity Children's workshop The Square Full — join the waiting list"
    ]
    assert "Greek course" not in html  # held at a branch: only with "everywhere"
    assert f'<a href="{at_stop.get_url()}"' in html
    assert "6 activity sessions" in html
    summary = between(html, "<summary>", "</summary>")  # the 4th and 7th are over
    assert " · 2 activity sessions" in summary
    table = htmllib.unescape(between(html, '<table class="month-table">', "</table>"))
    assert "Children's workshop</a> (Activity)" in table

    hidden = get(client, f"{url}?month=2027-01")
    assert "activity-card" not in hidden and "Children" not in hidden


def test_everywhere_adds_the_branches_and_the_visits_can_be_left_out(client, net):
    _unit, _square, _stop, at_branch, page = net
    with translation.override("en"):
        branch_name = at_branch.place.display_name
    url = b.url(page, "en")
    html = get(client, f"{url}?activities=everywhere&visits=hidden&month=2027-01")
    days = days_of(html)
    assert days["2027-01-13"] == [
        f"17:00–19:00 · Activity Greek course {branch_name} 5 places left"
    ]
    assert days["2027-01-14"] == [
        "17:00–19:00 · Activity Children's workshop The Square 3 places left"
    ]
    listing = between(html, '<div class="calendar-list">', '<table class="month-table">')
    assert 'class="visit-card ' not in listing and 'class="visit-card"' not in listing
    with_visits = get(client, f"{url}?activities=everywhere&month=2027-01")
    assert '<li class="visit-card">' in with_visits


def test_a_cancelled_session_is_marked_and_offers_no_places(client, net):
    _unit, _square, at_stop, _branch, page = net
    seats.cancel_session(at_stop, sessions.coming(at_stop)[0].key, reason="Ασθένεια")
    html = get(client, f"{b.url(page, 'el')}?activities=stops&month=2027-01")
    card = days_of(html)["2027-01-11"][0]
    assert "Ακυρώνεται : Ασθένεια" in card and "θέσ" not in card


@pytest.mark.parametrize(
    "query",
    ["activities=somewhere", "visits=maybe", "activities=%00", "activities=stops&visits[]=x"],
)
def test_invalid_filter_values_are_400_with_a_message_not_500(client, net, query):
    _unit, _square, _stop, _branch, page = net
    response = client.get(f"{b.url(page, 'en')}?{query}")
    body = response.content.decode()
    if "visits[]" in query:  # an unknown parameter is ignored
        assert response.status_code == 200 and "activity-card" in body
    else:
        assert response.status_code == 400
        assert "Select a valid choice" in body


def test_the_arabic_calendar_names_the_activity_right_to_left(client, net):
    _unit, _square, _stop, _branch, page = net
    html = get(client, f"{b.url(page, 'ar')}?activities=stops&month=2027-01")
    assert 'dir="rtl"' in html and "ورشة الأطفال" in html
    assert "activity-card" in html


def test_queries_do_not_grow_with_the_number_of_activities(client, net):
    unit, square, _stop, _branch, page = net
    url = f"{b.url(page, 'en')}?activities=everywhere&month=2027-01"

    def measure():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            html = get(client, url)
        return len(queries), html.count('<li class="activity-card')

    few, few_cards = measure()
    other = b.stop(unit, names={"el": "Άλλη", "en": "Another"})
    for n in range(4):
        course = activity(stop=other if n % 2 else square, valid_until=datetime.date(2027, 1, 31))
        seats.sign_up(
            activity=course,
            details=details(phone=phone()),
            party_size=1,
            session_key=sessions.coming(course)[0].key,
        )
    activity(branch=b.branch(), valid_until=datetime.date(2027, 1, 31))
    many, many_cards = measure()

    assert many_cards - few_cards == 5 * 8  # Mondays and Thursdays of January (4th on)
    assert many == few, (few, many)


def test_a_sign_up_renews_the_cached_calendar(client, net, django_capture_on_commit_callbacks):
    _unit, _square, at_stop, _branch, page = net
    url = f"{b.url(page, 'en')}?activities=stops&month=2027-01"
    assert client.get(url)["X-Page-Cache"] == "miss"
    cached = client.get(url)
    assert cached["X-Page-Cache"] == "hit"
    assert days_of(cached.content.decode())["2027-01-14"][0].endswith("3 places left")

    key = sessions.coming(at_stop)[1].key
    with django_capture_on_commit_callbacks(execute=True):
        seats.sign_up(
            activity=at_stop, details=details(phone=phone()), party_size=2, session_key=key
        )

    again = client.get(url)
    assert again["X-Page-Cache"] == "miss"
    assert days_of(again.content.decode())["2027-01-14"][0].endswith("1 place left")


def test_everywhere_shows_a_local_space_where_its_running_branch_shows(client, net):
    _unit, _square, _stop, at_branch, page = net
    hall = local_space(at_branch.branch)
    stories = activity(
        space=hall,
        titles={"el": "Παραμύθια", "en": "Stories", "ar": "حكايات"},
        rule="RRULE:FREQ=WEEKLY;BYDAY=FR",
        valid_until=datetime.date(2027, 1, 31),
    )
    url = b.url(page, "en")
    days = days_of(get(client, f"{url}?activities=everywhere&visits=hidden&month=2027-01"))
    assert [card for card in days["2027-01-15"] if "Stories" in card] == [
        f"17:00–19:00 · Activity Stories {hall.name_en} {stories.seats} places left"
    ]
    at_stops = get(client, f"{url}?activities=stops&visits=hidden&month=2027-01")
    assert "Stories" not in at_stops  # a hall is not a van stop
