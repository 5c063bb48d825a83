"""A service of the catalogue: what it is, for whom, how and where to get it."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import RICH_TEXT_FEATURES, BodyBlock
from portal.search_text import FOLDED_FIELD, FoldedSearchMixin
from portal.view_restrictions import PortalPageManager, RestrictionsFromMemo
from services_catalog.choices import Channel
from services_catalog.structured_data import service_json_ld

from .places import live_branches, live_units


class ServicePage(FoldedSearchMixin, RestrictionsFromMemo, Page):
    """One service: what it is, who it is for, how to get it, where, and booking."""

    summary = models.TextField(
        _("summary"), help_text=_("One or two plain sentences, shown in lists and search.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    category = models.ForeignKey(
        "services_catalog.ServiceCategory",
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="services",
    )
    target_groups = ParentalManyToManyField(
        "services_catalog.TargetGroup",
        verbose_name=_("for whom"),
        blank=True,
        related_name="services",
    )
    at_branch = models.BooleanField(Channel.BRANCH.label, default=True)
    at_mobile_unit = models.BooleanField(Channel.MOBILE_UNIT.label, default=False)
    by_phone = models.BooleanField(Channel.PHONE.label, default=False)
    home_visit = models.BooleanField(Channel.HOME_VISIT.label, default=False)
    what_to_bring = RichTextField(_("what to bring"), features=RICH_TEXT_FEATURES, blank=True)
    free_of_charge = models.BooleanField(_("free of charge"), default=True)
    show_on_home_page = models.BooleanField(
        _("show on the home page"), default=False, help_text=_("As one of the key services.")
    )
    bookable = models.BooleanField(_("can be booked online"), default=False)
    appointment_minutes = models.PositiveSmallIntegerField(
        _("appointment length (minutes)"),
        help_text=_("A place that offers the service can set its own length."),
        default=30,
        validators=[MinValueValidator(10), MaxValueValidator(240)],
    )
    # A programme of another body (a benefit, an employment programme): the centre
    # helps people apply, someone else provides it.
    provider = models.ForeignKey(
        "services_catalog.Organisation",
        verbose_name=_("provided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="programmes",
        help_text=_(
            "Only for a programme of another body that we help people apply for. "
            "Empty for the centre's own services."
        ),
    )
    eligibility = models.TextField(
        _("who can apply"), blank=True, help_text=_("In plain words, a few sentences.")
    )
    official_url = models.URLField(_("official page"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel(
            [FieldPanel("category"), FieldPanel("free_of_charge"), FieldPanel("show_on_home_page")]
        ),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("at_branch"),
                        FieldPanel("at_mobile_unit"),
                        FieldPanel("by_phone"),
                        FieldPanel("home_visit"),
                    ]
                ),
                InlinePanel("offerings", heading=_("Places that offer it"), label=_("place")),
                FieldPanel("what_to_bring"),
            ],
            heading=_("How and where to get it"),
        ),
        MultiFieldPanel(
            [FieldPanel("bookable"), FieldPanel("appointment_minutes")],
            heading=_("Appointments"),
        ),
        MultiFieldPanel(
            [FieldPanel("provider"), FieldPanel("eligibility"), FieldPanel("official_url")],
            heading=_("Programme of another body"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        FOLDED_FIELD,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("what_to_bring"),
        index.FilterField("category_id"),
    ]
    parent_page_types = ["services_catalog.ServicesIndexPage"]
    subpage_types = []

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    @property
    def is_programme(self):
        """Provided by another body; the centre helps people apply."""
        return self.provider_id is not None

    @property
    def channels(self):
        """The ways to get the service, as `Channel` members (for display)."""
        flags = {
            Channel.BRANCH: self.at_branch,
            Channel.MOBILE_UNIT: self.at_mobile_unit,
            Channel.PHONE: self.by_phone,
            Channel.HOME_VISIT: self.home_visit,
        }
        return [channel for channel, on in flags.items() if on]

    def clean(self):
        super().clean()
        if not (self.at_branch or self.at_mobile_unit or self.by_phone or self.home_visit):
            raise ValidationError({"at_branch": _("Choose at least one way to get the service.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The page's own offerings (a preview shows its revision's), at live, public places.
        offerings = list(self.offerings.all())
        branches = list(
            live_branches()
            .filter(pk__in=[o.branch_id for o in offerings])
            .select_related("community")
            .order_by("title")
        )
        units = list(
            live_units().filter(pk__in=[o.mobile_unit_id for o in offerings]).order_by("title")
        )
        context.update(
            branches=branches,
            mobile_units=units,
            target_groups=list(self.target_groups.all()),
            json_ld=service_json_ld(self, request, branches, units),
        )
        return context
