"""Comments for the staff of the place only (audited); the average on pages past a minimum."""

import datetime

from django.conf import settings
from django.test import override_settings

from wagtail.models import ModelLogEntry

import pytest

from booking.choices import Status
from feedback import invitations
from feedback.admin_views import COMMENTS_VIEW
from feedback.models import Rating
from tests import builders as b
from tests.api_schema import assert_matches_schema
from tests.feedback.helpers import attended, sent_token
from tests.helpers import login_staff

pytestmark = pytest.mark.django_db

COMMENTS = "/admin/feedback/comments/"


def rate(network, committed, score, comment="", place=None):
    attended(network, committed, place=place)
    return invitations.submit(sent_token(), score, comment)


def test_comments_are_shown_only_to_the_staff_of_their_place(client, bookable, committed):
    rate(bookable, committed, 5, "Στο παράρτημα με βοήθησαν πολύ.")
    rate(bookable, committed, 2, "Στη στάση περίμενα πολύ.", place=bookable["stop"])
    branch_desk = b.staff_user("branch_desk", groups=["Front desk"], branches=[bookable["branch"]])
    van_desk = b.staff_user("van_desk", groups=["Front desk"], units=[bookable["unit"]])
    nowhere = b.staff_user("nowhere", groups=["Front desk"])  # no access entry: no place
    editor = b.staff_user("editor", groups=["Editors"], all_places=True)

    html = login_staff(client, branch_desk).get(COMMENTS).content.decode()
    assert "Στο παράρτημα με βοήθησαν πολύ." in html and "περίμενα" not in html

    html = login_staff(client, van_desk).get(COMMENTS).content.decode()
    assert "Στη στάση περίμενα πολύ." in html and "βοήθησαν" not in html

    html = login_staff(client, nowhere).get(COMMENTS).content.decode()
    assert "βοήθησαν" not in html and "περίμενα" not in html

    assert login_staff(client, editor).get(COMMENTS).status_code in (302, 403)

    entries = ModelLogEntry.objects.filter(action=COMMENTS_VIEW).order_by("timestamp", "pk")
    assert [(e.user_id, e.data["shown"]) for e in entries] == [
        (branch_desk.pk, 1),
        (van_desk.pk, 1),
        (nowhere.pk, 0),
    ]
    assert all("βοήθησαν" not in str(e.data) for e in entries)  # never the text


@override_settings(FEEDBACK_MIN_RATINGS=3)
def test_the_average_is_shown_only_from_the_minimum_count_on(client, bookable, committed, clock):
    url = b.url(bookable["branch"], "en")
    rate(bookable, committed, 5)
    rate(bookable, committed, 4)
    html = client.get(url).content.decode()
    assert "What visitors say" in html and "at least 3 ratings" in html
    assert "out of 5" not in html

    rate(bookable, committed, 4)
    # The cached page holds for FIGURES_CACHE_SECONDS after its figures were computed…
    assert "at least 3 ratings" in client.get(url).content.decode()
    clock.shift(datetime.timedelta(seconds=settings.FIGURES_CACHE_SECONDS + 1))
    # … and no longer.
    html = client.get(url).content.decode()
    assert "4.3 out of 5, from 3 ratings" in html

    greek = client.get(b.url(bookable["branch"], "el")).content.decode()
    assert "4,3 στα 5, από 3 αξιολογήσεις" in greek
    # The stop has none of them, nor the van's page.
    assert "out of 5" not in client.get(b.url(bookable["unit"], "en")).content.decode()


@override_settings(FEEDBACK_MIN_RATINGS=1)
def test_the_rating_on_an_arabic_page(client, bookable, committed):
    rate(bookable, committed, 5)
    html = client.get(b.url(bookable["branch"], "ar")).content.decode()
    assert 'dir="rtl"' in html and "من 5 (تقييم واحد)" in html


def test_a_rating_is_anonymous_on_the_page_and_in_the_api(client, bookable, committed, openapi):
    rating = rate(bookable, committed, 1, "Κανείς δεν απάντησε.")
    assert rating.appointment.status == Status.ATTENDED
    response = client.get(f"/api/v1/ratings/{bookable['branch'].place_id}")
    answer = response.json()
    assert_matches_schema(openapi, "/api/v1/ratings/{subject_id}", "get", 200, answer)
    assert answer == {
        "subject": bookable["branch"].place_id,
        "count": 1,
        "average": None,  # below FEEDBACK_MIN_RATINGS
        "minimum_count": 5,
    }
    assert "Κανείς" not in client.get(b.url(bookable["branch"], "el")).content.decode()
    assert client.get("/api/v1/ratings/branch-999999").status_code == 404
    assert Rating.objects.count() == 1
