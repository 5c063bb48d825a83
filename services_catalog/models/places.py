"""Where citizens meet us: branches, mobile units and their stops, and when.

The central idea (see README): a branch's opening hours and a van's visits
to a stop are the same thing, an `OpenWindow` — a recurring time window
when a place is open for citizens. `services_catalog.schedules` expands
windows into occurrences for every view (pages, calendar, feeds, API,
booking slots), so they cannot disagree.
"""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index

from recurrence.fields import RecurrenceField

from portal import page_cache
from portal.search_text import FOLDED_FIELD, FoldedSearchMixin
from portal.view_restrictions import PortalPageManager, RestrictionsFromMemo, private_q
from services_catalog import schedules
from services_catalog.choices import ExceptionKind, OrganisationKind, PlaceKind, VenueType
from services_catalog.clash_admin import BranchPageForm, MobileUnitPageForm, ScheduleClashPanel
from services_catalog.feed_links import feed_links
from services_catalog.panels import SchedulePreviewPanel
from services_catalog.places import format_place_id
from services_catalog.schedule_editor import ScheduleEditorWidget
from services_catalog.schedule_text import describe_window
from services_catalog.structured_data import branch_json_ld, stop_json_ld

# How far ahead a place's page looks for today's hours and closures.
UPCOMING_DAYS = 90


def public_pages(model, private=None):
    """Live pages of `model` outside any private section (`private`: a `private_q` to reuse)."""
    if private is None:
        private = private_q()
    return model.objects.live().exclude(private)


def live_branches(private=None):
    return public_pages(BranchPage, private)


def live_units(private=None):
    return public_pages(MobileUnitPage, private)


def upcoming(**places):
    """Occurrences of `places` (branches=…, stops=…) from today, cancelled ones marked."""
    today = timezone.localdate()
    return schedules.occurrences(
        today, today + datetime.timedelta(days=UPCOMING_DAYS), include_cancelled=True, **places
    )


def closures(occurrences):
    """Days a place is closed although its schedule says open, with the reason."""
    seen = {}
    for occurrence in occurrences:
        if occurrence.cancelled and occurrence.date not in seen:
            seen[occurrence.date] = occurrence
    return list(seen.values())


class OpenWindow(models.Model):
    """A recurring window when a place is open for citizens.

    Greek public holidays are skipped unless `open_on_public_holidays`;
    cancellations and extra dates are `ScheduleException`s of the place.
    """

    recurrence = RecurrenceField(
        verbose_name=_("repeats"),
        help_text=_(
            "For example: weekly on Monday to Friday, or monthly on the first and "
            "third Tuesday. Use the exceptions below for a cancelled or an extra date."
        ),
    )
    start_time = models.TimeField(_("from"))
    end_time = models.TimeField(_("until"))
    capacity = models.PositiveSmallIntegerField(
        _("parallel appointments"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_("How many citizens can be seen at the same time (staff on duty)."),
    )
    valid_from = models.DateField(
        _("valid from"),
        default=datetime.date.today,
        help_text=_("The first day this schedule applies; rules count from it."),
    )
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    open_on_public_holidays = models.BooleanField(
        _("open on public holidays"),
        default=False,
        help_text=_("Greek public holidays are skipped automatically unless this is ticked."),
    )

    schedule_panels = [
        FieldPanel("recurrence", widget=ScheduleEditorWidget),
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time"), FieldPanel("capacity")]),
        FieldRowPanel(
            [
                FieldPanel("valid_from"),
                FieldPanel("valid_until"),
                FieldPanel("open_on_public_holidays"),
            ]
        ),
        SchedulePreviewPanel(),
    ]

    class Meta:
        abstract = True

    def __str__(self):
        return describe_window(self) if self.recurrence else str(self._meta.verbose_name)

    def clean(self):
        errors = {}
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("The end must be later than the start.")
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("This date is before the first day.")
        if self.recurrence is not None:
            if self.recurrence.exrules:
                errors["recurrence"] = _(
                    "Exclusion rules are not supported: add the dates as exceptions instead."
                )
            elif not (self.recurrence.rrules or self.recurrence.rdates):
                errors["recurrence"] = _("Add a rule or at least one date.")
        if errors:
            raise ValidationError(errors)


class ScheduleException(models.Model):
    """One date that differs from the rule: a cancellation or an extra opening."""

    date = models.DateField(_("date"))
    kind = models.CharField(
        _("what happens"), max_length=20, choices=ExceptionKind, default=ExceptionKind.CANCELLED
    )
    start_time = models.TimeField(
        _("from"), null=True, blank=True, help_text=_("Extra dates only; default: usual hours.")
    )
    end_time = models.TimeField(_("until"), null=True, blank=True)
    reason = models.CharField(
        _("reason shown to citizens"),
        max_length=200,
        blank=True,
        help_text=_("For example: “The van is being repaired.”"),
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("reason"),
    ]

    class Meta:
        abstract = True
        ordering = ["date"]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.get_kind_display()}"

    def clean(self):
        if (self.start_time is None) != (self.end_time is None):
            raise ValidationError({"end_time": _("Give both times, or neither.")})
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("The end must be later than the start.")})
        if self.kind == ExceptionKind.CANCELLED and self.start_time:
            raise ValidationError({"start_time": _("A cancelled date has no hours.")})


