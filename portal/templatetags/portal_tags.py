"""Template tags for the site chrome: menus and contact details."""

from django import template

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
