"""The open-data API (/api/v1/): OpenAPI, HSDS shapes, filters, languages, bad input.

Every JSON answer is checked against the schema its operation declares in
/api/v1/openapi.json (tests/api_schema.py), so the document and the API
cannot drift apart.
"""

import datetime
from types import SimpleNamespace

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest
from openapi_spec_validator import validate

from services_catalog import schedules
from services_catalog.models import BranchPage, Stop
from services_catalog.public_ids import location_uuid, service_uuid
from tests import builders as b
from tests.api_schema import assert_matches_schema, get_json

pytestmark = pytest.mark.django_db

D = datetime.date
TO_BEFORE_FROM = "“to” must not be before “from”."

NIKAIA = {
    "el": "Κέντρο Υγείας Νίκαιας",
    "en": "Nikaia Health Centre",
    "ar": "المركز الصحي في نيكيا",
    "fa": "مرکز بهداشت نیکایا",
}


@pytest.fixture(scope="module")
def net(django_db_setup, django_db_blocker):
    """One branch, two vans with three stops, two services: built once for the module."""
    with b.built_once_per_module(django_db_blocker):
        west = b.community("api-west", "Δυτική Κοινότητα", en="West Community")
        east = b.community("api-east", "Ανατολική Κοινότητα", en="East Community")
        support = b.category("api-support", "Ψυχοκοινωνική στήριξη")
        legal = b.category("api-legal", "Νομική πληροφόρηση")
        adults = b.target_group("api-adults", "Ενήλικες")
        children = b.target_group("api-children", "Παιδιά")
        kem = b.branch(
            titles={"el": "Κέντρο Ένταξης Μεταναστών", "en": "Migrant Integration Centre"},
            community_obj=west,
        )
        unit1 = b.mobile_unit(titles={"el": "Κινητή Μονάδα 1", "en": "Mobile Unit 1"})
        unit2 = b.mobile_unit(titles={"el": "Κινητή Μονάδα 2", "en": "Mobile Unit 2"})
        nikaia = b.stop(unit1, names=NIKAIA, community_obj=east)  # 1st and 3rd Tuesday
        square = b.stop(
            unit1,
            "Πλατεία Καραϊσκάκη",
            community_obj=west,
            rule="RRULE:FREQ=WEEKLY;BYDAY=WE",
            start="09:30",
            end="12:30",
        )
        kapi = b.stop(
            unit2,
            "ΚΑΠΗ Καμινίων",
            community_obj=east,
            rule="RRULE:FREQ=WEEKLY;BYDAY=MO",
            start="11:00",
            end="13:00",
        )
        b.cancel(nikaia, D(2027, 1, 19), reason="Βλάβη οχήματος")
        psych = b.service(
            titles={"el": "Ψυχολογική στήριξη", "en": "Psychological support"},
            branches=[kem],
            units=[unit1],
            category_obj=support,
        )
        psych.target_groups.set([adults])
        psych.save()
        advice = b.service(
            titles={"el": "Νομική συμβουλή", "en": "Legal advice"},
            branches=[kem],
            category_obj=legal,
            bookable=False,
        )
        advice.target_groups.set([children])
        advice.save()
        yield SimpleNamespace(
            west=west,
            east=east,
            kem=kem,
            unit1=unit1,
            unit2=unit2,
            nikaia=nikaia,
            square=square,
            kapi=kapi,
            psych=psych,
            advice=advice,
        )


def ids(items):
    return [item["id"] for item in items]


def sid(service):
    """A service's public id (UUID)."""
    return service_uuid(service.pk)


def lid(place):
    """A branch's or a stop's public id (UUID)."""
    return location_uuid(place.place_id)


def occurrence_ids(start, end, *, branches=None, stops=None, include_cancelled=False):
    found = schedules.occurrences(
        start, end, branches=branches, stops=stops, include_cancelled=include_cancelled
    )
    return [o.id for o in found]


# --- The OpenAPI document ----------------------------------------------------------


