"""Figures in the site and the admin: on place pages and the home page, and the front desk's
"Record a visit" (two clicks)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from booking.viewsets import StaffPageViewSet
from figures.admin_views import RecordContactView, can_record
from figures.presentation import render_figures


class RecordContactViewSet(StaffPageViewSet):
    name = "contact_records"
    url_prefix = "record-a-visit"
    icon = "user"
    menu_label = _("Record a visit")
    menu_order = 250  # before Appointments: the front desk's most frequent click
    add_to_admin_menu = True
    view_class = RecordContactView
    permission_check = staticmethod(can_record)


@hooks.register("register_admin_viewset")
def register_record_contact_admin():
    return RecordContactViewSet()


@hooks.register("place_page", order=20)
def figures_on_place_page(request, place):
    return render_figures(request, place, heading=_("People served here"), html_id="figures")


@hooks.register("home_page", order=20)
def figures_on_home_page(request):
    return render_figures(
        request, None, heading=_("People served by the network"), html_id="figures"
    )
