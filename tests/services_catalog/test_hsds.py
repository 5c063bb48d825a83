"""The open-data API conforms to Open Referral HSDS 3.0 (issue 15).

Every document the API serves is validated against the schema Open
Referral publishes for its type (vendored in hsds_schemas/, see
tests/services_catalog/hsds.py): services (as listed and fully nested),
service_at_locations, organizations, locations, taxonomies and terms — in
Greek and in Arabic, for bookable and unbookable services, services that
are not free, branches and van stops. Ids are UUIDv5 of a settings
namespace and an internal key that a rename or a move does not touch; the
ids used before keep working (308 to the UUID, or accepted as input).
"""

import datetime
import uuid
from types import SimpleNamespace

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

import pytest
import time_machine

from booking.models import Appointment
from booking.slots import free_slots
from services_catalog import public_ids
from services_catalog.api import organizations as organization_sources
from services_catalog.public_ids import location_uuid, service_uuid
from tests import builders as b
from tests.api_schema import call, get_json
from tests.booking import builders as bb
from tests.services_catalog.hsds import assert_hsds, hsds_errors, hsds_operations

pytestmark = pytest.mark.django_db

DAILY = "RRULE:FREQ=DAILY"
YEARLY = "RRULE:FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=1"
LANGUAGES = ("el", "ar")
MONDAY = datetime.datetime(2027, 1, 11, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))


@pytest.fixture(scope="module")
def net(django_db_setup, django_db_blocker):
    """Two branches, two vans with stops, four services of every sort: built once."""
    with b.built_once_per_module(django_db_blocker):
        west = b.community("hsds-west", "Δυτική Κοινότητα", en="West Community")
        east = b.community("hsds-east", "Ανατολική Κοινότητα", en="East Community")
        support = b.category("hsds-support", "Ψυχοκοινωνική στήριξη")
        adults = b.target_group("hsds-adults", "Ενήλικες")
        roma = b.target_group("hsds-roma", "Ρομά")
        kem = b.branch(community_obj=west)
        quiet = b.branch(community_obj=east, rule=DAILY, phone="", accessibility="Ράμπα, WC ΑμεΑ")
        unit = b.mobile_unit(accessibility="Χαμηλό δάπεδο")
        square = b.stop(unit, "Πλατεία", community_obj=west, rule="RRULE:FREQ=WEEKLY;BYDAY=WE")
        fair = b.stop(unit, "Πανηγύρι", community_obj=east, rule=YEARLY)
        bare = b.mobile_unit(phone="")
        b.stop(bare, "Χωριό", community_obj=east, rule=None)
        psych = b.service(branches=[kem], units=[unit], category_obj=support)
        psych.target_groups.set([adults, roma])
        psych.save()
        paid = b.service(branches=[quiet], bookable=False, free_of_charge=False)
        lonely = b.service(bookable=False)  # offered nowhere yet
        vans = b.service(units=[unit, bare], appointment_minutes=45)
        yield SimpleNamespace(
            west=west,
            east=east,
            kem=kem,
            quiet=quiet,
            unit=unit,
            square=square,
            fair=fair,
            psych=psych,
            paid=paid,
            lonely=lonely,
            vans=vans,
        )


def everything(client, openapi, language):
    """{kind: [documents]} of every list and every single document the API serves."""
    prefix = f"/{language}/api/v1"
    lists = {
        "services": "/api/v1/services",
        "service_at_locations": "/api/v1/service_at_locations",
        "organizations": "/api/v1/organizations",
        "locations": "/api/v1/locations",
        "taxonomies": "/api/v1/taxonomies",
        "taxonomy_terms": "/api/v1/taxonomy_terms",
    }
    found = {
        name: get_json(client, openapi, f"{prefix}/{name}?per_page=500", path)["contents"]
        for name, path in lists.items()
    }
    for name, path in lists.items():
        found[f"one of {name}"] = [
            get_json(
                client,
                openapi,
                f"{prefix}/{name}/{item['id']}",
                openapi_path_of(openapi, path),
            )
            for item in found[name]
        ]
    return found


