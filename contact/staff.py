"""Contact messages in the Wagtail admin: the messages of the user's places, newest first.

Each shows whether it reached the place's inbox ("not delivered" when the
mail server failed: it is here all the same) and its status (new,
answered, closed), which staff change. Which messages a user sees comes from
`contact.permissions`; every look at the list and every change of status is
in the audit trail.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.admin import messages

from booking.permissions import place_scope, visible_places
from booking.phones import display_phone
from booking.views.staff.common import StaffPageMixin, safe_next_url
from contact import audit, permissions
from contact.choices import MessageStatus
from contact.places import unit_contact_id
from portal.parsing import parse_id

LIST_URL = "contact_messages:index"
GENERAL = "general"


def place_choices(user):
    branches, units = visible_places(user)
    choices = [(branch.place_id, branch.title) for branch in branches]
    choices += [(unit_contact_id(unit), unit.title) for unit in units]
    if place_scope(user).everywhere:
        choices.append((GENERAL, _("General inbox")))
    return choices


def filter_place(queryset, value):
    if not value:
        return queryset
    if value == GENERAL:
        return queryset.filter(branch__isnull=True, mobile_unit__isnull=True)
    kind, _sep, number = value.partition("-")
    pk = parse_id(number)
    if pk is None or kind not in ("branch", "unit"):
        return queryset.none()
    return queryset.filter(**{"branch_id" if kind == "branch" else "mobile_unit_id": pk})


class MessageListView(StaffPageMixin, TemplateView):
    template_name = "contact/admin/list.html"
    page_title = gettext_lazy("Contact messages")
    header_icon = "mail"
    permission_check = staticmethod(permissions.can_view)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        place = self.request.GET.get("place", "")
        status = self.request.GET.get("status", "")
        status = status if status in MessageStatus.values else ""
        undelivered = self.request.GET.get("delivery") == "undelivered"
        queryset = permissions.messages_for(user).select_related("branch", "mobile_unit")
        queryset = filter_place(queryset, place)
        if status:
            queryset = queryset.filter(status=status)
        if undelivered:
            queryset = queryset.undelivered()
        shown = list(queryset[:200])
        audit.record(
            audit.LIST_VIEW,
            user,
            place=place,
            status=status,
            undelivered=undelivered,
            rows=len(shown),
        )
        context.update(
            rows=[
                {
                    "message": message,
                    "phone": display_phone(message.phone) if message.phone else "",
                    "place": message.place.title if message.place else _("General inbox"),
                    "actions": [s for s in MessageStatus if s != message.status],
                }
                for message in shown
            ],
            place_choices=place_choices(user),
            chosen_place=place,
            status_choices=MessageStatus.choices,
            chosen_status=status,
            undelivered=undelivered,
            can_change=permissions.can_change(user),
            next_url=self.request.get_full_path(),
        )
        return context


@method_decorator(require_POST, name="dispatch")
class MessageStatusView(View):
    def post(self, request, pk):
        if not permissions.can_change(request.user):
            raise PermissionDenied
        message = get_object_or_404(permissions.messages_for(request.user), pk=pk)
        status = request.POST.get("status")
        if status not in MessageStatus.values:
            messages.error(request, _("Please choose a status."))
            return redirect(safe_next_url(request) or reverse(LIST_URL))
        if message.anonymised_at is not None:
            raise Http404
        old = message.status
        message.status = status
        message.handled_by = request.user
        message.save(update_fields=["status", "handled_by", "updated_at"])
        audit.record(audit.STATUS, request.user, message, old=old, new=status)
        messages.success(
            request,
            _("Contact message %(number)s marked “%(status)s”.")
            % {"number": message.pk, "status": message.get_status_display()},
        )
        return redirect(safe_next_url(request) or reverse(LIST_URL))
