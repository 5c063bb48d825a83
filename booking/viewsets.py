"""Admin of the booking module, grouped under one "Appointments" menu.

- Appointments: today's and coming appointments at the user's places,
  filters, CSV/XLSX export, details, attended / did not come / cancel.
- Book for a citizen: on behalf of a caller or a walk-in.
- Citizen data: show, download or erase one appointment's personal data.
- Waiting list: who waits for a freed time at the user's places; remove someone.
- My appointments feed: a private iCal link of the user's appointments.
- Front-desk access: which branches and mobile units a front-desk user sees
  (all places only when ticked; no entry: no place).

Each item is shown only to users with the matching permission; the views
check it again (see booking.permissions).
"""

import datetime

from django import forms
from django.contrib.auth.models import Permission
from django.db.models import Exists, OuterRef
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

import django_filters

from booking import permissions
from booking.choices import Status
from booking.models import Appointment, NotificationDelivery, StaffAccess
from booking.views import staff as views
from portal.parsing import parse_id
from services_catalog.models import ServicePage
from services_catalog.places import PLACE_KINDS, parse_place_id
from services_catalog.schedules import ATHENS


def service_choices(request):
    return ServicePage.objects.filter(bookable=True).order_by("title")


class AppointmentFilterSet(WagtailFilterSet):
    """Today, place (a branch, a whole mobile unit or one stop), service, status, undelivered
    messages, dates."""

    day = django_filters.ChoiceFilter(
        label=_("Day"),
        method="filter_day",
        choices=[("today", _("Today"))],
        empty_label=_("Any day"),
        widget=forms.RadioSelect,
    )
    place = django_filters.ChoiceFilter(
        label=_("Place"), method="filter_place", empty_label=_("All my places")
    )
    service = django_filters.ModelChoiceFilter(
        label=_("Service"), queryset=service_choices, empty_label=_("All services")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Status.choices, empty_label=_("All"), widget=forms.RadioSelect
    )
    messages = django_filters.ChoiceFilter(
        label=_("Messages to the citizen"),
        method="filter_messages",
        choices=[("undelivered", _("Not delivered (or waiting for a retry)"))],
        empty_label=_("All"),
    )
    date = django_filters.DateFromToRangeFilter(
        label=_("Date"),
        field_name="start",
        widget=DateRangePickerWidget,
        help_text=_("Empty: from today on."),
    )

    class Meta:
        model = Appointment
        fields = []

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        self.filters["place"].extra["choices"] = place_filter_choices(request.user)

    def filter_day(self, queryset, name, value):
        """Today in Athens, midnight to midnight (with the date range, if any, on top)."""
        midnight = permissions.start_of_today()
        next_midnight = datetime.datetime.combine(
            midnight.date() + datetime.timedelta(days=1), datetime.time(), tzinfo=ATHENS
        )
        return queryset.filter(start__gte=midnight, start__lt=next_midnight)

    def filter_messages(self, queryset, name, value):
        failing = NotificationDelivery.objects.failing().filter(appointment=OuterRef("pk"))
        return queryset.filter(Exists(failing))

    def filter_place(self, queryset, name, value):
        """A place id ("branch-3", "stop-12") or "unit-5" for every stop of a van."""
        if value.startswith("unit-"):
            unit = parse_id(value.removeprefix("unit-"))
            return queryset.filter(stop__mobile_unit_id=unit) if unit else queryset.none()
        parsed = parse_place_id(value)
        if parsed is None:
            return queryset.none()
        kind, pk = parsed
        return queryset.filter(**{f"{PLACE_KINDS[kind].appointment_field}_id": pk})


def place_filter_choices(user):
    """Branches, then for each mobile unit "every stop" and its stops, then the home-visit
    teams, limited to the user's."""
    branches, units = permissions.visible_places(user)
    groups = []
    if branches:
        groups.append((_("Branches"), [(b.place_id, b.label) for b in branches]))
    for unit in units:
        stops = [(stop.place_id, stop.label) for stop in unit.stops.all()]
        everywhere = _("%(unit)s: every stop") % {"unit": unit.title}
        groups.append((unit.title, [(f"unit-{unit.pk}", everywhere), *stops]))
    teams = permissions.visible_home_visit_teams(user)
    if teams:
        groups.append((_("Home visits"), [(team.place_id, team.label) for team in teams]))
    return groups


