"""Registers the activity sessions screens and the local spaces (activities.viewsets) in the
admin."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from activities.viewsets import ActivitiesStaffViewSet, LocalSpaceViewSet

register_snippet(LocalSpaceViewSet)


@hooks.register("register_admin_viewset")
def register_activity_sessions():
    return ActivitiesStaffViewSet()
