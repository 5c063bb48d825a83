"""The "Contact messages" menu of the admin."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from contact import permissions, staff


class MessagesMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can_view(request.user)


class ContactMessagesViewSet(ViewSet):
    name = "contact_messages"
    url_prefix = "contact-messages"
    icon = "mail"
    menu_label = _("Contact messages")
    menu_item_class = MessagesMenuItem
    menu_order = 262
    add_to_admin_menu = True

    def get_urlpatterns(self):
        return [
            path("", staff.MessageListView.as_view(), name="index"),
            path("<int:pk>/status/", staff.MessageStatusView.as_view(), name="status"),
        ]