class AppointmentViewSet(ModelViewSet):
    """The list and the details; no generic edit or delete (bookings change only
    through booking.reservations)."""

    model = Appointment
    name = "appointments"
    icon = "date"
    menu_label = _("Appointments")
    index_view_class = views.AppointmentIndexView
    inspect_view_class = views.AppointmentDetailView
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False
    filterset_class = AppointmentFilterSet
    list_per_page = 50

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            add_url_name=views.BOOK_URL,
            edit_url_name=None,
            delete_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/status/", views.AppointmentStatusView.as_view(), name="status"),
        ]

    @property
    def url_finder_class(self):
        finder = super().url_finder_class
        finder.edit_url_name = self.get_url_name("inspect")
        return finder

    def get_permissions_to_register(self):
        return Permission.objects.filter(
            content_type__app_label="booking",
            codename__in=[
                "view_appointment",
                "add_appointment",
                "change_appointment",
                "export_appointment",
                "manage_citizen_data",
            ],
        )


class StaffPageViewSet(ViewSet):
    """One admin page of the Appointments menu, shown to users `permission_check` allows."""

    view_class = None
    permission_check = None

    @cached_property
    def menu_item_class(self):
        check = self.permission_check

        def is_shown(item, request):
            return check(request.user)

        return type(f"{type(self).__name__}MenuItem", (MenuItem,), {"is_shown": is_shown})

    def get_urlpatterns(self):
        return [path("", self.view_class.as_view(), name="index")]


class BookForCitizenViewSet(StaffPageViewSet):
    name = "appointments_book"
    url_prefix = "appointments/book"
    icon = "plus"
    menu_label = _("Book for a citizen")
    view_class = views.BookForCitizenView
    permission_check = staticmethod(permissions.can_book)


class CitizenDataViewSet(StaffPageViewSet):
    name = "appointments_citizen_data"
    url_prefix = "appointments/citizen-data"
    icon = "user"
    menu_label = _("Citizen data")
    view_class = views.CitizenDataView
    permission_check = staticmethod(permissions.can_manage_citizen_data)


class WaitlistViewSet(StaffPageViewSet):
    name = "appointments_waitlist"
    url_prefix = "appointments/waiting-list"
    icon = "list-ol"
    menu_label = _("Waiting list")
    view_class = views.WaitlistView
    permission_check = staticmethod(permissions.can_view)


class StaffFeedViewSet(StaffPageViewSet):
    name = "appointments_feed"
    url_prefix = "appointments/my-feed"
    icon = "calendar-alt"
    menu_label = _("My appointments feed")
    view_class = views.StaffFeedPageView
    permission_check = staticmethod(permissions.can_view)


def _names(pages):
    return ", ".join(page.title for page in pages.all()) or "—"


def _places(access, pages):
    return _("All places") if access.all_places else _names(pages)


class StaffAccessViewSet(ModelViewSet):
    """Which places a front-desk user sees; for whoever may change users.

    "All places" is ticked on purpose: a user without a row sees no place.
    """

    model = StaffAccess
    name = "front_desk_access"
    url_prefix = "appointments/front-desk-access"
    icon = "key"
    menu_label = _("Front-desk access")
    add_to_reference_index = False
    copy_view_enabled = False
    list_display = [
        "user",
        Column("branches", label=_("branches"), accessor=lambda a: _places(a, a.branches)),
        Column(
            "mobile_units", label=_("mobile units"), accessor=lambda a: _places(a, a.mobile_units)
        ),
        Column(
            "home_visit_teams",
            label=_("home-visit teams"),
            accessor=lambda a: _places(a, a.home_visit_teams),
        ),
    ]
    panels = [
        FieldPanel("user"),
        FieldPanel("all_places"),
        FieldPanel("branches", widget=forms.CheckboxSelectMultiple),
        FieldPanel("mobile_units", widget=forms.CheckboxSelectMultiple),
        FieldPanel("home_visit_teams", widget=forms.CheckboxSelectMultiple),
    ]

    def get_permissions_to_register(self):
        return Permission.objects.none()


class AppointmentsViewSetGroup(ViewSetGroup):
    menu_label = _("Appointments")
    menu_icon = "date"
    menu_name = "appointments"
    menu_order = 260
    items = (
        AppointmentViewSet,
        BookForCitizenViewSet,
        CitizenDataViewSet,
        WaitlistViewSet,
        StaffFeedViewSet,
        StaffAccessViewSet,
    )
