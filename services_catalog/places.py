"""One idea of a place: where a citizen meets the centre.

A place is a branch or a mobile unit's stop (and, with home visits, the
citizen's own home). Every caller that needs a place — booking flow, API,
slots, staff screens, feeds, appointments — goes through this module:

* one id codec, `format_place_id` / `parse_place_id` ("branch-3", "stop-12");
* one registry of place kinds (`PLACE_KINDS`), each a `PlaceKindSpec` that
  knows its model, which of its rows are live and public, the appointment
  field that points at it and the window key prefix of its schedules;
* the shape every place model offers (see `BranchPage` and `Stop`):
  `kind`, `place_id`, `display_name` (active language), `label` (name with
  its context, for staff lists), `get_place_url(request)`, `windows`
  (its `OpenWindow`s) and `exceptions`.

A new kind of place is one new `PlaceKindSpec` subclass registered in
`PLACE_KINDS`, its model with the shape above, and its template. The
home-visit team (`HomeVisitKind`) is one: a kind that is *not public*
(`public = False`): its windows are staff capacity, so `load_place`,
`place_exists`, `public_kinds()` and everything that lists places to
citizens (the booking flow, the API, feeds) leave it out, while staff
scheduling, appointments and permissions take it like any other kind.

This module imports no models at import time (the models import the codec
from here); it resolves them through the app registry.
"""

from django.apps import apps
from django.db.models import Q

from portal.parsing import parse_id

MAX_PLACE_PK = 2**31 - 1  # a PostgreSQL integer key


def format_place_id(kind, pk):
    """ "branch-3" from ("branch", 3): the id of a place in URLs, forms and the API."""
    return f"{kind}-{pk}"


def parse_place_id(value):
    """("branch", 3) from "branch-3"; None for anything that is not a known kind and a valid id."""
    kind, _sep, number = str(value or "").partition("-")
    pk = parse_id(number)
    if kind not in PLACE_KINDS or pk is None or pk > MAX_PLACE_PK:
        return None
    return kind, pk


class PlaceKindSpec:
    """What the rest of the project needs to know about one kind of place."""

    kind = ""
    model_label = ""
    window_model_label = ""
    exception_model_label = ""
    window_key_prefix = ""  # OpenWindow.uid_key is f"{prefix}-{pk}"
    window_place_field = ""  # the window's (and the exception's) foreign key to its place
    window_related = ()  # what an occurrence shows of its place, loaded with the windows
    live_path = ""  # from the place to the page whose `live` flag publishes it
    appointment_field = ""  # the Appointment field that points at a place of this kind
    offering_field = ""  # the Offering field that names where this kind of place is offered
    public = True  # listed to citizens (flow, API, feeds); False: staff schedule it only

    @property
    def model(self):
        return apps.get_model(self.model_label)

    @property
    def window_model(self):
        return apps.get_model(self.window_model_label)

    @property
    def exception_model(self):
        return apps.get_model(self.exception_model_label)

    def windows_of(self, places):
        """The windows of `places` (a queryset or ids) whose place is published, in order."""
        place = self.window_place_field
        return (
            self.window_model.objects.filter(
                **{f"{place}__in": places, f"{place}__{self.live_path}live": True}
            )
            .select_related(place, *(f"{place}__{field}" for field in self.window_related))
            .order_by(f"{place}_id", "sort_order", "pk")
        )

    def exceptions_of(self, places, start, end):
        """The cancellations and extra dates of `places` between two dates, by date."""
        return self.exception_model.objects.filter(
            **{f"{self.window_place_field}__in": places, "date__range": (start, end)}
        ).order_by("date", "pk")

    def live(self):
        """The places of this kind citizens can see: live and public (one definition)."""
        raise NotImplementedError

    def offering(self, places, offerings):
        """Those of `places` (a queryset of this kind) at which `offerings` are given."""
        raise NotImplementedError

    def of_mobile_unit(self, places, unit_id):
        """Those of `places` that a mobile unit visits (none, for a kind that is not a stop)."""
        return places.none()

    def place_of_window(self, window_pk):
        """The place id of one of this kind's windows, or None."""
        place_pk = (
            self.window_model.objects.filter(pk=window_pk)
            .values_list(f"{self.window_place_field}_id", flat=True)
            .first()
        )
        return format_place_id(self.kind, place_pk) if place_pk else None

    def offered_by(self, place):
        """The pk `offering_field` holds for `place` (a branch: itself; a stop: its unit)."""
        raise NotImplementedError

    def minutes_by_place(self, service):
        """{place id: appointment length} of a kind whose places are not `Offering`s; else {}."""
        return {}


class BranchKind(PlaceKindSpec):
    kind = "branch"
    model_label = "services_catalog.BranchPage"
    window_model_label = "services_catalog.BranchSchedule"
    exception_model_label = "services_catalog.BranchException"
    window_key_prefix = "branch-schedule"
    window_place_field = "branch"
    window_related = ("community",)
    appointment_field = "branch"
    offering_field = "branch"

    def live(self):
        return self.model.objects.live().public().select_related("community")

    def offering(self, places, offerings):
        return places.filter(pk__in=offerings.values("branch"))

    def offered_by(self, place):
        return place.pk


class StopKind(PlaceKindSpec):
    kind = "stop"
    model_label = "services_catalog.Stop"
    window_model_label = "services_catalog.StopSchedule"
    exception_model_label = "services_catalog.StopException"
    window_key_prefix = "stop-visit"
    window_place_field = "stop"
    window_related = ("community", "mobile_unit")
    live_path = "mobile_unit__"
    appointment_field = "stop"
    offering_field = "mobile_unit"

    def live(self):
        units = apps.get_model("services_catalog.MobileUnitPage").objects.live().public()
        return self.model.objects.filter(mobile_unit__in=units).select_related(
            "community", "mobile_unit"
        )

    def offering(self, places, offerings):
        # A mobile unit offers its services at every one of its stops.
        return places.filter(mobile_unit__in=offerings.values("mobile_unit"))

    def of_mobile_unit(self, places, unit_id):
        return places.filter(mobile_unit_id=unit_id)

    def offered_by(self, place):
        return place.mobile_unit_id


