"""Organisations in the catalogue: partner municipalities a van serves (on the unit's page
and as a services filter) and programmes of other bodies, marked as such in lists, on their
page and in the API."""

import re

import pytest

from services_catalog.api.organizations import centre_uuid, organisation_uuid
from services_catalog.models import Organisation
from services_catalog.public_ids import service_uuid
from tests import builders as b
from tests.api_schema import get_json
from tests.services_catalog.hsds import assert_hsds

pytestmark = pytest.mark.django_db

OPEKA = {"el": "ΟΠΕΚΑ", "en": "OPEKA", "ar": "أوبيكا (OPEKA)", "fa": "اوپکا (OPEKA)"}


def organisation(slug, names, kind, **fields):
    return Organisation.objects.create(
        slug=slug, kind=kind, **{f"name_{lang}": name for lang, name in names.items()}, **fields
    )


@pytest.fixture
def net(home, clock):
    oichalia = organisation(
        "oichalia",
        {"el": "Δήμος Οιχαλίας", "en": "Municipality of Oichalia"},
        "municipality",
        website="https://www.oichalia.gr/",
    )
    trifylia = organisation("trifylia", {"el": "Δήμος Τριφυλίας"}, "municipality")
    opeka = organisation("opeka", OPEKA, "public_body", website="https://opeka.gr/")
    van = b.mobile_unit("Κινητή Μονάδα Καλαμάτας")
    b.stop(van, "Πλατεία Μελιγαλά")
    van.served_municipalities.set([oichalia])
    van.save()
    van = b.publish(van)
    other_van = b.mobile_unit("Κινητή Μονάδα 2")
    b.stop(other_van, "ΚΑΠΗ")
    branch = b.branch("Παράρτημα Κέντρου")
    in_van = b.service("Ψυχολογική στήριξη", units=[van], bookable=False)
    elsewhere = b.service("Νομική ενημέρωση", units=[other_van], bookable=False)
    gmi = b.service(
        "Ελάχιστο Εγγυημένο Εισόδημα",
        titles={"el": "Ελάχιστο Εγγυημένο Εισόδημα", "en": "Guaranteed minimum income"},
        branches=[branch],
        bookable=False,
        provider=opeka,
        eligibility_el="Νοικοκυριά με χαμηλό εισόδημα που μένουν νόμιμα στην Ελλάδα.",
        eligibility_en="Low-income households living legally in Greece.",
        official_url="https://opeka.gr/elachisto-engyimeno-eisodima/",
    )
    return locals()


def text(html):
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


def titles(html):
    return [line.split(">")[-1] for line in html.split("</a></h3>")[:-1]]


def test_a_vans_page_lists_the_partner_municipalities_it_serves(client, net):
    html = client.get(b.url(net["van"], "en")).content.decode()
    assert "Partner municipalities we serve" in html
    assert "Municipality of Oichalia" in html and 'href="https://www.oichalia.gr/"' in html
    assert "Τριφυλίας" not in html
    other = client.get(b.url(net["other_van"], "en")).content.decode()
    assert "Partner municipalities we serve" not in other


def test_the_services_index_filters_by_a_municipality_a_van_serves(client, net):
    index = b.url(b.services_index(), "en")
    everything = client.get(index).content.decode()
    assert 'name="municipality"' in everything
    assert '<option value="oichalia">Municipality of Oichalia</option>' in everything
    assert 'value="trifylia"' not in everything  # no van serves it

    filtered = client.get(index, {"municipality": "oichalia"}).content.decode()
    assert titles(filtered) == [net["in_van"].title_en]
    assert client.get(index, {"municipality": "trifylia"}).status_code == 400


def test_a_programme_of_another_body_is_marked_in_lists_and_on_its_page(client, net):
    index = client.get(b.url(b.services_index(), "en")).content.decode()
    card = index.split("Guaranteed minimum income</a></h3>")[1].split("</li>")[0]
    assert "Provided by OPEKA — we help you apply" in " ".join(card.split()).replace(
        "</span>", ""
    ).replace("<span>", "")
    other_card = index.split(net["in_van"].title_en + "</a></h3>")[1].split("</li>")[0]
    assert "Provided by" not in other_card

    page = client.get(b.url(net["gmi"], "en")).content.decode()
    assert "Low-income households living legally in Greece." in page
    assert 'href="https://opeka.gr/elachisto-engyimeno-eisodima/"' in page
    farsi = client.get(b.url(net["gmi"], "fa")).content.decode()
    assert "ارائه‌دهنده: اوپکا" in text(farsi)  # translated, the name in Farsi


def test_the_api_names_a_programmes_organization(client, net, openapi):
    gmi = service_uuid(net["gmi"].pk)
    body = get_json(client, openapi, f"/api/v1/services/{gmi}", "/api/v1/services/{service_id}")
    opeka = organisation_uuid(net["gmi"].provider_id)
    assert body["organization_id"] == opeka
    assert body["organization"]["name"] == "ΟΠΕΚΑ"
    assert body["organization"]["website"] == "https://opeka.gr/"
    assert body["official_url"] == "https://opeka.gr/elachisto-engyimeno-eisodima/"
    assert body["eligibility_description"]
    assert_hsds("service", body)
    listed = get_json(client, openapi, "/api/v1/organizations", "/api/v1/organizations")
    assert opeka in {organization["id"] for organization in listed["contents"]}
    for organization in listed["contents"]:
        assert_hsds("organization", organization)

    own_id = service_uuid(net["in_van"].pk)
    own = get_json(client, openapi, f"/api/v1/services/{own_id}", "/api/v1/services/{service_id}")
    assert own["organization_id"] == centre_uuid()
    assert "eligibility_description" not in own and "official_url" not in own
