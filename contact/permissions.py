"""Which contact messages a staff user sees: those of their places, as with appointments.

The appointment permissions say what (see the list; change a status), the
user's front-desk access says where (`booking.permissions`). Messages to the
general inbox are seen by staff who work everywhere. Fails closed.
"""

from booking import permissions
from contact.models import ContactMessage

can_view = permissions.can_view
can_change = permissions.can_change


def messages_for(user, queryset=None):
    queryset = ContactMessage.objects.all() if queryset is None else queryset
    if not can_view(user):
        return queryset.none()
    scope = permissions.place_scope(user)
    if scope.everywhere:
        return queryset
    return queryset.at_places(branches=scope.branch_ids, mobile_units=scope.unit_ids)
