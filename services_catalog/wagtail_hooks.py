"""Registers the catalogue's admin (defined in viewsets.py)."""

from wagtail.snippets.models import register_snippet

from services_catalog.viewsets import CatalogueViewSetGroup

register_snippet(CatalogueViewSetGroup)
