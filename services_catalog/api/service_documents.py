"""Services, where they are offered, and their terms as HSDS 3.0 documents.

A service is the centre's (`organization`), offered at places
(`service_at_locations`, each with its location nested), in the municipal
communities of those places (`service_areas`), and classified by its
category and target groups, the two published taxonomies (`attributes`
linking `taxonomy_term`s, as HSDS 3.0 links terms).
"""

from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal import content_memo
from services_catalog.models import ServiceCategory, TargetGroup
from services_catalog.public_ids import (
    location_uuid,
    part_uuid,
    service_at_location_uuid,
    service_uuid,
    taxonomy_term_uuid,
    taxonomy_uuid,
)

from .organizations import centre, centre_uuid, organisation_out, organisation_uuid
from .queries import services_queryset
from .serializers import location_out

# The published taxonomies: key (part of every term's UUID) → model.
TAXONOMIES = {"category": ServiceCategory, "target-group": TargetGroup}


def taxonomy_out(key):
    model = TAXONOMIES[key]
    name = str(capfirst(model._meta.verbose_name_plural))
    descriptions = {
        "category": _("What kind of help a service gives."),
        "target-group": _("Who a service is meant for."),
    }
    return {"id": taxonomy_uuid(key), "name": name, "description": descriptions[key]}


def term_out(key, term, *, detail=None):
    """A category or a target group as an HSDS taxonomy_term."""
    data = {
        "id": taxonomy_term_uuid(key, term.pk),
        "code": term.slug,
        "name": term.name,
        "description": term.name,
        "taxonomy": str(capfirst(TAXONOMIES[key]._meta.verbose_name_plural)),
        "taxonomy_id": taxonomy_uuid(key),
    }
    if detail is not None:
        data["taxonomy_detail"] = detail
    return data


def _short_term(key, term):
    return {"id": taxonomy_term_uuid(key, term.pk), "code": term.slug, "name": term.name}


def _attribute(service_id, key, term):
    document = term_out(key, term)
    return {
        "id": part_uuid(service_id, document["id"]),
        "link_id": service_id,
        "link_type": key,
        "link_entity": "service",
        "taxonomy_term_id": document["id"],
        "taxonomy_term": document,
    }


def places_of(service):
    """(place, appointment minutes or None) for every place that offers `service`, in order."""
    found = []
    for offering in service.offerings.all():  # the live ones (queries.services_queryset)
        # A mobile unit offers the service at every one of its stops.
        places = [offering.branch] if offering.branch else offering.mobile_unit.stops.all()
        minutes = (offering.minutes or service.appointment_minutes) if service.bookable else None
        found += [(place, minutes) for place in places]
    return found


class Documents:
    """The documents of one request, each built once: a place offered by twenty
    services is one location document, not twenty (a van's 300 stops…)."""

    def __init__(self, request):
        self.request = request
        self._locations = {}
        self._organization = None

    def location(self, place):
        key = place.place_id
        if key not in self._locations:
            self._locations[key] = location_out(place, self.request)
        return self._locations[key]

    def organization(self, service):
        """The centre, or the body that provides a programme the centre helps with."""
        if service.provider_id is not None:
            return organisation_out(service.provider)
        if self._organization is None:
            self._organization = centre(self.request)
        return self._organization


def summary_out(service, request):
    """The one-to-one fields of a service (HSDS service_list)."""
    return {
        "id": service_uuid(service.pk),
        "organization_id": (
            organisation_uuid(service.provider_id) if service.provider_id else centre_uuid()
        ),
        "name": service.title,
        "description": service.summary,
        "url": request.build_absolute_uri(service.get_url(request)),
        "status": "active",
        "fees_description": _("Free of charge") if service.free_of_charge else None,
        "eligibility_description": service.eligibility or None,
        "last_modified": service.last_published_at,
    }


def at_location_out(service, place, minutes, documents=None):
    """Service `service` at `place`; with its location nested when `documents` are given."""
    data = {
        "id": service_at_location_uuid(service.pk, place.place_id),
        "service_id": service_uuid(service.pk),
        "location_id": location_uuid(place.place_id),
        "appointment_minutes": minutes,
    }
    if documents is not None:
        data["location"] = documents.location(place)
    return data


def service_areas_out(service_id, places):
    communities = {place.community.pk: place.community for place, _minutes in places}
    return [
        {
            "id": part_uuid(service_id, f"community-{community.pk}"),
            "service_id": service_id,
            "name": community.name,
            "description": _("Municipal community"),
            "extent_type": "municipal_community",
        }
        for community in sorted(communities.values(), key=lambda c: (c.sort_order, c.name))
    ]


def service_out(service, documents, *, nested=True):
    """A service as an HSDS service (with our extensions).

    `nested`: each service_at_location with its location (GET /services/{id});
    a list gives their ids only (HSDS lists carry one-to-one fields), which
    keeps a page of services small however many stops a van has.
    """
    service_id = service_uuid(service.pk)
    places = places_of(service)
    groups = list(service.target_groups.all())
    return {
        **summary_out(service, documents.request),
        "organization": documents.organization(service),
        "service_at_locations": [
            at_location_out(service, place, minutes, documents if nested else None)
            for place, minutes in places
        ],
        "service_areas": service_areas_out(service_id, places),
        "attributes": [
            _attribute(service_id, "category", service.category),
            *(_attribute(service_id, "target-group", group) for group in groups),
        ],
        "category": _short_term("category", service.category),
        "target_groups": [_short_term("target-group", group) for group in groups],
        "channels": [str(channel.value) for channel in service.channels],
        "bookable": service.bookable,
        "appointment_minutes": service.appointment_minutes if service.bookable else None,
        # A programme of another body: its own official page (ours is `url`).
        "official_url": service.official_url or None,
    }


def service_at_locations(services):
    """(id, service, place, minutes) of every place each of `services` is offered at."""
    return [
        (service_at_location_uuid(service.pk, place.place_id), service, place, minutes)
        for service in services
        for place, minutes in places_of(service)
    ]


def service_at_location_converter(request):
    """Turns an item of `service_at_locations` into a top-level HSDS service_at_location."""
    documents = Documents(request)
    summaries = {}

    def convert(item):
        _id, service, place, minutes = item
        if service.pk not in summaries:
            summaries[service.pk] = summary_out(service, request)
        return {
            **at_location_out(service, place, minutes, documents),
            "service": summaries[service.pk],
        }

    return convert


# --- Kept for the content generation (portal.content_memo) -------------------------------
#
# A region's services are offered at a thousand stops: reading them with their
# offerings, places and schedules cost about a second a request, for lists that
# change only when an editor publishes something. What follows is built once per
# content generation (exactly as fresh as a cached page) and read-only afterwards.


def listed_services(request):
    """[(service document as listed, category slug, target group slugs)] of every
    published service, in the request's language and address."""

    def build():
        documents = Documents(request)
        return [
            (
                service_out(service, documents, nested=False),
                service.category.slug,
                frozenset(group.slug for group in service.target_groups.all()),
            )
            for service in services_queryset()
        ]

    return content_memo.memoised(
        ("hsds.listed-services", get_language(), request.build_absolute_uri("/")), build
    )


def every_service_at_location():
    """`service_at_locations` of every published service (models, shared: read only)."""
    return content_memo.memoised(
        ("hsds.service-at-locations",), lambda: service_at_locations(services_queryset())
    )
