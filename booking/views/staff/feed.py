"""The private staff feed: the admin page that makes the link, and the feed itself."""

from django.http import HttpResponse, HttpResponseNotFound
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from wagtail.admin import messages

from booking import audit, permissions, staff_feeds
from booking.views.staff.common import StaffPageMixin
from portal.privacy import secret


class StaffFeedPageView(StaffPageMixin, TemplateView):
    """Create, show once, revoke the user's private calendar link."""

    template_name = "booking/admin/feed.html"
    page_title = gettext_lazy("My appointments feed")
    header_icon = "calendar-alt"
    permission_check = staticmethod(permissions.can_view)

    def get(self, request):
        return self.render_to_response(
            self.get_context_data(active=staff_feeds.active_token(request.user))
        )

    def post(self, request):
        if request.POST.get("action") == "revoke":
            if revoked := staff_feeds.revoke_tokens(request.user):
                audit.record(audit.FEED_REVOKE, request.user, links=revoked)
                messages.success(request, _("Your feed link no longer works."))
            return redirect("appointments_feed:index")
        replaced = staff_feeds.revoke_tokens(request.user)
        token = staff_feeds.create_token(request.user)
        audit.record(audit.FEED_CREATE, request.user, replaced=replaced)
        https_url = request.build_absolute_uri(reverse("staff_feed", kwargs={"token": token}))
        return self.render_to_response(
            self.get_context_data(
                active=staff_feeds.active_token(request.user),
                https_url=https_url,
                webcal_url="webcal://" + https_url.split("://", 1)[1],
            )
        )


@secret  # the address holds the token: never sent on as a Referer, never cached
@require_safe
def staff_feed(request, token):
    """/staff/appointments/<token>.ics: no login, the token is the key; 404 otherwise."""
    user = staff_feeds.user_for_token(token)
    if user is None:
        return HttpResponseNotFound("Not found\n", content_type="text/plain; charset=utf-8")
    response = HttpResponse(
        staff_feeds.staff_calendar(user), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="appointments.ics"'
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
