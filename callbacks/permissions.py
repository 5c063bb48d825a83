"""Which call-back requests a staff user sees: those of their places, as with appointments.

The same two layers as `booking.permissions`: the appointment permissions
say what (see the queue; mark a request; book from it), the user's
front-desk access says where. A request for no place in particular is seen
only by staff who work everywhere. No access, no request: fails closed.
"""

from booking import permissions
from callbacks.models import CallbackRequest

can_view = permissions.can_view
can_change = permissions.can_change
can_book = permissions.can_book


def requests_for(user, queryset=None):
    """The call-back requests this user may see."""
    queryset = CallbackRequest.objects.all() if queryset is None else queryset
    if not can_view(user):
        return queryset.none()
    scope = permissions.place_scope(user)
    if scope.everywhere:
        return queryset
    return queryset.at_places(branches=scope.branch_ids, mobile_units=scope.unit_ids)