def openapi_path_of(openapi, list_path):
    """The one-item path of a list path, e.g. /api/v1/services/{service_id}."""
    return next(
        path
        for path in openapi["paths"]
        if path.startswith(list_path + "/{") and path.count("/") == list_path.count("/") + 1
    )


# --- Every document is valid HSDS 3.0 -------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_document_the_api_serves_is_valid_hsds(client, openapi, net, language):
    found = everything(client, openapi, language)

    for service in found["services"] + found["one of services"]:
        assert_hsds("service_list", service)
        assert_hsds("service", service)
    for item in found["service_at_locations"] + found["one of service_at_locations"]:
        assert_hsds("service_at_location_list", item)
        assert_hsds("service_at_location", item)
    for organization in found["organizations"] + found["one of organizations"]:
        assert_hsds("organization_list", organization)
        assert_hsds("organization", organization)
    for location in found["locations"] + found["one of locations"]:
        assert_hsds("location", location)
    for taxonomy in found["taxonomies"] + found["one of taxonomies"]:
        assert_hsds("taxonomy", taxonomy)
    for term in found["taxonomy_terms"] + found["one of taxonomy_terms"]:
        assert_hsds("taxonomy_term", term)
    # Not vacuous: every sort of thing is there, nested objects included.
    assert len(found["services"]) == 4
    assert len(found["service_at_locations"]) == 3 + 1 + 3  # psych, paid, vans
    assert len(found["locations"]) == 5
    nested = [
        sal["location"] for s in found["one of services"] for sal in s["service_at_locations"]
    ]
    assert all(location["schedules"] for location in nested[:3])
    assert any(location["accessibility"] for location in nested)


def test_the_schemas_do_catch_what_we_used_to_serve(client, openapi, net):
    """The check can fail: the documents served before issue 15 are refused."""
    before = {"id": "18", "name": "Ψυχολογική στήριξη", "status": "active"}
    schedule = {"id": "branch-schedule-3", "timezone": "Europe/Athens", "freq": "DAILY"}
    location = {"id": "branch-3", "location_type": "physical", "schedules": [schedule]}

    assert hsds_errors("service", before)
    assert len(hsds_errors("location", location)) == 4  # two ids, timezone, freq
    assert hsds_errors("service", {**before, "id": str(uuid.uuid4()), "url": None})


def test_ids_and_references_point_at_published_things(client, openapi, net):
    found = everything(client, openapi, "el")
    ids = {kind: {item["id"] for item in found[kind]} for kind in found}

    for service in found["services"]:
        assert service["organization_id"] in ids["organizations"]
        assert service["organization"]["id"] == service["organization_id"]
        for sal in service["service_at_locations"]:
            assert sal["id"] in ids["service_at_locations"]
            assert sal["location_id"] in ids["locations"]
            assert sal["service_id"] == service["id"]
        for attribute in service["attributes"]:
            assert attribute["taxonomy_term_id"] in ids["taxonomy_terms"]
            assert attribute["link_id"] == service["id"]
    for term in found["taxonomy_terms"]:
        assert term["taxonomy_id"] in ids["taxonomies"]
    for location in found["locations"]:
        for schedule in location["schedules"]:
            assert schedule["location_id"] == location["id"]
    every_id = [item["id"] for kind in found if not kind.startswith("one") for item in found[kind]]
    assert len(every_id) == len(set(every_id))  # no two things share a UUID


# --- What we fill ----------------------------------------------------------------------


