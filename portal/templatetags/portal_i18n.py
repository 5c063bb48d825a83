"""Template tags for the four-language site.

- `language_links` gives, for every language, the URL of *the same page* in
  that language (translated slug for Wagtail pages, the same view with the
  same query string otherwise), for the switcher and for hreflang links.
- `fallback_lang` marks text that is shown in Greek because its translation
  is missing, so screen readers pronounce it as Greek.
"""

from django import template
from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from django.utils.html import format_html

from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamValue
from wagtail.models import Page

register = template.Library()

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def _page_url(page, request, language):
    with translation.override(language):
        url_parts = page.get_url_parts(request)
    if url_parts is None:
        return None
    return url_parts[2]


def _is_empty(value):
    if value is None:
        return True
    if isinstance(value, StreamValue):
        return len(value) == 0
    return str(value).strip() == ""


def language_of(obj, field_name, language=None):
    """The language `obj.field_name` is actually shown in.

    The active language when its translation is filled in, else Greek (the
    modeltranslation fallback); None when the Greek text is empty too.
    """
    language = language or translation.get_language()
    value = getattr(obj, build_localized_fieldname(field_name, language), None)
    if not _is_empty(value):
        return language
    if not _is_empty(getattr(obj, build_localized_fieldname(field_name, DEFAULT_LANGUAGE), None)):
        return DEFAULT_LANGUAGE
    return None


@register.filter
def fallback_lang(obj, field_name):
    """` lang="el"` when `obj.field_name` falls back to Greek, else nothing.

    Usage: `<h1{{ page|fallback_lang:"title" }}>{{ page.title }}</h1>`.
    """
    return fallback_attributes(obj, field_name)


def fallback_attributes(obj, field_name, language=None):
    """What `fallback_lang` writes, for `language` (default: the active one); code that
    renders a thousand places (the van calendar) asks the active language once."""
    if obj is None:
        return ""
    language = language or translation.get_language()
    shown_in = language_of(obj, field_name, language)
    if shown_in and shown_in != language:
        if translation.get_language_bidi() and not translation.get_language_info(shown_in)["bidi"]:
            return format_html(' lang="{}" dir="ltr"', shown_in)
        return format_html(' lang="{}"', shown_in)
    return ""


def _resolves_to_view(path):
    try:
        match = resolve(path)
    except Resolver404:
        return False
    return match.url_name != "wagtail_serve"


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: code, name in its own script, URL, current?"""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page") or context.get("self")
    if not isinstance(page, Page):
        page = None
    current = translation.get_language()
    full_path = request.get_full_path()
    # A view other than a Wagtail page keeps its path and query string; a
    # path Wagtail could not serve (a 404) leads to each language's home.
    translatable_view = page is None and _resolves_to_view(request.path_info)
    # A view can name its own URL per language (a routable sub-page of a page).
    given = context.get("language_urls") or {}
    links = []
    for code, _name in settings.LANGUAGES:
        url = given.get(code)
        if url is None and page is not None:
            url = _page_url(page, request, code)
            # Filters and months on a page (services, calendar) carry over.
            if url is not None and request.GET:
                url += "?" + request.GET.urlencode()
        elif url is None and translatable_view:
            url = translate_url(full_path, code)
        if url is None:
            url = full_path if code == current and translatable_view else f"/{code}/"
        info = translation.get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "bidi": info["bidi"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": code == current,
            }
        )
    return links
