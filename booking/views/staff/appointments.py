"""The appointments list (filters, export), one appointment's details, status changes."""

import csv
import logging
import re
from urllib.parse import urlsplit

from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import QueryDict
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from wagtail.admin import messages
from wagtail.admin.ui.tables import BaseColumn, Column, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin

from booking import audit, permissions, reservations
from booking.choices import Status
from booking.forms import DETAIL_FIELDS
from booking.models import Appointment, NotificationDelivery
from booking.views.staff.common import (
    BOOK_URL,
    DETAIL_URL,
    INDEX_RESULTS_URL,
    INDEX_URL,
    RELATED,
    STATUS_URL,
    appointment_fields,
    interpreter_text,
    local,
    personal,
    place_text,
    safe_next_url,
    when_text,
)

logger = logging.getLogger(__name__)

# --- The list --------------------------------------------------------------------------

# Excel reads a CSV file in the system's code page unless it starts with a byte-order
# mark, and splits fields by the system's list separator: ";" in Greece.
CSV_BOM = "\ufeff"
CSV_DELIMITER = ";"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
E164 = re.compile(r"^\+\d{6,15}$")


def csv_safe(value):
    """A cell a spreadsheet program will not run as a formula (names are typed by citizens)."""
    text = str(value)
    if text.startswith(FORMULA_START) and not E164.match(text):
        return "'" + text
    return text


def undelivered_count():
    """Per appointment: messages to the citizen that failed (given up or waiting for a retry)."""
    failing = (
        NotificationDelivery.objects.failing()
        .filter(appointment=OuterRef("pk"))
        .order_by()
        .values("appointment")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(failing), 0)


def undelivered_text(appointment):
    count = getattr(appointment, "undelivered", 0)
    return _("Not delivered: %(count)s") % {"count": count} if count else ""


class StatusActionsColumn(BaseColumn):
    """Buttons to mark an appointment attended or did not come (POST forms)."""

    cell_template_name = "booking/admin/status_actions_cell.html"

    def __init__(self, *args, can_change=False, next_url="", **kwargs):
        super().__init__(*args, **kwargs)
        self.can_change = can_change
        self.next_url = next_url

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context.update(
            # Cancelling tells the citizen: only on the details page, one step further.
            actions=[
                button
                for button in (status_buttons(instance) if self.can_change else [])
                if button["status"] != Status.CANCELLED
            ],
            action_url=reverse(STATUS_URL, args=[instance.pk]),
            next_url=self.next_url,
            csrf_token=get_token(request) if request else "",
        )
        return context


STATUS_BUTTON_LABELS = {
    Status.ATTENDED: gettext_lazy("Attended"),
    Status.NO_SHOW: gettext_lazy("Did not come"),
    Status.CANCELLED: gettext_lazy("Cancel the appointment"),
}


def status_buttons(appointment):
    return [
        {"status": status, "label": STATUS_BUTTON_LABELS[status]}
        for status in permissions.status_actions(appointment)
    ]


