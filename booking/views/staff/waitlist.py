"""The waiting lists of a staff user's places: who waits, in order, per service and place.

Only the entries of the user's places (`permissions.waitlist_for`); every
look is recorded in the audit trail (with the filters and the number of
rows, never a name), and so is every removal. Removing someone needs the
permission to change appointments.
"""

import logging

from django import forms
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin import messages

from booking import audit, permissions, waitlist
from booking.choices import EntryStatus
from booking.models import WaitlistOffer
from booking.views.staff.common import StaffPageMixin, local, safe_next_url
from portal.parsing import parse_id
from services_catalog.models import ServicePage
from services_catalog.places import format_place_id, load_place

logger = logging.getLogger(__name__)

WAITLIST_URL = "appointments_waitlist:index"


class WaitlistFilterForm(forms.Form):
    """Which service and which of the user's places (both optional)."""

    service = forms.ChoiceField(label=gettext_lazy("Service"), required=False)
    place = forms.ChoiceField(label=gettext_lazy("Place"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        services = ServicePage.objects.filter(bookable=True).order_by("title")
        self.fields["service"].choices = [("", _("All services"))] + [
            (str(service.pk), service.title) for service in services
        ]
        branches, units = permissions.visible_places(user)
        places = [("", _("All my places"))]
        places += [(format_place_id("branch", branch.pk), branch.title) for branch in branches]
        for unit in units:
            places += [(stop.place_id, stop.label) for stop in unit.stops.all()]
        self.fields["place"].choices = places


class WaitlistView(StaffPageMixin, TemplateView):
    """Who waits for a time, per service and place, first come first; remove someone."""

    template_name = "booking/admin/waitlist.html"
    page_title = gettext_lazy("Waiting list")
    header_icon = "list-ol"
    permission_check = staticmethod(permissions.can_view)

    def get(self, request):
        form = WaitlistFilterForm(request.GET or None, user=request.user)
        entries = permissions.waitlist_for(request.user).waiting().select_related("service")
        filters = {}
        if form.is_valid():
            filters = {key: value for key, value in form.cleaned_data.items() if value}
            if "service" in filters:
                entries = entries.filter(service_id=parse_id(filters["service"]))
            if "place" in filters:
                entries = entries.filter(place_id=filters["place"])
        groups = _grouped(list(entries.order_by("service__title", "place_id", "created_at", "pk")))
        rows = sum(len(group["entries"]) for group in groups)
        audit.record(audit.WAITLIST_VIEW, request.user, rows=rows, filters=filters)
        return self.render_to_response(
            self.get_context_data(
                form=form,
                groups=groups,
                can_remove=permissions.can_change(request.user),
                next_url=request.get_full_path(),
            )
        )

    def post(self, request):
        back = safe_next_url(request) or reverse(WAITLIST_URL)
        if not permissions.can_change(request.user):
            messages.error(request, _("You may not change waiting lists."))
            return redirect(back)
        pk = parse_id(request.POST.get("entry"))
        entries = permissions.waitlist_for(request.user).waiting()
        entry = entries.filter(pk=pk).first() if pk else None
        if entry is None:
            messages.error(request, _("This person is no longer on a waiting list of your places."))
            return redirect(back)
        waitlist.leave(entry, status=EntryStatus.REMOVED)
        audit.record(
            audit.WAITLIST_REMOVE,
            request.user,
            entry=entry.pk,
            service=entry.service_id,
            place=entry.place_id,
        )
        logger.info("Waiting-list entry %s removed by user %s", entry.pk, request.user.pk)
        messages.success(request, _("Removed from the waiting list."))
        return redirect(back)


def _grouped(entries):
    """[{service, place, entries: [{entry, position, offer}]}] per (service, place), in order."""
    offers = {}
    for offer in WaitlistOffer.objects.open().filter(entry__in=entries):
        offers[offer.entry_id] = offer
    groups = []
    for entry in entries:
        if not groups or (groups[-1]["service"].pk, groups[-1]["place_id"]) != (
            entry.service_id,
            entry.place_id,
        ):
            place = load_place(entry.place_id)
            groups.append(
                {
                    "service": entry.service,
                    "place_id": entry.place_id,
                    "place": place.label if place else entry.place_id,
                    "entries": [],
                }
            )
        offer = offers.get(entry.pk)
        groups[-1]["entries"].append(
            {
                "entry": entry,
                "position": len(groups[-1]["entries"]) + 1,
                "joined": local(entry.created_at),
                "offer_until": local(offer.expires_at) if offer else None,
                "offer_start": local(offer.start) if offer else None,
            }
        )
    return groups
