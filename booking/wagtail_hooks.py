"""Registers the booking admin (defined in viewsets.py) under one "Appointments" menu."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from booking.models import StaffAccess
from booking.permissions import StaffAccessPermissionPolicy
from booking.viewsets import AppointmentsViewSetGroup

register_permission_policy(StaffAccess, StaffAccessPermissionPolicy())


@hooks.register("register_admin_viewset")
def register_appointments_admin():
    return AppointmentsViewSetGroup()
