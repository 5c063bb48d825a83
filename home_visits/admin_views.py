"""Staff screens in the Wagtail admin: the queue of requests, and one request with
"schedule a visit" (a free time of the team) and "decline" (with a reason the
citizen receives).

Views stay thin: who sees what comes from `home_visits.access` (the teams of
the user's front-desk access), every decision goes through
`home_visits.requests`, and every look and decision is audited.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from booking import handovers, reservations
from booking.phones import display_phone
from home_visits import access, requests
from home_visits.choices import RequestedBy, RequestStatus, Weekday
from home_visits.forms import DeclineForm, ScheduleForm, StaffRequestForm
from portal.parsing import parse_id
from services_catalog.models import Community, HomeVisitTeam

QUEUE_URL = "home_visits_queue"
DETAIL_URL = "home_visits_detail"


class StaffView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "home"
    permission_check = staticmethod(access.can_see)

    def dispatch(self, request, *args, **kwargs):
        if not type(self).permission_check(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class QueueView(StaffView):
    """The requests of the user's teams, waiting ones first (filter by status)."""

    template_name = "home_visits/admin/queue.html"
    page_title = gettext_lazy("Home-visit requests")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("status") or RequestStatus.WAITING
        if status not in RequestStatus.values:
            status = RequestStatus.WAITING
        mine = access.requests_for(self.request.user)
        rows = list(
            mine.filter(status=status).select_related("team", "community").order_by("created_at")
        )
        counts = dict(mine.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
        access.record(access.LIST, self.request.user, status=status, rows=len(rows))
        context.update(
            rows=rows,
            status=status,
            statuses=[
                (value, label, counts.get(value, 0)) for value, label in RequestStatus.choices
            ],
        )
        return context


class DetailView(StaffView):
    """One request: what was asked, and the decision (schedule or decline)."""

    template_name = "home_visits/admin/detail.html"
    page_title = gettext_lazy("Home-visit request")

    def get_object(self):
        pk = parse_id(self.kwargs.get("pk"))
        found = (
            access.requests_for(self.request.user)
            .select_related("team__service", "community", "appointment", "decided_by")
            .filter(pk=pk)
            .first()
        )
        if found is None:
            raise Http404
        return found

    def get(self, request, *args, **kwargs):
        return self.show(self.get_object())

    def post(self, request, *args, **kwargs):
        if not access.can_decide(request.user):
            raise PermissionDenied
        visit_request = self.get_object()
        if request.POST.get("action") == "decline":
            return self.decline(visit_request)
        return self.schedule(visit_request)

    def schedule(self, visit_request):
        slots = requests.free_slots(visit_request)
        form = ScheduleForm(self.request.POST, slots=slots)
        if form.is_valid():
            try:
                appointment = requests.schedule(
                    visit_request, form.cleaned_data["slot"], self.request.user
                )
            except reservations.BookingError as error:
                form.add_error("slot", error.staff_message)
            except requests.AlreadyDecided:
                messages.error(self.request, _("Someone has already decided this request."))
                return redirect(DETAIL_URL, pk=visit_request.pk)
            else:
                access.record(
                    access.SCHEDULE, self.request.user, visit_request, appointment=appointment.pk
                )
                messages.success(
                    self.request,
                    _("Visit scheduled. The citizen receives the day and time by text message."),
                )
                return redirect(DETAIL_URL, pk=visit_request.pk)
        return self.show(visit_request, schedule_form=form, slots=slots)

    def decline(self, visit_request):
        form = DeclineForm(self.request.POST)
        if form.is_valid():
            try:
                requests.decline(
                    visit_request, form.cleaned_data["decline_reason"], self.request.user
                )
            except requests.AlreadyDecided:
                messages.error(self.request, _("Someone has already decided this request."))
            else:
                access.record(access.DECLINE, self.request.user, visit_request)
                messages.success(
                    self.request, _("Declined. The citizen receives the reason by text message.")
                )
            return redirect(DETAIL_URL, pk=visit_request.pk)
        return self.show(visit_request, decline_form=form)

    def show(self, visit_request, *, schedule_form=None, decline_form=None, slots=None):
        """The request's page; each showing of it (a form sent back too) is audited."""
        access.record(access.VIEW, self.request.user, visit_request)
        waiting = visit_request.status == RequestStatus.WAITING
        decide = waiting and access.can_decide(self.request.user)
        if decide and schedule_form is None:
            slots = requests.free_slots(visit_request) if slots is None else slots
            schedule_form = ScheduleForm(slots=slots)
        days = dict(Weekday.choices)
        context = self.get_context_data(
            visit_request=visit_request,
            decide=decide,
            slots=slots,
            schedule_form=schedule_form,
            decline_form=decline_form or DeclineForm(),
            phone=display_phone(visit_request.phone),
            requester_phone=display_phone(visit_request.requester_phone)
            if visit_request.requester_phone
            else "",
            best_days=", ".join(str(days.get(day, day)) for day in visit_request.best_day_list),
            messages_sent=list(visit_request.messages.all()),
            appointment_url=reverse("appointments:inspect", args=[visit_request.appointment_id])
            if visit_request.appointment_id
            else "",
        )
        return self.render_to_response(context)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(QUEUE_URL), "label": _("Home-visit requests")},
            {"url": "", "label": self.get_page_title()},
        ]


class NewRequestView(StaffView):
    """A home-visit request made by staff for a citizen handed over by another door
    (`?handover=referral-12`, booking.handovers): filled in from it, completed with the
    address and a community one of the user's teams serves. Saved through
    `requests.create` (a waiting request, like the public form's), then the handover
    learns of it (the referral is accepted into it). No handover this user may act on:
    404."""

    template_name = "home_visits/admin/new.html"
    page_title = gettext_lazy("New home-visit request")
    permission_check = staticmethod(access.can_decide)

    def dispatch(self, request, *args, **kwargs):
        if not access.can_decide(request.user):
            raise PermissionDenied
        self.handover = handovers.find(request.user, request.GET.get("handover"))
        if self.handover is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def teams(self):
        return access.teams_for(self.request.user, HomeVisitTeam.objects.filter(live=True))

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=self.form()))

    def post(self, request):
        form = self.form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        fields = form.request_fields()
        community = fields.pop("community")
        team = self.teams().filter(communities=community).order_by("name").first()
        visit_request = requests.create(community=community, team=team, **fields)
        access.record(access.MADE, request.user, visit_request)
        messages.success(
            request,
            self.handover.on_booked(visit_request, request.user)
            or _("Home-visit request %(reference)s was made.")
            % {"reference": visit_request.reference},
        )
        return redirect(DETAIL_URL, pk=visit_request.pk)

    def form(self, data=None):
        given = self.handover.initial
        organisation = given.get("organisation", "")
        initial = {
            "requested_by": RequestedBy.PARTNER if organisation else RequestedBy.SELF,
            "requester_name": organisation,
            "organisation": organisation,
            "name": given.get("name", ""),
            "phone": display_phone(given.get("phone", "")),
            "email": given.get("email", ""),
            "language": given.get("language"),
            "reason_details": (given.get("reason") or "")[:500],
        }
        communities = Community.objects.filter(home_visit_teams__in=self.teams()).distinct()
        return StaffRequestForm(data, initial=initial, communities=communities)

    def get_context_data(self, **kwargs):
        return super().get_context_data(handover=self.handover, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(QUEUE_URL), "label": _("Home-visit requests")},
            {"url": "", "label": self.get_page_title()},
        ]
