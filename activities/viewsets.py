"""The admin of activities: coming sessions, rosters, attendance, export (the "Activity
sessions" menu), and the local spaces where activities are held (a snippet)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from activities import permissions, staff
from activities.models import LocalSpace


class SessionsMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can_view(request.user)


class ActivitiesStaffViewSet(ViewSet):
    name = "activities_staff"
    url_prefix = "activity-sessions"
    icon = "group"
    menu_label = _("Activity sessions")
    menu_item_class = SessionsMenuItem
    menu_order = 262
    add_to_admin_menu = True

    def get_urlpatterns(self):
        return [
            path("", staff.SessionsView.as_view(), name="index"),
            path("<str:activity_id>/<str:key>/", staff.RosterView.as_view(), name="roster"),
            path(
                "<str:activity_id>/<str:key>/attendance/",
                staff.AttendanceView.as_view(),
                name="attendance",
            ),
            path(
                "<str:activity_id>/<str:key>/sign-up/",
                staff.SignUpForCitizenView.as_view(),
                name="sign-up",
            ),
            path(
                "<str:activity_id>/<str:key>/cancel/",
                staff.CancelSessionView.as_view(),
                name="cancel",
            ),
            path(
                "<str:activity_id>/<str:key>/message/",
                staff.SessionMessageView.as_view(),
                name="message",
            ),
            path("<str:activity_id>/<str:key>/export/", staff.ExportView.as_view(), name="export"),
        ]


class LocalSpaceViewSet(SnippetViewSet):
    """Local spaces, edited by the editors who write activity pages (model permissions,
    given to the Editors and Moderators groups by the migration that made them)."""

    model = LocalSpace
    icon = "home"
    menu_label = _("Local spaces")
    menu_order = 263
    add_to_admin_menu = True
    list_display = ["name", "branch", "community"]
    list_filter = ["branch", "community"]
    ordering = ["name"]
