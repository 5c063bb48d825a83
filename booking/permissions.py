"""What a staff user may do with appointments, and at which places.

Two layers: Django permissions say *what* (see, book on behalf, change the
status, export, answer a citizen's data request); a `StaffAccess` row says
*where*: every place when its `all_places` is ticked, otherwise the
branches, mobile units and home-visit teams it names. No row means no place: permissions fail
closed, so deleting a row takes access away. Superusers may do everything
everywhere. Every staff view, the export and the private
feed take their appointments from `appointments_for()`, so the place limit
is applied in one place.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from wagtail.permission_policies import ModelPermissionPolicy

from booking.choices import Status
from booking.models import Appointment, StaffAccess, WaitlistEntry
from services_catalog.models import BranchPage, HomeVisitTeam, MobileUnitPage, Stop
from services_catalog.places import format_place_id, kind_of
from services_catalog.schedules import ATHENS

VIEW = "booking.view_appointment"
ADD = "booking.add_appointment"
CHANGE = "booking.change_appointment"
EXPORT = "booking.export_appointment"
CITIZEN_DATA = "booking.manage_citizen_data"
AUDIT_TRAIL = "booking.view_audit_trail"


def can_view(user):
    """See the appointments list and details (changing implies seeing)."""
    return user.is_active and (user.has_perm(VIEW) or user.has_perm(CHANGE))


def can_book(user):
    return user.is_active and user.has_perm(ADD)


def can_change(user):
    return user.is_active and user.has_perm(CHANGE)


def can_export(user):
    return can_view(user) and user.has_perm(EXPORT)


def can_manage_citizen_data(user):
    return user.is_active and user.has_perm(CITIZEN_DATA)


def can_see_audit_trail(user):
    """Superusers, and groups given "Can see the audit trail" (booking.models.audit)."""
    return user.is_active and user.has_perm(AUDIT_TRAIL)


@dataclass(frozen=True)
class PlaceScope:
    """The places whose appointments a staff user sees: all of them, or some (branches,
    mobile units with their stops, home-visit teams)."""

    branch_ids: frozenset = frozenset()
    unit_ids: frozenset = frozenset()
    team_ids: frozenset = frozenset()  # home-visit teams
    everywhere: bool = False

    def appointments(self, queryset=None):
        queryset = Appointment.objects.all() if queryset is None else queryset
        if self.everywhere:
            return queryset
        return queryset.at_places(
            branches=self.branch_ids, mobile_units=self.unit_ids, home_visit_teams=self.team_ids
        )

    def limit(self, queryset):
        """Any queryset with `at_places(branches=…, mobile_units=…)`: the other doors'
        requests (referrals, call-backs…), which name a branch or a stop as appointments
        do and never a home-visit team (those are the home_visits app's own)."""
        if self.everywhere:
            return queryset
        return queryset.at_places(branches=self.branch_ids, mobile_units=self.unit_ids)

    def offerings(self, queryset):
        """The offerings (services × branch or mobile unit) of this scope's places."""
        if self.everywhere:
            return queryset
        condition = Q()
        for field, ids in self.ids_by_offering_field.items():
            if field in ("branch", "mobile_unit"):  # the fields an Offering has
                condition |= Q(**{f"{field}__in": ids})
        return queryset.filter(condition)

    @property
    def ids_by_offering_field(self):
        """This scope's ids under the Offering field that names them, as place kinds do."""
        return {
            "branch": self.branch_ids,
            "mobile_unit": self.unit_ids,
            "home_visit_team": self.team_ids,
        }

    def allows(self, place):
        """Whether `place` (a branch, a stop: any place kind) is one of this user's places."""
        if self.everywhere:
            return True
        spec = kind_of(place)
        return spec.offered_by(place) in self.ids_by_offering_field[spec.offering_field]


EVERYWHERE = PlaceScope(everywhere=True)
NOWHERE = PlaceScope()


def place_scope(user):
    """The user's places (three queries at most, then cached on the user object)."""
    cached = getattr(user, "_booking_place_scope", None)
    if cached is not None:
        return cached
    if user.is_superuser:
        scope = EVERYWHERE
    else:
        access = StaffAccess.objects.filter(user=user).first() if user.is_authenticated else None
        if access is None:
            scope = NOWHERE
        elif access.all_places:
            scope = EVERYWHERE
        else:
            scope = PlaceScope(
                branch_ids=frozenset(access.branches.values_list("pk", flat=True)),
                unit_ids=frozenset(access.mobile_units.values_list("pk", flat=True)),
                team_ids=frozenset(access.home_visit_teams.values_list("pk", flat=True)),
            )
    user._booking_place_scope = scope
    return scope


def appointments_for(user, queryset=None):
    """The appointments this user may see (and, with the permission, change)."""
    if not can_view(user) and not can_book(user) and not can_manage_citizen_data(user):
        return Appointment.objects.none()
    return place_scope(user).appointments(queryset)


def waitlist_for(user):
    """The waiting-list entries this user may see: those of their places, like appointments."""
    if not can_view(user):
        return WaitlistEntry.objects.none()
    scope = place_scope(user)
    if scope.everywhere:
        return WaitlistEntry.objects.all()
    stops = Stop.objects.filter(mobile_unit__in=scope.unit_ids).values_list("pk", flat=True)
    place_ids = [format_place_id("branch", pk) for pk in scope.branch_ids]
    place_ids += [format_place_id("stop", pk) for pk in stops]
    return WaitlistEntry.objects.filter(place_id__in=place_ids)


# --- Status changes -------------------------------------------------------------------


def status_actions(appointment, now=None):
    """The statuses staff may set now: attended or no-show once the day has come
    (and to correct one into the other), cancelled while still booked."""
    now = now or timezone.now()
    if appointment.status == Status.CANCELLED or appointment.anonymised_at is not None:
        return []
    actions = []
    started = appointment.start.astimezone(ATHENS).date() <= now.astimezone(ATHENS).date()
    if started:
        actions += [s for s in (Status.ATTENDED, Status.NO_SHOW) if s != appointment.status]
    if appointment.status == Status.BOOKED:
        actions.append(Status.CANCELLED)
    return actions


def visible_places(user):
    """(branches, mobile units with their stops) the user works at, live ones, by title.

    Three queries: the grouped choices of the filters and of booking on behalf.
    """
    scope = place_scope(user)
    branches = BranchPage.objects.live().order_by("title")
    units = MobileUnitPage.objects.live().order_by("title").prefetch_related("stops")
    if not scope.everywhere:
        branches = branches.filter(pk__in=scope.branch_ids)
        units = units.filter(pk__in=scope.unit_ids)
    return list(branches), list(units)


def visible_home_visit_teams(user):
    """The home-visit teams the user works in, by name (one query)."""
    scope = place_scope(user)
    teams = HomeVisitTeam.objects.order_by("name", "pk")
    if not scope.everywhere:
        teams = teams.filter(pk__in=scope.team_ids)
    return list(teams)


def start_of_today(now=None):
    """Midnight in Athens today: the index shows appointments from here on."""
    day = (now or timezone.now()).astimezone(ATHENS).date()
    return datetime.datetime.combine(day, datetime.time(), tzinfo=ATHENS)


# --- Front-desk access records -----------------------------------------------------


class StaffAccessPermissionPolicy(ModelPermissionPolicy):
    """Who may say which places a front-desk user sees: whoever may change users."""

    def __init__(self):
        super().__init__(StaffAccess, auth_model=settings.AUTH_USER_MODEL)

    def _get_permission_codename(self, action):
        return "change_user"
