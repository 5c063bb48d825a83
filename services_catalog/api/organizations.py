"""The organisations the API publishes (HSDS `organization`), from one list of sources.

The Community Centre itself, from the site settings (every place is the
centre's, and every service but the programmes of other bodies), then the
other bodies of the catalogue (`services_catalog.Organisation`: partners, the
municipalities a van serves, the providers of programmes). Another app adds
its own with `register_source(function)` once (in its AppConfig.ready), where
`function(request)` returns its organisations as HSDS dictionaries (ids from
`services_catalog.public_ids.public_id("organization", key)`), and its own
services name them as `organization_id`. Nothing here needs to change.
"""

from django.utils.translation import gettext as _

from portal.models import SiteSettings
from services_catalog.models import Organisation
from services_catalog.public_ids import part_uuid, public_id

CENTRE_KEY = "centre"


def centre_uuid():
    return public_id("organization", CENTRE_KEY)


def centre(request):
    """The Community Centre as an HSDS organization, in the active language."""
    site = SiteSettings.for_request(request)
    identifier = centre_uuid()
    phone = {"id": part_uuid(identifier, "phone"), "organization_id": identifier}
    return {
        "id": identifier,
        "name": site.organisation_name,
        "description": _(
            "The municipality's Community Centre: free advice and support for every "
            "resident, at its branches and from its mobile units."
        ),
        "email": site.email or None,
        "website": request.build_absolute_uri("/"),
        "phones": [{**phone, "number": site.phone}] if site.phone else [],
    }


def centre_organizations(request):
    return [centre(request)]


def organisation_uuid(pk):
    """Keyed by the primary key: renaming a body or editing its slug keeps its id."""
    return public_id("organization", f"organisation-{pk}")


def organisation_out(organisation):
    """A body of the catalogue (a partner, a municipality, a programme's provider)."""
    return {
        "id": organisation_uuid(organisation.pk),
        "name": organisation.name,
        "description": str(organisation.get_kind_display()),
        "website": organisation.website or None,
        "phones": [],
    }


def catalogue_organizations(request):
    return [organisation_out(organisation) for organisation in Organisation.objects.all()]


_SOURCES = [centre_organizations, catalogue_organizations]


def register_source(source):
    """Publish the organisations `source(request)` returns, after the centre."""
    if source not in _SOURCES:
        _SOURCES.append(source)


def organizations(request):
    """Every published organisation, the centre first."""
    return [organization for source in _SOURCES for organization in source(request)]
