"""Lists editors keep up to date: service categories, target groups, communities."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class ServiceCategory(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in filter addresses."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("service category")
        verbose_name_plural = _("service categories")

    def __str__(self):
        return self.name


class TargetGroup(models.Model):
    """Who a service is for: children, older people, migrants and refugees, Roma…"""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in filter addresses."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")

    def __str__(self):
        return self.name


class Community(models.Model):
    """A municipal community (Δημοτική Κοινότητα): how citizens say where they live."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in filter addresses."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("municipal community")
        verbose_name_plural = _("municipal communities")

    def __str__(self):
        return self.name
