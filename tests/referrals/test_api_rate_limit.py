"""The referrals API's rate limit: per token, in the shared cache, a translated 429 with
Retry-After, documented in the OpenAPI document; without the cache, a 503."""

import pytest

from referrals.models import Referral
from tests.api_schema import call
from tests.referrals import builders as rb

pytestmark = pytest.mark.django_db

LIST = "/api/v1/referrals"


@pytest.fixture
def net(home, clock, settings):
    settings.REFERRALS_API_RATE_PER_TOKEN = "3/m"
    return rb.network()


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


def test_each_token_has_its_own_count_and_the_429_says_when_to_come_back(client, net, openapi):
    token, other = rb.token_for(net["partner"]), rb.token_for(net["partner"], "second")
    body = rb.answers(net["service"], net["stop"])
    call(client, openapi, "post", LIST, LIST, status=201, body=body, **bearer(token))
    call(client, openapi, "get", LIST, LIST, status=200, **bearer(token))
    call(client, openapi, "get", LIST, LIST, status=200, **bearer(token))

    refused = client.post(LIST, body, content_type="application/json", headers=bearer(token))
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert "no-store" in refused["Cache-Control"]
    assert refused.json()["detail"].startswith("Πάρα πολλές κλήσεις")
    assert Referral.objects.count() == 1  # the refused call stored nothing

    arabic = call(client, openapi, "get", "/ar" + LIST, LIST, status=429, **bearer(token))
    assert arabic["detail"].startswith("طلبات كثيرة جدًا")
    english = call(
        client,
        openapi,
        "get",
        "/en" + LIST + "/ABCD2345",
        "/api/v1/referrals/{id}",
        status=429,
        **bearer(token),
    )
    assert english["detail"].startswith("Too many calls with this token.")

    call(client, openapi, "get", LIST, LIST, status=200, **bearer(other))  # another token


def test_the_limit_is_in_the_openapi_document(openapi):
    for path, method in ((LIST, "post"), (LIST, "get"), (LIST + "/{id}", "get")):
        operation = openapi["paths"][path][method]
        assert {"429", "503"} <= set(operation["responses"])
        assert "REFERRALS_API_RATE_PER_TOKEN" in operation["description"]


def test_without_the_shared_cache_calls_are_refused_with_a_503_not_let_through(
    client, net, redis_down
):
    token = rb.token_for(net["partner"])
    body = rb.answers(net["service"], net["stop"])
    answer = client.post(LIST, body, content_type="application/json", headers=bearer(token))
    assert answer.status_code == 503 and answer["Retry-After"] == "120"
    assert answer.json()["detail"]
    assert not Referral.objects.exists()
