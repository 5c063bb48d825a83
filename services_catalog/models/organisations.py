"""Organisations outside the centre: partners that refer citizens, municipalities a van
serves, and the bodies that provide the programmes the centre helps people apply for.

One snippet for all three, since one body is often all of them (a neighbouring
municipality is served by the van and refers its residents; OPEKA provides the
guaranteed minimum income). Catalogue data: the name is translated, the rest is
public contact information, never anybody's personal data.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from services_catalog.choices import OrganisationKind

from .places import live_units


class OrganisationQuerySet(models.QuerySet):
    def municipalities(self):
        return self.filter(kind=OrganisationKind.MUNICIPALITY)

    def served_by_live_units(self):
        """Municipalities a live, public mobile unit serves: the services filter's choices."""
        return self.municipalities().filter(mobile_units__in=live_units()).distinct()


class Organisation(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in filter addresses."))
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind)
    contact = models.CharField(
        _("contact"),
        max_length=300,
        blank=True,
        help_text=_("A public contact: an office, a phone number, an e-mail address."),
    )
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("contact"),
        FieldPanel("website"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name
