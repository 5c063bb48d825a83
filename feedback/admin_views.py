"""Staff read the comments of their places' ratings (Wagtail admin › Feedback).

Only ratings at the user's places (booking.permissions.place_scope: fails
closed), only for users who may see appointments; every opening of the list
is recorded in the audit trail (who, when, which place filter, how many
comments: never their text).
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from booking import audit, permissions
from booking.views.staff.common import StaffPageMixin
from feedback.models import Rating

COMMENTS_VIEW = "feedback.comments.view"
PAGE_SIZE = 50


def ratings_for(user):
    """The ratings at the places this user works at."""
    if not permissions.can_view(user):
        return Rating.objects.none()
    scope = permissions.place_scope(user)
    if scope.everywhere:
        return Rating.objects.all()
    return Rating.objects.filter(
        Q(branch__in=scope.branch_ids) | Q(stop__mobile_unit__in=scope.unit_ids)
    )


class CommentsView(StaffPageMixin, TemplateView):
    template_name = "feedback/admin/comments.html"
    page_title = gettext_lazy("Feedback comments")
    header_icon = "comment"
    permission_check = staticmethod(permissions.can_view)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        ratings = list(
            ratings_for(self.request.user)
            .with_comment()
            .select_related("branch", "stop__mobile_unit", "appointment__service")[:PAGE_SIZE]
        )
        audit.record(COMMENTS_VIEW, self.request.user, shown=len(ratings))
        context["ratings"] = ratings
        return context
