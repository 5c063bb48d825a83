"""Front-desk staff record a walk-in or a phone enquiry (Wagtail admin › Record a visit).

Two clicks: the menu item, then "Walk-in" or "Phone enquiry". The place is
preselected (the one the user recorded at last, else their first place:
booking.permissions, fails closed), the service is optional. Nothing
personal is asked or kept.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from booking import permissions
from booking.views.staff.common import StaffPageMixin
from figures.choices import ContactKind
from figures.forms import ContactRecordForm, staff_places
from figures.models import ContactRecord
from services_catalog.places import appointment_place_fields, rows_at
from services_catalog.schedules import ATHENS

LAST_PLACE = "figures_last_place"
RECORD_URL = "contact_records:index"

DONE = {
    ContactKind.WALK_IN: gettext_lazy("Walk-in recorded at %(place)s."),
    ContactKind.PHONE: gettext_lazy("Phone enquiry recorded at %(place)s."),
}


def can_record(user):
    """Whoever may book for a citizen may record that one came or called."""
    return permissions.can_book(user) or permissions.can_view(user)


class RecordContactView(StaffPageMixin, TemplateView):
    template_name = "figures/admin/record.html"
    page_title = gettext_lazy("Record a visit")
    header_icon = "user"
    permission_check = staticmethod(can_record)

    def get_places(self):
        return staff_places(self.request.user)

    def get(self, request):
        places = self.get_places()
        last = request.session.get(LAST_PLACE)
        known = {place.place_id for place in places}
        initial = {"place": last if last in known else (places[0].place_id if places else "")}
        form = ContactRecordForm(initial=initial, places=places)
        return self.render_to_response(self.get_context_data(form=form, places=places))

    def post(self, request):
        places = self.get_places()
        form = ContactRecordForm(request.POST, places=places)
        if not form.is_valid():
            context = self.get_context_data(form=form, places=places)
            return self.render_to_response(context, status=400)
        place = form.cleaned_data["place"]
        kind = form.cleaned_data["kind"]
        ContactRecord.objects.create(
            kind=kind,
            service_id=form.cleaned_data["service"],
            recorded_by=request.user,
            **appointment_place_fields(place),
        )
        request.session[LAST_PLACE] = place.place_id
        messages.success(request, DONE[kind] % {"place": place.display_name})
        return redirect(reverse(RECORD_URL))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context.get("form")
        place_id = form["place"].value() if form is not None else ""
        place = next((p for p in context.get("places", ()) if p.place_id == place_id), None)
        if place is not None:
            midnight = (
                timezone.now().astimezone(ATHENS).replace(hour=0, minute=0, second=0, microsecond=0)
            )
            today = ContactRecord.objects.filter(rows_at(place), recorded_at__gte=midnight)
            context["today_walk_ins"] = today.filter(kind=ContactKind.WALK_IN).count()
            context["today_calls"] = today.filter(kind=ContactKind.PHONE).count()
            context["place"] = place
        return context
