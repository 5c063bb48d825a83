"""Registers the home-visit queue in the admin, under the Appointments menu's neighbour."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home_visits import access
from home_visits.admin_views import DetailView, NewRequestView, QueueView


@hooks.register("register_admin_urls")
def register_home_visit_urls():
    return [
        path("home-visits/", QueueView.as_view(), name="home_visits_queue"),
        path("home-visits/new/", NewRequestView.as_view(), name="home_visits_new"),
        path("home-visits/<str:pk>/", DetailView.as_view(), name="home_visits_detail"),
    ]


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return access.can_see(request.user)


@hooks.register("register_admin_menu_item")
def register_home_visit_menu_item():
    return QueueMenuItem(
        _("Home visits"), reverse("home_visits_queue"), icon_name="home", order=265
    )
