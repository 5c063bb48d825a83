"""Local spaces: a community's own room where the centre holds activities.

A community hall in a Roma neighbourhood, a parish room, a school's library
after hours: the centre runs courses and workshops there, but citizens are
never offered services or appointments there. So a local space is *not* a
place kind (`services_catalog.places.PLACE_KINDS`): registered there, it
would appear in the booking flow, the API's locations, the contact doors
and the figures' places. It lives here, in the app that holds activities
in it, and services_catalog knows nothing of it.

It has the shape activities read of any place (`ActivityPage.place`):
`kind`, `place_id` ("space-3"), `display_name`, `label`, `group_label`,
`title`, `address`, `postal_code`, `community`, `latitude`/`longitude`
(`has_coordinates`), `directions`, `accessibility`, `translated_fields`,
`get_place_url` and `event_summary` — so pages, feeds, the listing and the
staff screens treat it like a branch or a stop. It has no opening hours of
its own: its activities' sessions are its only times.

Each space is run by a branch (`branch`): that branch's staff see the
rosters of its activities (`activities.permissions`), and the people who
come count in that branch's figures (`activities.figures_source`), as a
real centre's branch runs the room in the neighbourhood.
"""

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from services_catalog.models.places import NamedPlace, PlaceMixin

SPACE_KIND = "space"


class LocalSpace(NamedPlace, PlaceMixin, index.Indexed, models.Model):
    """A community's room where activities are held, run by one branch."""

    kind = SPACE_KIND
    translated_fields = ("name", "address", "directions")  # what a feed event says of it

    name = models.CharField(_("name"), max_length=150)
    branch = models.ForeignKey(
        "services_catalog.BranchPage",
        verbose_name=_("run by"),
        on_delete=models.PROTECT,
        related_name="local_spaces",
        help_text=_("The branch whose staff run the activities here and see their sign-ups."),
    )
    directions = models.CharField(
        _("how to find it"),
        max_length=200,
        blank=True,
        help_text=_("For example: “Behind the church, the door with the blue sign.”"),
    )
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free entrance, lift, accessible toilet, parking…"),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("branch"),
        MultiFieldPanel(PlaceMixin.location_panels, heading=_("Where")),
        FieldPanel("directions"),
        FieldPanel("accessibility"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("address")]

    class Meta:
        verbose_name = _("local space")
        verbose_name_plural = _("local spaces")
        ordering = ["name"]

    def __str__(self):
        return self.name

    # The place shape (services_catalog.places) that activities read; id and name: NamedPlace.
    @property
    def title(self):
        return self.name

    @property
    def label(self):
        """The space with the branch that runs it, for staff lists that mix every place."""
        return f"{self.name} ({self.branch.title})"

    @property
    def group_label(self):
        return str(_("Local spaces"))

    def get_place_url(self, request=None):
        """What's on at this space (it has no page of its own), or "" without that page."""
        from activities.models.pages import ActivityIndexPage  # noqa: PLC0415 (pages import this)

        index_page = ActivityIndexPage.objects.live().first()
        if index_page is None:
            return ""
        url = index_page.get_url(request)
        return f"{url}?place={self.place_id}" if url else ""

    def event_summary(self):
        """The title of its events in calendar apps, in the active language."""
        return gettext("Activities at %(space)s") % {"space": self.name}