def test_openapi_document_is_valid_and_describes_every_operation(openapi):
    validate(openapi)

    assert openapi["openapi"].startswith("3.")
    for path in (
        "/api/v1/services",
        "/api/v1/services/{service_id}",
        "/api/v1/locations",
        "/api/v1/locations/{location_id}",
        "/api/v1/service_at_locations",
        "/api/v1/occurrences",
    ):
        assert "get" in openapi["paths"][path], path
    parameters = {
        p["name"]: p for p in openapi["paths"]["/api/v1/occurrences"]["get"]["parameters"]
    }
    assert parameters["from"]["required"] and parameters["to"]["required"]
    assert {"location", "mobile_unit", "community", "service", "include_cancelled"} <= set(
        parameters
    )


def test_the_language_prefixed_api_publishes_its_own_valid_document(client):
    document = client.get("/ar/api/v1/openapi.json").json()

    validate(document)
    assert any(path.endswith("/api/v1/occurrences") for path in document["paths"])


# --- Shapes ------------------------------------------------------------------------


def test_services_are_an_hsds_page_of_services_with_their_locations(client, openapi, net):
    body = get_json(client, openapi, "/en/api/v1/services", "/api/v1/services")

    assert {
        key: body[key]
        for key in ("total_items", "total_pages", "page_number", "size", "first_page", "last_page")
    } == {
        "total_items": 2,
        "total_pages": 1,
        "page_number": 1,
        "size": 2,
        "first_page": True,
        "last_page": True,
    }
    assert body["empty"] is False
    by_id = {service["id"]: service for service in body["contents"]}
    psych = by_id[sid(net.psych)]
    assert psych["name"] == "Psychological support"
    assert psych["url"] == f"http://testserver{b.url(net.psych, 'en')}"
    assert psych["category"]["code"] == "api-support"
    assert psych["category"]["name"] == "Ψυχοκοινωνική στήριξη"
    assert [group["code"] for group in psych["target_groups"]] == ["api-adults"]
    assert psych["channels"] == ["branch", "mobile_unit"]
    assert psych["bookable"] is True
    assert psych["appointment_minutes"] == 30
    assert psych["fees_description"]
    # Listed with their ids; GET /services/{id} nests each location.
    assert [(sal["service_id"], sal["location_id"]) for sal in psych["service_at_locations"]] == [
        (sid(net.psych), lid(place)) for place in (net.kem, net.nikaia, net.square)
    ]
    assert {sal["appointment_minutes"] for sal in psych["service_at_locations"]} == {30}
    advice = by_id[sid(net.advice)]
    # Not bookable online: no appointment length (HSDS documents carry no nulls).
    assert "appointment_minutes" not in advice
    assert [sal["location_id"] for sal in advice["service_at_locations"]] == [lid(net.kem)]


def test_one_service_is_the_same_object_as_in_the_list(client, openapi, net):
    listed = get_json(client, openapi, "/en/api/v1/services", "/api/v1/services")["contents"]

    one = get_json(
        client,
        openapi,
        f"/en/api/v1/services/{sid(net.advice)}",
        "/api/v1/services/{service_id}",
    )

    # The same, each service_at_location with its location nested.
    locations = [sal.pop("location") for sal in one["service_at_locations"]]
    assert one == next(s for s in listed if s["id"] == sid(net.advice))
    assert [location["external_identifier"] for location in locations] == [net.kem.place_id]
    assert one["name"] == "Legal advice"


