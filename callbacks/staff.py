"""The call-back queue in the Wagtail admin: per place, the longest waiting first.

Staff mark each request "called, to follow up", "no answer" (each counts an
attempt) or "resolved", and book an appointment for the caller with the
front desk's "book for a citizen" steps (`booking.views.staff.on_behalf`),
the caller's details already filled in; the appointment is linked to the
request, which is then resolved. Which requests a user sees comes from
`callbacks.permissions` (the places of their front-desk access); every look
at the queue, every mark and every booking is in the audit trail.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.admin import messages

from booking import handovers
from booking.phones import display_phone
from booking.views.staff.common import StaffPageMixin, safe_next_url
from booking.views.staff.on_behalf import BookForCitizenView
from booking.viewsets import place_filter_choices
from callbacks import audit, permissions, views
from callbacks.choices import ATTEMPT_STATUSES, OPEN_STATUSES, CallbackStatus
from callbacks.forms import CallbackForm
from portal.parsing import parse_id
from services_catalog.places import PLACE_KINDS, parse_place_id, public_kinds

QUEUE_URL = "callbacks_queue:index"
SHOWN = ("open", "resolved", "all")


def filter_place(queryset, value):
    """A place id ("branch-3", "stop-12"), "unit-5" for every stop of a van, or everything."""
    if not value:
        return queryset
    if value.startswith("unit-"):
        unit = parse_id(value.removeprefix("unit-"))
        return queryset.filter(stop__mobile_unit_id=unit) if unit else queryset.none()
    parsed = parse_place_id(value)
    if parsed is None:
        return queryset.none()
    kind, pk = parsed
    if kind not in public_kinds():  # a home-visit team: no call-back names one
        return queryset.none()
    return queryset.filter(**{f"{PLACE_KINDS[kind].appointment_field}_id": pk})


def waiting_text(callback, now):
    """ "3 h 20 min": how long the caller has waited (since the request, until resolved)."""
    end = callback.resolved_at or now
    minutes = max(0, int((end - callback.created_at).total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return _("%(days)s d %(hours)s h") % {"days": days, "hours": hours}
    if hours:
        return _("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": minutes}
    return _("%(minutes)s min") % {"minutes": minutes}


class CallbackPageMixin(StaffPageMixin):
    header_icon = "mobile-alt"

    def get_breadcrumbs_items(self):
        items = list(self.breadcrumbs_items)
        if not isinstance(self, QueueView):
            items.append({"url": reverse(QUEUE_URL), "label": _("Call-back requests")})
        return [*items, {"url": "", "label": self.get_page_title()}]


class QueueView(CallbackPageMixin, TemplateView):
    """Open requests of the user's places (or one place), the longest waiting first."""

    template_name = "callbacks/admin/queue.html"
    page_title = gettext_lazy("Call-back requests")
    permission_check = staticmethod(permissions.can_view)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        place = self.request.GET.get("place", "")
        shown = self.request.GET.get("shown", "open")
        shown = shown if shown in SHOWN else "open"
        requests = permissions.requests_for(user).select_related(
            "service", "branch", "stop__mobile_unit", "appointment"
        )
        requests = filter_place(requests, place)
        if shown == "open":
            requests = requests.filter(status__in=OPEN_STATUSES, anonymised_at__isnull=True)
        elif shown == "resolved":
            requests = requests.filter(status=CallbackStatus.RESOLVED)
        requests = list(requests.longest_waiting_first()[:200])
        now = timezone.now()
        rows = [
            {
                "callback": callback,
                "waiting": waiting_text(callback, now),
                "phone": display_phone(callback.phone) if callback.phone else "",
                "place": callback.place.label if callback.place else _("Any place"),
                "book_url": book_url(callback),
                "is_open": callback.status in OPEN_STATUSES and not callback.anonymised_at,
            }
            for callback in requests
        ]
        audit.record(audit.QUEUE_VIEW, user, place=place, shown=shown, rows=len(rows))
        context.update(
            rows=rows,
            place_choices=place_filter_choices(user),
            chosen_place=place,
            shown=shown,
            shown_choices=[
                ("open", _("Still to call")),
                ("resolved", _("Resolved")),
                ("all", _("All")),
            ],
            can_change=permissions.can_change(user),
            can_book=permissions.can_book(user),
            mark_choices=[
                (CallbackStatus.CALLED, _("Called, to follow up")),
                (CallbackStatus.NO_ANSWER, _("No answer")),
                (CallbackStatus.RESOLVED, _("Resolved")),
            ],
            next_url=self.request.get_full_path(),
        )
        return context


