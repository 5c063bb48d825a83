"""Middleware of the site shell."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

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
