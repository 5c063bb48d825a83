"""Middleware of the site shell."""

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import Http404
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

from wagtail.models import Site
from wagtail.views import serve as wagtail_serve

from portal import routing
from portal.content_memo import memoised

# Paths outside the language prefix. A 404 there is an answer, not a page that
# might exist under /el/… (Django's LocaleMiddleware would redirect to it).
UNPREFIXED = ("/api/", "/admin/", "/documents/", "/static/", "/media/", "/jsi18n/", "/staff/")
UNPREFIXED_FILES = ("/healthz", "/readyz", "/robots.txt", "/sitemap.xml")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, without the language redirect for API and admin paths.

    An API client asking `/api/v1/locations/stop-999` must get the API's own
    404, not a 302 to `/el/api/v1/…`.
    """

    def process_response(self, request, response):
        path = request.path_info
        if path.startswith(UNPREFIXED) or path in UNPREFIXED_FILES:
            response.headers.setdefault("Content-Language", self._language(request))
            return response
        return super().process_response(request, response)

    @staticmethod
    def _language(request):
        return getattr(request, "LANGUAGE_CODE", "")


class SiteMiddleware:
    """Wagtail's site and page lookups, memoised per content generation.

    Wagtail looks up the site of the host, then its home page, then the home
    page's specific row, then walks the address a slug at a time, with
    queries at each step, on every page it serves. The answers change only
    when an editor changes a site or a page, which bumps the content
    generation (portal.content_memo). The site (with its home page) is
    memoised here; the page is found through the memoised slug map
    (portal.routing) and handed to Wagtail where its own
    `Page.route_for_request` keeps it. A host that ALLOWED_HOSTS refuses is
    left to Django's own error. Only addresses under a language prefix (the
    pages and the booking steps) are looked up here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _under_a_language(request.path_info):
            # Health checks, the API, the admin, files: they look up what they need
            # (a health check must not fail on the site lookup before it checks).
            return self.get_response(request)
        try:
            key = ("site", request.get_host(), request.get_port())
        except DisallowedHost:
            return self.get_response(request)
        request._wagtail_site = memoised(key, lambda: _site_with_root(request), copied=True)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        site = getattr(request, "_wagtail_site", None)
        if view_func is not wagtail_serve or site is None:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")  # a positional group
        components = [part for part in path.split("/") if part]
        try:
            request._wagtail_route_for_request = routing.route(
                site.root_page.specific, request, components
            )
        except Http404:
            request._wagtail_route_for_request = None
        return None


def _under_a_language(path):
    return path.lstrip("/").partition("/")[0] in {code for code, _name in settings.LANGUAGES}


def _site_with_root(request):
    site = Site.find_for_request(request)
    if site is not None:
        site.root_page.specific  # noqa: B018 (loaded with it: every page's routing starts there)
    return site
