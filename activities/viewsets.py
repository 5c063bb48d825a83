"""The "Activities" menu of the admin: coming sessions, rosters, attendance, export."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from activities import permissions, staff


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