def test_a_service_carries_the_hsds_fields_we_have(client, openapi, net):
    path = "/api/v1/services/{service_id}"
    psych = get_json(client, openapi, f"/en/api/v1/services/{service_uuid(net.psych.pk)}", path)
    paid = get_json(client, openapi, f"/en/api/v1/services/{service_uuid(net.paid.pk)}", path)

    assert psych["status"] == "active"
    assert psych["last_modified"].startswith(f"{net.psych.last_published_at:%Y-%m-%d}")
    assert psych["fees_description"] == "Free of charge"
    assert "fees_description" not in paid  # not free: we hold no fee to describe
    # The municipal communities of the places that offer it, by name.
    assert [area["name"] for area in psych["service_areas"]] == ["East Community", "West Community"]
    terms = [(a["link_type"], a["taxonomy_term"]["code"]) for a in psych["attributes"]]
    assert terms == [
        ("category", "hsds-support"),
        ("target-group", "hsds-adults"),
        ("target-group", "hsds-roma"),
    ]
    assert psych["organization"]["name"]
    assert psych["organization"]["description"]
    # Extensions stay, marked as such in the OpenAPI document.
    assert psych["bookable"] is True and psych["appointment_minutes"] == 30
    service_schema = openapi["components"]["schemas"]["Service"]["properties"]
    assert service_schema["bookable"]["x-extension"] is True
    assert "x-extension" not in service_schema["fees_description"]


def test_a_location_carries_address_phone_accessibility_and_hsds_schedules(client, openapi, net):
    quiet = get_json(
        client,
        openapi,
        f"/en/api/v1/locations/{location_uuid(net.quiet.place_id)}",
        "/api/v1/locations/{location_id}",
    )
    fair = get_json(
        client,
        openapi,
        f"/en/api/v1/locations/{location_uuid(net.fair.place_id)}",
        "/api/v1/locations/{location_id}",
    )

    (address,) = quiet["addresses"]
    assert (address["country"], address["address_type"], address["postal_code"]) == (
        "GR",
        "physical",
        "185 35",
    )
    assert quiet["phones"] == []  # the branch has no phone of its own
    assert [a["description"] for a in quiet["accessibility"]] == ["Ράμπα, WC ΑμεΑ"]
    (daily,) = quiet["schedules"]
    # HSDS 3.0 knows WEEKLY and MONTHLY only: every day is every day of the week.
    assert (daily["freq"], daily["byday"], daily["interval"]) == (
        "WEEKLY",
        "MO,TU,WE,TH,FR,SA,SU",
        1,
    )
    assert daily["tzid"] == "Europe/Athens" and "timezone" not in daily
    assert daily["schedule_link"] == f"http://testserver/en/ical/branches/{net.quiet.pk}.ics"
    (yearly,) = fair["schedules"]
    # Not expressible in HSDS fields: said in words, the times still given.
    assert "freq" not in yearly and yearly["description"] and yearly["opens_at"] == "10:00"
    assert [a["description"] for a in fair["accessibility"]] == ["Χαμηλό δάπεδο"]
    assert fair["external_identifier"] == net.fair.place_id


def test_the_root_says_which_hsds_version_it_serves(client, openapi, net):
    body = get_json(client, openapi, "/el/api/v1/", "/api/v1/")

    assert body["version"] == "3.0"
    assert body["openapi_url"] == "http://testserver/el/api/v1/openapi.json"
    assert client.get(body["openapi_url"]).status_code == 200
    assert body["profile"].startswith("https://")


def test_taxonomy_terms_filter_by_taxonomy(client, openapi, net):
    taxonomies = get_json(client, openapi, "/en/api/v1/taxonomies", "/api/v1/taxonomies")
    by_name = {t["name"]: t["id"] for t in taxonomies["contents"]}

    groups = get_json(
        client,
        openapi,
        f"/en/api/v1/taxonomy_terms?taxonomy_id={by_name['Target groups']}&per_page=500",
        "/api/v1/taxonomy_terms",
    )

    codes = {term["code"] for term in groups["contents"]}
    assert {"hsds-adults", "hsds-roma"} <= codes
    assert "hsds-support" not in codes
    assert set(by_name) == {"Service categories", "Target groups"}


