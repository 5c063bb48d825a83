"""Activities in the open-data API (an extension): content, pages, sessions, bad input.

Every answer is checked against the schema its operation declares in
/api/v1/openapi.json (tests/api_schema.py).
"""

import datetime
import random

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from openapi_spec_validator import validate

from activities import seats, sessions
from services_catalog.public_ids import location_uuid, public_id
from tests import builders as b
from tests.activities.builders import activity, details, local_space
from tests.api_schema import get_json

pytestmark = pytest.mark.usefixtures("clock")  # Monday 11 January 2027, 09:00

LIST = "/api/v1/activities"
ONE = "/api/v1/activities/{activity_id}"
JANUARY = datetime.date(2027, 1, 31)


@pytest.fixture
def net(home):
    nikaia = b.community("act-nikaia", "Νίκαια", en="Nikaia", ar="نيكايا")
    children = b.target_group("children", "Παιδιά")
    unit = b.mobile_unit()
    square = b.stop(unit, names={"el": "Πλατεία", "en": "The Square"}, community_obj=nikaia)
    branch = b.branch()
    workshop = activity(
        stop=square,
        seats=2,
        valid_until=JANUARY,
        titles={"el": "Εργαστήρι", "en": "Workshop", "ar": "ورشة"},
        held_in="ar",
    )
    workshop.target_groups.add(children)
    workshop.save()
    course = activity(
        branch=branch,
        seats=10,
        seats_per="series",
        rule="RRULE:FREQ=WEEKLY;BYDAY=WE",
        valid_until=JANUARY,
        titles={"el": "Ελληνικά", "en": "Greek course", "ar": "دروس اليونانية"},
    )
    return workshop, course, square, branch


def uid(page):
    return public_id("activity", page.pk)


def phone():
    return f"+3069{random.randrange(10**7, 10**8)}"


def test_the_openapi_document_describes_the_extension(openapi):
    validate(openapi)
    for path in (LIST, ONE):
        operation = openapi["paths"][path]["get"]
        assert operation["x-extension"] is True
        assert {"200", "404" if path == ONE else "400"} <= set(operation["responses"])
    parameters = {p["name"] for p in openapi["paths"][LIST]["get"]["parameters"]}
    assert {"location", "community", "language", "target_group", "page", "per_page"} <= parameters
    schemas = openapi["components"]["schemas"]
    assert all(
        schemas[name]["x-extension"] for name in ("ActivityOut", "ActivityFull", "SessionOut")
    )


def test_activities_are_listed_with_their_place_next_session_and_feed(client, openapi, net):
    workshop, course, square, _branch = net
    body = get_json(client, openapi, f"/en{LIST}", LIST)

    assert body["total_items"] == 2 and body["page_number"] == 1
    listed = {item["id"]: item for item in body["contents"]}
    item = listed[uid(workshop)]
    assert item["name"] == "Workshop" and item["language"] == "ar"
    assert item["language_name"] == "Arabic"
    assert item["location_id"] == location_uuid(square.place_id)
    assert item["location_name"] == "The Square"
    assert item["community"] == {"code": "act-nikaia", "name": "Nikaia"}
    assert [g["code"] for g in item["target_groups"]] == ["children"]
    assert item["ical_url"] == f"http://testserver/en/activities/{workshop.pk}/calendar.ics"
    assert item["url"].startswith("http://testserver/en/")
    assert item["next_session"]["start"] == "2027-01-11T17:00:00+02:00"
    assert item["next_session"]["status"] == "scheduled"
    assert item["places_left"] == 2 and item["seats"] == 2 and item["session_count"] == 6
    assert "sessions" not in item
    assert listed[uid(course)]["seats_per"] == "series"
    # A client joins an activity to its place through the location id.
    location = client.get(f"/en/api/v1/locations/{item['location_id']}").json()
    assert location["id"] == item["location_id"] and location["name"] == "The Square"


