"""Registers the catalogue's admin (defined in viewsets.py) and the warning about
overlapping schedules after a draft is saved (services_catalog.clash_admin)."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from services_catalog.clash_admin import warn_after_save
from services_catalog.viewsets import CatalogueViewSetGroup

register_snippet(CatalogueViewSetGroup)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_overlapping_schedules(request, page):
    warn_after_save(request, page)
