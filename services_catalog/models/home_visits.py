"""The home-visit team: the place kind of visits at the citizen's own home.

A team (a social worker and a psychologist, say) serves a set of municipal
communities. Its `HomeVisitWindow`s are the team's working hours for visits
— the same `OpenWindow` as a branch's opening hours, with a capacity of
parallel visits (teams on the road) — so scheduling a visit goes through
the one slot grid and the one booking transaction, under the same
invariant. Unlike a branch or a stop it is *staff capacity, not a public
opening*: its kind is not public (`services_catalog.places.HomeVisitKind`),
so no public page, feed, API answer or the citizens' booking flow lists it.
The citizen's address is never stored here: it lives on the request
(`home_visits.HomeVisitRequest`), under the appointments' retention rules.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from services_catalog.choices import PlaceKind

from .places import NamedPlace, OpenWindow, ScheduleException


class HomeVisitTeam(NamedPlace, ClusterableModel):
    """A team that visits citizens at home, in some municipal communities."""

    kind = PlaceKind.HOME
    translated_fields = ("name",)

    name = models.CharField(_("name"), max_length=150)
    communities = ParentalManyToManyField(
        "services_catalog.Community",
        verbose_name=_("municipal communities served"),
        related_name="home_visit_teams",
    )
    service = models.ForeignKey(
        "services_catalog.ServicePage",
        verbose_name=_("service a visit is recorded as"),
        on_delete=models.PROTECT,
        related_name="home_visit_teams",
    )
    visit_minutes = models.PositiveSmallIntegerField(
        _("length of a visit (minutes)"),
        default=60,
        validators=[MinValueValidator(15), MaxValueValidator(240)],
        help_text=_("Travel included: the team's next visit starts after it."),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    live = models.BooleanField(
        _("takes requests"),
        default=True,
        help_text=_("Untick to stop scheduling visits with this team."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("service"), FieldPanel("visit_minutes")]),
        FieldPanel("communities"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("live")]),
        InlinePanel("windows", heading=_("Hours for home visits"), label=_("hours"), min_num=1),
        InlinePanel("exceptions", heading=_("Days off and extra days"), label=_("exception")),
    ]

    class Meta:
        verbose_name = _("home-visit team")
        verbose_name_plural = _("home-visit teams")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name

    # The place shape (services_catalog.places; id and name: NamedPlace). No public page: no URL.
    @property
    def label(self):
        return gettext("%(team)s (home visits)") % {"team": self.name}

    @property
    def group_label(self):
        return str(_("Home visits"))

    @property
    def title(self):
        return self.name

    @property
    def address(self):
        """What a message says of where: the home itself (never its address)."""
        return gettext("At your home")

    # No coordinates, post code or directions: a message, a calendar file or a map
    # link never says more of where than "at your home".
    latitude = longitude = None
    has_coordinates = False
    postal_code = directions = ""

    def get_place_url(self, request=None):
        return ""

    def event_summary(self):
        return gettext("Home visit: %(team)s") % {"team": self.name}


class HomeVisitWindow(Orderable, OpenWindow):
    team = ParentalKey(HomeVisitTeam, related_name="windows", on_delete=models.CASCADE)

    panels = OpenWindow.schedule_panels

    class Meta(Orderable.Meta):
        verbose_name = _("hours for home visits")
        verbose_name_plural = _("hours for home visits")

    @property
    def place(self):
        return self.team

    @property
    def uid_key(self):
        return f"home-visit-window-{self.pk}"


class HomeVisitException(Orderable, ScheduleException):
    team = ParentalKey(HomeVisitTeam, related_name="exceptions", on_delete=models.CASCADE)

    class Meta(Orderable.Meta):
        verbose_name = _("day off or extra day")
        verbose_name_plural = _("days off and extra days")
