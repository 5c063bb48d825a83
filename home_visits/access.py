"""Who on the staff sees which home-visit requests, and the audit trail of them.

The same two layers as appointments (`booking.permissions`): Django's
appointment permissions say *what* (seeing a request is seeing an
appointment's data; scheduling or declining is booking), the user's
front-desk access row says *where* — here, which home-visit teams. No row,
no team: a front-desk user whose access names no team sees no request.
Every look at a request and every decision is one entry of the booking
audit trail (Reports › Audit trail), naming the request by its reference
and holding no name, phone or address.
"""

from django.utils.translation import gettext_lazy as _

from booking import audit, permissions
from home_visits.models import AuditedHomeVisitRequest, HomeVisitRequest

VIEW = "home_visits.request.view"
SCHEDULE = "home_visits.request.schedule"
DECLINE = "home_visits.request.decline"
LIST = "home_visits.requests.list"
MADE = "home_visits.request.made"

ACTIONS = {
    VIEW: (_("Home-visit request viewed"), _("Viewed the home-visit request")),
    SCHEDULE: (_("Home visit scheduled"), _("Scheduled the home visit")),
    DECLINE: (_("Home-visit request declined"), _("Declined the home-visit request")),
    LIST: (_("Home-visit requests listed"), _("Listed the home-visit requests")),
    MADE: (_("Home-visit request made by staff"), _("Made the home-visit request")),
}


def register_audit():
    audit.register_subject(AuditedHomeVisitRequest)
    for action, (label, message) in ACTIONS.items():
        audit.register_action(action, label, message)


def can_see(user):
    return permissions.can_view(user)


def can_decide(user):
    return permissions.can_view(user) and permissions.can_book(user)


def requests_for(user, queryset=None):
    """The requests this user may see: those of their teams (all, for "All places")."""
    queryset = HomeVisitRequest.objects.all() if queryset is None else queryset
    if not can_see(user):
        return queryset.none()
    scope = permissions.place_scope(user)
    if scope.everywhere:
        return queryset
    return queryset.filter(team__in=scope.team_ids)


def teams_for(user, teams):
    """Those of `teams` (a queryset) this user works in."""
    scope = permissions.place_scope(user)
    return teams if scope.everywhere else teams.filter(pk__in=scope.team_ids)


def record(action, user, request=None, **data):
    """One audit entry: `user` did `action` to `request` (or, for a list, to no one)."""
    if request is None:
        return audit.record(action, user, **data)
    subject = AuditedHomeVisitRequest(pk=request.pk)
    return audit.record_about(action, user, subject, request.reference, **data)
