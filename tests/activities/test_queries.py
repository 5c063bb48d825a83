"""What's on and an activity's page cost a fixed number of queries (issue 16).

What's on shows every activity's next session and places left; reading
them one activity at a time cost five queries an activity
(`activities.sessions.coming_for` reads them for all at once). The pages
are measured as a citizen gets them, with the page cache off so that every
request renders, with branches and van stops, seats taken, a cancelled
date at a place and a session staff cancelled.
"""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from activities import seats, sessions
from activities.models import ActivityException
from tests import builders
from tests.activities.builders import activity, details

pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture
def uncached(settings):
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def places(home):
    community = builders.community("q-nikaia", "Νίκαια")
    branch = builders.branch(community_obj=community)
    stop = builders.stop(builders.mobile_unit(), community_obj=community)
    builders.cancel(branch, datetime.date(2027, 1, 14))
    return branch, stop, community


def add_activities(count, branch, stop, start=0):
    """`count` activities, every other one at the stop, with a seat or two taken and,
    for the first of them, a session staff cancelled and a date of its own off."""
    made = []
    for n in range(start, start + count):
        at_stop = n % 2 == 1
        found = activity(
            branch=None if at_stop else branch,
            stop=stop if at_stop else None,
            seats_per="series" if n % 3 == 2 else "session",
        )
        coming = sessions.bookable(sessions.coming(found))
        key = None if found.is_series else coming[0].key
        seats.sign_up(
            activity=found,
            details=details(phone=f"+30693{n:07d}"),
            party_size=2,
            session_key=key,
        )
        ActivityException.objects.create(
            activity=found, date=datetime.date(2027, 1, 21), kind="cancelled"
        )
        seats.cancel_session(found, coming[-1].key, reason="Απεργία")
        made.append(found)
    return made


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.parametrize("query", ["", "?place=branch-{branch}", "?community=q-nikaia"])
def test_whats_on_costs_the_same_queries_for_two_activities_or_eight(
    client, places, uncached, query
):
    branch, stop, _community = places
    index = builders.url(add_activities(2, branch, stop)[0].get_parent().specific, "en")
    url = index + query.format(branch=branch.pk)
    client.get(url)  # warm what is read once per process (site root, translations)
    few, html = queries_of(client, url)
    shown_few = html.count('class="card"')
    add_activities(6, branch, stop, start=2)
    many, html = queries_of(client, url)
    shown_many = html.count('class="card"')

    assert shown_many > shown_few >= 1  # more activities are listed, for the same cost
    assert many == few, f"{few} queries for {shown_few} activities, {many} for {shown_many}"
    # With the page cache off nothing is kept per generation; 31 since the place
    # filter lists local spaces too (one query).
    assert few <= 31, few


def test_the_activity_page_costs_the_same_queries_for_four_sessions_or_forty(
    client, places, uncached
):
    branch, _stop, _community = places
    pages = {}
    for weeks in (2, 20):
        found = activity(
            branch=branch, valid_until=datetime.date(2027, 1, 1) + datetime.timedelta(weeks=weeks)
        )
        coming = sessions.bookable(sessions.coming(found))
        for session in coming[:2]:
            seats.sign_up(activity=found, details=details(), session_key=session.key)
        seats.cancel_session(found, coming[-1].key, reason="Απεργία")
        pages[weeks] = found
    counts = {}
    for weeks, found in pages.items():
        url = builders.url(found, "en")
        client.get(url)
        counts[weeks], html = queries_of(client, url)
        assert html.count("?session=") == len(sessions.bookable(sessions.coming(found)))

    assert len(sessions.coming(pages[20])) > 8 * len(sessions.coming(pages[2]))
    assert counts[20] == counts[2], counts
