"""A citizen's data: an appointment by its reference, or every other door's records
(waiting list, call-backs, contact messages, home visits, referrals: booking.citizen_data)
by phone number or e-mail; show, download as JSON, erase (after a confirmation)."""

import json
import logging

from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin import messages

from booking import audit, citizen_data, permissions, reservations
from booking.models import Appointment
from booking.retention import anonymise, export_citizen_data
from booking.staff_forms import ContactLookupForm, ReferenceForm
from booking.views.staff.common import RELATED, StaffPageMixin, appointment_fields

logger = logging.getLogger(__name__)


class CitizenDataView(StaffPageMixin, TemplateView):
    """Show, download or erase what is held about the citizen of one appointment."""

    template_name = "booking/admin/citizen_data.html"
    page_title = gettext_lazy("Citizen data")
    header_icon = "user"
    permission_check = staticmethod(permissions.can_manage_citizen_data)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", ReferenceForm())
        kwargs.setdefault("contact_form", ContactLookupForm())
        return super().get_context_data(**kwargs)

    def get(self, request):
        return self.render_to_response(self.get_context_data())

    def post(self, request):
        action = request.POST.get("action", "find")
        if action.endswith("-contact") or action == "erase-contact-confirmed":
            return self.by_contact(request, action)
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
                # The same citizen's records at the other doors, to look at next.
                others=citizen_data.counts(
                    citizen_data.find(request.user, appointment.phone, appointment.email)
                )
                if appointment.anonymised_at is None
                else {},
            )
        )

    def by_contact(self, request, action):
        """Every registered door's records under a phone number or an e-mail address, at the
        user's places: find, download (JSON) or erase (after a confirmation)."""
        form = ContactLookupForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(contact_form=form))
        phone, email = form.cleaned_data["phone"], form.cleaned_data["email"]
        found = citizen_data.find(request.user, phone, email)
        counts = citizen_data.counts(found)
        by = "phone" if phone else "email"
        if action == "download-contact" and found:
            audit.record(audit.DOWNLOAD, request.user, by=by, records=counts)
            body = json.dumps(citizen_data.export(found), ensure_ascii=False, indent=2)
            response = HttpResponse(body, content_type="application/json; charset=utf-8")
            response["Content-Disposition"] = 'attachment; filename="citizen-data.json"'
            response["Cache-Control"] = "private, no-store"
            return response
        if action == "erase-contact-confirmed" and found:
            erased = citizen_data.erase(found)
            audit.record(audit.ERASE, request.user, by=by, records=erased)
            logger.info("Citizen records %s erased by user %s", erased, request.user.pk)
            messages.success(
                request,
                _("The personal data of %(count)s records has been erased.")
                % {"count": sum(erased.values())},
            )
            return redirect("appointments_citizen_data:index")
        audit.record(audit.LOOKUP_CONTACT, request.user, by=by, records=counts)
        return self.render_to_response(
            self.get_context_data(
                contact_form=form,
                searched=True,
                found=citizen_data.rows(found),
                confirm_erase_contact=action == "erase-contact" and bool(found),
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
