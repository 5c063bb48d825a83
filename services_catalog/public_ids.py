"""The public ids of the open-data API: a UUID for everything it publishes.

Open Referral HSDS 3.0 wants every `id` and every reference (`service_id`,
`location_id`, …) to be a UUID. Ours are derived, not stored: UUIDv5 of
`settings.HSDS_UUID_NAMESPACE` and a name made of the thing's kind and its
*internal key*, which never changes when an editor renames, re-slugs or
moves something:

| thing | internal key | e.g. |
| --- | --- | --- |
| service | the service page's pk | `service:18` |
| location | the place id (`services_catalog.places`) | `location:branch-3` |
| service at location | both | `service_at_location:18:stop-12` |
| schedule | the window key (as in the iCal UIDs) | `schedule:stop-visit-7` |
| organization | a fixed name (`centre`) | `organization:centre` |
| taxonomy / term | a fixed name / its list and pk | `taxonomy_term:category-4` |

and the parts of a thing (its address, phone, accessibility note, service
area) are named after it (`location:branch-3:address`). So nothing is
migrated or back-filled, every process and every copy of the database
agrees, and a deployment that publishes under another namespace (a second
municipality) sets its own `HSDS_UUID_NAMESPACE` once — never change it
afterwards: every id published would change.

The other way round, `service_pk()` and `place_id()` read what a client
sends: a UUID, or for a deprecation period the ids used before (`18`,
`branch-3`); `is_legacy_*` tells the API to redirect to the UUID.
"""

import functools
import re
import uuid

from django.apps import apps
from django.conf import settings

from portal.parsing import parse_id
from services_catalog.places import PLACE_KINDS, format_place_id, parse_place_id

MAX_PK = 2**31 - 1  # a PostgreSQL integer key
UUID_PATTERN = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_UUID = re.compile(UUID_PATTERN)


def public_id(kind, *key):
    """The UUID (as text) of the thing of `kind` with internal key `key`."""
    name = ":".join([kind, *(str(part) for part in key)])
    return _uuid5(settings.HSDS_UUID_NAMESPACE, name)


@functools.lru_cache(maxsize=100_000)
def _uuid5(namespace_text, name):
    # A pure function of its arguments (the namespace is one of them): a list of
    # services names each of a van's stops once per service.
    return str(uuid.uuid5(uuid.UUID(namespace_text), name))


def service_uuid(pk):
    return public_id("service", pk)


def location_uuid(place_id):
    """The UUID of a place, from its place id ("branch-3")."""
    return public_id("location", place_id)


def service_at_location_uuid(service_pk, place_id):
    return public_id("service_at_location", service_pk, place_id)


def schedule_uuid(window_key):
    return public_id("schedule", window_key)


def taxonomy_uuid(name):
    return public_id("taxonomy", name)


def taxonomy_term_uuid(taxonomy, pk):
    return public_id("taxonomy_term", f"{taxonomy}-{pk}")


def part_uuid(owner_uuid, part):
    """The UUID of a part of a published thing (its address, its phone…)."""
    return public_id("part", owner_uuid, part)


def as_uuid(value):
    """`value` as a canonical lower-case UUID text, or None if it is not one."""
    text = str(value or "")
    return text.lower() if _UUID.fullmatch(text) else None


def service_pk(value, live_pks):
    """The service pk a client means by `value` (a UUID or, deprecated, a number).

    `live_pks` is a callable giving the pks that may be meant, asked only for a
    UUID (one query). None when `value` names no such service.
    """
    wanted = as_uuid(value)
    if wanted is None:
        pk = parse_id(value)
        return pk if pk is not None and pk <= MAX_PK else None
    return next((pk for pk in live_pks() if service_uuid(pk) == wanted), None)


def live_service_pks():
    # Through the app registry: the models import this module's neighbours.
    service_page = apps.get_model("services_catalog.ServicePage")
    return service_page.objects.live().public().values_list("pk", flat=True)


def place_id(value):
    """The place id ("branch-3") a client means by `value`: a location UUID or,
    deprecated, the place id itself. None when it names no live place.

    A UUID is looked up among the live places of each kind (a query a kind);
    a place id is only parsed — the caller checks that the place exists.
    """
    wanted = as_uuid(value)
    if wanted is None:
        parsed = parse_place_id(value)
        return format_place_id(*parsed) if parsed else None
    for kind, spec in PLACE_KINDS.items():
        for pk in spec.live().values_list("pk", flat=True):
            found = format_place_id(kind, pk)
            if location_uuid(found) == wanted:
                return found
    return None


def is_legacy(value):
    """True for an id of the kind used before the UUIDs (kept for old clients)."""
    return as_uuid(value) is None