def test_locations_are_branches_and_stops_with_addresses_and_hsds_schedules(client, openapi, net):
    body = get_json(client, openapi, "/el/api/v1/locations", "/api/v1/locations")

    assert ids(body["contents"]) == [lid(p) for p in (net.kem, net.nikaia, net.square, net.kapi)]
    assert [loc["external_identifier"] for loc in body["contents"]] == [
        f"branch-{net.kem.pk}",
        f"stop-{net.nikaia.pk}",
        f"stop-{net.square.pk}",
        f"stop-{net.kapi.pk}",
    ]
    branch, nikaia = body["contents"][0], body["contents"][1]
    assert branch["kind"] == "branch"
    assert "mobile_unit" not in branch
    assert branch["addresses"][0]["region"] == "Δυτική Κοινότητα"
    assert branch["addresses"][0]["country"] == "GR"
    assert (branch["latitude"], branch["longitude"]) == (37.9431, 23.6469)
    (branch_schedule,) = branch["schedules"]
    assert {
        key: branch_schedule[key]
        for key in ("freq", "byday", "opens_at", "closes_at", "dtstart", "tzid")
    } == {
        "freq": "WEEKLY",
        "byday": "MO,TU,WE,TH,FR",
        "opens_at": "08:00",
        "closes_at": "16:00",
        "dtstart": "2025-01-01",
        "tzid": "Europe/Athens",
    }
    assert "timezone" not in branch_schedule  # HSDS 3.0 types it as a number (an offset)
    assert nikaia["kind"] == "stop"
    assert nikaia["name"] == NIKAIA["el"]
    assert nikaia["url"] == f"http://testserver{b.stop_url(net.nikaia, 'el')}"
    assert nikaia["mobile_unit"] == {"id": str(net.unit1.pk), "name": "Κινητή Μονάδα 1"}
    assert nikaia["addresses"][0]["address_1"] == net.nikaia.address_el
    assert nikaia["addresses"][0]["region"] == "Ανατολική Κοινότητα"
    assert [phone["number"] for phone in nikaia["phones"]] == ["210 412 0040"]
    (visit,) = nikaia["schedules"]
    assert visit["key"] == f"stop-visit-{net.nikaia.visits.get().pk}"
    assert visit["location_id"] == lid(net.nikaia)
    assert {
        key: visit[key]
        for key in ("freq", "interval", "byday", "opens_at", "closes_at", "dtstart", "capacity")
    } == {
        "freq": "MONTHLY",
        "interval": 1,
        "byday": "1TU,3TU",
        "opens_at": "10:00",
        "closes_at": "13:30",
        "dtstart": "2025-01-01",
        "capacity": 2,
    }
    assert visit["open_on_public_holidays"] is False
    assert visit["description"]


@pytest.mark.parametrize("which", ["kem", "square"])
def test_one_location_is_the_same_object_as_in_the_list(client, openapi, net, which):
    place = getattr(net, which)
    listed = get_json(client, openapi, "/en/api/v1/locations", "/api/v1/locations")["contents"]

    one = get_json(
        client,
        openapi,
        f"/en/api/v1/locations/{lid(place)}",
        "/api/v1/locations/{location_id}",
    )

    assert one == next(loc for loc in listed if loc["id"] == lid(place))


def test_service_at_locations_pair_every_service_with_every_place_offering_it(client, openapi, net):
    body = get_json(
        client, openapi, "/en/api/v1/service_at_locations", "/api/v1/service_at_locations"
    )

    assert {(item["service_id"], item["location_id"]) for item in body["contents"]} == {
        (sid(net.psych), lid(net.kem)),
        (sid(net.psych), lid(net.nikaia)),
        (sid(net.psych), lid(net.square)),
        (sid(net.advice), lid(net.kem)),
    }
    assert body["total_items"] == 4


