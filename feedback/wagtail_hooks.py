"""Feedback in the site and the admin: the average on place pages, the comments for staff."""

import datetime

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from booking import permissions
from booking.viewsets import StaffPageViewSet
from feedback import summaries
from feedback.admin_views import COMMENTS_VIEW, CommentsView
from portal import page_cache


class CommentsViewSet(StaffPageViewSet):
    name = "feedback_comments"
    url_prefix = "feedback/comments"
    icon = "comment"
    menu_label = _("Feedback comments")
    menu_order = 270
    add_to_admin_menu = True
    view_class = CommentsView
    permission_check = staticmethod(permissions.can_view)


@hooks.register("register_admin_viewset")
def register_comments_admin():
    return CommentsViewSet()


@hooks.register("register_log_actions")
def register_feedback_log_actions(actions):
    actions.register_action(
        COMMENTS_VIEW, _("Feedback comments viewed"), _("Viewed feedback comments")
    )


@hooks.register("place_page", order=10)
def rating_on_place_page(request, place):
    """The place's (or mobile unit's) average and count, once there are enough ratings."""
    summary = summaries.summary(place)
    # The page holds no longer than the summary it shows (see summaries).
    page_cache.expires_at(
        summary.computed_at + datetime.timedelta(seconds=settings.FIGURES_CACHE_SECONDS)
    )
    return render_to_string(
        "feedback/place_rating.html",
        {"summary": summary, "minimum": settings.FEEDBACK_MIN_RATINGS},
        request=request,
    )
