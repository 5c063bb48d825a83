"""Header and footer menus, edited as lists of links in the site settings."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from portal.content_memo import MemoisedSiteSetting


class MenuLink(Orderable):
    """A link to a page of the site, or to another address.

    The label is optional for pages: by default the link shows the page's own
    (translated) title, so editors translate each title once.
    """

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.URLField(_("other address"), blank=True)
    label = models.CharField(
        _("label"), max_length=60, blank=True, help_text=_("Leave empty to use the page title.")
    )

    panels = [FieldPanel("page"), FieldPanel("url"), FieldPanel("label")]

    class Meta:
        abstract = True
        ordering = ["sort_order"]

    def clean(self):
        if not self.page_id and not self.url:
            raise ValidationError(_("Choose a page or enter an address."))
        if self.url and not self.label:
            raise ValidationError({"label": _("A link to another address needs a label.")})

    @property
    def text(self):
        return self.label or (self.page.title if self.page_id else self.url)

    @property
    def text_field_owner(self):
        """The object whose translated field supplies the text (for lang marking)."""
        return (self, "label") if self.label or not self.page_id else (self.page, "title")

    def get_url(self, request=None):
        if self.page_id:
            return self.page.get_url(request)
        return self.url


@register_setting(icon="list-ul")
class NavigationSettings(MemoisedSiteSetting, ClusterableModel, BaseSiteSetting):
    panels = [
        InlinePanel("header_links", label=_("Header menu")),
        InlinePanel("footer_links", label=_("Footer menu")),
    ]

    class Meta:
        verbose_name = _("menus")

    def __str__(self):
        return str(_("menus"))


class HeaderLink(MenuLink):
    settings = ParentalKey(NavigationSettings, related_name="header_links")

    class Meta(MenuLink.Meta):
        verbose_name = _("header menu link")


class FooterLink(MenuLink):
    settings = ParentalKey(NavigationSettings, related_name="footer_links")

    class Meta(MenuLink.Meta):
        verbose_name = _("footer menu link")
