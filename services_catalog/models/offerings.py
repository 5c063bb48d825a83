"""Offerings: a service given at a place, with its own appointment length where it differs.

An offering links a service to a branch or to a mobile unit (the unit then
offers it at every one of its stops: that is the level the catalogue has
always recorded). "Where is this service offered" has one answer,
`Offering.objects.live()`: the service's page and the place's page are live
and public. Slots, place pages, the calendar, the services index, the API,
the staff forms and the booking flow all start from it.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from portal.view_restrictions import private_q
from services_catalog.places import format_place_id

from .places import Stop, live_branches, live_units, public_pages
from .services import ServicePage


class OfferingQuerySet(models.QuerySet):
    def live(self):
        """Offered, live and public: the one definition every caller uses.

        The service's page and the place's page (the branch, or the stop's
        mobile unit) are published and not behind a view restriction.
        """
        private = private_q()  # memoised: no query
        return self.filter(
            Q(branch__in=live_branches(private)) | Q(mobile_unit__in=live_units(private)),
            service__in=public_pages(ServicePage, private),
        )

    def branches(self):
        """The live, public branches of these offerings."""
        return live_branches().filter(pk__in=self.values("branch"))

    def units(self):
        """The live, public mobile units of these offerings."""
        return live_units().filter(pk__in=self.values("mobile_unit"))

    def stops(self):
        """The stops of these offerings' live, public mobile units."""
        return Stop.objects.filter(mobile_unit__in=self.units())

    def services(self):
        """The services of these offerings, by title (call it on `live()`: one query).

        By the title in the active language, then in Greek (what a page without a
        translation shows) and the id: without them, titles not yet translated
        came in whatever order the database chose, another on PostgreSQL.
        """
        return ServicePage.objects.filter(pk__in=self.values("service")).order_by(
            "title", "title_el", "pk"
        )

    def services_by_unit(self):
        """{mobile unit id: [service, …] by title} for the units among these offerings.

        One query for the whole van calendar, however many visits it shows.
        """
        by_unit = {}
        rows = self.filter(mobile_unit__isnull=False).select_related("service")
        for offering in rows.order_by("service__title", "service_id"):
            by_unit.setdefault(offering.mobile_unit_id, []).append(offering.service)
        return by_unit

    def minutes_by_place(self, service):
        """{place id: appointment length} for `service`'s places here (stops via their unit)."""
        rows = list(self.filter(service=service).values_list("branch", "mobile_unit", "minutes"))
        default = service.appointment_minutes
        lengths = {}
        unit_minutes = {}
        for branch, unit, minutes in rows:
            if branch:
                lengths[format_place_id("branch", branch)] = minutes or default
            else:
                unit_minutes[unit] = minutes or default
        for stop, unit in Stop.objects.filter(mobile_unit__in=unit_minutes).values_list(
            "pk", "mobile_unit"
        ):
            lengths[format_place_id("stop", stop)] = unit_minutes[unit]
        return lengths


class Offering(Orderable):
    """A service given at a branch or by a mobile unit (at all its stops)."""

    service = ParentalKey(
        "services_catalog.ServicePage", related_name="offerings", on_delete=models.CASCADE
    )
    branch = models.ForeignKey(
        "services_catalog.BranchPage",
        verbose_name=_("branch"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="offerings",
    )
    mobile_unit = models.ForeignKey(
        "services_catalog.MobileUnitPage",
        verbose_name=_("mobile unit"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="offerings",
        help_text=_("The service is then offered at every stop of the unit."),
    )
    minutes = models.PositiveSmallIntegerField(
        _("appointment length here (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(10), MaxValueValidator(240)],
        help_text=_("Leave empty to use the service's appointment length."),
    )

    objects = OfferingQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("branch"), FieldPanel("mobile_unit"), FieldPanel("minutes")])
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("place that offers it")
        verbose_name_plural = _("places that offer it")
        constraints = [
            models.CheckConstraint(
                condition=Q(branch__isnull=False, mobile_unit__isnull=True)
                | Q(branch__isnull=True, mobile_unit__isnull=False),
                name="offering_one_place",
            ),
        ]

    def __str__(self):
        return str(self.branch or self.mobile_unit)

    def clean(self):
        if bool(self.branch_id) == bool(self.mobile_unit_id):
            raise ValidationError({"branch": _("Choose a branch or a mobile unit, not both.")})
