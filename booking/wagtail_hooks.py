"""Registers the booking admin (defined in viewsets.py) under one "Appointments" menu,
the audit trail's actions (booking.audit) and what keeps feed links of deactivated
users dead."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder, register_admin_url_finder
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from booking import audit, permissions, staff_feeds
from booking.models import AuditedAppointment, StaffAccess
from booking.permissions import StaffAccessPermissionPolicy
from booking.views.staff.audit_trail import AuditTrailView
from booking.viewsets import AppointmentsViewSetGroup

register_permission_policy(StaffAccess, StaffAccessPermissionPolicy())


class AuditedAppointmentURLFinder(ModelAdminURLFinder):
    """An audit entry's name links to the appointment's details, for whoever may open them
    at the appointment's place (opening them is itself recorded)."""

    def get_edit_url(self, instance):
        if (
            self.user is not None
            and not permissions.appointments_for(self.user).filter(pk=instance.pk).exists()
        ):
            return None
        return reverse("appointments:inspect", args=[instance.pk])


register_admin_url_finder(AuditedAppointment, AuditedAppointmentURLFinder)


@hooks.register("register_admin_viewset")
def register_appointments_admin():
    return AppointmentsViewSetGroup()


@hooks.register("register_log_actions")
def register_booking_log_actions(actions):
    audit.register_actions(actions)


@hooks.register("register_admin_urls")
def register_audit_trail_urls():
    return [
        path("reports/audit-trail/", AuditTrailView.as_view(), name="booking_audit_trail"),
        path(
            "reports/audit-trail/results/",
            AuditTrailView.as_view(results_only=True),
            name="booking_audit_trail_results",
        ),
    ]


class AuditTrailMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can_see_audit_trail(request.user)


@hooks.register("register_reports_menu_item")
def register_audit_trail_menu_item():
    return AuditTrailMenuItem(
        _("Audit trail"), reverse("booking_audit_trail"), icon_name="history", order=1100
    )


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
