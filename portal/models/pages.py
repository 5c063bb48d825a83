"""The site's own page types. Thin by design: fields, panels, search fields."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import BodyBlock
from portal.search_text import FOLDED_FIELD, FoldedSearchMixin
from portal.view_restrictions import PortalPageManager, RestrictionsFromMemo


class HomePage(FoldedSearchMixin, RestrictionsFromMemo, Page):
    """The front door: what the centre is, key services, booking, contact."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Two or three plain sentences: who we are and that everything is free."),
    )
    book_heading = models.CharField(_("booking heading"), max_length=120, blank=True)
    book_text = models.TextField(_("booking text"), blank=True)
    book_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("booking page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A page on the other ways to book (by phone, in person) and what to bring: "
            "a plain link under the “Book an appointment” button."
        ),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("book_heading"), FieldPanel("book_text"), FieldPanel("book_page")],
            heading=_("Book an appointment"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        FOLDED_FIELD,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("home page")


class ContentPage(FoldedSearchMixin, RestrictionsFromMemo, Page):
    """A general page: about us, privacy notice, accessibility statement, FAQ."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        FOLDED_FIELD,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["portal.HomePage", "portal.ContentPage"]

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("content page")
