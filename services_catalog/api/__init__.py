"""Open-data API of the catalogue: Open Referral HSDS 3.0, with extensions.

The HSDS operations — `/` (version and profile), `/services`,
`/service_at_locations`, `/organizations`, `/taxonomies`,
`/taxonomy_terms` — and ours: `/locations` (branches and van stops as HSDS
locations) and `/occurrences` (the dated openings and visits, from the same
expansion as every page). Every id is a UUID (`services_catalog.public_ids`);
the ids used before are still accepted. Texts are in the language of the
URL prefix (`/el/api/v1/…`) or of Accept-Language. `register(api)` adds the
operations to a NinjaAPI built in `portal.api`.
"""

from . import directory, operations
from .pagination import Converted, HSDSPagination


def register(api):
    directory.register(api)
    operations.register(api)


__all__ = ["Converted", "HSDSPagination", "register"]