def test_occurrences_are_the_portal_occurrences_with_local_offsets(client, openapi, net):
    body = get_json(
        client,
        openapi,
        "/en/api/v1/occurrences?from=2027-03-01&to=2027-04-30&per_page=500",
        "/api/v1/occurrences",
    )

    expected = occurrence_ids(
        D(2027, 3, 1), D(2027, 4, 30), branches=BranchPage.objects.all(), stops=Stop.objects.all()
    )
    assert ids(body["contents"]) == expected
    assert body["total_items"] == len(expected) > 50
    nikaia = [o for o in body["contents"] if o["location_id"] == lid(net.nikaia)]
    # Summer time starts on 28 March 2027: the visit stays at 10:00 local time.
    assert [(o["start"], o["end"]) for o in nikaia] == [
        ("2027-03-02T10:00:00+02:00", "2027-03-02T13:30:00+02:00"),
        ("2027-03-16T10:00:00+02:00", "2027-03-16T13:30:00+02:00"),
        ("2027-04-06T10:00:00+03:00", "2027-04-06T13:30:00+03:00"),
        ("2027-04-20T10:00:00+03:00", "2027-04-20T13:30:00+03:00"),
    ]
    assert all(o["status"] == "scheduled" and o["reason"] == "" for o in body["contents"])
    assert nikaia[0]["location_name"] == "Nikaia Health Centre"
    assert nikaia[0]["mobile_unit"] == {"id": str(net.unit1.pk), "name": "Mobile Unit 1"}
    assert nikaia[0]["capacity"] == 2
    branch = next(o for o in body["contents"] if o["location_id"] == lid(net.kem))
    assert branch["mobile_unit"] is None
    assert branch["location_name"] == "Migrant Integration Centre"


# --- Filters -----------------------------------------------------------------------


@pytest.mark.parametrize("which", ["location", "mobile_unit", "community", "service"])
def test_occurrence_filters_narrow_to_the_same_places_as_the_portal(client, openapi, net, which):
    query, branches, stops = {
        "location": (f"location=stop-{net.square.pk}", [], [net.square.pk]),
        "mobile_unit": (f"mobile_unit={net.unit2.pk}", [], [net.kapi.pk]),
        "community": ("community=api-east", [], [net.nikaia.pk, net.kapi.pk]),
        "service": (f"service={net.psych.pk}", [net.kem.pk], [net.nikaia.pk, net.square.pk]),
    }[which]

    body = get_json(
        client,
        openapi,
        f"/en/api/v1/occurrences?from=2027-02-01&to=2027-02-28&per_page=500&{query}",
        "/api/v1/occurrences",
    )

    expected = occurrence_ids(D(2027, 2, 1), D(2027, 2, 28), branches=branches, stops=stops)
    assert ids(body["contents"]) == expected
    assert expected
    places = {location_uuid(f"branch-{pk}") for pk in branches} | {
        location_uuid(f"stop-{pk}") for pk in stops
    }
    assert {o["location_id"] for o in body["contents"]} == places


def test_a_cancelled_visit_appears_with_its_reason_only_when_asked_for(client, openapi, net):
    url = f"/en/api/v1/occurrences?from=2027-01-01&to=2027-01-31&location=stop-{net.nikaia.pk}"

    active = get_json(client, openapi, url, "/api/v1/occurrences")["contents"]
    everything = get_json(client, openapi, url + "&include_cancelled=true", "/api/v1/occurrences")[
        "contents"
    ]

    assert [(o["start"], o["status"]) for o in active] == [
        ("2027-01-05T10:00:00+02:00", "scheduled")
    ]
    assert [(o["start"], o["status"], o["reason"]) for o in everything] == [
        ("2027-01-05T10:00:00+02:00", "scheduled", ""),
        ("2027-01-19T10:00:00+02:00", "cancelled", "Βλάβη οχήματος"),
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("category=api-legal", ["advice"]),
        ("category=api-support", ["psych"]),
        ("target_group=api-adults", ["psych"]),
        ("target_group=api-children&category=api-legal", ["advice"]),
        ("target_group=api-children&category=api-support", []),
        ("category=no-such-category", []),
    ],
)
def test_services_filter_by_category_and_target_group(client, openapi, net, query, expected):
    body = get_json(client, openapi, f"/en/api/v1/services?{query}", "/api/v1/services")

    assert ids(body["contents"]) == [sid(getattr(net, name)) for name in expected]
    assert body["total_items"] == len(expected)
    assert body["empty"] is not expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=branch", ["kem"]),
        ("kind=stop", ["nikaia", "square", "kapi"]),
        ("community=api-west", ["kem", "square"]),
        ("community=api-east&kind=stop", ["nikaia", "kapi"]),
        ("community=api-east&kind=branch", []),
    ],
)
def test_locations_filter_by_kind_and_community(client, openapi, net, query, expected):
    body = get_json(client, openapi, f"/en/api/v1/locations?{query}", "/api/v1/locations")

    assert ids(body["contents"]) == [lid(getattr(net, name)) for name in expected]


