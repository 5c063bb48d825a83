"""Lists editors keep up to date: service categories, target groups, communities."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class NamedList(models.Model):
    """An entry of a short list: a translated name, a slug for addresses, an order."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in filter addresses."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "slug"]

    def __str__(self):
        return self.name


class ServiceCategory(NamedList):
    class Meta(NamedList.Meta):
        verbose_name = _("service category")
        verbose_name_plural = _("service categories")


class TargetGroup(NamedList):
    """Who a service is for: children, older people, migrants and refugees, Roma…"""

    class Meta(NamedList.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Community(NamedList):
    """A municipal community (Δημοτική Κοινότητα): how citizens say where they live."""

    class Meta(NamedList.Meta):
        verbose_name = _("municipal community")
        verbose_name_plural = _("municipal communities")
