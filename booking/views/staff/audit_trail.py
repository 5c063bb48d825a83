"""Reports › Audit trail: the booking entries of Wagtail's audit log, by user, action and date.

Wagtail's own Site history lists these entries too, but in Wagtail 8 its
user filter offers only users who have page entries; this report filters
the booking trail by anyone who appears in it. Read-only, like every
Wagtail log: there is no screen to edit or delete an entry.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import ModelLogEntry

import django_filters

from booking import audit, permissions


def trail_users(request):
    User = get_user_model()
    ids = audit.entries().order_by().values("user_id").distinct()
    return User.objects.filter(pk__in=ids).order_by(User.USERNAME_FIELD)


class AuditTrailFilterSet(WagtailFilterSet):
    action = django_filters.MultipleChoiceFilter(
        label=pgettext_lazy("audit trail filter", "Action"),
        choices=audit.action_choices,
        widget=CheckboxSelectMultiple,
    )
    user = django_filters.ModelMultipleChoiceFilter(
        label=pgettext_lazy("audit trail filter", "User"),
        queryset=trail_users,
        widget=CheckboxSelectMultiple,
    )
    timestamp = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = ModelLogEntry
        fields = []


class AuditTrailView(ReportView):
    page_title = _("Audit trail")
    header_icon = "history"
    results_template_name = "wagtailadmin/reports/site_history_results.html"
    filterset_class = AuditTrailFilterSet
    index_url_name = "booking_audit_trail"
    index_results_url_name = "booking_audit_trail_results"

    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_see_audit_trail(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return (
            audit.entries()
            .select_related("user", "user__wagtail_userprofile", "content_type")
            .order_by("-timestamp", "-pk")
        )

    def decorate_paginated_queryset(self, object_list):
        """Link each entry to its appointment's details where the user may open them."""
        finder = AdminURLFinder(self.request.user)
        found = (
            self.get_queryset().filter(pk__in=[entry.pk for entry in object_list]).with_instances()
        )
        linked = {}
        for entry, instance in found:
            entry.edit_url = finder.get_edit_url(instance) if instance is not None else None
            linked[entry.pk] = entry
        return [linked[entry.pk] for entry in object_list]
