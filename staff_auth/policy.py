"""Who must pass a second factor after the password.

Everyone who can see appointments must: superusers and users holding any of
booking's staff permissions. So must anyone who can change users or groups,
since they could give themselves those permissions. By default communications
editors must too (STAFF_SECOND_FACTOR_FOR_EDITORS): they change the phone
numbers and addresses that people in crisis rely on, and one rule for all
staff leaves no gap when someone's groups change. A municipality may turn it
off for editors; then the rule below decides.
"""

from django.conf import settings

from booking import permissions as booking_permissions

USER_ADMIN_PERMISSIONS = ("auth.add_user", "auth.change_user", "auth.change_group")


def can_see_appointments(user):
    return (
        booking_permissions.can_view(user)
        or booking_permissions.can_book(user)
        or booking_permissions.can_change(user)
        or booking_permissions.can_export(user)
        or booking_permissions.can_manage_citizen_data(user)
    )


def needs_second_factor(user):
    """Whether `user` (signed in with a password) must also give a code."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or settings.STAFF_SECOND_FACTOR_FOR_EDITORS:
        return True
    return can_see_appointments(user) or any(user.has_perm(p) for p in USER_ADMIN_PERMISSIONS)
