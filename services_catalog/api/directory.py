"""The HSDS 3.0 operations around the services: the API's root, organizations, taxonomies.

`GET /` says which HSDS version the API serves; `/organizations` lists the
publishers of the services (`organizations.organizations`, one list that
other apps extend); `/taxonomies` and `/taxonomy_terms` publish the two
classifications of the services (categories, target groups).
"""

from django.utils.translation import gettext as _

from ninja import Query, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate
from pydantic import Field

from portal.api_errors import Error, InvalidInput, not_found
from services_catalog import public_ids

from .hsds_schemas import ApiMeta, Organization, Taxonomy, TaxonomyTerm
from .organizations import organization, organizations
from .pagination import HSDSPagination
from .schemas import Uuid
from .service_documents import TAXONOMIES, taxonomy_out, term_out

HSDS_VERSION = "3.0"
# No profile of our own: the API follows HSDS 3.0 itself, with extensions it marks.
HSDS_PROFILE = "https://docs.openreferral.org/en/latest/hsds/overview.html"


class TermFilters(Schema):
    taxonomy_id: Uuid | None = Field(None, description="Only the terms of this taxonomy.")


def api_meta(request):
    return {
        "version": HSDS_VERSION,
        "profile": HSDS_PROFILE,
        "openapi_url": request.build_absolute_uri(request.path.rstrip("/") + "/openapi.json"),
    }


def _one(items, wanted, what):
    found = next((item for item in items if item["id"] == public_ids.as_uuid(wanted)), None)
    if found is None:
        raise HttpError(404, not_found(what))
    return found


@paginate(HSDSPagination)
def list_organizations(request):
    return organizations(request)


def get_organization(request, organization_id: Uuid):
    found = organization(request, public_ids.as_uuid(organization_id))
    if found is None:
        raise HttpError(404, not_found(_("organization")))
    return found


@paginate(HSDSPagination)
def list_taxonomies(request):
    return [taxonomy_out(key) for key in TAXONOMIES]


def get_taxonomy(request, taxonomy_id: Uuid):
    return _one([taxonomy_out(key) for key in TAXONOMIES], taxonomy_id, _("taxonomy"))


def all_terms(detail=False):
    return [
        term_out(key, term, detail=taxonomy_out(key) if detail else None)
        for key, model in TAXONOMIES.items()
        for term in model.objects.order_by("sort_order", "name")
    ]


@paginate(HSDSPagination)
def list_taxonomy_terms(request, filters: Query[TermFilters]):
    terms = all_terms()
    if filters.taxonomy_id:
        terms = [term for term in terms if term["taxonomy_id"] == filters.taxonomy_id.lower()]
    return terms


def get_taxonomy_term(request, taxonomy_term_id: Uuid):
    return _one(all_terms(detail=True), taxonomy_term_id, _("taxonomy term"))


def register(api):
    """Add the root, organization and taxonomy operations to `api`."""
    hsds = {"exclude_none": True}
    api.get(
        "/",
        response={200: ApiMeta},
        tags=["hsds"],
        summary="About this API (HSDS getAPIMetaInformation)",
        operation_id="getAPIMetaInformation",
    )(api_meta)
    api.get(
        "/organizations",
        response={200: list[Organization], 422: InvalidInput},
        tags=["hsds"],
        summary="Organizations (HSDS getPaginatedListOfOrganizations)",
        operation_id="getPaginatedListOfOrganizations",
        **hsds,
    )(list_organizations)
    api.get(
        "/organizations/{organization_id}",
        response={200: Organization, 404: Error, 422: InvalidInput},
        tags=["hsds"],
        summary="One organization (HSDS getOrganizationById)",
        operation_id="getOrganizationById",
        **hsds,
    )(get_organization)
    api.get(
        "/taxonomies",
        response={200: list[Taxonomy], 422: InvalidInput},
        tags=["hsds"],
        summary="Taxonomies: service categories, target groups (HSDS getPaginatedListOfTaxonomies)",
        operation_id="getPaginatedListOfTaxonomies",
        **hsds,
    )(list_taxonomies)
    api.get(
        "/taxonomies/{taxonomy_id}",
        response={200: Taxonomy, 404: Error, 422: InvalidInput},
        tags=["hsds"],
        summary="One taxonomy (HSDS getTaxonomyById)",
        operation_id="getTaxonomyById",
        **hsds,
    )(get_taxonomy)
    api.get(
        "/taxonomy_terms",
        response={200: list[TaxonomyTerm], 422: InvalidInput},
        tags=["hsds"],
        summary="Taxonomy terms (HSDS getTaxonomyTermById, sic)",
        # HSDS 3.0's OpenAPI document swaps the two taxonomy_term operation ids; we keep its names.
        operation_id="getTaxonomyTermById",
        **hsds,
    )(list_taxonomy_terms)
    api.get(
        "/taxonomy_terms/{taxonomy_term_id}",
        response={200: TaxonomyTerm, 404: Error, 422: InvalidInput},
        tags=["hsds"],
        summary="One taxonomy term (HSDS getPaginatedListOfTaxonomyTerms, sic)",
        operation_id="getPaginatedListOfTaxonomyTerms",
        **hsds,
    )(get_taxonomy_term)
