"""Recompute per-language URL paths of a page subtree."""

from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

URL_PATH_FIELDS = ["url_path"] + [
    build_localized_fieldname("url_path", lang) for lang in mt_settings.AVAILABLE_LANGUAGES
]


def refresh_url_paths(page=None):
    """Set url_path_<lang> for `page` and its descendants (the whole tree if None).

    Runs in tree order so every parent is right before its children; one
    read of the subtree and one bulk update.
    """
    if page is None:
        pages = list(Page.objects.order_by("path"))
    else:
        page = Page.objects.get(pk=page.pk)
        pages = list(Page.objects.filter(path__startswith=page.path).order_by("path"))
    by_path = {p.path: p for p in pages}
    for p in pages:
        parent = by_path.get(p.path[: -Page.steplen]) if p.depth > 1 else None
        if parent is None and p.depth > 1:
            parent = p.get_parent()
        p.set_url_path(parent)
    Page.objects.bulk_update(pages, URL_PATH_FIELDS)
