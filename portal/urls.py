"""URL map.

Public pages carry a language prefix (`/el/…`, `/en/…`, `/ar/…`, `/fa/…`);
`/` is answered by LocaleMiddleware, which redirects by the language cookie,
then Accept-Language, then Greek. Admin, sitemap, robots and the API stay
unprefixed.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import views
from portal.api import api, api_i18n
from portal.sitemaps import PageSitemap
from staff_auth.password_reset import ThrottledPasswordResetView

handler400 = "portal.errors.bad_request"
handler403 = "portal.errors.permission_denied"
handler404 = "portal.errors.page_not_found"
handler500 = "portal.errors.server_error"

urlpatterns = [
    # Wagtail's "Forgotten password?", with a limit on the mail it sends.
    path("admin/password_reset/", ThrottledPasswordResetView.as_view()),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PageSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("api/v1/", api.urls),
    path("staff/", include("booking.urls_staff")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("", include("services_catalog.urls")),
    path("", include("booking.urls")),
    path("", include("callbacks.urls")),
    path("", include("contact.urls")),
    path("", include("feedback.urls")),
    path("", include("finder.urls")),
    path("", include("home_visits.urls")),
    path("", include("activities.urls")),
    path("api/v1/", api_i18n.urls),
    # Wagtail serves every page; it must come last.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
