"""The front desk's activity screens in the Wagtail admin: sessions, rosters, attendance.

A session's roster lists who holds places (name, phone, how many people,
language, interpreter and accessibility needs) and who waits, with one
form to mark how many of each sign-up came — big controls that work on a
tablet at the door, no JavaScript. Staff also export the roster (CSV for
Excel, as appointments), send a short message to everyone holding places
(`activities.messages.tell_participants`) and cancel a session, which tells
every participant once (`activities.seats.cancel_session`). Only the user's places
(`activities.permissions`); every look, export, mark, message and cancellation is in
the audit trail (`activities.audit`), never with a name or a number.
"""

import csv

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.generic import TemplateView

from wagtail.admin import messages

from activities import audit, permissions, seats, sessions
from activities import messages as activity_messages
from activities.forms import SessionMessageForm, StaffSignUpForm
from activities.models import Seat, Session, SignUp
from booking.phones import display_phone
from booking.views.staff.common import StaffPageMixin
from portal.parsing import parse_id
from portal.privacy import private_response

INDEX_URL = "activities_staff:index"
DAYS_SHOWN = 14


class ActivitiesPageMixin(StaffPageMixin):
    header_icon = "group"
    permission_check = staticmethod(permissions.can_view)


class SessionsView(ActivitiesPageMixin, TemplateView):
    """The coming sessions of the activities at the user's places (two weeks)."""

    template_name = "activities/admin/sessions.html"
    page_title = gettext_lazy("Activity sessions")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        held = [
            activity
            for activity in permissions.activities_for(self.request.user).prefetch_related(
                "schedules", "exceptions"
            )
            if activity.needs_sign_up
        ]
        coming = sessions.coming_for(held, days=DAYS_SHOWN)
        rows = [(session, activity) for activity in held for session in coming[activity.pk]]
        rows.sort(key=lambda row: row[0].start)
        context["rows"] = rows
        return context


def visible_session(user, activity_id, key):
    """(activity, SessionTime, Session row or None) the user may see, or 404/403."""
    activity = permissions.activities_for(user).filter(pk=parse_id(activity_id) or 0).first()
    if activity is None:
        raise Http404
    if not permissions.allows(user, activity):
        raise PermissionDenied
    start = sessions.parse_session_key(key)
    if start is None:
        raise Http404
    row = Session.objects.filter(activity=activity, start=start).first()
    found = sessions.find(activity, key)
    if found is None and row is None:
        raise Http404
    return activity, found, row


def roster(row):
    """The seats of a session, in sign-up order, with their sign-ups."""
    if row is None:
        return []
    return list(
        Seat.objects.filter(session=row, sign_up__in=SignUp.objects.holding())
        .select_related("sign_up")
        .order_by("sign_up__created_at", "sign_up__pk")
    )


class RosterView(ActivitiesPageMixin, TemplateView):
    template_name = "activities/admin/roster.html"
    page_title = gettext_lazy("Roster")

    def get(self, request, activity_id, key):
        self.activity, self.session, self.row = visible_session(request.user, activity_id, key)
        audit.record(audit.ROSTER_VIEW, request.user, activity=self.activity.pk, session=key)
        return private_response(super().get(request))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        seats_held = roster(self.row)
        context.update(
            activity=self.activity,
            session=self.session,
            row=self.row,
            key=self.kwargs["key"],
            rows=[
                (seat, display_phone(seat.sign_up.phone), range(seat.sign_up.party_size + 1))
                for seat in seats_held
            ],
            people=sum(seat.sign_up.party_size for seat in seats_held),
            waiting=SignUp.objects.waiting().filter(activity=self.activity),
            can_change=permissions.can_change(self.request.user),
            can_export=permissions.can_export(self.request.user),
            can_book=permissions.can_book(self.request.user),
            message_form=kwargs.get("message_form") or SessionMessageForm(),
        )
        return context


class SessionMessageView(RosterView):
    """POST: a short message to everyone holding places in this session, each once.

    Stored and sent through `activities.messages` (booking.deliveries), so a
    provider that is down loses nothing. Bad input shows the roster again
    with the form's errors; the same form sent again (its submission id)
    sends nothing and lands on the roster with a note.
    """

    http_method_names = ["post"]

    def post(self, request, activity_id, key):
        if not permissions.can_change(request.user):
            raise PermissionDenied
        self.activity, self.session, self.row = visible_session(request.user, activity_id, key)
        form = SessionMessageForm(request.POST)
        if not form.is_valid():
            response = self.render_to_response(self.get_context_data(message_form=form))
            response.status_code = 400
            return private_response(response)
        told = activity_messages.tell_participants(
            self.row, form.cleaned_data["text"], form.cleaned_data["submission_id"]
        )
        if told.already:  # the same form again: the roster, with a note, nothing sent
            messages.warning(request, _("This message was already sent; it was not sent again."))
        else:
            audit.record(
                audit.SESSION_MESSAGE,
                request.user,
                activity=self.activity.pk,
                session=key,
                told=told.people,
            )
            messages.success(
                request,
                ngettext(
                    "Sent to %(count)s participant", "Sent to %(count)s participants", told.people
                )
                % {"count": told.people},
            )
        return redirect("activities_staff:roster", activity_id=self.activity.pk, key=key)


