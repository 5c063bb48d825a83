"""Registers the booking admin (defined in viewsets.py) under one "Appointments" menu,
the audit trail's actions (booking.audit) and what keeps feed links of deactivated
users dead."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from booking import audit, staff_feeds
from booking.models import StaffAccess
from booking.permissions import StaffAccessPermissionPolicy
from booking.viewsets import AppointmentsViewSetGroup

register_permission_policy(StaffAccess, StaffAccessPermissionPolicy())


@hooks.register("register_admin_viewset")
def register_appointments_admin():
    return AppointmentsViewSetGroup()


@hooks.register("register_log_actions")
def register_booking_log_actions(actions):
    audit.register_actions(actions)


@hooks.register("register_permissions")
def register_audit_trail_permission():
    """ "Can see the audit trail" on the group editing page (superusers see it anyway)."""
    return Permission.objects.filter(content_type__app_label="booking", codename="view_audit_trail")


@hooks.register("after_bulk_action")
def revoke_feed_links_after_bulk_deactivation(request, action_type, objects, action_class):
    """Wagtail's bulk "mark as inactive" updates without a save signal."""
    if action_type == "set_active_state":
        users = get_user_model().objects.filter(pk__in=[user.pk for user in objects])
        staff_feeds.revoke_for_inactive_users(users)