class AppointmentIndexView(IndexView):
    """Today's and coming appointments at the user's places; filters; CSV/XLSX export."""

    any_permission_required = ["view", "change"]
    page_title = gettext_lazy("Appointments")
    default_ordering = "start"
    export_filename = "appointments"
    list_export = [
        "reference",
        "start",
        "end",
        "place",
        "service",
        "status",
        "channel",
        # "Another language: Lingala" is one column with the language's name.
        *(field for field in DETAIL_FIELDS if field != "interpreter_language_other"),
        "created_at",
        "created_by",
    ]
    export_headings = {
        "reference": gettext_lazy("Reference"),
        "start": gettext_lazy("Start"),
        "end": gettext_lazy("End"),
        "place": gettext_lazy("Place"),
        "service": gettext_lazy("Service"),
        "status": gettext_lazy("Status"),
        "channel": gettext_lazy("Made"),
        "name": gettext_lazy("Name"),
        "phone": gettext_lazy("Phone"),
        "email": gettext_lazy("E-mail"),
        "language": gettext_lazy("Language for contact"),
        "interpreter_needed": gettext_lazy("Needs an interpreter"),
        "interpreter_language": gettext_lazy("Interpreter for"),
        "accessibility_needs": gettext_lazy("Accessibility needs"),
        "note": gettext_lazy("Note"),
        "created_at": gettext_lazy("Made on"),
        "created_by": gettext_lazy("Made by staff"),
    }
    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        str: {SpreadsheetExportMixin.FORMAT_CSV: csv_safe},
    }

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not permissions.can_export(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return permissions.appointments_for(
            self.request.user, Appointment.objects.select_related(*RELATED)
        ).annotate(undelivered=undelivered_count())

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.date_range_given:
            queryset = queryset.filter(start__gte=permissions.start_of_today())
        return queryset

    @cached_property
    def date_range_given(self):
        filters = self.filters
        return bool(filters and filters.is_valid() and filters.form.cleaned_data.get("date"))

    @cached_property
    def show_export_buttons(self):
        return bool(self.list_export) and permissions.can_export(self.request.user)

    def get_add_url(self):
        if permissions.can_book(self.request.user):
            return reverse(BOOK_URL)
        return None

    @cached_property
    def add_item_label(self):
        return _("Book for a citizen")

    def get_edit_url(self, instance):
        return None

    def get_inspect_url(self, instance):
        return reverse(DETAIL_URL, args=[instance.pk])

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "reference",
                label=_("Reference"),
                accessor="display_reference",
                get_url=self.get_inspect_url,
                sort_key="reference",
            ),
            Column("when", label=_("When"), accessor=when_text, sort_key="start"),
            # Status and the buttons next to the time: on a 1280 px screen they are seen
            # without scrolling sideways.
            Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            StatusActionsColumn(
                "actions",
                label=_("Mark as"),
                can_change=permissions.can_change(self.request.user),
                next_url=self.listing_url(),
            ),
            Column("name", label=_("Name"), accessor=lambda a: personal(a.name, a)),
            Column("phone", label=_("Phone"), accessor=lambda a: personal(a.phone, a)),
            Column("place", label=_("Place"), accessor=place_text),
            Column("service", label=_("Service"), accessor="service.title"),
            Column("interpreter", label=_("Interpreter"), accessor=interpreter_text),
            Column("channel", label=_("Made"), accessor="get_channel_display"),
            Column("messages", label=_("Messages"), accessor=undelivered_text),
        ]

    def listing_url(self):
        """The full list with this request's filters: where the "mark as" buttons come back to.

        The table is also rendered by the `results/` fragment that Wagtail's filters fetch
        for their in-place refresh; its own address would bring staff back to a bare
        fragment with no menu and no message.
        """
        return list_url_with(self.request.GET)

    def to_row_dict(self, item):
        return {
            "reference": item.display_reference,
            "start": local(item.start).replace(tzinfo=None),
            "end": local(item.end).replace(tzinfo=None),
            "place": place_text(item),
            "service": item.service.title,
            "status": str(item.get_status_display()),
            "channel": str(item.get_channel_display()),
            "name": item.name,
            "phone": item.phone,
            "email": item.email,
            "language": str(item.get_language_display()),
            "interpreter_needed": _("yes") if item.interpreter_needed else _("no"),
            "interpreter_language": item.interpreter_language_label,
            "accessibility_needs": item.accessibility_needs,
            "note": item.note,
            "created_at": local(item.created_at).replace(tzinfo=None),
            "created_by": item.created_by.get_username() if item.created_by else "",
        }

    def stream_csv(self, queryset):
        # The response streams after the request's language is switched off: keep it.
        return in_language(translation.get_language(), self.csv_lines(queryset))

    def csv_lines(self, queryset):
        """What Excel in Greece opens as typed: UTF-8 with a byte-order mark, fields split by
        semicolons (the list separator of Greek Windows, whose decimal mark is the comma).

        No "sep=;" first line: Excel then ignores the byte-order mark (Greek and Arabic
        turn to mojibake again) and every other program shows it as a row of data.
        """
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=CSV_DELIMITER)
        yield CSV_BOM.encode() + writer.writerow(
            {field: self.get_heading(queryset, field) for field in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8; header=present"
        return response

    def get_filename(self):
        return f"{self.export_filename}-{timezone.localdate():%Y-%m-%d}"

    def as_spreadsheet(self, queryset, spreadsheet_format):
        """The file, and one audit entry saying who exported how many rows with which filter."""
        rows = len(queryset)  # fills the queryset's cache: the file reads the same rows
        response = super().as_spreadsheet(queryset, spreadsheet_format)
        audit.record(
            audit.EXPORT,
            self.request.user,
            format=spreadsheet_format,
            filters=self.export_filters(),
            rows=rows,
        )
        return response

    def export_filters(self):
        """The filter as ids, codes and dates (never a name): what the audit entry keeps."""
        used = {}
        if self.filters is not None and self.filters.is_valid():
            for name, value in self.filters.form.cleaned_data.items():
                if isinstance(value, slice):
                    value = [value.start, value.stop] if value.start or value.stop else None
                    value = value and [moment.isoformat() if moment else "" for moment in value]
                elif hasattr(value, "pk"):
                    value = value.pk
                if value not in (None, "", []):
                    used[name] = value
        if not self.date_range_given:
            used["date"] = [permissions.start_of_today().isoformat(), ""]
        return used


def list_url_with(query):
    """The appointments list with `query` (a QueryDict); never the `results/` fragment."""
    query = query.copy()
    query.pop("export", None)
    encoded = query.urlencode()
    return reverse(INDEX_URL) + (f"?{encoded}" if encoded else "")


def status_next_url(request, pk):
    """Where a status change returns: the page it came from, the full list for the list's
    fragment (pages rendered before the fix), else the appointment's details."""
    url = safe_next_url(request)
    if not url:
        return reverse(DETAIL_URL, args=[pk])
    parts = urlsplit(url)
    if parts.path == reverse(INDEX_RESULTS_URL):
        return list_url_with(QueryDict(parts.query))
    return url


def in_language(language, lines):
    """Yield `lines`, each made with `language` active."""
    iterator = iter(lines)
    while True:
        with translation.override(language):
            line = next(iterator, None)
        if line is None:
            return
        yield line


class AppointmentDetailView(InspectView):
    """Everything held about one appointment, with the status buttons."""

    any_permission_required = ["view", "change"]
    template_name = "booking/admin/detail.html"
    page_title = gettext_lazy("Appointment")

    def get_object(self, queryset=None):
        if not permissions.can_view(self.request.user):
            raise PermissionDenied
        return get_object_or_404(
            permissions.appointments_for(
                self.request.user, Appointment.objects.select_related(*RELATED)
            ),
            pk=self.pk,
        )

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        audit.record(audit.VIEW, request.user, appointment=self.object)
        return response

    def get_page_subtitle(self):
        return self.object.display_reference

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    def get_fields_context(self):
        return appointment_fields(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        can_change = permissions.can_change(self.request.user)
        context.update(
            actions=status_buttons(self.object) if can_change else [],
            action_url=reverse(STATUS_URL, args=[self.object.pk]),
            next_url=reverse(DETAIL_URL, args=[self.object.pk]),
            deliveries=self.object.deliveries.all(),
        )
        return context


class AppointmentStatusView(View):
    """POST: mark attended, did not come, or cancelled (which frees the time)."""

    http_method_names = ["post"]

    MESSAGES = {
        Status.ATTENDED: gettext_lazy("Appointment %(reference)s marked as attended."),
        Status.NO_SHOW: gettext_lazy("Appointment %(reference)s marked as did not come."),
        Status.CANCELLED: gettext_lazy(
            "Appointment %(reference)s cancelled; the time is free again "
            "and the citizen has been told."
        ),
    }

    def post(self, request, pk):
        if not permissions.can_change(request.user):
            raise PermissionDenied
        appointment = get_object_or_404(permissions.appointments_for(request.user), pk=pk)
        status = request.POST.get("status", "")
        reference = appointment.display_reference
        old = appointment.status
        if status not in permissions.status_actions(appointment):
            messages.error(request, _("This appointment cannot be marked like that now."))
        elif reservations.set_status(appointment, status):
            logger.info("Appointment %s marked %s by user %s", pk, status, request.user.pk)
            audit.record(audit.STATUS, request.user, appointment=appointment, old=old, new=status)
            messages.success(request, self.MESSAGES[status] % {"reference": reference})
        else:
            messages.error(request, _("This appointment was already cancelled."))
        return redirect(status_next_url(request, pk))
