"""Open-data API of the catalogue, shaped after Open Referral HSDS.

`/api/v1/services`, `/api/v1/locations` (branches and van stops, each with
its HSDS schedules and their RRULE fields), `/api/v1/service_at_locations`
and `/api/v1/occurrences` (the dated openings and visits, from the same
expansion as every page). Texts are in the language of the URL prefix
(`/el/api/v1/…`) or of Accept-Language. `register(api)` adds the
operations to a NinjaAPI built in `portal.api`.
"""

from .operations import register
from .pagination import Converted, HSDSPagination

__all__ = ["Converted", "HSDSPagination", "register"]
