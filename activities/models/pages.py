"""Activity pages: a course, a workshop or an information session, and where to find them.

Thin page models (fields, panels, page types); what a page shows comes from
`activities.sessions` (when, places left) and `activities.listing` (what is on).
An activity's schedule is an `OpenWindow` like a branch's hours or a van's
visits, expanded by `services_catalog.schedules`, so holidays, cancellations
and extra dates work the same way.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from activities.choices import Attendance, HeldIn, SeatsPer
from portal.search_text import FOLDED_FIELD, FoldedSearchMixin
from portal.view_restrictions import PortalPageManager, RestrictionsFromMemo
from services_catalog.models import OpenWindow, ScheduleException
from services_catalog.panels import SchedulePreviewPanel
from services_catalog.schedule_editor import ScheduleEditorWidget


class ActivityIndexPage(FoldedSearchMixin, RestrictionsFromMemo, Page):
    """What's on: every coming activity, filtered by place, community, group and language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, FOLDED_FIELD, index.SearchField("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["activities.ActivityPage"]
    max_count = 1

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("what's on")

    def get_context(self, request, *args, **kwargs):
        from activities import listing  # noqa: PLC0415 (listing reads the page models)

        context = super().get_context(request, *args, **kwargs)
        context.update(listing.whats_on(request))
        return context

    def serve(self, request, *args, **kwargs):
        """Answer 400 (with the form's translated errors) to a filter that makes no sense."""
        response = super().serve(request, *args, **kwargs)
        if not response.context_data["form_valid"]:
            response.status_code = 400
        return response


class ActivityPage(FoldedSearchMixin, RestrictionsFromMemo, Page):
    """A group activity or course: what, for whom, in which language, where, when, seats."""

    summary = models.TextField(
        _("summary"), help_text=_("One or two plain sentences, shown in lists and search.")
    )
    description = models.TextField(_("what it is"), blank=True)
    target_groups = ParentalManyToManyField(
        "services_catalog.TargetGroup",
        verbose_name=_("for whom"),
        blank=True,
        related_name="activities",
    )
    age_min = models.PositiveSmallIntegerField(_("from age"), null=True, blank=True)
    age_max = models.PositiveSmallIntegerField(_("to age"), null=True, blank=True)
    held_in = models.CharField(
        _("taught or held in"), max_length=5, choices=HeldIn, default=HeldIn.GREEK
    )
    branch = models.ForeignKey(
        "services_catalog.BranchPage",
        verbose_name=_("branch"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="activities",
    )
    stop = models.ForeignKey(
        "services_catalog.Stop",
        verbose_name=_("mobile-unit stop"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="activities",
    )
    space = models.ForeignKey(
        "activities.LocalSpace",
        verbose_name=_("local space"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="activities",
    )
    attendance = models.CharField(
        _("how to join"), max_length=10, choices=Attendance, default=Attendance.SIGN_UP
    )
    seats = models.PositiveSmallIntegerField(
        _("places"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
        help_text=_("How many people can take part (a parent with two children counts three)."),
    )
    seats_per = models.CharField(
        _("places are"), max_length=10, choices=SeatsPer, default=SeatsPer.SESSION
    )
    what_to_bring = models.TextField(_("what to bring"), blank=True)
    accessibility = models.TextField(_("accessibility"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("target_groups"),
                FieldRowPanel([FieldPanel("age_min"), FieldPanel("age_max")]),
                FieldPanel("held_in"),
            ],
            heading=_("For whom"),
        ),
        MultiFieldPanel(
            [FieldPanel("branch"), FieldPanel("stop"), FieldPanel("space")],
            heading=_("Where"),
            help_text=_("A branch, a mobile-unit stop or a local space: one of them."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance"),
                FieldRowPanel([FieldPanel("seats"), FieldPanel("seats_per")]),
            ],
            heading=_("Places"),
        ),
        InlinePanel("schedules", heading=_("When"), min_num=1, label=_("session times")),
        InlinePanel("exceptions", heading=_("Cancelled and extra dates"), label=_("date")),
        FieldPanel("what_to_bring"),
        FieldPanel("accessibility"),
    ]
    search_fields = [
        *Page.search_fields,
        FOLDED_FIELD,
        index.SearchField("summary"),
        index.SearchField("description"),
    ]
    parent_page_types = ["activities.ActivityIndexPage"]
    subpage_types = []

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("activity")
        constraints = [
            models.CheckConstraint(
                condition=Q(branch__isnull=False, stop__isnull=True, space__isnull=True)
                | Q(branch__isnull=True, stop__isnull=False, space__isnull=True)
                | Q(branch__isnull=True, stop__isnull=True, space__isnull=False),
                name="activity_at_one_place",
            )
        ]

    @property
    def place(self):
        """The branch, stop or local space it is held at (the place abstraction's shape)."""
        if self.branch_id:
            return self.branch
        return self.stop if self.stop_id else self.space

    @property
    def needs_sign_up(self):
        return self.attendance == Attendance.SIGN_UP

    @property
    def is_series(self):
        return self.seats_per == SeatsPer.SERIES

    @property
    def ledger_key(self):
        """The key of its sessions' cells in booking's seat ledger (SlotUsage)."""
        return f"activity-{self.pk}"

    def clean(self):
        super().clean()
        if [bool(self.branch_id), bool(self.stop_id), bool(self.space_id)].count(True) != 1:
            raise ValidationError(
                {"branch": _("Choose a branch, a mobile-unit stop or a local space: one of them.")}
            )
        if self.age_min is not None and self.age_max is not None and self.age_max < self.age_min:
            raise ValidationError({"age_max": _("This age is below the first one.")})

    def get_context(self, request, *args, **kwargs):
        from activities import listing  # noqa: PLC0415 (listing reads the page models)

        context = super().get_context(request, *args, **kwargs)
        context.update(listing.activity_page(self, request))
        return context


class ActivitySchedule(Orderable, OpenWindow):
    """When its sessions are: one date, or a rule (twice a week), like opening hours."""

    activity = ParentalKey(ActivityPage, related_name="schedules", on_delete=models.CASCADE)

    panels = [
        FieldPanel("recurrence", widget=ScheduleEditorWidget),
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldRowPanel(
            [
                FieldPanel("valid_from"),
                FieldPanel("valid_until"),
                FieldPanel("open_on_public_holidays"),
            ]
        ),
        SchedulePreviewPanel(),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session times")
        verbose_name_plural = _("session times")

    @property
    def place(self):
        return self.activity.place

    @property
    def uid_key(self):
        return f"activity-schedule-{self.pk}"


class ActivityException(Orderable, ScheduleException):
    """A cancelled session or an extra one, with the reason citizens read."""

    activity = ParentalKey(ActivityPage, related_name="exceptions", on_delete=models.CASCADE)

    class Meta(Orderable.Meta):
        verbose_name = _("cancelled or extra date")
        verbose_name_plural = _("cancelled or extra dates")
