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


def centre_organization(request, wanted):
    return centre(request) if wanted == centre_uuid() else None


def catalogue_organization(request, wanted):
    """The body whose UUID is `wanted`: its UUID is worked out from each key (one query
    of keys), and only that body is read."""
    pk = next(
        (
            pk
            for pk in Organisation.objects.values_list("pk", flat=True)
            if organisation_uuid(pk) == wanted
        ),
        None,
    )
    found = Organisation.objects.filter(pk=pk).first() if pk is not None else None
    return organisation_out(found) if found is not None else None


_SOURCES = [centre_organizations, catalogue_organizations]
# {source: finder(request, uuid) -> its document or None}, for the sources that have one.
_FINDERS = {
    centre_organizations: centre_organization,
    catalogue_organizations: catalogue_organization,
}


def register_source(source, find=None):
    """Publish the organisations `source(request)` returns, after the centre.

    `find(request, uuid)`, when given, answers one of them (or None) without
    building them all; without it, `organization()` looks through the list.
    """
    if source not in _SOURCES:
        _SOURCES.append(source)
    if find is not None:
        _FINDERS[source] = find


def organizations(request):
    """Every published organisation, the centre first."""
    return [organization for source in _SOURCES for organization in source(request)]


def organization(request, wanted):
    """The published organisation whose UUID (lower-case text) is `wanted`, or None."""
    for source in _SOURCES:
        find = _FINDERS.get(source)
        if find is not None:
            found = find(request, wanted)
        else:
            found = next((o for o in source(request) if o["id"] == wanted), None)
        if found is not None:
            return found
    return None
