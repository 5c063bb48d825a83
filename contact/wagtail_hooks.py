"""Registers the contact messages (contact.viewsets) in the admin."""

from wagtail import hooks

from contact.viewsets import ContactMessagesViewSet


@hooks.register("register_admin_viewset")
def register_contact_messages():
    return ContactMessagesViewSet()
