"""The HSDS lists are built once per content generation; one organisation is read alone.

Counts, not times (the same on any machine): a list asked again reads no
catalogue table; `/organizations/{id}` reads the keys and one row, however many
organisations there are; what is kept follows every change.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from services_catalog.api import organizations as organization_sources
from services_catalog.api.organizations import organisation_uuid
from services_catalog.models import Organisation
from tests import builders as b
from tests.helpers import as_if_committed

LISTS = (
    "/en/api/v1/services",
    "/en/api/v1/service_at_locations",
    "/en/api/v1/locations",
)
CATALOGUE_TABLES = ("services_catalog_offering", "services_catalog_stop", "services_catalog_branch")


@pytest.fixture
def catalogue(db, home):
    unit = b.mobile_unit()
    stops = [b.stop(unit, f"Στάση {n}") for n in range(3)]
    branch = b.branch()
    b.service(branches=[branch], units=[unit])
    return stops


def test_a_list_asked_again_reads_no_catalogue_table(client, catalogue):
    as_if_committed()
    for url in LISTS:
        first = client.get(url)
        with CaptureQueriesContext(connection) as queries:
            again = client.get(url)
        assert again.json() == first.json(), url
        read = [q["sql"] for q in queries if any(t in q["sql"] for t in CATALOGUE_TABLES)]
        assert read == [], (url, read)


def test_what_is_kept_follows_a_change(client, catalogue):
    as_if_committed()
    client.get("/en/api/v1/locations")
    catalogue[0].name_en = "Renamed stop"
    catalogue[0].save()
    as_if_committed()

    names = [place["name"] for place in client.get("/en/api/v1/locations").json()["contents"]]

    assert "Renamed stop" in names


def test_one_organisation_is_read_alone(client, db, home, monkeypatch):
    built = []
    original = organization_sources.organisation_out
    monkeypatch.setattr(
        organization_sources, "organisation_out", lambda o: built.append(o.pk) or original(o)
    )

    def queries_for_last():
        last = Organisation.objects.order_by("-pk").first()
        url = f"/en/api/v1/organizations/{organisation_uuid(last.pk)}"
        client.get(url)
        built.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        assert built == [last.pk]  # not every organisation to answer one
        assert response.json()["name"] == last.name
        return len(queries)

    for n in range(2):
        Organisation.objects.create(name=f"Φορέας {n}", slug=f"foreas-{n}", kind="partner")
    few = queries_for_last()
    for n in range(10):
        Organisation.objects.create(name=f"Άλλος φορέας {n}", slug=f"allos-{n}", kind="partner")
    many = queries_for_last()

    assert many == few
    missing = client.get("/en/api/v1/organizations/00000000-0000-5000-8000-000000000000")
    assert missing.status_code == 404