def test_one_activity_lists_every_coming_session_cancelled_and_full_marked(client, openapi, net):
    workshop, *_ = net
    coming = sessions.coming(workshop)
    seats.cancel_session(workshop, coming[0].key, reason="Ασθένεια")
    seats.sign_up(
        activity=workshop,
        details=details(phone=phone(), name="Αμίνα Χ."),
        party_size=2,
        session_key=coming[1].key,
    )
    seats.sign_up(
        activity=workshop, details=details(phone=phone()), party_size=1, session_key=coming[2].key
    )

    response_text = client.get(f"/el/api/v1/activities/{uid(workshop)}").content.decode()
    body = get_json(client, openapi, f"/el/api/v1/activities/{uid(workshop)}", ONE)

    found = [
        (s["start"][:16], s["status"], s["places_left"], s["reason"]) for s in body["sessions"]
    ]
    assert found[:4] == [
        ("2027-01-11T17:00", "cancelled", 2, "Ασθένεια"),
        ("2027-01-14T17:00", "full", 0, ""),
        ("2027-01-18T17:00", "scheduled", 1, ""),
        ("2027-01-21T17:00", "scheduled", 2, ""),
    ]
    assert body["sessions"][0]["cancelled"] and body["sessions"][1]["full"]
    assert body["next_session"]["start"].startswith("2027-01-14")  # the first not cancelled
    assert body["places_left"] == 0  # the next session's: full, the waiting list
    assert "Αμίνα" not in response_text and "+3069" not in response_text  # no personal data


def test_pages_follow_one_another(client, openapi, net):
    first = get_json(client, openapi, f"/en{LIST}?per_page=1", LIST)
    second = get_json(client, openapi, f"/en{LIST}?per_page=1&page=2", LIST)
    beyond = get_json(client, openapi, f"/en{LIST}?per_page=1&page=3", LIST)

    assert first["total_pages"] == 2 and first["first_page"] and not first["last_page"]
    assert second["last_page"] and second["size"] == 1
    assert first["contents"][0]["id"] != second["contents"][0]["id"]
    assert beyond["empty"] and beyond["contents"] == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("community=act-nikaia", ["workshop"]),
        ("language=el", ["course"]),
        ("target_group=children", ["workshop"]),
        ("location={square}", ["workshop"]),
        ("location={branch}", ["course"]),
    ],
)
def test_filters_narrow_the_list(client, openapi, net, query, expected):
    workshop, course, square, branch = net
    names = {uid(workshop): "workshop", uid(course): "course"}
    query = query.format(
        square=location_uuid(square.place_id), branch=location_uuid(branch.place_id)
    )
    body = get_json(client, openapi, f"/en{LIST}?{query}", LIST)
    assert [names[item["id"]] for item in body["contents"]] == expected


def test_unpublished_activities_are_absent(client, openapi, net):
    workshop, course, *_ = net
    workshop.unpublish()
    body = get_json(client, openapi, f"/en{LIST}", LIST)
    assert [item["id"] for item in body["contents"]] == [uid(course)]
    get_json(client, openapi, f"/en/api/v1/activities/{uid(workshop)}", ONE, status=404)


def test_an_activity_at_a_place_no_longer_published_is_absent(client, openapi, net):
    workshop, course, square, _branch = net
    square.mobile_unit.unpublish()  # its stops are no longer published locations
    body = get_json(client, openapi, f"/en{LIST}", LIST)
    assert [item["id"] for item in body["contents"]] == [uid(course)]
    get_json(client, openapi, f"/en/api/v1/activities/{uid(workshop)}", ONE, status=404)


@pytest.mark.parametrize("activity_id", ["f78ca9ce-ca79-4eae-94ff-d69ea124cc41", "nonsense", "42"])
def test_unknown_ids_are_404_with_a_translated_detail(client, openapi, net, activity_id):
    body = get_json(client, openapi, f"/el/api/v1/activities/{activity_id}", ONE, status=404)
    assert body["detail"] == "Δεν υπάρχει δραστηριότητα με αυτό το id."


