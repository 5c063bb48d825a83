"""NUL bytes, control characters and far dates in every filter: a 4xx with a message, never a 500.

PostgreSQL refuses NUL in text ("A string literal cannot contain NUL"), so
`?category=a%00b` reached the database and failed there. The API refuses
control characters in its text parameters (one type, `FilterText`, 422);
the pages' forms refuse them as invalid choices (400). Meaningful only on
PostgreSQL — CI runs the suite there too; SQLite takes NUL as any other
character.
"""

import time

import pytest

from tests import builders as b
from tests.api_schema import get_json
from tests.clock import SUNDAY

pytestmark = [pytest.mark.django_db, pytest.mark.clock(SUNDAY)]
CONTROL = ["a%00b", "%00", "x%01y", "%7F", "a%0Ab"]
CONTROL_MESSAGE = "Remove control characters, such as NUL, from this value."


@pytest.fixture(scope="module")
def net(django_db_setup, django_db_blocker):
    """The calendar tests' network, built once."""
    with b.built_once_per_module(django_db_blocker):
        yield b.van_calendar_network()


@pytest.mark.parametrize("value", CONTROL)
@pytest.mark.parametrize(
    ("path", "parameter", "extra"),
    [
        ("/api/v1/services", "category", ""),
        ("/api/v1/services", "target_group", ""),
        ("/api/v1/locations", "community", ""),
        ("/api/v1/locations", "kind", ""),
        ("/api/v1/occurrences", "community", "&from=2027-01-01&to=2027-01-31"),
        ("/api/v1/occurrences", "location", "&from=2027-01-01&to=2027-01-31"),
    ],
)
def test_control_characters_in_api_filters_are_422(client, openapi, path, parameter, extra, value):
    body = get_json(client, openapi, f"/en{path}?{parameter}={value}{extra}", path, status=422)

    assert body["errors"] == {parameter: [CONTROL_MESSAGE]}


def test_a_nul_in_an_api_path_is_not_a_500(client, openapi):
    body = get_json(
        client,
        openapi,
        "/en/api/v1/locations/branch-1%00",
        "/api/v1/locations/{location_id}",
        status=422,
    )
    assert body["errors"] == {"location_id": [CONTROL_MESSAGE]}


@pytest.mark.parametrize(
    "query",
    [
        "from=9999-12-31&to=9999-12-31",
        "from=0001-01-01&to=0001-01-31",
        "from=2029-06-01&to=2029-06-30",
    ],
)
def test_occurrences_outside_the_supported_window_are_422_at_once(
    client, openapi, net, clock, query
):
    started = time.perf_counter()
    body = get_json(
        client, openapi, f"/en/api/v1/occurrences?{query}", "/api/v1/occurrences", status=422
    )

    assert time.perf_counter() - started < 1
    assert set(body["errors"]) == {"from", "to"}
    assert body["errors"]["from"] == ["Choose a date between 2026-01-09 and 2029-01-11."]


def test_occurrences_at_the_edges_of_the_window_are_served(client, openapi, net, clock):
    body = get_json(
        client,
        openapi,
        "/en/api/v1/occurrences?from=2028-01-12&to=2029-01-11",
        "/api/v1/occurrences",
        status=200,
    )
    assert body["total_items"] > 0


@pytest.mark.parametrize("value", CONTROL)
def test_control_characters_in_page_filters_are_400_not_500(client, net, value):
    services = b.url(b.services_index(), "en")
    pages = [
        f"{services}?category={value}",
        f"{services}?group={value}",
        f"{services}?community={value}",
        f"{net.url}?community={value}",
        f"{net.url}?unit={value}",
        f"{net.url}?service={value}",
        f"{net.url}?month={value}",
    ]
    for page in pages:
        response = client.get(page)
        assert response.status_code == 400, page
        assert 'class="field-error"' in response.content.decode(), page
    # Search drops what is not a letter or a digit: a NUL is refused, the rest ignored.
    search = client.get(f"/en/search/?q={value}")
    assert search.status_code == (400 if "%00" in value else 200)


@pytest.mark.parametrize("value", CONTROL)
def test_control_characters_in_the_booking_flow_go_back_a_step(client, value):
    # The start page shows the choice again; each later step sends back to it.
    for page, status in (
        (f"/en/booking/?service={value}&place={value}", 200),
        (f"/en/booking/place/?service={value}", 302),
        (f"/en/booking/time/?service={value}&place={value}", 302),
        (f"/en/booking/details/?service={value}&place={value}&slot={value}", 302),
    ):
        response = client.get(page)
        assert response.status_code == status, page


def test_invalid_utf8_and_huge_bodies_get_json_answers(client, openapi):
    query = get_json(
        client, openapi, "/en/api/v1/services?category=%FF%FE", "/api/v1/services", status=200
    )
    assert query["total_items"] == 0  # no category has that (replaced) name

    broken = client.post(
        "/en/api/v1/bookings", data=b'{"name": "\xff\xfe"}', content_type="application/json"
    )
    huge = client.post(
        "/en/api/v1/bookings", data=b"x" * 3_000_000, content_type="application/json"
    )

    assert broken.status_code == 400
    assert broken.json() == {"detail": "The request body is not valid JSON."}
    assert huge.status_code == 413
    assert huge.json() == {"detail": "The request is too large."}
