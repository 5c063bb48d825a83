"""iCal feeds of activities: every coming session, cancelled ones marked, read back by an
independent parser (icalendar), and announced by the pages."""

import datetime

import pytest
from icalendar import Calendar

from activities import seats, sessions
from services_catalog.schedules import ATHENS
from tests import builders
from tests.activities.builders import activity

pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture
def course(home):
    return activity(branch=builders.branch(), seats=5, valid_until=datetime.date(2027, 1, 31))


def events(body):
    return list(Calendar.from_ical(body).walk("VEVENT"))


def test_the_feed_has_every_coming_session_and_marks_a_cancelled_one(client, course):
    key = sessions.coming(course)[1].key
    seats.cancel_session(course, key, reason="Ασθένεια")
    response = client.get(f"/el/activities/{course.pk}/calendar.ics")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    found = events(response.content)
    starts = [e.decoded("dtstart").astimezone(ATHENS) for e in found]
    assert starts[0] == datetime.datetime(2027, 1, 11, 17, 0, tzinfo=ATHENS)
    assert len(found) == len(sessions.coming(course)) == 6
    assert [str(e.get("status", "")) for e in found][:2] == ["", "CANCELLED"]
    assert len({str(e["uid"]) for e in found}) == 6
    again = client.get(
        f"/el/activities/{course.pk}/calendar.ics", HTTP_IF_NONE_MATCH=response["ETag"]
    )
    assert again.status_code == 304
    everything = client.get("/en/activities/calendar.ics")
    assert len(events(everything.content)) == 6
    assert client.get("/el/activities/999999/calendar.ics").status_code == 404


def test_pages_announce_their_feeds(client, course):
    page = client.get(builders.url(course, "en")).content.decode()
    assert 'type="text/calendar"' in page and f"/en/activities/{course.pk}/calendar.ics" in page
    index = client.get(builders.url(course.get_parent().specific, "en")).content.decode()
    assert 'href="/en/activities/calendar.ics"' in index
