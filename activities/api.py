"""Activities in the open-data API: an extension beside the HSDS operations.

`GET /api/v1/activities` (a page of live, public activities, filtered by
location, community, language and target group) and
`GET /api/v1/activities/{id}` (one, with every coming session: start, end,
places left, cancelled, full). Not in Open Referral HSDS 3.0, so every
operation and schema is marked `x-extension: true` in the OpenAPI document.

Ids are UUIDs as everywhere in the API (`services_catalog.public_ids`): an
activity is `activity:<page pk>`, its place the *location* id the catalogue
publishes (`location:stop-12`), so a client joins the two. Places left come
from the seat ledger as counts; no sign-up, name or phone is ever read here.
Texts follow the request's language, as in the other operations. A list
turns only the page it sends into documents, and reads the sessions of that
page in a fixed number of queries (`activities.sessions.between`).
"""

import datetime
from collections.abc import Sequence

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ninja import Field, Query, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate
from pydantic import ConfigDict

from activities import sessions
from activities.choices import Attendance, HeldIn, SeatsPer
from activities.models import ActivityPage
from activities.models.spaces import SPACE_KIND
from activities.places import held_at, in_community, with_places, with_spaces
from portal.api_errors import Error, InvalidInput, not_found
from services_catalog import public_ids
from services_catalog.api import HSDSPagination
from services_catalog.api.schemas import FilterText
from services_catalog.holiday_names import holiday_name
from services_catalog.models import Community, TargetGroup
from services_catalog.places import load_place, public_kinds

EXTENSION = {"x-extension": True}
STATUSES = ["scheduled", "full", "cancelled"]


def _extension_schema(description):
    return ConfigDict(json_schema_extra={**EXTENSION, "description": description})


class TermOut(Schema):
    model_config = _extension_schema("A target group, as the services' `target_groups`.")

    id: str = Field(json_schema_extra={"format": "uuid"})
    code: str
    name: str


class CommunityOut(Schema):
    model_config = _extension_schema("The municipal community of the activity's place.")

    code: str = Field(description="Its slug, as the `community` filters take it.")
    name: str


class SpaceOut(Schema):
    model_config = _extension_schema(
        "A community's local space (a hall, a room) where the centre holds activities; "
        "not a location of services."
    )

    id: str = Field(json_schema_extra={"format": "uuid"})
    name: str
    address: str
    postal_code: str
    directions: str = Field(description="How to find it.")
    accessibility: str
    latitude: float | None
    longitude: float | None
    run_by_location_id: str = Field(
        description="The `id` in /locations of the branch that runs it.",
        json_schema_extra={"format": "uuid"},
    )


class SessionOut(Schema):
    model_config = _extension_schema("One coming session of an activity.")

    id: str = Field(description="Stable: the activity and the session's start (as iCal UIDs).")
    start: datetime.datetime
    end: datetime.datetime
    status: str = Field(
        description="scheduled, full (no place left: the waiting list) or cancelled",
        json_schema_extra={"enum": STATUSES},
    )
    cancelled: bool
    full: bool
    places_left: int | None = Field(
        description="Places left in this session; null when nobody signs up (drop in)."
    )
    reason: str = Field(description="Why it is cancelled (empty otherwise), translated.")


class ActivityOut(Schema):
    model_config = _extension_schema("A group activity (course, workshop, information session).")

    id: str = Field(json_schema_extra={"format": "uuid"})
    name: str
    summary: str
    description: str
    url: str
    language: str = Field(
        description="The language it is held in.",
        json_schema_extra={"enum": [code for code, _label in HeldIn.choices]},
    )
    language_name: str
    target_groups: list[TermOut]
    age_min: int | None
    age_max: int | None
    attendance: str = Field(json_schema_extra={"enum": [c for c, _label in Attendance.choices]})
    seats: int | None = Field(description="Places in all; null when nobody signs up.")
    seats_per: str = Field(
        description="session: each session has its places; series: one sign-up holds every "
        "session.",
        json_schema_extra={"enum": [c for c, _label in SeatsPer.choices]},
    )
    places_left: int | None = Field(
        description="What a sign-up can have now: the next session's places or, for a series, "
        "the fewest left in its coming sessions; null for drop in or nothing to come."
    )
    location_id: str | None = Field(
        description="The `id` of its place in /locations; null when it is held in a "
        "community's local space (see `space`).",
        json_schema_extra={"format": "uuid"},
    )
    location_name: str
    space: SpaceOut | None = Field(
        None, description="The community's local space it is held in, if it is."
    )
    community: CommunityOut | None = None
    ical_url: str = Field(description="Its coming sessions as an iCal feed.")
    next_session: SessionOut | None = None
    session_count: int = Field(description="Coming sessions, cancelled ones included.")


class ActivityFull(ActivityOut):
    model_config = _extension_schema("A group activity with every coming session.")

    sessions: list[SessionOut]


class ActivityFilters(Schema):
    location: FilterText | None = Field(
        None, description="Only activities at this location (its UUID, as in /locations)."
    )
    community: FilterText | None = Field(None, description="Slug of a municipal community.")
    language: FilterText | None = Field(
        None,
        description="Only activities held in this language.",
        json_schema_extra={"enum": [code for code, _label in HeldIn.choices]},
    )
    target_group: FilterText | None = Field(None, description="Slug of a target group.")


def _live():
    """Live, public activities at a live, public place: their `location_id` is published."""
    places = with_spaces({kind: spec.live() for kind, spec in public_kinds().items()})
    found = held_at(ActivityPage.objects.live().public(), places)
    return with_places(found).prefetch_related("target_groups", "schedules", "exceptions")


def activity_uuid(pk):
    return public_ids.public_id("activity", pk)


