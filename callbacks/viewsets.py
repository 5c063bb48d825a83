"""The "Call-back requests" menu of the admin: the queue, marking, booking from it."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from callbacks import permissions, staff


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can_view(request.user)


class CallbackQueueViewSet(ViewSet):
    name = "callbacks_queue"
    url_prefix = "call-backs"
    icon = "mobile-alt"
    menu_label = _("Call-back requests")
    menu_item_class = QueueMenuItem
    menu_order = 261
    add_to_admin_menu = True

    def get_urlpatterns(self):
        return [
            path("", staff.QueueView.as_view(), name="index"),
            path("new/", staff.NewCallbackView.as_view(), name="new"),
            path("<int:pk>/mark/", staff.MarkView.as_view(), name="mark"),
            path("<int:pk>/book/", staff.BookFromCallbackView.as_view(), name="book"),
        ]
