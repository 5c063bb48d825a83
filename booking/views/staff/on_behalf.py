"""Booking on behalf of a caller or a walk-in: service → place → day → a free time on that
day and the details (one list of every free time of the coming weeks ran to hundreds)."""

import uuid

from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin import messages

from booking import audit, handovers, permissions, reservations
from booking.models import Appointment
from booking.slots import free_slots
from booking.staff_forms import (
    DayStepForm,
    PlaceStepForm,
    ServiceStepForm,
    StaffBookingForm,
    bookable_places,
    bookable_services,
    slot_day,
)
from booking.views.staff.common import BOOK_URL, DETAIL_URL, StaffPageMixin
from portal.parsing import parse_id


class BookForCitizenView(StaffPageMixin, TemplateView):
    """Service → place → day → a time and the citizen's details; books by phone or at the desk."""

    template_name = "booking/admin/book.html"
    page_title = gettext_lazy("Book for a citizen")
    header_icon = "plus"
    permission_check = staticmethod(permissions.can_book)

    def get(self, request):
        return self.step(request)

    def post(self, request):
        return self.step(request)

    def step(self, request):
        # Another door (a referral…) handing a citizen over: its details start filled in.
        self.handover = self.find_handover(request)
        services = list(bookable_services(request.user))
        service = _chosen(services, request.GET.get("service"))
        if service is None:
            form = ServiceStepForm(services=services)
            return self.render_step("service", form=form)
        places = bookable_places(service, request.user)
        place = next((p for p in places if p.place_id == request.GET.get("place")), None)
        if place is None:
            form = PlaceStepForm(places=places)
            return self.render_step("place", form=form, service=service)
        if request.method == "POST" and (done := _already_booked(request)) is not None:
            # The same form sent twice (a double click): the first one booked it.
            return self.booked(request, done)
        # Staff may book a caller or a walk-in into any slot not yet started.
        slots = free_slots(service, places=[place.place_id], notice_minutes=0)
        day = _chosen_day(request.GET.get("day"), slots)
        if day is None and request.method != "POST":
            form = DayStepForm(slots=slots)
            return self.render_step("day", form=form, service=service, place=place, slots=slots)
        if day is not None:
            slots = [slot for slot in slots if slot_day(slot) == day]
        form = StaffBookingForm(request.POST or None, slots=slots, initial=self.form_initial())
        if request.method == "POST" and form.is_valid():
            response = self.book(request, form, service)
            if response is not None:
                return response
        return self.render_step(
            "details", form=form, service=service, place=place, slots=slots, day=day
        )

    def find_handover(self, request):
        """The citizen handed over by another door (booking.handovers): named in the address
        (`handover=referral-12`), or fixed by a subclass (callbacks.staff's caller)."""
        return handovers.find(request.user, request.GET.get("handover"))

    def form_initial(self):
        """What the details start with: a handed-over citizen's, else nothing."""
        return dict(self.handover.initial) if self.handover else {}

    def book(self, request, form, service):
        slot = form.chosen_slot()
        try:
            appointment, _token = reservations.book(
                service=service,
                slot_key=slot.key,
                details=form.details(),
                channel=form.cleaned_data["channel"],
                created_by=request.user,
                submission_id=form.cleaned_data["submission_id"],
            )
        except reservations.SlotUnavailable as error:
            form.add_error("slot", error.staff_message)
            return None
        except reservations.TooManyAppointments as error:
            form.add_error("phone", error.staff_message)
            return None
        except reservations.NotBookable as error:
            messages.error(request, error.staff_message)
            return redirect(BOOK_URL)
        audit.record(
            audit.BOOK_ON_BEHALF, request.user, appointment=appointment, channel=appointment.channel
        )
        if self.handover is not None:
            handed_over = self.handover.on_booked(appointment, request.user)
            if handed_over:
                messages.success(request, handed_over)
        return self.booked(request, appointment)

    def booked(self, request, appointment):
        messages.success(
            request,
            _("Booked. The reference is %(reference)s: please read it out to the citizen.")
            % {"reference": appointment.display_reference},
        )
        if permissions.can_view(request.user):
            return redirect(DETAIL_URL, pk=appointment.pk)
        return redirect(BOOK_URL)

    def render_step(self, step, **context):
        return self.render_to_response(
            self.get_context_data(step=step, handover=self.handover, **context)
        )


def _already_booked(request):
    try:
        submission_id = uuid.UUID(request.POST.get("submission_id", ""))
    except ValueError:
        return None
    return Appointment.objects.filter(submission_id=submission_id, created_by=request.user).first()


def _chosen_day(value, slots):
    """The day asked for, if it has a free time (a POST without one checks every day's)."""
    return next((slot_day(slot) for slot in slots if slot_day(slot).isoformat() == value), None)


def _chosen(services, value):
    pk = parse_id(value)
    return next((service for service in services if service.pk == pk), None)