def test_another_app_adds_organisations_with_one_function(client, openapi, net):
    partner_id = public_ids.public_id("organization", "partner-1")

    def partners(request):
        return [{"id": partner_id, "name": "ΜΚΟ", "description": "Εταίρος.", "phones": []}]

    organization_sources.register_source(partners)
    try:
        listed = get_json(client, openapi, "/el/api/v1/organizations", "/api/v1/organizations")
        one = get_json(
            client,
            openapi,
            f"/el/api/v1/organizations/{partner_id}",
            "/api/v1/organizations/{organization_id}",
        )
    finally:
        organization_sources._SOURCES.remove(partners)

    assert [o["id"] for o in listed["contents"]] == [organization_sources.centre_uuid(), partner_id]
    assert one["name"] == "ΜΚΟ"
    assert_hsds("organization", one)


# --- Stable ids ------------------------------------------------------------------------


def test_ids_are_uuid5_of_the_namespace_and_the_internal_key():
    namespace = uuid.UUID("980ebaec-8be7-501a-b208-0f86759ceb01")

    assert service_uuid(18) == str(uuid.uuid5(namespace, "service:18"))
    assert location_uuid("branch-3") == str(uuid.uuid5(namespace, "location:branch-3"))
    with override_settings(HSDS_UUID_NAMESPACE=str(uuid.uuid4())):
        assert service_uuid(18) != str(uuid.uuid5(namespace, "service:18"))


def test_renaming_or_moving_keeps_every_id(client, openapi, net):
    service = b.service(branches=[net.kem])
    stop = b.stop(net.unit, "Αγορά", community_obj=net.west)
    before_service = service_uuid(service.pk)
    before_stop = location_uuid(stop.place_id)

    service.title_el, service.slug_el = "Άλλο όνομα", "allo-onoma"
    service.save()
    service.move(b.services_index(), pos="first-child")
    stop.name_el, stop.community = "Νέα αγορά", net.east
    stop.save()
    body = get_json(client, openapi, "/el/api/v1/services?per_page=500", "/api/v1/services")

    renamed = next(s for s in body["contents"] if s["name"] == "Άλλο όνομα")
    assert renamed["id"] == before_service
    locations = get_json(client, openapi, "/el/api/v1/locations?per_page=500", "/api/v1/locations")
    moved = next(loc for loc in locations["contents"] if loc["name"] == "Νέα αγορά")
    assert moved["id"] == before_stop


# --- The ids used before keep working ---------------------------------------------------


@pytest.mark.parametrize("api", ["/api/v1", "/el/api/v1"])
def test_a_former_id_is_redirected_to_the_uuid(client, openapi, net, api):
    service = client.get(f"{api}/services/{net.psych.pk}?x=1")
    location = client.get(f"{api}/locations/{net.square.place_id}")

    assert service.status_code == 308
    assert service["Location"] == f"{api}/services/{service_uuid(net.psych.pk)}?x=1"
    assert location.status_code == 308
    assert location["Location"] == f"{api}/locations/{location_uuid(net.square.place_id)}"
    assert client.get(service["Location"]).json()["id"] == service_uuid(net.psych.pk)
    for path in ("/api/v1/services/{service_id}", "/api/v1/locations/{location_id}"):
        assert "308" in openapi["paths"][path]["get"]["responses"]


def test_unknown_uuids_are_404(client, openapi, net):
    unknown = str(uuid.uuid4())

    for kind, path in (
        ("services", "/api/v1/services/{service_id}"),
        ("locations", "/api/v1/locations/{location_id}"),
        ("service_at_locations", "/api/v1/service_at_locations/{service_at_location_id}"),
        ("organizations", "/api/v1/organizations/{organization_id}"),
        ("taxonomy_terms", "/api/v1/taxonomy_terms/{taxonomy_term_id}"),
    ):
        body = get_json(client, openapi, f"/en/api/v1/{kind}/{unknown}", path, status=404)
        assert body["detail"].startswith("No ")