def test_pages_of_locations_follow_one_another_and_say_which_is_last(client, openapi, net):
    everything = ids(
        get_json(client, openapi, "/en/api/v1/locations", "/api/v1/locations")["contents"]
    )

    first = get_json(client, openapi, "/en/api/v1/locations?per_page=3", "/api/v1/locations")
    second = get_json(
        client, openapi, "/en/api/v1/locations?per_page=3&page=2", "/api/v1/locations"
    )

    assert (first["total_items"], first["total_pages"], first["size"]) == (4, 2, 3)
    assert (first["first_page"], first["last_page"], first["page_number"]) == (True, False, 1)
    assert (second["first_page"], second["last_page"], second["page_number"]) == (False, True, 2)
    assert second["size"] == 1
    assert ids(first["contents"]) + ids(second["contents"]) == everything


def test_a_page_beyond_the_last_is_an_empty_page_not_an_error(client, openapi, net):
    body = get_json(client, openapi, "/en/api/v1/services?page=7&per_page=1", "/api/v1/services")

    assert body["contents"] == []
    assert (body["empty"], body["size"], body["last_page"]) == (True, 0, True)
    assert (body["page_number"], body["total_pages"], body["total_items"]) == (7, 2, 2)


# --- Language ------------------------------------------------------------------------


def test_texts_follow_the_language_prefix_or_accept_language(client, openapi, net):
    location = f"locations/{lid(net.nikaia)}"
    path = "/api/v1/locations/{location_id}"

    by_prefix = client.get(f"/ar/api/v1/{location}")
    by_header = client.get(f"/api/v1/{location}", HTTP_ACCEPT_LANGUAGE="ar")
    english = client.get(f"/en/api/v1/{location}", HTTP_ACCEPT_LANGUAGE="ar")
    default = client.get(f"/api/v1/{location}")

    for response in (by_prefix, by_header, english, default):
        assert response.status_code == 200
        assert_matches_schema(openapi, path, "get", 200, response.json())
    assert by_prefix.json()["name"] == by_header.json()["name"] == NIKAIA["ar"]
    assert by_prefix["Content-Language"] == by_header["Content-Language"] == "ar"
    assert "/ar/" in by_prefix.json()["url"]
    assert english.json()["name"] == NIKAIA["en"]
    assert english["Content-Language"] == "en"
    assert default.json()["name"] == NIKAIA["el"]
    assert default["Content-Language"] == "el"
    # Greek, Arabic and Persian travel as themselves, not as \\u escapes.
    assert NIKAIA["ar"].encode() in by_prefix.content


def test_list_texts_follow_the_language_too(client, openapi, net):
    english = get_json(
        client, openapi, "/api/v1/services", "/api/v1/services", HTTP_ACCEPT_LANGUAGE="en"
    )
    greek = get_json(client, openapi, "/el/api/v1/services", "/api/v1/services")

    assert sorted(s["name"] for s in english["contents"]) == [
        "Legal advice",
        "Psychological support",
    ]
    assert sorted(s["name"] for s in greek["contents"]) == [
        "Νομική συμβουλή",
        "Ψυχολογική στήριξη",
    ]


# --- Bad input: clean JSON errors, never a 500 -----------------------------------------


