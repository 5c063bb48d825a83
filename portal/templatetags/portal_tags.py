"""Template tags for the site chrome: menus and contact details."""

from django import template

from portal.models import NavigationSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def menu_links(context, which):
    """Links of the header or footer menu: [{"text", "url", "owner", "field"}].

    One query per menu (pages selected with their links); `owner`/`field`
    let the template mark a Greek fallback with `fallback_lang`.
    """
    request = context.get("request")
    if request is None:
        return []
    navigation = NavigationSettings.for_request(request)
    relation = {"header": "header_links", "footer": "footer_links"}[which]
    links = []
    for link in getattr(navigation, relation).select_related("page"):
        if link.page_id and not link.page.live:
            continue
        url = link.get_url(request)
        if not url:
            continue
        owner, field = link.text_field_owner
        links.append({"text": link.text, "url": url, "owner": owner, "field": field})
    return links
