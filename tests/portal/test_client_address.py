"""Which address counts as the client's, with and without trusted proxies."""

from django.test import RequestFactory, override_settings

import pytest

from portal.client_address import client_ip

rf = RequestFactory()


def request(forwarded=None, remote="10.0.0.5"):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return rf.get("/", **extra)


@override_settings(TRUSTED_PROXY_COUNT=0)
def test_without_proxies_the_header_is_ignored():
    assert client_ip(request("203.0.113.9")) == "10.0.0.5"


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("203.0.113.9", "203.0.113.9"),
        # A client that sends its own header cannot choose its address: the
        # balancer appends the real one, and only that is believed.
        ("1.2.3.4, 203.0.113.9", "203.0.113.9"),
        ("garbage, 203.0.113.9", "203.0.113.9"),
        (" 2001:db8::1 ", "2001:db8::1"),
        # Missing, empty or malformed: the balancer's own address, no error.
        (None, "10.0.0.5"),
        ("", "10.0.0.5"),
        (",,", "10.0.0.5"),
        ("not-an-address", "10.0.0.5"),
        ("203.0.113.9\x00", "10.0.0.5"),
    ],
)
@override_settings(TRUSTED_PROXY_COUNT=1)
def test_one_proxy_takes_the_right_most_forwarded_address(forwarded, expected):
    assert client_ip(request(forwarded)) == expected


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_two_proxies_skip_the_inner_proxys_entry():
    # client → CDN (appends client) → balancer (appends CDN) → app
    assert client_ip(request("6.6.6.6, 198.51.100.7, 192.0.2.10")) == "198.51.100.7"
    # Came through only one of the two proxies: the left-most hop we have.
    assert client_ip(request("192.0.2.10")) == "192.0.2.10"


def test_a_bad_remote_addr_never_raises():
    assert client_ip(request(None, remote="")) == "0.0.0.0"