class SignUpForCitizenView(ActivitiesPageMixin, TemplateView):
    """Sign up a caller or a walk-in for this session (or the series), as the front desk."""

    template_name = "activities/admin/sign_up_for.html"
    page_title = gettext_lazy("Sign up a citizen")
    permission_check = staticmethod(permissions.can_book)

    def dispatch(self, request, activity_id, key, *args, **kwargs):
        self.activity, self.session, _row = visible_session(request.user, activity_id, key)
        return super().dispatch(request, activity_id, key, *args, **kwargs)

    def get(self, request, activity_id, key):
        return private_response(
            self.render_to_response(self.get_context_data(form=StaffSignUpForm()))
        )

    def post(self, request, activity_id, key):
        form = StaffSignUpForm(request.POST)
        if form.is_valid():
            try:
                entry, _token = seats.sign_up(
                    activity=self.activity,
                    details=form.details(),
                    party_size=form.cleaned_data["party_size"],
                    session_key=None if self.activity.is_series else key,
                    waiting_list=False,
                    channel=form.cleaned_data["channel"],
                    created_by=request.user,
                    submission_id=form.cleaned_data["submission_id"],
                )
            except seats.Full as error:
                if not form.cleaned_data["waiting_list"]:
                    form.add_error(None, error.staff_message)
                    return self._again(form, status=409)
                entry, _token = seats.sign_up(
                    activity=self.activity,
                    details=form.details(),
                    party_size=form.cleaned_data["party_size"],
                    session_key=None if self.activity.is_series else key,
                    waiting_list=True,
                    channel=form.cleaned_data["channel"],
                    created_by=request.user,
                    submission_id=form.cleaned_data["submission_id"],
                )
            except seats.SignUpError as error:
                form.add_error(None, error.staff_message)
                return self._again(form, status=409)
            audit.record(
                audit.SIGN_UP_FOR, request.user, entry, channel=entry.channel, status=entry.status
            )
            messages.success(
                request, _("Signed up: reference %(reference)s.") % {"reference": entry.reference}
            )
            return redirect("activities_staff:roster", activity_id=self.activity.pk, key=key)
        return self._again(form)

    def _again(self, form, status=200):
        response = self.render_to_response(self.get_context_data(form=form))
        response.status_code = status
        return private_response(response)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(activity=self.activity, session=self.session, key=self.kwargs["key"])
        return context


class AttendanceView(View):
    """POST: how many of each sign-up came (`came-<seat id>`), for the whole roster at once."""

    def post(self, request, activity_id, key):
        if not permissions.can_change(request.user):
            raise PermissionDenied
        activity, _session, row = visible_session(request.user, activity_id, key)
        marked = 0
        now = timezone.now()
        for seat in roster(row):
            value = parse_id(request.POST.get(f"came-{seat.pk}"))
            if value is None and request.POST.get(f"came-{seat.pk}") != "0":
                continue
            seats.mark_attendance(seat, value or 0, now=now)
            marked += 1
        audit.record(
            audit.ATTENDANCE, request.user, activity=activity.pk, session=key, marked=marked
        )
        messages.success(request, _("Attendance saved."))
        return redirect("activities_staff:roster", activity_id=activity.pk, key=key)


class CancelSessionView(View):
    def post(self, request, activity_id, key):
        if not permissions.can_change(request.user):
            raise PermissionDenied
        activity, _session, _row = visible_session(request.user, activity_id, key)
        reason = request.POST.get("reason", "").strip()[:200]
        if seats.cancel_session(activity, key, reason=reason, by_staff=request.user) is None:
            raise Http404
        audit.record(audit.SESSION_CANCEL, request.user, activity=activity.pk, session=key)
        messages.success(request, _("The session is cancelled; everyone signed up is told."))
        return redirect("activities_staff:roster", activity_id=activity.pk, key=key)


class ExportView(View):
    """The roster as CSV for Excel (UTF-8 with a byte-order mark, `;`), like appointments."""

    def get(self, request, activity_id, key):
        if not permissions.can_export(request.user):
            raise PermissionDenied
        activity, _session, row = visible_session(request.user, activity_id, key)
        seats_held = roster(row)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="roster-{activity.pk}-{key}.csv"'
        response.write("\ufeff")
        writer = csv.writer(response, delimiter=";")
        writer.writerow(
            [
                _("reference"),
                _("name"),
                _("phone"),
                _("people"),
                _("language"),
                _("interpreter language"),
                _("accessibility needs"),
                _("came"),
            ]
        )
        for seat in seats_held:
            entry = seat.sign_up
            writer.writerow(
                [
                    entry.reference,
                    entry.name,
                    display_phone(entry.phone),
                    entry.party_size,
                    entry.language,
                    entry.get_interpreter_language_display() if entry.interpreter_needed else "",
                    entry.accessibility_needs,
                    "" if seat.attended is None else seat.attended,
                ]
            )
        audit.record(
            audit.ROSTER_EXPORT,
            request.user,
            activity=activity.pk,
            session=key,
            rows=len(seats_held),
        )
        return private_response(response)
