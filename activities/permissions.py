"""Which activities' rosters a staff user sees: those at their places, as with appointments.

The same two layers as `booking.permissions`: the appointment permissions
say what (view a roster; mark attendance, cancel a session; export), the
user's front-desk access says where (`place_scope(user).allows(place)`).
No access, no roster: fails closed. An activity in a local space is the
place of the branch that runs the space (`LocalSpace.branch`): that
branch's staff see its rosters.
"""

from activities.models import ActivityPage
from booking import permissions

can_view = permissions.can_view
can_change = permissions.can_change
can_export = permissions.can_export
can_book = permissions.can_book


def activities_for(user):
    """The live activities at this user's places (none without the view permission)."""
    found = ActivityPage.objects.live().select_related(
        "branch", "stop__mobile_unit", "space__branch"
    )
    if not can_view(user):
        return found.none()
    scope = permissions.place_scope(user)
    if scope.everywhere:
        return found
    return (
        found.filter(branch__in=scope.branch_ids)
        | found.filter(stop__mobile_unit__in=scope.unit_ids)
        | found.filter(space__branch__in=scope.branch_ids)
    )


def staff_place(activity):
    """The place whose staff answer for `activity`: its branch or stop, or the branch
    running its local space (a space is no place kind of its own)."""
    return activity.space.branch if activity.space_id else activity.place


def allows(user, activity):
    return can_view(user) and permissions.place_scope(user).allows(staff_place(activity))