def test_occurrences_take_a_location_or_service_by_either_id(client, openapi, net):
    def occurrence_ids(query):
        url = f"/en/api/v1/occurrences?from=2027-02-01&to=2027-02-28&per_page=500&{query}"
        return [o["id"] for o in get_json(client, openapi, url, "/api/v1/occurrences")["contents"]]

    by_uuid = occurrence_ids(f"location={location_uuid(net.square.place_id)}")
    by_service = occurrence_ids(f"service={service_uuid(net.vans.pk)}")

    assert by_uuid == occurrence_ids(f"location={net.square.place_id}") != []
    assert by_service == occurrence_ids(f"service={net.vans.pk}") != []


@time_machine.travel(MONDAY, tick=False)
def test_availability_takes_the_former_ids_and_the_uuids_alike(client, openapi, net):
    path = "/api/v1/availability"
    old = get_json(
        client,
        openapi,
        f"/en/api/v1/availability?service={net.psych.pk}&location={net.kem.place_id}",
        path,
    )
    new = get_json(
        client,
        openapi,
        f"/en/api/v1/availability?service={service_uuid(net.psych.pk)}"
        f"&location={location_uuid(net.kem.place_id)}",
        path,
    )

    assert old == new
    assert old["total_items"] == len(free_slots(net.psych, places=[net.kem.place_id]))
    assert {slot["location_id"] for slot in new["contents"]} == {location_uuid(net.kem.place_id)}
    # The slot strings stay what they were: opaque, unchanged.
    assert new["contents"][0]["slot"].startswith("branch-schedule-")


@time_machine.travel(MONDAY, tick=False)
@pytest.mark.parametrize("form", ["uuid", "number"])
def test_a_booking_names_its_service_by_either_id(client, openapi, net, form):
    slot = free_slots(net.psych, places=[net.kem.place_id])[0]
    service = service_uuid(net.psych.pk) if form == "uuid" else net.psych.pk

    body = call(
        client,
        openapi,
        "post",
        "/en/api/v1/bookings",
        "/api/v1/bookings",
        status=201,
        body=bb.api_body(
            slot.key, net.psych, service=service, phone=f"69{form == 'uuid':d}1234567"
        ),
    )

    appointment = Appointment.objects.get(reference=body["reference"])
    assert appointment.service_id == net.psych.pk
    assert body["service_id"] == service_uuid(net.psych.pk)
    assert body["location_id"] == location_uuid(net.kem.place_id)
    assert body["slot"] == slot.key


# --- Contract and speed -----------------------------------------------------------------


def test_the_openapi_document_names_every_hsds_operation(openapi):
    ours = {
        operation["operationId"]: (method, path.removeprefix("/api/v1") or "/")
        for path, item in openapi["paths"].items()
        for method, operation in item.items()
    }

    def shape(path):  # HSDS writes {id}; we name the parameter after the thing
        return "/".join("{}" if part.startswith("{") else part for part in path.split("/"))

    for operation_id, (method, path) in hsds_operations().items():
        assert operation_id in ours, operation_id
        assert (ours[operation_id][0], shape(ours[operation_id][1])) == (method, shape(path))


def test_lists_take_the_same_queries_however_many_services(client, net):
    urls = ("/en/api/v1/services?per_page=500", "/en/api/v1/service_at_locations?per_page=500")

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

    few, few_totals = measure()
    for _ in range(3):
        branch = b.branch(community_obj=net.east)
        unit = b.mobile_unit()
        b.stop(unit, community_obj=net.west)
        b.stop(unit, community_obj=net.east, rule=DAILY)
        b.service(branches=[branch], units=[unit])
    many, many_totals = measure()

    assert many == few
    assert max(few) <= 11, few
    assert many_totals == [few_totals[0] + 3, few_totals[1] + 3 * 3]
