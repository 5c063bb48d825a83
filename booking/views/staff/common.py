"""What the staff pages share: URL names, how an appointment reads, the page frame."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from booking import permissions
from services_catalog.schedules import ATHENS

INDEX_URL = "appointments:index"
INDEX_RESULTS_URL = "appointments:index_results"
DETAIL_URL = "appointments:inspect"
STATUS_URL = "appointments:status"
BOOK_URL = "appointments_book:index"

RELATED = ("service", "branch", "stop__mobile_unit", "home_team", "created_by")


def local(moment):
    return moment.astimezone(ATHENS)


def when_text(appointment):
    """ "Tuesday 19 January 2027, 10:00–10:30" in the active language."""
    start, end = local(appointment.start), local(appointment.end)
    return f"{date_format(start.date(), 'l j E Y')}, {start:%H:%M}–{end:%H:%M}"


def place_text(appointment):
    return appointment.place.label


def interpreter_text(appointment):
    if not appointment.interpreter_needed:
        return ""
    return appointment.interpreter_language_label or _("yes")


def personal(value, appointment):
    return _("(erased)") if appointment.anonymised_at else value


def safe_next_url(request):
    url = request.POST.get("next", "")
    if url and url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
        return url
    return None


def appointment_fields(a):
    """Every field of an appointment, labelled, for the details and the data-request pages."""
    rows = [
        (_("Reference"), a.display_reference),
        (_("Status"), a.get_status_display()),
        (_("When"), when_text(a)),
        (_("Place"), place_text(a)),
        (_("Service"), a.service.title),
        (_("Name"), personal(a.name, a)),
        (_("Mobile phone"), personal(a.phone, a)),
        (_("E-mail"), personal(a.email, a) or "—"),
        (_("Language for contact"), a.get_language_display()),
        (_("Needs an interpreter"), _("yes") if a.interpreter_needed else _("no")),
        (_("Interpreter for"), a.interpreter_language_label or "—"),
        (_("Accessibility needs"), a.accessibility_needs or "—"),
        (_("Note"), a.note or "—"),
        (_("Made"), a.get_channel_display()),
        (_("Made by staff"), a.created_by.get_username() if a.created_by else "—"),
        (_("Made on"), _moment(a.created_at)),
        (_("Privacy notice accepted"), _moment(a.consent_at)),
        (_("Cancelled on"), _moment(a.cancelled_at)),
        (_("Reminder sent"), _moment(a.reminder_sent_at)),
        (_("Personal data erased on"), _moment(a.anonymised_at)),
    ]
    return [{"label": label, "value": value, "component": None} for label, value in rows]


def _moment(value):
    if value is None:
        return "—"
    moment = local(value)
    return f"{date_format(moment.date(), 'j E Y')}, {moment:%H:%M}"


class StaffPageMixin(WagtailAdminTemplateMixin):
    """A page of the Appointments menu: breadcrumbs Home › Appointments › this page."""

    header_icon = "date"
    permission_check = None

    def dispatch(self, request, *args, **kwargs):
        if not type(self).permission_check(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = list(self.breadcrumbs_items)
        if permissions.can_view(self.request.user):
            items.append({"url": reverse(INDEX_URL), "label": _("Appointments")})
        return [*items, {"url": "", "label": self.get_page_title()}]
