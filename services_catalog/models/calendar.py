"""The van calendar: every mobile-unit visit, by month or as a list."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from portal.search_text import FOLDED_FIELD, FoldedSearchMixin


class VanCalendarPage(FoldedSearchMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, FOLDED_FIELD, index.SearchField("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("mobile-unit calendar")

    def serve(self, request, *args, **kwargs):
        from services_catalog.views.calendar import serve_calendar

        return serve_calendar(self, request)
