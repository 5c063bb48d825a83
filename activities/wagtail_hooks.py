"""Registers the activity sessions screens (activities.viewsets) in the admin."""

from wagtail import hooks

from activities.viewsets import ActivitiesStaffViewSet


@hooks.register("register_admin_viewset")
def register_activity_sessions():
    return ActivitiesStaffViewSet()