@pytest.mark.parametrize(
    ("query", "fields"),
    [
        ("from=2027-13-01&to=2027-12-31", {"from"}),
        ("from=2027-01-01&to=tomorrow", {"to"}),
        ("from=01/02/2027&to=2027-02-30", {"from", "to"}),
        ("to=2027-01-31", {"from"}),
        ("from=2027-01-01&to=2027-01-31&mobile_unit=abc", {"mobile_unit"}),
        ("from=2027-01-01&to=2027-01-31&service=1.5", {"service"}),
        ("from=2027-01-01&to=2027-01-31&include_cancelled=perhaps", {"include_cancelled"}),
    ],
)
def test_malformed_occurrence_parameters_are_422_naming_each_field(
    client, openapi, net, query, fields
):
    body = get_json(
        client,
        openapi,
        f"/en/api/v1/occurrences?{query}",
        "/api/v1/occurrences",
        status=422,
    )

    assert set(body["errors"]) == fields
    assert body["detail"] == "Some values are not valid."


def test_field_errors_say_what_is_expected(client, openapi, net):
    malformed = get_json(
        client,
        openapi,
        "/en/api/v1/occurrences?from=2027-13-01&to=2027-12-31",
        "/api/v1/occurrences",
        status=422,
    )
    missing = get_json(
        client, openapi, "/en/api/v1/occurrences?from=2027-01-01", "/api/v1/occurrences", status=422
    )

    assert malformed["errors"] == {"from": ["Write a date as YYYY-MM-DD, for example 2026-12-01."]}
    assert missing["errors"] == {"to": ["This field is required."]}


@pytest.mark.parametrize(
    ("query", "detail"),
    [
        ("from=2027-02-01&to=2027-01-31", TO_BEFORE_FROM),
        ("from=2027-01-01&to=2028-01-02", "Ask for one year at most."),
        ("from=2027-01-01&to=2027-01-31&location=nowhere-1", "Unknown location id."),
        ("from=2027-01-01&to=2027-01-31&location=stop-x", "Unknown location id."),
        ("from=2027-01-01&to=2027-01-31&community=nope", "Unknown municipal community."),
        ("from=2027-01-01&to=2027-01-31&service=999999", "Unknown service."),
    ],
)
def test_nonsense_occurrence_queries_are_400_with_a_detail(client, openapi, net, query, detail):
    body = get_json(
        client, openapi, f"/en/api/v1/occurrences?{query}", "/api/v1/occurrences", status=400
    )

    assert body == {"detail": detail}


def test_exactly_one_year_is_allowed(client, openapi, net):
    body = get_json(
        client,
        openapi,
        f"/en/api/v1/occurrences?from=2027-01-01&to=2028-01-01&location=stop-{net.nikaia.pk}",
        "/api/v1/occurrences",
    )

    assert body["total_items"] == len(
        occurrence_ids(D(2027, 1, 1), D(2028, 1, 1), stops=[net.nikaia.pk])
    )


@pytest.mark.parametrize(
    "location_id", ["xyz", "stop-", "stop-abc", "branch-1-2", "van-1", "stop-999999", "branch-0"]
)
def test_unknown_or_malformed_location_ids_are_404_with_a_detail(client, openapi, net, location_id):
    body = get_json(
        client,
        openapi,
        f"/en/api/v1/locations/{location_id}",
        "/api/v1/locations/{location_id}",
        status=404,
    )

    assert body == {"detail": "No location with this id."}


def test_a_stop_id_is_not_a_branch_id(client, openapi, net):
    get_json(
        client,
        openapi,
        f"/en/api/v1/locations/branch-{net.nikaia.pk}",
        "/api/v1/locations/{location_id}",
        status=404,
    )


def test_unknown_and_malformed_service_ids(client, openapi, net):
    missing = get_json(
        client,
        openapi,
        "/en/api/v1/services/999999",
        "/api/v1/services/{service_id}",
        status=404,
    )
    malformed = get_json(
        client, openapi, "/en/api/v1/services/abc", "/api/v1/services/{service_id}", status=422
    )

    assert missing == {"detail": "No service with this id."}
    assert set(malformed["errors"]) == {"service_id"}


def test_unprefixed_api_errors_are_404_in_the_asked_language(client, openapi, net):
    response = client.get("/api/v1/locations/stop-999999", HTTP_ACCEPT_LANGUAGE="en")

    # The API's own answer, not a redirect to a language prefix.
    assert response.status_code == 404
    assert response.json() == {"detail": "No location with this id."}
    assert response["Content-Language"] == "en"
    assert_matches_schema(openapi, "/api/v1/locations/{location_id}", "get", 404, response.json())