@pytest.mark.parametrize(
    ("query", "detail"),
    [
        ("location=stop-999999", "Unknown location id."),
        ("location=f49204a2-2ec5-44d2-9f73-f19764ffcba9", "Unknown location id."),
        ("community=atlantis", "Unknown municipal community."),
        ("language=xx", "Unknown language: choose el, en, ar or fa."),
        ("target_group=nobody", "Unknown target group."),
    ],
)
def test_bad_parameters_are_400_with_a_detail(client, openapi, net, query, detail):
    body = get_json(client, openapi, f"/en{LIST}?{query}", LIST, status=400)
    assert body["detail"] == detail


def test_bad_parameters_are_explained_in_the_language_asked(client, openapi, net):
    greek = get_json(client, openapi, f"/el{LIST}?target_group=nobody", LIST, status=400)
    arabic = get_json(
        client, openapi, f"{LIST}?language=xx", LIST, status=400, HTTP_ACCEPT_LANGUAGE="ar"
    )
    assert greek["detail"] == "Άγνωστη ομάδα-στόχος."
    assert arabic["detail"] == "لغة غير معروفة: اختر el أو en أو ar أو fa."
    malformed = get_json(client, openapi, f"/en{LIST}?per_page=0&language=%00", LIST, status=422)
    assert set(malformed["errors"]) == {"per_page", "language"}


def test_names_follow_the_language(client, openapi, net):
    workshop, *_ = net
    greek = get_json(client, openapi, f"/el/api/v1/activities/{uid(workshop)}", ONE)
    arabic = get_json(client, openapi, f"/ar/api/v1/activities/{uid(workshop)}", ONE)
    accepted = get_json(
        client, openapi, f"/api/v1/activities/{uid(workshop)}", ONE, HTTP_ACCEPT_LANGUAGE="ar"
    )
    assert greek["name"] == "Εργαστήρι" and greek["language_name"] == "Αραβικά"
    assert arabic["name"] == accepted["name"] == "ورشة"
    assert arabic["ical_url"].endswith(f"/ar/activities/{workshop.pk}/calendar.ics")


def test_queries_do_not_grow_with_the_activities(client, net):
    _workshop, _course, square, branch = net

    def count():
        with CaptureQueriesContext(connection) as queries:
            body = client.get(f"/en{LIST}?per_page=500").json()
        return len(queries), body["total_items"]

    few, few_items = count()
    for n in range(5):
        extra = activity(stop=square if n % 2 else None, branch=None if n % 2 else branch)
        seats.sign_up(
            activity=extra,
            details=details(phone=phone()),
            party_size=1,
            session_key=sessions.coming(extra)[0].key,
        )
        extra.target_groups.add(b.target_group())
        extra.save()
    many, many_items = count()

    assert many_items - few_items == 5
    assert many == few, (few, many)


def test_an_activity_in_a_local_space_names_the_space_and_the_branch_that_runs_it(
    client, openapi, net
):
    _workshop, _course, _square, branch = net
    hall = local_space(branch)
    stories = activity(space=hall, titles={"el": "Παραμύθια", "en": "Stories"}, valid_until=JANUARY)
    body = get_json(client, openapi, f"/en{ONE.format(activity_id=uid(stories))}", ONE)

    assert body["location_id"] is None  # a hall is not a location of services
    assert body["location_name"] == hall.name_en
    space = body["space"]
    assert space["id"] == public_id("space", hall.pk)
    assert (space["name"], space["postal_code"]) == (hall.name_en, "185 40")
    assert space["address"] == hall.address_en and space["latitude"] == 37.9609
    assert space["run_by_location_id"] == location_uuid(branch.place_id)
    listed = get_json(client, openapi, f"/en{LIST}", LIST)
    assert uid(stories) in {item["id"] for item in listed["contents"]}
    assert (
        get_json(client, openapi, f"/en{LIST}?location={location_uuid(branch.place_id)}", LIST)[
            "total_items"
        ]
        == 1
    )  # the branch's own course; the hall is not the branch
