"""Wagtail's page routing, from a memoised map of the site's slugs.

Why: Wagtail finds a page by walking the address one slug at a time, two
queries per level, and wagtail-modeltranslation's `route` (which matches
the translated slug) loads *every* child of each level to compare slugs:
a service page cost five queries before its own content, and a section
with hundreds of children cost a row for each of them. The tree of slugs
changes only when a page is added, moved, renamed or deleted, each of
which bumps the content generation; so it is read once per generation and
language (`portal.content_memo`), and a request needs one query: the page
it lands on. `portal.middleware.SiteMiddleware` hands the result to Wagtail
(`request._wagtail_route_for_request`, where Wagtail's own
`Page.route_for_request` keeps it): wagtail-modeltranslation replaces every
page model's `route` at start-up, so overriding `route` would not do.

The walk keeps modeltranslation's rules: slugs in the active language (with
its fallback to Greek), and a routable page (a mobile unit with its stop
sub-pages) gets the rest of the address to resolve itself, before its
children, exactly as modeltranslation's `route` does. What the map cannot
answer (an unknown slug) is left to the last page found, whose own `route`
raises the 404.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from portal.content_memo import memoised


def _slug_map(root):
    """{(parent path, slug in the active language): (page id, path, content type id)}."""
    slugs = {}
    below = Page.objects.filter(path__startswith=root.path, depth__gt=root.depth)
    for page in below.order_by("path"):
        key = (page.path[: -Page.steplen], page.slug)
        # Two siblings with one slug (a fallback): the first in tree order
        # wins, as in modeltranslation's walk over the children.
        slugs.setdefault(key, (page.pk, page.path, page.content_type_id))
    return slugs


def route(root, request, path_components):
    """The `RouteResult` of `path_components` under `root` (Http404 when none)."""
    if not path_components:
        return root.route(request, path_components)
    language = translation.get_language()
    slugs = memoised(("slugs", root.pk, root.path, language), lambda: _slug_map(root))
    parent_path, found, consumed = root.path, None, 0
    for slug in path_components:
        entry = slugs.get((parent_path, slug))
        if entry is None:
            break
        found, parent_path, consumed = entry, entry[1], consumed + 1
        if issubclass(_model(entry), RoutablePageMixin):
            break  # it resolves the rest of the address (its sub-pages) itself
    if found is None:
        return root.route(request, path_components)  # raises the 404
    page = _model(found).objects.get(pk=found[0])
    return page.route(request, path_components[consumed:])


def _model(entry):
    return ContentType.objects.get_for_id(entry[2]).model_class()
