"""Registers the call-back queue (callbacks.viewsets) in the admin."""

from wagtail import hooks

from callbacks.viewsets import CallbackQueueViewSet


@hooks.register("register_admin_viewset")
def register_callback_queue():
    return CallbackQueueViewSet()
