"""Template tags for the site chrome: menus, contact details, the fonts to preload."""

from django import template
from django.templatetags.static import static
from django.utils.html import format_html_join
from django.utils.translation import get_language, get_language_bidi

from portal.content_memo import memoised
from portal.models import NavigationSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def menu_links(context, which):
    """Links of the header or footer menu: [{"text", "url", "owner", "field"}].

    The links (with their pages) are read once per content generation
    (portal.content_memo); `owner`/`field` let the template mark a Greek
    fallback with `fallback_lang`.
    """
    request = context.get("request")
    if request is None:
        return []
    navigation = NavigationSettings.for_request(request)
    relation = {"header": "header_links", "footer": "footer_links"}[which]
    links = []
    stored = memoised(
        ("menu", navigation.pk, which),
        lambda: list(getattr(navigation, relation).select_related("page")),
        copied=True,
    )
    for link in stored:
        if link.page_id and not link.page.live:
            continue
        url = link.get_url(request)
        if not url:
            continue
        owner, field = link.text_field_owner
        links.append({"text": link.text, "url": url, "owner": owner, "field": field})
    return links


# The cut font files (scripts/vendor_assets.py, portal-<script>-<weight>.woff2)
# that the first screen of a page in each language shows: preloaded, so that
# they download with the stylesheets instead of after them (one round trip
# fewer; on a slow mobile network that is seconds). Only what every first
# screen needs: a file preloaded but unused costs bytes and a warning.
PRELOADED_FONTS = {
    "el": ["latin-400", "latin-700", "greek-400", "greek-700"],
    "en": ["latin-400", "latin-700"],
    "ar": ["arabic-400", "arabic-700"],  # with ASCII: no Latin file needed
    "fa": ["arabic-400", "arabic-700"],
}


@register.simple_tag
def preload_fonts():
    """`<link rel="preload">` for the fonts of the current language's first screen."""
    language = get_language() or ""
    default = PRELOADED_FONTS["ar"] if get_language_bidi() else PRELOADED_FONTS["en"]
    names = PRELOADED_FONTS.get(language, default)
    return format_html_join(
        "\n  ",
        '<link rel="preload" href="{}" as="font" type="font/woff2" crossorigin>',
        ((static(f"portal/vendor/fonts/portal-{name}.woff2"),) for name in names),
    )