class HomeVisitKind(PlaceKindSpec):
    """A home-visit team: its windows are when it can visit, its appointments are at home.

    Not public: a team's windows are staff capacity, scheduled by a social
    worker from a citizen's request, never offered to the public. The
    service a visit is recorded as, and its length, are the team's own
    (`service`, `visit_minutes`), not `Offering`s.
    """

    kind = "home"
    model_label = "services_catalog.HomeVisitTeam"
    window_model_label = "services_catalog.HomeVisitWindow"
    exception_model_label = "services_catalog.HomeVisitException"
    window_key_prefix = "home-visit-window"
    window_place_field = "team"
    appointment_field = "home_team"
    offering_field = "home_visit_team"  # PlaceScope's name for a user's teams
    public = False

    def live(self):
        return self.model.objects.filter(live=True)

    def offering(self, places, offerings):
        return places.filter(service__in=offerings.values("service"))

    def offered_by(self, place):
        return place.pk

    def minutes_by_place(self, service):
        teams = self.live().filter(service=service).values_list("pk", "visit_minutes")
        return {format_place_id(self.kind, pk): minutes for pk, minutes in teams}


PLACE_KINDS = {spec.kind: spec for spec in (BranchKind(), StopKind(), HomeVisitKind())}


def public_kinds():
    """The kinds of place citizens are shown (branches and stops; not home-visit teams)."""
    return {kind: spec for kind, spec in PLACE_KINDS.items() if spec.public}


def kind_of(place):
    """The `PlaceKindSpec` of a place instance."""
    return PLACE_KINDS[place.kind]


def load_place(place_id):
    """The live, public place with this id ("branch-3"), or None (a home-visit team too)."""
    parsed = parse_place_id(place_id)
    if parsed is None or not PLACE_KINDS[parsed[0]].public:
        return None
    kind, pk = parsed
    return PLACE_KINDS[kind].live().filter(pk=pk).first()


def place_exists(place_id):
    parsed = parse_place_id(place_id)
    if parsed is None or not PLACE_KINDS[parsed[0]].public:
        return False
    return PLACE_KINDS[parsed[0]].live().filter(pk=parsed[1]).exists()


def parse_window_key(window_key):
    """(place kind spec, window pk) from "stop-visit-7"; None for anything else."""
    prefix, _sep, number = str(window_key or "").rpartition("-")
    pk = parse_id(number)
    spec = next((s for s in PLACE_KINDS.values() if s.window_key_prefix == prefix), None)
    if spec is None or pk is None:
        return None
    return spec, pk


def place_of_window(window_key):
    """The place id ("branch-3", "stop-12") a window key belongs to, or None."""
    parsed = parse_window_key(window_key)
    return parsed[0].place_of_window(parsed[1]) if parsed else None


def appointment_place_fields(place):
    """{"branch": place, "stop": None}: the Appointment fields that say where it is.

    The fields of the public kinds, and the place's own: the other doors
    (call-backs, contact messages, ratings, figures) copy these fields and
    have only the public kinds' (no home-visit team).
    """
    return {
        spec.appointment_field: place if spec.kind == place.kind else None
        for spec in PLACE_KINDS.values()
        if spec.public or spec.kind == place.kind
    }


def place_id_of_appointment(appointment):
    """The place id of an appointment, read from its foreign keys without loading the place."""
    for spec in PLACE_KINDS.values():
        pk = getattr(appointment, f"{spec.appointment_field}_id")
        if pk:
            return format_place_id(spec.kind, pk)
    return None


# --- Rows counted by place: ratings, figures ---------------------------------------------
#
# Rows that record something at a place (appointments, ratings, walk-ins…) name it
# with the Appointment's fields, one per kind (`appointment_field`). A *subject* is
# what a figure or an average is about: a place (a branch, a stop), a mobile unit
# (all its stops) or None, the whole network.


def subject_key(subject):
    """ "branch-3", "stop-12", "unit-4" or "network": a cache key or API id for a subject."""
    if subject is None:
        return "network"
    if getattr(subject, "kind", None) in PLACE_KINDS:
        return format_place_id(subject.kind, subject.pk)
    return f"unit-{subject.pk}"


def rows_at(subject, prefix=""):
    """A filter (`Q`) for rows at `subject`, whose place fields are `prefix` + branch/stop."""
    if subject is None:
        return Q()
    if getattr(subject, "kind", None) in PLACE_KINDS:
        return Q(**{f"{prefix}{PLACE_KINDS[subject.kind].appointment_field}": subject.pk})
    # A mobile unit: every one of its stops, as a list of ids (a subquery), so the
    # database uses the rows' index on their stop instead of joining every row.
    stops = PLACE_KINDS["stop"]
    ids = stops.model.objects.filter(mobile_unit=subject.pk).values("pk")
    return Q(**{f"{prefix}{stops.appointment_field}__in": ids})


def load_subject(subject_id):
    """The live place ("branch-3", "stop-12") or mobile unit ("unit-4") of an id, or None."""
    kind, _sep, number = str(subject_id or "").partition("-")
    if kind != "unit":
        return load_place(subject_id)
    pk = parse_id(number)
    if pk is None or pk > MAX_PLACE_PK:
        return None
    units = apps.get_model("services_catalog.MobileUnitPage").objects.live().public()
    return units.filter(pk=pk).first()
