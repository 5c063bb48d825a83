"""Which activities' rosters a staff user sees: those at their places, as with appointments.

The same two layers as `booking.permissions`: the appointment permissions
say what (view a roster; mark attendance, cancel a session; export), the
user's front-desk access says where (`place_scope(user).allows(place)`).
No access, no roster: fails closed.
"""

from activities.models import ActivityPage
from booking import permissions

can_view = permissions.can_view
can_change = permissions.can_change
can_export = permissions.can_export
can_book = permissions.can_book


def activities_for(user):
    """The live activities at this user's places (none without the view permission)."""
    found = ActivityPage.objects.live().select_related("branch", "stop__mobile_unit")
    if not can_view(user):
        return found.none()
    scope = permissions.place_scope(user)
    if scope.everywhere:
        return found
    return found.filter(branch__in=scope.branch_ids) | found.filter(
        stop__mobile_unit__in=scope.unit_ids
    )


def allows(user, activity):
    return can_view(user) and permissions.place_scope(user).allows(activity.place)