def session_out(session):
    cancelled = session.cancelled
    return {
        "id": f"activity-{session.activity.pk}-{session.key}",
        "start": session.start,
        "end": session.end,
        "status": "cancelled" if cancelled else "full" if session.full else "scheduled",
        "cancelled": cancelled,
        "full": session.full,
        "places_left": session.left,
        "reason": holiday_name(session.reason) if cancelled else "",
    }


def space_out(space):
    return {
        "id": public_ids.public_id("space", space.pk),
        "name": space.display_name,
        "address": space.address,
        "postal_code": space.postal_code,
        "directions": space.directions,
        "accessibility": space.accessibility,
        "latitude": space.latitude if space.has_coordinates else None,
        "longitude": space.longitude if space.has_coordinates else None,
        "run_by_location_id": public_ids.location_uuid(space.branch.place_id),
    }


def activity_out(activity, coming, request, *, full=False):
    place = activity.place
    is_space = place.kind == SPACE_KIND
    community = getattr(place, "community", None)
    open_sessions = sessions.bookable(coming)
    if activity.is_series:
        left = sessions.series_left(coming)
    else:
        left = open_sessions[0].left if open_sessions else None
    document = {
        "id": activity_uuid(activity.pk),
        "name": activity.title,
        "summary": activity.summary,
        "description": activity.description,
        "url": request.build_absolute_uri(activity.get_url(request)),
        "language": activity.held_in,
        "language_name": str(activity.get_held_in_display()),
        "target_groups": [
            {
                "id": public_ids.taxonomy_term_uuid("target-group", group.pk),
                "code": group.slug,
                "name": group.name,
            }
            for group in activity.target_groups.all()
        ],
        "age_min": activity.age_min,
        "age_max": activity.age_max,
        "attendance": activity.attendance,
        "seats": activity.seats if activity.needs_sign_up else None,
        "seats_per": activity.seats_per,
        "places_left": left,
        "location_id": None if is_space else public_ids.location_uuid(place.place_id),
        "location_name": place.display_name,
        "space": space_out(place) if is_space else None,
        "community": (
            {"code": community.slug, "name": community.name} if community is not None else None
        ),
        "ical_url": request.build_absolute_uri(
            reverse("activities:ical-activity", args=[activity.pk])
        ),
        "next_session": session_out(open_sessions[0]) if open_sessions else None,
        "session_count": len(coming),
    }
    if full:
        document["sessions"] = [session_out(session) for session in coming]
    return document


def coming_of(activities, now):
    """{activity pk: its coming sessions in the horizon}, for all of them in a few queries."""
    return sessions.coming_for(activities, now=now)


class Documents(Sequence):
    """The activities, each turned into its document only when its page is cut; the
    sessions of a page read together."""

    def __init__(self, activities, request):
        self.activities = activities
        self.request = request

    def __len__(self):
        return len(self.activities)

    def __getitem__(self, index):
        chosen = self.activities[index] if isinstance(index, slice) else [self.activities[index]]
        coming = coming_of(chosen, timezone.now())
        documents = [activity_out(a, coming[a.pk], self.request) for a in chosen]
        return documents if isinstance(index, slice) else documents[0]


def filtered(filters):
    """The live, public activities the filters ask for; 400 for a filter naming nothing."""
    found = _live()
    if filters.location:
        place = load_place(public_ids.place_id(filters.location))
        if place is None:
            raise HttpError(400, _("Unknown location id."))
        found = held_at(found, {place.kind: [place.pk]})
    if filters.community:
        community = Community.objects.filter(slug=filters.community).first()
        if community is None:
            raise HttpError(400, _("Unknown municipal community."))
        found = in_community(found, community)
    if filters.language:
        if filters.language not in HeldIn.values:
            raise HttpError(400, _("Unknown language: choose el, en, ar or fa."))
        found = found.filter(held_in=filters.language)
    if filters.target_group:
        group = TargetGroup.objects.filter(slug=filters.target_group).first()
        if group is None:
            raise HttpError(400, _("Unknown target group."))
        found = found.filter(target_groups=group)
    return found.order_by("path")


@paginate(HSDSPagination)
def list_activities(request, filters: Query[ActivityFilters]):
    return Documents(list(filtered(filters)), request)


def get_activity(request, activity_id: FilterText):
    wanted = public_ids.as_uuid(activity_id)
    pks = ActivityPage.objects.live().public().values_list("pk", flat=True) if wanted else []
    pk = next((pk for pk in pks if activity_uuid(pk) == wanted), None)
    activity = _live().filter(pk=pk).first() if pk is not None else None
    if activity is None:
        raise HttpError(404, not_found(_("activity")))
    coming = coming_of([activity], timezone.now())[activity.pk]
    return activity_out(activity, coming, request, full=True)


DESCRIPTION = (
    "Extension (not in HSDS 3.0). Group activities with sign-up — courses, workshops, "
    "information sessions — at branches and van stops, with their coming sessions (the next "
    "ACTIVITIES_HORIZON_DAYS days) and the places left. `location_id` is the place's id in "
    "/locations. No personal data."
)


def register(api):
    api.get(
        "/activities",
        response={200: list[ActivityOut], 400: Error, 422: InvalidInput},
        tags=["activities"],
        summary="List activities (extension)",
        operation_id="getPaginatedListOfActivities",
        description=DESCRIPTION,
        openapi_extra=EXTENSION,
    )(list_activities)
    api.get(
        "/activities/{activity_id}",
        response={200: ActivityFull, 404: Error, 422: InvalidInput},
        tags=["activities"],
        summary="One activity with its coming sessions (extension)",
        operation_id="getActivityById",
        description=DESCRIPTION,
        openapi_extra=EXTENSION,
    )(get_activity)
