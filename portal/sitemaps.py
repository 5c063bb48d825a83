"""sitemap.xml listing every page in every language, with hreflang alternates.

Wagtail's own sitemap knows one URL per page; with field-level translation a
page has four (one per language prefix and translated slug), so this uses
Django's i18n sitemap support instead.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap

from wagtail.models import Page, Site


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    # No x-default: a language-less deep URL would be routed with Greek slugs only.
    x_default = False
    languages = [code for code, _name in settings.LANGUAGES]
    changefreq = "weekly"

    def items(self):
        roots = Site.objects.values_list("root_page__path", flat=True)
        pages = Page.objects.none()
        for root_path in roots:
            pages |= Page.objects.filter(path__startswith=root_path)
        return list(pages.live().public().order_by("path"))

    def location(self, page):
        # get_url_parts follows the active language (set by the i18n sitemap).
        url_parts = page.get_url_parts()
        return url_parts[2] if url_parts else ""

    def lastmod(self, page):
        return page.last_published_at

    def get_languages_for_item(self, item):
        return self.languages