class NamedPlace:
    """The place shape's id and name (`services_catalog.places`) of a place named by its
    `name` field: a stop, a home-visit team, a community's local space (its class
    sets `kind`). Branches are pages: their name is the page title."""

    @property
    def place_id(self):
        return format_place_id(self.kind, self.pk)

    @property
    def display_name(self):
        return self.name


class PlaceMixin(models.Model):
    """Address and contact fields shared by branches and stops."""

    address = models.CharField(_("address"), max_length=200)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    community = models.ForeignKey(
        "services_catalog.Community",
        verbose_name=_("municipal community"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )

    location_panels = [
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("postal_code"), FieldPanel("community")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
    ]

    class Meta:
        abstract = True

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None


class PlacesIndexPage(FoldedSearchMixin, RestrictionsFromMemo, Page):
    """Where to find us: every branch with its address, then the mobile units."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, FOLDED_FIELD, index.SearchField("intro")]
    subpage_types = ["services_catalog.BranchPage", "services_catalog.MobileUnitPage"]
    parent_page_types = ["portal.HomePage"]
    max_count = 1

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("places index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        branches = live_branches().child_of(self).select_related("community").order_by("path")
        units = live_units().child_of(self).order_by("path")
        context.update(
            branches=branches,
            mobile_units=units,
            stops=Stop.objects.filter(mobile_unit__in=units)
            .select_related("community", "mobile_unit")
            .order_by("community__sort_order", "community__slug", "name"),
            calendar_feed=feed_links(request, "ical-mobile-units"),
            all_feed_url=reverse("ical-mobile-units"),
        )
        return context


class BranchPage(PlaceMixin, FoldedSearchMixin, RestrictionsFromMemo, Page):  # noqa: DJ008 (Page supplies __str__)
    """A branch (or the central office): address, hours, closures, services."""

    kind = PlaceKind.BRANCH
    translated_fields = ("title", "address")  # what a feed event says of the place

    intro = models.TextField(_("introduction"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_("Shown on the page; messages sent with this branch's contact form go here."),
    )
    responsible_person = models.CharField(_("responsible person"), max_length=120, blank=True)
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free entrance, lift, accessible toilet, parking…"),
    )

    content_panels = [
        *Page.content_panels,
        ScheduleClashPanel(),
        FieldPanel("intro"),
        MultiFieldPanel(PlaceMixin.location_panels, heading=_("Where")),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("responsible_person"),
                FieldPanel("accessibility"),
            ],
            heading=_("Contact and access"),
        ),
        InlinePanel("schedules", heading=_("Opening hours"), label=_("opening hours"), min_num=1),
        InlinePanel("exceptions", heading=_("Closures and extra days"), label=_("exception")),
    ]
    search_fields = [
        *Page.search_fields,
        FOLDED_FIELD,
        index.SearchField("intro"),
        index.SearchField("address"),
        index.SearchField("accessibility"),
        index.FilterField("community_id"),
    ]
    parent_page_types = ["services_catalog.PlacesIndexPage"]
    subpage_types = []
    base_form_class = BranchPageForm

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("branch")
        verbose_name_plural = _("branches")

    # The place shape (services_catalog.places): id, name, label, URL, windows.
    @property
    def place_id(self):
        return format_place_id(self.kind, self.pk)

    @property
    def display_name(self):
        return self.title

    @property
    def label(self):
        return self.title

    @property
    def group_label(self):
        """The heading branches share in lists of places."""
        return str(_("Branches"))

    @property
    def windows(self):
        return self.schedules

    def get_place_url(self, request=None):
        return self.get_url(request)

    def event_summary(self):
        """The title of the place's events in calendar apps, in the active language."""
        return gettext("%(branch)s: open for citizens") % {"branch": self.title}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        openings = upcoming(branches=[self.pk])
        services = self.offerings.live().services()
        context.update(
            bookable_here=any(service.bookable for service in services),
            hours=[describe_window(window) for window in self.schedules.all()],
            today_openings=[o for o in openings if o.date == today],
            closures=closures(openings),
            services=services,
            feed=feed_links(request, "ical-branch", page_id=self.pk),
            json_ld=branch_json_ld(self, request, services),
        )
        return context


class BranchSchedule(Orderable, OpenWindow):
    branch = ParentalKey(BranchPage, related_name="schedules", on_delete=models.CASCADE)

    panels = OpenWindow.schedule_panels

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    @property
    def place(self):
        return self.branch

    @property
    def uid_key(self):
        return f"branch-schedule-{self.pk}"


class BranchException(Orderable, ScheduleException):
    branch = ParentalKey(BranchPage, related_name="exceptions", on_delete=models.CASCADE)

    class Meta(Orderable.Meta):
        verbose_name = _("closure or extra day")
        verbose_name_plural = _("closures and extra days")


class MobileUnitPage(RoutablePageMixin, FoldedSearchMixin, RestrictionsFromMemo, Page):
    """A van, its team, and the stops it visits on a recurring schedule."""

    intro = models.TextField(_("introduction"), blank=True)
    vehicle = models.TextField(_("the van"), blank=True)
    team = models.TextField(_("the team"), blank=True)
    accessibility = models.TextField(
        _("accessibility"), blank=True, help_text=_("For example: wheelchair lift, ramp.")
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_("Messages sent with this van's contact form go here (not shown on the page)."),
    )
    served_municipalities = ParentalManyToManyField(
        "services_catalog.Organisation",
        verbose_name=_("partner municipalities served"),
        blank=True,
        related_name="mobile_units",
        limit_choices_to={"kind": OrganisationKind.MUNICIPALITY},
        help_text=_("Other municipalities whose residents this van serves."),
    )

    content_panels = [
        *Page.content_panels,
        ScheduleClashPanel(),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("vehicle"),
                FieldPanel("team"),
                FieldPanel("accessibility"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("The van and its team"),
        ),
        FieldPanel("served_municipalities", widget=forms.CheckboxSelectMultiple),
        InlinePanel("stops", heading=_("Stops and visits"), label=_("stop")),
    ]
    search_fields = [
        *Page.search_fields,
        FOLDED_FIELD,
        index.SearchField("intro"),
        index.SearchField("team"),
        index.SearchField("accessibility"),
    ]
    parent_page_types = ["services_catalog.PlacesIndexPage"]
    subpage_types = []
    VISITS_PER_STOP = 3  # on the unit's page, the next visits listed under each stop
    base_form_class = MobileUnitPageForm

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("mobile unit")
        verbose_name_plural = _("mobile units")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stops = list(self.stops.select_related("community").order_by("sort_order", "pk"))
        now = timezone.now()
        by_stop = {stop.pk: [] for stop in stops}
        visits = upcoming(stops=[stop.pk for stop in stops])
        page_cache.expires_when_first_ends(visits, now)  # the list drops a visit once it ends
        for visit in visits:
            if visit.end > now and len(by_stop[visit.place.pk]) < self.VISITS_PER_STOP:
                by_stop[visit.place.pk].append(visit)
        context.update(
            stops_with_visits=[
                (stop, by_stop[stop.pk], self.stop_url(stop, request)) for stop in stops
            ],
            services=self.offerings.live().services(),
            municipalities=list(self.served_municipalities.order_by("name")),
            feed=feed_links(request, "ical-mobile-unit", page_id=self.pk),
        )
        return context

    @path("stops/<int:stop_id>/", name="stop")
    def stop_view(self, request, stop_id):
        """A stop's own page: where exactly, its next visits, what the van offers there.

        Its context starts from the page's base context, not the unit's: the
        unit's list of every stop's visits is not shown here.
        """
        stop = self.stops.select_related("community").filter(pk=stop_id).first()
        if stop is None:
            raise Http404
        visits = schedules.next_occurrences(8, stops=[stop.pk])
        services = self.offerings.live().services()
        context = Page.get_context(self, request)
        context.update(
            bookable_here=any(service.bookable for service in services),
            stop=stop,
            visits=visits,
            services=services,
            hours=[describe_window(window) for window in stop.visits.all()],
            feed=feed_links(request, "ical-stop", stop_id=stop.pk),
            language_urls=self.stop_urls_by_language(stop, request),
            json_ld=stop_json_ld(stop, self, request, visits, services),
        )
        return TemplateResponse(request, "services_catalog/stop.html", context)

    def stop_urls_by_language(self, stop, request=None):
        """{language code: the stop's page in that language}, for the language switcher."""
        urls = {}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                urls[code] = self.stop_url(stop, request)
        return urls

    def stop_url(self, stop, request=None):
        return self.own_url(request) + self.reverse_subpage("stop", kwargs={"stop_id": stop.pk})

    def own_url(self, request=None):
        """`get_url(request)`, worked out once per request, language and URL path: the van
        calendar and the feeds link a thousand stops of forty vans."""
        if request is None:
            return self.get_url(request)
        known = request.__dict__.setdefault("_portal_unit_urls", {})
        key = (self.pk, self.url_path, translation.get_language())
        if key not in known:
            known[key] = self.get_url(request)
        return known[key]


class Stop(NamedPlace, PlaceMixin, ClusterableModel, Orderable):
    """A venue the van visits: health centre, square, kindergarten, KAPI…"""

    kind = PlaceKind.STOP
    translated_fields = ("name", "address", "directions")  # what a feed event says of it

    mobile_unit = ParentalKey(MobileUnitPage, related_name="stops", on_delete=models.CASCADE)
    name = models.CharField(_("venue"), max_length=150)
    venue_type = models.CharField(_("type of venue"), max_length=30, choices=VenueType)
    directions = models.CharField(
        _("where exactly"),
        max_length=200,
        blank=True,
        help_text=_("For example: “In front of the main entrance.”"),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("venue_type")]),
        *PlaceMixin.location_panels,
        FieldPanel("directions"),
        InlinePanel("visits", heading=_("Visits"), label=_("visit"), min_num=1),
        InlinePanel("exceptions", heading=_("Cancelled and extra visits"), label=_("exception")),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("stop")
        verbose_name_plural = _("stops")

    def __str__(self):
        return self.name

    @property
    def admin_heading(self):
        """Shown after "Stop 3" on its panel in the editor (templates/wagtailadmin/panels)."""
        return self.name

    # The place shape (services_catalog.places): id and name (NamedPlace), label, URL, windows.
    @property
    def label(self):
        """The stop with its van, for staff lists that mix every place."""
        return f"{self.name} ({self.mobile_unit.title})"

    @property
    def group_label(self):
        """The heading a stop shares with the other stops of its van."""
        return self.mobile_unit.title

    @property
    def windows(self):
        return self.visits

    def get_place_url(self, request=None):
        return self.mobile_unit.stop_url(self, request)

    def event_summary(self):
        """The title of a visit in calendar apps, in the active language."""
        return gettext("%(unit)s at %(stop)s") % {"unit": self.mobile_unit.title, "stop": self.name}

    @property
    def title(self):
        return self.name


class StopSchedule(Orderable, OpenWindow):
    stop = ParentalKey(Stop, related_name="visits", on_delete=models.CASCADE)

    panels = OpenWindow.schedule_panels

    class Meta(Orderable.Meta):
        verbose_name = _("visit")
        verbose_name_plural = _("visits")

    @property
    def place(self):
        return self.stop

    @property
    def uid_key(self):
        return f"stop-visit-{self.pk}"


class StopException(Orderable, ScheduleException):
    stop = ParentalKey(Stop, related_name="exceptions", on_delete=models.CASCADE)

    class Meta(Orderable.Meta):
        verbose_name = _("cancelled or extra visit")
        verbose_name_plural = _("cancelled and extra visits")