def book_url(callback):
    params = {}
    if callback.service_id:
        params["service"] = callback.service_id
        if callback.place_id:
            params["place"] = callback.place_id
    url = reverse("callbacks_queue:book", args=[callback.pk])
    return f"{url}?{urlencode(params)}" if params else url


def visible_request(user, pk):
    return get_object_or_404(permissions.requests_for(user), pk=pk)


@method_decorator(require_POST, name="dispatch")
class MarkView(View):
    """Called / no answer (an attempt each) / resolved; back to the same filtered queue."""

    def post(self, request, pk):
        if not permissions.can_change(request.user):
            raise PermissionDenied
        callback = visible_request(request.user, pk)
        status = request.POST.get("status")
        if status not in CallbackStatus.values or status == CallbackStatus.WAITING:
            messages.error(request, _("Please choose what happened."))
            return redirect(safe_next_url(request) or reverse(QUEUE_URL))
        if callback.anonymised_at is not None:
            raise Http404
        mark(callback, status, request.user)
        messages.success(
            request,
            _("Call-back request %(number)s marked “%(status)s”.")
            % {"number": callback.pk, "status": callback.get_status_display()},
        )
        return redirect(safe_next_url(request) or reverse(QUEUE_URL))


def mark(callback, status, user, now=None):
    now = now or timezone.now()
    old = callback.status
    callback.status = status
    callback.handled_by = user
    if status in ATTEMPT_STATUSES:
        callback.attempts += 1
        callback.last_attempt_at = now
    callback.resolved_at = now if status == CallbackStatus.RESOLVED else None
    callback.save()
    audit.record(audit.STATUS, user, callback, old=old, new=status, attempts=callback.attempts)


class BookFromCallbackView(BookForCitizenView):
    """The front desk's booking steps for this caller: details filled in and, once booked,
    the appointment linked to the request (which is then resolved) — both by the
    `callback-<id>` handover (callbacks.handover), booking's one prefill mechanism."""

    page_title = gettext_lazy("Book for a caller")

    def dispatch(self, request, pk, *args, **kwargs):
        if not permissions.can_book(request.user):
            raise PermissionDenied
        self.callback = visible_request(request.user, pk)
        if self.callback.anonymised_at is not None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def find_handover(self, request):
        return handovers.find(request.user, f"callback-{self.callback.pk}")

    def get_breadcrumbs_items(self):
        items = list(self.breadcrumbs_items)
        items.append({"url": reverse(QUEUE_URL), "label": _("Call-back requests")})
        return [*items, {"url": "", "label": self.get_page_title()}]


def link_appointment(callback, appointment, user, now=None):
    """The request led to this appointment: link it, and take the request off the queue."""
    if callback.appointment_id == appointment.pk:
        return
    callback.appointment = appointment
    callback.status = CallbackStatus.RESOLVED
    callback.resolved_at = now or timezone.now()
    callback.handled_by = user
    callback.save()
    audit.record(audit.BOOKED, user, callback, appointment=appointment.pk)


class StaffCallbackForm(CallbackForm):
    """The call-back form as staff fill it in for someone handed over (a referral): the
    same questions and checks, without the public form's traps for bots."""

    website = None
    form_started = None

    def clean(self):
        return forms.Form.clean(self)


class NewCallbackView(CallbackPageMixin, TemplateView):
    """A call-back request made by staff for a citizen handed over by another door
    (`?handover=referral-12`, booking.handovers): the form starts filled in from it,
    and once the request is saved the handover learns of it (the referral is accepted
    into it). Without a handover this user may act on, there is nothing to show: 404."""

    template_name = "callbacks/admin/new.html"
    page_title = gettext_lazy("New call-back request")
    permission_check = staticmethod(permissions.can_change)

    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_change(request.user):
            raise PermissionDenied
        self.handover = handovers.find(request.user, request.GET.get("handover"))
        if self.handover is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=self.form()))

    def post(self, request):
        form = self.form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        callback = views.save(form)
        audit.record(audit.MADE, request.user, callback)
        messages.success(
            request,
            self.handover.on_booked(callback, request.user)
            or _("Call-back request %(number)s was made.") % {"number": callback.pk},
        )
        return redirect(f"{reverse(QUEUE_URL)}?shown=all")

    def form(self, data=None):
        given = self.handover.initial
        initial = {
            "name": given.get("name", ""),
            "phone": display_phone(given.get("phone", "")),
            "language": given.get("language"),
            "topic": (given.get("reason") or given.get("note") or "")[:300],
            "place": given.get("place", ""),
            "service": given.get("service"),
        }
        return StaffCallbackForm(data, initial=initial)

    def get_context_data(self, **kwargs):
        return super().get_context_data(handover=self.handover, **kwargs)
