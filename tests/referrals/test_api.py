"""The referrals API: partner tokens (401 for anything but a valid one, never 500), a
partner sees only its own referrals, consent and field errors in the API's 422 shape.
Every answer is checked against the OpenAPI document."""

import json

import pytest

from referrals import tokens
from referrals.choices import ReferralStatus
from referrals.models import Referral
from tests.api_schema import call
from tests.referrals import builders as rb

pytestmark = pytest.mark.django_db

LIST = "/api/v1/referrals"
ONE = "/api/v1/referrals/{id}"


@pytest.fixture
def net(home, clock):
    return rb.network()


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


def body(net, **overrides):
    return rb.answers(net["service"], net["stop"], **overrides)


def test_a_partner_refers_a_citizen_through_the_api(client, net, openapi):
    token = rb.token_for(net["partner"])
    answer = call(client, openapi, "post", LIST, LIST, status=201, body=body(net), **bearer(token))

    referral = Referral.objects.get()
    assert answer["id"] == referral.reference
    assert answer["status"] == "pending"
    assert answer["location_id"] == net["stop"].place_id
    assert "name" not in answer and "phone" not in answer
    assert (referral.organisation, referral.stop) == (net["piraeus"], net["stop"])
    assert referral.created_by == net["partner"]
    assert referral.phone == "+306941112233"


@pytest.mark.parametrize("consent", [False, None])
def test_consent_is_required(client, net, openapi, consent):
    token = rb.token_for(net["partner"])
    sent = body(net, consent=consent)
    if consent is None:
        del sent["consent"]
    answer = call(client, openapi, "post", LIST, LIST, status=422, body=sent, **bearer(token))
    assert "consent" in answer["errors"]
    assert not Referral.objects.exists()


def test_bad_fields_are_named_in_a_422(client, net, openapi):
    token = rb.token_for(net["partner"])
    sent = body(net, phone="12", reason="   ", place=net["other_branch"].place_id, name="1\x00")
    answer = call(
        client, openapi, "post", "/en" + LIST, LIST, status=422, body=sent, **bearer(token)
    )
    assert set(answer["errors"]) == {"phone", "reason", "place", "name"}
    assert "This service is not offered at this place." in answer["errors"]["place"]
    not_json = client.post(LIST, data="{", content_type="application/json", **_meta(token))
    assert not_json.status_code == 400
    assert not Referral.objects.exists()


def _meta(token):
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.mark.parametrize(
    "header",
    [
        None,
        "Bearer",
        "Bearer ",
        "Bearer wrong-token",
        "Basic cGFydG5lcjpwdw==",
        "Bearer " + "x" * 5000,
        "Bearer ÿÿÿ",
    ],
)
def test_a_missing_or_wrong_token_is_a_401(client, net, openapi, header):
    rb.token_for(net["partner"])
    headers = {"Authorization": header} if header is not None else {}
    for method, path, url, sent in (
        ("get", LIST, LIST, None),
        ("post", LIST, LIST, body(net)),
        ("get", ONE, f"{LIST}/ACDEFGHJ", None),
    ):
        answer = call(client, openapi, method, url, path, status=401, body=sent, **headers)
        assert "Bearer" in answer["detail"]
    assert not Referral.objects.exists()


def test_a_revoked_token_or_a_former_partner_is_a_401(client, net, openapi):
    token = rb.token_for(net["partner"])
    call(client, openapi, "get", LIST, LIST, status=200, **bearer(token))

    tokens.revoke(net["partner"].partner_account.tokens.get())
    call(client, openapi, "get", LIST, LIST, status=401, **bearer(token))

    other = rb.token_for(net["other_partner"])
    net["other_partner"].groups.clear()
    call(client, openapi, "get", LIST, LIST, status=401, **bearer(other))


def test_a_partner_lists_and_reads_only_its_own_referrals(client, net, openapi):
    mine = rb.referral(net["partner"], net["service"], net["branch"])
    theirs = rb.referral(net["other_partner"], net["service"], net["branch"])
    token = rb.token_for(net["partner"])

    listed = call(client, openapi, "get", LIST, LIST, status=200, **bearer(token))
    assert [item["id"] for item in listed["contents"]] == [mine.reference]
    one = call(
        client, openapi, "get", f"{LIST}/{mine.display_reference}", ONE, status=200, **bearer(token)
    )
    assert one["id"] == mine.reference and one["status"] == ReferralStatus.PENDING
    for unknown in (theirs.reference, "ACDEFGHJ", "nonsense", "x" * 300):
        call(client, openapi, "get", f"{LIST}/{unknown}", ONE, status=404, **bearer(token))


def test_the_referral_operations_are_in_the_openapi_document(openapi):
    assert {"get", "post"} <= set(openapi["paths"][LIST])
    assert "get" in openapi["paths"][ONE]
    schemes = json.dumps(openapi["components"].get("securitySchemes", {}))
    assert "bearer" in schemes
