"""Registers the finder's admin (viewsets.py) and its report (report.py)."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from finder.report import FinderReportView, can_see_report
from finder.viewsets import FinderViewSetGroup

register_snippet(FinderViewSetGroup)


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("reports/finder/", FinderReportView.as_view(), name="finder_report")]


class FinderReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_report(request.user)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return FinderReportMenuItem(
        _("Help finder"), reverse("finder_report"), icon_name="help", order=1200
    )


@hooks.register("register_permissions")
def register_report_permission():
    """ "Can view finder count" on the group editing page: who sees the report."""
    return Permission.objects.filter(content_type__app_label="finder", codename="view_dailycount")
