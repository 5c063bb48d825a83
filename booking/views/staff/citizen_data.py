"""A citizen's data by reference: show, download as JSON, erase (after a confirmation)."""

import json
import logging

from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin import messages

from booking import audit, permissions, reservations
from booking.models import Appointment
from booking.retention import anonymise, export_citizen_data
from booking.staff_forms import ReferenceForm
from booking.views.staff.common import RELATED, StaffPageMixin, appointment_fields

logger = logging.getLogger(__name__)


class CitizenDataView(StaffPageMixin, TemplateView):
    """Show, download or erase what is held about the citizen of one appointment."""

    template_name = "booking/admin/citizen_data.html"
    page_title = gettext_lazy("Citizen data")
    header_icon = "user"
    permission_check = staticmethod(permissions.can_manage_citizen_data)

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=ReferenceForm()))

    def post(self, request):
        form = ReferenceForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        appointment = (
            permissions.appointments_for(request.user, Appointment.objects.select_related(*RELATED))
            .filter(reference=form.cleaned_data["reference"])
            .first()
        )
        if appointment is None:
            form.add_error("reference", _("No appointment with this reference at your places."))
            return self.render_to_response(self.get_context_data(form=form))
        action = request.POST.get("action", "find")
        if action == "download":
            return self.download(request, appointment)
        if action == "erase-confirmed":
            return self.erase(request, appointment)
        audit.record(audit.LOOKUP, request.user, appointment=appointment)
        return self.render_to_response(
            self.get_context_data(
                form=form,
                appointment=appointment,
                fields=appointment_fields(appointment),
                confirm_erase=action == "erase" and appointment.anonymised_at is None,
            )
        )

    def download(self, request, appointment):
        logger.info(
            "Citizen data of appointment %s exported by user %s", appointment.pk, request.user.pk
        )
        audit.record(audit.DOWNLOAD, request.user, appointment=appointment)
        body = json.dumps(export_citizen_data(appointment), ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="citizen-data-{appointment.reference}.json"'
        )
        response["Cache-Control"] = "private, no-store"
        return response

    def erase(self, request, appointment):
        was_active = appointment.is_active
        if was_active:
            # Nobody can be reached about it any more: free the time.
            reservations.cancel(appointment, by_staff=request.user, notify=False)
        anonymise(Appointment.objects.filter(pk=appointment.pk))
        audit.record(audit.ERASE, request.user, appointment=appointment, cancelled=was_active)
        logger.info(
            "Citizen data of appointment %s erased by user %s", appointment.pk, request.user.pk
        )
        messages.success(
            request,
            _("The personal data of appointment %(reference)s has been erased.")
            % {"reference": appointment.display_reference},
        )
        return redirect("appointments_citizen_data:index")