def test_unknown_community_or_kind_of_location_is_400(client, openapi, net):
    community = get_json(
        client, openapi, "/en/api/v1/locations?community=nope", "/api/v1/locations", status=400
    )
    kind = get_json(
        client, openapi, "/en/api/v1/locations?kind=van", "/api/v1/locations", status=400
    )

    assert community == {"detail": "Unknown municipal community."}
    assert kind["detail"].startswith("kind must be")


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("/en/api/v1/services?per_page=0", "/api/v1/services"),
        ("/en/api/v1/services?per_page=1000", "/api/v1/services"),
        ("/en/api/v1/locations?per_page=1000", "/api/v1/locations"),
        ("/en/api/v1/service_at_locations?per_page=-1", "/api/v1/service_at_locations"),
        ("/en/api/v1/occurrences?from=2027-01-01&to=2027-01-02&per_page=0", "/api/v1/occurrences"),
    ],
)
def test_per_page_out_of_range_is_422(client, openapi, net, url, path):
    body = get_json(client, openapi, url, path, status=422)

    assert set(body["errors"]) == {"per_page"}


def test_page_zero_is_422(client, openapi, net):
    body = get_json(client, openapi, "/en/api/v1/locations?page=0", "/api/v1/locations", status=422)

    assert set(body["errors"]) == {"page"}


INVALID = "Some values are not valid."
BAD_DATE = "Write a date as YYYY-MM-DD, for example 2026-12-01."


@pytest.mark.parametrize(
    ("query", "status", "english"),
    [
        ("from=2027-02-01&to=2027-01-31", 400, {"detail": TO_BEFORE_FROM}),
        ("from=2027-02-31&to=2027-03-01", 422, {"detail": INVALID, "errors": {"from": [BAD_DATE]}}),
    ],
)
def test_error_details_are_translated_into_greek(client, openapi, net, query, status, english):
    url = f"api/v1/occurrences?{query}"

    greek = get_json(client, openapi, f"/el/{url}", "/api/v1/occurrences", status=status)
    by_header = get_json(
        client, openapi, f"/{url}", "/api/v1/occurrences", status=status, HTTP_ACCEPT_LANGUAGE="el"
    )

    assert get_json(client, openapi, f"/en/{url}", "/api/v1/occurrences", status=status) == english
    assert greek == by_header
    assert greek["detail"] != english["detail"]
    with translation.override("el"):
        assert greek["detail"] == translation.gettext(english["detail"])
        if "errors" in english:
            assert greek["errors"] == {"from": [translation.gettext(BAD_DATE)]}


# --- Query count ---------------------------------------------------------------------


def test_queries_do_not_grow_with_the_number_of_stops(client, net):
    unit = b.mobile_unit()
    urls = (
        "/en/api/v1/occurrences?from=2027-01-01&to=2027-12-31&per_page=500",
        "/en/api/v1/locations?per_page=500",
    )

    def measure():
        counts, totals = [], []
        for url in urls:
            client.get(url)  # caches (site root paths, settings) are not what is measured
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            assert response.status_code == 200
            counts.append(len(queries))
            totals.append(response.json()["total_items"])
        return counts, totals

    stops = [b.stop(unit, community_obj=net.east) for _ in range(3)]
    few, few_totals = measure()
    for _ in range(12):
        b.stop(unit, community_obj=net.east)
    many, many_totals = measure()

    assert many == few
    assert max(few) <= 10, few
    # The twelve new stops are in there, with all their visits.
    per_stop = len(occurrence_ids(D(2027, 1, 1), D(2027, 12, 31), stops=[stops[0].pk]))
    assert per_stop > 20
    assert many_totals[0] - few_totals[0] == 12 * per_stop
    assert many_totals[1] - few_totals[1] == 12
