"""The address of the citizen's device, as far as this site can trust it.

Behind a load balancer every request comes from the balancer's address, and
the client's own address is in `X-Forwarded-For`. That header is written by
whoever sends the request: each proxy *appends* the address it received the
request from, so only the right-most entries, the ones written by proxies we
run, can be believed. With `TRUSTED_PROXY_COUNT = N` proxies in front of the
application, the client is the N-th address from the right of
`X-Forwarded-For, REMOTE_ADDR`; anything further left is whatever the client
chose to send and is ignored. A missing, short or malformed header is treated
as absent: the answer falls back to the nearest address we can trust, and this
function never raises. Rate limits (django-ratelimit) and django-axes's
lock-out both take their address from here.
"""

import ipaddress

from django.conf import settings

UNKNOWN = "0.0.0.0"  # a placeholder when even REMOTE_ADDR is unusable


def _valid(value):
    try:
        return str(ipaddress.ip_address(value.strip().strip("[]")))
    except ValueError:
        return None


def client_ip(request, proxies=None):
    """The right-most address not written by one of our own proxies."""
    meta = request.META
    remote = _valid(meta.get("REMOTE_ADDR") or "") or UNKNOWN
    count = settings.TRUSTED_PROXY_COUNT if proxies is None else proxies
    if count <= 0:
        return remote
    forwarded = meta.get("HTTP_X_FORWARDED_FOR") or ""
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    chain = [*hops, remote]
    # chain[-1] is the nearest proxy, chain[-count] the outermost one we run,
    # chain[-count - 1] what that outermost proxy saw: the client.
    if len(chain) <= count:
        # Fewer hops than proxies: the request did not come through all of
        # them; the left-most address we have is the best we can trust.
        return _valid(chain[0]) or remote
    return _valid(chain[-count - 1]) or remote


def ratelimit_key(_group, request):
    """django-ratelimit's `key=` callable: one count per client address."""
    return client_ip(request)
